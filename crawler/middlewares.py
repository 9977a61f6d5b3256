"""Downloader middlewares of the project."""

from __future__ import annotations

from urllib.parse import urlsplit

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest


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
