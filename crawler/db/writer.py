"""The archive's batch writer: a batch of extracted articles in one transaction, with a
handful of multi-row statements whatever the batch's size.

Keyed on the normalised canonical URL. A changed content hash makes a new
``article_versions`` row; unchanged content adds no row (only ``last_seen_at`` and the
extraction warnings move, so operators can tell a page is still online and how it was last
read). A re-fetch far shorter than the stored text is kept out (``SHRINK_GUARD``).

Statements per batch: one lookup of the batch's URLs; one multi-row ``INSERT … ON CONFLICT
DO NOTHING RETURNING`` of the new articles (a URL another writer archived first comes back
missing and counts as unchanged); one ``max(version)`` lookup for the changed articles
only (a new article's first version is 1); one multi-row insert of the versions; one
multi-row upsert of the search keys; and executemany updates of the rows already there.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, func, select, tuple_, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from crawler.db.models import Article, ArticleSearch, ArticleVersion, Capture
from crawler.extract.record import ArticleRecord
from crawler.search.fold import index_keys

# A new version with less than this share of the stored text is more likely a partial or
# broken page than an edit; the stored version is kept and the case is counted.
SHRINK_GUARD = 0.5


@dataclass(frozen=True)
class Fetched:
    """An extracted article and when it was fetched, ready to archive; ``capture`` is
    its WARC record (file, offset), indexed in the same or an earlier batch."""

    record: ArticleRecord
    fetched_at: datetime
    capture: tuple[str, int] | None = None


@dataclass
class BatchResult:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    # Re-fetched content far shorter than the stored version: kept the stored one.
    suspect: int = 0


def insert_for(bind: Session | Any) -> Callable[..., Any]:
    """The dialect's INSERT, which has ``on_conflict_do_*`` on both backends."""
    if isinstance(bind, Session):
        bind = bind.get_bind()
    dialect = bind.dialect.name
    return pg_insert if dialect == "postgresql" else sqlite_insert


def content_columns(record: ArticleRecord) -> dict[str, Any]:
    """Columns shared by ``articles`` and ``article_versions``."""
    return {
        "content_hash": record.content_hash,
        "title": record.title,
        "lead": record.lead,
        "text": record.text,
        "html": record.html,
        "authors": record.authors,
        "published_at": record.published,
        "updated_at": record.updated,
        "extractor_version": record.extractor_version,
    }


def article_columns(record: ArticleRecord) -> dict[str, Any]:
    return {
        **content_columns(record),
        "url": record.url,
        "published_raw": record.published_raw,
        "section": record.section,
        "tags": record.tags,
        "images": [asdict(image) for image in record.images],
        "language": record.language,
        "word_count": record.word_count,
        "field_sources": record.field_sources,
        "warnings": record.warnings,
    }


def search_keys(record: ArticleRecord) -> dict[str, str]:
    """The article's search keys (title, lead and text, folded once)."""
    body = "\n".join(part for part in (record.title, record.lead, record.text) if part)
    exact, plain = index_keys(body)
    return {"exact": exact, "plain": plain}


@dataclass
class _Plan:
    """What a batch does to each URL, decided from one lookup."""

    new: list[Fetched]
    changed: list[tuple[int, Fetched]]
    unchanged: list[tuple[int, Fetched]]
    suspect: int = 0


def _plan(session: Session, batch: Sequence[Fetched]) -> _Plan:
    latest = {fetched.record.canonical_url: fetched for fetched in batch}
    existing = {
        row.canonical_url: row
        for row in session.execute(
            select(
                Article.id, Article.canonical_url, Article.content_hash, Article.word_count
            ).where(Article.canonical_url.in_(list(latest)))
        )
    }
    plan = _Plan([], [], [])
    for url, fetched in latest.items():
        record, row = fetched.record, existing.get(url)
        if row is None:
            plan.new.append(fetched)
        elif row.content_hash == record.content_hash:
            plan.unchanged.append((row.id, fetched))
        elif row.word_count > 100 and record.word_count < SHRINK_GUARD * row.word_count:
            plan.suspect += 1
        else:
            plan.changed.append((row.id, fetched))
    return plan


def archive_batch(
    engine: Engine,
    site_id: int,
    run_id: int | None,
    batch: Sequence[Fetched],
    captures: Sequence[dict[str, Any]] = (),
) -> BatchResult:
    """Upsert a batch of articles, and index the WARC records written since the last
    batch (``captures``: ``Capture`` columns), in one transaction; see the module
    docstring."""
    if not batch and not captures:
        return BatchResult()
    with Session(engine) as session, session.begin():
        capture_ids = _index_captures(session, site_id, run_id, captures, batch)
        if not batch:
            return BatchResult()
        plan = _plan(session, batch)
        inserted = _insert_new(session, site_id, run_id, plan.new, capture_ids)
        _update_changed(session, run_id, plan.changed, capture_ids)
        _touch_unchanged(session, plan.unchanged)
        first_versions = [
            (inserted[f.record.canonical_url], f)
            for f in plan.new
            if f.record.canonical_url in inserted
        ]
        _add_versions(session, run_id, first_versions, plan.changed, capture_ids)
        _index(session, first_versions + plan.changed)
    lost_races = len(plan.new) - len(inserted)  # another writer archived them first
    return BatchResult(
        new=len(inserted),
        updated=len(plan.changed),
        unchanged=len(plan.unchanged) + lost_races,
        suspect=plan.suspect,
    )


