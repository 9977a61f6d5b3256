"""Commands for analysts: ``search``, ``export``, ``stats`` and ``serve``.

pyarrow, matplotlib, the web app and Datasette are imported when their command runs.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

from crawler.cli.options import db_argument, filter_arguments
from crawler.db.access import open_archive
from crawler.db.search import Filters, Hit, search
from crawler.extract.dates import VIETNAM, day_bound
from crawler.search.fold import wants_diacritics

HIT_FIELDS = ("rank", "site", "published", "title", "authors", "section", "url", "snippet")


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    search_ = commands.add_parser("search", help="full-text search (Vietnamese-aware)")
    search_.add_argument("query", help='words, "a phrase", OR, NOT/-word, (groups)')
    search_.add_argument(
        "-i",
        "--ignore-diacritics",
        action="store_true",
        help="match without diacritics even when the query has some (a query typed without "
        "any already matches without them: 'suc khoe' finds 'sức khỏe')",
    )
    filter_arguments(search_)
    search_.add_argument("--limit", type=int, default=20, help="results per page")
    search_.add_argument("--page", type=int, default=1)
    output = search_.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="JSON lines")
    output.add_argument("--csv", action="store_true", help="CSV with a header row")
    db_argument(search_)
    search_.set_defaults(handler=cmd_search)

    export = commands.add_parser("export", help="stream articles to CSV, JSONL or Parquet")
    export.add_argument("query", nargs="?", help="a search query (default: every article)")
    export.add_argument(
        "--format",
        choices=["csv", "jsonl", "parquet"],
        default=None,
        help="default: from the --out suffix",
    )
    export.add_argument("--out", type=Path, required=True)
    export.add_argument("-i", "--ignore-diacritics", action="store_true")
    export.add_argument("--no-progress", action="store_true", help="no progress bar")
    export.add_argument("--force", action="store_true", help="replace an existing file")
    export.add_argument(
        "--no-bom",
        action="store_true",
        help="CSV without the byte-order mark (written by default so that Excel reads UTF-8)",
    )
    filter_arguments(export)
    db_argument(export)
    export.set_defaults(handler=cmd_export)

    stats = commands.add_parser("stats", help="articles per site per month; crawl health")
    stats.add_argument("--since", help="count articles from this day (YYYY-MM-DD)")
    stats.add_argument("--plot", type=Path, metavar="PNG", help="also draw a chart")
    db_argument(stats)
    stats.set_defaults(handler=cmd_stats)

    serve = commands.add_parser(
        "serve",
        help="the web reading room: search, read, compare versions, chart, export",
        description="The archive's own web app, read-only, on SQLite or PostgreSQL. "
        "--sql serves Datasette (SQLite only) for arbitrary SQL instead.",
    )
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8001)
    serve.add_argument(
        "--sql",
        action="store_true",
        help="serve Datasette (SQL on the SQLite archive) instead of the reading room; "
        "arbitrary SQL only on loopback unless --allow-sql",
    )
    serve.add_argument(
        "--warc-dir", metavar="DIR", help="the WARC folder of the raw captures (as `capture`)"
    )
    sql = serve.add_mutually_exclusive_group()
    sql.add_argument(
        "--allow-sql",
        dest="allow_sql",
        action="store_true",
        default=None,
        help="with --sql: allow arbitrary SQL even on a public address",
    )
    sql.add_argument(
        "--no-sql",
        dest="allow_sql",
        action="store_false",
        help="with --sql: no arbitrary SQL, even on localhost",
    )
    db_argument(serve)
    serve.set_defaults(handler=cmd_serve)


def filters_from(args: argparse.Namespace) -> Filters:
    """The filter options as the search layer's :class:`Filters` (days in Vietnam time)."""
    return Filters(
        site=args.site,
        province=args.province,
        since=day_bound(args.since),
        until=day_bound(args.until, end=True),
        section=args.section,
        author=args.author,
    )


def hit_row(hit: Hit) -> dict[str, object]:
    """One search hit as the fields every output format prints, times in Vietnam."""
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
    engine = open_archive(args.db)
    results = search(
        engine,
        args.query,
        filters_from(args),
        diacritics=not args.ignore_diacritics and wants_diacritics(args.query or ""),
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
            f"{_matching(results.total)}; showing {first}-{first + len(rows) - 1}"
            if rows
            else f"{_matching(results.total)}; none on page {args.page}"
        )
        if results.total == 0:
            print(_no_match_hint(args))
        for row in rows:
            when = (row["published"] or "undated")[:16].replace("T", " ")
            print(f"\n{when}  [{row['site']}]  {row['title']}\n  {row['url']}\n  {row['snippet']}")
    return 0


def _matching(total: int) -> str:
    return "1 article matches" if total == 1 else f"{total:,} articles match"


def _no_match_hint(args: argparse.Namespace) -> str:
    """What to try when nothing matched: the folding used and the filters in force."""
    exact = not args.ignore_diacritics and wants_diacritics(args.query)
    hints = []
    if exact:
        hints.append("diacritics were matched exactly; -i matches without them")
    filters = [
        f"--{name.replace('_', '-')} {value}"
        for name in ("site", "province", "since", "until", "section", "author")
        if (value := getattr(args, name, None))
    ]
    if filters:
        hints.append(f"filters in force: {' '.join(filters)}")
    hints.append("check the spelling, or use OR between alternatives")
    return "hint: " + "; ".join(hints)


def cmd_export(args: argparse.Namespace) -> int:
    from crawler.reports.export import FORMATS, export

    fmt = args.format or args.out.suffix.lstrip(".").lower()
    if fmt not in FORMATS:
        raise ValueError(f"cannot tell the format from {args.out.name!r}; pass --format")
    if args.out.exists() and not args.force:
        raise ValueError(f"{args.out} exists; pass --force to replace it")
    engine = open_archive(args.db)
    written = export(
        engine,
        args.out,
        fmt,
        args.query,
        filters_from(args),
        diacritics=not args.ignore_diacritics and wants_diacritics(args.query or ""),
        progress=not args.no_progress and sys.stderr.isatty(),
        bom=not args.no_bom,
    )
    engine.dispose()
    print(f"{written} article{'s' if written != 1 else ''} written to {args.out} ({fmt})")
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    from crawler.db.reports import per_site_month
    from crawler.reports.stats import crawl_health, plot, render

    engine = open_archive(args.db)
    table = per_site_month(engine, day_bound(args.since))
    health = crawl_health(engine)
    engine.dispose()
    for line in render(table, health):
        print(line)
    if args.plot:
        plot(table, args.plot)
        print(f"\nchart written to {args.plot}")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    if not args.sql:
        if args.allow_sql is not None:
            raise ValueError("--allow-sql and --no-sql go with --sql (Datasette)")
        from crawler.webapp.app import build

        app = build(args.db, warc_dir=args.warc_dir and Path(args.warc_dir))
        print(
            f"serving the reading room on http://{args.host}:{args.port}/ "
            "(read-only; Ctrl-C stops)",
            flush=True,
        )
        import uvicorn

        uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
        return 0
    from crawler.web.serve import is_loopback, serve

    sql = args.allow_sql if args.allow_sql is not None else is_loopback(args.host)
    print(
        f"serving the archive in Datasette on http://{args.host}:{args.port}/ "
        f"(arbitrary SQL {'on' if sql else 'off'}; Ctrl-C stops)",
        flush=True,
    )
    serve(args.db, args.host, args.port, args.allow_sql)
    return 0
