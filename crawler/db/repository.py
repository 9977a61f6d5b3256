"""Archive writes and reads used by the pipelines, the spiders and the CLI.

Writes are batched: one transaction per batch, keyed on the normalised canonical URL.
A changed content hash makes a new ``article_versions`` row; unchanged content adds no row
(only ``last_seen_at`` and the extraction warnings move, so operators can tell a page is still
online and how it was last read).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, func, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from crawler.db.models import Article, ArticleSearch, ArticleVersion, CrawlRun, DeadLink, Site
from crawler.extract.record import ArticleRecord
from crawler.search.fold import index_text


@dataclass(frozen=True)
class SiteInfo:
    key: str
    name: str
    base_url: str
    family: str
    province: str | None


@dataclass
class BatchResult:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    # Re-fetched content far shorter than the stored version: kept the stored one.
    suspect: int = 0


# A new version with less than this share of the stored text is more likely a partial or
# broken page than an edit; the stored version is kept and the case is counted.
SHRINK_GUARD = 0.5


@dataclass(frozen=True)
class Fetched:
    """An extracted article and when it was fetched, ready to archive."""

    record: ArticleRecord
    fetched_at: datetime


# URLs per lookup statement (well under SQLite's bound-parameter limit, twice per chunk).
_LOOKUP_CHUNK = 400


def insert_for(bind: Session | Any) -> Callable[..., Any]:
    """The dialect's INSERT, which has ``on_conflict_do_*`` on both backends."""
    if isinstance(bind, Session):
        bind = bind.get_bind()
    dialect = bind.dialect.name
    return pg_insert if dialect == "postgresql" else sqlite_insert


def ensure_site(engine: Engine, info: SiteInfo) -> int:
    """Insert or refresh the ``sites`` row for ``info``; return its id."""
    values = asdict(info)
    with Session(engine) as session, session.begin():
        insert = insert_for(session)
        statement = insert(Site).values(**values, created_at=datetime.now(UTC))
        statement = statement.on_conflict_do_update(
            index_elements=["key"],
            set_={k: statement.excluded[k] for k in ("name", "base_url", "family", "province")},
        )
        session.execute(statement)
        return session.scalars(select(Site.id).where(Site.key == info.key)).one()


def start_run(engine: Engine, site_id: int, mode: str, arguments: dict[str, Any]) -> int:
    with Session(engine) as session, session.begin():
        run = CrawlRun(
            site_id=site_id,
            mode=mode,
            started_at=datetime.now(UTC),
            status="running",
            pages_fetched=0,
            articles_new=0,
            articles_updated=0,
            articles_unchanged=0,
            articles_rejected=0,
            errors=0,
            error_summary={},
            arguments=arguments,
        )
        session.add(run)
        session.flush()
        return run.id


def close_abandoned_runs(engine: Engine, site_id: int, current_run: int) -> int:
    """Mark runs of a site still 'running' as 'interrupted' (their crawler was killed).

    Called by the holder of the site's lock, so no live crawler owns those runs."""
    with Session(engine) as session, session.begin():
        result = session.execute(
            update(CrawlRun)
            .where(
                CrawlRun.site_id == site_id,
                CrawlRun.status == "running",
                CrawlRun.id != current_run,
            )
            .values(status="interrupted", finish_reason="killed")
            .returning(CrawlRun.id)
        )
        return len(result.all())


def previous_run_status(engine: Engine, site_key: str, current_run: int | None) -> str | None:
    """Status of the site's last run before ``current_run`` (None if there was none)."""
    query = (
        select(CrawlRun.status)
        .join(Site, Site.id == CrawlRun.site_id)
        .where(Site.key == site_key)
        .order_by(CrawlRun.id.desc())
        .limit(1)
    )
    if current_run is not None:
        query = query.where(CrawlRun.id != current_run)
    with engine.connect() as connection:
        return connection.scalar(query)


def finish_run(engine: Engine, run_id: int, **fields: Any) -> None:
    fields.setdefault("finished_at", datetime.now(UTC))
    with Session(engine) as session, session.begin():
        session.execute(update(CrawlRun).where(CrawlRun.id == run_id).values(**fields))


def archived_among(engine: Engine, site_id: int, urls: Sequence[str]) -> set[str]:
    """Which of ``urls`` the site has archived (as its fetched or its canonical address).

    Asked per listing page, feed or sitemap with the links it just yielded, so a crawl
    holds only those in memory, never the site's whole URL set; both columns are indexed.
    """
    found: set[str] = set()
    wanted = list(dict.fromkeys(urls))
    with engine.connect() as connection:
        for chunk in _chunks(wanted):
            rows = connection.execute(
                select(Article.url, Article.canonical_url).where(
                    Article.site_id == site_id,
                    or_(Article.url.in_(chunk), Article.canonical_url.in_(chunk)),
                )
            )
            found.update(url for row in rows for url in row)
    return found & set(wanted)


def _chunks(values: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(values), _LOOKUP_CHUNK):
        yield values[start : start + _LOOKUP_CHUNK]


def dead_among(engine: Engine, site_id: int, urls: Sequence[str], now: datetime) -> set[str]:
    """Which of ``urls`` answered 404/410 and are still in their back-off."""
    found: set[str] = set()
    with engine.connect() as connection:
        for chunk in _chunks(list(dict.fromkeys(urls))):
            found.update(
                connection.scalars(
                    select(DeadLink.url).where(
                        DeadLink.site_id == site_id,
                        DeadLink.url.in_(chunk),
                        DeadLink.retry_after > now,
                    )
                )
            )
    return found


