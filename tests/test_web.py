"""``newsarchive serve --sql``: Datasette over the archive, driven over HTTP and in Chromium.

The archive is the bundled sample sites crawled in this process (``tests/crawling.py``);
Datasette is driven in this process through ASGI, and in Chromium through ``newsarchive
serve`` started as a child process (``slow``).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import httpx
import pytest
import pytest_twisted
import sqlalchemy as sa
from clirunner import REPO
from crawling import crawl
from scrapy.utils.defer import deferred_from_coro
from twisted.internet.defer import ensureDeferred, gatherResults

from crawler.cli import main
from crawler.samples import mirror_root, sample_sites
from crawler.testing.mirror import MirrorServer
from crawler.web.serve import build_app

SEED_001_TITLE = "Ngành Y tế Hà Giang: Nỗ lực hoàn thành sứ mệnh chăm sóc sức khỏe người dân"


@pytest_twisted.async_fixture(scope="module")
async def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled sample sites crawled from loopback at once, as ``newsarchive demo``
    crawls them (the demo itself is tested in tests/test_cli.py)."""
    db = tmp_path_factory.mktemp("web") / "archive.db"
    with ExitStack() as stack:
        mirrors = [
            (site, stack.enter_context(MirrorServer(mirror_root(site)))) for site in sample_sites()
        ]
        outcomes = await gatherResults(
            [ensureDeferred(crawl(site, m.url, f"sqlite:///{db}")) for site, m in mirrors]
        )
    assert all(outcome.ok for outcome in outcomes), [o.summary() for o in outcomes]
    hostile = (
        '<p>Bài viết</p><script>alert(1)</script><img src="x" onerror="alert(2)">'
        '<a href="javascript:alert(3)">link</a>'
    )
    with sa.create_engine(f"sqlite:///{db}").begin() as connection:
        connection.execute(sa.text("UPDATE articles SET html = :h WHERE id = 1"), {"h": hostile})
    return db


async def _get(app: object, path: str) -> httpx.Response:
    """GET ``path`` from the app over ASGI, on the asyncio loop the reactor runs."""

    async def fetch() -> httpx.Response:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
            return await client.get(path)

    return await deferred_from_coro(fetch())


@pytest_twisted.ensureDeferred
async def test_search_without_diacritics_finds_the_article(archive: Path) -> None:
    app = build_app(str(archive), "127.0.0.1", None)
    rows = (await _get(app, "/archive/search.json?q=suc+khoe+nguoi+dan&_shape=array")).json()
    assert SEED_001_TITLE in [row["title"] for row in rows]
    exact = (await _get(app, "/archive/search.json?q=s%E1%BB%A9c+kho%E1%BA%BB&_shape=array")).json()
    assert {row["title"] for row in exact} >= {SEED_001_TITLE}


@pytest_twisted.ensureDeferred
async def test_facets_by_site_province_section_month(archive: Path) -> None:
    app = build_app(str(archive), "127.0.0.1", None)
    data = (await _get(app, "/archive/article_list.json")).json()
    assert {"site", "province", "section", "month"} <= set(data["facet_results"])
    sites = {f["value"] for f in data["facet_results"]["site"]["results"]}
    assert {"cdchoabinh", "nahang", "baolaocai"} <= sites


@pytest_twisted.ensureDeferred
async def test_article_html_is_shown_sanitised(archive: Path) -> None:
    app = build_app(str(archive), "127.0.0.1", None)
    page = (await _get(app, "/archive/articles/1")).text
    assert '<div class="article-html"><p>Bài viết</p>' in page
    assert "<script>alert(1)" not in page and "onerror" not in page
    assert "javascript:alert" not in page


@pytest_twisted.ensureDeferred
async def test_arbitrary_sql_only_on_loopback_unless_asked(archive: Path) -> None:
    query = "/archive.json?sql=select+count(*)+from+articles"
    assert (await _get(build_app(str(archive), "127.0.0.1", None), query)).status_code == 200
    assert (await _get(build_app(str(archive), "0.0.0.0", None), query)).status_code == 403
    assert (await _get(build_app(str(archive), "0.0.0.0", True), query)).status_code == 200
    assert (await _get(build_app(str(archive), "127.0.0.1", False), query)).status_code == 403


def test_postgresql_archive_gets_a_clear_message(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", "--sql", "--db", "postgresql://127.0.0.1/test"]) == 2
    assert "reads SQLite archives" in capsys.readouterr().err


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def server(archive: Path) -> Iterator[str]:
    port = _free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "crawler.cli",
            "serve",
            "--sql",
            "--db",
            str(archive),
            "--port",
            str(port),
        ],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(url + "/-/versions.json", timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


def _chromium() -> str:
    path = shutil.which("chromium")
    if path is None:
        message = "Debian's chromium is not installed (apt-get install chromium)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message + "; CI=true: the browser test must run")
        pytest.skip(message)
    return path


@pytest.mark.slow
@pytest_twisted.ensureDeferred
async def test_browser_search_without_diacritics(server: str, tmp_path: Path) -> None:
    # Playwright's async API, on the asyncio loop the reactor runs (its sync API refuses
    # to run inside a running loop).
    await deferred_from_coro(_search_in_chromium(server, tmp_path))


async def _search_in_chromium(server: str, tmp_path: Path) -> None:
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=_chromium(),
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
            ],
        )
        page = await browser.new_page()
        await page.goto(server + "/archive/search")
        await page.fill("input[name=q]", "cham soc suc khoe nguoi dan")
        await page.click("input[type=submit]")
        await page.wait_for_selector("table.rows-and-columns")
        await page.screenshot(path=str(tmp_path / "search.png"))
        assert SEED_001_TITLE in await page.inner_text("table.rows-and-columns")
        assert "«" in await page.inner_text("table.rows-and-columns")
        await browser.close()
