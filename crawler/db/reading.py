"""Read-only queries behind the web reading room (:mod:`crawler.webapp`).

Everything here reads; the engine the web app uses is opened by :func:`read_only_engine`,
which makes every connection refuse writes (SQLite ``PRAGMA query_only``, PostgreSQL
``default_transaction_read_only``), so no code path of the app can change the archive.
Search itself is :mod:`crawler.db.search`; this module adds what a reader needs around it:
results in date order, an article with its versions and capture, counts over time, the
choices of the filter form.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Engine, event

from crawler.db.access import open_archive
from crawler.db.captures import capture_at
from crawler.db.models import Article, ArticleVersion, Capture, Site
from crawler.db.search import COUNT_CAP, Filters, Results, article_hits, match
from crawler.search.query import positive_words

PG_READ_ONLY = "-c default_transaction_read_only=on"
BUCKETS = ("day", "week", "month")


def read_only_engine(db: str | None) -> Engine:
    """An engine on an existing archive whose every connection is read-only."""
    url = sa.make_url(_url(db))
    options: dict[str, Any] = {}
    if url.get_backend_name() == "postgresql":
        options["connect_args"] = {"options": PG_READ_ONLY}
    engine = open_archive(db, **options)
    if engine.dialect.name == "sqlite":
        engine.dispose()  # the pooled connection predates the listener below
        event.listen(engine, "connect", _sqlite_query_only)
    return engine


def _url(db: str | None) -> str:
    from crawler.db.session import database_url

    return database_url(db)


def _sqlite_query_only(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA query_only=ON")
    cursor.close()


def newest(
    engine: Engine,
    query: str | None,
    filters: Filters,
    *,
    diacritics: bool = True,
    limit: int = 20,
    offset: int = 0,
) -> Results:
    """Matching articles (``query`` None: every article) newest publication first,
    undated last; the total counted exactly up to ``COUNT_CAP`` like search's."""
    found = match(engine, query, filters, diacritics=diacritics)
    ordered = (
        sa.select(Article.id)
        .select_from(found.source)
        .where(*found.conditions)
        .order_by(Article.published_at.desc().nulls_last(), Article.id.desc())
        .limit(limit)
        .offset(offset)
    )
    capped = (
        sa.select(sa.literal(1))
        .select_from(found.source)
        .where(*found.conditions)
        .limit(COUNT_CAP + 1)
        .subquery()
    )
    terms = positive_words(found.node) if found.node is not None else set()
    with engine.connect() as connection:
        total = connection.scalar(sa.select(sa.func.count()).select_from(capped)) or 0
        ids = list(connection.scalars(ordered))
        details = article_hits(connection, ids, terms, diacritics)
    return Results(min(total, COUNT_CAP), [details[i] for i in ids if i in details])


@dataclass
class ArticlePage:
    article: Any  # the articles row with site_key, site_name, province
    versions: list[Any]
    capture: Capture | None


def article_page(engine: Engine, article_id: int) -> ArticlePage | None:
    """One article, its versions (oldest first) and the capture its text came from."""
    with engine.connect() as connection:
        row = connection.execute(
            sa.select(
                Article.__table__,
                Site.key.label("site_key"),
                Site.name.label("site_name"),
                Site.province.label("province"),
            )
            .join(Site, Site.id == Article.site_id)
            .where(Article.id == article_id)
        ).first()
        if row is None:
            return None
        versions = connection.execute(
            sa.select(ArticleVersion.__table__)
            .where(ArticleVersion.article_id == article_id)
            .order_by(ArticleVersion.version)
        ).all()
    return ArticlePage(row, list(versions), article_capture(engine, row))


def article_capture(engine: Engine, article: Any) -> Capture | None:
    """The WARC record holding the body of the capture the article was extracted from
    (a revisit followed to its response); without a recorded capture, the newest one of
    its address. ``None`` when the page was archived before captures existed."""
    try:
        if article.capture_id is not None:
            with engine.connect() as connection:
                row = connection.execute(
                    sa.select(Capture.url, Capture.fetched_at, Capture.record_type).where(
                        Capture.id == article.capture_id
                    )
                ).first()
            if row is not None:
                return capture_at(engine, row.url, row.fetched_at)
        return capture_at(engine, article.url)
    except sa.exc.DBAPIError:  # an archive from before the captures table
        return None


