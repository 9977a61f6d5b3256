"""The reads behind ``newsarchive export``: matching articles, streamed in batches.

Rows come through a server-side cursor ``BATCH_ROWS`` at a time, so memory stays flat
whatever the archive's size; :mod:`crawler.reports.export` writes them out.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Engine

from crawler.db.models import Article, Site
from crawler.db.search import Filters, match

BATCH_ROWS = 10_000
COLUMNS = {
    "id": Article.id,
    "site": Site.key,
    "province": Site.province,
    "url": Article.canonical_url,
    "title": Article.title,
    "lead": Article.lead,
    "text": Article.text,
    "authors": Article.authors,
    "published_at": Article.published_at,
    "updated_at": Article.updated_at,
    "section": Article.section,
    "tags": Article.tags,
    "language": Article.language,
    "word_count": Article.word_count,
    "first_seen_at": Article.first_seen_at,
    "last_seen_at": Article.last_seen_at,
}


def batches(
    engine: Engine, query: str | None, filters: Filters, diacritics: bool
) -> Iterator[list[dict[str, Any]]]:
    """Matching articles (``query`` None: all), oldest id first, ``BATCH_ROWS`` per list."""
    found = match(engine, query, filters, diacritics=diacritics)
    statement = (
        sa.select(*(c.label(n) for n, c in COLUMNS.items()))
        .select_from(found.source)
        .where(*found.conditions)
        .order_by(Article.id)
    )
    with engine.connect() as connection:
        result = connection.execution_options(stream_results=True, yield_per=BATCH_ROWS)
        for partition in result.execute(statement).mappings().partitions(BATCH_ROWS):
            yield [dict(row) for row in partition]


def count(engine: Engine, query: str | None, filters: Filters, diacritics: bool) -> int:
    """How many articles :func:`batches` will yield (for the progress bar)."""
    found = match(engine, query, filters, diacritics=diacritics)
    with engine.connect() as connection:
        return (
            connection.scalar(
                sa.select(sa.func.count()).select_from(found.source).where(*found.conditions)
            )
            or 0
        )
