"""The mirror of the tests and benchmarks: :class:`crawler.mirror.MirrorServer`, observed
and scripted.

Tests assert on what a crawl asked for (which paths, when, with which headers), make a
site slow, answer a path with scripted statuses (a 503 with ``Retry-After``, then the
page), and inject faults (``tests/faultserver.py`` overrides :meth:`handle_fault`). None of
that belongs in the mirror ``newsarchive demo`` serves, so it lives here.
"""

from __future__ import annotations

import time
from pathlib import Path

from crawler import mirror

# A scripted answer: status, headers, body.
Answer = tuple[int, dict[str, str], bytes]


class RecordingHandler(mirror.MirrorHandler):
    """Record the request, wait the server's delay, then answer: a fault, a scripted
    answer, or the mirror's file."""

    server: MirrorServer

    def handle_fault(self) -> bool:
        """Hook for fault-injecting subclasses: True when the request is answered."""
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
        if not scripted:
            super().do_GET()
            return
        status, headers, body = scripted.pop(0) if len(scripted) > 1 else scripted[0]
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class MirrorServer(mirror.MirrorServer):
    """The loopback mirror, keeping what was asked of it and answering as scripted."""

    def __init__(
        self,
        root: Path,
        port: int = 0,
        handler: type[RecordingHandler] = RecordingHandler,
        host: str = "127.0.0.1",
    ) -> None:
        super().__init__(root, port, handler, host)
        self.requests: list[str] = []
        self.request_times: list[tuple[float, str]] = []
        self.request_headers: list[tuple[str, dict[str, str]]] = []
        self.delay = 0.0  # seconds before each answer: a slow site
        # Path → answers, used in order; the last one repeats. Other paths are the mirror's.
        self.scripted: dict[str, list[Answer]] = {}
