"""``newsarchive reextract``: the current rules applied to the captured pages, offline.

* a rule change that alters one article's text gives exactly that article a new version
  (origin ``reextract``, the new rules' version), rewrites its row and its search keys,
  moves no ``last_seen_at``, and asks the site for nothing; ``--dry-run`` reports the
  same and writes nothing; a second run changes nothing;
* a change outside what readers see as the content (tags) rewrites the article rows
  without adding versions;
* a page rejected by a broken rule when it was crawled becomes an article once the rule is
  fixed; a rule that breaks again rejects it without deleting anything;
* ``kill -9`` during a long re-extraction, then the same command: every page examined
  once, and the archive equals an uninterrupted run's.
"""

from __future__ import annotations

import gzip
import os
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import pytest_twisted
import sqlalchemy as sa
from clirunner import REPO, run_cli
from conftest import query_rows
from crawling import crawl

from crawler.cli import main
from crawler.db.models import Article, ArticleVersion, ReextractJob
from crawler.extract.dates import VIETNAM
from crawler.extract.rules import rules_version
from crawler.samples import mirror_root
from crawler.testing.generate import build
from crawler.testing.mirror import MirrorServer
from spiders.nukeviet import CdcHoaBinhSpider

BASE = "https://cdchoabinh.vn"
TIEM_CHUNG = "/news/hoat-dong/tiem-chung-mo-rong-dot-3-nam-2024-1201.html"
# The first words of a paragraph only the 1201 article has.
PARAGRAPH = "Đợt tiêm chủng lần này"
ORIGINAL = CdcHoaBinhSpider.article_rules


def _drop_paragraph() -> Any:
    return replace(ORIGINAL, drop_phrases=(*ORIGINAL.drop_phrases, PARAGRAPH))


def _articles(db_url: str) -> dict[str, Any]:
    return {row.canonical_url: row for row in query_rows(db_url, sa.select(Article))}


def _versions(db_url: str) -> list[Any]:
    return query_rows(
        db_url,
        sa.select(ArticleVersion, Article.canonical_url)
        .join(Article, Article.id == ArticleVersion.article_id)
        .order_by(ArticleVersion.id),
    )


def _reextract(db_url: str, warc: Path, capsys: pytest.CaptureFixture[str], *extra: str):
    code = main(
        ["reextract", "--site", "cdchoabinh", "--db", db_url, "--warc-dir", str(warc), *extra]
    )
    return code, capsys.readouterr()


