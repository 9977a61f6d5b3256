"""The CLI's command handlers; each takes parsed arguments and returns an exit code."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from crawler.crawl import CrawlOutcome, CrawlRequest, run_crawls
from crawler.db import migrate, repository
from crawler.db.session import database_url, make_engine
from crawler.extract import Rejection, extract_article
from crawler.extract.dates import VIETNAM


def cmd_db(args: argparse.Namespace) -> int:
    engine = make_engine(args.db)
    if args.action == "upgrade":
        migrate.upgrade(engine, args.revision or "head")
    elif args.action == "downgrade":
        migrate.downgrade(engine, args.revision or "base")
    print(
        f"{engine.url.render_as_string(hide_password=True)}: "
        f"revision {migrate.current_revision(engine) or 'base (empty)'}"
    )
    return 0


def cmd_sites(args: argparse.Namespace) -> int:
    from crawler.registry import site_spiders

    for key, spider in site_spiders().items():
        print(
            f"{key:<16} {spider.family:<10} {spider.province or '-':<14} {spider.base_url}"
            f"  {spider.site_name}"
        )
    return 0


def cmd_crawl(args: argparse.Namespace) -> int:
    from crawler.crawl import due_sites
    from crawler.db.locks import holder_of
    from crawler.registry import site_spiders

    known = site_spiders()
    if args.due == bool(args.sites):
        raise ValueError("name the sites to crawl, or pass --due (not both)")
    unknown = [s for s in args.sites if s not in known]
    if unknown:
        raise KeyError(f"unknown site(s) {', '.join(unknown)}; see `newsarchive sites`")
    sites = args.sites
    if args.due:
        engine = make_engine(args.db)
        migrate.upgrade(engine)
        sites = due_sites(engine, {k: spider.crawl_interval for k, spider in known.items()})
        busy = {site: holder for site in sites if (holder := holder_of(engine, site))}
        engine.dispose()
        for site, holder in busy.items():
            print(f"{site}: due, but being crawled by {holder}; skipped")
        sites = [site for site in sites if site not in busy]
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
        args.log_level,
        parallel=args.parallel,
        extra_settings=setting_pairs(args.set),
    )
    report(outcomes)
    return 0 if all(outcome.ok for outcome in outcomes) else 1


def setting_pairs(pairs: list[str]) -> dict[str, str]:
    """``["DOWNLOAD_TIMEOUT=10"]`` → ``{"DOWNLOAD_TIMEOUT": "10"}``, with a clear error."""
    settings = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.isupper():
            raise ValueError(f"--set {pair!r}: use NAME=VALUE with an upper-case setting name")
        settings[name] = value
    return settings


def report(outcomes: list[CrawlOutcome]) -> None:
    for outcome in outcomes:
        stats = outcome.stats
        print(
            f"{outcome.site}: {outcome.finish_reason}; "
            f"{stats.get('response_received_count', 0)} pages, "
            f"{stats.get('archive/new', 0)} new, {stats.get('archive/updated', 0)} updated, "
            f"{stats.get('archive/unchanged', 0)} unchanged, "
            f"{stats.get('archive/rejected', 0)} rejected"
            + (
                f", {stats['archive/write_failed']} NOT STORED (database error)"
                if stats.get("archive/write_failed")
                else ""
            )
        )


def cmd_extract(args: argparse.Namespace) -> int:
    from crawler.registry import rules_for

    rules = rules_for(args.site)
    path: Path = args.file
    url = args.url or path.resolve().as_uri()
    result = extract_article(url, path.read_bytes(), rules)
    if isinstance(result, Rejection):
        print(
            json.dumps(
                {"url": url, "rejected": result.reason, "detail": result.detail},
                ensure_ascii=False,
                indent=2,
            )
        )
        return 1
    from crawler.cli import print_json

    print_json(result.to_json())
    return 0


def cmd_articles(args: argparse.Namespace) -> int:
    engine = make_engine(args.db)
    rows = repository.recent_articles(engine, args.site, args.limit, args.sort)
    for site, article in rows:
        published = (
            article.published_at.astimezone(VIETNAM).isoformat() if article.published_at else None
        )
        if args.json:
            print(
                json.dumps(
                    {
                        "site": site,
                        "url": article.canonical_url,
                        "title": article.title,
                        "published": published,
                        "authors": article.authors,
                        "section": article.section,
                        "words": article.word_count,
                    },
                    ensure_ascii=False,
                )
            )
        else:
            print(
                f"{published or '-':<25} {site:<12} {article.title}\n"
                f"{'':<25} {article.canonical_url}"
            )
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from crawler.demo import run_demo

    return run_demo(database_url(args.db), args.log_level)


def cmd_fixture(args: argparse.Namespace) -> int:
    from crawler.fixtures import save_fixture
    from crawler.registry import site_spiders

    sites = site_spiders()
    if args.site not in sites:
        raise KeyError(f"unknown site {args.site!r}; see `newsarchive sites`")
    saved = save_fixture(
        args.site, sites[args.site].article_rules, args.url, args.real_url or args.url, args.repo
    )
    print(f"saved {saved.page}")
    print(f"listed in {saved.index}")
    if saved.draft:
        print(f"draft expectations (review them!) in {saved.draft}")
    else:
        print(f"the current rules reject this page: {saved.rejected}")
    return 0


def cmd_health(args: argparse.Namespace) -> int:
    from crawler.health import as_json, health
    from crawler.registry import site_spiders

    intervals = {key: spider.crawl_interval for key, spider in site_spiders().items()}
    engine = make_engine(args.db)
    reports = health(engine, intervals=intervals)
    engine.dispose()
    if args.json:
        print(json.dumps(as_json(reports), ensure_ascii=False, indent=2))
    else:
        for report in reports:
            state = "NEEDS ATTENTION" if report.needs_attention else "ok"
            print(f"{report.site}: {state}")
            print(
                f"  last successful run {report.last_success or 'never'}"
                f" (last status {report.last_status or '-'})"
            )
            print(
                f"  articles: {report.articles_7d} in 7 days, {report.articles_30d} in 30 days"
                f" (usually {report.usual_per_week}/week)"
            )
            print(
                f"  last run: {report.last_run_pages} pages, {report.last_run_errors} errors"
                + (f", rejected {report.rejections}" if report.rejections else "")
            )
            if report.broken:
                print(f"  of {report.recent_checked} recent articles: {report.broken}")
            for problem in report.problems:
                print(f"  ! {problem}")
    return 1 if any(r.needs_attention for r in reports) else 0


def cmd_backfill(args: argparse.Namespace) -> int:
    from crawler.registry import site_spiders

    if args.site not in site_spiders():
        raise KeyError(f"unknown site {args.site!r}; see `newsarchive sites`")
    request = CrawlRequest(args.site, args.since, args.until, args.max_pages, mirror=args.mirror)
    [outcome] = run_crawls(
        [request],
        args.db,
        args.log_level,
        extra_settings={"PROGRESS_ENABLED": True, "ARCHIVE_BATCH_SIZE": 10},
    )
    resumed = outcome.stats.get("backfill/resumed_pages")
    if resumed:
        print(
            f"{args.site}: resumed an interrupted backfill ({resumed} listing pages "
            "already read were not fetched again)"
        )
    report([outcome])
    if outcome.finish_reason == "finished":
        print(f"{args.site}: backfill from {args.since} complete")
    else:
        print(
            f"{args.site}: backfill stopped ({outcome.finish_reason}); "
            "run the same command again to resume"
        )
    return 0 if outcome.ok else 1
