"""Sites declared in a config file: picked up by the CLI and Scrapy, bad entries explained.

Config files are named by ``$NEWSARCHIVE_SITES`` (set with monkeypatch); the crawls of
config sites run in this process (``tests/crawling.py``) and ``newsarchive sites`` through
:func:`crawler.cli.main`.
"""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest
import pytest_twisted
import sqlalchemy as sa
from conftest import site_index
from crawling import crawl

from crawler.cli import main
from crawler.db.models import Article, Site
from crawler.db.session import make_engine
from crawler.samples import mirror_root
from crawler.siteconfig import SiteConfigError, load_entries
from crawler.testing.mirror import MirrorServer

FAMILIES = {"nukeviet", "vhv", "newsroom", "sharepoint", "wordpress", "generic"}

# family → (saved site whose pages it crawls, listing path, real base URL)
FAMILY_FIXTURES = {
    "nukeviet": ("cdchoabinh", "/news/hoat-dong/", "https://cdchoabinh.vn"),
    "vhv": ("nahang", "/van-hoa-xa-hoi/", "https://nahang.tuyenquang.gov.vn"),
    "newsroom": ("baolaocai", "/y-te/", "https://baolaocai.vn"),
    "sharepoint": ("backan", "/Pages/tin-tong-hop.aspx", "https://backan.gov.vn"),
    "wordpress": ("tintaynguyen", "/category/suc-khoe/", "https://tintaynguyen.com"),
}


def _config(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "my-sites.toml"
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


def _sites(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], config: Path
) -> tuple[int, str, str]:
    """``newsarchive sites`` with ``config`` named by $NEWSARCHIVE_SITES: code, out, err."""
    monkeypatch.setenv("NEWSARCHIVE_SITES", str(config))
    capsys.readouterr()
    code = main(["sites"])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("family", sorted(FAMILY_FIXTURES))
