"""Word-level differences between two versions of an article's text.

The result is a list of ``(kind, text)`` pieces, ``kind`` one of ``same``, ``removed``,
``added``; templates render them escaped inside ``<del>``/``<ins>``. Long unchanged runs
are shortened to their ends so that a one-word correction in a long article stays visible.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

_TOKEN = re.compile(r"\s+|[^\s]+")
CONTEXT_TOKENS = 24  # words and spaces kept on each side of a change
# Beyond this many tokens a side, compare paragraph by paragraph first (quadratic cost).
MAX_TOKENS = 40_000


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text or "")


def word_diff(old: str | None, new: str | None) -> list[tuple[str, str]]:
    """Pieces of ``new`` compared with ``old``, word by word."""
    a, b = _tokens(old or ""), _tokens(new or "")
    if len(a) > MAX_TOKENS or len(b) > MAX_TOKENS:
        a, b = _lines(old or ""), _lines(new or "")
    pieces: list[tuple[str, str]] = []
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    for op, a0, a1, b0, b1 in matcher.get_opcodes():
        if op == "equal":
            pieces.append(("same", "".join(a[a0:a1])))
            continue
        if op in ("delete", "replace"):
            pieces.append(("removed", "".join(a[a0:a1])))
        if op in ("insert", "replace"):
            pieces.append(("added", "".join(b[b0:b1])))
    return _shorten(_merge(pieces))


def _lines(text: str) -> list[str]:
    return re.findall(r"[^\n]*\n|[^\n]+", text)


def _merge(pieces: list[tuple[str, str]]) -> list[tuple[str, str]]:
    merged: list[tuple[str, str]] = []
    for kind, text in pieces:
        if not text:
            continue
        if merged and merged[-1][0] == kind:
            merged[-1] = (kind, merged[-1][1] + text)
        else:
            merged.append((kind, text))
    return merged


def _shorten(pieces: list[tuple[str, str]]) -> list[tuple[str, str]]:
    if all(kind == "same" for kind, _ in pieces):
        return pieces
    shortened = []
    for index, (kind, text) in enumerate(pieces):
        tokens = _tokens(text)
        if kind != "same" or len(tokens) <= 3 * CONTEXT_TOKENS:
            shortened.append((kind, text))
            continue
        head = "".join(tokens[:CONTEXT_TOKENS]) if index > 0 else ""
        tail = "".join(tokens[-CONTEXT_TOKENS:]) if index < len(pieces) - 1 else ""
        shortened.append((kind, f"{head} … {tail}".strip() if head or tail else text))
    return shortened


def changed(pieces: list[tuple[str, str]]) -> bool:
    return any(kind != "same" for kind, _ in pieces)
