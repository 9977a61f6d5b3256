"""HTML page → article record: the site's rules first, trafilatura for text and fallbacks.

Pure: URL + bytes (+ headers) in, :class:`ArticleRecord` or :class:`Rejection` out. Nothing
here imports Scrapy, touches the network or reads the clock, so the CLI, the tests and the
spiders all run the very same code.
"""

from __future__ import annotations

import unicodedata
from datetime import datetime
from urllib.parse import urljoin

from lxml import etree
from lxml import html as lxml_html

from crawler.extract import text as text_stage
from crawler.extract.bylines import dedupe, parse_byline, parse_names, split_trailing_bylines
from crawler.extract.dates import parse_date
from crawler.extract.encoding import decode_html, encoding_warnings, repair_mojibake
from crawler.extract.images import body_images
from crawler.extract.jsonld import article_object, author_names
from crawler.extract.limits import ExtractionTimeout, time_limit, too_complex
from crawler.extract.normalize import clean_line, paragraphs
from crawler.extract.prune import drop_nodes, is_boilerplate_line
from crawler.extract.record import ArticleRecord, Extraction, Rejection
from crawler.extract.rules import GENERIC_RULES, ArticleRules
from crawler.extract.sanitize import sanitized_html
from crawler.extract.select import (
    HtmlElement,
    first_node,
    first_value,
    node_text,
    nodes,
    remove,
    values,
)
from crawler.urls import normalize_url, same_site

_CANONICAL = ("link[rel=canonical]@href", "meta[property='og:url']@content")
_GENERIC_TITLE = ("meta[property='og:title']@content", "title")
_GENERIC_PUBLISHED = (
    "meta[property='article:published_time']@content",
    "meta[itemprop=datePublished]@content",
    "time[itemprop=datePublished]@datetime",
    "meta[name=pubdate]@content",
)
_SITE_NAME = ("meta[property='og:site_name']@content", "meta[name=application-name]@content")
_TITLE_SEPARATORS = (" - ", " | ", " – ", " — ", " :: ")
_GENERIC_LEAD = ("meta[name=description]@content", "meta[property='og:description']@content")


def extract_article(
    url: str,
    body: bytes | str,
    rules: ArticleRules = GENERIC_RULES,
    content_type: str | None = None,
) -> Extraction:
    """Extract one page. ``url`` is the page's real address (not a mirror's)."""
    document = body if isinstance(body, str) else decode_html(body, content_type)
    document, repaired = repair_mojibake(document)
    try:
        tree = lxml_html.document_fromstring(document)
    except (etree.ParserError, ValueError) as exc:
        return Rejection(url, "unparseable", str(exc))
    complexity = too_complex(tree)
    if complexity:
        return Rejection(url, "pathological page", complexity)
    if rules.article_marker and first_node(tree, rules.article_marker) is None:
        return Rejection(url, "not an article", "no article container (a listing or other page)")
    try:
        with time_limit():
            result = _Extractor(url, tree, rules, document).run()
    except ExtractionTimeout as exc:
        return Rejection(url, "extraction timeout", str(exc))
    if isinstance(result, ArticleRecord):
        if repaired:
            result.warnings.append("repaired double-encoded UTF-8")
        result.warnings.extend(encoding_warnings(f"{result.title}\n{result.text}"))
    return result


