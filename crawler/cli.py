"""``newsarchive``: the project's command line. Thin: parse arguments, call the library.

Every command takes ``--db PATH_OR_URL`` (default ``$DATABASE_URL``, else
``sqlite:///archive.db``). ``main(argv)`` returns the exit code, so tests call it directly.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from crawler.search.query import QueryError

os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "crawler.settings")


def _db_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        default=None,
        help="archive database (default: $DATABASE_URL, else archive.db)",
    )


def _filter_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--site", help="site key")
    parser.add_argument("--province", help="province, pre- or post-2025 name")
    parser.add_argument("--since", help="published on or after (YYYY-MM-DD)")
    parser.add_argument("--until", help="published on or before (YYYY-MM-DD)")
    parser.add_argument("--section")
    parser.add_argument("--author", help="exact author name")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsarchive", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    db = commands.add_parser("db", help="manage the archive schema")
    db.add_argument("action", choices=["upgrade", "downgrade", "current"])
    db.add_argument("--revision", default=None, help="target revision (head / base by default)")
    _db_argument(db)

    sites = commands.add_parser("sites", help="list the registered sites")
    _db_argument(sites)

    crawl = commands.add_parser("crawl", help="crawl sites into the archive")
    crawl.add_argument("sites", nargs="*", metavar="SITE")
    crawl.add_argument(
        "--due",
        action="store_true",
        help="crawl every site whose interval has passed (the line for cron)",
    )
    crawl.add_argument("--parallel", type=int, default=4, help="sites crawled at once")
    crawl.add_argument("--since", help="backfill from this day (YYYY-MM-DD)")
    crawl.add_argument("--until", help="backfill up to this day (YYYY-MM-DD)")
    crawl.add_argument("--max-pages", type=int, help="listing pages to walk per listing")
    crawl.add_argument("--refresh", action="store_true", help="refetch archived articles")
    crawl.add_argument(
        "--mirror",
        metavar="URL",
        help="fetch from this origin (a saved mirror); store the real URLs",
    )
    crawl.add_argument("--log-level", default="INFO")
    crawl.add_argument(
        "-s",
        "--set",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="a Scrapy setting for this run (e.g. DOWNLOAD_TIMEOUT=10)",
    )
    _db_argument(crawl)

    backfill = commands.add_parser("backfill", help="archive a site's past, resumably")
    backfill.add_argument("site")
    backfill.add_argument("--since", required=True, help="date floor (YYYY-MM-DD)")
    backfill.add_argument("--until", help="newest day to archive (YYYY-MM-DD)")
    backfill.add_argument("--max-pages", type=int, help="listing pages per listing")
    backfill.add_argument("--mirror", metavar="URL", help="fetch from a saved mirror")
    backfill.add_argument("--log-level", default="INFO")
    _db_argument(backfill)

    extract = commands.add_parser("extract", help="extract one saved page and print JSON")
    extract.add_argument("file", type=Path, metavar="FILE")
    extract.add_argument("--site", required=True, help="site key or family key (nukeviet, generic)")
    extract.add_argument("--url", help="the page's real URL (default: file:// of FILE)")
    _db_argument(extract)

    articles = commands.add_parser("articles", help="list archived articles, newest first")
    articles.add_argument("--site")
    articles.add_argument("--limit", type=int, default=20)
    articles.add_argument(
        "--sort", default="published", help="published (default), archived, updated, title or words"
    )
    articles.add_argument("--json", action="store_true", help="one JSON object per line")
    _db_argument(articles)

    fixture = commands.add_parser("fixture", help="save a live page as a site fixture")
    fixture.add_argument("action", choices=["save"])
    fixture.add_argument("site")
    fixture.add_argument("url", help="the page to fetch")
    fixture.add_argument("--real-url", help="the page's address on the site, when URL is a copy")
    fixture.add_argument("--repo", type=Path, default=Path.cwd(), help="checkout to write into")
    _db_argument(fixture)

    search = commands.add_parser("search", help="full-text search (Vietnamese-aware)")
    search.add_argument("query", help='words, "a phrase", OR, NOT/-word, (groups)')
    search.add_argument(
        "-i",
        "--ignore-diacritics",
        action="store_true",
        help="match without diacritics: 'suc khoe' finds 'sức khỏe'",
    )
    _filter_arguments(search)
    search.add_argument("--limit", type=int, default=20, help="results per page")
    search.add_argument("--page", type=int, default=1)
    output = search.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="JSON lines")
    output.add_argument("--csv", action="store_true", help="CSV with a header row")
    _db_argument(search)

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
    export.add_argument("--no-progress", action="store_true")
    _filter_arguments(export)
    _db_argument(export)

    stats = commands.add_parser("stats", help="articles per site per month; crawl health")
    stats.add_argument("--since", help="count articles from this day (YYYY-MM-DD)")
    stats.add_argument("--plot", type=Path, metavar="PNG", help="also draw a chart")
    _db_argument(stats)

    serve = commands.add_parser("serve", help="browse and search the archive (Datasette)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8001)
    sql = serve.add_mutually_exclusive_group()
    sql.add_argument(
        "--allow-sql",
        dest="allow_sql",
        action="store_true",
        default=None,
        help="allow arbitrary SQL even on a public address",
    )
    sql.add_argument(
        "--no-sql",
        dest="allow_sql",
        action="store_false",
        help="no arbitrary SQL, even on localhost",
    )
    _db_argument(serve)

    health = commands.add_parser("health", help="per-site health; exit 1 if a site needs attention")
    health.add_argument("--json", action="store_true", help="machine-readable report")
    _db_argument(health)

    demo = commands.add_parser("demo", help="crawl the bundled sample sites from loopback")
    demo.add_argument("--db", metavar="PATH_OR_URL", default="sqlite:///archive.db")
    demo.add_argument("--log-level", default="WARNING")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from crawler import analysis, commands

    handler = getattr(commands, f"cmd_{args.command}", None) or getattr(
        analysis, f"cmd_{args.command}"
    )
    try:
        return handler(args)
    except (KeyError, ValueError, OSError, QueryError) as exc:
        message = exc.args[0] if isinstance(exc, KeyError) and exc.args else exc
        print(f"newsarchive {args.command}: {message}", file=sys.stderr)
        return 2


def print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


if __name__ == "__main__":
    sys.exit(main())
