"""The archive of one crawl: the only component that talks to the database.

Built once per crawler (:meth:`CrawlArchive.of`), reading only ``ARCHIVE_*`` settings, and
shared: the archive pipeline hands it batches to write, the spider asks it questions
(which of these links are archived, how the previous run ended, where a backfill stopped)
and never opens the database itself. Every call that touches the database runs in a
worker thread, so the reactor never waits on it; the spider's callbacks await the answers.

It owns the crawl's bookkeeping too: the run row (opened with the spider, closed with its
counts and error summary whatever the outcome), the site lock and its heartbeat, and the
backfill journal.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import UTC, datetime
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
from crawler.db import backfill, locks, repository
from crawler.db.migrate import upgrade
from crawler.db.models import SUCCESSFUL_RUN_STATUSES, BackfillPage
from crawler.db.repository import BatchResult, Fetched, SiteInfo
from crawler.db.session import make_engine
from crawler.urls import normalize_url

logger = logging.getLogger(__name__)


class CrawlArchive:
    """The database side of one crawl; see the module docstring."""

    def __init__(self, crawler: Crawler) -> None:
        settings = crawler.settings
        self.crawler = crawler
        self.stats = crawler.stats
        self.database_url = settings.get("ARCHIVE_DATABASE_URL")
        self.auto_migrate = settings.getbool("ARCHIVE_AUTO_MIGRATE", True)
        self.sqlite_max_pages = settings.getint("ARCHIVE_SQLITE_MAX_PAGES", 0)
        self.engine: Engine | None = None
        self.site_id = 0
        self.site_key = ""
        self.run_id: int | None = None
        self.previous_status: str | None = None
        self.job: backfill.Job | None = None
        self.totals = BatchResult()
        self.gone: list[tuple[str, int]] = []
        self.write_failures = 0
        self.write_lock = DeferredLock()
        self.holder = locks.new_holder()
        self.locked = False
        self.heartbeat: LoopingCall | None = None
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def of(cls, crawler: Crawler) -> CrawlArchive:
        """The crawler's archive, built on first use."""
        archive = getattr(crawler, "crawl_archive", None)
        if archive is None:
            archive = cls(crawler)
            crawler.crawl_archive = archive  # type: ignore[attr-defined]
        return archive

    # -- opening and closing -------------------------------------------------------------
    def open(self, spider: Any) -> None:
        """Migrate, register the site, take its lock, open the run row."""
        self.engine = make_engine(self.database_url, sqlite_max_pages=self.sqlite_max_pages)
        if self.auto_migrate:
            upgrade(self.engine)
        self.site_key = spider.name
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
        self.previous_status = repository.previous_run_status(self.engine, spider.name, self.run_id)
        logcontext.crawl_started(spider.name, self.run_id)
        logger.info("crawl run %s of %s started (%s)", self.run_id, spider.name, spider.mode)

    def spider_closed(self, spider: Spider, reason: str) -> None:
        if self.engine is None:
            return
        if self.heartbeat is not None and self.heartbeat.running:
            self.heartbeat.stop()
        if self.locked:
            locks.release(self.engine, spider.name, self.holder)
        if self.job is not None and reason == "finished":
            backfill.finish_job(self.engine, self.job.id)
        if self.run_id is not None:
            self._finish_run(spider.name, reason)
            logcontext.crawl_finished(spider.name)
        self.engine.dispose()

    def _finish_run(self, site: str, reason: str) -> None:
        assert self.engine is not None and self.run_id is not None
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
        cause = failure_cause(stats, summary) if reason == "finished" else None
        if cause:
            # Nothing the site served could be read (DNS, refused, timeouts, errors on every
            # page): a dead site must never look like a quiet one.
            status = "failed"
            summary["failed"] = {cause: 1}
        self.stats.set_value("archive/run_status", status)
        if cause:
            self.stats.set_value("archive/failure", cause)
        rejected = stats.get("archive/rejected", 0)
        repository.finish_run(
            self.engine,
            self.run_id,
            status=status,
            finish_reason=reason,
            pages_fetched=stats.get("response_received_count", 0),
            articles_new=self.totals.new,
            articles_updated=self.totals.updated,
            articles_unchanged=self.totals.unchanged,
            articles_rejected=rejected,
            errors=errors,
            error_summary=summary,
        )
        logger.info(
            "crawl run %s of %s %s: %d new, %d updated, %d unchanged, %d rejected, %d errors",
            self.run_id,
            site,
            status,
            self.totals.new,
            self.totals.updated,
            self.totals.unchanged,
            rejected,
            errors,
        )

    # -- questions the spider asks -------------------------------------------------------
    async def archived(self, urls: Iterable[str]) -> set[str]:
        """Normalised forms of those ``urls`` the site has archived, or that answered
        404/410 recently enough to be left alone (a dead link in its back-off)."""
        wanted = {url: normalize_url(url) for url in urls}
        if self.engine is None or not wanted:
            return set()
        candidates = sorted(set(wanted) | set(wanted.values()))
        found = await self._off_reactor(self._known_or_dead, candidates)
        return {normalized for url, normalized in wanted.items() if {url, normalized} & found}

    def _known_or_dead(self, candidates: list[str]) -> set[str]:
        assert self.engine is not None
        archived = repository.archived_among(self.engine, self.site_id, candidates)
        dead = repository.dead_among(self.engine, self.site_id, candidates, datetime.now(UTC))
        return archived | dead

    def note_gone(self, url: str, status: int) -> None:
        """An article link answered 404/410: remembered when the crawl's writes flush."""
        self.gone.append((normalize_url(url), status))
        self.stats.inc_value(f"archive/gone/{status}")

    async def open_backfill(self, since: str | None, until: str | None) -> list[BackfillPage]:
        """Open (or resume) the backfill job of this window; the pages it already read."""
        assert self.engine is not None
        self.job = await self._off_reactor(
            backfill.open_job, self.engine, self.site_key, since, until
        )
        return await self._off_reactor(backfill.recorded_pages, self.engine, self.job.id)

    @property
    def backfill_resumed(self) -> bool:
        return self.job is not None and self.job.resumed

    @property
    def previous_run_failed(self) -> bool:
        """The site's last run before this one died or lost articles part-way."""
        return self.previous_status not in (None, *SUCCESSFUL_RUN_STATUSES)

    async def record_listing_page(
        self,
        *,
        listing: str,
        page: int,
        url: str,
        next_url: str | None,
        floor_reached: bool,
        article_urls: list[str],
    ) -> None:
        """Journal a backfill's listing page (before its links are requested)."""
        if self.engine is None or self.job is None:
            return
        await self._off_reactor(
            backfill.record_page,
            self.engine,
            self.job.id,
            listing,
            page,
            url,
            next_url,
            floor_reached,
            article_urls,
        )

    # -- writes --------------------------------------------------------------------------
    async def write(self, batch: list[Fetched]) -> None:
        """Store one batch in one transaction; batches are written one at a time."""
        if batch:
            await maybe_deferred_to_future(self.write_lock.run(deferToThread, self._write, batch))

    async def write_dead_links(self) -> None:
        """Store the dead links noted so far (at the end of the crawl)."""
        gone, self.gone = self.gone, []
        if gone and self.engine is not None:
            await maybe_deferred_to_future(
                self.write_lock.run(deferToThread, self._write_dead_links, gone)
            )

    def _write_dead_links(self, gone: list[tuple[str, int]]) -> None:
        assert self.engine is not None
        try:
            repository.record_dead_links(self.engine, self.site_id, gone, datetime.now(UTC))
        except Exception:
            # Only a saving: the links are fetched (and found dead) again next time.
            logger.exception("could not remember %d dead links", len(gone))

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

    @staticmethod
    async def _off_reactor(function: Any, *args: Any) -> Any:
        return await maybe_deferred_to_future(deferToThread(function, *args))


