"""Incremental crawls cost what is new: listings and feed, plus one fetch per new article."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest_twisted
from conftest import site_index
from crawling import crawl

from crawler.samples import mirror_root
from crawler.testing.mirror import MirrorServer

TEMPLATE = "news/hoat-dong/tiem-chung-mo-rong-dot-3-nam-2024-1201.html"


def add_new_articles(root: Path, count: int) -> set[str]:
    """Publish ``count`` new articles at the top of listing page 1; return their paths."""
    template = (root / TEMPLATE).read_text("utf-8")
    listing = root / "news/hoat-dong/index.html"
    html = listing.read_text("utf-8")
    marker = '<div class="news_column">'
    paths = set()
    items = ""
    for n in range(count):
        path = f"/news/hoat-dong/tin-moi-so-{n}-{2000 + n}.html"
        page = re.sub(
            r'(<link rel="canonical" href=")[^"]+', rf"\g<1>https://cdchoabinh.vn{path}", template
        )
        page = re.sub(r'(itemprop="headline"[^>]*>)', rf"\g<1>Tin mới số {n}: ", page, count=1)
        (root / path.lstrip("/")).write_text(page, "utf-8")
        items += f'<div class="panel-body"><h3><a href="{path}">Tin mới số {n}</a></h3></div>'
        paths.add(path)
    listing.write_text(html.replace(marker, marker + items, 1), "utf-8")
    return paths


@pytest_twisted.ensureDeferred
async def test_recrawl_fetches_listings_and_feed_only_then_one_request_per_new_article(
    tmp_path: Path,
) -> None:
    root = tmp_path / "mirror"
    shutil.copytree(mirror_root("cdchoabinh"), root)
    db = f"sqlite:///{tmp_path / 'archive.db'}"
    articles = {
        "/" + p["file"] for p in site_index("cdchoabinh")["pages"] if p["kind"] == "article"
    }
    with MirrorServer(root) as mirror:
        assert (await crawl("cdchoabinh", mirror.url, db)).ok
        mirror.requests.clear()
        assert (await crawl("cdchoabinh", mirror.url, db)).ok
        assert set(mirror.requests) == {
            "/robots.txt",
            "/news/rss/",
            "/news/hoat-dong/",
            "/news/hoat-dong/page-2/",
        }
        new = add_new_articles(root, 4)
        mirror.requests.clear()
        outcome = await crawl("cdchoabinh", mirror.url, db)
        fetched_articles = [p for p in mirror.requests if p.endswith(".html")]
    assert outcome.ok and "4 new" in outcome.summary()
    assert sorted(fetched_articles) == sorted(new)  # 1.0 request per new article
    assert not articles & set(mirror.requests)
