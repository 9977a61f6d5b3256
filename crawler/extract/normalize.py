"""Text normalisation for Vietnamese pages.

Portals mix CKEditor named entities with raw UTF-8 (``S&acirc;n vận động``), paste NFD text
from word processors and use U+00A0 as a space. Everything the archive stores goes through
:func:`clean_text` so that hashing, deduplication and comparisons see one spelling.
"""

from __future__ import annotations

import html
import re
import unicodedata

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+")
_MANY_NEWLINES = re.compile(r"\n{2,}")
_ANY_SPACE = re.compile(r"\s+")


def clean_line(value: str) -> str:
    """Unescape entities, NFC-normalise and collapse white space of one line of text."""
    value = html.unescape(value)
    value = unicodedata.normalize("NFC", value)
    return _SPACES.sub(" ", value).strip()


def clean_text(value: str) -> str:
    """Like :func:`clean_line`, keeping one paragraph per line and dropping empty lines."""
    lines = (clean_line(line) for line in value.replace("\r", "\n").split("\n"))
    return _MANY_NEWLINES.sub("\n", "\n".join(line for line in lines if line))


def paragraphs(text: str) -> list[str]:
    """The non-empty lines of a stored text, one paragraph each."""
    return [line for line in text.split("\n") if line.strip()]


def canon(value: str) -> str:
    """One spelling for comparing texts: NFC, every run of white space one space."""
    return _ANY_SPACE.sub(" ", unicodedata.normalize("NFC", value).replace("\u00a0", " ")).strip()
