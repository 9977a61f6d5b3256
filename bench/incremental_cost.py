"""Incremental crawl cost: requests per new article on a routine re-crawl.

Builds a NukeViet mirror of N articles (20 per listing page), archives it with a full
crawl, then publishes K new articles at the top of the listing (every older item shifts
down, as on the real sites) and runs a routine crawl. Reports the requests of that crawl:
robots.txt, listing pages, article pages, and article requests per new article (target
≤ 1.2). Baseline in the same run: the unchanged re-crawl before the new articles.

Usage: ``python bench/incremental_cost.py [--articles 300] [--new 20]``
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from crawl_throughput import NEWEST, PER_PAGE, STEP

from crawler.testing.generate import build
from crawler.testing.mirror import MirrorServer


def crawl(mirror: MirrorServer, db: str, *extra: str) -> list[str]:
    mirror.requests.clear()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "crawler.cli",
            "crawl",
            "cdchoabinh",
            "--mirror",
            mirror.url,
            "--db",
            db,
            "--log-level",
            "WARNING",
            *extra,
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise SystemExit(result.stderr[-3000:])
    return list(mirror.requests)


def split(requests: list[str]) -> dict[str, int]:
    listing = [r for r in requests if r.startswith("/news/hoat-dong/") and r.endswith("/")]
    articles = [r for r in requests if r.endswith(".html")]
    return {
        "total": len(requests),
        "listing_pages": len(listing),
        "articles": len(articles),
        "other": len(requests) - len(listing) - len(articles),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--new", type=int, default=20)
    parser.add_argument(
        "--out", type=Path, default=Path(__file__).parent / "results" / "incremental.json"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "mirror"
        root.mkdir()
        db = f"sqlite:///{Path(tmp) / 'archive.db'}"
        build(root, args.articles, PER_PAGE, NEWEST, STEP)
        with MirrorServer(root) as mirror:
            initial = split(crawl(mirror, db, "--max-pages", "100000"))
            unchanged = split(crawl(mirror, db))
            # K new articles ahead of the old ones: every old item shifts down the listing.
            build(
                root,
                args.articles + args.new,
                PER_PAGE,
                NEWEST + args.new * STEP,
                STEP,
                first=-args.new,
            )
            with_new = split(crawl(mirror, db))
    figures = {
        "articles": args.articles,
        "new": args.new,
        "initial_crawl": initial,
        "recrawl_unchanged": unchanged,
        "recrawl_with_new": with_new,
        "article_requests_per_new_article": round(with_new["articles"] / args.new, 2),
    }
    args.out.write_text(json.dumps(figures, indent=2) + "\n", "utf-8")
    print(json.dumps(figures, indent=2))
    return 0 if figures["article_requests_per_new_article"] <= 1.2 else 1


if __name__ == "__main__":
    sys.exit(main())
