"""``newsarchive stats``: articles per site per month, crawl health per site, and a chart.

The counts come from :mod:`crawler.db.reports`, which also defines the date an article
counts by and the "recent" window shared with ``newsarchive health``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine

from crawler.db.reports import (
    DATE_BASIS,
    MONTH_DAYS,
    RECENT_DAYS,
    UNDATED,
    ArticleCounts,
    RunSummary,
    article_counts,
    run_summaries,
    sites,
)
from crawler.extract.dates import VIETNAM
from crawler.files import atomic_target


@dataclass
class SiteHealth:
    """One row of the crawl-health table; article counts are by the shared article date."""

    site: str
    last_success: datetime | None
    last_status: str | None
    articles_7d: int
    articles_30d: int
    total: int


def crawl_health(engine: Engine, now: datetime | None = None) -> list[SiteHealth]:
    """Every site in the archive, by key: its last successful run, last status and counts."""
    now = now or datetime.now(UTC)
    counts, runs = article_counts(engine, now), run_summaries(engine)
    rows = []
    for site_id, key in sites(engine):
        run, articles = runs.get(site_id, RunSummary()), counts.get(site_id, ArticleCounts())
        rows.append(
            SiteHealth(
                key,
                run.last_success,
                run.last_status,
                articles.recent,
                articles.month,
                articles.total,
            )
        )
    return rows


def render(table: dict[str, dict[str, int]], health: list[SiteHealth]) -> list[str]:
    """The two tables ``newsarchive stats`` prints, as lines."""
    months = sorted({m for counts in table.values() for m in counts})
    width = max([len(s) for s in table] + [4])
    lines = [
        "Articles per site per month (publication month, Vietnam time)",
        f"{'site':<{width}}  " + "  ".join(f"{m:>7}" for m in months) + "    total",
    ]
    for site in sorted(table):
        counts = [table[site].get(m, 0) for m in months]
        lines.append(
            f"{site:<{width}}  " + "  ".join(f"{n:>7}" for n in counts) + f"  {sum(counts):>7}"
        )
    recent, month = f"{RECENT_DAYS} days", f"{MONTH_DAYS} days"
    lines += [
        "",
        f"Crawl health (articles {DATE_BASIS})",
        f"{'site':<{width}}  {'last successful run':<25}  {'last status':<20}  "
        f"{recent:>6}  {month:>7}  {'total':>7}",
    ]
    for row in health:
        when = (
            row.last_success.astimezone(VIETNAM).strftime("%Y-%m-%d %H:%M")
            if row.last_success
            else "never"
        )
        lines.append(
            f"{row.site:<{width}}  {when:<25}  {row.last_status or '-':<20}  "
            f"{row.articles_7d:>6}  {row.articles_30d:>7}  {row.total:>7}"
        )
    return lines


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
    # Written under a temporary name and renamed when complete: a killed run never
    # leaves a half-written chart (nor destroys the previous one).
    with atomic_target(out) as partial:
        figure.savefig(partial, format=out.suffix.lstrip(".") or "png")
    plt.close(figure)
