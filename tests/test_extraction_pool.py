"""Extraction in worker processes (``crawler/extract/pool.py``): the same records as
inline extraction, no page lost when a worker dies or hangs, and crawls whose archive is
the same with and without the pool.

The misbehaving workers run :func:`unruly_extract`, chosen per page by its URL: it kills
its own process (once, or every time) or blocks ``SIGALRM`` and sleeps forever, the two
ways a worker can fail that its own time limit cannot turn into a rejection.
"""

from __future__ import annotations

import asyncio
import os
import signal
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pytest
import pytest_twisted
import sqlalchemy as sa
from conftest import query_rows
from crawling import crawl
from twisted.internet.defer import Deferred

from crawler.db.models import Article
from crawler.extract import extract_article
from crawler.extract.pool import ExtractionPool, default_workers, safe_extract
from crawler.extract.record import Rejection
from crawler.extract.rules import ArticleRules
from crawler.registry import rules_for
from crawler.testing.fixtures import family_pages, site_pages
from crawler.testing.mirror import MirrorServer


def unruly_extract(url: str, body: bytes, rules: ArticleRules, content_type: str | None) -> Any:
    """Misbehave as the URL says, else extract as the crawl does."""
    if "crash-once" in url:
        marker = Path(url.rsplit("#", 1)[1])
        if not marker.exists():
            marker.touch()
            os.kill(os.getpid(), signal.SIGKILL)
    if "crash-always" in url:
        os.kill(os.getpid(), signal.SIGKILL)
    if "hang" in url:
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        time.sleep(3600)
    return safe_extract(url, body, rules, content_type)


async def _run(coroutine: Any) -> Any:
    """Await ``coroutine`` as an asyncio task, as Scrapy runs callbacks (the pool's
    futures are asyncio's; the test reactor is Twisted's asyncio reactor)."""
    return await Deferred.fromFuture(asyncio.ensure_future(coroutine))


def _pages(count: int) -> list[Any]:
    pages = [p for p in site_pages() + family_pages() if p.kind == "article"]
    return pages[:count]


@pytest_twisted.ensureDeferred
async def test_workers_give_the_records_inline_extraction_gives() -> None:
    pages = _pages(12)

    async def extract_all() -> list[Any]:
        pool = ExtractionPool(2)
        try:
            return await asyncio.gather(
                *(
                    pool.extract(p.url, p.path.read_bytes(), rules_for(p.rules_key), None)
                    for p in pages
                )
            )
        finally:
            pool.close()

    pooled = await _run(extract_all())
    inline = [extract_article(p.url, p.path.read_bytes(), rules_for(p.rules_key)) for p in pages]
    assert len(pooled) == len(pages)
    for page, ours, theirs in zip(pages, pooled, inline, strict=True):
        assert asdict(ours) == asdict(theirs), page.url
    assert not any(isinstance(r, Rejection) for r in pooled)


@pytest_twisted.ensureDeferred
async def test_a_worker_killed_mid_page_is_replaced_and_the_page_tried_again(
    tmp_path: Path,
) -> None:
    page = _pages(1)[0]
    body = page.path.read_bytes()
    rules = rules_for(page.rules_key)

    async def extract() -> tuple[Any, Any, Any]:
        pool = ExtractionPool(1, extract=unruly_extract)
        try:
            once = await pool.extract(f"{page.url}?crash-once#{tmp_path / 'm'}", body, rules, None)
            always = await pool.extract(f"{page.url}?crash-always", body, rules, None)
            after = await pool.extract(page.url, body, rules, None)
            return once, always, after, pool.replaced
        finally:
            pool.close()

    once, always, after, replaced = await _run(extract())
    assert not isinstance(once, Rejection)  # the second try, in a new worker, succeeded
    assert once.title == after.title
    assert isinstance(always, Rejection)
    assert always.reason == "extraction crashed"
    assert "died twice" in always.detail
    assert not isinstance(after, Rejection)  # the pool still works
    assert replaced == 3


@pytest_twisted.ensureDeferred
async def test_a_worker_stuck_where_no_signal_reaches_is_killed_and_the_page_rejected() -> None:
    page = _pages(1)[0]
    body = page.path.read_bytes()
    rules = rules_for(page.rules_key)

    async def extract() -> tuple[Any, Any]:
        # The hanging page never answers, so this limit is reached whatever the machine.
        pool = ExtractionPool(1, kill_after=3, extract=unruly_extract)
        try:
            stuck = await pool.extract(f"{page.url}?hang", body, rules, None)
            after = await pool.extract(page.url, body, rules, None)
            return stuck, after
        finally:
            pool.close()

    stuck, after = await _run(extract())
    assert isinstance(stuck, Rejection)
    assert stuck.reason == "extraction timeout"
    assert not isinstance(after, Rejection)


def test_one_usable_core_means_inline_extraction(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0})
    assert default_workers() == 0
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1, 2})
    assert default_workers() == 3


def _archive(db_url: str) -> list[tuple[str, str, str]]:
    rows = query_rows(
        db_url, sa.select(Article.canonical_url, Article.title, Article.text).order_by("id")
    )
    return sorted((r[0], r[1], r[2]) for r in rows)


@pytest_twisted.ensureDeferred
async def test_a_crawl_with_workers_archives_what_an_inline_crawl_does(
    cdchoabinh_mirror: MirrorServer, tmp_path: Path
) -> None:
    archives = {}
    for workers in (0, 2):
        db_url = f"sqlite:///{tmp_path / f'archive-{workers}.db'}"
        outcome = await crawl(
            "cdchoabinh", cdchoabinh_mirror.url, db_url, settings={"EXTRACTION_WORKERS": workers}
        )
        assert outcome.ok, outcome.summary()
        assert outcome.stats["extraction/workers"] == workers
        archives[workers] = _archive(db_url)
    assert archives[2] == archives[0]
    assert len(archives[2]) == 3