def record_dead_links(
    engine: Engine, site_id: int, gone: Sequence[tuple[str, int]], now: datetime
) -> None:
    """Remember links answered 404/410; each failure doubles the back-off (1 day … 32)."""
    with Session(engine) as session, session.begin():
        for url, status in dict(gone).items():
            row = session.get(DeadLink, (site_id, url))
            if row is None:
                row = DeadLink(site_id=site_id, url=url, failures=0, first_seen_at=now)
                session.add(row)
            row.status = status
            row.failures += 1
            row.retry_after = now + timedelta(days=min(2 ** (row.failures - 1), 32))


def _content(record: ArticleRecord) -> dict[str, Any]:
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


def _article_columns(record: ArticleRecord) -> dict[str, Any]:
    return {
        **_content(record),
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


def archive_batch(
    engine: Engine, site_id: int, run_id: int | None, batch: Sequence[Fetched]
) -> BatchResult:
    """Upsert a batch of articles in one transaction; see the module docstring."""
    latest: dict[str, Fetched] = {}
    for fetched in batch:
        latest[fetched.record.canonical_url] = fetched
    result = BatchResult()
    with Session(engine) as session, session.begin():
        existing = {
            row.canonical_url: row
            for row in session.execute(
                select(
                    Article.id, Article.canonical_url, Article.content_hash, Article.word_count
                ).where(Article.canonical_url.in_(list(latest)))
            )
        }
        for url, fetched in latest.items():
            record, seen = fetched.record, fetched.fetched_at
            row = existing.get(url)
            if row is None:
                article_id = _insert_article(session, site_id, run_id, record, seen)
                if article_id is None:  # another writer archived it first: treat as seen
                    result.unchanged += 1
                    continue
                _add_version(session, article_id, run_id, record, seen)
                _index(session, article_id, record)
                result.new += 1
            elif (
                row.content_hash != record.content_hash
                and row.word_count > 100
                and record.word_count < SHRINK_GUARD * row.word_count
            ):
                result.suspect += 1
            elif row.content_hash != record.content_hash:
                session.execute(
                    update(Article)
                    .where(Article.id == row.id)
                    .values(**_article_columns(record), last_seen_at=seen, last_crawl_run_id=run_id)
                )
                _add_version(session, row.id, run_id, record, seen)
                _index(session, row.id, record)
                result.updated += 1
            else:
                # Same content, but how it was read may differ (a redesign the rules miss
                # reads the same text through the generic path): health reads the warnings.
                session.execute(
                    update(Article)
                    .where(Article.id == row.id)
                    .values(last_seen_at=seen, warnings=record.warnings)
                )
                result.unchanged += 1
    return result


def _insert_article(
    session: Session, site_id: int, run_id: int | None, record: ArticleRecord, seen: datetime
) -> int | None:
    insert = insert_for(session)
    statement = (
        insert(Article)
        .values(
            **_article_columns(record),
            canonical_url=record.canonical_url,
            site_id=site_id,
            first_seen_at=seen,
            last_seen_at=seen,
            last_crawl_run_id=run_id,
        )
        .on_conflict_do_nothing(index_elements=["canonical_url"])
        .returning(Article.id)
    )
    return session.execute(statement).scalar_one_or_none()


def _add_version(
    session: Session, article_id: int, run_id: int | None, record: ArticleRecord, seen: datetime
) -> None:
    number = (
        session.scalar(
            select(func.coalesce(func.max(ArticleVersion.version), 0)).where(
                ArticleVersion.article_id == article_id
            )
        )
        + 1
    )
    insert = insert_for(session)
    session.execute(
        insert(ArticleVersion)
        .values(
            **_content(record),
            article_id=article_id,
            version=number,
            fetched_at=seen,
            crawl_run_id=run_id,
        )
        .on_conflict_do_nothing(index_elements=["article_id", "content_hash"])
    )


def _index(session: Session, article_id: int, record: ArticleRecord) -> None:
    """Write the article's search keys; the database's own index follows (see migration 0002)."""
    body = "\n".join(part for part in (record.title, record.lead, record.text) if part)
    keys = {"exact": index_text(body, diacritics=True), "plain": index_text(body, diacritics=False)}
    statement = insert_for(session)(ArticleSearch).values(article_id=article_id, **keys)
    session.execute(statement.on_conflict_do_update(index_elements=["article_id"], set_=keys))


# The only orders a caller may ask for: a user's sort key picks one of these, never SQL.
ARTICLE_ORDERS = {
    "published": (Article.published_at.desc().nulls_last(), Article.id.desc()),
    "archived": (Article.first_seen_at.desc(), Article.id.desc()),
    "updated": (Article.last_seen_at.desc(), Article.id.desc()),
    "title": (Article.title.asc(), Article.id.asc()),
    "words": (Article.word_count.desc(), Article.id.desc()),
}


def recent_articles(
    engine: Engine, site_key: str | None, limit: int, sort: str = "published"
) -> list[tuple[str, Article]]:
    """(site key, article) pairs in one of ``ARTICLE_ORDERS`` (newest published first)."""
    if sort not in ARTICLE_ORDERS:
        raise ValueError(f"unknown sort key {sort!r}; use one of {', '.join(ARTICLE_ORDERS)}")
    query = (
        select(Site.key, Article)
        .join(Site, Site.id == Article.site_id)
        .order_by(*ARTICLE_ORDERS[sort])
        .limit(limit)
    )
    if site_key:
        query = query.where(Site.key == site_key)
    with Session(engine, expire_on_commit=False) as session:
        return [(key, article) for key, article in session.execute(query)]
