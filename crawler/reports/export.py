"""Streaming exports of the archive (or of a search) to CSV, JSON Lines and Parquet.

Batches from :mod:`crawler.db.exports` are written as they come, so memory stays flat
whatever the archive's size; a progress bar goes to stderr.
"""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
from sqlalchemy import Engine
from tqdm import tqdm

from crawler.db.exports import COLUMNS, batches, count
from crawler.db.search import NO_FILTERS, Filters
from crawler.extract.dates import VIETNAM
from crawler.files import atomic_target

FORMATS = ("csv", "jsonl", "parquet")
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
    bom: bool = True,
) -> int:
    """Write matching articles to ``out``; returns the number of rows written.

    The file is written beside ``out`` under a temporary name and renamed when complete, so
    a killed export never leaves a truncated file (nor destroys the one it replaces). CSV
    starts with a byte-order mark unless ``bom`` is off: Excel on Windows reads UTF-8
    without one as a legacy code page and garbles Vietnamese."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    total = count(engine, query, filters, diacritics)
    bar = tqdm(total=total, unit=" articles", disable=not progress, desc=out.name)
    try:
        with atomic_target(out) as partial:
            written = _write(engine, partial, fmt, query, filters, diacritics, bom, bar)
    finally:
        bar.close()
    return written


def _write(
    engine: Engine,
    path: Path,
    fmt: str,
    query: str | None,
    filters: Filters,
    diacritics: bool,
    bom: bool,
    bar: tqdm,
) -> int:
    written = 0
    text_options = {"encoding": "utf-8-sig" if bom and fmt == "csv" else "utf-8", "newline": ""}
    with path.open(
        "w" if fmt != "parquet" else "wb", **(text_options if fmt != "parquet" else {})
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
        elif fmt == "csv" and written == 0:
            csv.DictWriter(handle, fieldnames=list(COLUMNS)).writeheader()
        handle.flush()
        os.fsync(handle.fileno())
    return written
