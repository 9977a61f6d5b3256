"""The passages of a body container, block by block, as a reader sees them.

CKEditor and theme markup put article text in every shape: a bare text node before the
first tag, ``<div>`` paragraphs mixed with ``<p>``, ``<br>``-separated lines, lists, quotes,
headings and tables. trafilatura reads most of them, but on some real pages it silently
drops ``<div>`` paragraphs or every paragraph after an ``<embed>``. This walker is the
independent account of what the container holds: :func:`prepare` makes the container
unambiguous for trafilatura (media and captions out), and :func:`passages` lists every
passage so the caller can tell when trafilatura lost one.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass

from crawler.extract.normalize import clean_line
from crawler.extract.select import HtmlElement

# Elements whose content is never article text: media players, forms, captions (captions
# belong to ``images``), and code.
MEDIA_AND_CHROME = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "embed",
        "object",
        "param",
        "video",
        "audio",
        "source",
        "track",
        "iframe",
        "canvas",
        "svg",
        "map",
        "figcaption",
        "button",
        "form",
        "input",
        "select",
        "textarea",
        "label",
    }
)

# Elements that start a new passage.
BLOCKS = frozenset(
    {
        "p",
        "div",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "blockquote",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "pre",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "caption",
        "section",
        "article",
        "aside",
        "header",
        "footer",
        "figure",
        "address",
        "center",
        "hr",
        "main",
    }
)
_CELLS = frozenset({"td", "th"})
_MIN_PASSAGE_CHARS = 2
_LETTER = re.compile(r"\w", re.UNICODE)


# HTML's void elements. libxml2 parses some of them (``<embed>``, ``<source>``) as
# containers, so everything after an unclosed ``<embed>`` ends up inside it.
_VOID = frozenset(
    {
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    }
)


def unnest_void_elements(tree: HtmlElement) -> int:
    """Move what libxml2 nested inside void elements back after them; returns the count."""
    moved = 0
    for node in [n for n in tree.iter(*_VOID) if len(n) or n.text]:
        parent = node.getparent()
        if parent is None:
            continue
        position = parent.index(node) + 1
        if node.text:
            node.tail = node.text + (node.tail or "")
            node.text = None
        children = list(node)
        if children:
            last = children[-1]
            last.tail = (last.tail or "") + (node.tail or "")
            node.tail = None
            for offset, child in enumerate(children):
                parent.insert(position + offset, child)
            moved += len(children)
    return moved


def prepare(container: HtmlElement, captions: list[HtmlElement] = ()) -> HtmlElement:
    """A copy of ``container`` without media, forms and ``captions`` (found by the images
    stage), each removal keeping the text that follows the removed element."""
    doomed = {id(node) for node in captions}
    marked = [node for node in container.iter() if id(node) in doomed]
    for node in marked:
        node.set("data-pna-caption", "1")
    prepared = copy.deepcopy(container)
    for node in marked:
        del node.attrib["data-pna-caption"]
    for node in list(prepared.iter()):
        if not isinstance(node.tag, str):
            if node.getparent() is not None:
                node.drop_tree()  # comments and processing instructions
            continue
        doomed_node = node.tag in MEDIA_AND_CHROME or node.get("data-pna-caption")
        if doomed_node and node.getparent() is not None:
            node.drop_tree()
    return prepared


@dataclass(frozen=True)
class Passage:
    """One passage and how much of it is link text (a list of links is rarely article)."""

    text: str
    link_share: float


def passages(container: HtmlElement) -> list[Passage]:
    """Every passage of text in ``container``, in reading order."""
    found: list[Passage] = []
    line: list[tuple[str, bool]] = []

    def flush() -> None:
        text = clean_line(" ".join(part for part, _ in line))
        linked = sum(len(part.strip()) for part, in_link in line if in_link)
        line.clear()
        if len(text) >= _MIN_PASSAGE_CHARS and _LETTER.search(text):
            found.append(Passage(text, min(1.0, linked / len(text))))

    def walk(node: HtmlElement, in_link: bool) -> None:
        if node.tag in MEDIA_AND_CHROME:
            return
        in_link = in_link or node.tag == "a"
        block = node.tag in BLOCKS
        if block:
            flush()
        if node.text:
            line.append((node.text, in_link))
        for child in node:
            if isinstance(child.tag, str):
                if child.tag == "br":
                    flush()
                else:
                    if child.tag in _CELLS and line:
                        line.append(("|", False))
                    walk(child, in_link)
            if child.tail:
                line.append((child.tail, in_link))
        if block:
            flush()

    walk(container, False)
    flush()
    return found
