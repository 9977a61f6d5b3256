"""Which URLs failed in a crawl, for the run record.

Scrapy counts failures but names none, and counts no redirect it drops at
``REDIRECT_MAX_TIMES`` or sends to another host: these signal handlers keep the first URLs
of each kind (``MAX_FAILED_URLS``) and count them all in the crawl stats, which
:func:`crawler.components.run_outcome.run_fields` turns into ``error_summary``. Built by
the crawl's archive (:class:`crawler.components.archive.CrawlArchive`).
"""

from __future__ import annotations

from typing import Any

from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.offsite import OffsiteMiddleware
from scrapy.http import Response

from crawler.components.run_outcome import FAILED_COUNTS_STAT, REDIRECT_STATS

# Failing URLs kept per kind in the run record; the count covers them all.
MAX_FAILED_URLS = 20
_REDIRECTS = frozenset((301, 302, 303, 307, 308))


class FailureLog:
    """The failing URLs of one crawl, by kind (``HTTP 503``, ``redirect limit``…)."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.stats = crawler.stats
        self.failed_urls: dict[str, list[str]] = {}
        self.max_redirects = crawler.settings.getint("REDIRECT_MAX_TIMES")
        crawler.signals.connect(self._downloaded, signal=signals.response_downloaded)
        crawler.signals.connect(self._received, signal=signals.response_received)
        crawler.signals.connect(self._scheduled, signal=signals.request_scheduled)
        crawler.signals.connect(self._spider_error, signal=signals.spider_error)

    def forget(self, kind: str, url: str) -> None:
        """Not a failure after all (a deleted article the site answered 404 for)."""
        if url in self.failed_urls.get(kind, ()):
            self.failed_urls[kind].remove(url)
        self.stats.inc_value(FAILED_COUNTS_STAT + kind, -1)

    def _fail(self, kind: str, url: str, target: str = "") -> None:
        real_url = getattr(self.crawler.spider, "real_url", None)
        urls = self.failed_urls.setdefault(kind, [])
        if len(urls) < MAX_FAILED_URLS:
            url = real_url(url) if real_url else url
            urls.append(f"{url} -> {target}" if target else url)
        self.stats.inc_value(FAILED_COUNTS_STAT + kind)

    def _downloaded(self, response: Response, request: Request, spider: Spider) -> None:
        """A redirect RedirectMiddleware will drop for ``max redirections reached``."""
        meta = request.meta
        if (
            response.status not in _REDIRECTS
            or b"Location" not in response.headers
            or meta.get("dont_redirect")
            or meta.get("handle_httpstatus_all")
            or response.status in meta.get("handle_httpstatus_list", ())
            or response.status in getattr(spider, "handle_httpstatus_list", ())
        ):
            return
        ttl = meta.get("redirect_ttl", self.max_redirects)
        if not ttl or meta.get("redirect_times", 0) + 1 > self.max_redirects:
            self.stats.inc_value(f"{REDIRECT_STATS}max_reached")
            self._fail("redirect limit", (meta.get("redirect_urls") or [request.url])[0])

    def _scheduled(self, request: Request, spider: Spider) -> None:
        """A redirect to another host, which Scrapy's offsite filter drops."""
        origins = request.meta.get("redirect_urls")
        if not origins or request.dont_filter or request.meta.get("allow_offsite"):
            return
        offsite = self.crawler.get_downloader_middleware(OffsiteMiddleware)
        if offsite is not None and not offsite.should_follow(request, spider):
            self.stats.inc_value(f"{REDIRECT_STATS}offsite")
            self._fail("redirect offsite", origins[0], request.url)

    def _received(self, response: Response, request: Request, spider: Spider) -> None:
        meta = request.meta
        if (
            response.status >= 400
            and not meta.get("dont_obey_robotstxt")  # robots.txt: its own rules
            and not meta.get("handle_httpstatus_all")
            and response.status not in meta.get("handle_httpstatus_list", ())
            and response.status not in getattr(spider, "handle_httpstatus_list", ())
        ):
            self._fail(f"HTTP {response.status}", response.url)

    def _spider_error(self, failure: Any, response: Response, spider: Spider) -> None:
        self._fail(f"spider {failure.type.__name__}", response.url)
