"""Downloader middlewares of the project."""

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
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.misc import load_object
from twisted.internet.defer import Deferred
from twisted.internet.task import deferLater
from twisted.internet.threads import deferToThread

from crawler import netguard

logger = logging.getLogger(__name__)


class AllowedHostsMiddleware:
    """Refuse any request to a host outside ``ALLOWED_HOSTS_ONLY`` (when that list is set).

    Crawls from a mirror (tests, ``newsarchive demo``) set it to the mirror's host, so no
    link, redirect or robots.txt lookup can reach a real site. It sees every hop: a redirect
    is a new request and passes through here again.
    """

    def __init__(self, hosts: list[str]) -> None:
        self.hosts = {host.lower() for host in hosts}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> AllowedHostsMiddleware:
        return cls(crawler.settings.getlist("ALLOWED_HOSTS_ONLY"))

    def process_request(self, request: Request) -> None:
        if not self.hosts:
            return
        host = (urlsplit(request.url).hostname or "").lower()
        if host not in self.hosts:
            raise IgnoreRequest(f"host {host!r} is not in ALLOWED_HOSTS_ONLY")


class _DisallowAll:
    """A robots.txt that allows nothing, for a site whose robots.txt cannot be read."""

    def allowed(self, url: str | bytes, user_agent: str | bytes | None) -> bool:
        return False


class RobotsTxtTryLaterMiddleware(RobotsTxtMiddleware):
    """robots.txt as RFC 9309 reads it: a 5xx answer or an unreachable file means "try
    later", never "allow all" (Scrapy's default). 4xx still means no restrictions."""

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


class RetryAfterMiddleware:
    """Honour ``Retry-After`` on 429 and 503 (Scrapy ignores it): no request goes to that
    host before the time the server asked for, then the request is retried (within
    ``RETRY_TIMES``). A wait longer than ``RETRY_AFTER_MAX`` seconds is not waited for in
    this run: the request fails and the next run picks the page up."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.max_wait = crawler.settings.getfloat("RETRY_AFTER_MAX", 600)
        self.not_before: dict[str, float] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RetryAfterMiddleware:
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


class DestinationGuardMiddleware:
    """Refuse requests to non-public addresses and non-HTTP schemes before connecting
    (see :mod:`crawler.netguard`); ``SSRF_ALLOWED_HOSTS`` lists exceptions."""

    def __init__(self, crawler: Crawler) -> None:
        settings = crawler.settings
        self.allowed = {h.lower() for h in settings.getlist("SSRF_ALLOWED_HOSTS")}
        resolver = settings.get("SSRF_RESOLVER")
        self.resolve = load_object(resolver) if resolver else netguard.system_resolver
        self.stats = crawler.stats
        # host -> its addresses, or the lookup error; resolved once per crawl, in a thread.
        self.resolved: dict[str, list[str] | OSError] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DestinationGuardMiddleware:
        return cls(crawler)

    def _lookup(self, host: str) -> list[str] | OSError:
        try:
            return list(self.resolve(host))
        except OSError as exc:
            return exc

    def _cached(self, host: str) -> list[str]:
        found = self.resolved[host]
        if isinstance(found, OSError):
            raise found
        return found

    async def process_request(self, request: Request) -> None:
        host = (urlsplit(request.url).hostname or "").lower()
        # Only names outside the allowlist need DNS; the lookup is blocking, so off the reactor.
        if (
            host
            and host not in self.allowed
            and host not in self.resolved
            and netguard.parse_ip(host) is None
        ):
            self.resolved[host] = await maybe_deferred_to_future(deferToThread(self._lookup, host))
        try:
            netguard.check(request.url, self.allowed, self._cached)
        except netguard.BlockedDestination as exc:
            self.stats.inc_value("netguard/blocked")
            logger.warning("refused before connecting: %s", exc)
            raise IgnoreRequest(f"blocked destination: {exc}") from exc
