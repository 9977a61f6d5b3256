"""Running crawls in-process (``newsarchive crawl``, ``backfill``, ``demo``) and choosing
which sites are due."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings
from scrapy.utils.project import get_project_settings
from scrapy.utils.reactor import install_reactor
from sqlalchemy import Engine

from crawler.components.destination_guard import is_loopback_host
from crawler.db.schedule import last_successes
from crawler.db.session import database_url
from crawler.memory import limit_malloc_arenas

os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "crawler.settings")


# The DNS resolver of every crawl: it answers only addresses the destination guard allows.
GUARDED_RESOLVER = "crawler.components.destination_guard.GuardedResolver"

# What a backfill adds to the project settings: a progress report, and smaller batches so
# that a kill loses little.
BACKFILL_SETTINGS = {"PROGRESS_ENABLED": True, "ARCHIVE_BATCH_SIZE": 10}


@dataclass
class CrawlRequest:
    """One site to crawl and its spider arguments."""

    site: str
    since: str | None = None
    until: str | None = None
    max_pages: int | None = None
    refresh: bool = False
    mirror: str | None = None

    def spider_arguments(self) -> dict[str, Any]:
        arguments: dict[str, Any] = {
            "since": self.since,
            "until": self.until,
            "max_pages": self.max_pages,
            "refresh": "true" if self.refresh else None,
            "mirror": self.mirror,
        }
        return {k: v for k, v in arguments.items() if v is not None}


@dataclass
class CrawlOutcome:
    """How one site's crawl ended, with its Scrapy stats."""

    site: str
    finish_reason: str
    stats: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return (
            self.finish_reason == "finished"
            and not self.stats.get("archive/write_failed")
            and not self.stats.get("archive/failure")
        )

    def summary(self) -> str:
        """One line for the operator; articles that failed to store are shouted, since the
        next run must discover them again."""
        stats = self.stats
        if stats.get("archive/failure"):
            return f"{self.site}: FAILED; {stats['archive/failure']}"
        return (
            f"{self.site}: {self.finish_reason}; "
            f"{stats.get('response_received_count', 0)} pages, "
            f"{stats.get('archive/new', 0)} new, {stats.get('archive/updated', 0)} updated, "
            f"{stats.get('archive/unchanged', 0)} unchanged, "
            f"{stats.get('archive/rejected', 0)} rejected"
            + (
                f", {stats['archive/write_failed']} NOT STORED (database error)"
                if stats.get("archive/write_failed")
                else ""
            )
        )


def check_mirror(url: str) -> str:
    """``url``'s host if it is a usable mirror origin, else ``ValueError`` (one line).

    A mirror's host is exempted from the destination guard, so a mirror anywhere but this
    machine (``--mirror http://10.0.0.1``) would turn the crawler into a proxy into the
    network: only loopback addresses and ``localhost`` are accepted.
    """
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.scheme not in ("http", "https") or not host:
        raise ValueError(f"--mirror {url!r}: give an http(s) URL such as http://127.0.0.1:8000")
    if not is_loopback_host(host):
        raise ValueError(
            f"--mirror {url!r}: a mirror must be on this machine (127.0.0.0/8, ::1 or localhost)"
        )
    return host


def project_settings(db: str | None, mirrors: list[str], log_level: str | None = None) -> Settings:
    """Project settings with the archive URL; mirrors switch off politeness delays and
    restrict every request to the mirror hosts."""
    settings = get_project_settings()
    settings.set("ARCHIVE_DATABASE_URL", database_url(db), priority="cmdline")
    # Connections go only to addresses the destination guard allows, judged when resolved
    # for the connection itself (a name re-pointed after the guard's own look is caught).
    settings.set("TWISTED_DNS_RESOLVER", GUARDED_RESOLVER, priority="cmdline")
    if log_level:
        settings.set("LOG_LEVEL", log_level, priority="cmdline")
    if mirrors:
        hosts = sorted({check_mirror(m) for m in mirrors})
        settings.set("ALLOWED_HOSTS_ONLY", hosts, priority="cmdline")
        settings.set("DESTINATION_GUARD_ALLOWED_HOSTS", hosts, priority="cmdline")
        settings.set("DOWNLOAD_DELAY", 0, priority="cmdline")
        settings.set("AUTOTHROTTLE_ENABLED", False, priority="cmdline")
        settings.set("CONCURRENT_REQUESTS_PER_DOMAIN", 8, priority="cmdline")
    return settings


def run_crawls(
    requests: list[CrawlRequest],
    db: str | None = None,
    log_level: str | None = None,
    parallel: int = 4,
    extra_settings: dict[str, Any] | None = None,
) -> list[CrawlOutcome]:
    """Crawl the given sites in this process, at most ``parallel`` at once; blocks until
    all are done."""
    limit_malloc_arenas()  # before the crawl's threads exist: memory stays flat
    mirrors = [r.mirror for r in requests if r.mirror]
    settings = project_settings(db, mirrors, log_level)
    for name, value in (extra_settings or {}).items():
        settings.set(name, value, priority="cmdline")
    # The reactor Scrapy wants must be the one installed before anything imports one.
    install_reactor(settings["TWISTED_REACTOR"])
    process = CrawlerProcess(settings)
    from twisted.internet import reactor
    from twisted.internet.defer import DeferredList, DeferredSemaphore

    semaphore = DeferredSemaphore(max(1, parallel))
    crawlers = []
    runs = []
    for request in requests:
        crawler = process.create_crawler(request.site)
        crawlers.append((request.site, crawler))
        runs.append(semaphore.run(process.crawl, crawler, **request.spider_arguments()))
    DeferredList(runs, consumeErrors=True).addBoth(lambda _: reactor.callLater(0, reactor.stop))
    process.start(stop_after_crawl=False)
    outcomes = []
    for site, crawler in crawlers:
        stats = crawler.stats.get_stats() if crawler.stats else {}
        outcomes.append(CrawlOutcome(site, str(stats.get("finish_reason", "not started")), stats))
    return outcomes


def due_sites(
    engine: Engine, intervals: dict[str, timedelta], now: datetime | None = None
) -> list[str]:
    """Sites whose interval has passed since their last successful run (or never ran)."""
    now = now or datetime.now(UTC)
    last = last_successes(engine)
    return [
        site
        for site, interval in sorted(intervals.items())
        if site not in last or now - last[site] >= interval
    ]
