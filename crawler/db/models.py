"""Archive schema as SQLAlchemy 2 typed models. Alembic migrations own the real schema;
``alembic check`` (run by the tests) keeps these models and the migrations identical."""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from crawler.db.types import UTCDateTime

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime(),
        dict[str, Any]: JSON,
        list[Any]: JSON,
    }


class Site(Base):
    """A portal the archive crawls; ``key`` is the spider name, the one slug everywhere."""

    __tablename__ = "sites"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    base_url: Mapped[str] = mapped_column(String(500))
    family: Mapped[str] = mapped_column(String(32))
    province: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[datetime]


# Run statuses that count as a successful crawl (schedules, health, incremental stop).
SUCCESSFUL_RUN_STATUSES = ("finished", "finished_with_errors")


class CrawlRun(Base):
    """One crawl or backfill of one site, with its counts and outcome."""

    __tablename__ = "crawl_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"), index=True)
    mode: Mapped[str] = mapped_column(String(16))
    started_at: Mapped[datetime]
    finished_at: Mapped[datetime | None]
    status: Mapped[str] = mapped_column(String(32), default="running")
    finish_reason: Mapped[str | None] = mapped_column(String(64))
    pages_fetched: Mapped[int] = mapped_column(Integer, default=0)
    articles_new: Mapped[int] = mapped_column(Integer, default=0)
    articles_updated: Mapped[int] = mapped_column(Integer, default=0)
    articles_unchanged: Mapped[int] = mapped_column(Integer, default=0)
    articles_rejected: Mapped[int] = mapped_column(Integer, default=0)
    errors: Mapped[int] = mapped_column(Integer, default=0)
    # {"rejected": {"too short": 2}, "downloader": {"TimeoutError": 1}, "http": {"503": 4}}
    error_summary: Mapped[dict[str, Any]] = mapped_column(default=dict)
    arguments: Mapped[dict[str, Any]] = mapped_column(default=dict)

    site: Mapped[Site] = relationship()


class Article(Base):
    """The current version of one article, keyed on its normalised canonical URL."""

    __tablename__ = "articles"
    __table_args__ = (Index("ix_articles_site_id_published_at", "site_id", "published_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"))
    canonical_url: Mapped[str] = mapped_column(String(1000), unique=True)
    url: Mapped[str] = mapped_column(String(1000), index=True)
    title: Mapped[str] = mapped_column(Text)
    lead: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    html: Mapped[str | None] = mapped_column(Text)
    authors: Mapped[list[Any]] = mapped_column(default=list)
    published_at: Mapped[datetime | None]
    published_raw: Mapped[str | None] = mapped_column(String(200))
    updated_at: Mapped[datetime | None]
    section: Mapped[str | None] = mapped_column(String(200))
    tags: Mapped[list[Any]] = mapped_column(default=list)
    images: Mapped[list[Any]] = mapped_column(default=list)
    language: Mapped[str | None] = mapped_column(String(16))
    word_count: Mapped[int] = mapped_column(Integer)
    content_hash: Mapped[str] = mapped_column(String(64))
    extractor_version: Mapped[str] = mapped_column(String(16))
    field_sources: Mapped[dict[str, Any]] = mapped_column(default=dict)
    warnings: Mapped[list[Any]] = mapped_column(default=list)
    first_seen_at: Mapped[datetime]
    last_seen_at: Mapped[datetime]
    last_crawl_run_id: Mapped[int | None] = mapped_column(ForeignKey("crawl_runs.id"))
    # The WARC capture the stored text was extracted from (NULL: archived before capture).
    capture_id: Mapped[int | None] = mapped_column(ForeignKey("captures.id"))

    site: Mapped[Site] = relationship()


