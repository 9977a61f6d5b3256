"""Progress of a backfill: a bar on a terminal, plain log lines otherwise.

A Scrapy extension (``PROGRESS_ENABLED``). Progress is measured against the date floor:
listings are newest first, so the oldest date seen so far tells how far back the backfill
has come between "now" (or ``until``) and ``since``; the ETA extrapolates from that.
"""

from __future__ import annotations

import logging
import sys
import time
from datetime import UTC, datetime
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from tqdm import tqdm
from twisted.internet.task import LoopingCall

logger = logging.getLogger(__name__)


def fraction_done(spider: Any, now: datetime) -> float | None:
    """Share of the date window already walked, or ``None`` before any dated entry."""
    since, oldest = getattr(spider, "since", None), getattr(spider, "oldest_seen", None)
    if since is None or oldest is None:
        return None
    top = min(getattr(spider, "until", None) or now, now)
    span = (top - since).total_seconds()
    if span <= 0:
        return 1.0
    return max(0.0, min(1.0, (top - oldest).total_seconds() / span))


class BackfillProgress:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.tty = sys.stderr.isatty()
        default = 1.0 if self.tty else 30.0
        self.interval = crawler.settings.getfloat("PROGRESS_INTERVAL", default)
        self.started = time.monotonic()
        self.bar: tqdm | None = None
        self.loop = LoopingCall(self.report)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> BackfillProgress:
        if not crawler.settings.getbool("PROGRESS_ENABLED"):
            raise NotConfigured
        extension = cls(crawler)
        crawler.signals.connect(extension.opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.closed, signal=signals.spider_closed)
        return extension

    def opened(self) -> None:
        self.started = time.monotonic()
        if self.tty:
            self.bar = tqdm(
                total=100, unit="%", file=sys.stderr, bar_format="{l_bar}{bar}| {postfix}"
            )
        self.loop.start(self.interval, now=False)

    def line(self) -> tuple[str, float | None]:
        stats = self.crawler.stats.get_stats()
        spider = self.crawler.spider
        elapsed = time.monotonic() - self.started
        articles = sum(stats.get(f"archive/{k}", 0) for k in ("new", "updated", "unchanged"))
        done = fraction_done(spider, datetime.now(UTC))
        eta = "?"
        if done and done < 1:
            eta = time.strftime("%H:%M:%S", time.gmtime(elapsed * (1 - done) / done))
        oldest = getattr(spider, "oldest_seen", None)
        text = (
            f"{spider.name}: {stats.get('response_received_count', 0)} pages, "
            f"{stats.get('discovery/listing_pages', 0)} listing pages, {articles} articles "
            f"archived, {stats.get('archive/rejected', 0)} rejected, "
            f"{articles / elapsed if elapsed else 0:.1f} articles/s, back to "
            f"{oldest.date().isoformat() if oldest else '-'}, ETA {eta}"
        )
        return text, done

    def report(self) -> None:
        text, done = self.line()
        if self.bar is not None:
            self.bar.n = int((done or 0) * 100)
            self.bar.set_postfix_str(text, refresh=True)
        else:
            logger.info("progress %s", text)

    def closed(self) -> None:
        if self.loop.running:
            self.loop.stop()
        text, _ = self.line()
        if self.bar is not None:
            self.bar.close()
        logger.info("backfill done: %s", text)
