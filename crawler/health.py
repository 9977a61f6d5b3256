"""``newsarchive health``: is every site still being archived, and archived cleanly?

Per site: the last successful run, articles archived in the last 7 and 30 days against the
site's usual weekly rate, the last run's fetch errors and rejection reasons, and the share
of recent articles that look broken (empty or very short text, no date, widget text such as
"Tổng số điểm của bài viết là" in the body, or the site's rules finding no body). A site
needs attention when any of these crosses its threshold; the command then exits 1 so that
cron mails the operator.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Engine

from crawler.db.models import SUCCESSFUL_RUN_STATUSES, Article, CrawlRun, Site
from crawler.extract.article import RULES_MISSED
from crawler.extract.prune import COMMON_BOILERPLATE_PHRASES

STALE_AFTER = timedelta(hours=48)  # default when a site declares no crawl interval
RECENT = timedelta(days=30)
RECENT_SAMPLE = 200
SHORT_TEXT_CHARS = 300
BROKEN_SHARE = 0.2
ERROR_SHARE = 0.2
LEAK_PHRASES = (
    *COMMON_BOILERPLATE_PHRASES,
    "Tin liên quan",
    "Bài viết khác",
    "PublishingPortal - ",
    "Đang truy cập",
    "Lượt truy cập",
)


@dataclass
class SiteReport:
    site: str
    last_success: str | None
    last_status: str | None
    articles_7d: int
    articles_30d: int
    usual_per_week: float
    last_run_pages: int
    last_run_errors: int
    rejections: dict[str, int]
    recent_checked: int
    broken: dict[str, int]
    problems: list[str] = field(default_factory=list)

    @property
    def needs_attention(self) -> bool:
        return bool(self.problems)


def _broken_signs(text: str, published: datetime | None, warnings: list[Any]) -> list[str]:
    signs = []
    if len(text.strip()) < SHORT_TEXT_CHARS:
        signs.append("empty or very short text")
    if published is None:
        signs.append("no date")
    if any(phrase in text for phrase in LEAK_PHRASES):
        signs.append("boilerplate in text")
    if any("no body" in str(w) for w in warnings or []):
        signs.append("rules found no body")
    if any(str(w).startswith(RULES_MISSED) for w in warnings or []):
        signs.append("site rules did not match")
    if any(str(w).startswith("needs review") for w in warnings or []):
        signs.append("encoding needs review")
    return signs


def site_report(
    engine: Engine, site_id: int, key: str, now: datetime, stale_after: timedelta = STALE_AFTER
) -> SiteReport:
    when = sa.func.coalesce(Article.published_at, Article.first_seen_at)
    with engine.connect() as connection:
        last_success = connection.scalar(
            sa.select(sa.func.max(CrawlRun.finished_at)).where(
                CrawlRun.site_id == site_id, CrawlRun.status.in_(SUCCESSFUL_RUN_STATUSES)
            )
        )
        last_run = connection.execute(
            sa.select(CrawlRun)
            .where(CrawlRun.site_id == site_id)
            .order_by(CrawlRun.id.desc())
            .limit(1)
        ).first()

        def count(since: timedelta, until: timedelta = timedelta(0)) -> int:
            return (
                connection.scalar(
                    sa.select(sa.func.count())
                    .select_from(Article)
                    .where(
                        Article.site_id == site_id,
                        Article.first_seen_at >= now - since,
                        Article.first_seen_at < now - until,
                    )
                )
                or 0
            )

        d7, d30 = count(timedelta(days=7)), count(timedelta(days=30))
        usual = count(timedelta(days=63), timedelta(days=7)) / 8
        recent = connection.execute(
            sa.select(Article.text, Article.published_at, Article.warnings)
            .where(Article.site_id == site_id, Article.first_seen_at >= now - RECENT)
            .order_by(when.desc())
            .limit(RECENT_SAMPLE)
        ).all()
    broken: dict[str, int] = {}
    for row in recent:
        for sign in _broken_signs(row.text or "", row.published_at, row.warnings):
            broken[sign] = broken.get(sign, 0) + 1
    summary = (last_run.error_summary or {}) if last_run else {}
    report = SiteReport(
        site=key,
        last_success=last_success.isoformat() if last_success else None,
        last_status=last_run.status if last_run else None,
        articles_7d=d7,
        articles_30d=d30,
        usual_per_week=round(usual, 1),
        last_run_pages=last_run.pages_fetched if last_run else 0,
        last_run_errors=last_run.errors if last_run else 0,
        rejections=dict(summary.get("rejected", {})),
        recent_checked=len(recent),
        broken=broken,
    )
    report.problems = _problems(report, last_success, now, stale_after)
    return report


def _problems(
    report: SiteReport, last_success: datetime | None, now: datetime, stale_after: timedelta
) -> list[str]:
    problems = []
    if last_success is None:
        problems.append("never crawled successfully")
    elif now - last_success > stale_after:
        problems.append(f"no successful crawl for {(now - last_success).days} days")
    if report.last_status == "interrupted":
        problems.append("the last run was interrupted")
    if report.last_status == "incomplete":
        problems.append("the last run could not store every article (database errors)")
    if report.last_run_pages and report.last_run_errors / report.last_run_pages > ERROR_SHARE:
        problems.append(
            f"{report.last_run_errors} fetch errors in "
            f"{report.last_run_pages} pages on the last run"
        )
    if report.usual_per_week >= 3 and report.articles_7d == 0:
        problems.append(f"no new articles in 7 days (usually {report.usual_per_week}/week)")
    for sign, number in sorted(report.broken.items()):
        if report.recent_checked and number / report.recent_checked > BROKEN_SHARE:
            problems.append(f"{number} of {report.recent_checked} recent articles: {sign}")
    return problems


def health(
    engine: Engine, now: datetime | None = None, intervals: dict[str, timedelta] | None = None
) -> list[SiteReport]:
    """One report per site in the archive; ``intervals`` are the sites' crawl intervals."""
    now = now or datetime.now(UTC)
    intervals = intervals or {}
    with engine.connect() as connection:
        sites = connection.execute(sa.select(Site.id, Site.key).order_by(Site.key)).all()
    return [
        site_report(
            engine,
            site.id,
            site.key,
            now,
            max(STALE_AFTER, 2 * intervals.get(site.key, timedelta(0))),
        )
        for site in sites
    ]


def as_json(reports: list[SiteReport]) -> list[dict[str, Any]]:
    return [{**asdict(r), "needs_attention": r.needs_attention} for r in reports]
