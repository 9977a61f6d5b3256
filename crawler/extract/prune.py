"""Removing site boilerplate before text extraction.

Selectors come from the site's rules; the phrase list catches widgets whose markup varies
between themes but whose wording does not (NukeViet's rating text appears on VHV portals too).
"""

from __future__ import annotations

import re

from crawler.extract.select import HtmlElement, nodes, remove

# Wording of widgets that is boilerplate on every portal family we know.
COMMON_BOILERPLATE_PHRASES: tuple[str, ...] = (
    "Tổng số điểm của bài viết là",
    "Click để đánh giá bài viết",
    "Thống kê truy cập",
    "Những tin mới hơn",
    "Những tin cũ hơn",
    "Tin cùng chuyên mục",
    "Ý kiến bạn đọc",
    "Bạn đã không sử dụng Site",
    "A- A A+",
    "Tăng tương phản",
)

_IMAGE_FILE_NAME = re.compile(r"^[\w\-. ()%]+\.(?:jpe?g|png|gif|webp|bmp|tiff?)$", re.IGNORECASE)
_MEDIA_TIME = re.compile(r"^\d{1,2}:\d{2}(?:\s*/\s*\d{1,2}:\d{2})?$")


def drop_nodes(
    tree: HtmlElement, selectors: tuple[str, ...], keep: HtmlElement | None = None
) -> int:
    """Remove every node matching ``selectors``, except ``keep`` and its ancestors.

    Themes wrap the article itself in the same classes as their sidebar blocks (NukeViet's
    article column is a ``.panel``), so a drop rule must never take the body with it.
    """
    protected = set() if keep is None else {keep, *keep.iterancestors()}
    removed = 0
    for selector in selectors:
        for node in nodes(tree, selector):
            if node not in protected:
                remove(node)
                removed += 1
    return removed


def is_boilerplate_line(line: str, phrases: tuple[str, ...]) -> bool:
    """A paragraph that is a widget's text, a bare image file name or a player's clock."""
    if _IMAGE_FILE_NAME.match(line) or _MEDIA_TIME.match(line):
        return True
    return any(line.startswith(phrase) for phrase in phrases + COMMON_BOILERPLATE_PHRASES)
