"""Generated NukeViet mirrors of any size, from the cdchoabinh saved pages (tests, benchmarks).

Article pages are the saved 1201 article with its own title, canonical URL and visible
date; listing pages are the saved listing with generated items (newest first, each with the
date NukeViet prints) and a pager; the feed lists the newest ten.
"""

from __future__ import annotations

import re
import shutil
from datetime import datetime, timedelta
from pathlib import Path

from crawler.mirror import mirror_path
from crawler.samples import mirror_root

TEMPLATE = "news/hoat-dong/tiem-chung-mo-rong-dot-3-nam-2024-1201.html"
WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def build(
    root: Path, count: int, per_page: int, newest: datetime, step: timedelta, first: int = 0
) -> list[tuple[str, datetime]]:
    """Write ``count`` dated articles, newest first, and their listing pages and feed.

    Articles are numbered from ``first``; article ``n`` is dated ``newest - (n - first) *
    step``, so a rebuild with a lower ``first`` and a later ``newest`` publishes new articles
    ahead of unchanged old ones. Returns (path, date) pairs."""
    source = mirror_root("cdchoabinh")
    shutil.copy(source / "robots.txt", root / "robots.txt")
    template = (source / TEMPLATE).read_text("utf-8")
    listing = (source / "news/hoat-dong/index.html").read_text("utf-8")
    articles = []
    for n in range(first, first + count):
        when = newest - (n - first) * step
        path = f"/news/hoat-dong/bai-viet-{n}-{5000 + n}.html"
        page = re.sub(
            r'(<link rel="canonical" href=")[^"]+', rf"\g<1>https://cdchoabinh.vn{path}", template
        )
        page = re.sub(r'(itemprop="headline"[^>]*>)', rf"\g<1>Bài {n}: ", page, count=1)
        printed = f"{WEEKDAYS[when.weekday()]} - {when:%d/%m/%Y %H:%M}"
        page = page.replace("Thứ sáu - 14/06/2024 09:20", printed)
        target = root / mirror_path(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page, "utf-8")
        articles.append((path, when))
    start = listing.index('<div class="news_column">') + len('<div class="news_column">')
    end = listing.index('<ul class="pagination">')
    pages = [articles[i : i + per_page] for i in range(0, count, per_page)]
    for number, chunk in enumerate(pages, start=1):
        items = "".join(
            f'<div class="panel-body"><h3><a href="{path}">Bài {path}</a></h3>'
            f'<div class="text-muted"><ul class="list-unstyled list-inline"><li>'
            f"{when:%d/%m/%Y %H:%M:%S}</li><li>Đã xem: 12</li></ul></div></div>"
            for path, when in chunk
        )
        pager = ""
        if number < len(pages):
            pager = (
                f'<ul class="pagination"><li class="page-item"><a class="page-link" '
                f'href="/news/hoat-dong/page-{number + 1}/">{number + 1}</a></li></ul>'
            )
        html = listing[:start] + items + "</div>" + pager + listing[end:]
        folder = root / "news/hoat-dong" / ("" if number == 1 else f"page-{number}")
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "index.html").write_text(html, "utf-8")
    items = "".join(
        f"<item><title>Bài {path}</title><link>https://cdchoabinh.vn{path}</link>"
        f"<pubDate>{when:%a, %d %b %Y %H:%M:%S %z}</pubDate></item>"
        for path, when in articles[:10]
    )
    feed = root / "news/rss/index.xml"
    feed.parent.mkdir(parents=True, exist_ok=True)
    feed.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>Tin hoạt động</title>{items}</channel></rss>",
        "utf-8",
    )
    return articles
