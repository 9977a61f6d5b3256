"""Running crawls in-process (``newsarchive crawl``, ``newsarchive demo``)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings
from scrapy.utils.project import get_project_settings

from crawler.db.session import database_url

os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "crawler.settings")


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
    site: str
    finish_reason: str
    stats: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.finish_reason == "finished" and not self.stats.get("archive/write_failed")


def project_settings(db: str | None, mirrors: list[str], log_level: str | None = None) -> Settings:
    """Project settings with the archive URL; mirrors switch off politeness delays and
    restrict every request to the mirror hosts."""
    settings = get_project_settings()
    settings.set("ARCHIVE_DATABASE_URL", database_url(db), priority="cmdline")
    if log_level:
        settings.set("LOG_LEVEL", log_level, priority="cmdline")
    if mirrors:
        hosts = sorted({urlsplit(m).hostname or "" for m in mirrors})
        settings.set("ALLOWED_HOSTS_ONLY", hosts, priority="cmdline")
        settings.set("DOWNLOAD_DELAY", 0, priority="cmdline")
        settings.set("AUTOTHROTTLE_ENABLED", False, priority="cmdline")
        settings.set("CONCURRENT_REQUESTS_PER_DOMAIN", 8, priority="cmdline")
    return settings


def run_crawls(
    requests: list[CrawlRequest], db: str | None = None, log_level: str | None = None
) -> list[CrawlOutcome]:
    """Crawl the given sites concurrently in this process; blocks until all are done."""
    mirrors = [r.mirror for r in requests if r.mirror]
    process = CrawlerProcess(project_settings(db, mirrors, log_level))
    crawlers = []
    for request in requests:
        crawler = process.create_crawler(request.site)
        crawlers.append((request.site, crawler))
        process.crawl(crawler, **request.spider_arguments())
    process.start()
    outcomes = []
    for site, crawler in crawlers:
        stats = crawler.stats.get_stats() if crawler.stats else {}
        outcomes.append(CrawlOutcome(site, str(stats.get("finish_reason", "not started")), stats))
    return outcomes
