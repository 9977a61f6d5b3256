"""HTML page → article record: the site's rules first, trafilatura for text and fallbacks.

Pure: URL + bytes (+ headers) in, :class:`ArticleRecord` or :class:`Rejection` out. Nothing
here imports Scrapy, touches the network or reads the clock, so the CLI, the tests and the
spiders all run the very same code.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import datetime
from urllib.parse import urljoin

from lxml import etree
from lxml import html as lxml_html

import crawler.extract.articleness as articleness
import crawler.extract.fallbacks as fallbacks
import crawler.extract.text as text_stage
from crawler.extract.blocks import unnest_void_elements
from crawler.extract.bylines import dedupe, parse_byline, parse_names, split_trailing_bylines
from crawler.extract.dates import parse_date, plausible, states_time
from crawler.extract.encoding import (
    decode_html,
    encoding_warnings,
    repair_mojibake,
    utf8_despite_declared,
)
from crawler.extract.images import absolutise_images, body_images
from crawler.extract.jsonld import (
    article_object,
    article_section,
    author_names,
    published_values,
)
from crawler.extract.language import guess_language
from crawler.extract.limits import ExtractionTimeout, time_limit, too_complex, too_deep_markup
from crawler.extract.normalize import canon, clean_line, paragraphs
from crawler.extract.prune import drop_nodes, is_boilerplate_line
from crawler.extract.record import ArticleRecord, Extraction, Rejection
from crawler.extract.rules import GENERIC_RULES, ArticleRules, rules_version
from crawler.extract.sanitize import sanitized_html
from crawler.extract.select import (
    HtmlElement,
    first_node,
    first_value,
    largest_node,
    node_text,
    nodes,
    remove,
    values,
)
from crawler.extract.titles import split_title, strip_suffixes
from crawler.urls import normalize_url, same_site

_BY_PREFIX = re.compile(r"^(?:by|bởi|viết bởi|đăng bởi)\s+", re.IGNORECASE)
_MIN_LEAD_CHARS = 20
# Where a complete page's closing tag must be (trailing scripts and comments included).
_TAIL_CHARS = 8192
RULES_MISSED = "site rules did not match: generic extraction"


def extract_article(
    url: str,
    body: bytes | str,
    rules: ArticleRules = GENERIC_RULES,
    content_type: str | None = None,
) -> Extraction:
    """Extract one page. ``url`` is the page's real address (not a mirror's)."""
    version = rules_version(rules)
    marker = rules.complete_page_marker
    if marker and not _ends_with_marker(body, marker):
        # A truncated gzip stream arrives without an error: a partial page, never stored.
        return Rejection(url, "truncated body", f"no {marker}> at the end: a partial download")
    document = body if isinstance(body, str) else decode_html(body, content_type)
    misdeclared = None if isinstance(body, str) else utf8_despite_declared(body, content_type)
    document, repaired = repair_mojibake(document)
    # Comments dropped while parsing, as trafilatura's own parser does: its readers (and
    # htmldate's) then take this tree without a cleaned copy.
    parser = lxml_html.HTMLParser(remove_comments=True, remove_pis=True)
    try:
        tree = lxml_html.document_fromstring(document, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        return Rejection(url, "unparseable", str(exc))
    if any(error.type_name == "ERR_RESOURCE_LIMIT" for error in parser.error_log):
        # libxml2 cut the tree at depth 255 (and lost what lies deeper): say so, with the
        # markup's own measure where it can be had.
        why = too_deep_markup(document) or "markup nested deeper than libxml2's 255 levels"
        return Rejection(url, "pathological page", why)
    complexity = too_complex(tree)
    if complexity:
        return Rejection(url, "pathological page", complexity)
    unnest_void_elements(tree)
    missed: str | None = None
    body_hint = None
    if rules.article_marker and first_node(tree, rules.article_marker) is None:
        verdict = articleness.judge(tree, url, rules.article_url)
        if not verdict.is_article:
            return Rejection(url, "not an article", verdict.evidence)
        missed = verdict.evidence
        rules = generic_fallback(rules)
        body_hint = articleness.prose_container(tree)
    try:
        with time_limit():
            result = _Extractor(url, tree, rules, document, body_hint).run()
    except ExtractionTimeout as exc:
        return Rejection(url, "extraction timeout", str(exc))
    if missed and isinstance(result, Rejection):
        # The rules did not know the page and the generic path made no article of it.
        detail = f"site rules did not match ({missed}); generic path: {result.reason}"
        return Rejection(url, "not an article", f"{detail}, {result.detail}")
    if isinstance(result, ArticleRecord):
        result.rules_version = version
        if missed:
            result.warnings.insert(0, f"{RULES_MISSED} ({missed})")
            result.field_sources["rules"] = "not matched"
        if repaired:
            result.warnings.append("repaired double-encoded UTF-8")
        if misdeclared:
            result.warnings.append(misdeclared)
        result.warnings.extend(encoding_warnings(f"{result.title}\n{result.text}"))
    return result


def _ends_with_marker(body: bytes | str, marker: str) -> bool:
    tail = body[-_TAIL_CHARS:].lower()
    return (marker.encode() if isinstance(tail, bytes) else marker) in tail


def generic_fallback(rules: ArticleRules) -> ArticleRules:
    """The generic path for a page the site's rules do not recognise: no selectors (a
    family's drop rules could take the whole article of an unknown theme), but the site's
    wording of boilerplate, language and title suffixes still apply."""
    return replace(
        GENERIC_RULES,
        drop_phrases=rules.drop_phrases,
        title_suffixes=rules.title_suffixes,
        language=rules.language,
    )


class _Extractor:
    """One extraction; fields are read in an order that keeps metadata out of the text."""

    def __init__(
        self,
        url: str,
        tree: HtmlElement,
        rules: ArticleRules,
        document: str,
        body_hint: HtmlElement | None = None,
    ) -> None:
        """``body_hint`` is the body container guessed for a page the rules did not know."""
        self.url, self.tree, self.rules, self.document = url, tree, rules, document
        self.body_hint = body_hint
        self.sources: dict[str, str] = {}
        self.warnings: list[str] = []
        self._jsonld_cache: dict | None = None

    def run(self) -> Extraction:
        rules = self.rules
        canonical = self._canonical()
        title = self._field("title", rules.title) or self._fallback("title", fallbacks.TITLE)
        published, published_raw = self._published()
        updated = self._first_date(rules.updated) or self._first_date(fallbacks.UPDATED)
        authors = self._authors()
        marked_authors = self._marked_authors()
        section = (
            self._field("section", rules.section)
            or self._fallback("section", fallbacks.SECTION)
            or self._jsonld_field("section", article_section(self._jsonld))
        )
        tags = dedupe([t for s in rules.tags for t in values(self.tree, s)])
        lead = self._field("lead", rules.lead)
        body = largest_node(self.tree, rules.body) if rules.body else self.body_hint
        drop_nodes(self.tree, rules.drop, keep=body)
        images, captions = body_images(body, self.url) if body is not None else ([], [])
        if body is not None:
            for selector in rules.lead:
                for node in nodes(body, selector):
                    remove(node)
            text = text_stage.container_text(body, captions)
            self.sources["text"] = "rules" if rules.body else "fallback"
        else:
            text = text_stage.page_text(self.tree)
            self.sources["text"] = "fallback"
            if rules.body:
                self.warnings.append("site rules found no body; used the generic extractor")
        lines, trailing_authors = self._clean_paragraphs(paragraphs(text), title, lead)
        if lead is None:
            lead, lines = self._described_lead(lines)
        for source, names in (
            ("byline", trailing_authors),
            ("fallback", marked_authors),
            ("fallback", author_names(self._jsonld)),
        ):
            if not authors and names:
                authors = dedupe(names)
                self.sources["authors"] = source
        if title:
            title = strip_suffixes(title, rules.title_suffixes)
            if self.sources.get("title") == "fallback":
                title = self._without_site_name(title)
        if not title:
            return Rejection(self.url, "no title", "neither the rules nor the page head give one")
        text = "\n".join(lines)
        if len(text) < rules.min_body_chars:
            reason = "no body" if not text else "too short"
            return Rejection(self.url, reason, f"{len(text)} characters of body text")
        if body is not None:
            absolutise_images(body, self.url)
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
            language=self._language(text),
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

    def _jsonld_field(self, name: str, value: str | None) -> str | None:
        if value:
            self.sources[name] = "fallback"
        return value

    def _first_date(self, selectors: tuple[str, ...]) -> datetime | None:
        parsed = (parse_date(v) for s in selectors for v in values(self.tree, s))
        return next((d for d in parsed if d), None)

    def _published(self) -> tuple[datetime | None, str | None]:
        """The publication time: the rules' first parseable value, else the page's common
        markup (JSON-LD, article meta, ``<time datetime>``), else htmldate. A value without
        a time of day gives way to a later source stating the same day with its time."""
        candidates = [(v, "rules") for s in self.rules.published for v in values(self.tree, s)]
        raw_rules = candidates[0][0] if candidates else None
        candidates += [(v, "fallback") for v in published_values(self.tree)]
        candidates += [(v, "fallback") for s in fallbacks.PUBLISHED for v in values(self.tree, s)]
        candidates += [(v, "fallback") for v in fallbacks.dates_under_title(self.tree)]
        parsed = [(raw, source, parse_date(raw)) for raw, source in candidates]
        found = [(raw, source, value) for raw, source, value in parsed if plausible(value)]
        if raw_rules and not any(source == "rules" for _, source, _ in found):
            # The page prints its date where the rules look, in a form we cannot read: NULL
            # with the raw string kept, never a guess (on NukeViet the other dates on the
            # page are the edit time).
            self.warnings.append(f"unparseable published date: {raw_rules!r}")
            return None, raw_rules
        if not found:
            guessed = text_stage.page_date(self.tree, self._declared_url())
            value = parse_date(guessed) if guessed else None
            if not plausible(value):
                return None, raw_rules
            self.sources["published"] = "fallback"
            return value, raw_rules or guessed
        raw, source, value = found[0]
        if not states_time(raw):
            day = value.date()
            raw, source, value = next(
                ((r, s, v) for r, s, v in found[1:] if states_time(r) and v.date() == day),
                (raw, source, value),
            )
        self.sources["published"] = source
        # What the page printed where the rules look is kept even when it did not parse.
        return value, raw if source == "rules" else raw_rules or raw

    def _described_lead(self, lines: list[str]) -> tuple[str | None, list[str]]:
        """A lead from the meta description, only where the page prints it: as the start
        of the first paragraph (that paragraph becomes the lead), or somewhere the text
        missed. A description the page never prints (a site blurb, an excerpt of the whole
        text) is not the article's, and never displaces a body line."""
        described = first_value(self.tree, fallbacks.LEAD)
        core = canon(described or "").removesuffix("[…]").rstrip(" .…")
        if len(core) < _MIN_LEAD_CHARS:
            return None, lines
        if lines and canon(lines[0]).startswith(core):
            self.sources["lead"] = "fallback"
            return lines[0], lines[1:]
        if self.body_hint is not None:
            # A guessed body container leaves out a sapo printed above it: keep the sapo.
            page = self.tree.find("body")
            printed = canon(node_text(page)) if page is not None else ""
            if core in printed and core not in canon(" ".join(lines)):
                self.sources["lead"] = "fallback"
                return described, lines
        return None, lines

    def _marked_authors(self) -> list[str]:
        """Author names in the page's common markup (microdata, hcard, ``rel=author``)."""
        for selector in fallbacks.AUTHORS:
            names = [
                name
                for value in values(self.tree, selector)
                for name in parse_byline(_BY_PREFIX.sub("", value)) or []
            ]
            if names:
                return names
        return []

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

    def _addresses(self, selectors: Iterable[str]) -> Iterator[str]:
        """The absolute http(s) addresses the page declares for itself, in selector order."""
        for selector in selectors:
            for value in values(self.tree, selector):
                candidate = urljoin(self.url, value)
                if candidate.startswith(("http://", "https://")):
                    yield candidate

    def _declared_url(self) -> str:
        """The address the page declares for itself, whatever its site (a syndicated
        copy's canonical URL still dates it), else the fetched one: htmldate's URL."""
        # og:url first, as trafilatura's metadata reads it.
        return next(self._addresses(reversed(fallbacks.CANONICAL)), self.url)

    def _canonical(self) -> str:
        same = (c for c in self._addresses(fallbacks.CANONICAL) if same_site(c, self.url))
        return normalize_url(next(same, self.url))

    def _without_site_name(self, title: str) -> str:
        """Drop a " - Site name" suffix: the site's declared name, or a tail matching the
        page's h1 being the head."""
        parts = split_title(title)
        if parts is None:
            return title
        head, tail = parts
        site_name = first_value(self.tree, fallbacks.SITE_NAME)
        headings = {node_text(h).casefold() for h in nodes(self.tree, "h1")}
        if (site_name and tail.casefold() == site_name.casefold()) or head.casefold() in headings:
            return head
        return title

    def _language(self, text: str) -> str | None:
        """The page's declared language, else its rules' (a Vietnamese portal family), else
        a guess from the text (the generic family reads sites in any language)."""
        declared = first_value(self.tree, fallbacks.LANGUAGE) or ""
        code = re.split(r"[-_,;\s]", declared.strip().lower(), maxsplit=1)[0]
        if code.isalpha() and 2 <= len(code) <= 3:
            return code
        if self.rules.language:
            return self.rules.language
        self.sources["language"] = "guessed"
        return guess_language(text)

    def _clean_paragraphs(
        self, lines: list[str], title: str | None, lead: str | None
    ) -> tuple[list[str], list[str]]:
        """Drop boilerplate lines and repeats of the title and of a lead the page prints;
        split off trailing bylines. A lead taken from the meta description is not printed
        text, so a body line equal to it stays."""

        def key(value: str) -> str:
            return unicodedata.normalize("NFC", value).casefold().strip(" .")

        printed_lead = lead if self.sources.get("lead") == "rules" else None
        repeats = {key(v) for v in (title, printed_lead) if v}
        kept = [
            line
            for line in (clean_line(x) for x in lines)
            if line
            and key(line) not in repeats
            and not is_boilerplate_line(line, self.rules.drop_phrases)
        ]
        return split_trailing_bylines(kept)
