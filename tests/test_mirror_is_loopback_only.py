"""``--mirror`` and the host allowlists name this machine only.

A mirror's host is exempted from the destination guard, so ``--mirror http://10.0.0.1``
would let a crawl reach into the network it runs in. It is refused with one line and exit 2
before any request: the crawl itself is replaced here by a stand-in that fails the test if
it is ever started. Nothing is resolved or connected to.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import crawler.crawl
from crawler.cli import main
from crawler.crawl import project_settings

SITE = "cdchoabinh"


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """The crawls that were started (the stand-in for ``run_crawls`` records them)."""
    calls: list[Any] = []

    def run_crawls(requests: list[Any], *args: Any, **kwargs: Any) -> list[Any]:
        calls.append(requests)
        return []

    monkeypatch.setattr(crawler.crawl, "run_crawls", run_crawls)
    return calls


@pytest.mark.parametrize(
    "mirror",
    [
        "http://10.0.0.1",
        "http://10.0.0.1:8000/",
        "http://100.100.100.200/",
        "http://169.254.169.254/",
        "http://[fd00::1]:8000",
        "https://mirror.example.vn",
        "http://2130706433.example.vn",
        "http://localhost.example.vn",
        "127.0.0.1:8000",
    ],
)
def test_a_mirror_off_this_machine_is_refused_before_any_request(
    mirror: str, tmp_path: Path, started: list[Any], capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "archive.db"
    code = main(["crawl", SITE, "--mirror", mirror, "--db", f"sqlite:///{db}"])
    out, err = capsys.readouterr()
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("newsarchive crawl: --mirror")
    assert "Traceback" not in err and out == ""
    assert started == [] and not db.exists()


def test_backfill_refuses_a_remote_mirror_too(
    tmp_path: Path, started: list[Any], capsys: pytest.CaptureFixture[str]
) -> None:
    db = f"sqlite:///{tmp_path / 'archive.db'}"
    code = main(
        ["backfill", SITE, "--since", "2024-01-01", "--mirror", "http://10.0.0.1", "--db", db]
    )
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1
    assert "a mirror must be on this machine" in err
    assert started == []


@pytest.mark.parametrize("setting", ["DESTINATION_GUARD_ALLOWED_HOSTS", "ALLOWED_HOSTS_ONLY"])
def test_an_allowlist_setting_off_this_machine_is_refused(
    setting: str, tmp_path: Path, started: list[Any], capsys: pytest.CaptureFixture[str]
) -> None:
    db = f"sqlite:///{tmp_path / 'archive.db'}"
    code = main(["crawl", SITE, "-s", f"{setting}=127.0.0.1,10.0.0.1", "--db", db])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1
    assert f"{setting} may list only loopback" in err and "10.0.0.1" in err
    assert started == []


@pytest.mark.parametrize(
    "mirror",
    ["http://127.0.0.1:8000", "http://127.8.0.1", "http://localhost:8000", "http://[::1]:8000"],
)
def test_loopback_mirrors_are_accepted(
    mirror: str, tmp_path: Path, started: list[Any], capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["crawl", SITE, "--mirror", mirror, "--db", f"sqlite:///{tmp_path / 'a.db'}"])
    assert code == 0, capsys.readouterr().err
    [[request]] = started
    assert request.mirror == mirror


def test_project_settings_refuse_a_remote_mirror() -> None:
    """The library path (tests, ``demo``) is checked as well as the command line."""
    with pytest.raises(ValueError, match="a mirror must be on this machine"):
        project_settings("sqlite://", ["http://127.0.0.1:8000", "http://10.0.0.1"])
    settings = project_settings("sqlite://", ["http://127.0.0.1:8000"])
    assert settings.getlist("DESTINATION_GUARD_ALLOWED_HOSTS") == ["127.0.0.1"]
    assert settings.getlist("ALLOWED_HOSTS_ONLY") == ["127.0.0.1"]
