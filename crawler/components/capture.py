"""WARC capture of every response the crawl receives (``ARCHIVE_WARC_*`` settings).

A downloader middleware placed next to the downloader (before decompression, which
Scrapy's ``HttpCompressionMiddleware`` does at 590), so the body is kept as it came over
the wire. Each response (articles, listings, feeds, sitemaps, robots.txt, error pages)
becomes a ``response`` record, or a ``revisit`` record when its payload equals the URL's
last capture, plus its ``request`` record (:mod:`crawler.capture.warc`). The record's place
goes to the crawl's archive, which indexes it with its next batch; an article's item
carries it so the stored article points at the capture it was read from, and a
``metadata`` record names the rules that read it.

A capture that cannot be written (disk full) is counted (``archive/capture_failed``), the
page is not indexed and its article not stored, and the run ends ``incomplete`` like a
failed database batch: the next run fetches it again. Capture is on unless
``ARCHIVE_WARC_ENABLED`` is false or the site says ``capture = false``.
"""

from __future__ import annotations

import asyncio
import logging
import os
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from http import HTTPStatus
from pathlib import Path
from typing import Any

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Response
from sqlalchemy import make_url

from crawler import __version__
from crawler.capture.warc import DEFAULT_GZIP_LEVEL, Exchange, WarcFiles
from crawler.components.archive import CrawlArchive
from crawler.db.session import database_url

logger = logging.getLogger(__name__)

CAPTURE_META = "capture"  # request.meta: the Capture row of this fetch
FAILED_STAT = "archive/capture_failed"
_KINDS = {
    "parse_article": "article",
    "parse_listing": "listing",
    "parse_feed": "feed",
    "parse_sitemap": "sitemap",
    "parse_robots": "robots",
}


def warc_folder(setting: str | None, db_url: str | None) -> Path:
    """``ARCHIVE_WARC_DIR``; else ``warc/`` beside a SQLite archive; else (PostgreSQL, an
    in-memory archive) ``$XDG_DATA_HOME/newsarchive/warc`` (``~/.local/share/…``), never
    the folder a cron job happens to run in. Deployments on PostgreSQL set the setting to
    storage every crawling machine can write (docs/operations.md)."""
    if setting:
        return Path(setting)
    url = make_url(database_url(db_url))
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        return Path(url.database).resolve().parent / "warc"
    data = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data) / "newsarchive" / "warc"


def page_kind(request: Request) -> str:
    if request.url.endswith("/robots.txt"):
        return "robots"
    callback = getattr(request.callback, "__name__", "")
    return _KINDS.get(callback, "page")


class WarcCaptureMiddleware:
    """Writes every response to the crawl's WARC files (see the module docstring)."""

    def __init__(self, crawler: Crawler) -> None:
        settings = crawler.settings
        if not settings.getbool("ARCHIVE_WARC_ENABLED", True):
            raise NotConfigured("WARC capture is off (ARCHIVE_WARC_ENABLED)")
        self.crawler = crawler
        self.folder = warc_folder(
            settings.get("ARCHIVE_WARC_DIR"), settings.get("ARCHIVE_DATABASE_URL")
        )
        self.max_bytes = settings.getint("ARCHIVE_WARC_MAX_BYTES")
        self.gzip_level = settings.getint("ARCHIVE_WARC_GZIP_LEVEL", DEFAULT_GZIP_LEVEL)
        self.files: WarcFiles | None = None
        self.writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="warc")
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> WarcCaptureMiddleware:
        return cls(crawler)

    def spider_opened(self, spider: Any) -> None:
        if not getattr(spider, "capture", True):
            logger.info("WARC capture is off for %s (site setting)", spider.name)
            return
        self.files = WarcFiles(
            self.folder,
            spider.name,
            {
                "software": f"newsarchive/{__version__}",
                "format": "WARC File Format 1.1",
                "isPartOf": spider.name,
                "description": f"{spider.site_name or spider.name} ({spider.base_url})",
                "rules-version": spider.rules_version,
            },
            self.max_bytes,
            self.gzip_level,
        )

    def spider_closed(self, spider: Any) -> None:
        self.writer.shutdown(wait=True)
        if self.files is not None:
            self.files.close()

    async def process_response(self, request: Request, response: Response) -> Response:
        if self.files is None:
            return response
        spider: Any = self.crawler.spider
        archive = CrawlArchive.of(self.crawler)
        site_url = spider.real_url(response.url)
        exchange = Exchange(
            url=response.url,
            method=request.method,
            request_headers=_headers(request.headers),
            status=response.status,
            reason=_reason(response.status),
            response_headers=_headers(response.headers),
            body=response.body,
            fetched_at=datetime.now(UTC),
            truncated="dataloss" in response.flags,
            site_url=site_url if site_url != response.url else None,
        )
        try:
            # In the capture's own thread: the URL's last capture looked up, gzip and
            # digests, all overlapping the crawl (sqlite3, zlib and hashlib release the
            # GIL); one thread keeps the records in order.
            capture = await asyncio.wrap_future(
                self.writer.submit(self._write, self.files, archive, exchange, site_url)
            )
        except OSError as exc:
            self.crawler.stats.inc_value(FAILED_STAT)
            logger.error("WARC capture of %s failed: %s", response.url, exc)
            request.meta[CAPTURE_META] = None
            return response
        row = {
            "url": site_url,
            "kind": page_kind(request),
            "status": response.status,
            "fetched_at": exchange.fetched_at,
            "record_type": capture.record_type,
            "warc_file": capture.warc_file,
            "warc_offset": capture.offset,
            "warc_length": capture.length,
            "payload_digest": capture.payload_digest,
            "truncated": capture.truncated,
        }
        archive.note_capture(row)
        request.meta[CAPTURE_META] = row
        self.crawler.stats.inc_value(f"archive/captured/{capture.record_type}")
        return response

    @staticmethod
    def _write(files: WarcFiles, archive: CrawlArchive, exchange: Exchange, site_url: str) -> Any:
        previous = archive.last_capture_of(site_url)
        reference = (
            (previous[0], exchange.url, previous[1].strftime("%Y-%m-%dT%H:%M:%SZ"))
            if previous
            else None
        )
        return files.write_exchange(exchange, reference)

    def write_metadata(self, url: str, fields: dict[str, str]) -> None:
        """A ``metadata`` record for an extracted page (the pipeline's call)."""
        if self.files is not None:
            self.writer.submit(self._write_metadata, self.files, url, fields)

    def _write_metadata(self, files: WarcFiles, url: str, fields: dict[str, str]) -> None:
        try:
            files.write_metadata(url, fields, None)
        except OSError as exc:
            self.crawler.stats.inc_value(FAILED_STAT)
            logger.error("WARC metadata for %s failed: %s", url, exc)


def _headers(headers: Any) -> list[tuple[str, str]]:
    return [
        (name.decode("latin-1"), value.decode("latin-1"))
        for name, values in headers.items()
        for value in values
    ]


def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""
