"""Streaming the current query's articles as CSV, JSON Lines or Parquet over HTTP.

The rows and their columns are ``newsarchive export``'s (:mod:`crawler.db.exports`,
:mod:`crawler.reports.export`): batches from a server-side cursor are encoded and sent
as they come, so memory stays flat whatever the number of articles.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Engine

from crawler.db.exports import COLUMNS, batches
from crawler.db.search import Filters

FORMATS = {
    "csv": "text/csv; charset=utf-8",
    "jsonl": "application/x-ndjson; charset=utf-8",
    "parquet": "application/vnd.apache.parquet",
}
_LISTS = ("authors", "tags")


class _Sink(io.RawIOBase):
    """A write-only file that hands its bytes over as they are written."""

    def __init__(self) -> None:
        self.chunks: list[bytes] = []
        self.position = 0

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        chunk = bytes(data)
        self.chunks.append(chunk)
        self.position += len(chunk)
        return len(chunk)

    def tell(self) -> int:
        return self.position

    def take(self) -> bytes:
        data, self.chunks = b"".join(self.chunks), []
        return data


def stream(
    engine: Engine, fmt: str, query: str | None, filters: Filters, diacritics: bool
) -> Iterator[bytes]:
    """The export as chunks of bytes (one or more per batch of rows)."""
    from crawler.reports.export import _text_row

    rows = batches(engine, query, filters, diacritics)
    if fmt == "parquet":
        yield from _parquet(rows)
        return
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=list(COLUMNS))
        buffer.write("\ufeff")  # Excel reads UTF-8 only with a byte-order mark
        writer.writeheader()
        for batch in rows:
            writer.writerows(
                {**_text_row(r), **{k: "; ".join(r[k] or []) for k in _LISTS}} for r in batch
            )
            yield buffer.getvalue().encode("utf-8")
            buffer.seek(0)
            buffer.truncate()
        yield buffer.getvalue().encode("utf-8")
        return
    for batch in rows:
        yield "".join(json.dumps(_text_row(r), ensure_ascii=False) + "\n" for r in batch).encode(
            "utf-8"
        )


def _parquet(rows: Iterator[list[dict[str, Any]]]) -> Iterator[bytes]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from crawler.reports.export import SCHEMA

    sink = _Sink()
    writer = pq.ParquetWriter(sink, SCHEMA, compression="zstd")
    for batch in rows:
        writer.write_table(pa.Table.from_pylist(batch, schema=SCHEMA))
        yield sink.take()
    writer.close()
    yield sink.take()
