"""A loopback mirror that misbehaves on purpose: the faults of shared/reference/faults.md.

Article-looking paths ``/news/hoat-dong/fault-<name>-<id>.html`` trigger a fault; every
other path is served from the saved mirror. Everything listens on 127.0.0.1 only.
"""

from __future__ import annotations

import functools
import gzip
import re
import socket
import struct
import time
import unicodedata
import zlib

import brotli
import zstandard

from crawler.testing.mirror import RecordingHandler

FAULT = re.compile(r"^/news/hoat-dong/fault-([a-z0-9-]+)-(\d+)\.html$")
HANG_SECONDS = 8


_BOMB_BYTES = 200 * 1024 * 1024
_COMPRESSORS = {
    "gzip": lambda data: gzip.compress(b"<p>" + data, compresslevel=9),
    "deflate": lambda data: zlib.compress(data, 9),
    "br": lambda data: brotli.compress(data, quality=5),
    "zstd": lambda data: zstandard.ZstdCompressor(level=3).compress(data),
}


@functools.cache
def compression_bomb(encoding: str) -> bytes:
    """200 MB of ``a`` compressed with ``encoding``; built once per test session, because
    building one takes seconds on a busy machine, longer than the crawl's download timeout
    (the bomb must arrive and be refused by the size cap, not time out)."""
    return _COMPRESSORS[encoding](b"a" * _BOMB_BYTES)


def prepare_compression_bombs() -> None:
    for encoding in _COMPRESSORS:
        compression_bomb(encoding)


class FaultHandler(RecordingHandler):
    protocol_version = "HTTP/1.1"

    def handle_fault(self) -> bool:
        match = FAULT.match(self.path)
        if not match:
            return False
        name = match.group(1)
        handler = getattr(self, "fault_" + name.replace("-", "_"), None)
        if handler is None:
            self.send_error(500, f"unknown fault {name}")
            return True
        handler()
        return True

    def _raw(self, data: bytes) -> None:
        self.wfile.write(data)
        self.wfile.flush()

    def _abort(self) -> None:
        """Close with a TCP reset instead of an orderly shutdown."""
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()
        self.close_connection = True

    def _page(self) -> bytes:
        template = "news/hoat-dong/tiem-chung-mo-rong-dot-3-nam-2024-1201.html"
        return (self.server.root / template).read_bytes()

    def fault_status_500(self) -> None:
        self.send_error(500, "Internal Server Error")

    def fault_hang_headers(self) -> None:
        time.sleep(HANG_SECONDS)
        self.close_connection = True

    def fault_hang_body(self) -> None:
        self._raw(
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
            b"Content-Length: 50000\r\n\r\n" + self._page()[:500]
        )
        time.sleep(HANG_SECONDS)
        self.close_connection = True

    def fault_reset(self) -> None:
        self._raw(
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
            b"Content-Length: 50000\r\n\r\n" + self._page()[:2000]
        )
        self._abort()

    def fault_short(self) -> None:
        body = self._page()
        self._raw(
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
            + f"Content-Length: {len(body) + 5000}\r\n\r\n".encode()
            + body
        )
        self.connection.shutdown(socket.SHUT_RDWR)
        self.close_connection = True

    def fault_chunked(self) -> None:
        self._raw(
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
            b"Transfer-Encoding: chunked\r\n\r\n10\r\n<html><body>xyz\r\nZZZ\r\n"
        )
        self.connection.shutdown(socket.SHUT_RDWR)
        self.close_connection = True

    def fault_gzip_truncated(self) -> None:
        compressed = gzip.compress(self._page())
        cut = compressed[: len(compressed) * 6 // 10]
        self._raw(
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
            b"Content-Encoding: gzip\r\n" + f"Content-Length: {len(cut)}\r\n\r\n".encode() + cut
        )

    def fault_gzip_bomb(self) -> None:
        bomb = compression_bomb("gzip")
        self._raw(
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n"
            + f"Content-Length: {len(bomb)}\r\n\r\n".encode()
            + bomb
        )

    def _encoded(self, encoding: str, body: bytes) -> None:
        self._raw(
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
            + f"Content-Encoding: {encoding}\r\nContent-Length: {len(body)}\r\n\r\n".encode()
            + body
        )

    def fault_deflate_bomb(self) -> None:
        self._encoded("deflate", compression_bomb("deflate"))

    def fault_br_bomb(self) -> None:
        self._encoded("br", compression_bomb("br"))

    def fault_zstd_bomb(self) -> None:
        self._encoded("zstd", compression_bomb("zstd"))

    def fault_windows_1258(self) -> None:
        """A complete article page in Windows-1258 (combining tones), declared in the header."""
        html = unicodedata.normalize("NFD", self._page().decode("utf-8"))
        html = html.replace('charset="utf-8"', "").replace("charset=utf-8", "")
        html = re.sub(
            r'(<link rel="canonical" href=")[^"]+', rf"\g<1>https://cdchoabinh.vn{self.path}", html
        )
        body = html.encode("cp1258", errors="xmlcharrefreplace")
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=windows-1258")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def fault_huge(self) -> None:
        """50 MB, no Content-Length: the body ends when the connection closes."""
        self._raw(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n")
        chunk = b"<p>" + b"x" * 65530 + b"</p>"
        try:
            for _ in range(50 * 16):
                self.wfile.write(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass
        self.close_connection = True

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def fault_redirect_loop(self) -> None:
        self._redirect(self.path)

    def fault_redirect_metadata(self) -> None:
        self._redirect("http://169.254.169.254/latest/meta-data/")

    def fault_redirect_decimal(self) -> None:
        self._redirect("http://2130706433/admin")

    def fault_redirect_internal(self) -> None:
        """A name on the site's own domain that resolves to a private address."""
        port = self.server.server_address[1]
        self._redirect(f"http://internal.127.0.0.1:{port}/admin")

    def fault_redirect_file(self) -> None:
        self._redirect("file:///etc/passwd")

    def fault_meta_refresh_loop(self) -> None:
        body = (
            f'<html><head><meta http-equiv="refresh" content="0;url={self.path}">'
            "</head><body>Đang chuyển trang…</body></html>"
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def fault_nested(self) -> None:
        body = self._page().replace(
            b"</body>", b"<div>" * 100_000 + b"</div>" * 100_000 + b"</body>"
        )
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


FAULTS = [
    name.removeprefix("fault_").replace("_", "-")
    for name in vars(FaultHandler)
    if name.startswith("fault_")
]


def fake_resolver(host: str) -> list[str]:
    """DNS for the tests: ``internal.*`` resolves to a private address, the rest to loopback.
    (Used through DESTINATION_GUARD_RESOLVER; nothing is ever sent to these addresses.)"""
    return ["10.0.0.5"] if host.startswith("internal.") else ["127.0.0.1"]
