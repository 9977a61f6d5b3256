"""Streaming exports of the archive (or of a search) to CSV, JSON Lines and Parquet.

Rows are read with a server-side cursor in batches of ``BATCH_ROWS`` and written as they
come, so memory stays flat whatever the archive's size; a progress bar goes to stderr.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import sqlalchemy as sa
from sqlalchemy import Engine
from tqdm import tqdm

from crawler.db.models import Article, Site
from crawler.db.search import NO_FILTERS, Filters, match
from crawler.extract.dates import VIETNAM

BATCH_ROWS = 10_000
FORMATS = ("csv", "jsonl", "parquet")
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
_TIMES = ("published_at", "updated_at", "first_seen_at", "last_seen_at")
_LISTS = ("authors", "tags")
SCHEMA = pa.schema([
    ("id", pa.int64()), ("site", pa.string()), ("province", pa.string()), ("url", pa.string()),
    ("title", pa.string()), ("lead", pa.string()), ("text", pa.string()),
    ("authors", pa.list_(pa.string())), ("published_at", pa.timestamp("us", tz="UTC")),
    ("updated_at", pa.timestamp("us", tz="UTC")), ("section", pa.string()),
    ("tags", pa.list_(pa.string())), ("language", pa.string()), ("word_count", pa.int32()),
    ("first_seen_at", pa.timestamp("us", tz="UTC")),
    ("last_seen_at", pa.timestamp("us", tz="UTC")),
])  # fmt: skip


def batches(
    engine: Engine, query: str | None, filters: Filters, diacritics: bool
) -> Iterator[list[dict[str, Any]]]:
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
    found = match(engine, query, filters, diacritics=diacritics)
    with engine.connect() as connection:
        return (
            connection.scalar(
                sa.select(sa.func.count()).select_from(found.source).where(*found.conditions)
            )
            or 0
        )


def _text_row(row: dict[str, Any]) -> dict[str, Any]:
    """Times in Asia/Ho_Chi_Minh ISO 8601 for the text formats."""
    return {
        k: (v.astimezone(VIETNAM).isoformat() if k in _TIMES and v else v) for k, v in row.items()
    }


def export(
    engine: Engine,
    out: Path,
    fmt: str,
    query: str | None = None,
    filters: Filters = NO_FILTERS,
    diacritics: bool = True,
    progress: bool = True,
) -> int:
    """Write matching articles to ``out``; returns the number of rows written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    total = count(engine, query, filters, diacritics)
    bar = tqdm(total=total, unit=" articles", disable=not progress, desc=out.name)
    written = 0
    with out.open(
        "w" if fmt != "parquet" else "wb",
        **({"encoding": "utf-8", "newline": ""} if fmt != "parquet" else {}),
    ) as handle:
        writer: Any = None
        for batch in batches(engine, query, filters, diacritics):
            if fmt == "parquet":
                writer = writer or pq.ParquetWriter(handle, SCHEMA, compression="zstd")
                writer.write_table(pa.Table.from_pylist(batch, schema=SCHEMA))
            elif fmt == "jsonl":
                handle.writelines(
                    json.dumps(_text_row(r), ensure_ascii=False) + "\n" for r in batch
                )
            else:
                writer = writer or csv.DictWriter(handle, fieldnames=list(COLUMNS))
                if written == 0:
                    writer.writeheader()
                writer.writerows(
                    {**_text_row(r), **{k: "; ".join(r[k] or []) for k in _LISTS}} for r in batch
                )
            written += len(batch)
            bar.update(len(batch))
        if fmt == "parquet":
            (writer or pq.ParquetWriter(handle, SCHEMA, compression="zstd")).close()
    bar.close()
    return written
