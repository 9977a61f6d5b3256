"""ArticleItem: the one record shape every spider yields."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from crawler.extract.record import ArticleRecord, Rejection


@dataclass
class ArticleItem:
    """One fetched article page: its extraction (record or rejection) and fetch facts."""

    site: str
    url: str
    fetched_url: str
    fetched_at: datetime
    status: int
    record: ArticleRecord | None = None
    rejection: Rejection | None = None
    # The page's WARC record (file, offset); ``capture_failed`` when it could not be
    # written, so the article is not stored and the next run fetches it again.
    capture: tuple[str, int] | None = None
    capture_failed: bool = False
