"""Bookkeeping that survives database faults: the lock's heartbeat, the run record when the
database is down at the end of a crawl, and a backfill that could not store everything."""

from __future__ import annotations

import os
import socket
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
import sqlalchemy as sa
from scrapy import Spider
from scrapy.utils.test import get_crawler

from crawler.components.archive import CrawlArchive
from crawler.db import backfill, locks, migrate
from crawler.db.models import BackfillJob, CrawlRun
from crawler.db.session import make_engine


def _site(mode: str = "routine") -> SimpleNamespace:
    return SimpleNamespace(
        name="cdchoabinh",
        site_name="CDC Hòa Bình",
        base_url="https://cdchoabinh.vn",
        family="nukeviet",
        province="Hòa Bình",
        mode=mode,
        arguments={},
    )


def _archive(db: str, spool: Path) -> CrawlArchive:
    crawler = get_crawler(Spider, {"ARCHIVE_DATABASE_URL": db, "ARCHIVE_SPOOL_DIR": str(spool)})
    crawler.stats.open_spider()
    return CrawlArchive(crawler)


def test_a_live_holder_on_this_host_keeps_its_lock_whatever_its_heartbeat(
    sqlite_url: str,
) -> None:
    engine = make_engine(sqlite_url)
    migrate.upgrade(engine)
    alive = f"{socket.gethostname()}:{os.getpid()}:crawl"
    assert locks.acquire(engine, "nahang", alive) is None
    # Its heartbeat stalled for an hour (a database error), but its process is alive.
    later = datetime.now(UTC) + locks.LOCK_TTL + timedelta(hours=1)
    refused = locks.acquire(engine, "nahang", locks.new_holder(), now=later)
    assert refused is not None and refused.startswith(alive)
    assert locks.holder_of(engine, "nahang", now=later) == alive
    engine.dispose()


class _Engine:
    """Stands in for Scrapy's engine: records how the crawl was asked to close."""

    def __init__(self) -> None:
        self.reasons: list[str] = []

    def close_spider_async(self, *, reason: str = "cancelled") -> Any:
        self.reasons.append(reason)
        return self._closed()

    async def _closed(self) -> None:
        return None


def test_heartbeat_survives_database_errors_and_stops_the_crawl_before_the_lock_expires(
    sqlite_url: str, tmp_path: Path
) -> None:
    archive = _archive(sqlite_url, tmp_path / "spool")
    archive.open(_site())
    archive.crawler.engine = _Engine()
    real = archive.engine
    archive.engine = make_engine(f"sqlite:///{tmp_path / 'missing' / 'x.db'}")  # unreachable
    assert archive._beat() is None  # logged and counted, no exception
    assert archive.stats.get_value("archive/heartbeat_failed") == 1
    archive._after_beat(None)  # a short outage: the lock is kept, the crawl goes on
    assert archive.crawler.engine.reasons == []
    archive.last_beat -= locks.LOCK_TTL.total_seconds()  # the outage outlasts half the TTL
    archive._after_beat(None)
    assert archive.crawler.engine.reasons == ["lock_lost"]
    assert "could not be refreshed" in archive.stats.get_value("archive/lock_lost")
    archive.engine.dispose()
    archive.engine = real
    assert archive._beat() is True
    locks.release(real, "cdchoabinh", archive.holder)
    assert archive._beat() is False  # the row is gone: another crawler may hold it now
    real.dispose()


def _runs(db: str) -> list[Any]:
    engine = make_engine(db)
    with engine.connect() as connection:
        rows = connection.execute(sa.select(CrawlRun).order_by(CrawlRun.id)).all()
    engine.dispose()
    return rows


def test_a_run_closed_while_the_database_is_down_is_recorded_by_the_next_run(
    sqlite_url: str, tmp_path: Path
) -> None:
    spool = tmp_path / "spool"
    first = _archive(sqlite_url, spool)
    first.open(_site())
    first.stats.set_value("downloader/response_status_count/200", 600)
    first.totals.new = 400
    first.write_failures = 200
    real = first.engine
    first.engine = make_engine(f"sqlite:///{tmp_path / 'missing' / 'x.db'}")  # down
    first.spider_closed(Spider("cdchoabinh"), "finished")  # must not raise
    assert [p.suffix for p in spool.iterdir()] == [".json"]
    # This test is the dead crawler's process too: free its lock as its death would.
    locks.release(real, "cdchoabinh", first.holder)
    real.dispose()
    second = _archive(sqlite_url, spool)
    second.open(_site())
    runs = _runs(sqlite_url)
    assert (runs[0].status, runs[0].articles_new) == ("incomplete", 400)
    assert runs[0].errors == 200  # the lost articles, as the run knew them
    assert runs[1].status == "running"
    assert list(spool.iterdir()) == []
    second.spider_closed(Spider("cdchoabinh"), "finished")


@pytest.mark.parametrize(("lost", "job_status"), [(3, "running"), (0, "finished")])
def test_a_backfill_is_finished_only_when_everything_was_stored(
    sqlite_url: str, tmp_path: Path, lost: int, job_status: str
) -> None:
    archive = _archive(sqlite_url, tmp_path / "spool")
    archive.open(_site("backfill"))
    archive.job = backfill.open_job(archive.engine, "cdchoabinh", "2024-01-01", None)
    archive.write_failures = lost
    archive.spider_closed(Spider("cdchoabinh"), "finished")
    engine = make_engine(sqlite_url)
    with engine.connect() as connection:
        assert connection.scalar(sa.select(BackfillJob.status)) == job_status
    engine.dispose()
