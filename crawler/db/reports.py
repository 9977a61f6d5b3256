"""The queries behind ``newsarchive health`` and ``newsarchive stats``.

Both reports count articles the same way, defined once here: an article is dated by its
publication time, or by the time it was first archived when the page shows no date
(:func:`article_date`), and "recent" means dated within the last ``RECENT_DAYS`` days
(:func:`recent_since`). Publication time, not archive time, because a backfill or a
re-crawl archives old articles in bulk: counted by archive time they would look like a
burst of new publishing, and a site whose dates stopped parsing would look healthy. What
the numbers mean (thresholds, wording) is decided in :mod:`crawler.reports`.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Engine

from crawler.db.models import SUCCESSFUL_RUN_STATUSES, Article, CrawlRun, Site

RECENT_DAYS = 7
MONTH_DAYS = 30
# Weeks before the recent window that give a site's usual weekly rate.
USUAL_WEEKS = 8
# How report output names the date counted by.
DATE_BASIS = "by publication date, undated ones by first-archived date"
UNDATED = "undated"


def recent_since(now: datetime, days: int = RECENT_DAYS) -> datetime:
    """The start of the window of the last ``days`` days ending at ``now``."""
    return now - timedelta(days=days)


def article_date() -> sa.ColumnElement[datetime]:
    """The date every report counts an article by (see the module docstring)."""
    return sa.func.coalesce(Article.published_at, Article.first_seen_at)


@dataclass(frozen=True)
class ArticleCounts:
    """A site's articles by :func:`article_date`."""

    recent: int = 0  # dated within the last RECENT_DAYS days
    month: int = 0  # within the last MONTH_DAYS days
    earlier: int = 0  # in the USUAL_WEEKS weeks before the recent window
    total: int = 0


@dataclass(frozen=True)
class RunSummary:
    """A site's last successful run and its last run of any outcome."""

    last_success: datetime | None = None
    last_status: str | None = None
    last_pages: int = 0
    last_errors: int = 0
    last_error_summary: dict[str, Any] = field(default_factory=dict)


def sites(engine: Engine) -> list[tuple[int, str]]:
    """``(id, key)`` of every site in the archive, by key."""
    with engine.connect() as connection:
        return [
            (row.id, row.key)
            for row in connection.execute(sa.select(Site.id, Site.key).order_by(Site.key))
        ]


def article_counts(engine: Engine, now: datetime) -> dict[int, ArticleCounts]:
    """Per site id: recent, 30-day, earlier-weeks and total article counts."""
    when = article_date()
    recent = recent_since(now)
    usual_start = recent_since(recent, 7 * USUAL_WEEKS)

    def counted(condition: sa.ColumnElement[bool]) -> sa.ColumnElement[Any]:
        return sa.func.sum(sa.case((condition, 1), else_=0))

    query = sa.select(
        Article.site_id,
        counted(when >= recent).label("recent"),
        counted(when >= recent_since(now, MONTH_DAYS)).label("month"),
        counted(sa.and_(when >= usual_start, when < recent)).label("earlier"),
        sa.func.count().label("total"),
    ).group_by(Article.site_id)
    with engine.connect() as connection:
        return {
            row.site_id: ArticleCounts(
                int(row.recent or 0), int(row.month or 0), int(row.earlier or 0), int(row.total)
            )
            for row in connection.execute(query)
        }


def run_summaries(engine: Engine) -> dict[int, RunSummary]:
    """Per site id: the end of the last successful run and the last run's outcome."""
    success = (
        sa.select(CrawlRun.site_id, sa.func.max(CrawlRun.finished_at).label("at"))
        .where(CrawlRun.status.in_(SUCCESSFUL_RUN_STATUSES))
        .group_by(CrawlRun.site_id)
        .subquery()
    )
    latest = (
        sa.select(CrawlRun.site_id, sa.func.max(CrawlRun.id).label("run_id"))
        .group_by(CrawlRun.site_id)
        .subquery()
    )
    query = (
        sa.select(
            latest.c.site_id,
            success.c.at,
            CrawlRun.status,
            CrawlRun.pages_fetched,
            CrawlRun.errors,
            CrawlRun.error_summary,
        )
        .join(CrawlRun, CrawlRun.id == latest.c.run_id)
        .outerjoin(success, success.c.site_id == latest.c.site_id)
    )
    with engine.connect() as connection:
        return {
            row.site_id: RunSummary(
                row.at, row.status, row.pages_fetched, row.errors, row.error_summary or {}
            )
            for row in connection.execute(query)
        }


def latest_extractions(
    engine: Engine, site_id: int, archived_since: datetime, limit: int
) -> list[sa.Row[Any]]:
    """Text, publication time and warnings of a site's newest articles archived since
    ``archived_since``: what the extractor produced lately, dated or not, old or new."""
    with engine.connect() as connection:
        return list(
            connection.execute(
                sa.select(Article.text, Article.published_at, Article.warnings)
                .where(Article.site_id == site_id, Article.first_seen_at >= archived_since)
                .order_by(article_date().desc())
                .limit(limit)
            ).all()
        )


def _month(engine: Engine) -> sa.ColumnElement[str]:
    """Publication month in Vietnam time; ``undated`` for articles without a date."""
    when = Article.published_at
    if engine.dialect.name == "postgresql":
        month = sa.func.to_char(sa.func.timezone("Asia/Ho_Chi_Minh", when), "YYYY-MM")
    else:
        month = sa.func.strftime("%Y-%m", when, "+7 hours")
    return sa.func.coalesce(month, UNDATED)


def per_site_month(engine: Engine, since: datetime | None = None) -> dict[str, dict[str, int]]:
    """``{site: {"YYYY-MM": articles}}``, optionally only articles dated from ``since``."""
    month = _month(engine).label("month")
    query = (
        sa.select(Site.key, month, sa.func.count().label("n"))
        .join(Article, Article.site_id == Site.id)
        .group_by(Site.key, month)
    )
    if since:
        query = query.where(article_date() >= since)
    table: dict[str, dict[str, int]] = defaultdict(dict)
    with engine.connect() as connection:
        for row in connection.execute(query):
            table[row.key][row.month] = row.n
    return dict(table)


def recent_runs(engine: Engine, site: str, limit: int = 10) -> list[sa.Row[Any]]:
    """A site's last ``limit`` runs, newest first, with their counts and error summaries
    (``newsarchive runs``): what an operator reads when a site's health turns red."""
    query = (
        sa.select(
            CrawlRun.id,
            CrawlRun.mode,
            CrawlRun.status,
            CrawlRun.started_at,
            CrawlRun.finished_at,
            CrawlRun.pages_fetched,
            CrawlRun.articles_new,
            CrawlRun.articles_updated,
            CrawlRun.articles_unchanged,
            CrawlRun.articles_rejected,
            CrawlRun.errors,
            CrawlRun.error_summary,
        )
        .join(Site, Site.id == CrawlRun.site_id)
        .where(Site.key == site)
        .order_by(CrawlRun.id.desc())
        .limit(limit)
    )
    with engine.connect() as connection:
        return list(connection.execute(query).all())