def _index_captures(
    session: Session,
    site_id: int,
    run_id: int | None,
    captures: Sequence[dict[str, Any]],
    batch: Sequence[Fetched],
) -> dict[tuple[str, int], int]:
    """Insert the capture rows; ``{(file, offset): id}`` for every capture the batch's
    articles name (those indexed by an earlier batch are looked up)."""
    ids: dict[tuple[str, int], int] = {}
    if captures:
        statement = (
            insert_for(session)(Capture)
            .values([{**c, "site_id": site_id, "crawl_run_id": run_id} for c in captures])
            .returning(Capture.warc_file, Capture.warc_offset, Capture.id)
        )
        ids = {(name, offset): cid for name, offset, cid in session.execute(statement)}
    wanted = {f.capture for f in batch if f.capture is not None and f.capture not in ids}
    if wanted:
        rows = session.execute(
            select(Capture.warc_file, Capture.warc_offset, Capture.id).where(
                tuple_(Capture.warc_file, Capture.warc_offset).in_(list(wanted))
            )
        )
        ids |= {(name, offset): cid for name, offset, cid in rows}
    return ids


def _insert_new(
    session: Session,
    site_id: int,
    run_id: int | None,
    new: list[Fetched],
    capture_ids: dict[tuple[str, int], int],
) -> dict[str, int]:
    """Insert the new articles; ``{canonical URL: id}`` of those this writer inserted."""
    return insert_articles(
        session,
        [
            new_article_row(
                f.record,
                site_id,
                f.fetched_at,
                run_id,
                capture_ids.get(f.capture) if f.capture else None,
            )
            for f in new
        ],
    )


def new_article_row(
    record: ArticleRecord,
    site_id: int,
    seen: datetime,
    run_id: int | None,
    capture_id: int | None,
) -> dict[str, Any]:
    """The ``articles`` row of an article archived for the first time."""
    return {
        **article_columns(record),
        "canonical_url": record.canonical_url,
        "site_id": site_id,
        "first_seen_at": seen,
        "last_seen_at": seen,
        "last_crawl_run_id": run_id,
        "capture_id": capture_id,
    }


def insert_articles(session: Session, rows: list[dict[str, Any]]) -> dict[str, int]:
    """One multi-row insert; ``{canonical URL: id}`` of the rows inserted (a URL another
    writer archived first is left out)."""
    if not rows:
        return {}
    statement = (
        insert_for(session)(Article)
        .values(rows)
        .on_conflict_do_nothing(index_elements=["canonical_url"])
        .returning(Article.canonical_url, Article.id)
    )
    return {url: article_id for url, article_id in session.execute(statement)}


def _update_changed(
    session: Session,
    run_id: int | None,
    changed: list[tuple[int, Fetched]],
    capture_ids: dict[tuple[str, int], int],
) -> None:
    if not changed:
        return
    session.execute(
        update(Article),
        [
            {
                "id": article_id,
                **article_columns(f.record),
                "last_seen_at": f.fetched_at,
                "last_crawl_run_id": run_id,
                "capture_id": capture_ids.get(f.capture) if f.capture else None,
            }
            for article_id, f in changed
        ],
    )


def _touch_unchanged(session: Session, unchanged: list[tuple[int, Fetched]]) -> None:
    """Same content, but how it was read may differ (a redesign the rules miss reads the
    same text through the generic path): health reads the warnings."""
    if not unchanged:
        return
    session.execute(
        update(Article),
        [
            {"id": article_id, "last_seen_at": f.fetched_at, "warnings": f.record.warnings}
            for article_id, f in unchanged
        ],
    )


def _add_versions(
    session: Session,
    run_id: int | None,
    first: list[tuple[int, Fetched]],
    changed: list[tuple[int, Fetched]],
    capture_ids: dict[tuple[str, int], int],
) -> None:
    numbers = {article_id: 1 for article_id, _ in first}
    if changed:
        numbers |= {
            article_id: latest + 1
            for article_id, latest in session.execute(
                select(ArticleVersion.article_id, func.max(ArticleVersion.version))
                .where(ArticleVersion.article_id.in_([article_id for article_id, _ in changed]))
                .group_by(ArticleVersion.article_id)
            )
        }
    rows = [
        {
            **content_columns(f.record),
            "article_id": article_id,
            "version": numbers.get(article_id, 1),
            "fetched_at": f.fetched_at,
            "crawl_run_id": run_id,
            "capture_id": capture_ids.get(f.capture) if f.capture else None,
            "rules_version": f.record.rules_version,
        }
        for article_id, f in first + changed
    ]
    if rows:
        session.execute(
            insert_for(session)(ArticleVersion)
            .values(rows)
            .on_conflict_do_nothing(index_elements=["article_id", "content_hash"])
        )


def _index(session: Session, written: list[tuple[int, Fetched]]) -> None:
    """Write the articles' search keys; the database's own index follows (migration 0002)."""
    if not written:
        return
    statement = insert_for(session)(ArticleSearch).values(
        [{"article_id": article_id, **search_keys(f.record)} for article_id, f in written]
    )
    session.execute(
        statement.on_conflict_do_update(
            index_elements=["article_id"],
            set_={"exact": statement.excluded.exact, "plain": statement.excluded.plain},
        )
    )
