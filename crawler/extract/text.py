"""Clean text through trafilatura.

The site's rules find the body container; trafilatura turns it into paragraphs, dropping
link lists, share buttons and other inline debris the rules did not name. It is not trusted
to keep every passage of a container, though (it drops ``<div>`` paragraphs and text after
an ``<embed>`` on real pages), so :mod:`crawler.extract.blocks` walks the same container and
every passage that is not mostly links is kept whatever trafilatura decided. With no
container (unknown markup, the generic path) trafilatura reads the whole page with its
default settings and full cascade, as bare trafilatura would.
"""

from __future__ import annotations

from collections.abc import Iterable
from copy import deepcopy

import trafilatura
from htmldate import find_date
from lxml import etree
from trafilatura.settings import set_date_params, use_config

import crawler.extract.blocks as blocks
from crawler.extract.normalize import clean_text
from crawler.extract.select import HtmlElement

# Extraction time is bounded by the caller (a page is one task), not by signals here.
_PAGE_CONFIG = use_config()
_PAGE_CONFIG.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
_CONTAINER_CONFIG = use_config()
_CONTAINER_CONFIG.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
# A container chosen by the site's rules is the article: short government notices are
# legitimately short, and the caller applies its own floor.
_CONTAINER_CONFIG.set("DEFAULT", "MIN_EXTRACTED_SIZE", "50")
_CONTAINER_CONFIG.set("DEFAULT", "MIN_OUTPUT_SIZE", "10")
# A generic reading shorter than this is compared with trafilatura's balanced mode.
_SHORT_PAGE_TEXT = 1000
# A passage at least this much link text is kept only if trafilatura kept it too.
_LINK_LIST_SHARE = 0.5


def container_text(node: HtmlElement, captions: Iterable[HtmlElement] = ()) -> str:
    """Every passage of one container element, one per line; ``captions`` are left out."""
    prepared = blocks.prepare(node, list(captions))
    fragment = etree.tostring(prepared, encoding="unicode", method="html")
    document = f"<html><body><article>{fragment}</article></body></html>"
    kept = _fold(_extract(document, container=True))
    return "\n".join(
        passage.text
        for passage in blocks.passages(prepared)
        if passage.link_share < _LINK_LIST_SHARE or _fold(passage.text) in kept
    )


def page_text(tree: HtmlElement) -> str:
    """Paragraph text of a whole (already pruned) page: the generic path.

    trafilatura's precision mode reads news pages best (fewer teasers and credits; body F1
    0.966 against 0.963 balanced on the article-extraction benchmark), but on a few pages it
    settles for a header or toolbar; a short result is checked against the balanced mode
    and the longer reading wins when it is much longer.

    trafilatura is handed the tree itself (it works on a copy), not the tree written out
    and parsed again."""
    tree = without_comments(tree)
    text = _extract(tree, container=False, precision=True)
    if len(text) < _SHORT_PAGE_TEXT:
        balanced = _extract(tree, container=False, precision=False)
        text = balanced if len(balanced) > 2 * len(text) else text
    return text


def _fold(value: str) -> str:
    return " ".join(clean_text(value).split())


def _extract(document: str | HtmlElement, *, container: bool, precision: bool = False) -> str:
    """trafilatura's text. A container is read in recall mode (the rules chose it); a whole
    page with trafilatura's balanced defaults, as bare trafilatura reads it."""
    text = trafilatura.extract(
        document,
        config=_CONTAINER_CONFIG if container else _PAGE_CONFIG,
        output_format="txt",
        include_comments=False,
        include_tables=True,
        include_images=False,
        favor_recall=container,
        favor_precision=precision,
        deduplicate=False,
        fast=container,
    )
    return clean_text(text or "")


def without_comments(tree: HtmlElement) -> HtmlElement:
    """A copy of ``tree`` as trafilatura's own parser would have built it: no comments or
    processing instructions (their tails kept), which its text and date readers expect."""
    if not tree.xpath("boolean(//comment() | //processing-instruction())"):
        return tree  # parsed without them (crawler.extract.article): nothing to strip
    copy = deepcopy(tree)
    etree.strip_elements(copy, etree.Comment, etree.ProcessingInstruction, with_tail=False)
    return copy


def page_date(tree: HtmlElement, url: str | None = None) -> str | None:
    """htmldate's reading of the page's publication date, with the parameters trafilatura's
    metadata uses (original date, no extensive search); the URL lets it read a date from
    the address (``/2024/07/10/slug/``). htmldate works on a copy of the tree."""
    try:
        return find_date(without_comments(tree), url=url, **set_date_params(extensive=False))
    except (ValueError, TypeError, etree.LxmlError):
        return None
