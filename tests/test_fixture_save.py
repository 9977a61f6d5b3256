"""``newsarchive fixture save``: a page becomes a fixture plus a draft to review."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crawler.cli import main
from crawler.mirror import MirrorServer
from crawler.samples import mirror_root

PATH = "/news/hoat-dong/hoi-nghi-so-ket-cong-tac-y-te-6-thang-dau-nam-2024-1234.html"


def test_saves_page_index_entry_and_a_draft_that_is_not_yet_expected(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with MirrorServer(mirror_root("cdchoabinh")) as mirror:
        code = main(
            [
                "fixture",
                "save",
                "cdchoabinh",
                mirror.url + PATH,
                "--real-url",
                "https://cdchoabinh.vn" + PATH,
                "--repo",
                str(tmp_path),
            ]
        )
    out, err = capsys.readouterr()
    assert code == 0, err
    page = tmp_path / "crawler/samples/cdchoabinh/site" / PATH.lstrip("/")
    assert page.read_bytes() == (mirror_root("cdchoabinh") / PATH.lstrip("/")).read_bytes()
    index = json.loads((tmp_path / "tests/sites/cdchoabinh/index.json").read_text("utf-8"))
    [entry] = index["pages"]
    assert entry["url"] == "https://cdchoabinh.vn" + PATH
    assert entry["expected"] is None and entry["fetched_at"]
    draft = json.loads((tmp_path / "tests/sites/cdchoabinh" / entry["draft"]).read_text("utf-8"))
    assert draft["title"] == "HỘI NGHỊ SƠ KẾT CÔNG TÁC Y TẾ 6 THÁNG ĐẦU NĂM 2024"
    assert draft["authors"] == ["Hồng Dung"]
    assert draft["review"].startswith("DRAFT")
    assert "review them" in out


def test_unreachable_page_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with MirrorServer(mirror_root("cdchoabinh")) as mirror:
        url = mirror.url
    # The server is shut down: the port on 127.0.0.1 now refuses connections.
    code = main(["fixture", "save", "cdchoabinh", url + PATH, "--repo", str(tmp_path)])
    err = capsys.readouterr().err
    assert code == 1  # a runtime failure (the site), not a usage mistake
    assert "newsarchive fixture:" in err and "Traceback" not in err
    assert not (tmp_path / "tests").exists()
