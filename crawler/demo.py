"""``newsarchive demo``: the whole flow, offline.

Serves every bundled sample site from 127.0.0.1, crawls each with its real spider into the
archive and prints what was stored. Requests can reach only the loopback mirrors.
"""

from __future__ import annotations

from contextlib import ExitStack

from crawler.crawl import CrawlRequest, run_crawls
from crawler.db import repository
from crawler.db.session import make_engine
from crawler.extract.dates import VIETNAM
from crawler.mirror import MirrorServer
from crawler.registry import site_spiders
from crawler.samples import mirror_root, sample_sites


def run_demo(db_url: str, log_level: str = "WARNING") -> int:
    """Crawl every bundled sample from its loopback mirror into ``db_url``; the exit code
    is 0 only when every crawl finished and stored everything."""
    registered = site_spiders()
    sites = [site for site in sample_sites() if site in registered]
    if not sites:
        print("no bundled sample sites found: is the package installed completely?")
        return 1
    with ExitStack() as stack:
        servers = {site: stack.enter_context(MirrorServer(mirror_root(site))) for site in sites}
        for site, server in servers.items():
            print(f"serving the saved copy of {site} ({registered[site].base_url}) at {server.url}")
        requests = [CrawlRequest(site, mirror=server.url) for site, server in servers.items()]
        outcomes = run_crawls(requests, db_url, log_level)
    for outcome in outcomes:
        print(outcome.summary())
    engine = make_engine(db_url)
    print(f"\nArchive {engine.url.render_as_string(hide_password=True)} now holds:")
    for site in sites:
        for key, article in repository.recent_articles(engine, site, limit=50):
            when = (
                article.published_at.astimezone(VIETNAM).strftime("%Y-%m-%d %H:%M")
                if article.published_at
                else "undated"
            )
            authors = ", ".join(article.authors) or "no byline"
            print(
                f"  [{key}] {when}  {article.title}\n"
                f"      {article.word_count} words, by {authors}\n"
                f"      {article.canonical_url}"
            )
    print("\nTry: newsarchive articles --db", db_url)
    return 0 if all(outcome.ok for outcome in outcomes) else 1
