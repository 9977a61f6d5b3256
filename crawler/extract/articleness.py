"""Does a page read as one article? Asked when a site's rules do not recognise the page.

A family's or site's article marker is a hint, never a gate: a redesigned portal, a new
theme or a new site on a known CMS moves the markup, and a missed marker must not lose the
article. So when the marker is absent the page is judged on evidence any news page carries
whatever its theme: schema.org and OpenGraph article types, an article publication time,
the site's article URL pattern, an ``<article>`` element of article length. "Not an
article" stays for the pages that say they are something else: collections and item lists,
archive/category/tag/search templates, paged URLs, and pages made of many teasers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crawler.extract.blocks import BLOCKS
from crawler.extract.jsonld import all_types
from crawler.extract.select import HtmlElement, first_value, node_text, nodes

_ARTICLE_TYPES = {
    "Article",
    "NewsArticle",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "BlogPosting",
    "OpinionNewsArticle",
    "ReviewNewsArticle",
    "BackgroundNewsArticle",
    "Report",
}
_COLLECTION_TYPES = {"CollectionPage", "ItemList", "SearchResultsPage", "ProfilePage"}
# WordPress and many PHP CMSs name the template on <body>.
_LISTING_BODY_CLASSES = {"archive", "category", "tag", "search", "blog", "home", "author", "date"}
_SINGLE_BODY_CLASSES = {"single", "single-post", "post-template-default"}
_PAGED_URL = re.compile(
    r"(?:[-/_](?:page|trang)[-/_]?\d+(?:\.\w+)?/?$|[?&](?:page|paged|p|trang)=\d+)",
    re.IGNORECASE,
)
_PUBLISHED_META = (
    "meta[property='article:published_time']@content",
    "meta[itemprop=datePublished]@content",
    "time[itemprop=datePublished]@datetime",
)
_CHROME = frozenset({"aside", "nav", "footer", "header"})
_HEADINGS = frozenset({"h2", "h3", "h4"})
# An <article> element holding at least this much non-link text is an article body.
_ARTICLE_TEXT_CHARS = 500
# A prose paragraph, and how many of them in one container make an article body.
_PROSE_CHARS = 80
_PROSE_PARAGRAPHS = 3
# A page listing this many teasers (headline links in their own <article> or heading) is an
# index, unless structured data says otherwise.
_TEASERS = 4


@dataclass(frozen=True)
class Verdict:
    """The decision and the evidence, in words the rejection or the warning can quote."""

    is_article: bool
    evidence: str


def judge(tree: HtmlElement, url: str, article_url: str | None = None) -> Verdict:
    """Whether the page at ``url`` reads as an article; ``article_url`` is the site's
    article address pattern, if it has one."""
    types = all_types(tree)
    og_type = (first_value(tree, ("meta[property='og:type']@content",)) or "").lower()
    if types & _COLLECTION_TYPES and not types & _ARTICLE_TYPES:
        return Verdict(False, f"structured data says {sorted(types & _COLLECTION_TYPES)[0]}")
    body = tree.find("body")
    body_classes = set((body.get("class") or "").split()) if body is not None else set()
    single = bool(body_classes & _SINGLE_BODY_CLASSES)
    listing_template = body_classes & _LISTING_BODY_CLASSES
    if listing_template and not single:
        return Verdict(False, f"page template is {sorted(listing_template)[0]!r}")
    if _PAGED_URL.search(url):
        return Verdict(False, "a paged listing address")
    evidence = []
    if types & _ARTICLE_TYPES:
        evidence.append(f"structured data says {sorted(types & _ARTICLE_TYPES)[0]}")
    if single:
        evidence.append("page template is a single post")
    if og_type == "article":
        evidence.append("og:type is article")
    if first_value(tree, _PUBLISHED_META):
        evidence.append("it declares a publication time")
    if article_url and re.search(article_url, url):
        evidence.append("its address matches the site's article pattern")
    if _long_article_element(tree):
        evidence.append("an <article> element of article length")
    if prose_container(tree) is not None:
        evidence.append("paragraphs of article length in one container")
    teasers = _teaser_count(tree, article_url)
    if teasers >= _TEASERS and len(evidence) < 2:
        return Verdict(False, f"{teasers} teaser headlines and no article evidence")
    if not evidence:
        return Verdict(False, "no article container and no sign of an article")
    return Verdict(True, "; ".join(evidence))


def prose_container(tree: HtmlElement) -> HtmlElement | None:
    """The element holding the most prose paragraphs as its own children, if it holds
    enough to be an article body: the body container of an unknown theme. Teasers of a
    listing sit one per item, so a listing has no such container."""
    prose: dict[HtmlElement, list[int]] = {}
    for paragraph in tree.iter("p", "div", "blockquote"):
        parent = paragraph.getparent()
        own = (paragraph.text or "").strip()
        if paragraph.tag != "p" and len(own) >= _PROSE_CHARS:
            # A bare text node in a container (CKEditor's first paragraph) is prose of it.
            prose.setdefault(paragraph, []).append(len(own))
        if paragraph.tag != "p" and any(child.tag in BLOCKS for child in paragraph):
            continue
        text = node_text(paragraph)
        linked = sum(len(node_text(a)) for a in paragraph.iter("a"))
        if parent is not None and len(text) >= _PROSE_CHARS and linked < 0.3 * len(text):
            prose.setdefault(parent, []).append(len(text))
    best = max(prose.items(), key=lambda item: sum(item[1]), default=None)
    if best is None or len(best[1]) < _PROSE_PARAGRAPHS or sum(best[1]) < _ARTICLE_TEXT_CHARS:
        return None
    return best[0]


def _long_article_element(tree: HtmlElement) -> bool:
    articles = nodes(tree, "article")
    if len(articles) != 1:
        return False
    article = articles[0]
    text = len(node_text(article))
    linked = sum(len(node_text(a)) for a in article.iter("a"))
    return text - linked >= _ARTICLE_TEXT_CHARS


def _teaser_count(tree: HtmlElement, article_url: str | None) -> int:
    """Headline links outside navigation and sidebars: links in headings, and links of
    headline length to the site's article addresses."""
    pattern = re.compile(article_url) if article_url else None
    teasers = set()
    for link in tree.iter("a"):
        href = link.get("href") or ""
        if not href or any(a.tag in _CHROME for a in link.iterancestors()):
            continue
        text = len(node_text(link))
        in_heading = any(a.tag in _HEADINGS for a in link.iterancestors())
        if (in_heading and text >= 20) or (pattern and pattern.search(href) and text >= 30):
            teasers.add(href)
    return len(teasers)
