"""Exports and statistics on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import sqlalchemy as sa

from crawler.db import exports as export_module
from crawler.db import migrate, repository
from crawler.db.reports import per_site_month
from crawler.db.repository import Fetched, SiteInfo
from crawler.db.search import Filters
from crawler.db.session import make_engine
from crawler.extract.record import ArticleRecord
from crawler.reports.export import export
from crawler.reports.stats import crawl_health, month_range, plot

ICT = timezone(timedelta(hours=7))


@pytest.fixture
def archive(db_url: str) -> sa.Engine:
    engine = make_engine(db_url)
    migrate.upgrade(engine)
    for key, province, months in (
        ("cdchoabinh", "Hòa Bình", (1, 1, 3)),
        ("nahang", "Tuyên Quang", (2, 3)),
    ):
        site_id = repository.ensure_site(
            engine, SiteInfo(key, key, f"https://{key}.vn", "nukeviet", province)
        )
        run = repository.start_run(engine, site_id, "routine", {})
        batch = [
            Fetched(
                ArticleRecord(
                    url=f"https://{key}.vn/{n}.html",
                    canonical_url=f"https://{key}.vn/{n}.html",
                    title=f"Tin sức khỏe số {n}",
                    text=f"Nội dung về phòng chống dịch, bài {n}.",
                    authors=["Hồng Dung", "Lê Nam"],
                    tags=["y tế"],
                    # 23:30 on the last day of the month in Vietnam is the next month in UTC.
                    published=datetime(2024, month, 28, 23, 30, tzinfo=ICT),
                ),
                datetime.now(UTC),
            )
            for n, month in enumerate(months)
        ]
        batch.append(
            Fetched(
                ArticleRecord(
                    url=f"https://{key}.vn/undated.html",
                    canonical_url=f"https://{key}.vn/undated.html",
                    title="Thông báo",
                    text="Văn bản không có ngày đăng về tiêm chủng.",
                ),
                datetime.now(UTC),
            )
        )
        repository.archive_batch(engine, site_id, run, batch)
        repository.finish_run(engine, run, status="finished")
    yield engine
    engine.dispose()


def test_articles_per_site_per_month_in_vietnam_time(archive: sa.Engine) -> None:
    assert per_site_month(archive) == {
        "cdchoabinh": {"2024-01": 2, "2024-03": 1, "undated": 1},
        "nahang": {"2024-02": 1, "2024-03": 1, "undated": 1},
    }


def test_crawl_health_per_site(archive: sa.Engine) -> None:
    health = {h.site: h for h in crawl_health(archive)}
    assert health["cdchoabinh"].total == 4 and health["nahang"].total == 3
    assert health["cdchoabinh"].last_status == "finished"
    assert health["cdchoabinh"].last_success is not None
    # The undated article counts by its first-seen time: archived just now.
    assert health["nahang"].articles_7d == 1


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_export_whole_archive(archive: sa.Engine, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"archive.{fmt}"
    assert export(archive, out, fmt, progress=False) == 7
    if fmt == "parquet":
        table = pq.read_table(out)
        assert table.num_rows == 7
        row = next(r for r in table.to_pylist() if r["title"] == "Tin sức khỏe số 0")
        assert row["authors"] == ["Hồng Dung", "Lê Nam"]
        assert row["published_at"] == datetime(2024, 1, 28, 16, 30, tzinfo=UTC)
    elif fmt == "jsonl":
        rows = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
        first = next(r for r in rows if r["title"] == "Tin sức khỏe số 0")
        assert first["published_at"] == "2024-01-28T23:30:00+07:00"
        assert first["authors"] == ["Hồng Dung", "Lê Nam"]
    else:
        rows = list(csv.DictReader(out.open(encoding="utf-8")))
        assert len(rows) == 7 and rows[0]["authors"] == "Hồng Dung; Lê Nam"


def test_export_of_a_query_with_filters(archive: sa.Engine, tmp_path: Path) -> None:
    out = tmp_path / "q.jsonl"
    written = export(
        archive,
        out,
        "jsonl",
        "tiem chung",
        Filters(site="nahang"),
        diacritics=False,
        progress=False,
    )
    assert written == 1
    assert json.loads(out.read_text("utf-8"))["title"] == "Thông báo"


def test_export_streams_in_batches(archive: sa.Engine, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(export_module, "BATCH_ROWS", 2)
    seen = [len(b) for b in export_module.batches(archive, None, Filters(), True)]
    assert seen == [2, 2, 2, 1]
    assert export(archive, tmp_path / "a.parquet", "parquet", progress=False) == 7
    assert pq.ParquetFile(tmp_path / "a.parquet").metadata.num_row_groups == 4


def test_chart_has_every_month_between_first_and_last(tmp_path: Path) -> None:
    assert month_range({"2023-11", "2024-02"}) == ["2023-11", "2023-12", "2024-01", "2024-02"]
    out = tmp_path / "chart.png"
    plot({"a": {"2024-01": 3, "2024-03": 1}, "b": {"2024-02": 2}}, out)
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and out.stat().st_size > 10_000


def test_cli_search_export_and_stats(archive: sa.Engine, tmp_path: Path, capsys) -> None:
    from crawler.cli import main

    db = archive.url.render_as_string(hide_password=False)
    assert main(["search", "phòng chống dịch", "--db", db, "--json", "--limit", "2"]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert len(lines) == 2 and all("«phòng» «chống» «dịch»" in x["snippet"] for x in lines)
    assert main(["search", "phong chong", "-i", "--db", db, "--csv", "--province", "Phú Thọ"]) == 0
    rows = list(csv.DictReader(capsys.readouterr().out.splitlines()))
    assert {r["site"] for r in rows} == {"cdchoabinh"} and len(rows) == 3
    assert main(["search", "phòng", "--db", db, "--page", "2", "--limit", "4"]) == 0
    assert "5 articles match; showing 5-5" in capsys.readouterr().out
    assert main(["export", "--db", db, "--out", str(tmp_path / "all.parquet")]) == 0
    assert "7 articles written" in capsys.readouterr().out
    assert main(["stats", "--db", db, "--plot", str(tmp_path / "s.png")]) == 0
    out = capsys.readouterr().out
    assert "cdchoabinh" in out and "2024-02" in out and (tmp_path / "s.png").is_file()
    assert main(["search", "x", "--db", db, "--since", "10/07/2024"]) == 2
    assert "not a date in YYYY-MM-DD form" in capsys.readouterr().err
