"""Archive statistics: articles per site per month, crawl health per site, and a chart."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import Engine
from sqlalchemy.orm import aliased

from crawler.db.models import SUCCESSFUL_RUN_STATUSES, Article, CrawlRun, Site

UNDATED = "undated"


def _month(engine: Engine) -> sa.ColumnElement[str]:
    """Publication month in Vietnam time; ``undated`` for articles without a date."""
    when = Article.published_at
    if engine.dialect.name == "postgresql":
        month = sa.func.to_char(sa.func.timezone("Asia/Ho_Chi_Minh", when), "YYYY-MM")
    else:
        month = sa.func.strftime("%Y-%m", when, "+7 hours")
    return sa.func.coalesce(month, UNDATED)


def per_site_month(engine: Engine, since: datetime | None = None) -> dict[str, dict[str, int]]:
    """``{site: {"YYYY-MM": articles}}``."""
    month = _month(engine).label("month")
    query = (
        sa.select(Site.key, month, sa.func.count().label("n"))
        .join(Article, Article.site_id == Site.id)
        .group_by(Site.key, month)
    )
    if since:
        query = query.where(sa.func.coalesce(Article.published_at, Article.first_seen_at) >= since)
    table: dict[str, dict[str, int]] = defaultdict(dict)
    with engine.connect() as connection:
        for row in connection.execute(query):
            table[row.key][row.month] = row.n
    return dict(table)


@dataclass
class SiteHealth:
    site: str
    last_success: datetime | None
    last_status: str | None
    articles_7d: int
    articles_30d: int
    total: int


def crawl_health(engine: Engine, now: datetime | None = None) -> list[SiteHealth]:
    now = now or datetime.now(UTC)
    when = sa.func.coalesce(Article.published_at, Article.first_seen_at)
    recent = (
        sa.select(
            Article.site_id,
            sa.func.sum(sa.case((when >= now - timedelta(days=7), 1), else_=0)).label("d7"),
            sa.func.sum(sa.case((when >= now - timedelta(days=30), 1), else_=0)).label("d30"),
            sa.func.count().label("total"),
        )
        .group_by(Article.site_id)
        .subquery()
    )
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
    last_run = aliased(CrawlRun)
    query = (
        sa.select(
            Site.key, success.c.at, last_run.status, recent.c.d7, recent.c.d30, recent.c.total
        )
        .outerjoin(recent, recent.c.site_id == Site.id)
        .outerjoin(success, success.c.site_id == Site.id)
        .outerjoin(latest, latest.c.site_id == Site.id)
        .outerjoin(last_run, last_run.id == latest.c.run_id)
        .order_by(Site.key)
    )
    with engine.connect() as connection:
        return [
            SiteHealth(r.key, r.at, r.status, int(r.d7 or 0), int(r.d30 or 0), int(r.total or 0))
            for r in connection.execute(query)
        ]


def month_range(months: set[str]) -> list[str]:
    """Every month from the first to the last of ``months`` ("YYYY-MM"), gaps included."""
    if not months:
        return []
    first, last = min(months), max(months)
    year, month = int(first[:4]), int(first[5:])
    found = []
    while f"{year:04d}-{month:02d}" <= last:
        found.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return found


def plot(table: dict[str, dict[str, int]], out: Path) -> None:
    """A line chart: months on the x axis, one series per site."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator

    months = month_range({m for counts in table.values() for m in counts} - {UNDATED})
    figure, axis = plt.subplots(figsize=(max(8, len(months) * 0.5), 5), dpi=120)
    for site in sorted(table):
        axis.plot(months, [table[site].get(m, 0) for m in months], marker="o", label=site)
    axis.set_title("Articles archived per site per month")
    axis.set_xlabel("Month (publication, Asia/Ho_Chi_Minh)")
    axis.set_ylabel("Articles")
    axis.yaxis.set_major_locator(MaxNLocator(integer=True))
    axis.grid(True, alpha=0.3)
    axis.legend(loc="upper left", fontsize="small")
    plt.setp(axis.get_xticklabels(), rotation=45, ha="right")
    figure.tight_layout()
    figure.savefig(out)
    plt.close(figure)
