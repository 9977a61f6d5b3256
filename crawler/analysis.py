"""CLI handlers for analysts: search (and, below, its output formats)."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from datetime import datetime, time

from crawler.db.search import Filters, Hit, search
from crawler.db.session import make_engine
from crawler.extract.dates import VIETNAM

HIT_FIELDS = ("rank", "site", "published", "title", "authors", "section", "url", "snippet")


def day(value: str | None, end: bool = False) -> datetime | None:
    """``YYYY-MM-DD`` → the start (or end) of that day in Vietnam; a clear error otherwise."""
    if not value:
        return None
    try:
        date = datetime.strptime(value, "%Y-%m-%d").date()
    except ValueError as exc:
        raise ValueError(f"{value!r} is not a date in YYYY-MM-DD form") from exc
    return datetime.combine(date, time.max if end else time.min, tzinfo=VIETNAM)


def filters_from(args: argparse.Namespace) -> Filters:
    return Filters(
        site=args.site,
        province=args.province,
        since=day(args.since),
        until=day(args.until, end=True),
        section=args.section,
        author=args.author,
    )


def hit_row(hit: Hit) -> dict[str, object]:
    return {
        "rank": round(hit.rank, 4),
        "site": hit.site,
        "published": hit.published.astimezone(VIETNAM).isoformat() if hit.published else None,
        "title": hit.title,
        "authors": hit.authors,
        "section": hit.section,
        "url": hit.url,
        "snippet": hit.snippet,
    }


def cmd_search(args: argparse.Namespace) -> int:
    if args.limit < 1 or args.page < 1:
        raise ValueError("--limit and --page must be at least 1")
    engine = make_engine(args.db)
    results = search(
        engine,
        args.query,
        filters_from(args),
        diacritics=not args.ignore_diacritics,
        limit=args.limit,
        offset=(args.page - 1) * args.limit,
    )
    engine.dispose()
    rows = [hit_row(hit) for hit in results.hits]
    if args.json:
        for row in rows:
            print(json.dumps(row, ensure_ascii=False))
    elif args.csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=HIT_FIELDS)
        writer.writeheader()
        for row in rows:
            writer.writerow({**row, "authors": "; ".join(row["authors"])})
    else:
        first = (args.page - 1) * args.limit + 1
        print(
            f"{results.total} articles match; showing {first}-{first + len(rows) - 1}"
            if rows
            else f"{results.total} articles match; none on page {args.page}"
        )
        for row in rows:
            when = (row["published"] or "undated")[:16].replace("T", " ")
            print(f"\n{when}  [{row['site']}]  {row['title']}\n  {row['url']}\n  {row['snippet']}")
    return 0
