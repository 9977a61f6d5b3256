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
import time
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import CloseSpider
from scrapy.utils.defer import deferred_from_coro, maybe_deferred_to_future
from sqlalchemy import Engine
from twisted.internet.defer import DeferredLock
from twisted.internet.task import LoopingCall
from twisted.internet.threads import deferToThread

from crawler import logcontext
from crawler.components import run_spool
from crawler.components.failure_log import FailureLog
from crawler.components.run_outcome import (
    FAILED_URLS_STAT,
    Totals,
    run_fields,
)
from crawler.db import backfill, captures, locks, repository
from crawler.db.access import describe, first_line
from crawler.db.migrate import upgrade
from crawler.db.models import SUCCESSFUL_RUN_STATUSES, BackfillPage
from crawler.db.repository import BatchResult, Fetched, SiteInfo
from crawler.db.session import database_url, make_engine
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
        self.journal_failed = False
        self.last_beat = 0.0
        self.spool = run_spool.spool_dir(settings.get("ARCHIVE_SPOOL_DIR"))
        self.archive_id = describe(database_url(self.database_url))
        self.gone: list[tuple[str, int]] = []
        # WARC records written since the last batch (crawler/components/capture.py).
        self.captures: list[dict[str, Any]] = []
        self.write_failures = 0
        self.write_lock = DeferredLock()
        self.holder = locks.new_holder()
        self.locked = False
        self.heartbeat: LoopingCall | None = None
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)
        self.failures = FailureLog(crawler)  # the run record names what failed

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
        self._apply_spool(spider.name)
        self.last_beat = time.monotonic()
        self.heartbeat = LoopingCall(self._heartbeat)
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
        """Close the run row, the backfill job and the lock; each step on its own, so that a
        database that is down (or full) at the end loses none of the run's record."""
        if self.engine is None:
            return
        if self.heartbeat is not None and self.heartbeat.running:
            self.heartbeat.stop()
        if self.run_id is not None:
            self._close_run(spider.name, reason)
        complete = not self.write_failures and not self.journal_failed
        if self.job is not None and reason == "finished" and complete:
            self._attempt("finish the backfill job", backfill.finish_job, self.engine, self.job.id)
        if self.locked:
            # If this fails the lock is free anyway once this process is gone.
            self._attempt(
                "release the site lock", locks.release, self.engine, spider.name, self.holder
            )
        logcontext.crawl_finished(spider.name)
        self.engine.dispose()

    def _close_run(self, site: str, reason: str) -> None:
        assert self.engine is not None and self.run_id is not None
        totals = Totals(
            self.totals.new, self.totals.updated, self.totals.unchanged, self.write_failures
        )
        self.stats.set_value(FAILED_URLS_STAT, self.failures.failed_urls)
        fields = run_fields(self.stats.get_stats(), reason, totals)
        self.stats.set_value("archive/run_status", fields["status"])
        if "failed" in fields["error_summary"]:
            self.stats.set_value("archive/failure", next(iter(fields["error_summary"]["failed"])))
        fields["finished_at"] = datetime.now(UTC)
        try:
            repository.finish_run(self.engine, self.run_id, **fields)
        except Exception as exc:
            spooled = dict(fields, finished_at=fields["finished_at"].isoformat())
            path = run_spool.save(self.spool, self.archive_id, site, self.run_id, spooled)
            logger.error(
                "could not close run %s of %s (%s): its record (%s, %d new, %d lost) is kept in "
                "%s and written by the next crawl of the site",
                self.run_id,
                site,
                first_line(exc),
                fields["status"],
                totals.new,
                totals.lost,
                path,
            )
            return
        logger.info(
            "crawl run %s of %s %s: %d new, %d updated, %d unchanged, %d rejected, %d errors",
            self.run_id,
            site,
            fields["status"],
            totals.new,
            totals.updated,
            totals.unchanged,
            fields["articles_rejected"],
            fields["errors"],
        )

    def _apply_spool(self, site: str) -> None:
        """Write the records of earlier runs that could not be closed (see run_spool)."""
        assert self.engine is not None
        for path, run_id, fields in run_spool.pending(self.spool, self.archive_id, site):
            fields["finished_at"] = datetime.fromisoformat(fields["finished_at"])
            repository.finish_run(self.engine, run_id, **fields)
            path.unlink(missing_ok=True)
            logger.warning(
                "run %s of %s could not be closed when it ended; recorded now: %s, %d new",
                run_id,
                site,
                fields["status"],
                fields["articles_new"],
            )

    def _attempt(self, what: str, function: Any, *args: Any) -> None:
        try:
            function(*args)
        except Exception as exc:
            logger.error("could not %s: %s", what, first_line(exc))

    # -- the lock's heartbeat ------------------------------------------------------------
    def _heartbeat(self) -> Any:
        """One beat, in a worker thread; its outcome is judged in the reactor thread."""
        return deferToThread(self._beat).addCallback(self._after_beat)

    def _beat(self) -> bool | None:
        """True: refreshed; False: another crawler holds the lock now; None: no database."""
        assert self.engine is not None
        try:
            return locks.heartbeat(self.engine, self.site_key, self.holder)
        except Exception as exc:
            logger.warning("site lock heartbeat failed (%s); retrying", first_line(exc))
            self.stats.inc_value("archive/heartbeat_failed")
            return None

    def _after_beat(self, kept: bool | None) -> None:
        now = time.monotonic()
        if kept:
            self.last_beat = now
            return
        if kept is False:
            self._stop_for_the_lock("another crawler has taken the site lock")
        elif now - self.last_beat > locks.LOCK_TTL.total_seconds() / 2:
            self._stop_for_the_lock(
                f"the site lock could not be refreshed for {now - self.last_beat:.0f} s"
            )

    def _stop_for_the_lock(self, why: str) -> None:
        """Two crawlers must never crawl one site: stop cleanly before the lock expires."""
        if self.stats.get_value("archive/lock_lost"):
            return
        logger.error("%s: stopping this crawl of %s cleanly", why, self.site_key)
        self.stats.set_value("archive/lock_lost", why)
        if self.heartbeat is not None and self.heartbeat.running:
            self.heartbeat.stop()
        deferred_from_coro(self.crawler.engine.close_spider_async(reason="lock_lost"))

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
        self.failures.forget(f"HTTP {status}", url)  # the site's deletion, not a fetch error

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
        try:
            await self._record_page(listing, page, url, next_url, floor_reached, article_urls)
        except Exception as exc:
            # Without its journal a backfill cannot resume: stop the walk cleanly.
            self.journal_failed = True
            logger.error("could not journal listing page %s: %s", url, first_line(exc))
            raise CloseSpider("journal_write_failed") from exc

    async def _record_page(self, *args: Any) -> None:
        assert self.engine is not None and self.job is not None
        await self._off_reactor(
            backfill.record_page,
            self.engine,
            self.job.id,
            *args,
        )

    # -- writes --------------------------------------------------------------------------
    def last_capture_of(self, url: str) -> tuple[str, datetime] | None:
        """(payload digest, time) of ``url``'s last capture with a body: a revisit's basis.
        Blocking: called from the WARC writer's own thread, never the reactor's."""
        if self.engine is None:
            return None
        return captures.latest_capture(self.engine, url)

    def capture_lost(self, url: str) -> None:
        """An article not stored because its WARC record could not be written."""
        self.write_failures += 1
        self.stats.inc_value("archive/write_failed")
        logger.error("%s not stored: its WARC capture failed (fetched again next run)", url)

    def note_capture(self, row: dict[str, Any]) -> None:
        """A complete WARC record, indexed with the next batch."""
        self.captures.append(row)

    async def write(self, batch: list[Fetched]) -> None:
        """Store one batch (and the captures indexed since the last) in one transaction;
        batches are written one at a time."""
        if batch or self.captures:
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
        pending, self.captures = self.captures, []
        try:
            result = repository.archive_batch(
                self.engine, self.site_id, self.run_id, batch, pending
            )
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
