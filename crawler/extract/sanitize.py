"""Allowlist sanitising of the body HTML the archive stores.

Analysts read stored articles in a browser; the sites' own HTML may carry scripts, frames,
event handlers or ``javascript:`` links. Only structural tags and safe attributes survive.
"""

from __future__ import annotations

import nh3
from lxml import etree

from crawler.extract.select import HtmlElement

_TAGS = {
    "p", "br", "h2", "h3", "h4", "h5", "h6", "strong", "b", "em", "i", "u", "sub", "sup",
    "blockquote", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td", "caption",
    "figure", "figcaption", "img", "a", "span", "div",
}  # fmt: skip
_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title", "width", "height"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan"},
}


def sanitized_html(node: HtmlElement) -> str:
    """The node's HTML with only allowlisted tags, attributes and http(s) URLs."""
    return clean_html(etree.tostring(node, encoding="unicode", method="html"))


def clean_html(raw: str) -> str:
    """Allowlist-sanitise an HTML string (also applied again wherever HTML is displayed)."""
    return nh3.clean(
        raw,
        tags=_TAGS,
        attributes=_ATTRIBUTES,
        url_schemes={"http", "https"},
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    ).strip()