@pytest_twisted.ensureDeferred
async def test_a_changed_rule_gives_exactly_the_affected_article_a_new_version_offline(
    db_url: str,
    cdchoabinh_mirror: MirrorServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    warc = tmp_path / "warc"
    # The affected article is served gzipped: re-extraction has to undo the encoding.
    page = (mirror_root("cdchoabinh") / TIEM_CHUNG.lstrip("/")).read_bytes()
    cdchoabinh_mirror.scripted[TIEM_CHUNG] = [
        (
            200,
            {"Content-Type": "text/html; charset=utf-8", "Content-Encoding": "gzip"},
            gzip.compress(page),
        )
    ]
    outcome = await crawl(
        "cdchoabinh", cdchoabinh_mirror.url, db_url, settings={"ARCHIVE_WARC_DIR": str(warc)}
    )
    assert outcome.ok, outcome.summary()
    before, versions_before = _articles(db_url), _versions(db_url)
    assert len(before) == 3 and len(versions_before) == 3
    assert PARAGRAPH in before[BASE + TIEM_CHUNG].text
    served = len(cdchoabinh_mirror.requests)
    assert main(["search", f'"{PARAGRAPH}"', "--db", db_url, "--json"]) == 0
    assert TIEM_CHUNG in capsys.readouterr().out

    new_rules = _drop_paragraph()
    monkeypatch.setattr(CdcHoaBinhSpider, "article_rules", new_rules)

    code, out = _reextract(db_url, warc, capsys, "--dry-run")
    assert code == 0, out.err
    assert "3 article pages examined, 1 articles changed (1 new versions)" in out.out
    assert "changed fields: text 1" in out.out and "dry run" in out.out
    assert _articles(db_url) == before and _versions(db_url) == versions_before
    assert query_rows(db_url, sa.select(ReextractJob)) == []

    code, out = _reextract(db_url, warc, capsys, "--diff")
    assert code == 0, out.err
    assert f"changed {BASE}{TIEM_CHUNG}: text" in out.out
    assert any(line.startswith(f"-{PARAGRAPH}") for line in out.out.splitlines())
    assert "changed fields: text 1" in out.out
    assert len(cdchoabinh_mirror.requests) == served  # nothing was fetched

    after, versions = _articles(db_url), _versions(db_url)
    changed = after[BASE + TIEM_CHUNG]
    assert PARAGRAPH not in changed.text
    new = [v for v in versions if v.id not in {w.id for w in versions_before}]
    assert [(v.canonical_url, v.version) for v in new] == [(BASE + TIEM_CHUNG, 2)]
    version = new[0]
    assert version.origin == "reextract" and version.rules_version == rules_version(new_rules)
    assert version.text == changed.text and version.content_hash == changed.content_hash
    assert version.crawl_run_id is None and version.capture_id == changed.capture_id
    old = before[BASE + TIEM_CHUNG]
    assert changed.last_seen_at == old.last_seen_at
    assert changed.last_crawl_run_id == old.last_crawl_run_id
    for url, row in after.items():
        if url != BASE + TIEM_CHUNG:
            assert row == before[url]
    # Search follows the new text: the dropped paragraph's words no longer find it.
    assert main(["search", f'"{PARAGRAPH}"', "--db", db_url, "--json"]) == 0
    assert TIEM_CHUNG not in capsys.readouterr().out

    code, out = _reextract(db_url, warc, capsys)
    assert code == 0 and "0 articles changed (0 new versions)" in out.out
    assert len(_versions(db_url)) == 4


@pytest_twisted.ensureDeferred
async def test_a_change_outside_the_content_rewrites_rows_without_versions(
    db_url: str,
    cdchoabinh_mirror: MirrorServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    warc = tmp_path / "warc"
    outcome = await crawl(
        "cdchoabinh", cdchoabinh_mirror.url, db_url, settings={"ARCHIVE_WARC_DIR": str(warc)}
    )
    assert outcome.ok, outcome.summary()
    tagged = {url for url, row in _articles(db_url).items() if row.tags}
    assert len(tagged) == 2
    monkeypatch.setattr(CdcHoaBinhSpider, "article_rules", replace(ORIGINAL, tags=()))

    code, out = _reextract(db_url, warc, capsys, "--diff")
    assert code == 0, out.err
    assert "2 articles changed (0 new versions)" in out.out
    assert "changed fields: tags 2" in out.out
    assert "  tags: ['sốt xuất huyết', 'phòng chống dịch'] → -" in out.out
    assert all(row.tags == [] for row in _articles(db_url).values())
    assert len(_versions(db_url)) == 3


@pytest_twisted.ensureDeferred
async def test_a_page_rejected_by_a_broken_rule_is_recovered_after_the_fix(
    db_url: str,
    cdchoabinh_mirror: MirrorServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    warc = tmp_path / "warc"
    # A minimum body length the 1201 article does not reach: "too short" when crawled.
    monkeypatch.setattr(CdcHoaBinhSpider, "article_rules", replace(ORIGINAL, min_body_chars=3000))
    outcome = await crawl(
        "cdchoabinh", cdchoabinh_mirror.url, db_url, settings={"ARCHIVE_WARC_DIR": str(warc)}
    )
    assert outcome.stats.get("archive/rejected") == 1
    assert BASE + TIEM_CHUNG not in _articles(db_url)
    served = len(cdchoabinh_mirror.requests)

    monkeypatch.setattr(CdcHoaBinhSpider, "article_rules", ORIGINAL)  # the fix
    code, out = _reextract(db_url, warc, capsys)
    assert code == 0, out.err
    assert (
        "3 article pages examined, 0 articles changed (1 new versions), 1 newly accepted" in out.out
    )
    recovered = _articles(db_url)[BASE + TIEM_CHUNG]
    assert PARAGRAPH in recovered.text and recovered.title.startswith("TRIỂN KHAI TIÊM CHỦNG")
    [version] = [v for v in _versions(db_url) if v.canonical_url == BASE + TIEM_CHUNG]
    assert (version.version, version.origin) == (1, "reextract")
    assert version.rules_version == rules_version(ORIGINAL)
    assert main(["search", '"tiêm chủng mở rộng"', "--db", db_url, "--json"]) == 0
    assert TIEM_CHUNG in capsys.readouterr().out

    # Broken again: the page is reported as newly rejected and its article kept.
    monkeypatch.setattr(CdcHoaBinhSpider, "article_rules", replace(ORIGINAL, min_body_chars=3000))
    code, out = _reextract(db_url, warc, capsys, "--diff")
    assert code == 0, out.err
    assert "1 newly rejected" in out.out
    assert f"newly rejected {BASE}{TIEM_CHUNG}: too short" in out.out
    assert _articles(db_url)[BASE + TIEM_CHUNG] == recovered
    assert len(cdchoabinh_mirror.requests) == served


# -- kill -9 -------------------------------------------------------------------------------

PAGES = 240
# The child: the changed rule, small transactions, and a pause before each one is written
# so that the kill lands mid-run on a fast machine too (the mirror is gone: nothing can be
# fetched). Extraction runs in the pool's worker processes, as it does for users.
CHILD = f"""
import sys, time
from dataclasses import replace
import crawler.capture.reextract as reextract
import crawler.db.reextract as store
from crawler.cli import main
from spiders.nukeviet import CdcHoaBinhSpider
rules = CdcHoaBinhSpider.article_rules
CdcHoaBinhSpider.article_rules = replace(rules, drop_phrases=(*rules.drop_phrases, {PARAGRAPH!r}))
reextract.CHUNK = 10
write = store.write_chunk
def slow(*args):
    time.sleep(float(sys.argv[1]))
    return write(*args)
store.write_chunk = slow
sys.exit(main(sys.argv[2:]))
"""


def _run_child(db: str, warc: Path, pause: float, **popen: Any) -> subprocess.Popen:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    env.pop("DATABASE_URL", None)
    args = ["reextract", "--site", "cdchoabinh", "--db", db, "--warc-dir", str(warc)]
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, str(pause), *args], cwd=REPO, env=env, **popen
    )


def _tables(db: str) -> tuple[list[Any], list[Any]]:
    articles = query_rows(db, sa.select(Article).order_by(Article.id))
    versions = query_rows(db, sa.select(ArticleVersion).order_by(ArticleVersion.id))
    return articles, versions


@pytest.mark.slow
def test_kill_9_during_a_reextraction_then_rerun_examines_every_page_once(tmp_path: Path) -> None:
    root = tmp_path / "mirror"
    root.mkdir()
    build(root, PAGES, 20, datetime(2024, 7, 20, 9, 0, tzinfo=VIETNAM), timedelta(hours=6))
    warc, db_path = tmp_path / "warc", tmp_path / "killed.db"
    db = f"sqlite:///{db_path}"
    with MirrorServer(root) as mirror:
        crawled = run_cli(
            "crawl",
            "cdchoabinh",
            "--mirror",
            mirror.url,
            "--db",
            db,
            "--max-pages",
            "1000",
            "--log-level",
            "WARNING",
            env={"ARCHIVE_WARC_DIR": str(warc)},
            timeout=600,
        )
    assert crawled.returncode == 0, crawled.stderr[-3000:]
    articles, versions = _tables(db)
    assert len(articles) == len(versions) == PAGES
    reference = f"sqlite:///{tmp_path / 'reference.db'}"
    shutil.copy(db_path, tmp_path / "reference.db")

    process = _run_child(db, warc, 0.2, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    position = 0
    while time.monotonic() < deadline and process.poll() is None:
        jobs = query_rows(db, sa.select(ReextractJob.last_capture_id))
        position = jobs[0][0] if jobs else 0
        if position:
            break
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert position, "the re-extraction ended before its first chunk was stored"
    [job] = query_rows(db, sa.select(ReextractJob))
    assert job.status == "running" and 0 < job.counts["examined"] < PAGES
    examined_before = job.counts["examined"]
    rewritten = sum(PARAGRAPH not in a.text for a in query_rows(db, sa.select(Article)))
    assert rewritten == examined_before  # the journal and the articles moved together

    resumed = _run_child(db, warc, 0, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    out, err = resumed.communicate(timeout=600)
    assert resumed.returncode == 0, err[-3000:]
    assert f"resumed an interrupted re-extraction ({examined_before} pages examined before)" in out
    assert f"{PAGES} article pages examined, {PAGES} articles changed ({PAGES} new versions)" in out
    [job] = query_rows(db, sa.select(ReextractJob))
    assert job.status == "finished" and job.counts["examined"] == PAGES

    uninterrupted = _run_child(
        reference, warc, 0, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    out, err = uninterrupted.communicate(timeout=600)
    assert uninterrupted.returncode == 0, err[-3000:]
    assert f"{PAGES} article pages examined, {PAGES} articles changed ({PAGES} new versions)" in out
    articles, versions = _tables(db)
    assert len(versions) == 2 * PAGES
    assert all(v.origin == "reextract" for v in versions[PAGES:])
    assert (articles, versions) == _tables(reference)
