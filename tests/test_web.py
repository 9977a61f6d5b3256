"""The analysts' web UI: Datasette over the archive, driven over HTTP and in Chromium."""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa
from clirunner import REPO, run_cli

from crawler.web.serve import build_app

SEED_001_TITLE = "Ngành Y tế Hà Giang: Nỗ lực hoàn thành sứ mệnh chăm sóc sức khỏe người dân"


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled sample sites, crawled from loopback by ``newsarchive demo``."""
    folder = tmp_path_factory.mktemp("web")
    result = run_cli("demo", cwd=folder)
    assert result.returncode == 0, result.stderr[-2000:]
    db = folder / "archive.db"
    hostile = (
        '<p>Bài viết</p><script>alert(1)</script><img src="x" onerror="alert(2)">'
        '<a href="javascript:alert(3)">link</a>'
    )
    with sa.create_engine(f"sqlite:///{db}").begin() as connection:
        connection.execute(sa.text("UPDATE articles SET html = :h WHERE id = 1"), {"h": hostile})
    return db


def _get(app: object, path: str) -> httpx.Response:
    async def fetch() -> httpx.Response:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
            return await client.get(path)

    return asyncio.run(fetch())


def test_search_without_diacritics_finds_the_article(archive: Path) -> None:
    app = build_app(str(archive), "127.0.0.1", None)
    rows = _get(app, "/archive/search.json?q=suc+khoe+nguoi+dan&_shape=array").json()
    assert SEED_001_TITLE in [row["title"] for row in rows]
    exact = _get(app, "/archive/search.json?q=s%E1%BB%A9c+kho%E1%BA%BB&_shape=array").json()
    assert {row["title"] for row in exact} >= {SEED_001_TITLE}


def test_facets_by_site_province_section_month(archive: Path) -> None:
    app = build_app(str(archive), "127.0.0.1", None)
    data = _get(app, "/archive/article_list.json").json()
    assert {"site", "province", "section", "month"} <= set(data["facet_results"])
    sites = {f["value"] for f in data["facet_results"]["site"]["results"]}
    assert {"cdchoabinh", "nahang", "baolaocai"} <= sites


def test_article_html_is_shown_sanitised(archive: Path) -> None:
    app = build_app(str(archive), "127.0.0.1", None)
    page = _get(app, "/archive/articles/1").text
    assert '<div class="article-html"><p>Bài viết</p>' in page
    assert "<script>alert(1)" not in page and "onerror" not in page
    assert "javascript:alert" not in page


def test_arbitrary_sql_only_on_loopback_unless_asked(archive: Path) -> None:
    query = "/archive.json?sql=select+count(*)+from+articles"
    assert _get(build_app(str(archive), "127.0.0.1", None), query).status_code == 200
    assert _get(build_app(str(archive), "0.0.0.0", None), query).status_code == 403
    assert _get(build_app(str(archive), "0.0.0.0", True), query).status_code == 200
    assert _get(build_app(str(archive), "127.0.0.1", False), query).status_code == 403


def test_postgresql_archive_gets_a_clear_message(tmp_path: Path) -> None:
    result = run_cli("serve", "--db", "postgresql://127.0.0.1/test")
    assert result.returncode == 2 and "reads SQLite archives" in result.stderr


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def server(archive: Path) -> Iterator[str]:
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "crawler.cli", "serve", "--db", str(archive), "--port", str(port)],
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


def test_browser_search_without_diacritics(server: str, tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
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
        page = browser.new_page()
        page.goto(server + "/archive/search")
        page.fill("input[name=q]", "cham soc suc khoe nguoi dan")
        page.click("input[type=submit]")
        page.wait_for_selector("table.rows-and-columns")
        page.screenshot(path=str(tmp_path / "search.png"))
        assert SEED_001_TITLE in page.inner_text("table.rows-and-columns")
        assert "«" in page.inner_text("table.rows-and-columns")
        browser.close()


def test_every_example_query_in_the_analyst_docs_runs(archive: Path) -> None:
    doc = (REPO / "docs" / "analysts.md").read_text("utf-8")
    section = doc[doc.index("## Ten example queries") : doc.index("## Connecting")]
    queries = re.findall(r"```sql\n(.*?)```", section, re.S)
    assert len(queries) == 10
    with sa.create_engine(f"sqlite:///{archive}").connect() as connection:
        for query in queries:
            connection.exec_driver_sql(query.strip().replace("= ?", "= 1")).fetchall()