def failure_cause(stats: dict[str, Any], summary: dict[str, dict[str, int]]) -> str | None:
    """Why a crawl that ran to its end got nothing from the site, or ``None`` if it got
    at least one good (2xx) response."""
    prefix = "downloader/response_status_count/"
    good = sum(v for k, v in stats.items() if k.startswith(prefix) and k[len(prefix)] == "2")
    if good:
        return None
    errors = {
        **summary.get("downloader", {}),
        **{f"HTTP {k}": v for k, v in summary.get("http", {}).items()},
    }
    if stats.get("robotstxt/unavailable"):
        errors["robots.txt unavailable"] = int(stats["robotstxt/unavailable"])
    if not errors:
        return "no page fetched"
    listed = ", ".join(f"{name} ×{count}" for name, count in sorted(errors.items()))
    return f"no page fetched: {listed}"


def run_error_summary(stats: dict[str, Any]) -> dict[str, dict[str, int]]:
    """Group the crawl stats that describe failures, for the run row."""
    groups = {
        "rejected": "archive/rejected/",
        "downloader": "downloader/exception_type_count/",
        "spider": "spider_exceptions/",
        "http": "httperror/response_ignored_status_count/",
    }
    summary: dict[str, dict[str, int]] = {}
    gone = {
        key.rsplit("/", 1)[-1]: int(value)
        for key, value in stats.items()
        if key.startswith("archive/gone/")
    }
    for group, prefix in groups.items():
        for key, value in stats.items():
            if not key.startswith(prefix):
                continue
            name = key[len(prefix) :]
            summary.setdefault(group, {})[name.rsplit(".", 1)[-1]] = int(value)
    if gone:
        # A deleted article still linked by its listing is the site's, not a fetch error.
        summary["gone"] = gone
        http = summary.get("http", {})
        for status, count in gone.items():
            if status in http:
                http[status] -= count
                if http[status] <= 0:
                    del http[status]
        if "http" in summary and not http:
            del summary["http"]
    if stats.get("archive/suspect_shrink"):
        summary["suspect"] = {"shrunk_below_half": int(stats["archive/suspect_shrink"])}
    if stats.get("robotstxt/unavailable"):
        summary["robots"] = {"unavailable": int(stats["robotstxt/unavailable"])}
    if stats.get("retry/max_reached"):
        summary["retries_exhausted"] = {"requests": int(stats["retry/max_reached"])}
    if stats.get("archive/write_failed"):
        summary["archive"] = {"write_failed": int(stats["archive/write_failed"])}
    return summary
