"""Crawl throughput: a full crawl over loopback into SQLite vs bare trafilatura.

Builds a mirror of N NukeViet article pages (``crawler.testing.generate``: the cdchoabinh
sample article with its own title, URL and date) with listing pages, serves it on
127.0.0.1, crawls it with ``newsarchive crawl`` into a fresh SQLite file, and in the same
run measures on the same pages:

* bare ``trafilatura.bare_extraction(..., with_metadata=True)`` (the baseline),
* this project's extraction alone (``extract_article`` with the site's rules).

Figures are pages per second and ratios against the baseline, so they compare across
machines. Usage: ``python bench/crawl_throughput.py [--pages 300] [--out FILE]``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

import sqlalchemy as sa
import trafilatura

from crawler.db.models import CrawlRun
from crawler.db.session import make_engine
from crawler.extract import extract_article
from crawler.extract.dates import VIETNAM
from crawler.testing.generate import build
from crawler.testing.mirror import MirrorServer
from spiders.nukeviet import CdcHoaBinhSpider

SITE = "cdchoabinh"
BASE = CdcHoaBinhSpider.base_url
PER_PAGE = 20
NEWEST = datetime(2024, 7, 20, 9, 0, tzinfo=VIETNAM)
STEP = timedelta(hours=6)


def build_mirror(root: Path, pages: int) -> list[tuple[str, bytes]]:
    """``pages`` generated article pages (20 per listing page) under ``root``; returns each
    article's real URL and bytes."""
    built = build(root, pages, PER_PAGE, NEWEST, STEP)
    return [(f"{BASE}{path}", (root / path.lstrip("/")).read_bytes()) for path, _ in built]


def rate(count: int, seconds: float) -> float:
    return count / seconds if seconds else float("inf")


def time_extraction(articles: list[tuple[str, bytes]], fn) -> float:
    started = time.perf_counter()
    for url, body in articles:
        fn(url, body)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument(
        "--out", type=Path, default=Path(__file__).parent / "results" / "crawl_throughput.json"
    )
    args = parser.parse_args()
    rules = CdcHoaBinhSpider.article_rules
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "mirror"
        root.mkdir()
        articles = build_mirror(root, args.pages)
        bare = time_extraction(
            articles,
            lambda url, body: trafilatura.bare_extraction(
                body.decode("utf-8"), url=url, with_metadata=True
            ),
        )
        ours = time_extraction(articles, lambda url, body: extract_article(url, body, rules))
        db_url = f"sqlite:///{Path(tmp) / 'bench.db'}"
        with MirrorServer(root) as mirror:
            started = time.perf_counter()
            result = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "crawler.cli",
                    "crawl",
                    SITE,
                    "--mirror",
                    mirror.url,
                    "--db",
                    db_url,
                    "--max-pages",
                    "100000",
                    "--log-level",
                    "WARNING",
                ],
                capture_output=True,
                text=True,
                check=False,
                env={**os.environ, "DATABASE_URL": db_url},
            )
            wall = time.perf_counter() - started
        if result.returncode != 0:
            print(result.stdout, result.stderr[-4000:], sep="\n")
            return 1
        engine = make_engine(db_url)
        with engine.connect() as connection:
            run = connection.execute(sa.select(CrawlRun)).one()
        engine.dispose()
    crawl_seconds = (run.finished_at - run.started_at).total_seconds()
    stored = run.articles_new
    figures = {
        "date": datetime.now().isoformat(timespec="seconds"),
        "machine": (
            f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
        ),
        "pages": args.pages,
        "articles_archived": stored,
        "bare_trafilatura_pages_per_s": round(rate(args.pages, bare), 1),
        "extraction_only_pages_per_s": round(rate(args.pages, ours), 1),
        "crawl_pages_per_s": round(rate(stored, crawl_seconds), 1),
        "crawl_pages_per_s_incl_startup": round(rate(stored, wall), 1),
        "extraction_vs_bare_ratio": round(rate(args.pages, ours) / rate(args.pages, bare), 2),
        "crawl_vs_bare_ratio": round(rate(stored, crawl_seconds) / rate(args.pages, bare), 2),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(figures, indent=2) + "\n", "utf-8")
    width = max(map(len, figures))
    for key, value in figures.items():
        print(f"{key:<{width}}  {value}")
    return 0 if stored == args.pages else 1


if __name__ == "__main__":
    sys.exit(main())
