"""Latency of the reading room's search and article pages on a synthetic archive.

The archive is ``bench/search_scale.py``'s (bigram-model Vietnamese text, SQLite). The
app (``crawler.webapp``) is driven in process through Starlette's TestClient, so the
times are the app's own: query, ranking, snippets and template rendering, without a
network hop. Search pages: the 20 queries of search_scale (relevance order), the same
sorted by date, and the empty box (newest articles); article pages: random ids.

Usage: ``python bench/webapp_latency.py --articles 1000000 --db /tmp/scale.db [--reuse]``
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import sys
import time
from dataclasses import asdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from search_scale import QUERIES, load, percentile
from starlette.testclient import TestClient

from crawler.webapp.app import build


def timed(client: TestClient, path: str, params: dict[str, str]) -> float:
    started = time.perf_counter()
    response = client.get(path, params=params)
    elapsed = time.perf_counter() - started
    assert response.status_code == 200, (path, params, response.status_code)
    return elapsed * 1000


def summary(values: list[float]) -> dict[str, float]:
    return {
        "n": len(values),
        "p50_ms": round(statistics.median(values), 1),
        "p95_ms": round(percentile(values, 0.95), 1),
        "max_ms": round(max(values), 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, default=Path("/tmp/newsarchive-scale.db"))
    parser.add_argument("--reuse", action="store_true")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--article-pages", type=int, default=300)
    args = parser.parse_args()
    if not (args.reuse and args.db.exists()):
        args.db.unlink(missing_ok=True)
        seconds = load(args.db, args.articles)
        print(f"loaded {args.articles:,} articles in {seconds:.0f} s", file=sys.stderr)
    with sqlite3.connect(args.db) as connection:
        count = connection.execute("select max(id) from articles").fetchone()[0]
    results: dict[str, list[float]] = {"search": [], "search_by_date": [], "newest": []}
    with TestClient(build(str(args.db)), base_url="http://127.0.0.1") as client:
        client.get("/", params={"q": "y tế"})  # warm the caches as a running server has
        for query, options in QUERIES:
            params = {"q": query}
            if options.get("diacritics") is False:
                params["plain"] = "1"
            filters = options.get("filters")
            for name, value in (asdict(filters) if filters else {}).items():
                if value and name in ("site", "province", "section", "author"):
                    params[name] = value
            for _ in range(args.repeat):
                results["search"].append(timed(client, "/", params))
                results["search_by_date"].append(timed(client, "/", {**params, "sort": "date"}))
        for _ in range(args.repeat * 4):
            results["newest"].append(timed(client, "/", {}))
        rng = random.Random(7)
        results["article"] = [
            timed(client, f"/article/{rng.randint(1, count)}", {})
            for _ in range(args.article_pages)
        ]
    report = {
        "articles": count,
        "database": "sqlite",
        "pages": {name: summary(values) for name, values in results.items()},
    }
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
