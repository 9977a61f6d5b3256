"""Scheduling: which sites are due, and one crawler per site at a time."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import pytest_twisted
import sqlalchemy as sa
from crawling import crawl

from crawler.cli import main
from crawler.crawl import due_sites
from crawler.db import locks, migrate, repository
from crawler.db.models import CrawlRun
from crawler.db.repository import SiteInfo
from crawler.db.session import make_engine
from crawler.registry import site_spiders
from crawler.samples import mirror_root
from crawler.testing.mirror import MirrorServer

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)


def _site_with_run(engine: sa.Engine, key: str, finished: datetime | None, status: str) -> None:
    site_id = repository.ensure_site(engine, SiteInfo(key, key, f"https://{key}.vn", "vhv", None))
    run = repository.start_run(engine, site_id, "routine", {})
    repository.finish_run(engine, run, status=status, finished_at=finished)


def test_due_sites_by_interval_since_last_success(db_url: str) -> None:
    engine = make_engine(db_url)
    migrate.upgrade(engine)
    _site_with_run(engine, "fresh", NOW - timedelta(minutes=30), "finished")
    _site_with_run(engine, "stale", NOW - timedelta(hours=7), "finished_with_errors")
    _site_with_run(engine, "failing", NOW - timedelta(minutes=5), "interrupted")
    intervals = {
        "fresh": timedelta(hours=1),
        "stale": timedelta(hours=6),
        "failing": timedelta(hours=1),
        "never": timedelta(days=1),
    }
    # An interrupted run is not a success: "failing" is due again at once.
    assert due_sites(engine, intervals, NOW) == ["failing", "never", "stale"]
    assert due_sites(engine, intervals, NOW + timedelta(hours=2)) == [
        "failing",
        "fresh",
        "never",
        "stale",
    ]
    engine.dispose()


@pytest.mark.slow  # a child process that has exited is the dead holder
def test_lock_refuses_a_second_holder_and_frees_on_release_or_death(db_url: str) -> None:
    engine = make_engine(db_url)
    migrate.upgrade(engine)
    me = locks.new_holder()
    assert locks.acquire(engine, "nahang", me) is None
    refusal = locks.acquire(engine, "nahang", locks.new_holder())
    assert refusal is not None and refusal.startswith(me)
    locks.heartbeat(engine, "nahang", me)
    locks.release(engine, "nahang", me)
    assert locks.acquire(engine, "nahang", "other-host:1:x") is None
    # A holder on another machine that stopped heart-beating expires after the TTL.
    later = datetime.now(UTC) + locks.LOCK_TTL + timedelta(minutes=1)
    assert locks.acquire(engine, "nahang", me, now=later) is None
    # A holder on this machine whose process is gone (kill -9) is taken over at once.
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    host = me.split(":")[0]
    locks.release(engine, "nahang", me)
    assert locks.acquire(engine, "nahang", f"{host}:{dead.pid}:gone") is None
    assert locks.acquire(engine, "nahang", me) is None
    engine.dispose()


@pytest_twisted.ensureDeferred
async def test_crawl_of_a_locked_site_stops_before_fetching(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    db = f"sqlite:///{tmp_path / 'archive.db'}"
    engine = make_engine(db)
    migrate.upgrade(engine)
    assert locks.acquire(engine, "cdchoabinh", "elsewhere:1:backfill") is None
    with MirrorServer(mirror_root("cdchoabinh")) as mirror:
        outcome = await crawl("cdchoabinh", mirror.url, db)
        assert mirror.requests == []
    assert not outcome.ok
    assert "being crawled by elsewhere:1:backfill" in caplog.text
    assert "cdchoabinh: site_locked" in outcome.summary()
    with engine.connect() as connection:
        assert connection.scalar(sa.select(sa.func.count()).select_from(CrawlRun)) == 0
    engine.dispose()


def _no_crawl(*args: object, **kwargs: object) -> None:
    raise AssertionError(f"a crawl was started: {args}")


def test_crawl_due_skips_fresh_and_locked_sites(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``newsarchive crawl --due`` in this process: with nothing due, or only a locked site
    due, it must return before any crawl starts (the CLI's crawls run their own reactor, so
    one starting here is refused loudly)."""
    monkeypatch.setattr("crawler.crawl.run_crawls", _no_crawl)
    db = f"sqlite:///{tmp_path / 'archive.db'}"
    engine = make_engine(db)
    migrate.upgrade(engine)
    now = datetime.now(UTC)
    for key in site_spiders():
        _site_with_run(engine, key, now, "finished")
    assert main(["crawl", "--due", "--db", db]) == 0
    assert capsys.readouterr().out.strip() == "no site is due"
    with engine.begin() as connection:
        connection.execute(
            sa.update(CrawlRun)
            .where(CrawlRun.site_id == 1)
            .values(finished_at=now - timedelta(days=3))
        )
        first = connection.scalar(sa.text("SELECT key FROM sites WHERE id = 1"))
    assert locks.acquire(engine, first, "elsewhere:1:x") is None
    assert main(["crawl", "--due", "--db", db]) == 0
    assert f"{first}: due, but being crawled by elsewhere:1:x; skipped" in capsys.readouterr().out
    engine.dispose()
