"""``newsarchive capture URL``: an archived page's HTTP response as the site served it.

* the body printed is the mirror's file byte for byte (a gzipped answer stays gzipped,
  ``--decoded`` gives the page), after the status line and headers;
* ``--at`` picks the capture of an earlier crawl after the page changed;
* an unknown URL, a time before any capture and a missing WARC file are one line on
  stderr and exit 1.
"""

from __future__ import annotations

import gzip
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
import pytest_twisted
from crawling import crawl

from crawler.cli import main
from crawler.samples import mirror_root
from crawler.testing.mirror import MirrorServer

BASE = "https://cdchoabinh.vn"
SAMPLE = mirror_root("cdchoabinh")
SOT = "/news/phong-chong-dich-benh/chu-dong-phong-chong-sot-xuat-huyet-mua-mua-2024-1240.html"
TIEM_CHUNG = "/news/hoat-dong/tiem-chung-mo-rong-dot-3-nam-2024-1201.html"


def _capture(
    db_url: str, warc: Path, capsys: pytest.CaptureFixture[bytes], url: str, *extra: str
) -> tuple[int, bytes, bytes]:
    code = main(["capture", url, "--db", db_url, "--warc-dir", str(warc), *extra])
    out = capsys.readouterr()
    return code, out.out, out.err


def _split(message: bytes) -> tuple[list[bytes], bytes]:
    head, _, body = message.partition(b"\r\n\r\n")
    return head.split(b"\r\n"), body


@pytest_twisted.ensureDeferred
async def test_capture_prints_the_response_with_the_bytes_served(
    db_url: str,
    cdchoabinh_mirror: MirrorServer,
    tmp_path: Path,
    capsysbinary: pytest.CaptureFixture[bytes],
) -> None:
    warc = tmp_path / "warc"
    page = (SAMPLE / TIEM_CHUNG.lstrip("/")).read_bytes()
    served_gzip = gzip.compress(page)
    cdchoabinh_mirror.scripted[TIEM_CHUNG] = [
        (200, {"Content-Type": "text/html; charset=utf-8", "Content-Encoding": "gzip"}, served_gzip)
    ]
    outcome = await crawl(
        "cdchoabinh", cdchoabinh_mirror.url, db_url, settings={"ARCHIVE_WARC_DIR": str(warc)}
    )
    assert outcome.ok, outcome.summary()

    code, out, err = _capture(db_url, warc, capsysbinary, BASE + SOT)
    assert code == 0, err
    head, body = _split(out)
    assert head[0] == b"HTTP/1.1 200 OK"
    assert b"Content-Type: text/html; charset=utf-8" in head
    assert body == (SAMPLE / SOT.lstrip("/")).read_bytes()

    code, out, err = _capture(db_url, warc, capsysbinary, BASE + TIEM_CHUNG)
    assert code == 0, err
    head, body = _split(out)
    assert b"Content-Encoding: gzip" in head
    assert body == served_gzip  # as served: still compressed

    code, out, _ = _capture(db_url, warc, capsysbinary, BASE + TIEM_CHUNG, "--decoded")
    head, body = _split(out)
    assert body == page
    assert not any(line.lower().startswith(b"content-encoding") for line in head)
    assert f"Content-Length: {len(page)}".encode() in head

    code, out, _ = _capture(db_url, warc, capsysbinary, BASE + SOT, "--body-only")
    assert out == (SAMPLE / SOT.lstrip("/")).read_bytes()
    code, out, _ = _capture(db_url, warc, capsysbinary, BASE + SOT, "--headers-only")
    assert out.startswith(b"HTTP/1.1 200 OK\r\n") and out.endswith(b"\r\n\r\n")
    assert b"<html" not in out


@pytest_twisted.ensureDeferred
async def test_at_picks_the_capture_of_an_earlier_crawl(
    db_url: str, tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    root, warc = tmp_path / "site", tmp_path / "warc"
    shutil.copytree(SAMPLE, root)
    settings = {"ARCHIVE_WARC_DIR": str(warc)}
    page = root / SOT.lstrip("/")
    first = page.read_bytes()
    with MirrorServer(root) as mirror:
        assert (await crawl("cdchoabinh", mirror.url, db_url, settings=settings)).ok
        between = datetime.now(UTC)
        edited = first.replace("sốt xuất huyết".encode(), b"SXH", 1)
        assert edited != first
        page.write_bytes(edited)
        again = await crawl("cdchoabinh", mirror.url, db_url, settings=settings, refresh=True)
        assert again.ok, again.summary()

    code, out, err = _capture(db_url, warc, capsysbinary, BASE + SOT, "--body-only")
    assert code == 0, err
    assert out == edited
    at = between.isoformat()
    code, out, err = _capture(db_url, warc, capsysbinary, BASE + SOT, "--body-only", "--at", at)
    assert code == 0, err
    assert out == first

    code, out, err = _capture(db_url, warc, capsysbinary, BASE + SOT, "--at", "2020-01-01")
    assert code == 1 and out == b""
    assert err.decode().count("\n") == 1
    assert err.decode().startswith(f"newsarchive capture: no capture of {BASE}{SOT} at or before")


@pytest_twisted.ensureDeferred
async def test_unknown_url_and_missing_warc_file_are_one_line_errors(
    sqlite_url: str,
    cdchoabinh_mirror: MirrorServer,
    tmp_path: Path,
    capsysbinary: pytest.CaptureFixture[bytes],
) -> None:
    warc = tmp_path / "warc"
    outcome = await crawl(
        "cdchoabinh", cdchoabinh_mirror.url, sqlite_url, settings={"ARCHIVE_WARC_DIR": str(warc)}
    )
    assert outcome.ok, outcome.summary()

    code, out, err = _capture(sqlite_url, warc, capsysbinary, BASE + "/news/never-archived.html")
    assert (code, out) == (1, b"")
    assert (
        err.decode()
        == f"newsarchive capture: no capture of {BASE}/news/never-archived.html in {sqlite_url}\n"
    )

    elsewhere = tmp_path / "empty"
    elsewhere.mkdir()
    code, out, err = _capture(sqlite_url, elsewhere, capsysbinary, BASE + SOT)
    assert (code, out) == (1, b"")
    lines = err.decode().splitlines()
    assert len(lines) == 1 and "is missing" in lines[0] and str(elsewhere) in lines[0]

    # Without --warc-dir a SQLite archive's captures are looked for in warc/ beside it.
    shutil.move(warc, Path(sqlite_url.removeprefix("sqlite:///")).parent / "warc")
    assert main(["capture", BASE + SOT, "--db", sqlite_url, "--body-only"]) == 0
    assert capsysbinary.readouterr().out == (SAMPLE / SOT.lstrip("/")).read_bytes()
