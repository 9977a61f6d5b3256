"""Bylines: the credit lines Vietnamese portals put at the end of an article body.

Forms seen on the seed sites: ``Hồng Dung (CDC Hoà Bình)``, ``Đỗ Nhung, Quốc Hưng``,
``Tin, ảnh: Trung Thành``, ``Trình bày: Khánh Ly``, ``Tác giả: Minh Thu``. They belong in the
record's ``authors``, not in its text, so :func:`split_trailing_bylines` removes them from the
paragraph list and returns the names.
"""

from __future__ import annotations

import re

# Labels that introduce the people who made the article. "Theo"/"Nguồn" name a source, not an
# author, and are handled by the caller's rules if at all.
_LABELS = (
    r"tin\s*,?\s*ảnh|tin\s+và\s+ảnh|bài\s*,?\s*ảnh|bài\s+và\s+ảnh|ảnh\s*,?\s*tin|bài\s*,?\s*video"
    r"|tác\s+giả|bài|tin|ảnh|trình\s+bày|thực\s+hiện|nội\s+dung|biên\s+tập|đồ\s+họa|đồ\s+hoạ"
    r"|thiết\s+kế|phóng\s+viên|nhóm\s+pv|pv|ctv|video|clip"
)
_LABELLED = re.compile(rf"^\s*(?:{_LABELS})\s*:\s*(?P<names>.+?)\s*\.?\s*$", re.IGNORECASE)
_ORG_SUFFIX = re.compile(r"\s*[\(\[][^\)\]]*[\)\]]\s*$")
_SEPARATORS = re.compile(r"\s*(?:,|;|\s-\s|\s–\s|\s+và\s+|&)\s*")
# Section and widget headings that look like a one- or two-word name at the end of a page.
_NOT_NAMES = frozenset(
    {
        "video",
        "clip",
        "audio",
        "ảnh",
        "tin",
        "tin tức",
        "podcast",
        "infographic",
        "emagazine",
        "tags",
        "chia sẻ",
        "bình luận",
        "liên hệ",
        "trang chủ",
        "xem thêm",
        "tin khác",
    }
)
_MAX_BYLINE_CHARS = 90
_MAX_NAME_WORDS = 5


def _is_name(value: str) -> bool:
    """A person's name as printed in credits: 1-5 words, each capitalised, no digits."""
    words = value.split()
    if not 1 <= len(words) <= _MAX_NAME_WORDS or value.casefold() in _NOT_NAMES:
        return False
    acronyms = [word for word in words if len(word) >= 2 and word.isupper()]
    if acronyms and len(acronyms) < len(words):
        return False  # "CDC Hoà Bình", "TTYT Na Hang": an organisation, not a person
    return all(word[0].isupper() and not any(ch.isdigit() for ch in word) for word in words)


def parse_names(value: str) -> list[str]:
    """Split a credit such as ``Thanh Hương - Lê Nam (CDC)`` into ``["Thanh Hương", "Lê Nam"]``.

    A trailing organisation after a dash (``Nguyễn Thị Hà - Sở Y tế``) is dropped when what
    precedes it is a name.
    """
    value = _ORG_SUFFIX.sub("", value.strip())
    names = [part.strip(" .") for part in _SEPARATORS.split(value)]
    names = [name for name in names if name]
    while len(names) > 1 and not _is_name(names[-1]) and _is_name(names[-2]):
        names.pop()
    return names


def parse_byline(line: str) -> list[str] | None:
    """The author names in ``line`` if the whole line is a byline, else ``None``."""
    line = line.strip()
    if not line or len(line) > _MAX_BYLINE_CHARS:
        return None
    match = _LABELLED.match(line)
    if match:
        names = parse_names(match.group("names"))
        return names if names and all(_is_name(name) for name in names) else None
    names = parse_names(line)
    if names and all(_is_name(name) for name in names) and not line.endswith((".", ":", "!", "?")):
        return names
    return None


def split_trailing_bylines(
    paragraphs: list[str], max_lines: int = 2
) -> tuple[list[str], list[str]]:
    """Remove byline paragraphs from the end of ``paragraphs``; return (body, authors)."""
    body = list(paragraphs)
    found: list[list[str]] = []
    while body and len(found) < max_lines:
        names = parse_byline(body[-1])
        if names is None:
            break
        found.append(names)
        body.pop()
    authors = [name for names in reversed(found) for name in names]
    return body, dedupe(authors)


def dedupe(values: list[str]) -> list[str]:
    """Keep the first occurrence of each value, in order."""
    seen: set[str] = set()
    return [v for v in values if not (v in seen or seen.add(v))]
