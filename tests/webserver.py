"""A local web server for the import tests: the fixture pages of tests/fixtures/web and the
bad cases (errors, a hanging page, an image, a PDF served as HTML, a page over the cap,
redirects into a private address and in a loop). Runs in a thread on 127.0.0.1; counts the
requests it gets, so a test can show that a refused link was never fetched."""

from __future__ import annotations

import threading
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures" / "web"
# Paths shaped like the sites' own article links (dates in them, as real ones have).
PAGES = {
    "/n1/2026/1129/c1003-40612345.html": ("people.html", "text/html"),  # GBK, no charset header
    "/politics/20261129/abc/c.html": ("xinhua.html", "text/html; charset=utf-8"),
    "/dukan/qs/2026-11/16/c_1131.htm": ("qstheory.html", "text/html; charset=utf-8"),
    "/zhengce/content/202611/content_7001.htm": ("gov.html", "text/html; charset=utf-8"),
    "/2026-11/29/gmw.html": ("gmw.html", "text/html; charset=utf-8"),
    "/2026-11/29/gmw_2.html": ("gmw_2.html", "text/html; charset=utf-8"),
    "/lgpage/detail/index.html": ("xuexi.html", "text/html; charset=utf-8"),
    "/s/Xy7Qz_wechat": ("weixin.html", "text/html; charset=utf-8"),
    "/": ("home.html", "text/html; charset=utf-8"),
    "/login": ("login.html", "text/html; charset=utf-8"),
    "/lgpage/shell.html": ("xuexi_shell.html", "text/html; charset=utf-8"),
}
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
BIG = 6 * 1024 * 1024


class Server:
    def __init__(self) -> None:
        self.hits: Counter[str] = Counter()
        self.release = threading.Event()  # lets the hanging page go at the end
        self.extra: dict[str, tuple[bytes, str]] = {}  # pages a test adds (PDFs, edits)
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def send(self, status: int, body: bytes, kind: str, **headers: str) -> None:
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                for name, value in headers.items():
                    self.send_header(name.replace("_", "-"), value)
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self) -> None:
                path = self.path.split("?")[0]
                server.hits[path] += 1
                if path in server.extra:
                    body, kind = server.extra[path]
                    self.send(200, body, kind)
                elif path in PAGES:
                    name, kind = PAGES[path]
                    self.send(200, (FIXTURES / name).read_bytes(), kind)
                elif path.startswith("/status/"):
                    self.send(int(path.rsplit("/", 1)[1]), b"<html>error</html>", "text/html")
                elif path == "/hang":
                    server.release.wait(10)
                    self.send(200, b"<html>late</html>", "text/html")
                elif path == "/picture.png":
                    self.send(200, PNG, "image/png")
                elif path == "/photo":  # an image behind an article-like link
                    self.send(200, PNG, "text/html")
                elif path == "/report.html":  # a PDF that the server calls a web page
                    self.send(200, b"%PDF-1.4\n%\xe2\xe3\n1 0 obj\n<<>>\nendobj\n", "text/html")
                elif path == "/huge":  # announced too big
                    self.send_response(200)
                    self.send_header("Content-Type", "text/html")
                    self.send_header("Content-Length", str(BIG))
                    self.end_headers()
                elif path == "/endless":  # no length announced: counted while it streams
                    self.send_response(200)
                    self.send_header("Content-Type", "text/html")
                    self.end_headers()
                    chunk = b"<p>" + "很长的页面。".encode() * 5000 + b"</p>\n"
                    sent = 0
                    try:
                        while sent < BIG:
                            self.wfile.write(chunk)
                            sent += len(chunk)
                    except (BrokenPipeError, ConnectionResetError):
                        pass
                elif path == "/to-private":
                    self.send(302, b"", "text/html", Location="http://10.0.0.1/admin")
                elif path == "/to-metadata":
                    self.send(302, b"", "text/html", Location="http://169.254.169.254/latest/")
                elif path == "/to-file":
                    self.send(302, b"", "text/html", Location="file:///etc/passwd")
                elif path == "/loop":
                    self.send(302, b"", "text/html", Location="/loop")
                elif path == "/moved":
                    self.send(301, b"", "text/html", Location="/dukan/qs/2026-11/16/c_1131.htm")
                else:
                    self.send(404, b"<html>not found</html>", "text/html")

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def start(self) -> None:
        self.thread.start()

    def stop(self) -> None:
        self.release.set()
        self.httpd.shutdown()
        self.httpd.server_close()
