"""Validate and normalise items before they reach the archive.

Rejections from extraction are dropped here with their reason, counted per reason in the
crawl stats (``archive/rejected/<reason>``) so the run row and ``health`` can report them.
"""

from __future__ import annotations

from datetime import timedelta

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from crawler.items import ArticleItem

# A publication time this far past the fetch time is a parsing error, not a scoop.
_FUTURE_TOLERANCE = timedelta(days=1)


class ValidatePipeline:
    def __init__(self, crawler: Crawler) -> None:
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ValidatePipeline:
        return cls(crawler)

    def process_item(self, item: ArticleItem) -> ArticleItem:
        if item.rejection is not None or item.record is None:
            reason = item.rejection.reason if item.rejection else "no record"
            detail = item.rejection.detail if item.rejection else ""
            self.stats.inc_value("archive/rejected")
            self.stats.inc_value(f"archive/rejected/{reason}")
            raise DropItem(f"rejected ({reason}) {item.url} {detail}".strip())
        record = item.record  # extraction already stores NFC text
        if record.published and record.published > item.fetched_at + _FUTURE_TOLERANCE:
            record.warnings.append(f"published date in the future: {record.published_raw!r}")
            record.published = None
        return item
