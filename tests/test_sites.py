"""Every registered site against its saved pages: the expected JSONs hold, discovery works.

Fixture layout per site (one slug everywhere): ``crawler/samples/<site>/site/`` is the mirror
(file path = URL path), ``tests/sites/<site>/index.json`` lists its pages with their real
URLs and expected-output files, which sit beside it. A registered site without fixtures
fails here.
"""

from __future__ import annotations

import json

import pytest
from conftest import SITES_DIR, site_index

from crawler.discovery import listing_entries, next_page
from crawler.extract import ArticleRecord, extract_article
from crawler.quality import problems
from crawler.registry import site_spiders
from crawler.samples import mirror_root

SITES = site_spiders()


def _pages(kind: str) -> list[tuple[str, dict]]:
    return [
        (site, page)
        for site in SITES
        if (SITES_DIR / site / "index.json").is_file()
        for page in site_index(site)["pages"]
        if page["kind"] == kind
    ]


@pytest.mark.parametrize("site", sorted(SITES))
def test_every_site_has_article_and_listing_fixtures(site: str) -> None:
    index = site_index(site)
    kinds = {page["kind"] for page in index["pages"]}
    assert {"article", "listing"} <= kinds
    for page in index["pages"]:
        assert (mirror_root(site) / page["file"]).is_file(), page["file"]


@pytest.mark.parametrize(
    ("site", "page"),
    [p for p in _pages("article") if p[1].get("expected")],
    ids=lambda v: v if isinstance(v, str) else v["file"].rsplit("/", 1)[-1],
)
def test_article_meets_its_expected_output(site: str, page: dict) -> None:
    expected = json.loads((SITES_DIR / site / page["expected"]).read_text(encoding="utf-8"))
    body = (mirror_root(site) / page["file"]).read_bytes()
    record = extract_article(page["url"], body, SITES[site].article_rules)
    assert isinstance(record, ArticleRecord), record
    assert problems(record.to_json(), expected) == []
    assert record.canonical_url.startswith(SITES[site].base_url)


@pytest.mark.parametrize(
    ("site", "page"),
    _pages("listing"),
    ids=lambda v: v if isinstance(v, str) else v["file"],
)
def test_listing_is_rejected_as_an_article_and_yields_links(site: str, page: dict) -> None:
    spider = SITES[site]
    html = (mirror_root(site) / page["file"]).read_bytes()
    rejection = extract_article(page["url"], html, spider.article_rules)
    assert not isinstance(rejection, ArticleRecord)
    assert spider.listing_rules is not None
    entries = listing_entries(page["url"], html, spider.listing_rules)
    assert entries, "no article links found"
    linked = {e.url.removeprefix(spider.base_url).lstrip("/") for e in entries}
    articles = {p["file"] for s, p in _pages("article") if s == site}
    assert linked & articles, f"links {linked} reach none of the article fixtures"
    following = next_page(page["url"], html, spider.listing_rules)
    if following is not None:
        assert (mirror_root(site) / following.removeprefix(spider.base_url).lstrip("/")).exists()