def capture_by_id(engine: Engine, capture_id: int) -> Capture | None:
    with engine.connect() as connection:
        row = connection.execute(sa.select(Capture).where(Capture.id == capture_id)).first()
    return row[0] if row else None


def _bucket_expression(engine: Engine, bucket: str) -> Any:
    """The publication day, week (its Monday) or month in Vietnam time, as text."""
    if bucket not in BUCKETS:
        raise ValueError(f"unknown period {bucket!r}")
    column = Article.published_at
    if engine.dialect.name == "postgresql":
        local = sa.func.timezone(sa.literal_column("'Asia/Ho_Chi_Minh'"), column)
        if bucket == "week":
            local = sa.func.date_trunc(sa.literal_column("'week'"), local)
        pattern = "'YYYY-MM'" if bucket == "month" else "'YYYY-MM-DD'"
        return sa.func.to_char(local, sa.literal_column(pattern))
    shift = sa.literal_column("'+7 hours'")
    if bucket == "month":
        return sa.func.strftime(sa.literal_column("'%Y-%m'"), column, shift)
    if bucket == "week":
        return sa.func.date(
            column, shift, sa.literal_column("'-6 days'"), sa.literal_column("'weekday 1'")
        )
    return sa.func.date(column, shift)


@dataclass
class Series:
    """Counts per period (and per group when grouped), plus the undated matches."""

    rows: list[tuple[str, str | None, int]]  # (period, group, count)
    undated: int


def series(
    engine: Engine,
    query: str | None,
    filters: Filters,
    *,
    diacritics: bool = True,
    bucket: str = "month",
    by: str | None = None,
) -> Series:
    """Matching articles counted per publication period in Vietnam time; ``by`` groups
    them per ``site`` or per ``province`` (the site's declared province)."""
    found = match(engine, query, filters, diacritics=diacritics)
    period = _bucket_expression(engine, bucket).label("period")
    group = {"site": Site.key, "province": Site.province}.get(by or "")
    columns = [period, (group if group is not None else sa.null()).label("grp")]
    statement = (
        sa.select(*columns, sa.func.count().label("n"))
        .select_from(found.source)
        .where(*found.conditions, Article.published_at.is_not(None))
        .group_by(sa.literal_column("period"), sa.literal_column("grp"))
        .order_by(sa.literal_column("period"))
    )
    undated = (
        sa.select(sa.func.count())
        .select_from(found.source)
        .where(*found.conditions, Article.published_at.is_(None))
    )
    with engine.connect() as connection:
        rows = [(r.period, r.grp, r.n) for r in connection.execute(statement)]
        missing = connection.scalar(undated) or 0
    return Series(rows, missing)


@dataclass
class Choices:
    sites: list[tuple[str, str, str | None]]  # (key, name, province)
    sections: list[str]


_CHOICES: dict[str, tuple[float, Choices]] = {}
CHOICES_SECONDS = 600.0
MAX_SECTIONS = 300


def choices(engine: Engine) -> Choices:
    """The sites and the commonest sections, for the filter form (cached a while)."""
    name = engine.url.render_as_string(hide_password=True)
    cached = _CHOICES.get(name)
    if cached and time.monotonic() - cached[0] < CHOICES_SECONDS:
        return cached[1]
    with engine.connect() as connection:
        sites = [
            (r.key, r.name, r.province)
            for r in connection.execute(
                sa.select(Site.key, Site.name, Site.province).order_by(Site.key)
            )
        ]
        sections = [
            r.section
            for r in connection.execute(
                sa.select(Article.section)
                .where(Article.section.is_not(None))
                .group_by(Article.section)
                .order_by(sa.func.count().desc())
                .limit(MAX_SECTIONS)
            )
        ]
    found = Choices(sites, sorted(sections))
    _CHOICES[name] = (time.monotonic(), found)
    return found
