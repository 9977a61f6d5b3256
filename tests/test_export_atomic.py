"""An export killed mid-write never leaves a truncated file (issue 12, finding 6): kill -9
at seeded points while ``newsarchive export --force`` replaces an existing export, in
each format; the file is always the old export or a complete new one (CSV with every row,
JSONL with every line, Parquet with its footer), never half of either."""

from __future__ import annotations

import csv
import io
import json
import os
import random
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from clirunner import REPO

from crawler.db import migrate, repository
from crawler.db.repository import Fetched, SiteInfo
from crawler.db.session import make_engine
from crawler.extract.record import ArticleRecord

ARTICLES = 6000
PARAGRAPH = "Trung tâm y tế huyện tổ chức tiêm chủng mở rộng cho trẻ em dưới năm tuổi. " * 12


@pytest.fixture(scope="module")
def big_archive(tmp_path_factory: pytest.TempPathFactory) -> str:
    """An archive large enough that its export takes a moment to write."""
    db = f"sqlite:///{tmp_path_factory.mktemp('archive') / 'archive.db'}"
    engine = make_engine(db)
    migrate.upgrade(engine)
    site = repository.ensure_site(
        engine, SiteInfo("cdchoabinh", "CDC", "https://cdchoabinh.vn", "nukeviet", "Hòa Bình")
    )
    run = repository.start_run(engine, site, "routine", {})
    for start in range(0, ARTICLES, 500):
        repository.archive_batch(
            engine,
            site,
            run,
            [
                Fetched(
                    ArticleRecord(
                        url=f"https://cdchoabinh.vn/{n}.html",
                        canonical_url=f"https://cdchoabinh.vn/{n}.html",
                        title=f"Bài số {n}",
                        text=f"{PARAGRAPH}\n{n}",
                    ),
                    datetime.now(UTC),
                )
                for n in range(start, start + 500)
            ],
        )
    engine.dispose()
    return db


def _rows(path: Path, fmt: str) -> int | None:
    """Rows of a complete export, or None if the file is not a whole one."""
    try:
        if fmt == "csv":
            text = path.read_text(encoding="utf-8-sig")
            if not text.endswith("\n"):
                return None
            return len(list(csv.DictReader(io.StringIO(text))))
        if fmt == "jsonl":
            lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
            if lines and not lines[-1].endswith("\n"):
                return None
            return len([json.loads(line) for line in lines])
        return pq.read_table(path).num_rows
    except Exception:
        return None


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_a_killed_export_leaves_the_old_file_or_the_new_one(
    big_archive: str, tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / f"articles.{fmt}"
    command = [
        sys.executable, "-m", "crawler.cli", "export", "--out", str(out),
        "--force", "--no-progress", "--db", big_archive,
    ]  # fmt: skip
    first = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=600)
    assert first.returncode == 0, first.stderr
    assert _rows(out, fmt) == ARTICLES
    rng = random.Random(f"export-{fmt}")
    for _ in range(5):
        process = subprocess.Popen(
            command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        time.sleep(rng.uniform(0.3, 2.5))
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        assert _rows(out, fmt) == ARTICLES, "the export file is not a whole export"
    leftovers = [p.name for p in tmp_path.iterdir() if p.name != out.name]
    assert all(name.endswith(".partial") for name in leftovers), leftovers
