"""robots.txt as RFC 9309 reads it: an unreadable robots.txt means "try later".

Scrapy's ``RobotsTxtMiddleware`` treats a 5xx answer or an unreachable robots.txt as "allow
all"; RFC 9309 says the crawler must then assume complete disallow. This subclass replaces
it (same ``ROBOTSTXT_*`` settings, off when ``ROBOTSTXT_OBEY`` is false): nothing is fetched
from such a site in this run, the run records it (``robotstxt/unavailable``), and the next
run asks again. A 4xx answer still means no restrictions.
"""

from __future__ import annotations

import logging

from scrapy import Request
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from twisted.internet.defer import Deferred

logger = logging.getLogger(__name__)


class _DisallowAll:
    """A robots.txt that allows nothing, for a site whose robots.txt cannot be read."""

    def allowed(self, url: str | bytes, user_agent: str | bytes | None) -> bool:
        return False


class RobotsTxtTryLaterMiddleware(RobotsTxtMiddleware):
    """Scrapy's robots.txt handling, except that 5xx, 429 and fetch errors mean "try later"."""

    async def _parse_robots(self, response: Response, netloc: str, request: Request) -> None:
        if response.status >= 500 or response.status == 429:
            self._unavailable(netloc, f"answered HTTP {response.status}")
            return
        await super()._parse_robots(response, netloc, request)

    def _robots_error(self, exc: Exception, netloc: str) -> None:
        if isinstance(exc, IgnoreRequest):
            super()._robots_error(exc, netloc)
            return
        self._unavailable(netloc, f"could not be fetched ({type(exc).__name__})")

    def _unavailable(self, netloc: str, why: str) -> None:
        logger.warning(
            "robots.txt of %s %s: nothing is fetched from it in this run; the next run tries again",
            netloc,
            why,
        )
        self._stats.inc_value("robotstxt/unavailable")
        waiting = self._parsers[netloc]
        self._parsers[netloc] = _DisallowAll()  # type: ignore[assignment]
        if isinstance(waiting, Deferred):
            waiting.callback(self._parsers[netloc])
