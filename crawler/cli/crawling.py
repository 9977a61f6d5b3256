"""Commands that crawl: ``sites``, ``crawl``, ``backfill`` and ``demo``.

Scrapy and the site registry are imported when a command runs, not when the parser is
built, so that ``newsarchive --help`` and the other commands do not pay for them.
"""

from __future__ import annotations

import argparse
import sys
from datetime import timedelta

from crawler.cli.options import db_argument
from crawler.db.access import open_archive
from crawler.db.session import database_url


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sites = commands.add_parser("sites", help="list the registered sites")
    sites.set_defaults(handler=cmd_sites)

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
    log_options(crawl)
    crawl.add_argument(
        "-s",
        "--set",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="a Scrapy setting for this run (e.g. DOWNLOAD_TIMEOUT=10)",
    )
    db_argument(crawl)
    crawl.set_defaults(handler=cmd_crawl)

    backfill = commands.add_parser("backfill", help="archive a site's past, resumably")
    backfill.add_argument("site")
    backfill.add_argument("--since", required=True, help="date floor (YYYY-MM-DD)")
    backfill.add_argument("--until", help="newest day to archive (YYYY-MM-DD)")
    backfill.add_argument("--max-pages", type=int, help="listing pages per listing")
    backfill.add_argument("--mirror", metavar="URL", help="fetch from a saved mirror")
    log_options(backfill)
    db_argument(backfill)
    backfill.set_defaults(handler=cmd_backfill)

    demo = commands.add_parser("demo", help="crawl the bundled sample sites from loopback")
    # The demo writes ./archive.db unless told otherwise, even when $DATABASE_URL is set.
    demo.add_argument("--db", metavar="PATH_OR_URL", default="sqlite:///archive.db")
    demo.add_argument("--log-level", default="WARNING")
    demo.set_defaults(handler=cmd_demo)


def log_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--log-level",
        default=None,
        help="Scrapy's log level (default: WARNING on a terminal, INFO otherwise, e.g. cron)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log at INFO level")


def log_level(args: argparse.Namespace) -> str:
    """Quiet on a terminal (the summary lines say what happened), complete in log files."""
    if args.log_level:
        return str(args.log_level)
    return "INFO" if args.verbose or not sys.stderr.isatty() else "WARNING"


def cmd_sites(args: argparse.Namespace) -> int:
    from crawler.registry import site_spiders

    for key, spider in site_spiders().items():
        print(
            f"{key:<16} {spider.family:<10} {spider.province or '-':<14} {spider.base_url}"
            f"  {spider.site_name}"
        )
    return 0


def cmd_crawl(args: argparse.Namespace) -> int:
    from crawler.crawl import CrawlRequest, run_crawls
    from crawler.registry import site_spiders

    known = site_spiders()
    if args.due == bool(args.sites):
        raise ValueError("name the sites to crawl, or pass --due (not both)")
    unknown = [s for s in args.sites if s not in known]
    if unknown:
        raise KeyError(f"unknown site(s) {', '.join(unknown)}; see `newsarchive sites`")
    check_crawl_arguments(args)
    sites = args.sites
    if args.due:
        sites = _due(args.db, {k: spider.crawl_interval for k, spider in known.items()})
        if not sites:
            print("no site is due")
            return 0
        print(f"due: {', '.join(sites)}")
    requests = [
        CrawlRequest(site, args.since, args.until, args.max_pages, args.refresh, args.mirror)
        for site in sites
    ]
    outcomes = run_crawls(
        requests,
        args.db,
        log_level(args),
        parallel=args.parallel,
        extra_settings=setting_pairs(args.set),
    )
    for outcome in outcomes:
        print(outcome.summary())
    return 0 if all(outcome.ok for outcome in outcomes) else 1


def _due(db: str | None, intervals: dict[str, timedelta]) -> list[str]:
    """The due sites that no other crawler holds; the held ones are named and skipped."""
    from crawler.crawl import due_sites
    from crawler.db import migrate
    from crawler.db.locks import holder_of

    engine = open_archive(db, create=True)
    migrate.upgrade(engine)
    sites = due_sites(engine, intervals)
    busy = {site: holder for site in sites if (holder := holder_of(engine, site))}
    engine.dispose()
    for site, holder in busy.items():
        print(f"{site}: due, but being crawled by {holder}; skipped")
    return [site for site in sites if site not in busy]


def check_crawl_arguments(args: argparse.Namespace) -> None:
    """Mistakes found before any crawl starts: bad dates and counts, an archive that cannot
    be opened, a mirror or host allowlist that is not this machine (each with its own
    sentence, never a crawl that dies without saying why, or one that reaches the network)."""
    from crawler.components.destination_guard import refuse_non_loopback
    from crawler.crawl import check_mirror
    from crawler.extract.dates import day_bound

    since, until = day_bound(args.since), day_bound(args.until, end=True)
    if since and until and since > until:
        raise ValueError(f"--since {args.since} is after --until {args.until}")
    if args.max_pages is not None and args.max_pages < 1:
        raise ValueError("--max-pages must be at least 1")
    if getattr(args, "parallel", 1) < 1:
        raise ValueError("--parallel must be at least 1")
    if args.mirror is not None:
        check_mirror(args.mirror)
    overrides = setting_pairs(getattr(args, "set", []))
    for name in ("ALLOWED_HOSTS_ONLY", "DESTINATION_GUARD_ALLOWED_HOSTS"):
        if overrides.get(name):
            # Split as Scrapy's getlist splits a string setting.
            refuse_non_loopback(f"--set {name}", overrides[name].split(","))
    open_archive(args.db, create=True).dispose()


def setting_pairs(pairs: list[str]) -> dict[str, str]:
    """``["DOWNLOAD_TIMEOUT=10"]`` → ``{"DOWNLOAD_TIMEOUT": "10"}``, with a clear error."""
    settings = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.isupper():
            raise ValueError(f"--set {pair!r}: use NAME=VALUE with an upper-case setting name")
        settings[name] = value
    return settings


def cmd_backfill(args: argparse.Namespace) -> int:
    from crawler.crawl import BACKFILL_SETTINGS, CrawlRequest, run_crawls
    from crawler.registry import site_spiders

    if args.site not in site_spiders():
        raise KeyError(f"unknown site {args.site!r}; see `newsarchive sites`")
    check_crawl_arguments(args)
    request = CrawlRequest(args.site, args.since, args.until, args.max_pages, mirror=args.mirror)
    [outcome] = run_crawls(
        [request],
        args.db,
        log_level(args),
        extra_settings=BACKFILL_SETTINGS,
    )
    resumed = outcome.stats.get("backfill/resumed_pages")
    if resumed:
        print(
            f"{args.site}: resumed an interrupted backfill ({resumed} listing pages "
            "already read were not fetched again)"
        )
    print(outcome.summary())
    if outcome.ok:
        print(f"{args.site}: backfill from {args.since} complete")
    else:
        print(
            f"{args.site}: backfill stopped ({outcome.finish_reason}); "
            "run the same command again to resume"
        )
    return 0 if outcome.ok else 1


def cmd_demo(args: argparse.Namespace) -> int:
    from crawler.demo import run_demo

    return run_demo(database_url(args.db), args.log_level)
