"""Every CMS family's rules on pages of several themes, most rendered by the real CMS.

``tests/families/<family>/<theme>/`` holds pages saved from a real NukeViet or WordPress
install on this machine (``tools/realcms/``), or, for the CMSs that cannot be installed here
(VHV, SharePoint, the "-post" newsroom platform), pages written from the markup the CMS
emits on every theme. Each article must come out exactly as its expected record says,
every field; each listing must be refused and must lead to the articles; and a page whose
family markers are gone (a redesign) must still be archived through the generic path.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from lxml import etree
from lxml import html as lxml_html

from crawler.discovery import listing_entries
from crawler.extract import GENERIC_RULES, ArticleRecord, ArticleRules, extract_article
from crawler.extract.article import RULES_MISSED
from crawler.extract.select import nodes
from crawler.registry import family_rules, site_spiders
from crawler.spiderloader import family_classes
from crawler.testing.fixtures import FixturePage, family_pages, family_themes, site_pages
from crawler.testing.quality import EXACT_FIELDS, body_recall, points, problems, score

SITES = site_spiders()
FAMILIES = {key: rules for key, rules in family_rules().items() if key != "generic"}
PAGES = family_pages()
ARTICLES = [p for p in PAGES if p.kind == "article"]
LISTINGS = [p for p in PAGES if p.kind == "listing"]
# Families whose CMS is installed here: their fixtures must be real renders, three themes
# for WordPress (block default, classic default, a news-magazine theme), two for NukeViet.
REAL_CMS_THEMES = {"wordpress": 3, "nukeviet": 2}


GATE = tomllib.loads((Path(__file__).parent / "accuracy_gate.toml").read_text(encoding="utf-8"))
KNOWN_GAPS: dict[str, str] = GATE["known_gaps"]
MARGINS: dict[str, float] = GATE["rules_over_generic"]


def _gated(kind: str, group: str) -> list[pytest.MarkDecorator]:
    """A strict expected failure for a check pinned as a known gap in accuracy_gate.toml."""
    reason = KNOWN_GAPS.get(f"{kind}:{group}")
    return [pytest.mark.xfail(strict=True, reason=reason)] if reason else []


def _params(kind: str, pages: list[FixturePage]) -> list:
    return [pytest.param(p, id=_ids(p), marks=_gated(kind, p.group)) for p in pages]


def _ids(page: FixturePage) -> str:
    return f"{page.group}:{page.url.rstrip('/').rsplit('/', 1)[-1]}"


def test_every_family_has_pages_of_at_least_two_themes() -> None:
    sites = SITES
    themes: dict[str, set[str]] = {family: set() for family in FAMILIES}
    for group in family_themes():
        themes.setdefault(group.split("/")[0], set()).add(group)
    for page in site_pages():
        family = sites[page.rules_key].family
        if family in themes:
            themes[family].add(page.group)
    assert all(len(sets) >= 2 for sets in themes.values()), themes
    for family, minimum in REAL_CMS_THEMES.items():
        real = [g for g, meta in family_themes().items() if g.startswith(f"{family}/")]
        real = [g for g in real if "hand-written" not in family_themes()[g]["source"]]
        assert len(real) >= minimum, f"{family}: {real}"


def test_every_known_gap_names_a_theme_set() -> None:
    for key in KNOWN_GAPS:
        kind, _, group = key.partition(":")
        assert kind in ("exact", "listing", "links") and group in family_themes(), key


def test_every_theme_set_says_how_it_was_made() -> None:
    for group, meta in family_themes().items():
        for key in ("cms", "version", "theme", "source"):
            assert meta.get(key), f"{group}: index.json lacks {key!r}"


@pytest.mark.parametrize("page", _params("exact", ARTICLES))
def test_family_rules_give_the_exact_record(page: FixturePage) -> None:
    expected = page.expected
    assert expected is not None, f"{page.path}: an article page needs an expected record"
    missing = [f for f in (*EXACT_FIELDS, "body_must_include", "must_exclude") if f not in expected]
    assert not missing, f"{page.expected_path} does not state {missing}"
    record = extract_article(page.url, page.path.read_bytes(), FAMILIES[page.rules_key])
    assert isinstance(record, ArticleRecord), record
    assert problems(record.to_json(), expected) == []
    assert not any(w.startswith(RULES_MISSED) for w in record.warnings)
    assert record.field_sources["text"] == "rules"


@pytest.mark.parametrize("page", _params("listing", LISTINGS))
def test_family_rules_refuse_listing_pages(page: FixturePage) -> None:
    result = extract_article(page.url, page.path.read_bytes(), FAMILIES[page.rules_key])
    assert not isinstance(result, ArticleRecord), result.title
    assert result.reason == "not an article"


@pytest.mark.parametrize(
    "group", [pytest.param(g, marks=_gated("links", g)) for g in sorted(family_themes())]
)
def test_listings_lead_to_every_article(group: str) -> None:
    family = group.split("/")[0]
    listing_rules = family_classes()[family].listing_rules
    linked: set[str] = set()
    for page in (p for p in LISTINGS if p.group == group):
        entries = listing_entries(page.url, page.path.read_bytes(), listing_rules)
        linked |= {entry.url.rstrip("/") for entry in entries}
    articles = {p.url.rstrip("/") for p in ARTICLES if p.group == group}
    assert articles <= linked, f"not linked from any listing: {articles - linked}"


def without_markers(html: bytes, selectors: tuple[str, ...]) -> str:
    """The page as a redesign might serve it: the elements the family's article markers
    match lose their class, id and schema.org type (their content stays)."""
    tree = lxml_html.document_fromstring(html)
    for selector in selectors:
        for node in nodes(tree, selector):
            targets = [node, *(a for a in node.iterancestors() if a.tag == "body")]
            for target in targets if selector.startswith("body") else [node]:
                for attribute in ("class", "id", "itemtype"):
                    target.attrib.pop(attribute, None)
    assert not any(nodes(tree, s) for s in selectors)
    return etree.tostring(tree, encoding="unicode", method="html")


@pytest.mark.parametrize(
    "page", ARTICLES + [p for p in site_pages() if p.kind == "article"], ids=_ids
)
def test_a_page_the_rules_no_longer_recognise_is_kept_whole(page: FixturePage) -> None:
    rules = FAMILIES.get(page.rules_key) or SITES[page.rules_key].article_rules
    html = without_markers(page.path.read_bytes(), rules.article_marker)
    record = extract_article(page.url, html, rules)
    assert isinstance(record, ArticleRecord), record
    assert record.warnings[0].startswith(RULES_MISSED)
    assert record.field_sources["rules"] == "not matched"
    assert record.title
    assert body_recall(record.to_json(), page.expected) == 1.0


def _points(page: FixturePage, rules: ArticleRules) -> float:
    record = extract_article(page.url, page.path.read_bytes(), rules)
    return points(
        score(record.to_json() if isinstance(record, ArticleRecord) else None, page.expected)
    )


def test_every_fixture_set_has_a_pinned_margin() -> None:
    groups = {p.group for p in [*ARTICLES, *site_pages()] if p.kind == "article"}
    assert groups == set(MARGINS), groups ^ set(MARGINS)


@pytest.mark.parametrize("group", sorted(MARGINS))
def test_rules_beat_the_generic_path_by_the_pinned_margin(group: str) -> None:
    pages = [p for p in [*ARTICLES, *site_pages()] if p.group == group and p.kind == "article"]
    rules = FAMILIES.get(pages[0].rules_key) or SITES[pages[0].rules_key].article_rules
    margin = sum(_points(p, rules) - _points(p, GENERIC_RULES) for p in pages) / len(pages)
    assert margin >= MARGINS[group] - 1e-9, f"{group}: rules ahead by {margin:.2f}"
