"""The ``newsarchive`` command line, run as a user runs it.

Commands are called through :func:`crawler.cli.main` in this process; the demo (which runs
the reactor itself) and the installed console script run as child processes (``slow``).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from clirunner import REPO, run_cli
from conftest import SITES_DIR

from crawler.cli import main
from crawler.samples import mirror_root
from crawler.testing.quality import problems

SEED_FILE = mirror_root("cdchoabinh") / (
    "news/hoat-dong/hoi-nghi-so-ket-cong-tac-y-te-6-thang-dau-nam-2024-1234.html"
)
SEED_URL = "https://cdchoabinh.vn/news/hoat-dong/hoi-nghi-so-ket-cong-tac-y-te-6-thang-dau-nam-2024-1234.html"
SEED_EXPECTED = json.loads((SITES_DIR / "cdchoabinh" / "seed_003.json").read_text("utf-8"))
KEYS = {
    "url",
    "title",
    "lead",
    "text",
    "authors",
    "published",
    "updated",
    "section",
    "tags",
    "images",
}


SEED_FIXTURES = [
    (site, page)
    for site in sorted(p.name for p in SITES_DIR.iterdir() if (p / "index.json").is_file())
    for page in json.loads((SITES_DIR / site / "index.json").read_text("utf-8"))["pages"]
    if (page.get("expected") or "").startswith("seed_")
]


@pytest.mark.parametrize(("site", "page"), SEED_FIXTURES, ids=[s for s, _ in SEED_FIXTURES])
def test_every_seed_holds_through_newsarchive_extract(site: str, page: dict, capsys) -> None:
    expected = json.loads((SITES_DIR / site / page["expected"]).read_text("utf-8"))
    path = mirror_root(site) / page["file"]
    assert main(["extract", "--site", site, "--url", page["url"], str(path)]) == 0
    record = json.loads(capsys.readouterr().out)
    assert problems(record, expected) == []


def test_five_seeds_are_covered() -> None:
    assert len(SEED_FIXTURES) == 5


@pytest.mark.parametrize("site", ["cdchoabinh", "nukeviet"])
def test_extract_prints_a_record_meeting_the_seed(site: str, capsys) -> None:
    assert main(["extract", "--site", site, "--url", SEED_URL, str(SEED_FILE)]) == 0
    record = json.loads(capsys.readouterr().out)
    assert set(record) >= KEYS
    assert problems(record, SEED_EXPECTED) == []
    assert record["published"] == "2024-07-10T06:39:00+07:00"
    # The hidden datePublished of NukeViet holds the edit time: it is the update, not the date.
    assert record["updated"] == "2024-07-11T08:15:22+07:00"
    assert all(line.strip() for line in record["text"].split("\n"))


def test_generic_extraction_runs_trafilatura_alone(capsys) -> None:
    assert main(["extract", "--site", "generic", "--url", SEED_URL, str(SEED_FILE)]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["field_sources"]["text"] == "fallback"
    assert SEED_EXPECTED["body_must_include"][0] in record["text"]


FAMILY_PAGES = {
    "nukeviet": ("cdchoabinh", "tiem-chung-1201.json"),
    "vhv": ("nahang", "seed_004.json"),
    "newsroom": ("baolaocai", "seed_002.json"),
    "sharepoint": ("backan", "bach-hau-4127.json"),
    "wordpress": ("tintaynguyen", "gia-lai-sot-xuat-huyet-12345.json"),
}


@pytest.mark.parametrize("family", sorted(FAMILY_PAGES))
def test_family_keys_apply_the_family_rules_to_any_page_of_it(family: str, capsys) -> None:
    site, expected_file = FAMILY_PAGES[family]
    index = json.loads((SITES_DIR / site / "index.json").read_text("utf-8"))
    page = next(p for p in index["pages"] if p.get("expected") == expected_file)
    expected = json.loads((SITES_DIR / site / expected_file).read_text("utf-8"))
    path = mirror_root(site) / page["file"]
    assert main(["extract", "--site", family, "--url", page["url"], str(path)]) == 0
    assert problems(json.loads(capsys.readouterr().out), expected) == []


def test_extract_of_a_listing_is_a_reasoned_rejection(capsys) -> None:
    listing = mirror_root("cdchoabinh") / "news/hoat-dong/index.html"
    assert main(["extract", "--site", "cdchoabinh", str(listing)]) == 1
    assert json.loads(capsys.readouterr().out)["rejected"] == "not an article"


def test_unknown_site_is_a_clear_error(capsys) -> None:
    assert main(["extract", "--site", "nosuchsite", str(SEED_FILE)]) == 2
    error = capsys.readouterr().err
    assert "unknown site or family 'nosuchsite'" in error and "cdchoabinh" in error


def test_sites_lists_the_nukeviet_site(capsys) -> None:
    assert main(["sites"]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if x.startswith("cdchoabinh"))
    assert "nukeviet" in line and "https://cdchoabinh.vn" in line


@pytest.mark.slow
def test_demo_archives_the_samples_from_any_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    result = run_cli("demo", cwd=tmp_path)
    assert result.returncode == 0, result.stderr[-3000:]
    assert (tmp_path / "archive.db").is_file()
    assert "HỘI NGHỊ SƠ KẾT CÔNG TÁC Y TẾ 6 THÁNG ĐẦU NĂM 2024" in result.stdout
    assert "cdchoabinh: finished" in result.stdout
    # The archive the demo left in that folder, read from there.
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DATABASE_URL", raising=False)
    capsys.readouterr()
    assert main(["articles", "--site", "cdchoabinh", "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert SEED_URL in {row["url"] for row in rows}
    assert all(row["site"] == "cdchoabinh" for row in rows)
    assert main(["articles", "--sort", "title", "--json", "--limit", "100"]) == 0
    titles = [json.loads(line)["title"] for line in capsys.readouterr().out.splitlines()]
    assert len(titles) > 10 and titles == sorted(titles)
    # The sample sites' runs all finished, so the first health check is green.
    for site in ("backan", "baodantoc", "baolaocai", "nahang", "thainguyentv", "tintaynguyen"):
        assert f"{site}: finished;" in result.stdout
    assert main(["health"]) == 0, capsys.readouterr().out


def test_db_upgrade_reports_the_revision(tmp_path: Path, capsys) -> None:
    from alembic.script import ScriptDirectory

    from crawler.db.migrate import MIGRATIONS_DIR

    head = ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()
    assert main(["db", "upgrade", "--db", str(tmp_path / "a.db")]) == 0
    assert f"revision {head}" in capsys.readouterr().out
    assert (
        main(["db", "downgrade", "--revision", "base", "--yes", "--db", str(tmp_path / "a.db")])
        == 0
    )
    assert "revision base (empty)" in capsys.readouterr().out


@pytest.mark.slow
def test_console_script_and_scrapy_both_know_the_sites(tmp_path: Path) -> None:
    script = shutil.which("newsarchive")
    assert script, "the package is not installed: pip install -e '.[dev]'"
    listed = subprocess.run(
        [script, "sites"], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert listed.returncode == 0 and "cdchoabinh" in listed.stdout
    scrapy_list = subprocess.run(
        [sys.executable, "-m", "scrapy", "list"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert scrapy_list.returncode == 0, scrapy_list.stderr[-2000:]
    assert {"cdchoabinh", "backan", "tintaynguyen"} <= set(scrapy_list.stdout.split())


def test_articles_sort_keys_are_an_allowlist(tmp_path: Path, capsys) -> None:
    db = f"sqlite:///{tmp_path / 'a.db'}"
    assert main(["db", "upgrade", "--db", db]) == 0
    assert main(["articles", "--db", db, "--sort", "title"]) == 0
    capsys.readouterr()
    evil = "published_at; DROP TABLE articles; --"
    assert main(["articles", "--db", db, "--sort", evil]) == 2
    assert "unknown sort key" in capsys.readouterr().err
    assert main(["articles", "--db", db, "--sort", "words"]) == 0
