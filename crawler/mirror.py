"""A loopback HTTP server over a saved copy of a site (a "mirror").

Used by ``newsarchive demo``, the tests and the benchmarks: the spiders crawl it exactly as
they crawl the real site, and nothing leaves the machine. File paths equal URL paths; a URL
ending in ``/`` is served from that folder's ``index.html`` (or ``index.xml`` for feeds).
"""

from __future__ import annotations

import mimetypes
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from urllib.parse import unquote, urlsplit

_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html; charset=utf-8",
    ".aspx": "text/html; charset=utf-8",
    ".php": "text/html; charset=utf-8",
    ".xml": "application/xml; charset=utf-8",
    ".rss": "application/rss+xml; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
}


def resolve(root: Path, url_path: str) -> Path | None:
    """The file serving ``url_path`` under ``root``, or ``None`` (never outside ``root``)."""
    relative = unquote(urlsplit(url_path).path).lstrip("/")
    candidate = (root / relative).resolve()
    if root.resolve() not in (candidate, *candidate.parents):
        return None
    if candidate.is_dir():
        for index in ("index.html", "index.xml"):
            if (candidate / index).is_file():
                return candidate / index
        return None
    return candidate if candidate.is_file() else None


class MirrorHandler(BaseHTTPRequestHandler):
    server: MirrorServer

    def handle_fault(self) -> bool:
        """Hook for fault-injecting subclasses (tests): True when the request is answered."""
        return False

    def do_GET(self) -> None:
        self.server.requests.append(self.path)
        self.server.request_times.append((time.monotonic(), self.path))
        self.server.request_headers.append((self.path, dict(self.headers.items())))
        if self.server.delay:
            time.sleep(self.server.delay)
        if self.handle_fault():
            return
        scripted = self.server.scripted.get(self.path)
        if scripted:
            status, headers, body = scripted.pop(0) if len(scripted) > 1 else scripted[0]
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        path = resolve(self.server.root, self.path)
        if path is None:
            self.send_error(404, "not in the mirror")
            return
        body = path.read_bytes()
        content_type = _TYPES.get(path.suffix) or mimetypes.guess_type(path.name)[0]
        self.send_response(200)
        self.send_header("Content-Type", content_type or "application/octet-stream")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the crawl logs every request already."""


class MirrorServer(ThreadingHTTPServer):
    """Serve ``root`` on 127.0.0.1 (an ephemeral port unless given) in a daemon thread."""

    daemon_threads = True

    def __init__(
        self,
        root: Path,
        port: int = 0,
        handler: type[MirrorHandler] = MirrorHandler,
        host: str = "127.0.0.1",
    ) -> None:
        super().__init__((host, port), handler)
        self.root = Path(root)
        self.requests: list[str] = []
        self.request_times: list[tuple[float, str]] = []
        self.request_headers: list[tuple[str, dict[str, str]]] = []
        self.delay = 0.0  # seconds before each answer: a slow site, for tests
        # Scripted answers for tests: path → [(status, headers, body), …], used in order;
        # the last one repeats. Other paths are served from the mirror.
        self.scripted: dict[str, list[tuple[int, dict[str, str], bytes]]] = {}
        self._thread = threading.Thread(target=self.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> MirrorServer:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.shutdown()
        self.server_close()
