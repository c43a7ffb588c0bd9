"""Fetching a web page safely: anything fetched from the network is untrusted.

Before connecting, and again for every redirect: the scheme must be http or https, the host
is resolved and every address it resolves to must be public (private, loopback, link-local,
reserved, multicast and shared ranges are refused, so a link cannot turn the bot against its
own network), and the connection then goes to the address that was checked (no second lookup
that a rebinding DNS could answer differently). Redirects are followed a bounded number of
times, connect and read timeouts and an overall deadline apply, and the body is counted while
it streams in: a page over the cap is dropped, never held whole in memory.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import ssl
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpx

from bot.core import texts

USER_AGENT = "Mozilla/5.0 (compatible; studybot/0.1; +https://github.com/studybot)"
REDIRECTS = {301, 302, 303, 307, 308}
HTML_TYPES = {"text/html", "application/xhtml+xml"}
PDF_TYPE = "application/pdf"
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
TEXT_TYPE = "text/plain"
ACCEPTED = HTML_TYPES | {PDF_TYPE, DOCX_TYPE, TEXT_TYPE}


class FetchError(Exception):
    """A link that was not fetched; ``reason`` says why, for the user."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class FetchLimits:
    max_bytes: int = 5 * 1024 * 1024
    connect_timeout: float = 5.0
    read_timeout: float = 10.0
    deadline: float = 30.0  # the whole fetch, a slow trickle included
    max_redirects: int = 5
    allow_loopback: bool = False  # tests serve pages on 127.0.0.1
    verify: ssl.SSLContext | None = None  # None: the system's trusted certificates


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    content_type: str  # lower case, without parameters
    charset: str | None
    data: bytes


def check_url(url: str) -> tuple[str, str, int]:
    """(scheme, host, port) of a link we may fetch; FetchError for anything else."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        raise FetchError(texts.WEB_BAD_URL) from None
    if parts.scheme.lower() not in {"http", "https"}:
        raise FetchError(texts.WEB_SCHEME)
    if not parts.hostname:
        raise FetchError(texts.WEB_BAD_URL)
    if parts.username or parts.password:
        raise FetchError(texts.WEB_BAD_URL)
    scheme = parts.scheme.lower()
    return scheme, parts.hostname, port or (443 if scheme == "https" else 80)


def is_public(address: str, allow_loopback: bool = False) -> bool:
    """A globally routable unicast address (an IPv4 address mapped into IPv6 is judged as
    IPv4); loopback only when ``allow_loopback``."""
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if ip.is_loopback:
        return allow_loopback
    return ip.is_global and not ip.is_multicast


async def resolve(host: str, port: int, limits: FetchLimits) -> str:
    """The address to connect to: every address the host resolves to must be public."""
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        raise FetchError(texts.WEB_UNRESOLVED.format(host=host)) from None
    addresses = [str(info[4][0]) for info in infos]
    if not addresses:
        raise FetchError(texts.WEB_UNRESOLVED.format(host=host))
    if not all(is_public(a, limits.allow_loopback) for a in addresses):
        raise FetchError(texts.WEB_PRIVATE.format(host=host))
    # IPv4 first: many servers (and this bot's own host) have no working IPv6 route.
    return sorted(addresses, key=lambda a: ":" in a)[0]


def _pinned(url: str, address: str) -> str:
    """The URL with its host replaced by the checked address (the Host header and TLS name
    still say the host)."""
    parts = urlsplit(url)
    host = f"[{address}]" if ":" in address else address
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urlunsplit((parts.scheme, netloc, parts.path or "/", parts.query, ""))


async def fetch(url: str, limits: FetchLimits, *, accept: set[str] = ACCEPTED) -> Fetched:
    """GET a link with every check above; FetchError with the reason for the user."""
    try:
        async with asyncio.timeout(limits.deadline):
            return await _fetch(url, limits, accept)
    except TimeoutError:
        raise FetchError(texts.WEB_TIMEOUT) from None


async def _fetch(url: str, limits: FetchLimits, accept: set[str]) -> Fetched:
    timeout = httpx.Timeout(
        connect=limits.connect_timeout,
        read=limits.read_timeout,
        write=limits.read_timeout,
        pool=limits.connect_timeout,
    )
    headers = {"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml,*/*;q=0.5"}
    async with httpx.AsyncClient(
        timeout=timeout,
        follow_redirects=False,
        trust_env=False,
        headers=headers,
        verify=limits.verify if limits.verify is not None else True,
    ) as client:
        for _ in range(limits.max_redirects + 1):
            _, host, _ = check_url(url)
            address = await resolve(host, check_url(url)[2], limits)
            request = client.build_request(
                "GET",
                _pinned(url, address),
                headers={"Host": urlsplit(url).netloc.rsplit("@", 1)[-1]},
                extensions={"sni_hostname": host},
            )
            try:
                response = await client.send(request, stream=True)
            except httpx.TimeoutException:
                raise FetchError(texts.WEB_TIMEOUT) from None
            except httpx.HTTPError:
                raise FetchError(texts.WEB_UNREACHABLE) from None
            try:
                if response.status_code in REDIRECTS and "location" in response.headers:
                    url = urljoin(url, response.headers["location"])
                    continue
                return await _read(url, response, limits, accept)
            finally:
                await response.aclose()
    raise FetchError(texts.WEB_TOO_MANY_REDIRECTS)


async def _read(
    url: str, response: httpx.Response, limits: FetchLimits, accept: set[str]
) -> Fetched:
    if response.status_code != 200:
        raise FetchError(texts.WEB_STATUS.format(status=response.status_code))
    raw_type = response.headers.get("content-type", "")
    content_type = raw_type.split(";")[0].strip().lower() or "text/html"
    if content_type.startswith("image/"):
        raise FetchError(texts.WEB_IMAGE)
    if content_type not in accept:
        raise FetchError(texts.WEB_TYPE.format(type=content_type))
    limit_kb = limits.max_bytes // 1024
    declared = response.headers.get("content-length", "")
    if declared.isdecimal() and int(declared) > limits.max_bytes:
        raise FetchError(texts.WEB_TOO_BIG.format(limit=limit_kb))
    body = bytearray()
    try:
        async for chunk in response.aiter_bytes():
            body += chunk
            if len(body) > limits.max_bytes:
                raise FetchError(texts.WEB_TOO_BIG.format(limit=limit_kb))
    except httpx.TimeoutException:
        raise FetchError(texts.WEB_TIMEOUT) from None
    except httpx.HTTPError:
        raise FetchError(texts.WEB_UNREACHABLE) from None
    data = bytes(body)
    if content_type in HTML_TYPES | {TEXT_TYPE}:
        if data.lstrip()[:5] == b"%PDF-":
            raise FetchError(texts.WEB_PDF_AS_HTML)
        if data[:8].startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"RIFF")):
            raise FetchError(texts.WEB_IMAGE)
    return Fetched(url, content_type, response.charset_encoding, data)
