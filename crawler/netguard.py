"""Where the crawler may connect: public http(s) hosts only, unless a host is allowed.

Provincial pages link and redirect anywhere; a crawler that follows a redirect to
``http://169.254.169.254/`` or ``http://10.0.0.5/admin`` becomes a proxy into the network
it runs in. Every request — redirects and robots.txt included, since each is a new request
through the downloader middlewares — is checked before any connection: the scheme must be
http or https, and the host must not be (or resolve to) a loopback, private, link-local,
multicast, reserved or unspecified address. IP literals in any spelling count
(``2130706433``, ``0x7f.1``, ``[::1]``). ``SSRF_ALLOWED_HOSTS`` lists exceptions such as a
local mirror.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Iterable
from urllib.parse import urlsplit

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
