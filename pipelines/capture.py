"""A ``metadata`` record per extracted page in the crawl's WARC files: which rules read it
and what came of it (stored, or rejected with the reason), next to its response record,
so the WARC files alone say how each page was understood."""

from __future__ import annotations

from scrapy.crawler import Crawler

from crawler.components.capture import WarcCaptureMiddleware
from crawler.items import ArticleItem


class CaptureMetadataPipeline:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CaptureMetadataPipeline:
        return cls(crawler)

    def process_item(self, item: ArticleItem) -> ArticleItem:
        capture = self.crawler.get_downloader_middleware(WarcCaptureMiddleware)
        if capture is None or item.capture is None:
            return item
        spider = self.crawler.spider
        if item.record is not None:
            outcome = "article"
            version = item.record.rules_version or getattr(spider, "rules_version", "")
        else:
            reason = item.rejection.reason if item.rejection else "no record"
            outcome, version = f"rejected: {reason}", getattr(spider, "rules_version", "")
        capture.write_metadata(
            item.fetched_url,
            {
                "site": item.site,
                "site-uri": item.url,
                "rules-version": version or "",
                "extraction": outcome,
                "warc-record": f"{item.capture[0]}:{item.capture[1]}",
            },
        )
        return item
