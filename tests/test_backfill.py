"""Backfills: a date floor, progress, and resuming after kill -9 at any point.

The backfill to a date floor runs in this process (``tests/crawling.py``); killing one with
SIGKILL and resuming it needs ``newsarchive backfill`` as a child process (``slow``).
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import pytest_twisted
import sqlalchemy as sa
from clirunner import REPO
from conftest import archived_urls
from crawling import crawl

from crawler.crawl import BACKFILL_SETTINGS
from crawler.db.models import ArticleVersion, BackfillJob, BackfillPage
from crawler.db.session import make_engine
from crawler.testing.generate import build
from crawler.testing.mirror import MirrorServer

ICT = timezone(timedelta(hours=7))
NEWEST = datetime(2024, 7, 20, 9, 0, tzinfo=ICT)
COUNT, PER_PAGE, STEP = 60, 8, timedelta(days=3)
SINCE = "2024-03-01"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, set[str]]:
    root = tmp_path_factory.mktemp("mirror")
    articles = build(root, COUNT, PER_PAGE, NEWEST, STEP)
    floor = datetime.fromisoformat(SINCE).replace(tzinfo=ICT)
    wanted = {f"https://cdchoabinh.vn{path}" for path, when in articles if when >= floor}
    return root, wanted


@pytest_twisted.ensureDeferred
async def test_backfill_walks_back_to_the_date_floor(
    site: tuple[Path, set[str]], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    root, wanted = site
    db = f"sqlite:///{tmp_path / 'a.db'}"
    with MirrorServer(root) as mirror:
        outcome = await crawl("cdchoabinh", mirror.url, db, since=SINCE, settings=BACKFILL_SETTINGS)
        listing_pages = {p for p in mirror.requests if p.startswith("/news/hoat-dong/page-")}
    assert outcome.ok, outcome.stats
    assert set(archived_urls(db)) == wanted and len(wanted) == 48
    # 48 articles at 8 a page: page 7 starts below the floor; page 8 is never read.
    assert max(int(p.split("-")[-1].strip("/")) for p in listing_pages) == 7
    assert "progress cdchoabinh:" in caplog.text or "backfill done: cdchoabinh:" in caplog.text


@pytest.mark.slow
@pytest.mark.parametrize("kill_after", [3, 20, 40])
def test_backfill_killed_with_sigkill_resumes_to_the_same_articles(
    site: tuple[Path, set[str]], tmp_path: Path, kill_after: int
) -> None:
    root, wanted = site
    path = tmp_path / "b.db"
    db = f"sqlite:///{path}"
    command = [
        sys.executable,
        "-m",
        "crawler.cli",
        "backfill",
        "cdchoabinh",
        "--since",
        SINCE,
        "--db",
        db,
        "--log-level",
        "INFO",
    ]
    with MirrorServer(root) as mirror:
        mirror.delay = 0.1  # a slow site, so the kill lands mid-crawl
        process = subprocess.Popen(
            [*command, "--mirror", mirror.url],
            cwd=REPO,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 60
        while (
            sum(p.startswith("/news/hoat-dong/bai-") for p in list(mirror.requests)) < kill_after
            and time.monotonic() < deadline
            and process.poll() is None
        ):
            time.sleep(0.01)
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        before = set(archived_urls(db))
        assert before < wanted  # interrupted part-way
        engine = make_engine(db)
        with engine.connect() as connection:
            pages_read = connection.scalar(sa.select(sa.func.count()).select_from(BackfillPage))
        engine.dispose()
        assert pages_read >= 1
        served_before = len(mirror.requests)
        mirror.delay = 0
        resumed = subprocess.run(
            [*command, "--mirror", mirror.url],
            cwd=REPO,
            capture_output=True,
            text=True,
            check=False,
        )
        again = mirror.requests[served_before:]
    assert resumed.returncode == 0, resumed.stderr[-3000:]
    after = archived_urls(db)
    assert set(after) == wanted and len(after) == len(set(after))
    # Nothing archived before the kill is fetched again.
    refetched = {f"https://cdchoabinh.vn{p}" for p in again} & before
    assert refetched == set()
    engine = make_engine(db)
    with engine.connect() as connection:
        versions = connection.scalar(sa.select(sa.func.count()).select_from(ArticleVersion))
        jobs = connection.execute(sa.select(BackfillJob.status)).scalars().all()
    engine.dispose()
    assert versions == len(after) and jobs == ["finished"]
    fetched = sum(p.startswith("/news/hoat-dong/bai-") for p in again)
    print(
        f"\nkilled after {kill_after} article requests: {len(before)} archived, "
        f"{pages_read} listing pages recorded; resume fetched {fetched} articles for the "
        f"remaining {len(wanted) - len(before)}; final {len(after)} == uninterrupted"
    )
    # Listing pages read before the kill are not walked again.
    assert f"resumed an interrupted backfill ({pages_read} listing pages" in resumed.stdout
    assert "/news/hoat-dong/" not in again
    assert not {f"/news/hoat-dong/page-{n}/" for n in range(2, pages_read + 1)} & set(again)
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
