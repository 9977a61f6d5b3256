"""Crawls run in the test process, the way Scrapy's own suite runs them.

pytest-twisted keeps one asyncio reactor running for the whole session (``--reactor=asyncio``
in pyproject.toml), so a test marked ``@pytest_twisted.ensureDeferred`` can await a whole
crawl through :class:`~scrapy.crawler.CrawlerRunner`, then look at the archive, the mirror's
requests, the logs (``caplog``) and the crawl's stats. Starting ``newsarchive crawl`` as a
child process costs a Python start-up and a Scrapy import per crawl; the child-process tests
left (``@pytest.mark.slow``) are those whose subject is the process itself.

The settings and spider arguments are built by the code the CLI uses
(:func:`crawler.crawl.project_settings`, :class:`crawler.crawl.CrawlRequest`) and the
spider comes from the project's spider loader, so a crawl here is the crawl
``newsarchive crawl SITE --mirror URL --db DB`` runs, minus the process.
"""

from __future__ import annotations

from typing import Any

from scrapy.crawler import CrawlerRunner

from crawler.crawl import CrawlOutcome, CrawlRequest, project_settings
from crawler.registry import site_spiders


async def crawl(
    site: str,
    mirror_url: str,
    db_url: str,
    *,
    settings: dict[str, Any] | None = None,
    **options: Any,
) -> CrawlOutcome:
    """Crawl ``site`` from the mirror at ``mirror_url`` into ``db_url`` and return how it
    ended: the outcome the CLI prints (``summary()``) and turns into its exit code
    (``ok``), with the crawl's Scrapy stats.

    ``options`` are the crawl's command-line options (``since``, ``until``, ``max_pages``,
    ``refresh``); ``settings`` are the ``-s NAME=VALUE`` overrides. Config-file sites are
    found through ``$NEWSARCHIVE_SITES`` as the CLI finds them (set it with monkeypatch).
    """
    request = CrawlRequest(site, mirror=mirror_url, **options)
    crawl_settings = project_settings(db_url, [mirror_url])
    for name, value in (settings or {}).items():
        crawl_settings.set(name, value, priority="cmdline")
    runner = CrawlerRunner(crawl_settings)
    crawler = runner.create_crawler(site_spiders()[site])
    await runner.crawl(crawler, **request.spider_arguments())
    stats = dict(crawler.stats.get_stats()) if crawler.stats else {}
    return CrawlOutcome(site, str(stats.get("finish_reason", "not started")), stats)
