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


def cmd_export(args: argparse.Namespace) -> int:
    from crawler.export import FORMATS, export

    fmt = args.format or args.out.suffix.lstrip(".").lower()
    if fmt not in FORMATS:
        raise ValueError(f"cannot tell the format from {args.out.name!r}; pass --format")
    engine = make_engine(args.db)
    written = export(
        engine,
        args.out,
        fmt,
        args.query,
        filters_from(args),
        diacritics=not args.ignore_diacritics,
        progress=not args.no_progress and sys.stderr.isatty(),
    )
    engine.dispose()
    print(f"{written} articles written to {args.out} ({fmt})")
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    from crawler.stats import crawl_health, per_site_month, plot

    engine = make_engine(args.db)
    table = per_site_month(engine, day(args.since))
    health = crawl_health(engine)
    engine.dispose()
    months = sorted({m for counts in table.values() for m in counts})
    width = max([len(s) for s in table] + [4])
    print("Articles per site per month (publication month, Vietnam time)")
    print(f"{'site':<{width}}  " + "  ".join(f"{m:>7}" for m in months) + "    total")
    for site in sorted(table):
        counts = [table[site].get(m, 0) for m in months]
        print(f"{site:<{width}}  " + "  ".join(f"{n:>7}" for n in counts) + f"  {sum(counts):>7}")
    print("\nCrawl health")
    print(
        f"{'site':<{width}}  {'last successful run':<25}  {'last status':<20}  "
        f"{'7 days':>6}  {'30 days':>7}  {'total':>7}"
    )
    for row in health:
        when = (
            row.last_success.astimezone(VIETNAM).strftime("%Y-%m-%d %H:%M")
            if row.last_success
            else "never"
        )
        print(
            f"{row.site:<{width}}  {when:<25}  {row.last_status or '-':<20}  "
            f"{row.articles_7d:>6}  {row.articles_30d:>7}  {row.total:>7}"
        )
    if args.plot:
        plot(table, args.plot)
        print(f"\nchart written to {args.plot}")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from crawler.web.serve import is_loopback, serve

    sql = args.allow_sql if args.allow_sql is not None else is_loopback(args.host)
    print(
        f"serving the archive on http://{args.host}:{args.port}/ "
        f"(arbitrary SQL {'on' if sql else 'off'}; Ctrl-C stops)",
        flush=True,
    )
    serve(args.db, args.host, args.port, args.allow_sql)
    return 0