class _Extractor:
    """One extraction; fields are read in an order that keeps metadata out of the text."""

    def __init__(self, url: str, tree: HtmlElement, rules: ArticleRules, document: str) -> None:
        self.url, self.tree, self.rules, self.document = url, tree, rules, document
        self.sources: dict[str, str] = {}
        self.warnings: list[str] = []
        self._jsonld_cache: dict | None = None

    def run(self) -> Extraction:
        rules = self.rules
        canonical = self._canonical()
        title = self._field("title", rules.title) or self._fallback("title", _GENERIC_TITLE)
        published_raw = self._raw_date(rules.published)
        published = parse_date(published_raw) if published_raw else None
        if published_raw and published is None:
            self.warnings.append(f"unparseable published date: {published_raw!r}")
        if published is None:
            published, fallback_raw = self._fallback_date()
            published_raw = published_raw or fallback_raw
        updated = next(
            (d for d in (parse_date(v) for s in rules.updated for v in values(self.tree, s)) if d),
            None,
        )
        authors = self._authors()
        section = self._field("section", rules.section) or self._fallback(
            "section", ("meta[property='article:section']@content",)
        )
        tags = dedupe([t for s in rules.tags for t in values(self.tree, s)])
        lead = self._field("lead", rules.lead)
        body = first_node(self.tree, rules.body) if rules.body else None
        drop_nodes(self.tree, rules.drop, keep=body)
        if body is not None:
            for selector in rules.lead:
                for node in nodes(body, selector):
                    remove(node)
            text = text_stage.container_text(body)
            self.sources["text"] = "rules"
        else:
            text = text_stage.page_text(self.tree)
            self.sources["text"] = "fallback"
            if rules.body:
                self.warnings.append("site rules found no body; used the generic extractor")
        if lead is None:
            lead = self._fallback("lead", _GENERIC_LEAD)
        lines, trailing_authors = self._clean_paragraphs(paragraphs(text), title, lead)
        if not authors and trailing_authors:
            authors = trailing_authors
            self.sources["authors"] = "byline"
        if not authors and author_names(self._jsonld):
            authors = dedupe(author_names(self._jsonld))
            self.sources["authors"] = "fallback"
        if title:
            title = _strip_suffixes(title, rules.title_suffixes)
            if self.sources.get("title") == "fallback":
                title = self._without_site_name(title)
        if not title:
            return Rejection(self.url, "no title", "neither the rules nor the page head give one")
        text = "\n".join(lines)
        if len(text) < rules.min_body_chars:
            reason = "no body" if not text else "too short"
            return Rejection(self.url, reason, f"{len(text)} characters of body text")
        images = body_images(body, self.url) if body is not None else []
        if body is not None:
            _absolutise_images(body, self.url)
        return ArticleRecord(
            url=self.url,
            canonical_url=canonical,
            title=title,
            text=text,
            lead=lead,
            html=sanitized_html(body) if body is not None else None,
            authors=authors,
            published=published,
            published_raw=published_raw,
            updated=updated,
            section=section,
            tags=tags,
            images=images,
            language=self._language(),
            field_sources=self.sources,
            warnings=self.warnings,
        )

    def _field(self, name: str, selectors: tuple[str, ...]) -> str | None:
        value = first_value(self.tree, selectors)
        if value:
            self.sources[name] = "rules"
        return value

    def _fallback(self, name: str, selectors: tuple[str, ...]) -> str | None:
        value = first_value(self.tree, selectors)
        if value:
            self.sources[name] = "fallback"
        return value

    def _raw_date(self, selectors: tuple[str, ...]) -> str | None:
        """The first date value that parses; else the first one found (kept as raw)."""
        found = [v for s in selectors for v in values(self.tree, s)]
        for value in found:
            if parse_date(value):
                self.sources["published"] = "rules"
                return value
        return found[0] if found else None

    def _fallback_date(self) -> tuple[datetime | None, str | None]:
        """JSON-LD, then article meta tags, then htmldate over structured markup only."""
        raw = self._jsonld.get("datePublished")
        candidates = [raw] if isinstance(raw, str) else []
        candidates += [v for s in _GENERIC_PUBLISHED for v in values(self.tree, s)]
        for candidate in candidates:
            value = parse_date(candidate)
            if value is not None:
                self.sources["published"] = "fallback"
                return value, candidate
        meta = text_stage.page_metadata(self.document)
        value = parse_date(meta.date) if meta is not None and meta.date else None
        if value is not None:
            self.sources["published"] = "fallback"
        return value, meta.date if value else None

    def _authors(self) -> list[str]:
        names: list[str] = []
        for selector in self.rules.authors:
            for value in values(self.tree, selector):
                unlabelled = [] if ":" in value else parse_names(value)
                names.extend(parse_byline(value) or unlabelled)
        if names:
            self.sources["authors"] = "rules"
        return dedupe(names)

    @property
    def _jsonld(self) -> dict:
        if self._jsonld_cache is None:
            self._jsonld_cache = article_object(self.tree)
        return self._jsonld_cache

    def _canonical(self) -> str:
        for selector in _CANONICAL:
            for value in values(self.tree, selector):
                candidate = urljoin(self.url, value)
                if candidate.startswith(("http://", "https://")) and same_site(candidate, self.url):
                    return normalize_url(candidate)
        return normalize_url(self.url)

    def _without_site_name(self, title: str) -> str:
        """Drop a " - Site name" suffix: the site's declared name, or a tail matching the
        page's h1 being the head."""
        parts = _split_title(title)
        if parts is None:
            return title
        head, tail = parts
        site_name = first_value(self.tree, _SITE_NAME)
        headings = {node_text(h).casefold() for h in nodes(self.tree, "h1")}
        if (site_name and tail.casefold() == site_name.casefold()) or head.casefold() in headings:
            return head
        return title

    def _language(self) -> str:
        declared = (self.tree.get("lang") or "").split("-")[0].strip().lower()
        return declared or self.rules.language

    def _clean_paragraphs(
        self, lines: list[str], title: str | None, lead: str | None
    ) -> tuple[list[str], list[str]]:
        """Drop boilerplate lines and repeats of title/lead; split off trailing bylines."""

        def key(value: str) -> str:
            return unicodedata.normalize("NFC", value).casefold().strip(" .")

        repeats = {key(v) for v in (title, lead) if v}
        kept = [
            line
            for line in (clean_line(x) for x in lines)
            if line
            and key(line) not in repeats
            and not is_boilerplate_line(line, self.rules.drop_phrases)
        ]
        return split_trailing_bylines(kept)


def _split_title(title: str) -> tuple[str, str] | None:
    """``"Headline - Site"`` → ``("Headline", "Site")`` at the last separator."""
    cut = max((title.rfind(sep), sep) for sep in _TITLE_SEPARATORS)
    if cut[0] <= 0:
        return None
    return title[: cut[0]].strip(), title[cut[0] + len(cut[1]) :].strip()


def _strip_suffixes(title: str, suffixes: tuple[str, ...]) -> str:
    for suffix in suffixes:
        if title.endswith(suffix):
            title = title[: -len(suffix)]
    return title.strip(" -|–")


def _absolutise_images(body: HtmlElement, page_url: str) -> None:
    """Stored HTML points at real image addresses, including lazy-loaded ones."""
    for img in body.iter("img"):
        src = img.get("data-src") or img.get("data-original") or img.get("src")
        if src and not src.startswith("data:"):
            img.set("src", urljoin(page_url, src.strip()))
