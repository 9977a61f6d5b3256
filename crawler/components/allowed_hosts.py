"""The mirror host allowlist: a crawl from a mirror reaches nothing but the mirror.

Crawls from a mirror (tests, ``newsarchive demo``) set ``ALLOWED_HOSTS_ONLY`` to the
mirror's host (a loopback address or ``localhost``; anything else is refused), so no
link, redirect or robots.txt lookup can reach a real site. Unlike the
destination guard, which refuses private addresses, this refuses every *other* host, public
or not. It sees every hop: a redirect is a new request and passes through here again.
Ordinary crawls leave the list empty, and the component is then not built at all.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, NotConfigured

from crawler.components.destination_guard import refuse_non_loopback


class AllowedHostsMiddleware:
    """Refuse any request to a host outside ``ALLOWED_HOSTS_ONLY``."""

    def __init__(self, hosts: list[str]) -> None:
        # The list exists to keep a crawl on this machine; a remote entry defeats it.
        refuse_non_loopback("ALLOWED_HOSTS_ONLY", hosts)
        self.hosts = {host.lower() for host in hosts}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> AllowedHostsMiddleware:
        hosts = crawler.settings.getlist("ALLOWED_HOSTS_ONLY")
        if not hosts:
            # No message: Scrapy would log one as a warning on every ordinary crawl.
            raise NotConfigured
        return cls(hosts)

    def process_request(self, request: Request) -> None:
        host = (urlsplit(request.url).hostname or "").lower()
        if host not in self.hosts:
            raise IgnoreRequest(f"host {host!r} is not in ALLOWED_HOSTS_ONLY")
