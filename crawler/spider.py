"""PortalSpider: discovery, pagination, incremental stop and backfill window for every site.

A site subclass declares data only: its key (``name``), real ``base_url``, province, CMS
family, listing/feed paths, :class:`ListingRules` and :class:`ArticleRules`. Spider
arguments (``scrapy crawl KEY -a since=2024-01-01``):

``since`` / ``until``  backfill window (YYYY-MM-DD, inclusive, Asia/Ho_Chi_Minh days)
``max_pages``          listing pages to walk per listing (routine crawls default to a few)
``refresh``            refetch articles already archived (to catch edits)
``mirror``             fetch the site from this origin instead (the loopback test mirror);
                       the archive still stores the real addresses.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterable
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol
from urllib.parse import urlsplit

import scrapy
from scrapy import signals
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.sitemap import sitemap_urls_from_robots
from twisted.python.failure import Failure

from crawler.components.tls_check import warning as tls_warning
from crawler.discovery import (
    Entry,
    ListingRules,
    feed_entries,
    listing_entries,
    next_page,
    sitemap_entries,
)
from crawler.extract import GENERIC_RULES, ArticleRules, Rejection
from crawler.extract.dates import day_bound
from crawler.extract.pool import ExtractionPool
from crawler.extract.rules import rules_version
from crawler.items import ArticleItem
from crawler.memory import limit_malloc_arenas
from crawler.urls import normalize_url, rebase

# Statuses that mean "this article is gone" rather than "the fetch failed".
GONE = (404, 410)


class Archive(Protocol):
    """What a spider may ask the crawl's archive (``crawler.components.archive``); a spider
    run without one (no archive pipeline) knows nothing and journals nothing."""

    @property
    def previous_run_failed(self) -> bool: ...

    @property
    def backfill_resumed(self) -> bool: ...

    async def archived(self, urls: Iterable[str]) -> set[str]: ...

    async def open_backfill(self, since: str | None, until: str | None) -> list[Any]: ...

    async def record_listing_page(self, **page: Any) -> None: ...

    def note_gone(self, url: str, status: int) -> None: ...


class PortalSpider(scrapy.Spider):
    """Base of every site spider; see the module docstring for its arguments."""

    site_name: str = ""
    base_url: str = ""
    province: str | None = None
    family: str = "generic"
    article_rules: ArticleRules = GENERIC_RULES
    extraction: ExtractionPool
    listing_rules: ListingRules | None = None
    listing_paths: tuple[str, ...] = ()
    feed_paths: tuple[str, ...] = ()
    # Sitemaps (XML, gzip or indexes); a path ending in robots.txt means its Sitemap: lines.
    sitemap_paths: tuple[str, ...] = ()
    # Keep every response in WARC files (crawler/components/capture.py); a site may opt out.
    capture: bool = True
    # How often a scheduled run (``newsarchive crawl --due``) crawls the site.
    crawl_interval: timedelta = timedelta(hours=6)
    # Politeness per site: seconds between requests and requests in flight.
    request_delay: float = 1.0
    max_concurrency: int = 2
    # A routine crawl stops paging after this many consecutive already-archived articles.
    stop_after_known: int = 5
    # Listing pages a routine crawl walks at most (a backfill walks until its date floor).
    routine_max_pages: int = 5

    @classmethod
    def update_settings(cls, settings: Any) -> None:
        """Per-site politeness on top of the project's settings."""
        super().update_settings(settings)
        settings.set("DOWNLOAD_DELAY", cls.request_delay, priority="spider")
        settings.set("CONCURRENT_REQUESTS_PER_DOMAIN", cls.max_concurrency, priority="spider")

    def __init__(
        self,
        *args: Any,
        since: str | None = None,
        until: str | None = None,
        max_pages: str | int | None = None,
        refresh: str | bool | None = None,
        mirror: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.fetch_base = (mirror or self.base_url).rstrip("/")
        self.allowed_domains = [urlsplit(self.fetch_base).hostname or ""]
        self.since = day_bound(since)
        self.until = day_bound(until, end=True)
        self.mode = "backfill" if (since or until) else "routine"
        self.refresh = str(refresh).lower() in ("1", "true", "yes") if refresh else False
        if max_pages:
            self.max_pages: int | None = int(max_pages)
        else:
            self.max_pages = self.routine_max_pages if self.mode == "routine" else None
        self.oldest_seen: datetime | None = None
        self.catch_up = False
        self.arguments = {
            "since": since,
            "until": until,
            "max_pages": self.max_pages,
            "refresh": self.refresh,
            "mirror": mirror,
        }

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> PortalSpider:
        limit_malloc_arenas()  # `scrapy crawl` too (idempotent; threads start later)
        spider = super().from_crawler(crawler, *args, **kwargs)
        workers = crawler.settings.get("EXTRACTION_WORKERS")
        spider.extraction = ExtractionPool.acquire(None if workers is None else int(workers))
        crawler.signals.connect(spider._release_extraction, signal=signals.spider_closed)
        return spider

    def _release_extraction(self) -> None:
        pool = self.extraction
        self.crawler.stats.set_value("extraction/workers", pool.workers)
        if pool.replaced:
            self.crawler.stats.set_value("extraction/workers_replaced", pool.replaced)
        ExtractionPool.release(pool)

    @property
    def rules_version(self) -> str:
        """The fingerprint of this site's article rules (stored with each article)."""
        return rules_version(self.article_rules)

    # -- addresses ---------------------------------------------------------------------------
    def real_url(self, url: str) -> str:
        """The site's own address for a fetched (possibly mirrored) URL."""
        return rebase(url, self.fetch_base, self.base_url.rstrip("/"))

    def fetch_url(self, url: str) -> str:
        """Where to fetch a real URL from (the mirror, when one is set)."""
        return rebase(url, self.base_url.rstrip("/"), self.fetch_base)

    @property
    def archive(self) -> Archive | None:
        return getattr(self.crawler, "crawl_archive", None)

    async def known(self, urls: Iterable[str]) -> set[str]:
        """Normalised real addresses, among these fetch ``urls``, already archived (none
        when refreshing): asked per page of links, never for the whole site."""
        if self.refresh or self.archive is None:
            return set()
        return await self.archive.archived(self.real_url(url) for url in urls)

    def is_known(self, url: str, known: set[str]) -> bool:
        return normalize_url(self.real_url(url)) in known

    # -- discovery ---------------------------------------------------------------------------
    async def start(self) -> AsyncIterator[scrapy.Request]:
        if self.mode == "routine" and self.archive is not None and self.archive.previous_run_failed:
            # The last run died part-way and may have left holes below the first known
            # articles: walk the listings to max_pages this time instead of stopping early.
            self.catch_up = True
            self.logger.info(
                "the previous run of %s did not finish: catching up without the incremental stop",
                self.name,
            )
        if self.mode == "backfill" and self.listing_paths and self.archive is not None:
            # A journalled backfill fetches only what its journalled listing pages link
            # (the feed's items are on the first listing pages too), so that everything it
            # fetched is in the journal and a kill -9 resumes exactly where it stopped.
            for request in await self._resume_backfill(self.archive):
                yield request
            return
        for path in self.feed_paths:
            yield scrapy.Request(self.fetch_base + path, callback=self.parse_feed)
        for path in self.sitemap_paths:
            callback = self.parse_robots if path.endswith("robots.txt") else self.parse_sitemap
            yield scrapy.Request(self.fetch_base + path, callback=callback)
        for path in self.listing_paths:
            yield self.listing_request(self.base_url + path, 1, 0, path)

    async def _resume_backfill(self, archive: Archive) -> list[scrapy.Request]:
        """Open (or resume) this window's backfill job; see crawler/db/backfill.py."""
        pages = await archive.open_backfill(self.arguments["since"], self.arguments["until"])
        listed = [self.fetch_url(url) for row in pages for url in row.article_urls]
        known = await self.known(listed)
        pending = sorted({url for url in listed if not self.is_known(url, known)})
        requests = [self.article_request(url) for url in pending]
        for path in self.listing_paths:
            last = next((row for row in reversed(pages) if row.listing == path), None)
            if last is None:
                requests.append(self.listing_request(self.base_url + path, 1, 0, path))
            elif (
                last.next_url
                and not last.floor_reached
                and not (self.max_pages is not None and last.page >= self.max_pages)
            ):
                requests.append(self.listing_request(last.next_url, last.page + 1, 0, path))
        if archive.backfill_resumed:
            self.logger.info(
                "resuming the backfill of %s: %d listing pages already read, "
                "%d of their articles not archived yet",
                self.name,
                len(pages),
                len(pending),
            )
            self.crawler.stats.set_value("backfill/resumed_pages", len(pages))
        return requests

    async def parse_feed(self, response: Response) -> AsyncIterator[scrapy.Request]:
        entries = feed_entries(response.body)
        self.crawler.stats.inc_value("discovery/feed_entries", len(entries))
        wanted = [self.fetch_url(entry.url) for entry in entries if self._in_window(entry)]
        known = await self.known(wanted)
        for url in wanted:
            if not self.is_known(url, known):
                yield self.article_request(url)

    def parse_robots(self, response: Response) -> Iterable[scrapy.Request]:
        for url in sitemap_urls_from_robots(response.body, base_url=self.real_url(response.url)):
            yield scrapy.Request(self.fetch_url(url), callback=self.parse_sitemap)

    async def parse_sitemap(self, response: Response) -> AsyncIterator[scrapy.Request]:
        max_size = self.settings.getint("DOWNLOAD_MAXSIZE")
        entries, children = sitemap_entries(response.body, max_size)
        self.crawler.stats.inc_value("discovery/sitemap_entries", len(entries))
        for url in children:
            yield scrapy.Request(self.fetch_url(url), callback=self.parse_sitemap)
        pattern = re.compile(self.listing_rules.article_url if self.listing_rules else ".")
        wanted = [
            self.fetch_url(entry.url)
            for entry in entries
            # lastmod is when the page last changed: it can only prove "older than since".
            if not (self.since and entry.published and entry.published < self.since)
        ]
        wanted = [url for url in wanted if pattern.search(url)]
        known = await self.known(wanted)
        for url in wanted:
            if not self.is_known(url, known):
                yield self.article_request(url)

    async def parse_listing(
        self, response: Response, page: int, known_run: int, listing: str = ""
    ) -> list[scrapy.Request]:
        if self.listing_rules is None or not isinstance(response, TextResponse):
            return []
        entries = listing_entries(response.url, response.text, self.listing_rules)
        stats = self.crawler.stats
        stats.inc_value("discovery/listing_pages")
        if not entries:
            self.logger.warning("listing %s has no article links: markup changed?", response.url)
            stats.inc_value("discovery/empty_listings")
        known = await self.known(self.fetch_url(entry.url) for entry in entries)
        requests: list[scrapy.Request] = []
        wanted: list[str] = []
        floor_reached = False
        for entry in entries:
            url = self.fetch_url(entry.url)
            if entry.published:
                self.oldest_seen = min(self.oldest_seen or entry.published, entry.published)
            if self.since and entry.published and entry.published < self.since:
                floor_reached = True
                continue
            if not self._in_window(entry):
                continue
            wanted.append(self.real_url(url))
            if self.is_known(url, known):
                known_run += 1
                continue
            known_run = 0
            requests.append(self.article_request(url))
        following = None
        if floor_reached:
            self.logger.info("listing %s reached the date floor %s", response.url, self.since)
        elif self.mode == "routine" and not self.catch_up and known_run >= self.stop_after_known:
            self.logger.info(
                "incremental stop at %s: %d known articles in a row", response.url, known_run
            )
            stats.inc_value("discovery/incremental_stops")
        elif self.max_pages is not None and page >= self.max_pages:
            self.logger.info("listing %s: max_pages=%d reached", response.url, self.max_pages)
        else:
            following = next_page(response.url, response.text, self.listing_rules)
        if self.mode == "backfill" and self.archive is not None:
            # Journalled before any of its requests is handed over: see crawler/db/backfill.py.
            await self.archive.record_listing_page(
                listing=listing,
                page=page,
                url=self.real_url(response.url),
                next_url=self.real_url(following) if following else None,
                floor_reached=floor_reached,
                article_urls=wanted,
            )
        if following:
            requests.append(self.listing_request(following, page + 1, known_run, listing))
        return requests

    def listing_request(self, url: str, page: int, known_run: int, listing: str) -> scrapy.Request:
        return scrapy.Request(
            self.fetch_url(url),
            callback=self.parse_listing,
            cb_kwargs={"page": page, "known_run": known_run, "listing": listing},
        )

    def _in_window(self, entry: Entry) -> bool:
        if entry.published is None:
            return True
        return not (
            (self.since and entry.published < self.since)
            or (self.until and entry.published > self.until)
        )

    def article_request(self, url: str) -> scrapy.Request:
        return scrapy.Request(
            url, callback=self.parse_article, errback=self.article_failed, priority=10
        )

    def article_failed(self, failure: Failure) -> None:
        """A deleted article (404/410) is remembered, so routine crawls stop asking for it;
        every other failure stays a fetch error of the run."""
        if not failure.check(HttpError):
            return  # download errors are counted by Scrapy's downloader stats already
        response = failure.value.response
        if response.status in GONE and self.archive is not None:
            self.archive.note_gone(self.real_url(response.url), response.status)
            return
        # What HttpErrorMiddleware records when no errback takes the error.
        stats = self.crawler.stats
        stats.inc_value("httperror/response_ignored_count")
        stats.inc_value(f"httperror/response_ignored_status_count/{response.status}")
        self.logger.info("Ignoring response %r: HTTP status code is not handled", response)

    # -- articles ----------------------------------------------------------------------------
    async def parse_article(self, response: Response) -> AsyncIterator[ArticleItem]:
        url = self.real_url(response.url)
        content_type = response.headers.get("Content-Type", b"").decode("latin-1") or None
        # In a worker process when the machine has cores to spare (crawler.extract.pool).
        extraction = await self.extraction.extract(
            url, response.body, self.article_rules, content_type
        )
        item = ArticleItem(
            site=self.name,
            url=url,
            fetched_url=response.url,
            fetched_at=datetime.now(UTC),
            status=response.status,
        )
        if "capture" in response.meta:  # set by the WARC capture middleware when on
            row = response.meta["capture"]
            item.capture = (row["warc_file"], row["warc_offset"]) if row else None
            item.capture_failed = row is None
        if isinstance(extraction, Rejection):
            item.rejection = extraction
        else:
            published = extraction.published
            if published and not self._in_window(Entry(url, published)):
                self.crawler.stats.inc_value("archive/skipped_outside_window")
                return
            item.record = extraction
            tls_problem = tls_warning(response.meta.get("tls"))
            if tls_problem:
                extraction.warnings.append(tls_problem)
        yield item
