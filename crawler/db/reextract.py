"""The SQL of re-extraction (``newsarchive reextract``, :mod:`crawler.capture.reextract`):
which captures to read, the articles they bear on, and one transaction per chunk that
writes the changes together with the journal's position (``reextract_jobs``).

A capture is examined when it is the newest usable capture of its URL: kind ``article``,
a 2xx status, not truncated (a newer truncated or failed fetch does not hide the last good
one). A ``revisit`` is resolved to the ``response`` record holding its payload. The chunk
writer reuses the batch writer's column builders (:mod:`crawler.db.writer`), so a
re-extracted article is stored exactly as a fetched one would be, except that nothing
says it was seen again: ``last_seen_at`` and ``last_crawl_run_id`` stay as they were.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Engine, and_, exists, func, or_, select, tuple_, update
from sqlalchemy.orm import Session, aliased

from crawler.db.models import (
    Article,
    ArticleSearch,
    ArticleVersion,
    Capture,
    ReextractJob,
    Site,
)
from crawler.db.writer import (
    article_columns,
    content_columns,
    insert_articles,
    insert_for,
    new_article_row,
    search_keys,
)
from crawler.extract.record import ArticleRecord

ORIGIN = "reextract"


@dataclass(frozen=True)
class PendingCapture:
    """A capture to re-extract: ``id`` is the URL's newest usable capture (the journal's
    position); ``body_id``, ``warc_file`` and ``warc_offset`` name the record with the
    body (the same capture, or the response a revisit points back at; ``None`` when that
    record is not indexed)."""

    id: int
    url: str
    fetched_at: datetime
    crawl_run_id: int | None
    body_id: int | None
    warc_file: str | None
    warc_offset: int | None


@dataclass
class JobState:
    id: int
    last_capture_id: int
    counts: dict[str, Any]
    resumed: bool


@dataclass(frozen=True)
class Change:
    """A stored article whose re-extraction differs: its row is rewritten from
    ``record``; ``new_version`` when the content hash differs (a version row is added)."""

    article_id: int
    record: ArticleRecord
    capture_id: int
    fetched_at: datetime
    new_version: bool
    reindex: bool


@dataclass(frozen=True)
class NewArticle:
    """A page no article came from (rejected when fetched) that now extracts."""

    record: ArticleRecord
    capture_id: int
    fetched_at: datetime
    crawl_run_id: int | None


@dataclass
class ChunkResult:
    versions: int = 0
    inserted: list[str] = field(default_factory=list)
    counts: dict[str, Any] = field(default_factory=dict)  # as journalled


# -- what to read --------------------------------------------------------------------------


def _usable(capture: Any) -> Any:
    return and_(
        capture.kind == "article",
        capture.status >= 200,
        capture.status < 300,
        capture.truncated == sa.false(),
    )


def _pending_query(
    site_id: int, after: int, since: datetime | None, until: datetime | None
) -> sa.Select:
    later = aliased(Capture)
    newer = exists().where(
        later.url == Capture.url,
        _usable(later),
        or_(
            later.fetched_at > Capture.fetched_at,
            and_(later.fetched_at == Capture.fetched_at, later.id > Capture.id),
        ),
    )
    query = select(Capture).where(
        Capture.site_id == site_id, _usable(Capture), Capture.id > after, ~newer
    )
    if since is not None:
        query = query.where(Capture.fetched_at >= since)
    if until is not None:
        query = query.where(Capture.fetched_at <= until)
    return query


def count_pending(
    engine: Engine, site_id: int, after: int, since: datetime | None, until: datetime | None
) -> int:
    query = _pending_query(site_id, after, since, until).subquery()
    with engine.connect() as connection:
        return int(connection.scalar(select(func.count()).select_from(query)) or 0)


def pending_captures(
    engine: Engine,
    site_id: int,
    after: int,
    since: datetime | None,
    until: datetime | None,
    limit: int,
) -> list[PendingCapture]:
    """The next ``limit`` captures to examine after capture id ``after``, in id order."""
    with Session(engine) as session:
        rows = list(
            session.scalars(
                _pending_query(site_id, after, since, until).order_by(Capture.id).limit(limit)
            )
        )
        revisits = [(c.url, c.payload_digest) for c in rows if c.record_type != "response"]
        bodies: dict[tuple[str, str], Capture] = {}
        if revisits:
            for capture in session.scalars(
                select(Capture)
                .where(
                    Capture.record_type == "response",
                    tuple_(Capture.url, Capture.payload_digest).in_(revisits),
                )
                .order_by(Capture.id)
            ):
                bodies[(capture.url, capture.payload_digest)] = capture  # the newest wins
    pending = []
    for capture in rows:
        body = (
            capture
            if capture.record_type == "response"
            else bodies.get((capture.url, capture.payload_digest))
        )
        pending.append(
            PendingCapture(
                id=capture.id,
                url=capture.url,
                fetched_at=capture.fetched_at,
                crawl_run_id=capture.crawl_run_id,
                body_id=body.id if body else None,
                warc_file=body.warc_file if body else None,
                warc_offset=body.warc_offset if body else None,
            )
        )
    return pending


def sites_with_captures(engine: Engine) -> list[str]:
    """Keys of the sites that have article captures."""
    with engine.connect() as connection:
        return list(
            connection.scalars(
                select(Site.key)
                .where(exists().where(Capture.site_id == Site.id, Capture.kind == "article"))
                .order_by(Site.key)
            )
        )


def site_id(engine: Engine, key: str) -> int | None:
    with engine.connect() as connection:
        return connection.scalar(select(Site.id).where(Site.key == key))


def stored_articles(
    engine: Engine, canonical_urls: Sequence[str], urls: Sequence[str]
) -> tuple[dict[str, Any], set[str]]:
    """``({canonical URL: article row}, {page URLs an article was read from})`` for the
    canonical URLs of a chunk's records and the URLs of its captures."""
    wanted = sorted(set(canonical_urls))
    found: dict[str, Any] = {}
    seen: set[str] = set()
    with engine.connect() as connection:
        if wanted:
            for row in connection.execute(
                select(Article).where(Article.canonical_url.in_(wanted))
            ).mappings():
                found[row["canonical_url"]] = row
        pages = sorted(set(urls))
        if pages:
            seen = {
                url
                for pair in connection.execute(
                    select(Article.url, Article.canonical_url).where(
                        or_(Article.url.in_(pages), Article.canonical_url.in_(pages))
                    )
                )
                for url in pair
            }
    return found, seen & set(urls)


