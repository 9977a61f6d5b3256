"""A loopback HTTP server over a saved copy of a site (a "mirror").

``newsarchive demo`` serves the bundled sample sites with it: the spiders crawl it exactly
as they crawl the real site, and nothing leaves the machine. File paths equal URL paths; a
URL ending in ``/`` is served from that folder's ``index.html`` (or ``index.xml`` for
feeds). :func:`mirror_path` is that mapping, the one place it is written: the mirror serves
by it and ``newsarchive fixture save`` stores pages by it. The tests' and benchmarks'
mirror, which also records and scripts requests, builds on this one
(``crawler.testing.mirror``).
"""

from __future__ import annotations

import mimetypes
import threading
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
# A folder's own page, in the order they are looked for; a new page is saved as the first.
INDEX_FILES = ("index.html", "index.xml")


def mirror_path(url: str, index: str = INDEX_FILES[0], *, strict: bool = False) -> str:
    """The mirror file path, relative to the mirror's root, of a URL or URL path
    (``/news/a.html`` → ``news/a.html``; ``/news/`` → ``news/index.html``).

    Dot segments are removed after percent-decoding (``%2e%2e`` is ``..``), so the path
    never leaves the root: a ``..`` above the root is dropped, as a browser drops it, or
    with ``strict`` refused with ``ValueError`` (``fixture save`` must not guess where a
    page belongs).
    """
    raw = unquote(urlsplit(url).path)
    segments = raw.split("/")
    folder = raw.endswith("/") or segments[-1] in (".", "..")
    kept: list[str] = []
    for segment in segments:
        if segment in ("", "."):
            continue
        if segment == "..":
            if kept:
                kept.pop()
            elif strict:
                raise ValueError(f"{url!r}: the path climbs above the site's root")
            continue
        kept.append(segment)
    path = "/".join(kept) + ("/" if folder and kept else "")
    return path + index if not path or path.endswith("/") else path


def resolve(root: Path, url: str) -> Path | None:
    """The existing file serving ``url`` under ``root``, or ``None`` (never outside ``root``).
    A folder addressed without its trailing slash is served like one with it."""
    top = root.resolve()
    for index in INDEX_FILES:
        candidate = (root / mirror_path(url, index)).resolve()
        if top not in (candidate, *candidate.parents):
            return None
        if candidate.is_dir():
            candidate = candidate / index
        if candidate.is_file():
            return candidate
    return None


class MirrorHandler(BaseHTTPRequestHandler):
    """Answer GET from the mirror's files: 200 with the file, or 404."""

    server: MirrorServer

    def do_GET(self) -> None:
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
    # Scrapy opens several connections at once; the socket default of 5 queued connections
    # overflows and costs a one-second retry.
    request_queue_size = 64
    # How often serve_forever checks for shutdown: the default 0.5 s delays every stop.
    POLL_SECONDS = 0.05

    def __init__(
        self,
        root: Path,
        port: int = 0,
        handler: type[MirrorHandler] = MirrorHandler,
        host: str = "127.0.0.1",
    ) -> None:
        super().__init__((host, port), handler)
        self.root = Path(root)
        self._thread = threading.Thread(
            target=self.serve_forever, kwargs={"poll_interval": self.POLL_SECONDS}, daemon=True
        )

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
