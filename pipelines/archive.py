"""Archive pipeline: items to batches, batches to the crawl's archive.

Items are buffered and handed to :class:`crawler.components.archive.CrawlArchive`
``ARCHIVE_BATCH_SIZE`` at a time; it writes each batch in a worker thread, one transaction
per batch, so the crawl never waits on the database between batches. Opening the pipeline
opens the archive (lock, run row): a site already being crawled closes this spider at once
with reason ``site_locked``.
"""

from __future__ import annotations

from typing import Any

from scrapy.crawler import Crawler

from crawler.components.archive import CrawlArchive
from crawler.db.repository import Fetched
from crawler.items import ArticleItem


class ArchivePipeline:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.archive = CrawlArchive.of(crawler)
        self.batch_size = crawler.settings.getint("ARCHIVE_BATCH_SIZE", 50)
        self.buffer: list[Fetched] = []

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArchivePipeline:
        return cls(crawler)

    def open_spider(self) -> None:
        spider: Any = self.crawler.spider
        self.archive.open(spider)

    async def process_item(self, item: ArticleItem) -> ArticleItem:
        assert item.record is not None, "ValidatePipeline must run first"
        if item.capture_failed:
            # Its WARC record could not be written (disk full): not stored, like a failed
            # batch, so the run ends incomplete and the next one fetches it again.
            self.archive.capture_lost(item.url)
            return item
        self.buffer.append(Fetched(item.record, item.fetched_at, item.capture))
        if len(self.buffer) >= self.batch_size:
            await self._flush()
        return item

    async def _flush(self) -> None:
        batch, self.buffer = self.buffer, []
        await self.archive.write(batch)

    async def close_spider(self) -> None:
        await self._flush()
        await self.archive.write_dead_links()
