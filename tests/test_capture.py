"""WARC capture (``crawler/components/capture.py``): every response kept as served, in
files standard tools read, indexed only when complete.

* a crawl's WARC files pass ``warcio check`` and hold a request/response pair for every
  fetch, the response bodies being the mirror's files byte for byte;
* a second crawl of unchanged pages writes ``revisit`` records only;
* capture can be switched off globally or per site;
* a capture that cannot be written (the file size limit a full disk would impose) stores
  no article and leaves the run incomplete, and the next run completes it;
* kill -9 at 10 seeded points while capturing: every indexed record reads back with its
  digest, and the unindexed partial tail is detectable.
"""

from __future__ import annotations

import os
import random
import resource
import signal
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
import pytest_twisted
import sqlalchemy as sa
from clirunner import REPO
from crawling import crawl
from sqlalchemy.orm import Session
from warcio.archiveiterator import ArchiveIterator

from crawler.capture.warc import payload_digest, read_response
from crawler.db.models import Article, Capture, CrawlRun
from crawler.db.session import make_engine
from crawler.mirror import resolve
from crawler.samples import mirror_root
from crawler.testing.generate import build
from crawler.testing.mirror import MirrorServer

ICT = timezone(timedelta(hours=7))
SAMPLE = mirror_root("cdchoabinh")


def _rows(db_url: str, model: Any) -> list[Any]:
    engine = make_engine(db_url)
    try:
        with Session(engine) as session:
            return list(session.scalars(sa.select(model).order_by(model.id)))
    finally:
        engine.dispose()


def _records(folder: Path) -> list[Any]:
    """(type, target URI, record id, concurrent-to, payload) of every record."""
    found = []
    for path in sorted(folder.glob("*.warc.gz")):
        with open(path, "rb") as handle:
            for record in ArchiveIterator(handle):
                headers = record.rec_headers
                found.append(
                    (
                        record.rec_type,
                        headers.get_header("WARC-Target-URI"),
                        headers.get_header("WARC-Record-ID"),
                        headers.get_header("WARC-Concurrent-To"),
                        record.raw_stream.read(),
                    )
                )
    return found