# -- the journal ---------------------------------------------------------------------------


def open_job(
    engine: Engine, site_key: str, rules_version: str, since: str | None, until: str | None
) -> JobState:
    """The unfinished job for these rules and filters (a killed run), or a new one."""
    with Session(engine) as session, session.begin():
        job = session.scalars(
            select(ReextractJob)
            .where(
                ReextractJob.site_key == site_key,
                ReextractJob.rules_version == rules_version,
                ReextractJob.since.is_(None) if since is None else ReextractJob.since == since,
                ReextractJob.until.is_(None) if until is None else ReextractJob.until == until,
                ReextractJob.status == "running",
            )
            .order_by(ReextractJob.id.desc())
            .limit(1)
        ).first()
        if job is not None:
            return JobState(job.id, job.last_capture_id, dict(job.counts), resumed=True)
        job = ReextractJob(
            site_key=site_key,
            rules_version=rules_version,
            since=since,
            until=until,
            status="running",
            last_capture_id=0,
            counts={},
            started_at=datetime.now(UTC),
        )
        session.add(job)
        session.flush()
        return JobState(job.id, 0, {}, resumed=False)


def finish_job(engine: Engine, job_id: int, counts: dict[str, Any]) -> None:
    with engine.begin() as connection:
        connection.execute(
            update(ReextractJob)
            .where(ReextractJob.id == job_id)
            .values(status="finished", counts=counts, finished_at=datetime.now(UTC))
        )


# -- writing a chunk -----------------------------------------------------------------------


def write_chunk(
    engine: Engine,
    site_id: int,
    changes: Sequence[Change],
    new: Sequence[NewArticle],
    job_id: int | None,
    position: int,
    counts: dict[str, Any],
) -> ChunkResult:
    """Store one chunk's changes and move the journal to ``position`` (the last capture
    examined) with ``counts`` (its ``versions`` raised by the version rows written), in
    one transaction."""
    result = ChunkResult()
    with Session(engine) as session, session.begin():
        if changes:
            session.execute(
                update(Article),
                [
                    {
                        "id": c.article_id,
                        **article_columns(c.record),
                        "capture_id": c.capture_id,
                    }
                    for c in changes
                ],
            )
        inserted = _insert_new(session, site_id, new)
        result.inserted = sorted(inserted)
        versioned = [
            (c.article_id, c.record, c.capture_id, c.fetched_at) for c in changes if c.new_version
        ]
        numbers = {}
        if versioned:
            numbers = {
                article_id: latest + 1
                for article_id, latest in session.execute(
                    select(ArticleVersion.article_id, func.max(ArticleVersion.version))
                    .where(ArticleVersion.article_id.in_([v[0] for v in versioned]))
                    .group_by(ArticleVersion.article_id)
                )
            }
        versioned += [
            (inserted[n.record.canonical_url], n.record, n.capture_id, n.fetched_at)
            for n in new
            if n.record.canonical_url in inserted
        ]
        if versioned:
            rows = [
                {
                    **content_columns(record),
                    "article_id": article_id,
                    "version": numbers.get(article_id, 1),
                    "fetched_at": fetched_at,
                    "crawl_run_id": None,
                    "capture_id": capture_id,
                    "origin": ORIGIN,
                    "rules_version": record.rules_version,
                }
                for article_id, record, capture_id, fetched_at in versioned
            ]
            written = session.execute(
                insert_for(session)(ArticleVersion)
                .values(rows)
                .on_conflict_do_nothing(index_elements=["article_id", "content_hash"])
                .returning(ArticleVersion.id)
            ).all()
            result.versions = len(written)
        reindex = [(c.article_id, c.record) for c in changes if c.reindex] + [
            (inserted[n.record.canonical_url], n.record)
            for n in new
            if n.record.canonical_url in inserted
        ]
        if reindex:
            statement = insert_for(session)(ArticleSearch).values(
                [
                    {"article_id": article_id, **search_keys(record)}
                    for article_id, record in reindex
                ]
            )
            session.execute(
                statement.on_conflict_do_update(
                    index_elements=["article_id"],
                    set_={"exact": statement.excluded.exact, "plain": statement.excluded.plain},
                )
            )
        result.counts = {**counts, "versions": counts.get("versions", 0) + result.versions}
        if job_id is not None:
            session.execute(
                update(ReextractJob)
                .where(ReextractJob.id == job_id)
                .values(last_capture_id=position, counts=result.counts)
            )
    return result


def _insert_new(session: Session, site_id: int, new: Sequence[NewArticle]) -> dict[str, int]:
    return insert_articles(
        session,
        [
            new_article_row(n.record, site_id, n.fetched_at, n.crawl_run_id, n.capture_id)
            for n in new
        ],
    )
