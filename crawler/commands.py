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
    from crawler.registry import site_spiders

    known = site_spiders()
    unknown = [s for s in args.sites if s not in known]
    if unknown:
        raise KeyError(f"unknown site(s) {', '.join(unknown)}; see `newsarchive sites`")
    requests = [
        CrawlRequest(site, args.since, args.until, args.max_pages, args.refresh, args.mirror)
        for site in args.sites
    ]
    outcomes = run_crawls(requests, args.db, args.log_level)
    report(outcomes)
    return 0 if all(outcome.ok for outcome in outcomes) else 1


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
    rows = repository.recent_articles(engine, args.site, args.limit)
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
