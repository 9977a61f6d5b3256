"""The command line tells the truth and fails cleanly: one line naming the thing and what
to do, exit 2 for a mistake in the arguments, exit 1 for an archive that cannot be used,
nothing created or destroyed by a slip."""

from __future__ import annotations

import csv
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
import sqlalchemy as sa

from crawler.cli import main
from crawler.db import migrate, repository
from crawler.db.models import Article
from crawler.db.repository import Fetched, SiteInfo
from crawler.db.session import make_engine
from crawler.extract.record import ArticleRecord

ICT = timezone(timedelta(hours=7))
FIRST_COLUMN = b"id,"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err  # one line, never a traceback
    return lines[0]


@pytest.fixture
def archive(sqlite_url: str) -> str:
    """An archive with two articles about fever and rabies."""
    engine = make_engine(sqlite_url)
    migrate.upgrade(engine)
    site_id = repository.ensure_site(
        engine, SiteInfo("cdchoabinh", "CDC", "https://cdchoabinh.vn", "nukeviet", "Hòa Bình")
    )
    run_id = repository.start_run(engine, site_id, "routine", {})
    texts = {
        1: "Người dân cần chăm sóc sức khỏe khi bị sốt xuất huyết.",
        2: "Tiêm vắc xin phòng bệnh dại ngay sau khi bị chó cắn; theo dõi sốt.",
    }
    batch = [
        Fetched(
            ArticleRecord(
                url=f"https://cdchoabinh.vn/{n}.html",
                canonical_url=f"https://cdchoabinh.vn/{n}.html",
                title=f"Bài số {n}",
                text=text,
                published=datetime(2024, 7, 10, 6, 39, tzinfo=ICT),
            ),
            datetime.now(UTC),
        )
        for n, text in texts.items()
    ]
    repository.archive_batch(engine, site_id, run_id, batch)
    engine.dispose()
    return sqlite_url


@pytest.mark.parametrize(
    ("db", "said"),
    [
        ("nosuch://x", "runs on SQLite or PostgreSQL, not 'nosuch'"),
        ("mysql://root@127.0.0.1/x", "runs on SQLite or PostgreSQL, not 'mysql'"),
        ("/etc/passwd", "this file is not an archive"),
    ],
)
def test_a_database_that_cannot_be_used_is_one_line(capsys, db: str, said: str) -> None:
    code, _, err = run(capsys, "search", "sốt", "--db", db)
    assert code == 1
    assert said in one_line(err) and one_line(err).startswith("newsarchive search: ")


@pytest.mark.postgres
def test_postgresql_unreachable_missing_or_unmigrated(capsys, postgres_url: str) -> None:
    code, _, err = run(capsys, "health", "--db", "postgresql://127.0.0.1:1/test")
    assert code == 1 and "Connection refused" in one_line(err)
    missing = sa.make_url(postgres_url).set(database="no_such_archive_db").render_as_string()
    code, _, err = run(capsys, "stats", "--db", missing)
    assert code == 1 and 'database "no_such_archive_db" does not exist' in one_line(err)
    code, _, err = run(capsys, "articles", "--db", postgres_url)
    assert code == 1 and "holds no archive schema: run `newsarchive db upgrade`" in one_line(err)


def _head() -> str:
    """The newest migration, as the CLI reports it."""
    scripts = Path(__file__).resolve().parent.parent / "migrations" / "versions"
    return max(p.name.split("_", 1)[0] for p in scripts.glob("[0-9]*_*.py"))


@pytest.mark.postgres
def test_a_percent_escape_in_the_url_reaches_alembic_intact(capsys, postgres_url: str) -> None:
    escaped = f"{postgres_url}?application_name=news%20archive"
    code, out, err = run(capsys, "db", "upgrade", "--db", escaped)
    assert code == 0, err
    assert f"revision {_head()}" in out


def test_read_only_commands_never_create_an_archive(capsys, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DATABASE_URL", raising=False)
    for command in (["search", "sốt"], ["health"], ["stats"], ["articles"]):
        code, _, err = run(capsys, *command)
        assert code == 1
        assert f"no archive at {tmp_path / 'archive.db'}: run `newsarchive db upgrade`" in (
            one_line(err)
        )
    assert list(tmp_path.iterdir()) == []


def test_a_path_in_a_missing_folder(capsys, tmp_path: Path) -> None:
    code, _, err = run(capsys, "db", "upgrade", "--db", str(tmp_path / "nope" / "a.db"))
    assert code == 1 and f"the folder {tmp_path / 'nope'} does not exist" in one_line(err)


@pytest.mark.parametrize(
    "argv",
    [
        ["backfill", "cdchoabinh", "--since", "20200101"],
        ["backfill", "cdchoabinh", "--since", "2020-01-01", "--until", "garbage"],
        ["crawl", "cdchoabinh", "--since", "1/1/2020"],
    ],
)
def test_a_bad_date_is_named_before_any_crawl(capsys, argv: list[str], sqlite_url: str) -> None:
    code, _, err = run(capsys, *argv, "--db", sqlite_url)
    assert code == 2 and "is not a date in YYYY-MM-DD form" in one_line(err)


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["articles", "--limit", "-1"], "--limit must be at least 1"),
        (["crawl", "cdchoabinh", "--max-pages", "-3"], "--max-pages must be at least 1"),
        (["crawl", "cdchoabinh", "--parallel", "0"], "--parallel must be at least 1"),
        (["search", "(" * 500 + "sốt" + ")" * 500], "nests more than 50 levels deep"),
    ],
)
def test_bad_numbers_and_absurd_queries(capsys, archive: str, argv: list[str], said: str) -> None:
    code, _, err = run(capsys, *argv, "--db", archive)
    assert code == 2 and said in one_line(err)


