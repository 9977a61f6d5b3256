"""WARC 1.1 files: what each portal served, byte for byte, as web archives keep it.

:class:`WarcFiles` writes one crawl process's records to files of its own (named by site,
start time, host and pid, so parallel crawls never share a file), rotated past a size,
each opened by a ``warcinfo`` record. Every record is gzipped on its own and flushed when
written: a crawl killed mid-write leaves every earlier record readable and the partial
last one detectable (it fails to decompress), and the index is only told of a record once
it is complete (:class:`Capture` is returned after the flush).

A fetch is a ``response`` record (the HTTP status line, headers and body as received: the
body before any decompression, without ``Transfer-Encoding`` since it arrives de-chunked)
and its ``request`` record, linked by ``WARC-Concurrent-To``; a fetch whose payload digest
equals the URL's previous capture is a ``revisit`` record (identical-payload-digest
profile) instead of a second copy. :func:`read_response` reads one back.
"""

from __future__ import annotations

import base64
import hashlib
import io
import os
import socket
import uuid
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import urlsplit

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

DEFAULT_MAX_BYTES = 1_000_000_000
# zlib level of each record's gzip member: 3 costs a quarter of warcio's 9 in CPU for
# files about 12% larger (measured on the article-extraction benchmark's pages).
DEFAULT_GZIP_LEVEL = 3
SOFTWARE = "newsarchive"
# Headers that describe the transfer, not the payload Scrapy hands over (it de-chunks).
_TRANSFER_HEADERS = frozenset(("transfer-encoding",))


def payload_digest(body: bytes) -> str:
    """The WARC payload digest (``sha1:`` + base32) of a body as received."""
    return "sha1:" + base64.b32encode(hashlib.sha1(body).digest()).decode("ascii")


@dataclass(frozen=True)
class Capture:
    """Where one fetch's record lies: the index row's payload."""

    warc_file: str
    offset: int
    length: int
    payload_digest: str
    record_type: str  # "response" or "revisit"
    truncated: bool


@dataclass(frozen=True)
class Exchange:
    """One HTTP exchange as the crawl saw it."""

    url: str
    method: str
    request_headers: list[tuple[str, str]]
    status: int
    reason: str
    response_headers: list[tuple[str, str]]
    body: bytes
    fetched_at: datetime
    truncated: bool = False
    site_url: str | None = None  # the site's own address when fetched from a mirror


