"""``newsarchive health`` on a real crawl: quiet while a site is clean, loud when it breaks.

The crawls run in this process (``tests/crawling.py``); ``health`` is called through
:func:`crawler.cli.main`, its output and exit code read as a user would read them.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import pytest_twisted
import sqlalchemy as sa
from conftest import query_rows, site_index
from crawling import crawl

from crawler.cli import main
from crawler.db.models import Article
from crawler.mirror import MirrorServer
from crawler.samples import mirror_root

_ARTICLES = sa.select(Article.canonical_url, Article.text, Article.warnings)
LEAK = "<p>Chia sẻ bài viết | Thống kê truy cập: Hôm nay 56, Hôm qua 576</p>"


async def _crawl(db: str, root: Path, refresh: bool = False) -> None:
    with MirrorServer(root) as mirror:
        outcome = await crawl("cdchoabinh", mirror.url, db, refresh=refresh)
    assert outcome.ok, outcome.stats


def _health(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    """Exit code and standard output of ``newsarchive health``."""
    capsys.readouterr()
    code = main(["health", *args])
    return code, capsys.readouterr().out


@pytest_twisted.ensureDeferred
async def test_health_flags_a_site_whose_pages_started_leaking_boilerplate(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "mirror"
    shutil.copytree(mirror_root("cdchoabinh"), root)
    db = f"sqlite:///{tmp_path / 'archive.db'}"
    await _crawl(db, root)
    code, healthy = _health(capsys, "--db", db)
    assert code == 0, healthy
    assert "cdchoabinh: ok" in healthy

    # A theme change puts a share bar with the visit counter inside the article body.
    for page in site_index("cdchoabinh")["pages"]:
        if page["kind"] == "article":
            path = root / page["file"]
            path.write_text(_insert_into_body(path.read_text("utf-8")), "utf-8")
    await _crawl(db, root, refresh=True)
    code, broken = _health(capsys, "--db", db)
    assert code == 1
    assert "cdchoabinh: NEEDS ATTENTION" in broken
    assert "3 of 3 recent articles: boilerplate in text" in broken
    report = json.loads(_health(capsys, "--db", db, "--json")[1])
    [site] = report
    assert site["needs_attention"] and site["broken"] == {"boilerplate in text": 3}


def _insert_into_body(html: str) -> str:
    """Append the leak as the body's first paragraph (the body div's first child)."""
    start = html.index('id="news-bodyhtml"')
    close = html.index(">", start) + 1
    return html[:close] + LEAK + html[close:]


@pytest_twisted.ensureDeferred
async def test_a_redesign_that_the_rules_miss_loses_no_article_and_shows_in_health(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "mirror"
    shutil.copytree(mirror_root("cdchoabinh"), root)
    db = f"sqlite:///{tmp_path / 'archive.db'}"
    await _crawl(db, root)
    before = {row.canonical_url: row.text for row in query_rows(db, _ARTICLES)}
    assert len(before) == 3

    # A new theme: the article column and body container lose NukeViet's markers.
    for page in site_index("cdchoabinh")["pages"]:
        if page["kind"] == "article":
            path = root / page["file"]
            html = path.read_text("utf-8")
            html = html.replace('id="news-bodyhtml"', 'id="noi-dung"')
            html = html.replace('class="news_column', 'class="cot-tin')
            path.write_text(html, "utf-8")
    await _crawl(db, root, refresh=True)
    after = query_rows(db, _ARTICLES)
    assert {row.canonical_url for row in after} == set(before)
    for row in after:
        assert row.warnings[0].startswith("site rules did not match: generic extraction")
        # Every paragraph archived under the old theme is still in the text.
        for paragraph in before[row.canonical_url].split("\n"):
            assert paragraph in row.text
    report = json.loads(_health(capsys, "--db", db, "--json")[1])
    [site] = report
    assert site["broken"].get("site rules did not match") == 3, site
    assert site["needs_attention"]
