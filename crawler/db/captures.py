"""The capture index: which WARC record holds each fetch (``captures``), for revisits, for
``newsarchive capture`` and for re-extraction. Rows are inserted by the batch writer
(:mod:`crawler.db.writer`) in the transaction of the crawl's batches."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Engine, and_, bindparam, select
from sqlalchemy.orm import Session

from crawler.db.models import Capture

# Where a response's payload is stored: a revisit's points back at the record with the body.
STORED_TYPES = ("response",)


_LATEST = (
    select(Capture.payload_digest, Capture.fetched_at)
    .where(Capture.url == bindparam("url"), Capture.record_type.in_(STORED_TYPES))
    .order_by(Capture.fetched_at.desc(), Capture.id.desc())
    .limit(1)
)


def latest_capture(engine: Engine, url: str) -> tuple[str, datetime] | None:
    """(payload digest, fetch time) of ``url``'s newest capture with a body."""
    with engine.connect() as connection:  # once per response: no ORM session
        row = connection.execute(_LATEST, {"url": url}).first()
    return (row[0], row[1]) if row else None


def capture_at(engine: Engine, url: str, at: datetime | None = None) -> Capture | None:
    """``url``'s newest capture (at or before ``at``), resolved to the record holding the
    body: a revisit is followed to the earlier response with the same payload."""
    with Session(engine, expire_on_commit=False) as session:
        query = select(Capture).where(Capture.url == url)
        if at is not None:
            query = query.where(Capture.fetched_at <= at)
        capture = session.scalars(
            query.order_by(Capture.fetched_at.desc(), Capture.id.desc()).limit(1)
        ).first()
        if capture is None or capture.record_type in STORED_TYPES:
            return capture
        return session.scalars(
            select(Capture)
            .where(
                and_(
                    Capture.url == url,
                    Capture.payload_digest == capture.payload_digest,
                    Capture.record_type.in_(STORED_TYPES),
                    Capture.id < capture.id,
                )
            )
            .order_by(Capture.id.desc())
            .limit(1)
        ).first()
