"""The destination guard: refused before any connection, for every spelling of an address.

Nothing here opens a socket: the guard is checked directly, with a stand-in resolver.
"""

from __future__ import annotations

import pytest
from scrapy.utils.test import get_crawler

from crawler.components.destination_guard import (
    BlockedDestination,
    DestinationGuardMiddleware,
    check,
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
            "DESTINATION_GUARD_ALLOWED_HOSTS": ["Mirror.Example.vn"],
            "DESTINATION_GUARD_RESOLVER": f"{__name__}.resolver",
        }
    )
    guard = DestinationGuardMiddleware.from_crawler(crawler)
    assert guard.allowed == {"mirror.example.vn"}
    assert guard.resolve("intranet.example.vn") == ["10.0.0.5"]
