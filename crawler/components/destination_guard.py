"""The destination guard: the crawler connects only to public http(s) hosts.

Provincial pages link and redirect anywhere; a crawler that follows a redirect to
``http://169.254.169.254/`` or ``http://10.0.0.5/admin`` becomes a proxy into the network
it runs in. Every request — redirects and robots.txt included, since each is a new request
through the downloader middlewares — is checked before any connection: the scheme must be
http or https, and the host must be (and resolve only to) globally routable unicast
addresses: no loopback, private, carrier-grade NAT, link-local, site-local, multicast,
reserved, documentation or other special-purpose address, nor an IPv6 form wrapping one
(``::ffff:10.0.0.1``, 6to4 ``2002:a00:1::``, NAT64, Teredo). IP literals in any spelling
count (``2130706433``, ``0x7f.1``, ``[::1]``).

Settings (``DESTINATION_GUARD_*`` only):

* ``DESTINATION_GUARD_ALLOWED_HOSTS`` — hosts exempt from the check (a loopback mirror);
  only loopback addresses and ``localhost`` may be listed, so the exemption can never open
  the way to another machine.
* ``DESTINATION_GUARD_RESOLVER`` — import path of a ``host -> addresses`` function used
  instead of the system resolver (tests give names private answers without real DNS).

There is no switch to turn the guard off: the exemption list is the only way past it.
The address checks (:func:`check`) are pure and tested without a crawl.

The middleware resolves a name to judge it, and the download resolves it again to connect:
a name whose DNS answer changes in between (rebinding) would pass the first look and
connect to the second. :class:`GuardedResolver` closes that gap for ``newsarchive`` crawls
(``crawler.crawl.project_settings`` installs it as ``TWISTED_DNS_RESOLVER``): the address a
connection is made to is judged by the same rule when it is resolved, so the address
checked is the address connected to.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
from collections.abc import Callable, Iterable, Sequence
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.resolver import CachingThreadedResolver
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.misc import load_object
from twisted.internet.base import ReactorBase
from twisted.internet.defer import Deferred
from twisted.internet.error import DNSLookupError
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


# Every range of the IANA IPv4 and IPv6 special-purpose address registries, refused
# whatever ``ipaddress`` thinks of it: its ``is_global`` differs between Python releases
# (3.11 calls 3fff::/20 and 192.31.196.0/24 global) and counts as global ranges that are
# anycast services or relays (AS112, AMT, 6to4 relays), which a news page never is.
REFUSED_NETWORKS = tuple(
    ipaddress.ip_network(net)
    for net in (
        "0.0.0.0/8",  # "this network"
        "10.0.0.0/8",
        "100.64.0.0/10",  # carrier-grade NAT; 100.100.100.200 is a cloud metadata service
        "127.0.0.0/8",
        "169.254.0.0/16",
        "172.16.0.0/12",
        "192.0.0.0/24",  # IETF protocol assignments, 192.0.0.9 and .10 included
        "192.0.2.0/24",
        "192.31.196.0/24",  # AS112
        "192.52.193.0/24",  # AMT
        "192.88.99.0/24",  # 6to4 relay anycast
        "192.168.0.0/16",
        "192.175.48.0/24",  # AS112 direct delegation
        "198.18.0.0/15",
        "198.51.100.0/24",
        "203.0.113.0/24",
        "224.0.0.0/4",
        "240.0.0.0/4",
        "255.255.255.255/32",
        "::/128",
        "::1/128",
        "64:ff9b:1::/48",  # local-use NAT64
        "100::/64",  # discard-only
        "2001::/23",  # IETF protocol assignments, Teredo 2001::/32 included
        "2001:db8::/32",
        "2620:4f:8000::/48",  # AS112
        "3fff::/20",  # documentation
        "5f00::/16",  # SRv6 SIDs
        "fc00::/7",
        "fe80::/10",
        "fec0::/10",  # deprecated site-local, still routed inside some networks
        "ff00::/8",
    )
)
NAT64 = ipaddress.IPv6Network("64:ff9b::/96")


def embedded_ipv4(address: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address carries and reaches (IPv4-mapped, 6to4, NAT64), or
    None: a connection to ``2002:a00:1::`` ends at 10.0.0.1, so that is what is judged."""
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address in NAT64:
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def is_public(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """Whether the crawler may connect to ``address``: globally routable unicast only.

    An allowlist, not a list of known-bad flags: ``is_private`` alone passes carrier-grade
    NAT, site-local and the IPv6 forms that wrap a private IPv4 address.
    """
    if isinstance(address, ipaddress.IPv6Address):
        if address.teredo is not None and not all(map(is_public, address.teredo)):
            return False
        inner = embedded_ipv4(address)
        if inner is not None:
            return is_public(inner)
        if address.is_site_local:
            return False
    if any(address in network for network in REFUSED_NETWORKS):
        return False
    return address.is_global and not (
        address.is_private
        or address.is_loopback
        or address.is_link_local
        or address.is_multicast
        or address.is_reserved
        or address.is_unspecified
    )


def is_loopback_host(host: str) -> bool:
    """Whether ``host`` (a URL's host) is this machine: ``localhost``, 127.0.0.0/8 or ::1.
    The only hosts a mirror or an allowlist may name."""
    host = host.strip().lower().rstrip(".")
    if host == "localhost":
        return True
    address = parse_ip(host)
    return address is not None and address.is_loopback


def refuse_non_loopback(setting: str, hosts: Iterable[str]) -> None:
    """Raise ``ValueError`` naming ``setting`` if any of ``hosts`` is not loopback."""
    outside = [host for host in hosts if not is_loopback_host(host)]
    if outside:
        raise ValueError(
            f"{setting} may list only loopback hosts (127.0.0.0/8, ::1, localhost), "
            f"not {', '.join(outside)}"
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
        refuse_non_loopback("DESTINATION_GUARD_ALLOWED_HOSTS", allowed)
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


class GuardedResolver(CachingThreadedResolver):
    """Scrapy's DNS resolver, answering only addresses the guard allows.

    Every connection the downloader makes resolves through here (Twisted's endpoints use
    the reactor's resolver), and this resolver returns a single address, so the address
    judged is the one connected to. A non-public answer for a host outside
    ``DESTINATION_GUARD_ALLOWED_HOSTS`` fails the lookup (``DNSLookupError``), a download
    error like any unresolvable name.
    """

    allowed: frozenset[str] = frozenset()

    @classmethod
    def from_crawler(cls, crawler: Crawler, reactor: ReactorBase) -> GuardedResolver:
        resolver = super().from_crawler(crawler, reactor)
        allowed = crawler.settings.getlist("DESTINATION_GUARD_ALLOWED_HOSTS")
        refuse_non_loopback("DESTINATION_GUARD_ALLOWED_HOSTS", allowed)
        resolver.allowed = frozenset(host.lower() for host in allowed)
        return resolver

    def getHostByName(self, name: str, timeout: Sequence[int] = ()) -> Deferred[str]:
        found = super().getHostByName(name, timeout)
        found.addCallback(self.vet, name)
        return found

    def vet(self, address: str, name: str) -> str:
        """``address`` if ``name`` may be connected to at it; else ``DNSLookupError``."""
        if name.lower() in self.allowed:
            return address
        parsed = parse_ip(address)
        if parsed is None or not is_public(parsed):
            raise DNSLookupError(f"{name} resolved to non-public {address}; not connected")
        return address