@pytest_twisted.ensureDeferred
async def test_every_fetch_is_a_checked_request_response_pair_with_the_bytes_served(
    db_url: str, cdchoabinh_mirror: MirrorServer, tmp_path: Path
) -> None:
    warc = tmp_path / "warc"
    outcome = await crawl(
        "cdchoabinh", cdchoabinh_mirror.url, db_url, settings={"ARCHIVE_WARC_DIR": str(warc)}
    )
    assert outcome.ok, outcome.summary()

    check = subprocess.run(
        [str(Path(sys.executable).parent / "warcio"), "check", *map(str, warc.glob("*.gz"))],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert check.returncode == 0, check.stdout + check.stderr
    records = _records(warc)
    responses = {r[2]: r for r in records if r[0] == "response"}
    requests = [r for r in records if r[0] == "request"]
    fetched = outcome.stats["response_received_count"]
    assert len(responses) == len(requests) == fetched == len(cdchoabinh_mirror.requests)
    assert {r[3] for r in requests} == set(responses)  # each request names its response
    for _, uri, _, _, body in responses.values():
        on_disk = resolve(SAMPLE, uri)
        assert on_disk is not None and body == on_disk.read_bytes(), uri
    assert {"warcinfo", "metadata"} <= {r[0] for r in records}

    captures = _rows(db_url, Capture)
    assert len(captures) == fetched
    assert {c.kind for c in captures} >= {"article", "listing", "robots"}
    articles = _rows(db_url, Article)
    by_id = {c.id: c for c in captures}
    for article in articles:
        capture = by_id[article.capture_id]
        assert capture.url == article.url and capture.kind == "article"
        stored = read_response(warc / capture.warc_file, capture.warc_offset)
        assert payload_digest(stored.body) == capture.payload_digest


@pytest_twisted.ensureDeferred
async def test_a_second_crawl_of_unchanged_pages_writes_revisits_only(
    sqlite_url: str, cdchoabinh_mirror: MirrorServer, tmp_path: Path
) -> None:
    settings = {"ARCHIVE_WARC_DIR": str(tmp_path / "warc")}
    await crawl("cdchoabinh", cdchoabinh_mirror.url, sqlite_url, settings=settings)
    first = {c.id for c in _rows(sqlite_url, Capture)}
    outcome = await crawl(
        "cdchoabinh", cdchoabinh_mirror.url, sqlite_url, settings=settings, refresh=True
    )
    assert outcome.ok
    second = [c for c in _rows(sqlite_url, Capture) if c.id not in first]
    assert second and len(second) == outcome.stats["response_received_count"]
    assert {c.record_type for c in second} == {"revisit"}
    revisits = [r for r in _records(tmp_path / "warc") if r[0] == "revisit"]
    assert len(revisits) == len(second)
    assert all(body == b"" for *_, body in revisits)  # no second copy of any payload


@pytest.mark.parametrize("how", ["setting", "site", "site config"])
@pytest_twisted.ensureDeferred
async def test_capture_can_be_switched_off(
    how: str,
    sqlite_url: str,
    cdchoabinh_mirror: MirrorServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    settings: dict[str, Any] = {"ARCHIVE_WARC_DIR": str(tmp_path / "warc")}
    site = "cdchoabinh"
    if how == "setting":
        settings["ARCHIVE_WARC_ENABLED"] = False
    elif how == "site":
        from crawler.registry import site_spiders

        monkeypatch.setattr(site_spiders()["cdchoabinh"], "capture", False)
    else:
        config = tmp_path / "sites.toml"
        config.write_text(
            '[[site]]\nkey = "cdc_no_capture"\nname = "CDC"\n'
            'base_url = "https://cdchoabinh.vn"\nfamily = "nukeviet"\n'
            'listing_urls = ["/news/hoat-dong/"]\ncapture = false\n',
            encoding="utf-8",
        )
        monkeypatch.setenv("NEWSARCHIVE_SITES", str(config))
        site = "cdc_no_capture"
    outcome = await crawl(site, cdchoabinh_mirror.url, sqlite_url, settings=settings)
    assert outcome.ok
    assert len(_rows(sqlite_url, Article)) == 3
    assert _rows(sqlite_url, Capture) == []
    assert not list((tmp_path / "warc").glob("*.gz"))


def _crawl_command(mirror: MirrorServer, db: str, warc: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "crawler.cli",
        "crawl",
        "cdchoabinh",
        "--mirror",
        mirror.url,
        "--db",
        db,
        "--max-pages",
        "100",
        "-s",
        "ARCHIVE_BATCH_SIZE=3",
        "-s",
        f"ARCHIVE_WARC_DIR={warc}",
    ]


def _limit_file_size() -> None:
    """A full disk for the WARC files: writes past 20 KB fail (EFBIG, not SIGXFSZ)."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, 20_000))


@pytest.mark.slow
def test_a_capture_that_cannot_be_written_stores_no_article_and_the_next_run_completes(
    postgres_url: str, cdchoabinh_mirror: MirrorServer, tmp_path: Path
) -> None:
    """The archive is PostgreSQL (its files are the server's), so only the WARC files hit
    the limit."""
    warc = tmp_path / "warc"
    limited = subprocess.run(
        _crawl_command(cdchoabinh_mirror, postgres_url, warc),
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        preexec_fn=_limit_file_size,
    )
    assert limited.returncode != 0
    assert "WARC capture of" in limited.stderr and "failed" in limited.stderr
    (run,) = _rows(postgres_url, CrawlRun)
    assert run.status == "incomplete"
    stored = {a.url for a in _rows(postgres_url, Article)}
    assert len(stored) < 3
    for capture in _rows(postgres_url, Capture):  # what was indexed is whole
        body = read_response(warc / capture.warc_file, capture.warc_offset).body
        assert payload_digest(body) == capture.payload_digest

    again = subprocess.run(
        _crawl_command(cdchoabinh_mirror, postgres_url, warc),
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert again.returncode == 0, again.stderr[-2000:]
    assert len(_rows(postgres_url, Article)) == 3


@pytest.mark.slow
def test_kill_9_while_capturing_leaves_every_indexed_record_whole(tmp_path: Path) -> None:
    root = tmp_path / "site"
    root.mkdir()
    build(root, 40, 10, datetime(2024, 7, 20, 9, 0, tzinfo=ICT), timedelta(days=1))
    db = f"sqlite:///{tmp_path / 'archive.db'}"
    warc = tmp_path / "warc"
    rng = random.Random(20261202)
    with MirrorServer(root) as mirror:
        mirror.delay = 0.03
        for _ in range(10):
            process = subprocess.Popen(
                _crawl_command(mirror, db, warc),
                cwd=REPO,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            time.sleep(rng.uniform(1.5, 6.0))
            os.kill(process.pid, signal.SIGKILL)
            process.wait()
    captures = _rows(db, Capture)
    assert captures, "no capture was indexed before the kills: kill later"
    for capture in captures:
        stored = read_response(warc / capture.warc_file, capture.warc_offset)
        if capture.record_type == "response":
            assert payload_digest(stored.body) == capture.payload_digest
        assert stored.url.endswith(capture.url.split("cdchoabinh.vn", 1)[1])
    # A record cut by a kill is detectable: reading the file stops with an error there.
    partial = 0
    for path in warc.glob("*.warc.gz"):
        try:
            with open(path, "rb") as handle:
                for record in ArchiveIterator(handle):
                    record.raw_stream.read()
        except Exception:
            partial += 1
    assert partial <= 10


def test_files_rotate_past_their_size_and_each_opens_with_warcinfo(tmp_path: Path) -> None:
    from crawler.capture.warc import Exchange, WarcFiles

    files = WarcFiles(tmp_path, "cdchoabinh", {"software": "newsarchive"}, max_bytes=20_000)
    body = (SAMPLE / "news/hoat-dong/tiem-chung-mo-rong-dot-3-nam-2024-1201.html").read_bytes()
    captures = [
        files.write_exchange(
            Exchange(
                f"https://cdchoabinh.vn/{n}.html", "GET", [], 200, "OK",
                [("Content-Type", "text/html")], body + str(n).encode(), datetime.now(ICT),
            ),
            None,
        )
        for n in range(12)
    ]  # fmt: skip
    files.close()
    names = sorted({c.warc_file for c in captures})
    assert len(names) > 1
    for name in names:
        with open(tmp_path / name, "rb") as handle:
            assert next(iter(ArchiveIterator(handle))).rec_type == "warcinfo"
    for n, capture in enumerate(captures):
        stored = read_response(tmp_path / capture.warc_file, capture.offset)
        assert stored.body == body + str(n).encode()
