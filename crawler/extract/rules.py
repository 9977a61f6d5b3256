"""Extraction rules: plain data saying where a site keeps each field.

A CMS family declares one :class:`ArticleRules`; a site on it overrides only what differs
(``dataclasses.replace``). Selectors are CSS; a trailing ``@name`` reads an attribute
instead of the text (``meta[itemprop=datePublished]@content``).
The first selector that yields a value wins, so list the most reliable source first.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache

from crawler.extract.record import EXTRACTOR_VERSION


@dataclass(frozen=True)
class ArticleRules:
    """Where each field of an article lives on one site or CMS family."""

    # Markup that says "this is one of our articles". A hint, never a gate: a page without
    # it is judged on common article evidence (``crawler.extract.articleness``).
    article_marker: tuple[str, ...] = ()
    # Regex the site's article addresses match: evidence for a page the marker misses.
    article_url: str | None = None
    title: tuple[str, ...] = ()
    lead: tuple[str, ...] = ()
    body: tuple[str, ...] = ()
    published: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()
    section: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    # Boilerplate nodes removed from the page before any text is read.
    drop: tuple[str, ...] = ()
    # Paragraphs of the body that start with one of these phrases are boilerplate.
    drop_phrases: tuple[str, ...] = ()
    # Strings removed from a title (site-name suffixes and the like).
    title_suffixes: tuple[str, ...] = ()
    # A complete page ends with this (case-insensitive); a body without it was cut off in
    # transit (a truncated gzip stream arrives without an error) and is not stored.
    # None for sites whose pages legitimately omit it.
    complete_page_marker: str | None = "</html"
    # The language of a page that declares none: the Vietnamese families' portals are
    # Vietnamese; ``None`` (the generic family) guesses from the text.
    language: str | None = "vi"
    min_body_chars: int = 150


GENERIC_RULES = ArticleRules(complete_page_marker=None, language=None)


@lru_cache(maxsize=256)
def rules_version(rules: ArticleRules) -> str:
    """A short fingerprint of ``rules`` and the extractor's version: it changes when either
    does, so an archived article can say which rules read it."""
    digest = hashlib.sha256(f"{EXTRACTOR_VERSION}\n{rules!r}".encode()).hexdigest()
    return digest[:12]
