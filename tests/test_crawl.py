"""Crawling the NukeViet sample site from a loopback mirror into SQLite and PostgreSQL.

Pipelines are tested through real crawls in this process (``tests/crawling.py``): the
spider, the middlewares, both pipelines and the database, with the mirror standing in for
https://cdchoabinh.vn.
"""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest_twisted
import sqlalchemy as sa
from conftest import query_rows
from crawling import crawl

from crawler.db.models import Article, ArticleVersion, CrawlRun
from crawler.samples import mirror_root
from crawler.testing.mirror import MirrorServer

ICT = timezone(timedelta(hours=7))
SEED_URL = "https://cdchoabinh.vn/news/hoat-dong/hoi-nghi-so-ket-cong-tac-y-te-6-thang-dau-nam-2024-1234.html"
ARTICLE_PATHS = {
    "/news/hoat-dong/hoi-nghi-so-ket-cong-tac-y-te-6-thang-dau-nam-2024-1234.html",
    "/news/phong-chong-dich-benh/chu-dong-phong-chong-sot-xuat-huyet-mua-mua-2024-1240.html",
    "/news/hoat-dong/tiem-chung-mo-rong-dot-3-nam-2024-1201.html",
}


async def _crawl(db_url: str, mirror: MirrorServer, **options: Any) -> None:
    outcome = await crawl("cdchoabinh", mirror.url, db_url, **options)
    assert outcome.ok, outcome.stats


@pytest_twisted.ensureDeferred
async def test_crawl_archives_every_article_with_real_urls(db_url: str, cdchoabinh_mirror) -> None:
    await _crawl(db_url, cdchoabinh_mirror)
    articles = {row.canonical_url: row for row in query_rows(db_url, sa.select(Article))}
    assert {url.removeprefix("https://cdchoabinh.vn") for url in articles} == ARTICLE_PATHS
    seed = articles[SEED_URL]
    assert seed.title == "HỘI NGHỊ SƠ KẾT CÔNG TÁC Y TẾ 6 THÁNG ĐẦU NĂM 2024"
    assert seed.authors == ["Hồng Dung"]
    assert seed.published_at == datetime(2024, 7, 10, 6, 39, tzinfo=ICT)
    assert "Thống kê truy cập" not in seed.text and "Tổng số điểm" not in seed.text
    assert "<script" not in (seed.html or "")
    [run] = query_rows(db_url, sa.select(CrawlRun))
    assert (run.status, run.mode, run.articles_new, run.articles_rejected) == (
        "finished",
        "routine",
        3,
        0,
    )
    assert run.pages_fetched >= 6  # robots.txt, feed, two listing pages, three articles
    assert all(not p.startswith("/admin") for p in cdchoabinh_mirror.requests)


@pytest_twisted.ensureDeferred
async def test_second_crawl_writes_nothing_and_fetches_no_known_article(
    db_url: str, cdchoabinh_mirror
) -> None:
    await _crawl(db_url, cdchoabinh_mirror)
    versions_before = query_rows(db_url, sa.select(sa.func.count()).select_from(ArticleVersion))
    cdchoabinh_mirror.requests.clear()
    await _crawl(db_url, cdchoabinh_mirror)
    assert not ARTICLE_PATHS & set(cdchoabinh_mirror.requests)
    assert query_rows(db_url, sa.select(sa.func.count()).select_from(Article))[0][0] == 3
    assert (
        query_rows(db_url, sa.select(sa.func.count()).select_from(ArticleVersion))
        == versions_before
    )
    runs = query_rows(db_url, sa.select(CrawlRun).order_by(CrawlRun.id))
    assert [r.articles_new for r in runs] == [3, 0]
    assert runs[1].status == "finished"


def _edited_mirror(tmp_path: Path) -> Path:
    root = tmp_path / "mirror"
    shutil.copytree(mirror_root("cdchoabinh"), root)
    return root


@pytest_twisted.ensureDeferred
async def test_edited_article_gets_a_new_version_on_refresh(
    sqlite_url: str, tmp_path: Path
) -> None:
    root = _edited_mirror(tmp_path)
    with MirrorServer(root) as mirror:
        await _crawl(sqlite_url, mirror)
        page = root / "news/hoat-dong/hoi-nghi-so-ket-cong-tac-y-te-6-thang-dau-nam-2024-1234.html"
        html = page.read_text(encoding="utf-8")
        page.write_text(html.replace("ghi nhận bất kỳ", "ghi nhận thêm", 1), encoding="utf-8")
        await _crawl(sqlite_url, mirror, refresh=True)
    versions = query_rows(
        sqlite_url,
        sa.select(ArticleVersion.version, ArticleVersion.text)
        .join(Article)
        .where(Article.canonical_url == SEED_URL)
        .order_by(ArticleVersion.version),
    )
    assert [v.version for v in versions] == [1, 2]
    assert "ghi nhận bất kỳ" in versions[0].text and "ghi nhận thêm" in versions[1].text
    runs = query_rows(sqlite_url, sa.select(CrawlRun).order_by(CrawlRun.id))
    assert (runs[1].articles_updated, runs[1].articles_unchanged) == (1, 2)


@pytest_twisted.ensureDeferred
async def test_bad_pages_are_counted_and_the_crawl_goes_on(sqlite_url: str, tmp_path: Path) -> None:
    root = _edited_mirror(tmp_path)
    listing = root / "news/hoat-dong/index.html"
    bad_links = (
        '<div class="panel-body"><h3><a href="/news/hoat-dong/bai-da-xoa-9001.html">Bài đã xoá</a>'
        '</h3></div><div class="panel-body"><h3><a href="/news/hoat-dong/trang-trong-9002.html">'
        "Trang trống</a></h3></div>"
    )
    html = listing.read_text(encoding="utf-8")
    marker = '<div class="news_column">'
    assert marker in html
    listing.write_text(html.replace(marker, marker + bad_links, 1), encoding="utf-8")
    (root / "news/hoat-dong/trang-trong-9002.html").write_text(
        "<html><body><p>Trang đang bảo trì</p></body></html>", encoding="utf-8"
    )
    deleted = "/news/hoat-dong/bai-da-xoa-9001.html"
    with MirrorServer(root) as mirror:
        outcome = await crawl("cdchoabinh", mirror.url, sqlite_url)
        assert deleted in mirror.requests
        mirror.requests.clear()
        # The next routine crawl leaves the deleted article alone (its back-off is a day).
        again = await crawl("cdchoabinh", mirror.url, sqlite_url)
        assert deleted not in mirror.requests
    assert outcome.ok, outcome.stats
    assert again.ok, again.stats
    assert "1 rejected" in outcome.summary()
    run = query_rows(sqlite_url, sa.select(CrawlRun).order_by(CrawlRun.id))[0]
    assert run.articles_new == 3
    assert run.articles_rejected == 1
    assert run.error_summary["rejected"] == {"not an article": 1}
    # A deleted article still linked by the listing is the site's, not a fetch error.
    assert run.error_summary["gone"] == {"404": 1}
    assert "http" not in run.error_summary
    assert (run.status, run.errors) == ("finished", 0)
