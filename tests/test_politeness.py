"""Politeness: robots.txt read as RFC 9309 says, Retry-After honoured, site delays."""

from __future__ import annotations

from pathlib import Path

import pytest
import pytest_twisted
import sqlalchemy as sa
from conftest import query_rows
from crawling import crawl

from crawler.components.retry_after import retry_after_seconds
from crawler.db.models import Article, CrawlRun
from crawler.mirror import mirror_path
from crawler.samples import mirror_root
from crawler.spider import PortalSpider
from crawler.testing.mirror import MirrorServer
from spiders.nukeviet import CdcHoaBinhSpider

ARTICLE = "/news/hoat-dong/hoi-nghi-so-ket-cong-tac-y-te-6-thang-dau-nam-2024-1234.html"


@pytest_twisted.ensureDeferred
async def test_robots_txt_5xx_means_try_later_not_allow_all(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    db = f"sqlite:///{tmp_path / 'archive.db'}"
    with MirrorServer(mirror_root("cdchoabinh")) as mirror:
        mirror.scripted["/robots.txt"] = [(503, {}, b"Service Unavailable")]
        outcome = await crawl("cdchoabinh", mirror.url, db)
        assert set(mirror.requests) == {"/robots.txt"}
    # Nothing could be read this time: the run failed (and says why), it is not "allowed".
    assert not outcome.ok
    assert outcome.summary().startswith("cdchoabinh: FAILED; no page fetched: ")
    assert "robots.txt unavailable ×1" in outcome.summary()
    assert "robots.txt of 127.0.0.1" in caplog.text and "answered HTTP 503" in caplog.text
    [run] = query_rows(db, sa.select(CrawlRun))
    assert run.status == "failed"
    assert run.error_summary["robots"] == {"unavailable": 1}
    assert query_rows(db, sa.select(sa.func.count()).select_from(Article)) == [(0,)]


@pytest_twisted.ensureDeferred
async def test_robots_txt_404_means_no_restrictions(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'archive.db'}"
    with MirrorServer(mirror_root("cdchoabinh")) as mirror:
        mirror.scripted["/robots.txt"] = [(404, {}, b"not found")]
        assert (await crawl("cdchoabinh", mirror.url, db)).ok
    assert query_rows(db, sa.select(sa.func.count()).select_from(Article)) == [(3,)]


@pytest.mark.slow  # waits the 2 s the server asks for
@pytest_twisted.ensureDeferred
async def test_retry_after_is_waited_for_before_the_retry(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'archive.db'}"
    with MirrorServer(mirror_root("cdchoabinh")) as mirror:
        page = (mirror_root("cdchoabinh") / mirror_path(ARTICLE)).read_bytes()
        mirror.scripted[ARTICLE] = [
            (503, {"Retry-After": "2"}, b"busy"),
            (200, {"Content-Type": "text/html; charset=utf-8"}, page),
        ]
        outcome = await crawl("cdchoabinh", mirror.url, db)
        times = [t for t, path in mirror.request_times if path == ARTICLE]
    assert outcome.ok, outcome.stats
    assert len(times) == 2 and times[1] - times[0] >= 2.0
    assert query_rows(db, sa.select(sa.func.count()).select_from(Article)) == [(3,)]


def test_retry_after_forms() -> None:
    assert retry_after_seconds(b"120") == 120
    assert retry_after_seconds(b"Wed, 21 Oct 2015 07:28:00 GMT") == 0  # in the past
    assert retry_after_seconds(b"soon") is None and retry_after_seconds(None) is None


def test_sites_are_polite_by_default() -> None:
    from scrapy.settings import Settings

    from crawler import settings as project

    settings = Settings()
    settings.setmodule(project)
    CdcHoaBinhSpider.update_settings(settings)
    assert settings.getfloat("DOWNLOAD_DELAY") == PortalSpider.request_delay >= 1
    assert settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN") == PortalSpider.max_concurrency
    assert settings.getbool("AUTOTHROTTLE_ENABLED") and settings.getbool("ROBOTSTXT_OBEY")
    assert "ProvincialNewsArchive/" in settings.get("USER_AGENT")