class WarcFiles:
    """The WARC files of one crawl process for one site (see the module docstring)."""

    def __init__(
        self,
        folder: Path,
        prefix: str,
        info: dict[str, str],
        max_bytes: int = DEFAULT_MAX_BYTES,
        gzip_level: int = DEFAULT_GZIP_LEVEL,
    ) -> None:
        self.folder = Path(folder)
        self.prefix = prefix
        self.info = info
        self.max_bytes = max_bytes
        self.gzip_level = gzip_level
        self._handle: BinaryIO | None = None
        # Records are serialised uncompressed here, then gzipped one member each.
        self._buffer = io.BytesIO()
        self._writer = WARCWriter(self._buffer, gzip=False, warc_version="1.1")
        self._name = ""
        self._sequence = 0
        # Start time and a random token: two crawls of one site in one process (tests,
        # `crawl --parallel` reruns) within the same second still get files of their own.
        self._stamp = f"{datetime.now(UTC):%Y%m%d%H%M%S}-{uuid.uuid4().hex[:6]}"

    def _open(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        self._sequence += 1
        host = socket.gethostname().replace("-", "_")
        self._name = (
            f"{self.prefix}-{self._stamp}-{host}-{os.getpid()}-{self._sequence:05d}.warc.gz"
        )
        self._handle = open(self.folder / self._name, "xb")  # noqa: SIM115 - kept open
        record = self._writer.create_warcinfo_record(self._name, dict(self.info))
        self._write(record)

    def _write(self, record: Any) -> tuple[int, int]:
        """Append ``record`` as one gzip member and flush it; (offset, length)."""
        assert self._handle is not None
        self._buffer.seek(0)
        self._buffer.truncate()
        self._writer.write_record(record)
        compressor = zlib.compressobj(self.gzip_level, zlib.DEFLATED, zlib.MAX_WBITS + 16)
        member = compressor.compress(self._buffer.getvalue()) + compressor.flush()
        start = self._handle.tell()
        self._handle.write(member)
        self._handle.flush()
        return start, len(member)

    def _ready(self) -> WARCWriter:
        if self._handle is not None and self._handle.tell() >= self.max_bytes:
            self.close()
        if self._handle is None:
            self._open()
        return self._writer

    def write_exchange(self, exchange: Exchange, previous: tuple[str, str, str] | None) -> Capture:
        """Write the exchange; ``previous`` is the URL's last capture (payload digest,
        target URI, WARC date): an identical payload makes a ``revisit`` record."""
        writer = self._ready()
        digest = payload_digest(exchange.body)
        http = StatusAndHeaders(
            f"{exchange.status} {exchange.reason}".strip(),
            [(k, v) for k, v in exchange.response_headers if k.lower() not in _TRANSFER_HEADERS],
            protocol="HTTP/1.1",
        )
        extra = {"WARC-Newsarchive-Site-URI": exchange.site_url} if exchange.site_url else {}
        if exchange.truncated:
            extra["WARC-Truncated"] = "disconnect"
        date = _warc_date(exchange.fetched_at)
        if previous and previous[0] == digest and not exchange.truncated:
            response = writer.create_revisit_record(
                exchange.url,
                digest,
                previous[1],
                previous[2],
                http_headers=http,
                warc_headers_dict={"WARC-Date": date, **extra},
            )
            record_type = "revisit"
        else:
            response = writer.create_warc_record(
                exchange.url,
                "response",
                payload=io.BytesIO(exchange.body),
                length=len(exchange.body),
                http_headers=http,
                warc_headers_dict={"WARC-Date": date, **extra},
            )
            record_type = "response"
        request = writer.create_warc_record(
            exchange.url,
            "request",
            payload=io.BytesIO(b""),
            length=0,
            http_headers=StatusAndHeaders(
                f"{exchange.method} {_path(exchange.url)} HTTP/1.1",
                exchange.request_headers,
                is_http_request=True,
            ),
            warc_headers_dict={
                "WARC-Date": date,
                "WARC-Concurrent-To": response.rec_headers.get_header("WARC-Record-ID"),
            },
        )
        offset, length = self._write(response)
        self._write(request)
        return Capture(
            self._name, offset, length, digest, record_type, truncated=exchange.truncated
        )

    def write_metadata(self, url: str, fields: dict[str, str], concurrent_to: str | None) -> None:
        """A ``metadata`` record (how an article was extracted: the rules' version)."""
        writer = self._ready()
        body = "".join(f"{k}: {v}\n" for k, v in fields.items()).encode("utf-8")
        headers = {"WARC-Concurrent-To": concurrent_to} if concurrent_to else {}
        record = writer.create_warc_record(
            url,
            "metadata",
            payload=io.BytesIO(body),
            length=len(body),
            warc_content_type="application/warc-fields",
            warc_headers_dict=headers,
        )
        self._write(record)

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()
        self._handle = None


def _warc_date(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _path(url: str) -> str:
    parts = urlsplit(url)
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


@dataclass(frozen=True)
class StoredResponse:
    """A response read back from its WARC record."""

    url: str
    date: str
    record_type: str
    status_line: str
    headers: list[tuple[str, str]]
    body: bytes  # as received (still content-encoded)
    payload_digest: str | None


def read_response(path: Path, offset: int) -> StoredResponse:
    """The record at ``offset`` of ``path`` (a response or revisit), with its body."""
    with open(path, "rb") as handle:
        handle.seek(offset)
        for record in ArchiveIterator(handle):
            http = record.http_headers
            return StoredResponse(
                url=record.rec_headers.get_header("WARC-Target-URI"),
                date=record.rec_headers.get_header("WARC-Date"),
                record_type=record.rec_type,
                status_line=http.statusline if http else "",
                headers=list(http.headers) if http else [],
                body=record.raw_stream.read(),  # as received: no decoding
                payload_digest=record.rec_headers.get_header("WARC-Payload-Digest"),
            )
    raise ValueError(f"no WARC record at {path}:{offset}")
