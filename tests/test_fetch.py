"""Fetching links safely: every check happens before connecting, and again on each redirect.
Pages come from a local server (tests/webserver.py); nothing here touches the internet."""

from __future__ import annotations

import shutil
import ssl
import subprocess
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from bot.services.fetch import FetchError, FetchLimits, check_url, fetch, is_public
from tests.webserver import Server

LOCAL = FetchLimits(allow_loopback=True)


@pytest.mark.parametrize(
    "address",
    [
        "10.0.0.1",
        "172.16.5.4",
        "192.168.1.1",
        "127.0.0.1",
        "169.254.169.254",
        "100.64.0.1",
        "0.0.0.0",
        "224.0.0.1",
        "::1",
        "fe80::1",
        "fc00::1",
        "::ffff:10.0.0.1",
    ],
)
def test_private_loopback_link_local_and_reserved_addresses_are_not_public(address: str) -> None:
    assert not is_public(address)


@pytest.mark.parametrize("address", ["1.1.1.1", "202.108.22.5", "2400:3200::1"])
def test_public_addresses_are_public(address: str) -> None:
    assert is_public(address)


def test_loopback_only_when_allowed() -> None:
    assert is_public("127.0.0.1", allow_loopback=True)


@pytest.mark.parametrize(
    "url",
    ["file:///etc/passwd", "ftp://example.org/a.txt", "javascript:alert(1)", "gopher://x/"],
)
def test_other_schemes_are_refused(url: str) -> None:
    with pytest.raises(FetchError) as info:
        check_url(url)
    assert "http" in info.value.reason


@pytest.mark.parametrize("url", ["http://", "https://user:pw@example.org/", "http://[::1"])
def test_malformed_links_are_refused(url: str) -> None:
    with pytest.raises(FetchError):
        check_url(url)


async def test_a_page_is_fetched(web: Server) -> None:
    fetched = await fetch(web.url("/dukan/qs/2026-11/16/c_1131.htm"), LOCAL)
    assert fetched.content_type == "text/html"
    assert "以新发展理念引领高质量发展".encode() in fetched.data


async def test_a_redirect_to_a_public_page_is_followed(web: Server) -> None:
    fetched = await fetch(web.url("/moved"), LOCAL)
    assert fetched.url.endswith("/dukan/qs/2026-11/16/c_1131.htm")


async def test_loopback_is_refused_before_connecting(web: Server) -> None:
    with pytest.raises(FetchError) as info:
        await fetch(web.url("/dukan/qs/2026-11/16/c_1131.htm"), FetchLimits())
    assert "内部网络" in info.value.reason
    assert web.hits == {}


@pytest.mark.parametrize("path", ["/to-private", "/to-metadata"])
async def test_a_redirect_into_a_private_address_is_refused(web: Server, path: str) -> None:
    with pytest.raises(FetchError) as info:
        await fetch(web.url(path), LOCAL)
    assert "内部网络" in info.value.reason


async def test_a_redirect_to_another_scheme_is_refused(web: Server) -> None:
    with pytest.raises(FetchError) as info:
        await fetch(web.url("/to-file"), LOCAL)
    assert "http" in info.value.reason


async def test_redirects_are_bounded(web: Server) -> None:
    with pytest.raises(FetchError) as info:
        await fetch(web.url("/loop"), LOCAL)
    assert "跳转次数过多" in info.value.reason
    assert web.hits["/loop"] == LOCAL.max_redirects + 1


@pytest.mark.parametrize("status", [404, 500])
async def test_error_statuses_are_refused(web: Server, status: int) -> None:
    with pytest.raises(FetchError) as info:
        await fetch(web.url(f"/status/{status}"), LOCAL)
    assert f"HTTP {status}" in info.value.reason


async def test_a_page_that_never_answers_times_out(web: Server) -> None:
    limits = FetchLimits(allow_loopback=True, read_timeout=0.2)
    with pytest.raises(FetchError) as info:
        await fetch(web.url("/hang"), limits)
    assert "没有响应" in info.value.reason


async def test_the_overall_deadline_bounds_a_fetch(web: Server) -> None:
    limits = FetchLimits(allow_loopback=True, read_timeout=5, deadline=0.2)
    with pytest.raises(FetchError) as info:
        await fetch(web.url("/hang"), limits)
    assert "没有响应" in info.value.reason


@pytest.mark.parametrize("path", ["/picture.png", "/photo"])
async def test_images_are_refused(web: Server, path: str) -> None:
    with pytest.raises(FetchError) as info:
        await fetch(web.url(path), LOCAL)
    assert "图片" in info.value.reason


async def test_a_pdf_served_as_html_is_refused(web: Server) -> None:
    with pytest.raises(FetchError) as info:
        await fetch(web.url("/report.html"), LOCAL)
    assert "PDF" in info.value.reason


@pytest.mark.parametrize("path", ["/huge", "/endless"])
async def test_a_page_over_the_cap_is_refused(web: Server, path: str) -> None:
    with pytest.raises(FetchError) as info:
        await fetch(web.url(path), LOCAL)
    assert "页面太大" in info.value.reason


async def test_an_unknown_host_is_refused() -> None:
    with pytest.raises(FetchError) as info:
        await fetch("http://no-such-host.invalid/", LOCAL)
    assert "找不到" in info.value.reason


@pytest.fixture
def tls(tmp_path: Path) -> Iterator[tuple[int, ssl.SSLContext]]:
    """An HTTPS server on 127.0.0.1 with a certificate for the name ``localhost``, and a
    client context that trusts it."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(
        [
            *("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2"),
            *("-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost"),
            *("-keyout", str(key), "-out", str(cert)),
        ],
        check=True,
        capture_output=True,
    )

    class Page(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            body = f"<html><body>host={self.headers['Host']}</body></html>".encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Page)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02})
    thread.start()
    yield server.server_address[1], ssl.create_default_context(cafile=str(cert))
    server.shutdown()
    server.server_close()


async def test_https_goes_to_the_checked_address_under_the_hosts_name(
    tls: tuple[int, ssl.SSLContext],
) -> None:
    port, trust = tls
    limits = FetchLimits(allow_loopback=True, verify=trust)
    fetched = await fetch(f"https://localhost:{port}/", limits)
    assert f"host=localhost:{port}".encode() in fetched.data  # Host header and SNI: the name


async def test_https_certificates_are_still_checked(tls: tuple[int, ssl.SSLContext]) -> None:
    port, trust = tls
    limits = FetchLimits(allow_loopback=True, verify=trust)
    with pytest.raises(FetchError) as info:  # the certificate names localhost, not the address
        await fetch(f"https://127.0.0.1:{port}/", limits)
    assert "无法连接" in info.value.reason
