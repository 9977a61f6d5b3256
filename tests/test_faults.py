"""The crawl under faults: bad servers and bad bytes cost a page, never the crawl."""

from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path

import pytest
import pytest_twisted
import sqlalchemy as sa
from crawling import crawl
from faultserver import FAULTS, FaultHandler, prepare_compression_bombs

from crawler.db.models import Article, CrawlRun
from crawler.db.session import make_engine
from crawler.samples import mirror_root
from crawler.testing.mirror import MirrorServer


@pytest.mark.slow  # the hanging pages hold their connections for HANG_SECONDS
@pytest_twisted.ensureDeferred
async def test_every_fault_costs_one_page_and_the_crawl_goes_on(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    root = tmp_path / "mirror"
    shutil.copytree(mirror_root("cdchoabinh"), root)
    listing = root / "news/hoat-dong/index.html"
    marker = '<div class="news_column">'
    links = "".join(
        f'<div class="panel-body"><h3><a href="/news/hoat-dong/fault-{name}-{9000 + n}.html">'
        f"{name}</a></h3></div>"
        for n, name in enumerate(FAULTS)
    )
    listing.write_text(listing.read_text("utf-8").replace(marker, marker + links, 1), "utf-8")
    db = f"sqlite:///{tmp_path / 'archive.db'}"
    prepare_compression_bombs()
    with MirrorServer(root, handler=FaultHandler) as mirror:
        outcome = await crawl(
            "cdchoabinh",
            mirror.url,
            db,
            settings={
                "DOWNLOAD_TIMEOUT": 3,
                "RETRY_TIMES": 1,
                "DESTINATION_GUARD_RESOLVER": "faultserver.fake_resolver",
            },
        )
        requested = list(mirror.requests)
    assert outcome.ok, outcome.stats
    engine = make_engine(db)
    with engine.connect() as connection:
        stored = connection.scalars(sa.select(Article.canonical_url)).all()
        cp1258_text = connection.scalar(
            sa.select(Article.text).where(Article.canonical_url.like("%fault-windows-1258%"))
        )
        utf8_text = connection.scalar(
            sa.select(Article.text).where(Article.canonical_url.like("%2024-1201.html"))
        )
        run = connection.execute(sa.select(CrawlRun)).one()
    engine.dispose()
    # The three real articles and the Windows-1258 page are archived, no faulty page is.
    cp1258 = [url for url in stored if "fault-windows-1258" in url]
    assert len(stored) == 4 and len(cp1258) == 1
    assert not any("fault-" in url for url in stored if url not in cp1258)
    # The same article served in Windows-1258 (NFD tones) is stored as the same NFC text.
    assert cp1258_text == utf8_text and unicodedata.is_normalized("NFC", cp1258_text)
    assert run.status == "finished_with_errors"
    summary = run.error_summary
    assert summary["rejected"].get("truncated body") == 1  # the silently truncated gzip
    assert summary["http"] == {"500": 1, "302": 1}  # 302: the redirect loop, given up
    assert summary["retries_exhausted"]["requests"] >= 4  # hangs, reset, short, chunked
    log = caplog.text
    # A name on the site's domain that resolves privately is refused before connecting;
    # redirects to other hosts (169.254.169.254, 2130706433, file://) never leave Scrapy's
    # offsite filter, and the guard would refuse them too (tests/test_destination_guard.py).
    assert "refused before connecting: internal.127.0.0.1 resolves to non-public 10.0.0.5" in log
    # Every bomb stops at the size cap while decompressing; the 50 MB page while arriving.
    assert log.count("exceeded DOWNLOAD_MAXSIZE (33554432 B) during decompression") == 4
    assert "which is larger than download max size (33554432)" in log
    # Redirect and meta-refresh loops stop after REDIRECT_MAX_TIMES.
    assert requested.count("/news/hoat-dong/fault-redirect-loop-9010.html") <= 7
    assert all(not path.startswith("/latest") for path in requested)
