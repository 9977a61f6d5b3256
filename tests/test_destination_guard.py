"""The destination guard: refused before any connection, for every spelling of an address.

Nothing here opens a socket: the guard is checked directly, with a stand-in resolver.
"""

from __future__ import annotations

import pytest
import scrapy.resolver
from scrapy.utils.test import get_crawler
from twisted.internet import defer
from twisted.internet.base import ThreadedResolver
from twisted.internet.error import DNSLookupError
from twisted.python.failure import Failure

from crawler.components.allowed_hosts import AllowedHostsMiddleware
from crawler.components.destination_guard import (
    BlockedDestination,
    DestinationGuardMiddleware,
    GuardedResolver,
    check,
    is_loopback_host,
    is_public,
    parse_ip,
)


def resolver(host: str) -> list[str]:
    return {
        "intranet.example.vn": ["10.0.0.5"],
        "dual.example.vn": ["203.162.4.1", "fd00::1"],
        "news.example.vn": ["203.162.4.1"],
    }[host]


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://localhost.localdomain.invalid@127.0.0.1/",
        "http://2130706433/",
        "http://0x7f000001/",
        "http://0177.0.0.1/",
        "http://127.1/",
        "http://[::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://169.254.169.254/latest/meta-data/",
        "http://10.1.2.3/",
        "http://192.168.1.1/",
        "http://172.16.0.1/",
        "http://0.0.0.0/",
        "http://[fe80::1]/",
        "http://224.0.0.1/",
        "http://intranet.example.vn/",
        "http://dual.example.vn/",
        "file:///etc/passwd",
        "ftp://files.example.vn/a",
        "data:text/html,<p>x</p>",
        "gopher://x/",
    ],
)
def test_refused(url: str) -> None:
    with pytest.raises(BlockedDestination):
        check(url, set(), resolver)


@pytest.mark.parametrize(
    "url", ["https://news.example.vn/a.html", "http://203.162.4.1/x", "https://[2001:ee0::1]/"]
)
def test_public_destinations_pass(url: str) -> None:
    check(url, set(), resolver)


def test_explicitly_allowed_hosts_pass() -> None:
    check("http://127.0.0.1:8080/news/", {"127.0.0.1"}, resolver)
    with pytest.raises(BlockedDestination):
        check("http://127.0.0.2:8080/news/", {"127.0.0.1"}, resolver)


def test_unresolvable_names_are_refused() -> None:
    def broken(host: str) -> list[str]:
        raise OSError("Name or service not known")

    with pytest.raises(BlockedDestination, match="does not resolve"):
        check("http://no-such-host.invalid/", set(), broken)


def test_the_middleware_reads_its_own_settings() -> None:
    crawler = get_crawler(
        settings_dict={
            "DESTINATION_GUARD_ALLOWED_HOSTS": ["LocalHost", "127.0.0.1"],
            "DESTINATION_GUARD_RESOLVER": f"{__name__}.resolver",
        }
    )
    guard = DestinationGuardMiddleware.from_crawler(crawler)
    assert guard.allowed == {"localhost", "127.0.0.1"}
    assert guard.resolve("intranet.example.vn") == ["10.0.0.5"]


# Every range of the IANA IPv4 and IPv6 special-purpose address registries, with an address
# in it that the guard must refuse (as a literal and as a name's DNS answer).
SPECIAL_PURPOSE = [
    ("0.0.0.0/8 this network", "0.1.2.3"),
    ("10.0.0.0/8 private", "10.255.0.1"),
    ("100.64.0.0/10 carrier-grade NAT", "100.64.0.1"),
    ("100.64.0.0/10 cloud metadata", "100.100.100.200"),
    ("127.0.0.0/8 loopback", "127.3.2.1"),
    ("169.254.0.0/16 link-local", "169.254.169.254"),
    ("172.16.0.0/12 private", "172.31.255.254"),
    ("192.0.0.0/24 IETF protocol assignments", "192.0.0.8"),
    ("192.0.0.0/24 PCP anycast", "192.0.0.9"),
    ("192.0.2.0/24 TEST-NET-1", "192.0.2.10"),
    ("192.31.196.0/24 AS112-v4", "192.31.196.1"),
    ("192.52.193.0/24 AMT", "192.52.193.1"),
    ("192.88.99.0/24 6to4 relay anycast", "192.88.99.1"),
    ("192.168.0.0/16 private", "192.168.0.1"),
    ("192.175.48.0/24 AS112 direct delegation", "192.175.48.6"),
    ("198.18.0.0/15 benchmarking", "198.19.0.1"),
    ("198.51.100.0/24 TEST-NET-2", "198.51.100.7"),
    ("203.0.113.0/24 TEST-NET-3", "203.0.113.9"),
    ("240.0.0.0/4 reserved", "250.1.2.3"),
    ("255.255.255.255/32 broadcast", "255.255.255.255"),
    ("224.0.0.0/4 multicast", "239.255.255.250"),
    ("::1/128 loopback", "::1"),
    ("::/128 unspecified", "::"),
    ("::ffff:0:0/96 IPv4-mapped private", "::ffff:10.0.0.1"),
    ("::ffff:0:0/96 IPv4-mapped loopback", "::ffff:127.0.0.1"),
    ("::ffff:0:0/96 IPv4-mapped CGNAT", "::ffff:100.100.100.200"),
    ("64:ff9b::/96 NAT64 of private", "64:ff9b::a00:1"),
    ("64:ff9b::/96 NAT64 of metadata", "64:ff9b::a9fe:a9fe"),
    ("64:ff9b:1::/48 local-use NAT64", "64:ff9b:1::808:808"),
    ("100::/64 discard-only", "100::1"),
    ("2001::/23 IETF protocol assignments", "2001:3::1"),
    ("2001::/32 Teredo", "2001:0:4136:e378:8000:63bf:3fff:fdd2"),
    ("2001::/32 Teredo of private", "2001::f5ff:fffe"),
    ("2001:db8::/32 documentation", "2001:db8::1"),
    ("2002::/16 6to4 of private", "2002:a00:1::"),
    ("2002::/16 6to4 of loopback", "2002:7f00:1::1"),
    ("2002::/16 6to4 of link-local", "2002:a9fe:a9fe::"),
    ("2002::/16 6to4 of CGNAT", "2002:6464:64c8::"),
    ("fc00::/7 unique local", "fd12:3456::1"),
    ("fe80::/10 link-local", "fe80::1"),
    ("fec0::/10 site-local", "fec0::1"),
    ("ff00::/8 multicast", "ff02::1"),
]


