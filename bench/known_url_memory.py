"""Known-URL state of a routine crawl when the site already has many archived articles.

A routine crawl skips links that are already archived. It used to load every archived URL
of the site into a set at start-up; it now asks the archive, per listing page, feed or
sitemap, which of the links that page yielded are archived
(``crawler.db.repository.archived_among``). This script builds an SQLite archive with N
articles of one site and measures, in the same run:

* the old state: the set of every archived URL, normalised (memory with ``tracemalloc``,
  time to build it);
* the new state: what a routine crawl holds while asking about 5 listing pages of 20
  links, 15 of them archived (peak ``tracemalloc`` memory during the lookups, their time).

Usage: ``python bench/known_url_memory.py [--articles 100000]``; writes
``bench/results/known_url_memory.json``.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
import tracemalloc
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa

from crawler.db.migrate import upgrade
from crawler.db.models import Article
from crawler.db.repository import SiteInfo, archived_among, ensure_site
from crawler.db.session import make_engine
from crawler.urls import normalize_url

BASE = "https://cdchoabinh.vn/news/hoat-dong/"
RESULTS = Path(__file__).resolve().parent / "results" / "known_url_memory.json"


def article_url(n: int) -> str:
    return f"{BASE}bai-viet-mau-ve-cong-tac-y-te-du-phong-so-{n}-{100000 + n}.html"


def build_archive(engine: sa.Engine, articles: int) -> int:
    upgrade(engine)
    site_id = ensure_site(
        engine, SiteInfo("cdchoabinh", "CDC Hòa Bình", "https://cdchoabinh.vn", "nukeviet", None)
    )
    now = datetime.now(UTC)
    rows = [
        {
            "site_id": site_id,
            "canonical_url": article_url(n),
            "url": article_url(n) + "?utm_source=rss",
            "title": f"Bài {n}",
            "text": "Nội dung.",
            "word_count": 1,
            "content_hash": f"{n:064x}",
            "extractor_version": "1",
            "first_seen_at": now,
            "last_seen_at": now,
        }
        for n in range(articles)
    ]
    with engine.begin() as connection:
        for start in range(0, len(rows), 5000):
            connection.execute(sa.insert(Article), rows[start : start + 5000])
    return site_id


def old_state(engine: sa.Engine) -> tuple[int, float]:
    tracemalloc.start()
    started = time.perf_counter()
    with engine.connect() as connection:
        rows = connection.execute(sa.select(Article.url, Article.canonical_url)).all()
    known = {normalize_url(url) for row in rows for url in row}
    elapsed = time.perf_counter() - started
    del rows
    size = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    assert len(known) >= 1
    return size, elapsed


def new_state(engine: sa.Engine, site_id: int, articles: int) -> tuple[int, float]:
    pages = [
        [article_url(articles + p * 5 + k) for k in range(5)]  # 5 new links per page
        + [article_url(articles - 1 - p * 15 - k) for k in range(15)]  # 15 archived ones
        for p in range(5)
    ]
    tracemalloc.start()
    started = time.perf_counter()
    for links in pages:
        found = archived_among(engine, site_id, links)
        assert len(found) == 15, len(found)
    elapsed = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak, elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        engine = make_engine(f"sqlite:///{Path(folder) / 'archive.db'}")
        site_id = build_archive(engine, args.articles)
        old_bytes, old_seconds = old_state(engine)
        new_bytes, new_seconds = new_state(engine, site_id, args.articles)
        engine.dispose()
    result = {
        "articles": args.articles,
        "old_whole_site_set_mb": round(old_bytes / 2**20, 2),
        "old_startup_seconds": round(old_seconds, 3),
        "new_peak_mb_5_listing_pages": round(new_bytes / 2**20, 3),
        "new_seconds_5_listing_pages": round(new_seconds, 4),
        "memory_ratio_old_to_new": round(old_bytes / max(new_bytes, 1), 1),
    }
    RESULTS.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