class ArticleVersion(Base):
    """Every distinct content an article has had; the newest equals the article row."""

    __tablename__ = "article_versions"
    __table_args__ = (UniqueConstraint("article_id", "content_hash"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(Integer)
    content_hash: Mapped[str] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(Text)
    lead: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    html: Mapped[str | None] = mapped_column(Text)
    authors: Mapped[list[Any]] = mapped_column(default=list)
    published_at: Mapped[datetime | None]
    updated_at: Mapped[datetime | None]
    extractor_version: Mapped[str] = mapped_column(String(16))
    fetched_at: Mapped[datetime]
    crawl_run_id: Mapped[int | None] = mapped_column(ForeignKey("crawl_runs.id"))
    capture_id: Mapped[int | None] = mapped_column(ForeignKey("captures.id"))
    # "fetch", or "reextract" (current rules applied to the stored capture, nothing fetched).
    origin: Mapped[str] = mapped_column(String(16), default="fetch", server_default="fetch")
    rules_version: Mapped[str | None] = mapped_column(String(16))


class ArticleSearch(Base):
    """Search keys of an article's title, lead and text (see ``crawler/search/fold.py``).

    SQLite indexes these columns with the FTS5 table ``article_fts`` (kept in sync by
    triggers); PostgreSQL with generated ``tsvector`` columns and GIN indexes. Both are
    created by migration 0002 and exist outside these models.
    """

    __tablename__ = "article_search"

    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    exact: Mapped[str] = mapped_column(Text)
    plain: Mapped[str] = mapped_column(Text)


class SiteLock(Base):
    """Who is crawling a site now: overlapping invocations (cron, a hand-run backfill) never
    crawl the same site at once. A holder refreshes ``heartbeat_at``; a lock whose holder
    died (its process is gone, or its heartbeat is older than the TTL) can be taken over."""

    __tablename__ = "site_locks"

    site_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    holder: Mapped[str] = mapped_column(String(200))
    acquired_at: Mapped[datetime]
    heartbeat_at: Mapped[datetime]


class BackfillJob(Base):
    """A backfill of one site over one date window; unfinished jobs are resumed."""

    __tablename__ = "backfill_jobs"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_key: Mapped[str] = mapped_column(String(64), index=True)
    since: Mapped[str | None] = mapped_column(String(10))
    until: Mapped[str | None] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(16))
    started_at: Mapped[datetime]
    finished_at: Mapped[datetime | None]


class BackfillPage(Base):
    """A listing page a backfill has read, with the article links it found and where the
    listing goes next: after ``kill -9`` the backfill resumes from here instead of
    walking the listing again, and fetches the links that are not archived yet."""

    __tablename__ = "backfill_pages"

    job_id: Mapped[int] = mapped_column(
        ForeignKey("backfill_jobs.id", ondelete="CASCADE"), primary_key=True
    )
    url: Mapped[str] = mapped_column(String(1000), primary_key=True)
    listing: Mapped[str] = mapped_column(String(500))
    page: Mapped[int] = mapped_column(Integer)
    next_url: Mapped[str | None] = mapped_column(String(1000))
    floor_reached: Mapped[bool]
    article_urls: Mapped[list[Any]] = mapped_column(default=list)
    fetched_at: Mapped[datetime]


class DeadLink(Base):
    """An article link the site answered 404 or 410 for. A routine crawl does not fetch it
    again until its back-off has passed (a day, doubling with every failure, at most a
    month), so a listing that keeps linking a deleted article costs nothing."""

    __tablename__ = "dead_links"

    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"), primary_key=True)
    url: Mapped[str] = mapped_column(String(1000), primary_key=True)
    status: Mapped[int] = mapped_column(Integer)
    failures: Mapped[int] = mapped_column(Integer)
    first_seen_at: Mapped[datetime]
    retry_after: Mapped[datetime]


class SiteJob(Base):
    """A site job handed to the Celery workers (``newsarchive enqueue``) and how it stands:
    ``queued``, ``running``, ``waiting`` (the site's lock is held elsewhere: retried later),
    ``finished`` or ``failed``. Run rows cannot say this: a queued job, or one waiting for a
    lock, has no run yet, and a job whose worker was killed is redelivered to another one
    (``attempts`` counts the deliveries). ``id`` is the Celery task id."""

    __tablename__ = "site_jobs"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    site_key: Mapped[str] = mapped_column(String(64), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    since: Mapped[str | None] = mapped_column(String(10))
    until: Mapped[str | None] = mapped_column(String(10))
    arguments: Mapped[dict[str, Any]] = mapped_column(default=dict)
    status: Mapped[str] = mapped_column(String(16), index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    worker: Mapped[str | None] = mapped_column(String(200))
    run_id: Mapped[int | None] = mapped_column(ForeignKey("crawl_runs.id"))
    detail: Mapped[str | None] = mapped_column(Text)
    enqueued_at: Mapped[datetime]
    started_at: Mapped[datetime | None]
    finished_at: Mapped[datetime | None]


class Capture(Base):
    """One fetch as captured in a WARC file: where its ``response`` (or ``revisit``)
    record lies, its payload digest and status. ``kind`` says what the page was to the
    crawl (article, listing, feed, sitemap, robots, page); ``url`` is the site's own
    address (a mirror's is in the WARC record). Rows are written only for complete
    records, in the transaction of the crawl's next batch."""

    __tablename__ = "captures"
    __table_args__ = (Index("ix_captures_url_fetched_at", "url", "fetched_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"))
    crawl_run_id: Mapped[int | None] = mapped_column(ForeignKey("crawl_runs.id"))
    url: Mapped[str] = mapped_column(String(1000))
    kind: Mapped[str] = mapped_column(String(16))
    status: Mapped[int] = mapped_column(Integer)
    fetched_at: Mapped[datetime]
    record_type: Mapped[str] = mapped_column(String(16))
    warc_file: Mapped[str] = mapped_column(String(300))
    warc_offset: Mapped[int] = mapped_column(BigInteger)
    warc_length: Mapped[int] = mapped_column(BigInteger)
    payload_digest: Mapped[str] = mapped_column(String(64))
    truncated: Mapped[bool] = mapped_column(default=False)


class ReextractJob(Base):
    """A re-extraction of one site's archived captures with one version of its rules over
    one window of fetch days (``newsarchive reextract``). Captures are examined in id
    order and each transaction of changes also moves ``last_capture_id`` and the running
    ``counts``, so a run killed at any point resumes after the last capture it stored,
    examining every capture once. ``status``: ``running`` (or killed), ``finished``."""

    __tablename__ = "reextract_jobs"
    __table_args__ = (
        Index("ix_reextract_jobs_site_key_rules_version", "site_key", "rules_version"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    site_key: Mapped[str] = mapped_column(String(64))
    rules_version: Mapped[str] = mapped_column(String(16))
    since: Mapped[str | None] = mapped_column(String(10))
    until: Mapped[str | None] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(16))
    last_capture_id: Mapped[int] = mapped_column(Integer, default=0)
    # {"examined": n, "changed": {"title": n, …}, "newly_rejected": n, "newly_accepted": n, …}
    counts: Mapped[dict[str, Any]] = mapped_column(default=dict)
    started_at: Mapped[datetime]
    finished_at: Mapped[datetime | None]
