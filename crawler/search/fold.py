"""Folding Vietnamese words to search keys.

Two keys per word, both computed in Python so that SQLite and PostgreSQL index and query
exactly the same tokens:

* the *exact* key keeps every diacritic but makes spelling variants one word: the tone mark
  is taken off the vowel and written as a digit after the syllable, so ``hoà``/``hòa``,
  ``khoẻ``/``khỏe`` and ``thuỷ``/``thủy`` (tone placed on either vowel) all become
  ``hoa2``, ``khoe4``, ``thuy4``; NFD input equals NFC; the legacy ``ǎ`` (caron) for ``ă``
  (breve) seen in old pages is read as ``ă``.
* the *plain* key drops every mark and maps ``đ`` to ``d``: ``sức khỏe`` → ``suc khoe``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

# Combining tone marks → digits: sắc 1, huyền 2, ngã 3, hỏi 4, nặng 5.
_TONE_DIGITS = {"\u0300": "2", "\u0301": "1", "\u0303": "3", "\u0309": "4", "\u0323": "5"}
# Deprecated duplicates of the grave/acute tone marks, and caron written for breve.
_EQUIVALENT_MARKS = str.maketrans({"\u0340": "\u0300", "\u0341": "\u0301", "\u030c": "\u0306"})
WORD = re.compile(r"\w+")


def exact_key(word: str) -> str:
    """Lower-case word with vowel marks kept and its tone, if any, as a trailing digit."""
    decomposed = unicodedata.normalize("NFD", word.lower()).translate(_EQUIVALENT_MARKS)
    tones = [_TONE_DIGITS[ch] for ch in decomposed if ch in _TONE_DIGITS]
    base = "".join(ch for ch in decomposed if ch not in _TONE_DIGITS)
    return unicodedata.normalize("NFC", base) + (tones[-1] if tones else "")


def plain_key(word: str) -> str:
    """Lower-case word with every diacritic removed (``đ`` → ``d``)."""
    decomposed = unicodedata.normalize("NFD", word.lower().replace("đ", "d").replace("Đ", "d"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text: str) -> Iterator[re.Match[str]]:
    """Word matches of ``text`` (any NFC/NFD form), with their positions."""
    return WORD.finditer(unicodedata.normalize("NFC", text))


def index_text(text: str, diacritics: bool) -> str:
    """The space-joined keys of every word of ``text``: what the full-text index stores."""
    return index_keys(text)[0 if diacritics else 1]


@lru_cache(maxsize=200_000)
def word_keys(word: str) -> tuple[str, str]:
    """Both keys of one word, remembered: news vocabulary repeats, so an article's few
    hundred distinct words are mostly folded already (200,000 words ≈ 40 MB at most)."""
    return exact_key(word), plain_key(word)


def index_keys(text: str) -> tuple[str, str]:
    """``(exact, plain)``: :func:`index_text` of ``text`` both ways, in one pass."""
    pairs = [word_keys(match.group()) for match in words(text)]
    return " ".join(p[0] for p in pairs), " ".join(p[1] for p in pairs)


def wants_diacritics(query: str) -> bool:
    """True when the user typed any diacritic (then they are matched exactly); a query
    typed without any is matched without them, like smart-case in a text editor."""
    return any(plain_key(m.group()) != m.group().lower() for m in words(query))
