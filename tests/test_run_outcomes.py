"""Run outcomes that mean what they say: a dead site fails loudly, the demo is green."""

from __future__ import annotations

from pathlib import Path

import pytest
import pytest_twisted
import sqlalchemy as sa
from conftest import query_rows
from crawling import crawl

from crawler.cli import main
from crawler.db.models import CrawlRun


@pytest_twisted.ensureDeferred
async def test_every_connection_refused_is_a_failed_run_and_health_names_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = f"sqlite:///{tmp_path / 'archive.db'}"
    # Nothing listens on port 1 of loopback: every request is refused.
    outcome = await crawl("cdchoabinh", "http://127.0.0.1:1", db)
    assert not outcome.ok  # `newsarchive crawl` exits 1
    summary = outcome.summary()
    assert summary.startswith("cdchoabinh: FAILED; no page fetched: ")
    assert "ConnectionRefusedError" in summary
    [run] = query_rows(db, sa.select(CrawlRun))
    assert run.status == "failed"
    [cause] = run.error_summary["failed"]
    assert "ConnectionRefusedError" in cause
    assert main(["health", "--db", db]) == 1
    out = capsys.readouterr().out
    assert "cdchoabinh: NEEDS ATTENTION" in out
    assert "! the last run failed: no page fetched: " in out
