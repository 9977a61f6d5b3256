"""The reading room in Debian's headless Chromium, on SQLite and on PostgreSQL.

``newsarchive serve`` runs as a child process on 127.0.0.1; Playwright drives Debian's
chromium (no browser download): search with and without diacritics, filter by an old
province name, open an article and its versions' diff, switch language, download an
export and read it back, while every request the browser makes is recorded (and any
leaving 127.0.0.1 aborted and failed). Screenshots of each page at 1366×900 and at
390 px wide go to ``$NEWSARCHIVE_SCREENSHOTS`` (default: ``screenshots/`` in the test's
temporary folder), one subfolder per database.
"""

from __future__ import annotations

import csv
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import pytest_twisted
from clirunner import REPO
from scrapy.utils.defer import deferred_from_coro
from test_webapp import archive_url as archive_url  # the same archive, both databases

PAGES = ("search", "results", "article", "time", "sites")
SIZES = {"desktop": (1366, 900), "phone": (390, 844)}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def server(archive_url: str) -> Iterator[str]:
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "crawler.cli", "serve", "--db", archive_url, "--port", str(port)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):  # a generous safety net for a busy machine
            if process.poll() is not None:
                pytest.fail(f"serve exited: {process.stderr.read().decode()[-2000:]}")
            try:
                urllib.request.urlopen(url + "/", timeout=2)
                break
            except OSError:
                time.sleep(0.2)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=30)


def _chromium() -> str:
    path = shutil.which("chromium")
    if path is None:
        message = "Debian's chromium is not installed (apt-get install chromium)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message + "; CI=true: the browser test must run")
        pytest.skip(message)
    return path


def _screenshots(tmp_path: Path, db: str) -> Path:
    root = Path(os.environ.get("NEWSARCHIVE_SCREENSHOTS") or tmp_path / "screenshots")
    folder = root / db
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.mark.slow
@pytest_twisted.ensureDeferred
async def test_reading_room_in_chromium(server: str, archive_url: str, tmp_path: Path) -> None:
    db = "postgresql" if archive_url.startswith("postgresql") else "sqlite"
    shots = _screenshots(tmp_path, db)
    # Playwright's async API on the asyncio loop the reactor runs (as tests/test_web.py).
    await deferred_from_coro(_drive(server, shots, tmp_path))


async def _drive(server: str, shots: Path, tmp_path: Path) -> None:
    from playwright.async_api import async_playwright

    requested: list[str] = []
    refused: list[str] = []

    async def guard(route: object) -> None:
        url = route.request.url  # type: ignore[attr-defined]
        requested.append(url)
        if urlsplit(url).hostname != "127.0.0.1":
            refused.append(url)
            await route.abort()  # type: ignore[attr-defined]
        else:
            await route.continue_()  # type: ignore[attr-defined]

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=_chromium(),
            headless=True,
            args=[
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
            ],
        )
        try:
            context = await browser.new_context(
                viewport={"width": 1366, "height": 900}, accept_downloads=True
            )
            await context.route("**/*", guard)
            page = await context.new_page()
            urls = await _walk(page, server, shots, tmp_path)
            phone = await browser.new_context(viewport={"width": 390, "height": 844})
            await phone.route("**/*", guard)
            small = await phone.new_page()
            for name, url in urls.items():
                await small.goto(url)
                await small.screenshot(path=str(shots / f"{name}-390.png"), full_page=True)
        finally:
            await browser.close()
    assert requested, "the route listener saw no request"
    assert refused == [], f"requests left 127.0.0.1: {refused}"
    assert all(urlsplit(u).hostname == "127.0.0.1" for u in requested)
    for name in PAGES:
        for suffix in ("1366", "390"):
            assert (shots / f"{name}-{suffix}.png").stat().st_size > 1000


async def _walk(page: object, server: str, shots: Path, tmp_path: Path) -> dict[str, str]:
    urls: dict[str, str] = {}

    async def shot(name: str) -> None:
        urls[name] = page.url  # type: ignore[attr-defined]
        await page.screenshot(path=str(shots / f"{name}-1366.png"), full_page=True)  # type: ignore[attr-defined]

    p: object = page
    await p.goto(server + "/")  # type: ignore[attr-defined]
    assert await p.get_attribute("html", "lang") == "vi"  # type: ignore[attr-defined]
    await shot("search")
    # Without diacritics: matches any.
    await p.fill("#q", "suc khoe nguoi dan")  # type: ignore[attr-defined]
    await p.click("form.search .box button")  # type: ignore[attr-defined]
    results = await p.inner_text("ol.hits")  # type: ignore[attr-defined]
    assert "Thuỷ điện và đời sống đồng bào" in results
    assert await p.locator("ol.hits mark").count() > 0  # type: ignore[attr-defined]
    await shot("results")
    # With diacritics, filtered by a pre-2025 province name typed without them.
    await p.fill("#q", "người dân")  # type: ignore[attr-defined]
    await p.click("details.filters summary")  # type: ignore[attr-defined]
    await p.fill("input[name=province]", "Ha Giang")  # type: ignore[attr-defined]
    await p.click("details.filters button")  # type: ignore[attr-defined]
    filtered = await p.inner_text("ol.hits")  # type: ignore[attr-defined]
    assert "Thuỷ điện" in filtered and "Na Hang" not in filtered
    # Download the export of the current query and read it back.
    async with p.expect_download() as info:  # type: ignore[attr-defined]
        await p.click("section.export a[href*='format=csv']")  # type: ignore[attr-defined]
    download = await info.value
    saved = tmp_path / "export.csv"
    await download.save_as(saved)
    with saved.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["site"] for row in rows] == ["hagiang"]
    # Open an article with two versions and see the diff.
    await p.goto(server + "/?q=H%C3%B2a+B%C3%ACnh")  # type: ignore[attr-defined]
    await p.click("ol.hits h2 a")  # type: ignore[attr-defined]
    assert "Hội nghị y tế tỉnh Hòa Bình" in await p.inner_text("h1")  # type: ignore[attr-defined]
    assert "sơ" in await p.inner_text("section.versions ins")  # type: ignore[attr-defined]
    assert "Thứ tư, 10/07/2024 06:39" in await p.inner_text("article")  # type: ignore[attr-defined]
    await shot("article")
    # Switch language; it persists on the next pages.
    await p.click("a.lang")  # type: ignore[attr-defined]
    assert await p.get_attribute("html", "lang") == "en"  # type: ignore[attr-defined]
    assert "Wed 10 Jul 2024, 06:39" in await p.inner_text("article")  # type: ignore[attr-defined]
    await p.goto(server + "/time?by=site")  # type: ignore[attr-defined]
    assert await p.get_attribute("html", "lang") == "en"  # type: ignore[attr-defined]
    assert await p.locator("svg.chart").count() == 1  # type: ignore[attr-defined]
    await shot("time")
    await p.click("nav a[href='/sites']")  # type: ignore[attr-defined]
    assert "Health of the sites" in await p.inner_text("h1")  # type: ignore[attr-defined]
    await shot("sites")
    await p.click("a.lang")  # back to Vietnamese for the phone-width pass  # type: ignore[attr-defined]
    return urls
