"""Clean text through trafilatura.

The site's rules find the body container; trafilatura turns it into paragraphs, dropping
scripts, share buttons and other inline debris the rules did not name. With no container
(unknown markup, the generic path) trafilatura reads the whole page instead.
"""

from __future__ import annotations

import trafilatura
from lxml import etree
from trafilatura.settings import Document, use_config

from crawler.extract.normalize import clean_text
from crawler.extract.select import HtmlElement

_CONFIG = use_config()
# Bodies of short government notices are legitimately short; the caller applies its own floor.
_CONFIG.set("DEFAULT", "MIN_EXTRACTED_SIZE", "50")
_CONFIG.set("DEFAULT", "MIN_OUTPUT_SIZE", "10")
# Extraction time is bounded by the caller (a page is one task), not by signals here.
_CONFIG.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")


def container_text(node: HtmlElement) -> str:
    """Paragraph text of one container element, one paragraph per line."""
    fragment = etree.tostring(node, encoding="unicode", method="html")
    return _extract(f"<html><body><article>{fragment}</article></body></html>")


def page_text(tree: HtmlElement) -> str:
    """Paragraph text of a whole (already pruned) page: the generic path."""
    return _extract(etree.tostring(tree, encoding="unicode", method="html"))


def _extract(document: str) -> str:
    text = trafilatura.extract(
        document,
        config=_CONFIG,
        output_format="txt",
        include_comments=False,
        include_tables=True,
        include_images=False,
        favor_recall=True,
        deduplicate=False,
        fast=True,
    )
    return clean_text(text or "")


def page_metadata(document: str) -> Document | None:
    """trafilatura's own metadata (title, author, date via htmldate, …) for fallbacks."""
    try:
        return trafilatura.extract_metadata(document, extensive=False)
    except (ValueError, TypeError, etree.LxmlError):
        return None