@pytest.mark.parametrize(
    "address", [a for _, a in SPECIAL_PURPOSE], ids=[n for n, _ in SPECIAL_PURPOSE]
)
def test_every_special_purpose_range_is_refused(address: str) -> None:
    assert not is_public(parse_ip(address))
    literal = f"[{address}]" if ":" in address else address
    with pytest.raises(BlockedDestination):
        check(f"http://{literal}/", set(), resolver)
    with pytest.raises(BlockedDestination):
        check("http://rebound.example.vn/", set(), lambda host: [address])


# Values only: nothing here is ever connected to.
GLOBAL = ["8.8.8.8", "203.162.4.1", "2606:4700::1111", "2002:808:808::1", "::ffff:8.8.8.8"]


@pytest.mark.parametrize("address", GLOBAL)
def test_globally_routable_unicast_passes(address: str) -> None:
    assert is_public(parse_ip(address))
    check("http://news.example.vn/", set(), lambda host: [address])


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("localhost", True),
        ("127.0.0.1", True),
        ("127.9.9.9", True),
        ("::1", True),
        ("[::1]", True),
        ("10.0.0.1", False),
        ("100.100.100.200", False),
        ("mirror.example.vn", False),
        ("", False),
    ],
)
def test_only_loopback_hosts_count_as_this_machine(host: str, loopback: bool) -> None:
    assert is_loopback_host(host) is loopback


@pytest.mark.parametrize("setting", ["DESTINATION_GUARD_ALLOWED_HOSTS", "ALLOWED_HOSTS_ONLY"])
def test_allowlists_refuse_hosts_that_are_not_loopback(setting: str) -> None:
    crawler = get_crawler(settings_dict={setting: ["127.0.0.1", "10.0.0.1"]})
    component = (
        DestinationGuardMiddleware
        if setting == "DESTINATION_GUARD_ALLOWED_HOSTS"
        else AllowedHostsMiddleware
    )
    with pytest.raises(ValueError, match=f"{setting} may list only loopback.*10.0.0.1"):
        component.from_crawler(crawler)


def _answer(resolver: GuardedResolver, name: str) -> str | Failure:
    """What the resolver gives the connection for ``name`` (the stand-in answers at once)."""
    results: list[str | Failure] = []
    resolver.getHostByName(name).addBoth(results.append)
    return results[0]


@pytest.mark.parametrize(
    ("name", "dns_answer", "connected"),
    [
        ("news.example.vn", "203.162.4.1", True),
        ("rebound.example.vn", "10.0.0.5", False),  # public to the middleware, then private
        ("rebound.example.vn", "100.100.100.200", False),
        ("rebound.example.vn", "127.0.0.1", False),
        ("127.0.0.1", "127.0.0.1", True),  # the allowed mirror
        ("localhost", "127.0.0.1", True),
    ],
)
def test_the_connection_resolver_answers_only_allowed_addresses(
    name: str, dns_answer: str, connected: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The address the download connects to is judged again when it is resolved (so a
    name re-pointed after the middleware's check is not connected to). No real lookup: the
    system resolver is replaced by a fixed answer."""
    monkeypatch.setattr(scrapy.resolver.dnscache, "limit", scrapy.resolver.dnscache.limit)
    monkeypatch.setattr(
        ThreadedResolver, "getHostByName", lambda self, name, timeout=(): defer.succeed(dns_answer)
    )
    crawler = get_crawler(
        settings_dict={
            "DESTINATION_GUARD_ALLOWED_HOSTS": ["127.0.0.1", "localhost"],
            "DNSCACHE_ENABLED": False,
        }
    )
    resolver = GuardedResolver.from_crawler(crawler, reactor=None)
    answer = _answer(resolver, name)
    if connected:
        assert answer == dns_answer
    else:
        assert isinstance(answer, Failure) and answer.check(DNSLookupError)
        assert "non-public" in str(answer.value)


def test_crawls_install_the_guarded_resolver() -> None:
    from crawler.crawl import project_settings

    settings = project_settings("sqlite://", [])
    assert settings["TWISTED_DNS_RESOLVER"].endswith("destination_guard.GuardedResolver")
