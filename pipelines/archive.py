"""Archive pipeline: batched, idempotent writes and the crawl-run row.

Items are buffered and written ``ARCHIVE_BATCH_SIZE`` at a time in a worker thread, one
transaction per batch, so the crawl never waits on the database between batches. The run
row is opened when the spider opens and closed with its counts when it closes, whatever
the outcome (finished, cancelled, interrupted). The site's crawl lock is taken first: a
site already being crawled closes this spider at once with reason ``site_locked``.
"""

from __future__ import annotations

import logging
from typing import Any

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import CloseSpider
from scrapy.utils.defer import maybe_deferred_to_future
from sqlalchemy import Engine
from twisted.internet.defer import DeferredLock
from twisted.internet.task import LoopingCall
from twisted.internet.threads import deferToThread

from crawler import logcontext
from crawler.db import locks, repository
from crawler.db.migrate import upgrade
from crawler.db.repository import BatchResult, Fetched, SiteInfo
from crawler.db.session import make_engine
from crawler.items import ArticleItem

logger = logging.getLogger(__name__)


class ArchivePipeline:
    def __init__(self, crawler: Crawler) -> None:
        settings = crawler.settings
        self.crawler = crawler
        self.stats = crawler.stats
        self.batch_size = settings.getint("ARCHIVE_BATCH_SIZE", 50)
        self.auto_migrate = settings.getbool("ARCHIVE_AUTO_MIGRATE", True)
        self.database_url = settings.get("ARCHIVE_DATABASE_URL")
        self.sqlite_max_pages = settings.getint("ARCHIVE_SQLITE_MAX_PAGES", 0)
        self.engine: Engine | None = None
        self.site_id = 0
        self.run_id: int | None = None
        self.buffer: list[Fetched] = []
        self.totals = BatchResult()
        self.write_failures = 0
        self.lock = DeferredLock()
        self.holder = locks.new_holder()
        self.locked = False
        self.heartbeat: LoopingCall | None = None
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArchivePipeline:
        return cls(crawler)

    def open_spider(self) -> None:
        spider: Any = self.crawler.spider
        self.engine = make_engine(self.database_url, sqlite_max_pages=self.sqlite_max_pages)
        if self.auto_migrate:
            upgrade(self.engine)
        self.site_id = repository.ensure_site(
            self.engine,
            SiteInfo(
                key=spider.name,
                name=spider.site_name or spider.name,
                base_url=spider.base_url,
                family=spider.family,
                province=spider.province,
            ),
        )
        refused = locks.acquire(self.engine, spider.name, self.holder)
        if refused:
            logger.error(
                "%s is being crawled by %s: not starting a second crawl", spider.name, refused
            )
            self.stats.set_value("archive/locked_by", refused)
            raise CloseSpider("site_locked")
        self.locked = True
        self.heartbeat = LoopingCall(
            deferToThread, locks.heartbeat, self.engine, spider.name, self.holder
        )
        self.heartbeat.start(locks.HEARTBEAT_SECONDS, now=False)
        self.run_id = repository.start_run(self.engine, self.site_id, spider.mode, spider.arguments)
        self.stats.set_value("archive/run_id", self.run_id)
        abandoned = repository.close_abandoned_runs(self.engine, self.site_id, self.run_id)
        if abandoned:
            logger.warning(
                "%d earlier run(s) of %s were killed before finishing; marked interrupted",
                abandoned,
                spider.name,
            )
        logcontext.crawl_started(spider.name, self.run_id)
        logger.info("crawl run %s of %s started (%s)", self.run_id, spider.name, spider.mode)

    async def process_item(self, item: ArticleItem) -> ArticleItem:
        assert item.record is not None, "ValidatePipeline must run first"
        self.buffer.append(Fetched(item.record, item.fetched_at))
        if len(self.buffer) >= self.batch_size:
            await self._flush()
        return item

    async def _flush(self) -> None:
        batch, self.buffer = self.buffer, []
        if not batch:
            return
        deferred = self.lock.run(deferToThread, self._write, batch)
        await maybe_deferred_to_future(deferred)

    def _write(self, batch: list[Fetched]) -> None:
        assert self.engine is not None
        try:
            result = repository.archive_batch(self.engine, self.site_id, self.run_id, batch)
        except Exception:
            # The transaction rolled back: nothing of this batch is stored, and the next run
            # re-discovers these articles because they are not in the archive.
            self.write_failures += len(batch)
            self.stats.inc_value("archive/write_failed", len(batch))
            logger.exception("archive write of %d articles failed; rolled back", len(batch))
            return
        if result.suspect:
            logger.warning(
                "%d re-fetched articles are far shorter than their stored version: "
                "kept the stored text",
                result.suspect,
            )
            self.stats.inc_value("archive/suspect_shrink", result.suspect)
        for name in ("new", "updated", "unchanged"):
            count = getattr(result, name)
            setattr(self.totals, name, getattr(self.totals, name) + count)
            self.stats.inc_value(f"archive/{name}", count)

    async def close_spider(self) -> None:
        await self._flush()

    def spider_closed(self, spider: Spider, reason: str) -> None:
        if self.engine is None:
            return
        if self.heartbeat is not None and self.heartbeat.running:
            self.heartbeat.stop()
        if self.locked:
            locks.release(self.engine, spider.name, self.holder)
        if self.run_id is None:
            self.engine.dispose()
            return
        stats = self.stats.get_stats()
        summary = run_error_summary(stats)
        errors = (
            stats.get("retry/max_reached", 0)
            + self.write_failures
            + sum(summary.get("spider", {}).values())
            + sum(summary.get("http", {}).values())
            + stats.get("robotstxt/unavailable", 0)
        )
        status = "finished" if reason == "finished" else "interrupted"
        if errors and status == "finished":
            status = "finished_with_errors"
        if self.write_failures:
            # Fetched articles were lost to the database: the next run must look further
            # than its incremental stop to find them again.
            status = "incomplete"
        repository.finish_run(
            self.engine,
            self.run_id,
            status=status,
            finish_reason=reason,
            pages_fetched=stats.get("response_received_count", 0),
            articles_new=self.totals.new,
            articles_updated=self.totals.updated,
            articles_unchanged=self.totals.unchanged,
            articles_rejected=stats.get("archive/rejected", 0),
            errors=errors,
            error_summary=summary,
        )
        logger.info(
            "crawl run %s of %s %s: %d new, %d updated, %d unchanged, %d rejected, %d errors",
            self.run_id,
            spider.name,
            status,
            self.totals.new,
            self.totals.updated,
            self.totals.unchanged,
            stats.get("archive/rejected", 0),
            errors,
        )
        logcontext.crawl_finished(spider.name)
        self.engine.dispose()


def run_error_summary(stats: dict[str, Any]) -> dict[str, dict[str, int]]:
    """Group the crawl stats that describe failures, for the run row."""
    groups = {
        "rejected": "archive/rejected/",
        "downloader": "downloader/exception_type_count/",
        "spider": "spider_exceptions/",
        "http": "httperror/response_ignored_status_count/",
    }
    summary: dict[str, dict[str, int]] = {}
    for group, prefix in groups.items():
        for key, value in stats.items():
            if not key.startswith(prefix):
                continue
            name = key[len(prefix) :]
            summary.setdefault(group, {})[name.rsplit(".", 1)[-1]] = int(value)
    if stats.get("archive/suspect_shrink"):
        summary["suspect"] = {"shrunk_below_half": int(stats["archive/suspect_shrink"])}
    if stats.get("robotstxt/unavailable"):
        summary["robots"] = {"unavailable": int(stats["robotstxt/unavailable"])}
    if stats.get("retry/max_reached"):
        summary["retries_exhausted"] = {"requests": int(stats["retry/max_reached"])}
    if stats.get("archive/write_failed"):
        summary["archive"] = {"write_failed": int(stats["archive/write_failed"])}
    return summary
