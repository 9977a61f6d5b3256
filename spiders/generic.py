"""The generic family: any site, discovered from its sitemaps and feeds, extracted by
trafilatura alone (``--site generic``). Declare such a site in a config file with
``family = "generic"``; its ``robots.txt`` Sitemap lines are read unless ``sitemap_urls``
says otherwise.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable
from urllib.parse import urljoin

import scrapy
from scrapy.http import Response, TextResponse

from crawler.extract import GENERIC_RULES
from crawler.spider import PortalSpider

FEED_LINKS = (
    "link[rel=alternate][type='application/rss+xml']::attr(href), "
    "link[rel=alternate][type='application/atom+xml']::attr(href)"
)


class GenericSpider(PortalSpider):
    """Base for sites with no rules of their own: sitemaps from robots.txt, and the feeds
    the home page announces (``<link rel="alternate">``) unless the entry names feeds."""

    family = "generic"
    article_rules = GENERIC_RULES
    sitemap_paths = ("/robots.txt",)

    async def start(self) -> AsyncIterator[scrapy.Request]:
        async for request in super().start():
            yield request
        if not self.feed_paths:
            yield scrapy.Request(self.fetch_base + "/", callback=self.parse_home)

    def parse_home(self, response: Response) -> Iterable[scrapy.Request]:
        if not isinstance(response, TextResponse):
            return
        for href in response.css(FEED_LINKS).getall():
            feed = self.fetch_url(urljoin(self.real_url(response.url), href.strip()))
            yield scrapy.Request(feed, callback=self.parse_feed)
