"""CSS selection helpers over lxml trees, with the ``selector@attribute`` convention."""

from __future__ import annotations

from functools import lru_cache

from lxml import html as lxml_html
from lxml.cssselect import CSSSelector

from crawler.extract.normalize import clean_line

HtmlElement = lxml_html.HtmlElement


@lru_cache(maxsize=512)
def compiled(selector: str) -> CSSSelector:
    return CSSSelector(selector, translator="html")


def split_attr(selector: str) -> tuple[str, str | None]:
    """``"meta[x]@content"`` → ``("meta[x]", "content")``; plain selectors read text."""
    head, sep, attr = selector.rpartition("@")
    if sep and attr.isidentifier() and "]" not in attr:
        return head, attr
    return selector, None


def nodes(tree: HtmlElement, selector: str) -> list[HtmlElement]:
    return compiled(split_attr(selector)[0])(tree)


def node_text(node: HtmlElement) -> str:
    """Visible text of a node, block children separated by spaces."""
    return clean_line(" ".join(node.itertext()))


def values(tree: HtmlElement, selector: str) -> list[str]:
    """Non-empty texts (or attribute values) of the nodes ``selector`` matches."""
    css, attr = split_attr(selector)
    found = []
    for node in compiled(css)(tree):
        raw = node.get(attr) if attr else node_text(node)
        value = clean_line(raw or "")
        if value:
            found.append(value)
    return found


def first_value(tree: HtmlElement, selectors: tuple[str, ...]) -> str | None:
    """The first non-empty value any of ``selectors`` yields, in order."""
    for selector in selectors:
        found = values(tree, selector)
        if found:
            return found[0]
    return None


def first_node(tree: HtmlElement, selectors: tuple[str, ...]) -> HtmlElement | None:
    for selector in selectors:
        found = nodes(tree, selector)
        if found:
            return found[0]
    return None


def largest_node(tree: HtmlElement, selectors: tuple[str, ...]) -> HtmlElement | None:
    """Of the nodes the first matching selector finds, the one with the most text (a
    publishing field control is used for the body and for image captions alike)."""
    for selector in selectors:
        found = nodes(tree, selector)
        if found:
            return max(found, key=lambda node: len(node.text_content()))
    return None


def remove(node: HtmlElement) -> None:
    """Detach ``node`` but keep the text that follows it (lxml stores it on the node's tail)."""
    parent = node.getparent()
    if parent is None:
        return
    node.drop_tree()
