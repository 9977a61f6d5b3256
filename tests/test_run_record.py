"""The run record names every failure: redirects Scrapy drops (too many, or to another
host), retries that ran out (counted once), and the failing URLs themselves; and
``newsarchive runs`` shows them to the operator."""

from __future__ import annotations

import re
from typing import Any

import pytest
import pytest_twisted
import sqlalchemy as sa
from conftest import query_rows
from crawling import crawl

from crawler.cli import main
from crawler.components.run_outcome import Totals, run_fields
from crawler.db.models import CrawlRun
from crawler.testing.mirror import MirrorServer

REAL = "https://cdchoabinh.vn"
ARTICLE = "/news/hoat-dong/tiem-chung-mo-rong-dot-3-nam-2024-1201.html"
OTHER_ARTICLE = "/news/hoat-dong/hoi-nghi-so-ket-cong-tac-y-te-6-thang-dau-nam-2024-1234.html"


def _redirect(location: str, status: int = 301) -> tuple[int, dict[str, str], bytes]:
    return (status, {"Location": location}, b"")


async def _last_run(db_url: str, mirror: MirrorServer) -> Any:
    await crawl("cdchoabinh", mirror.url, db_url)
    return query_rows(db_url, sa.select(CrawlRun).order_by(CrawlRun.id.desc()))[0]


@pytest_twisted.ensureDeferred
async def test_site_moved_to_another_domain_is_not_a_quiet_finish(
    db_url: str, cdchoabinh_mirror: MirrorServer
) -> None:
    for path in ("/news/rss/", "/news/hoat-dong/"):
        cdchoabinh_mirror.scripted[path] = [_redirect(f"https://moved.example{path}")]
    run = await _last_run(db_url, cdchoabinh_mirror)
    assert run.status not in ("finished", "running") and run.errors == 2
    summary = run.error_summary
    assert summary["redirects"] == {"offsite": 2}
    moved = summary["failed_urls"]["redirect offsite"]
    assert moved["count"] == 2
    assert f"{REAL}/news/rss/ -> https://moved.example/news/rss/" in moved["urls"]


@pytest_twisted.ensureDeferred
async def test_redirect_limit_is_an_error_with_its_url(
    db_url: str, cdchoabinh_mirror: MirrorServer
) -> None:
    cdchoabinh_mirror.scripted[ARTICLE] = [_redirect("/hop/1", 302)]
    for hop in range(1, 10):
        cdchoabinh_mirror.scripted[f"/hop/{hop}"] = [_redirect(f"/hop/{hop + 1}", 302)]
    run = await _last_run(db_url, cdchoabinh_mirror)
    assert run.status == "finished_with_errors" and run.errors == 1
    assert run.error_summary["redirects"] == {"max_reached": 1}
    assert run.error_summary["failed_urls"]["redirect limit"] == {
        "count": 1,
        "urls": [REAL + ARTICLE],
    }
    assert run.articles_new == 2


@pytest_twisted.ensureDeferred
async def test_retries_exhausted_on_503_count_once_and_name_the_url(
    db_url: str, cdchoabinh_mirror: MirrorServer, capsys: pytest.CaptureFixture[str]
) -> None:
    cdchoabinh_mirror.scripted[ARTICLE] = [(503, {}, b"busy")]
    run = await _last_run(db_url, cdchoabinh_mirror)
    assert cdchoabinh_mirror.requests.count(ARTICLE) == 3  # RETRY_TIMES = 2
    assert run.status == "finished_with_errors"
    assert run.errors == 1  # not retry/max_reached + HTTP 503
    assert run.error_summary["http"] == {"503": 1}
    assert run.error_summary["failed_urls"] == {"HTTP 503": {"count": 1, "urls": [REAL + ARTICLE]}}

    capsys.readouterr()
    assert main(["runs", "cdchoabinh", "--db", db_url, "--limit", "5"]) == 0
    out = capsys.readouterr().out
    assert f"run {run.id} (routine): finished_with_errors" in out
    assert "errors 1" in out and "http: 503 ×1" in out
    assert f"HTTP 503 (1):\n    {REAL}{ARTICLE}" in out
    started = re.search(r"finished_with_errors, (\S+ \S+) – (\S+)", out)
    assert started and re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", started[1])
    assert re.fullmatch(r"\d\d:\d\d:\d\d", started[2])  # no microseconds


@pytest_twisted.ensureDeferred
async def test_a_deleted_article_is_not_listed_as_failing(
    db_url: str, cdchoabinh_mirror: MirrorServer
) -> None:
    cdchoabinh_mirror.scripted[OTHER_ARTICLE] = [(404, {}, b"gone")]
    run = await _last_run(db_url, cdchoabinh_mirror)
    assert run.status == "finished" and run.errors == 0
    assert "failed_urls" not in run.error_summary


def test_runs_of_an_unknown_site(sqlite_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["db", "upgrade", "--db", sqlite_url]) == 0
    assert main(["runs", "nosuchsite", "--db", sqlite_url]) == 1
    assert "no runs of nosuchsite" in capsys.readouterr().out


def test_retries_exhausted_on_download_errors_still_count() -> None:
    stats = {
        "retry/max_reached": 3,
        "downloader/exception_type_count/twisted.internet.error.TimeoutError": 9,
        "httperror/response_ignored_status_count/503": 1,
        "downloader/response_status_count/200": 4,
    }
    fields = run_fields(stats, "finished", Totals())
    assert fields["errors"] == 3  # two timeouts given up on, one 503