def test_a_crawl_against_an_unreachable_database_says_so(capsys) -> None:
    code, _, err = run(capsys, "crawl", "cdchoabinh", "--db", "postgresql://127.0.0.1:1/x")
    assert code == 1 and "cannot open the database" in one_line(err)


def test_downgrade_needs_a_target_and_a_yes(capsys, archive: str) -> None:
    code, _, err = run(capsys, "db", "downgrade", "--db", archive)
    assert code == 2 and "downgrade needs --revision" in one_line(err)
    code, _, err = run(capsys, "db", "downgrade", "--revision", "base", "--db", archive)
    assert code == 2 and "add --yes to confirm" in one_line(err)
    engine = make_engine(archive)
    with engine.connect() as connection:
        assert connection.scalar(sa.select(sa.func.count()).select_from(Article)) == 2
    engine.dispose()
    code, out, err = run(capsys, "db", "downgrade", "--revision", "-1", "--yes", "--db", archive)
    assert code == 0 and f"downgraded from {_head()} to -1" in out, err


def test_export_never_overwrites_without_force_and_writes_a_bom(
    capsys, archive: str, tmp_path: Path
) -> None:
    out = tmp_path / "all.csv"
    out.write_text("an analyst's file", encoding="utf-8")
    code, _, err = run(capsys, "export", "--db", archive, "--out", str(out), "--no-progress")
    assert code == 2 and "exists; pass --force" in one_line(err)
    assert out.read_text(encoding="utf-8") == "an analyst's file"
    code, stdout, _ = run(
        capsys, "export", "--db", archive, "--out", str(out), "--force", "--no-progress"
    )
    assert code == 0 and "2 articles written" in stdout
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads it as UTF-8
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    assert {row["title"] for row in rows} == {"Bài số 1", "Bài số 2"}
    plain = tmp_path / "plain.csv"
    run(capsys, "export", "--db", archive, "--out", str(plain), "--no-bom", "--no-progress")
    assert plain.read_bytes().startswith(FIRST_COLUMN)
    assert not plain.read_bytes().startswith(b"\xef\xbb\xbf")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_search_meets_peoples_habits(capsys, archive: str) -> None:
    code, out, _ = run(capsys, "search", "suc khoe", "--db", archive)
    assert code == 0 and "1 article matches" in out  # no diacritics typed: folded
    _, exact, _ = run(capsys, "search", "sức khoẻ", "--db", archive)  # tone placement only
    assert "1 article matches" in exact
    for query in ("sốt AND dại", "sốt and dại", "sốt And dại"):
        _, out, _ = run(capsys, "search", query, "--db", archive)
        assert "1 article matches" in out, query
    _, either, _ = run(capsys, "search", "xuất or dại", "--db", archive)
    assert "2 articles match" in either
    _, nothing, _ = run(capsys, "search", "sốt rét", "--db", archive, "--site", "cdchoabinh")
    assert "0 articles match" in nothing
    assert "hint: diacritics were matched exactly; -i matches without them" in nothing
    assert "--site cdchoabinh" in nothing


def test_help_version_and_debug(capsys, tmp_path: Path) -> None:
    code, out, _ = run(capsys)
    assert code == 0 and "usage: newsarchive" in out and "examples:" in out
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0 and "newsarchive 0." in capsys.readouterr().out
    with pytest.raises(Exception, match=r"not an archive|file is not a database"):
        main(["--debug", "search", "x", "--db", "/etc/passwd"])


def test_crawls_are_quiet_on_a_terminal_and_complete_in_logs(monkeypatch) -> None:
    from crawler.cli.crawling import log_level
    from crawler.cli.parser import build_parser

    def args(*argv: str) -> object:
        return build_parser().parse_args(["crawl", "cdchoabinh", *argv])

    monkeypatch.setattr("sys.stderr.isatty", lambda: True)
    assert log_level(args()) == "WARNING"
    assert log_level(args("-v")) == "INFO"
    assert log_level(args("--log-level", "DEBUG")) == "DEBUG"
    monkeypatch.setattr("sys.stderr.isatty", lambda: False)  # cron, a log file
    assert log_level(args()) == "INFO"


@pytest.mark.parametrize("command", ["crawl", "backfill", "search", "export", "health", "db"])
def test_each_main_command_shows_examples_and_defaults(capsys, command: str) -> None:
    with pytest.raises(SystemExit):
        main([command, "--help"])
    out = capsys.readouterr().out
    assert "examples:\n  newsarchive " + command in out
    if command in ("crawl", "search"):
        assert "(default: " in out


def test_the_chart_replaces_the_old_one_only_when_complete(
    capsys, archive: str, tmp_path: Path
) -> None:
    chart = tmp_path / "per-month.png"
    chart.write_bytes(b"previous chart")
    code, out, _ = run(capsys, "stats", "--db", archive, "--plot", str(chart))
    assert code == 0 and f"chart written to {chart}" in out
    assert chart.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")]
