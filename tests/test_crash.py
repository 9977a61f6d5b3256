"""Crashes and concurrency: kill -9 anywhere, two writers, the database going away, a full
disk. The archive stays consistent and the next run completes what was missing.

Killing a crawler and two crawler processes sharing one SQLite file need real processes
(``newsarchive crawl`` started as a child, ``slow``); the database going away and the full
disk are the crawl's own behaviour and run in this process (``tests/crawling.py``).
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import pytest_twisted
import sqlalchemy as sa
from clirunner import REPO
from conftest import archived_urls
from crawling import crawl

from crawler.cli import main
from crawler.crawl import CrawlOutcome
from crawler.db.models import ArticleVersion, CrawlRun
from crawler.db.session import make_engine
from crawler.samples import mirror_root
from crawler.testing.generate import build
from crawler.testing.mirror import MirrorServer

ICT = timezone(timedelta(hours=7))
COUNT = 40


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, set[str]]:
    root = tmp_path_factory.mktemp("site")
    articles = build(root, COUNT, 10, datetime(2024, 7, 20, 9, 0, tzinfo=ICT), timedelta(days=1))
    return root, {f"https://cdchoabinh.vn{path}" for path, _ in articles}


def crawl_command(mirror: MirrorServer, db: str, *extra: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "crawler.cli",
        "crawl",
        "cdchoabinh",
        "--mirror",
        mirror.url,
        "--db",
        db,
        "--max-pages",
        "100",
        "-s",
        "ARCHIVE_BATCH_SIZE=3",
        *extra,
    ]


async def crawl_in_process(mirror: MirrorServer, db: str, **settings: object) -> CrawlOutcome:
    """The crawl of :func:`crawl_command`, run in this process."""
    return await crawl(
        "cdchoabinh",
        mirror.url,
        db,
        max_pages=100,
        settings={"ARCHIVE_BATCH_SIZE": 3, **settings},
    )


@pytest.mark.slow
def test_kill_9_at_20_random_points_then_rerun(site: tuple[Path, set[str]], tmp_path: Path) -> None:
    root, wanted = site
    path = tmp_path / "archive.db"
    db = f"sqlite:///{path}"
    rng = random.Random(20261124)
    with MirrorServer(root) as mirror:
        mirror.delay = 0.03
        for _ in range(20):
            process = subprocess.Popen(
                crawl_command(mirror, db),
                cwd=REPO,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            time.sleep(rng.uniform(0.3, 2.5))
            os.kill(process.pid, signal.SIGKILL)
            process.wait()
        mirror.delay = 0
        final = subprocess.run(
            crawl_command(mirror, db), cwd=REPO, capture_output=True, text=True, check=False
        )
    assert final.returncode == 0, final.stderr[-3000:]
    urls = archived_urls(db)
    assert set(urls) == wanted and len(urls) == len(wanted)
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        versions = connection.execute("SELECT count(*) FROM article_versions").fetchone()[0]
        indexed = connection.execute("SELECT count(*) FROM article_search").fetchone()[0]
    assert versions == indexed == len(wanted)


@pytest.mark.slow  # two processes: SQLite's file locks are held per process
def test_two_crawls_write_one_sqlite_file_at_once(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'archive.db'}"
    with (
        MirrorServer(mirror_root("cdchoabinh")) as first,
        MirrorServer(mirror_root("nahang")) as second,
    ):
        processes = [
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "crawler.cli",
                    "crawl",
                    site,
                    "--mirror",
                    mirror.url,
                    "--db",
                    db,
                    "-s",
                    "ARCHIVE_BATCH_SIZE=1",
                ],
                cwd=REPO,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
            )
            for site, mirror in (("cdchoabinh", first), ("nahang", second))
        ]
        results = [p.communicate(timeout=120) for p in processes]
    assert [p.returncode for p in processes] == [0, 0], [r[1][-1500:] for r in results]
    urls = archived_urls(db)
    assert len(urls) == len(set(urls)) == 5  # 3 + 2 articles, none lost


@pytest.mark.postgres
@pytest_twisted.ensureDeferred
async def test_database_going_away_mid_crawl_fails_the_batch_and_the_next_run_completes(
    site: tuple[Path, set[str]], postgres_url: str
) -> None:
    root, wanted = site
    database = sa.make_url(postgres_url).database
    admin = sa.create_engine(postgres_url.rsplit("/", 1)[0] + "/test", isolation_level="AUTOCOMMIT")
    killed = threading.Event()

    def kill_connections_while_writing(
        connection: sa.Connection, _cursor: object, statement: str, *_args: object
    ) -> None:
        """Once two batches are stored, terminate every connection to the archive while the
        next batch is being written, and wait until they are gone: the write in progress
        fails, whatever the speed of the machine."""
        if (
            killed.is_set()
            or connection.engine.url.database != database
            or not statement.lstrip().upper().startswith("INSERT INTO ARTICLES")
            or len(archived_urls(postgres_url)) < 6
        ):
            return
        with admin.connect() as control:
            pids = control.scalars(
                sa.text(
                    "SELECT pid FROM pg_stat_activity "
                    "WHERE datname = :db AND pid <> pg_backend_pid()"
                ),
                {"db": database},
            ).all()
            control.execute(
                sa.text("SELECT pg_terminate_backend(pid) FROM unnest(:pids) AS pid"),
                {"pids": pids},
            )
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and control.scalar(
                sa.text("SELECT count(*) FROM pg_stat_activity WHERE pid = ANY(:pids)"),
                {"pids": pids},
            ):
                time.sleep(0.01)
        killed.set()

    sa.event.listen(sa.Engine, "before_cursor_execute", kill_connections_while_writing)
    try:
        with MirrorServer(root) as mirror:
            first = await crawl_in_process(mirror, postgres_url)
            assert killed.is_set()
            after_first = set(archived_urls(postgres_url))
            second = await crawl_in_process(mirror, postgres_url)
    finally:
        sa.event.remove(sa.Engine, "before_cursor_execute", kill_connections_while_writing)
        admin.dispose()
    assert not first.ok and "NOT STORED (database error)" in first.summary()
    engine = make_engine(postgres_url)
    with engine.connect() as connection:
        assert connection.scalar(sa.select(CrawlRun.status)) == "incomplete"
    engine.dispose()
    assert after_first < wanted
    assert second.ok, second.stats
    assert set(archived_urls(postgres_url)) == wanted


@pytest_twisted.ensureDeferred
async def test_full_disk_keeps_committed_rows(
    site: tuple[Path, set[str]], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    root, wanted = site
    path = tmp_path / "archive.db"
    db = f"sqlite:///{path}"
    with MirrorServer(root) as mirror:
        assert main(["db", "upgrade", "--db", db]) == 0
        with sqlite3.connect(path) as connection:
            pages = connection.execute("PRAGMA page_count").fetchone()[0]
        full = await crawl_in_process(mirror, db, ARCHIVE_SQLITE_MAX_PAGES=pages + 40)
        kept = archived_urls(db)
        with sqlite3.connect(path) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert not full.ok and "database or disk is full" in caplog.text
        assert 0 < len(kept) < len(wanted)
        resumed = await crawl_in_process(mirror, db)
    assert resumed.ok, resumed.stats
    assert set(archived_urls(db)) == wanted
    engine = make_engine(db)
    with engine.connect() as connection:
        rows = connection.execute(
            sa.select(CrawlRun.status, CrawlRun.error_summary).order_by(CrawlRun.id)
        ).all()
        assert [r.status for r in rows] == ["incomplete", "finished"], rows
        assert connection.scalar(sa.select(sa.func.count()).select_from(ArticleVersion)) == len(
            wanted
        )
    engine.dispose()
