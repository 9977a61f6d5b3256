"""``Retry-After`` honoured on 429 and 503 (Scrapy's retry middleware ignores it).

No request goes to that host before the time the server asked for, then the request is
retried (within ``RETRY_TIMES``, through Scrapy's retry bookkeeping). A wait longer than
``RETRY_AFTER_MAX`` seconds is not waited for in this run: the request fails and the next
run picks the page up. ``RETRY_AFTER_ENABLED = False`` leaves such answers to Scrapy.
It must sit before Scrapy's ``RetryMiddleware`` (550) in the response chain, so that it
sees a 429/503 first.
"""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.retry import get_retry_request
from scrapy.exceptions import NotConfigured
from scrapy.http import Response
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.task import deferLater

logger = logging.getLogger(__name__)


def retry_after_seconds(value: bytes | None) -> float | None:
    """Seconds from a ``Retry-After`` header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    text = value.decode("latin-1").strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def reactor_module() -> Any:
    """The installed reactor, imported late: Scrapy chooses and installs it first."""
    from twisted.internet import reactor

    return reactor


class RetryAfterMiddleware:
    """Pause a host for as long as its ``Retry-After`` asks, then retry the request."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.max_wait = crawler.settings.getfloat("RETRY_AFTER_MAX", 600)
        # host -> monotonic time before which nothing is sent to it.
        self.not_before: dict[str, float] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RetryAfterMiddleware:
        if not crawler.settings.getbool("RETRY_AFTER_ENABLED", True):
            raise NotConfigured
        return cls(crawler)

    async def process_request(self, request: Request) -> None:
        host = urlsplit(request.url).netloc
        wait = self.not_before.get(host, 0) - time.monotonic()
        if wait > 0:
            await maybe_deferred_to_future(deferLater(reactor_module(), wait))

    def process_response(self, request: Request, response: Response) -> Request | Response:
        if response.status not in (429, 503):
            return response
        seconds = retry_after_seconds(response.headers.get(b"Retry-After"))
        if seconds is None:
            return response
        stats = self.crawler.stats
        stats.inc_value(f"retry_after/{response.status}")
        if seconds > self.max_wait:
            logger.warning(
                "%s asks to come back in %d s (over RETRY_AFTER_MAX): giving up on %s in this run",
                urlsplit(request.url).netloc,
                seconds,
                request.url,
            )
            return response
        host = urlsplit(request.url).netloc
        self.not_before[host] = max(self.not_before.get(host, 0), time.monotonic() + seconds)
        logger.info(
            "%s answered %d with Retry-After %d s: pausing that host",
            host,
            response.status,
            seconds,
        )
        retry = get_retry_request(
            request, spider=self.crawler.spider, reason=f"retry-after {response.status}"
        )
        return retry or response
