"""Bounds on extraction: one pathological page must not hold up the crawl.

trafilatura can run for minutes on some pages (deeply nested markup, giant tables); a page
with far more elements than any article has is rejected before extraction, and extraction
itself runs under a wall-clock limit where the platform allows it (SIGALRM, main thread).
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from crawler.extract.select import HtmlElement

MAX_ELEMENTS = 50_000
MAX_DEPTH = 400
EXTRACTION_SECONDS = 20.0


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