@pytest_twisted.ensureDeferred
async def test_a_new_site_on_a_known_family_needs_only_a_config_entry(
    family: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    saved, listing, base = FAMILY_FIXTURES[family]
    config = _config(
        tmp_path,
        f"""
        [[site]]
        key = "new_{family}_site"
        name = "Cổng thông tin mới ({family})"
        base_url = "{base}"
        family = "{family}"
        province = "Tuyên Quang"
        listing_urls = ["{listing}"]
        """,
    )
    _, listed, _ = _sites(monkeypatch, capsys, config)
    assert f"new_{family}_site" in listed
    db = f"sqlite:///{tmp_path / 'archive.db'}"
    with MirrorServer(mirror_root(saved)) as mirror:
        outcome = await crawl(f"new_{family}_site", mirror.url, db)
    assert outcome.ok, outcome.stats
    articles = {p["url"] for p in site_index(saved)["pages"] if p["kind"] == "article"}
    engine = make_engine(db)
    with engine.connect() as connection:
        stored = connection.execute(
            sa.select(Article.canonical_url, Site.key, Site.family).join(Site)
        ).all()
    engine.dispose()
    assert {row.canonical_url for row in stored} == articles
    assert {(row.key, row.family) for row in stored} == {(f"new_{family}_site", family)}


@pytest_twisted.ensureDeferred
async def test_generic_site_is_discovered_from_robots_sitemaps(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = _config(
        tmp_path,
        """
        [[site]]
        key = "any_site"
        name = "Báo Lào Cai, read generically"
        base_url = "https://baolaocai.vn"
        family = "generic"
        """,
    )
    monkeypatch.setenv("NEWSARCHIVE_SITES", str(config))
    db = f"sqlite:///{tmp_path / 'archive.db'}"
    with MirrorServer(mirror_root("baolaocai")) as mirror:
        outcome = await crawl("any_site", mirror.url, db)
        requested = set(mirror.requests)
    assert outcome.ok, outcome.stats
    assert {"/robots.txt", "/sitemap.xml", "/sitemaps/news-2025-8.xml"} <= requested
    engine = make_engine(db)
    with engine.connect() as connection:
        titles = connection.scalars(sa.select(Article.title)).all()
    engine.dispose()
    assert "Thành tựu và cơ hội trên chặng đường mới" in titles


@pytest.mark.parametrize(
    ("entry", "field", "problem"),
    [
        (
            'key = "x1"\nname = "X"\nbase_url = "https://x.vn"\nfamily = "nukevet"',
            "family",
            "unknown family 'nukevet'",
        ),
        ('key = "x1"\nname = "X"\nfamily = "nukeviet"', "base_url", "is required"),
        (
            'key = "x1"\nname = "X"\nbase_url = "ftp://x.vn"\nfamily = "vhv"',
            "base_url",
            "is not an http(s) URL",
        ),
        (
            'key = "Bad Key"\nname = "X"\nbase_url = "https://x.vn"\nfamily = "vhv"',
            "key",
            "lower-case",
        ),
        (
            'key = "x1"\nname = "X"\nbase_url = "https://x.vn"\nfamily = "vhv"\n'
            'listing_urls = ["https://other.vn/news/"]',
            "listing_urls",
            "is not on https://x.vn",
        ),
        (
            'key = "x1"\nname = "X"\nbase_url = "https://x.vn"\nfamily = "vhv"\nlisting = ["/a"]',
            "listing",
            "unknown field",
        ),
    ],
)
def test_bad_entries_name_file_entry_and_field(
    tmp_path: Path, entry: str, field: str, problem: str
) -> None:
    config = _config(
        tmp_path,
        '[[site]]\nkey = "ok_site"\nname = "Fine"\n'
        'base_url = "https://ok.vn"\nfamily = "generic"\n\n[[site]]\n' + entry,
    )
    with pytest.raises(SiteConfigError) as error:
        load_entries(FAMILIES, [config])
    message = str(error.value)
    assert str(config) in message and "site #2" in message
    assert f"field {field!r}" in message and problem in message


def test_cli_reports_a_bad_config_without_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    config = _config(tmp_path, '[[site]]\nkey = "x1"\nname = "X"\nbase_url = "https://x.vn"\n')
    code, _, err = _sites(monkeypatch, capsys, config)
    assert code == 2
    assert "Traceback" not in err
    assert "site #1 ('x1'): field 'family': is required" in err


def test_a_config_site_cannot_shadow_a_code_site(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    config = _config(
        tmp_path,
        '[[site]]\nkey = "cdchoabinh"\nname = "X"\n'
        'base_url = "https://x.vn"\nfamily = "nukeviet"\n',
    )
    code, _, err = _sites(monkeypatch, capsys, config)
    assert code == 2
    assert "'cdchoabinh' is already defined by spiders.nukeviet.CdcHoaBinhSpider" in err


@pytest_twisted.ensureDeferred
async def test_generic_site_finds_the_feed_its_home_page_announces(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "mirror"
    shutil.copytree(mirror_root("tintaynguyen"), root)
    (root / "robots.txt").write_text("User-agent: *\nDisallow: /wp-admin/\n", encoding="utf-8")
    article = "gia-lai-tang-cuong-phong-chong-sot-xuat-huyet/12345/index.html"
    home = (root / article).read_text(encoding="utf-8")  # a full page of the site's theme
    (root / "index.html").write_text(home, encoding="utf-8")
    config = _config(
        tmp_path,
        """
        [[site]]
        key = "feed_only"
        name = "Tin Tây Nguyên, read generically"
        base_url = "https://tintaynguyen.com"
        family = "generic"
        """,
    )
    monkeypatch.setenv("NEWSARCHIVE_SITES", str(config))
    db = f"sqlite:///{tmp_path / 'archive.db'}"
    with MirrorServer(root) as mirror:
        outcome = await crawl("feed_only", mirror.url, db)
        requested = set(mirror.requests)
    assert outcome.ok, outcome.stats
    assert "/feed/" in requested and "/wp-sitemap.xml" not in requested
    engine = make_engine(db)
    with engine.connect() as connection:
        urls = set(connection.scalars(sa.select(Article.canonical_url)))
    engine.dispose()
    assert urls == {p["url"] for p in site_index("tintaynguyen")["pages"] if p["kind"] == "article"}
