"""Discovery from listing pages, feeds and sitemaps: pure functions over URL + HTML/XML.

Spiders navigate with these; keeping them free of crawling lets the site tests check that a
listing fixture yields the article links and the next page without running a crawl.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urljoin

from lxml import etree
from lxml import html as lxml_html
from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import Sitemap

from crawler.extract.dates import parse_date
from crawler.extract.select import HtmlElement, node_text, nodes

_PAGE_NUMBER = re.compile(r"(?:page|trang)[-=/_]?(\d+)|[?&]p=(\d+)", re.IGNORECASE)
_NEXT_WORDS = ("›", "»", ">", "sau", "tiếp", "trang sau", "next")


@dataclass(frozen=True)
class ListingRules:
    """Where a listing page keeps its article links and its pager."""

    item: str  # CSS of one article entry
    link: str = "a"  # CSS of the entry's link to the article, inside ``item``
    date: str | None = None  # CSS of the entry's printed date, inside ``item``
    pager: str = "ul.pagination a"  # CSS of the pager's links
    article_url: str = r".*"  # regex article addresses match (filters ads, tag pages)


@dataclass(frozen=True)
class Entry:
    """An article link found by discovery, with the date the listing or feed shows."""

    url: str
    published: datetime | None = None


def page_number(url: str) -> int:
    match = _PAGE_NUMBER.search(url)
    return int(next(g for g in match.groups() if g)) if match else 1


def listing_entries(url: str, document: str | bytes, rules: ListingRules) -> list[Entry]:
    """Article links of a listing page, in page order, without duplicates."""
    tree = lxml_html.document_fromstring(document)
    pattern = re.compile(rules.article_url)
    entries: list[Entry] = []
    seen: set[str] = set()
    for item in nodes(tree, rules.item):
        links = [a for a in nodes(item, rules.link) if a.get("href")]
        if not links:
            continue
        href = urljoin(url, links[0].get("href").strip())
        if href in seen or not pattern.search(href):
            continue
        seen.add(href)
        entries.append(Entry(href, _item_date(item, rules.date)))
    return entries


def _item_date(item: HtmlElement, selector: str | None) -> datetime | None:
    if not selector:
        return None
    for node in nodes(item, selector):
        value = parse_date(node.get("datetime") or node_text(node))
        if value:
            return value
    return None


def next_page(url: str, document: str | bytes, rules: ListingRules) -> str | None:
    """The pager's link to the page after ``url`` (by number, else by a "next" label)."""
    tree = lxml_html.document_fromstring(document)
    current = page_number(url)
    labelled = None
    for link in nodes(tree, rules.pager):
        href = link.get("href")
        if not href or href.startswith(("#", "javascript:")):
            continue
        target = urljoin(url, href)
        if page_number(target) == current + 1:
            return target
        label = node_text(link).lower()
        if labelled is None and (label in _NEXT_WORDS or link.get("rel") == "next"):
            labelled = target if page_number(target) > current else None
    return labelled


def feed_entries(document: bytes) -> list[Entry]:
    """Items of an RSS 2.0 or Atom feed; never resolves entities or fetches anything."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False)
    root = etree.fromstring(document, parser=parser)
    if root is None:
        return []
    entries: list[Entry] = []
    for item in root.iter("item", "{http://www.w3.org/2005/Atom}entry"):
        link = item.findtext("link") or ""
        if not link:
            atom = item.find("{http://www.w3.org/2005/Atom}link")
            link = atom.get("href", "") if atom is not None else ""
        date = (
            item.findtext("pubDate")
            or item.findtext("{http://www.w3.org/2005/Atom}published")
            or item.findtext("{http://www.w3.org/2005/Atom}updated")
        )
        if link.strip():
            entries.append(Entry(link.strip(), parse_date(date) if date else None))
    return entries


def sitemap_entries(body: bytes, max_size: int = 32 * 1024 * 1024) -> tuple[list[Entry], list[str]]:
    """(article entries, child sitemaps) of a sitemap or sitemap index, gzip or not.

    ``lastmod`` stands in for the date (a sitemap says when a page changed, which bounds its
    publication from above). Decompression stops at ``max_size`` bytes: a gzip bomb yields
    what fits, never an exhausted machine. Entities are never expanded.
    """
    if body[:3] == b"\x1f\x8b\x08":
        try:
            body = gunzip(body, max_size=max_size)
        except (OSError, ValueError):  # truncated or over the size cap
            return [], []
    try:
        sitemap = Sitemap(body)
    except (etree.XMLSyntaxError, StopIteration):
        return [], []
    entries: list[Entry] = []
    children: list[str] = []
    for item in sitemap:
        loc = (item.get("loc") or "").strip()
        if not loc:
            continue
        if sitemap.type == "sitemapindex":
            children.append(loc)
        else:
            lastmod = item.get("lastmod")
            entries.append(Entry(loc, parse_date(lastmod) if lastmod else None))
    return entries, children
