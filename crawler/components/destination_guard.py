"""The destination guard: the crawler connects only to public http(s) hosts.

Provincial pages link and redirect anywhere; a crawler that follows a redirect to
``http://169.254.169.254/`` or ``http://10.0.0.5/admin`` becomes a proxy into the network
it runs in. Every request — redirects and robots.txt included, since each is a new request
through the downloader middlewares — is checked before any connection: the scheme must be
http or https, and the host must not be (or resolve to) a loopback, private, link-local,
multicast, reserved or unspecified address. IP literals in any spelling count
(``2130706433``, ``0x7f.1``, ``[::1]``).

Settings (``DESTINATION_GUARD_*`` only):

* ``DESTINATION_GUARD_ALLOWED_HOSTS`` — host names exempt from the check (a loopback mirror).
* ``DESTINATION_GUARD_RESOLVER`` — import path of a ``host -> addresses`` function used
  instead of the system resolver (tests give names private answers without real DNS).

There is no switch to turn the guard off: the exemption list is the only way past it.
The address checks (:func:`check`) are pure and tested without a crawl.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
from collections.abc import Callable, Iterable
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.misc import load_object
from twisted.internet.threads import deferToThread

logger = logging.getLogger(__name__)

Resolver = Callable[[str], Iterable[str]]
ALLOWED_SCHEMES = ("http", "https")


class BlockedDestination(Exception):
    """A URL the crawler must not connect to; the message says why."""


def system_resolver(host: str) -> list[str]:
    return sorted({info[4][0] for info in socket.getaddrinfo(host, None)})


def parse_ip(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """An IP address however it is written (dotted, decimal, hex, octal, short), or None."""
    host = host.strip("[]")
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        pass
    try:
        # inet_aton accepts the legacy forms browsers and libc accept: 2130706433, 0x7f.1
        return ipaddress.IPv4Address(socket.inet_aton(host))
    except (OSError, ValueError):
        return None


def is_public(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    return not (
        address.is_private
        or address.is_loopback
        or address.is_link_local
        or address.is_multicast
        or address.is_reserved
        or address.is_unspecified
    )


def check(url: str, allowed_hosts: set[str], resolve: Resolver = system_resolver) -> None:
    """Raise :class:`BlockedDestination` unless ``url`` may be fetched."""
    parts = urlsplit(url)
    if parts.scheme not in ALLOWED_SCHEMES:
        raise BlockedDestination(f"scheme {parts.scheme!r} is not fetched: {url}")
    host = (parts.hostname or "").lower()
    if not host:
        raise BlockedDestination(f"no host in {url}")
    if host in allowed_hosts:
        return
    literal = parse_ip(host)
    if literal is not None:
        if not is_public(literal):
            raise BlockedDestination(f"{host} is not a public address")
        return
    try:
        addresses = [ipaddress.ip_address(a.split("%")[0]) for a in resolve(host)]
    except (OSError, ValueError) as exc:
        raise BlockedDestination(f"{host} does not resolve: {exc}") from exc
    private = [str(a) for a in addresses if not is_public(a)]
    if private:
        raise BlockedDestination(f"{host} resolves to non-public {', '.join(private)}")


class DestinationGuardMiddleware:
    """Refuse requests to non-public addresses and non-HTTP schemes before connecting."""

    def __init__(self, crawler: Crawler) -> None:
        settings = crawler.settings
        allowed = settings.getlist("DESTINATION_GUARD_ALLOWED_HOSTS")
        self.allowed = {h.lower() for h in allowed}
        resolver = settings.get("DESTINATION_GUARD_RESOLVER")
        self.resolve: Resolver = load_object(resolver) if resolver else system_resolver
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
            and parse_ip(host) is None
        ):
            self.resolved[host] = await maybe_deferred_to_future(deferToThread(self._lookup, host))
        try:
            check(request.url, self.allowed, self._cached)
        except BlockedDestination as exc:
            self.stats.inc_value("destination_guard/blocked")
            logger.warning("refused before connecting: %s", exc)
            raise IgnoreRequest(f"blocked destination: {exc}") from exc
