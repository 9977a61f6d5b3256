"""``newsarchive fixture save``: a page becomes a fixture plus a draft to review."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crawler import fixtures
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


def _files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file() or p.is_symlink())


@pytest.mark.parametrize(
    ("url_path", "real_url"),
    [
        ("/news/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/escaped.html", None),
        ("/%2E%2E/%2e%2E/escaped.html", None),
        ("/news/%2e%2e%2f%2e%2e%2f%2e%2e%2fescaped.html", None),
        (PATH, "https://cdchoabinh.vn/../../../../escaped.html"),
        (PATH, "https://cdchoabinh.vn/news/../../escaped.html"),
    ],
)
def test_a_path_that_climbs_out_of_the_site_is_refused(
    url_path: str, real_url: str | None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    with MirrorServer(mirror_root("cdchoabinh")) as mirror:
        argv = ["fixture", "save", "cdchoabinh", mirror.url + url_path, "--repo", str(repo)]
        code = main(argv + (["--real-url", real_url] if real_url else []))
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and "climbs above the site's root" in err
    assert _files(tmp_path) == []  # nothing written, inside the repo or beside it


def test_dot_segments_inside_the_site_are_normalised(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    real_url = "https://cdchoabinh.vn/news/./tin-tuc/%2e%2e/" + PATH.removeprefix("/news/")
    with MirrorServer(mirror_root("cdchoabinh")) as mirror:
        argv = ["fixture", "save", "cdchoabinh", mirror.url + PATH, "--real-url", real_url]
        code = main([*argv, "--repo", str(tmp_path)])
    assert code == 0, capsys.readouterr().err
    assert (tmp_path / "crawler/samples/cdchoabinh/site" / PATH.lstrip("/")).is_file()
    index = json.loads((tmp_path / "tests/sites/cdchoabinh/index.json").read_text("utf-8"))
    assert [entry["file"] for entry in index["pages"]] == [PATH.lstrip("/")]


def test_a_symlink_out_of_the_repo_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    repo, outside = tmp_path / "repo", tmp_path / "outside"
    outside.mkdir()
    (repo / "crawler/samples/cdchoabinh").mkdir(parents=True)
    (repo / "crawler/samples/cdchoabinh/site").symlink_to(outside)
    with MirrorServer(mirror_root("cdchoabinh")) as mirror:
        code = main(["fixture", "save", "cdchoabinh", mirror.url + PATH, "--repo", str(repo)])
    err = capsys.readouterr().err
    assert code == 2 and "outside" in err
    assert list(outside.iterdir()) == [] and not (repo / "tests").exists()


def test_files_are_written_atomically(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["fixture", "save", "cdchoabinh", "", "--repo", str(tmp_path)]
    with MirrorServer(mirror_root("cdchoabinh")) as mirror:
        argv[3] = mirror.url + PATH
        assert main(argv) == 0, capsys.readouterr().err
        # No temporary file is left beside the ones written.
        assert not [p for p in _files(tmp_path) if p.name.endswith(".partial")]
        index = tmp_path / "tests/sites/cdchoabinh/index.json"
        before = index.read_bytes()

        # A save that fails mid-write leaves every earlier file whole, and no temporary.
        def disk_full(fd: int) -> None:
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(fixtures.os, "fsync", disk_full)
        assert main(argv) == 1
    assert "No space left on device" in capsys.readouterr().err
    assert index.read_bytes() == before
    page = tmp_path / "crawler/samples/cdchoabinh/site" / PATH.lstrip("/")
    assert page.read_bytes() == (mirror_root("cdchoabinh") / PATH.lstrip("/")).read_bytes()
    assert not [p for p in _files(tmp_path) if p.name.endswith(".partial")]
