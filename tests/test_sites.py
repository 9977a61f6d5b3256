"""Every registered site against its saved pages: the expected JSONs hold, discovery works.

Fixture layout per site (one slug everywhere): ``crawler/samples/<site>/site/`` is the mirror
(file path = URL path), ``tests/sites/<site>/index.json`` lists its pages with their real
URLs and expected-output files, which sit beside it. A registered site without fixtures
fails here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import SITES_DIR, site_index

from crawler.discovery import listing_entries, next_page
from crawler.extract import ArticleRecord, extract_article
from crawler.mirror import mirror_path
from crawler.registry import site_spiders
from crawler.samples import mirror_root
from crawler.testing.quality import EXACT_FIELDS, problems

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
    _pages("article"),
    ids=lambda v: v if isinstance(v, str) else v["file"].rsplit("/", 1)[-1],
)
def test_article_meets_its_expected_output(site: str, page: dict) -> None:
    assert page.get("expected"), f"{site}: {page['file']} is an article without an expected record"
    expected = json.loads((SITES_DIR / site / page["expected"]).read_text(encoding="utf-8"))
    unstated = [
        f for f in (*EXACT_FIELDS, "body_must_include", "must_exclude") if f not in expected
    ]
    assert not unstated, f"{page['expected']} does not state {unstated}"
    body = (mirror_root(site) / page["file"]).read_bytes()
    record = extract_article(page["url"], body, SITES[site].article_rules)
    assert isinstance(record, ArticleRecord), record
    assert problems(record.to_json(), expected) == []
    assert record.canonical_url.startswith(SITES[site].base_url)


@pytest.mark.parametrize(
    ("site", "page"), _pages("listing"), ids=lambda v: v if isinstance(v, str) else v["file"]
)
def test_listing_page_is_rejected_as_an_article(site: str, page: dict) -> None:
    html = (mirror_root(site) / page["file"]).read_bytes()
    result = extract_article(page["url"], html, SITES[site].article_rules)
    assert not isinstance(result, ArticleRecord), result.title
    assert result.reason == "not an article"


@pytest.mark.parametrize("site", sorted(SITES))
def test_listings_lead_to_every_article_and_to_the_next_page(site: str) -> None:
    spider = SITES[site]
    assert spider.listing_rules is not None
    linked: set[str] = set()
    next_pages: list[str] = []
    for _, page in (p for p in _pages("listing") if p[0] == site):
        html = (mirror_root(site) / page["file"]).read_bytes()
        entries = listing_entries(page["url"], html, spider.listing_rules)
        assert entries, f"no article links found in {page['file']}"
        linked |= {_mirror_file(site, e.url.removeprefix(spider.base_url)) for e in entries}
        following = next_page(page["url"], html, spider.listing_rules)
        if following:
            next_pages.append(following)
    articles = {mirror_root(site) / p["file"] for s, p in _pages("article") if s == site}
    assert articles <= linked, f"not linked from any listing: {articles - linked}"
    assert next_pages, "no listing fixture links to a next page"
    for url in next_pages:
        assert _mirror_file(site, url.removeprefix(spider.base_url)).is_file(), url


def _mirror_file(site: str, path: str) -> Path:
    """The mirror file serving ``path`` (``/x/`` → ``x/index.html``)."""
    return mirror_root(site) / mirror_path(path)
