"""Archive reads and the run bookkeeping used by the pipelines, the spiders and the CLI.

Article writes are batched by :mod:`crawler.db.writer` (re-exported here: ``Fetched``,
``BatchResult``, ``archive_batch``, ``insert_for``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, or_, select, update
from sqlalchemy.orm import Session

from crawler.db.models import Article, CrawlRun, DeadLink, Site
from crawler.db.writer import BatchResult as BatchResult
from crawler.db.writer import Fetched as Fetched
from crawler.db.writer import archive_batch as archive_batch
from crawler.db.writer import insert_for as insert_for


@dataclass(frozen=True)
class SiteInfo:
    key: str
    name: str
    base_url: str
    family: str
    province: str | None


# URLs per lookup statement (well under SQLite's bound-parameter limit, twice per chunk).
_LOOKUP_CHUNK = 400


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
