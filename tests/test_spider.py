"""The spider navigates without a database: it asks the crawl's archive only about the
links a page yields, and works (knowing nothing) when there is no archive at all."""

from __future__ import annotations

from collections.abc import Iterable

import pytest_twisted
from scrapy.http import HtmlResponse
from scrapy.utils.defer import deferred_from_coro
from scrapy.utils.test import get_crawler

from crawler.testing.fixtures import site_pages
from spiders.nukeviet import CdcHoaBinhSpider

LISTING = next(p for p in site_pages() if p.group == "cdchoabinh" and p.kind == "listing")


class RecordingArchive:
    """Stands in for the crawl archive: knows some URLs and records every question."""

    previous_run_failed = False
    backfill_resumed = False

    def __init__(self, known: set[str]) -> None:
        self.known = known
        self.questions: list[list[str]] = []

    async def archived(self, urls: Iterable[str]) -> set[str]:
        asked = list(urls)
        self.questions.append(asked)
        return {url for url in asked if url in self.known}


def _spider(archive: RecordingArchive | None) -> CdcHoaBinhSpider:
    crawler = get_crawler(CdcHoaBinhSpider)
    if archive is not None:
        crawler.crawl_archive = archive  # type: ignore[attr-defined]
    return CdcHoaBinhSpider.from_crawler(crawler)


async def _listing_requests(spider: CdcHoaBinhSpider) -> list[str]:
    """The requests the spider yields for the listing page, run on the session's reactor."""
    response = HtmlResponse(LISTING.url, body=LISTING.path.read_bytes(), encoding="utf-8")
    listing = spider.parse_listing(response, page=1, known_run=0, listing="x")
    return [request.url for request in await deferred_from_coro(listing)]


@pytest_twisted.ensureDeferred
async def test_without_an_archive_every_linked_article_is_requested() -> None:
    urls = await _listing_requests(_spider(None))
    articles = {u for u in urls if u.endswith(".html")}
    fixtures = {p.url for p in site_pages() if p.group == "cdchoabinh" and p.kind == "article"}
    assert len(articles & fixtures) == 2  # the third fixture article is on page 2
    assert any("page-2" in u for u in urls), urls


@pytest_twisted.ensureDeferred
async def test_archive_is_asked_about_this_pages_links_only_and_known_ones_are_skipped() -> None:
    everything = await _listing_requests(_spider(None))
    archived = {u for u in everything if u.endswith(".html")}
    archive = RecordingArchive(known=set(list(sorted(archived))[:2]))
    urls = await _listing_requests(_spider(archive))
    assert len(archive.questions) == 1
    assert set(archive.questions[0]) == archived  # the page's links, nothing else
    assert set(urls) == set(everything) - archive.known
