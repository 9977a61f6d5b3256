"""Relevance of candidate articles, computed from their search keys (BM25).

SQLite's ``bm25()`` looks up every query term's document frequency by scanning the term's
whole posting list on each query — about 100 ms for a common word in a million articles,
however few rows are ranked. Here the frequencies come from capped counts cached per
process, and term frequencies from the candidates' key text (one ``str.count`` per term),
so ranking costs the same on SQLite and PostgreSQL and stays in milliseconds.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

K1 = 1.2
B = 0.75
AVERAGE_WORDS = 450


def term_frequency(keys: str, phrase: tuple[str, ...]) -> int:
    """Occurrences of a folded phrase in a document's space-joined keys."""
    return f" {keys} ".count(" " + " ".join(phrase) + " ")


def bm25(
    keys: str, phrases: Sequence[tuple[str, ...]], idf: Callable[[tuple[str, ...]], float]
) -> float:
    length = keys.count(" ") + 1
    norm = K1 * (1 - B + B * length / AVERAGE_WORDS)
    score = 0.0
    for phrase in phrases:
        tf = term_frequency(keys, phrase)
        if tf:
            score += idf(phrase) * tf * (K1 + 1) / (tf + norm)
    return score


def idf(documents: int, containing: int) -> float:
    """BM25's inverse document frequency (never negative)."""
    return math.log(1 + (documents - containing + 0.5) / (containing + 0.5))
