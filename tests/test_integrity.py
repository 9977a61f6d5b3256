"""A good stored version survives a bad re-fetch; credentials never cross hosts."""

from __future__ import annotations

import gzip
import shutil
from pathlib import Path

import pytest_twisted
import sqlalchemy as sa
from crawling import crawl
from scrapy import Request
from scrapy.downloadermiddlewares.redirect import RedirectMiddleware
from scrapy.http import Response
from scrapy.utils.test import get_crawler

from crawler.db.models import Article, ArticleVersion, CrawlRun
from crawler.db.session import make_engine
from crawler.samples import mirror_root
from crawler.testing.mirror import MirrorServer

ARTICLE = "/news/hoat-dong/hoi-nghi-so-ket-cong-tac-y-te-6-thang-dau-nam-2024-1234.html"
URL = "https://cdchoabinh.vn" + ARTICLE


def _state(db: str) -> tuple[str, int, dict]:
    engine = make_engine(db)
    with engine.connect() as connection:
        text = connection.scalar(sa.select(Article.text).where(Article.canonical_url == URL))
        versions = connection.scalar(
            sa.select(sa.func.count())
            .select_from(ArticleVersion)
            .join(Article)
            .where(Article.canonical_url == URL)
        )
        summary = connection.scalars(
            sa.select(CrawlRun.error_summary).order_by(CrawlRun.id.desc())
        ).first()
    engine.dispose()
    return text, versions, summary


@pytest_twisted.ensureDeferred
async def test_truncated_or_shrunken_refetch_keeps_the_stored_version(tmp_path: Path) -> None:
    root = tmp_path / "mirror"
    shutil.copytree(mirror_root("cdchoabinh"), root)
    db = f"sqlite:///{tmp_path / 'archive.db'}"
    page = (root / ARTICLE.lstrip("/")).read_bytes()
    with MirrorServer(root) as mirror:
        assert (await crawl("cdchoabinh", mirror.url, db)).ok
        good_text, _, _ = _state(db)
        # 1. The same page arrives as a gzip stream cut at 60 %: no error, half a page.
        compressed = gzip.compress(page)
        mirror.scripted[ARTICLE] = [
            (
                200,
                {"Content-Type": "text/html; charset=utf-8", "Content-Encoding": "gzip"},
                compressed[: len(compressed) * 6 // 10],
            )
        ]
        assert (await crawl("cdchoabinh", mirror.url, db, refresh=True)).ok
        text, versions, summary = _state(db)
        assert (text, versions) == (good_text, 1)
        assert summary["rejected"] == {"truncated body": 1}
        # 2. A complete page whose body lost most of its paragraphs (a broken template).
        start = page.index(b'id="news-bodyhtml"')
        start = page.index(b">", start) + 1
        end = page.index(b"<p", page.index(b"</p>", start))
        close = page.index(b"</div>", end)
        mirror.scripted[ARTICLE] = [
            (200, {"Content-Type": "text/html; charset=utf-8"}, page[:end] + page[close:])
        ]
        assert (await crawl("cdchoabinh", mirror.url, db, refresh=True)).ok
        text, versions, summary = _state(db)
    assert (text, versions) == (good_text, 1)
    assert summary["suspect"] == {"shrunk_below_half": 1}


def test_authorization_and_cookie_do_not_follow_a_cross_host_redirect() -> None:
    crawler = get_crawler()
    middleware = RedirectMiddleware.from_crawler(crawler)
    request = Request(
        "https://cdchoabinh.vn/news/a-1.html",
        headers={"Authorization": "Basic c2VjcmV0", "Cookie": "session=1"},
    )
    same_host = Response(
        request.url, status=301, headers={"Location": "https://cdchoabinh.vn/news/a-2.html"}
    )
    followed = middleware.process_response(request, same_host)
    assert followed.headers.get("Authorization") == b"Basic c2VjcmV0"
    other_host = Response(
        request.url, status=302, headers={"Location": "https://tracker.example/collect"}
    )
    redirected = middleware.process_response(request, other_host)
    assert isinstance(redirected, Request)
    assert b"Authorization" not in redirected.headers
    assert b"Cookie" not in redirected.headers
