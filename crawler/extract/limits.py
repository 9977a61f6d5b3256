"""Bounds on extraction: one pathological page must not hold up the crawl.

trafilatura can run for minutes on some pages (deeply nested markup, giant tables); a page
with far more elements than any article has is rejected before extraction, and extraction
itself runs under a wall-clock limit where the platform allows it (SIGALRM, main thread).
"""

from __future__ import annotations

import re
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from crawler.extract.select import HtmlElement

MAX_ELEMENTS = 50_000
# libxml2 keeps 255 levels and silently drops what lies deeper: a deeper page is rejected.
MAX_DEPTH = 255
EXTRACTION_SECONDS = 20.0

# A comment, or a start or end tag. Attributes stop at the next "<" too, so that a page
# full of unterminated tags is still scanned in linear time.
_TAG = re.compile(r"<!--.*?(?:-->|\Z)|<(/?)([a-zA-Z][^\s/<>]*)([^<>]*)>", re.DOTALL)
_VOID = frozenset(
    [
        "area",
        "base",
        "basefont",
        "br",
        "col",
        "command",
        "embed",
        "frame",
        "hr",
        "img",
        "input",
        "isindex",
        "keygen",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)
# Elements whose content is text: their markup-looking content opens nothing.
_RAW_TEXT = frozenset(("script", "style", "textarea", "title", "xmp", "plaintext"))
_BLOCKS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "div",
        "dl",
        "fieldset",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "ul",
    ]
)
# A start tag closes these elements when they are the innermost open one (HTML's optional
# end tags): ``<li>a<li>b`` or ``<p>a<p>b`` are siblings, not nesting.
_CLOSES: dict[str, frozenset[str]] = {
    "li": frozenset(("li", "p")),
    "dt": frozenset(("dt", "dd", "p")),
    "dd": frozenset(("dt", "dd", "p")),
    "tr": frozenset(("tr", "td", "th", "p")),
    "td": frozenset(("td", "th", "p")),
    "th": frozenset(("td", "th", "p")),
    "thead": frozenset(("thead", "tbody", "tfoot", "tr", "td", "th", "p")),
    "tbody": frozenset(("thead", "tbody", "tfoot", "tr", "td", "th", "p")),
    "tfoot": frozenset(("thead", "tbody", "tfoot", "tr", "td", "th", "p")),
    "option": frozenset(("option",)),
    **{name: frozenset(("p",)) for name in _BLOCKS},
}


class ExtractionTimeout(Exception):
    """Extraction of one page took longer than its limit."""


def too_complex(tree: HtmlElement) -> str | None:
    """Why ``tree`` is too large or too deep to extract, or ``None``."""
    for count, _ in enumerate(tree.iter(), start=1):
        if count > MAX_ELEMENTS:
            return f"more than {MAX_ELEMENTS} elements"
    depth, node = 0, tree
    while len(node) and depth <= MAX_DEPTH:
        node = max(node, key=len)  # follow the widest child: where nesting piles up
        depth += 1
    if depth > MAX_DEPTH:
        return f"nested more than {MAX_DEPTH} levels deep"
    return None


def too_deep_markup(document: str, limit: int = MAX_DEPTH) -> str | None:
    """Why the raw markup nests deeper than ``limit``, or ``None``.

    libxml2 cuts a tree at depth 255 and drops what lies deeper: a page nested 100,000
    levels deep parses into a shallow tree that lost its content, and :func:`too_complex`
    cannot see the difference. Extraction detects the cut in the parser's error log (free)
    and calls this for the explanation, measured on the text. One pass over the tags,
    a stack of open elements that never grows past ``limit`` (an end tag searches at most
    that far), and a stop at the first excess: linear in the page, however hostile.
    """
    lower = document.lower()
    stack: list[str] = []
    position = 0
    while True:
        tag = _TAG.search(document, position)
        if tag is None:
            return None
        position = tag.end()
        closing, name = tag.group(1), (tag.group(2) or "").lower()
        if not name:
            continue  # a comment
        if closing:
            if name in stack:
                del stack[len(stack) - 1 - stack[::-1].index(name) :]
            continue
        closes = _CLOSES.get(name)
        while closes and stack and stack[-1] in closes:
            stack.pop()
        if name in _VOID or (tag.group(3) or "").rstrip().endswith("/"):
            continue
        if name in _RAW_TEXT:
            end = lower.find(f"</{name}", position)
            if end < 0:
                return None  # the rest of the page is this element's text
            position = end
            continue
        stack.append(name)
        if len(stack) > limit:
            return f"markup nested more than {limit} levels deep (libxml2's limit)"


@contextmanager
def time_limit(seconds: float = EXTRACTION_SECONDS) -> Iterator[None]:
    """Raise :class:`ExtractionTimeout` in the block after ``seconds`` (main thread only;
    elsewhere the element bounds above are the protection)."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(_signum: int, _frame: object) -> None:
        raise ExtractionTimeout(f"extraction took longer than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
