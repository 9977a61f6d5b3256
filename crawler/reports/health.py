"""``newsarchive health``: is every site still being archived, and archived cleanly?

Per site: the last successful run, articles dated in the last 7 and 30 days against the
site's usual weekly rate (dates and window as defined in :mod:`crawler.db.reports`, shared
with ``newsarchive stats``), the last run's fetch errors and rejection reasons, and the
share of the latest extractions that look broken (empty or very short text, no date,
widget text such as "Tổng số điểm của bài viết là" in the body, or the site's rules finding
no body). The latest extractions are the articles archived in the last ``CHECKED_DAYS``
days whatever their date: they show what the extractor does now. A site needs attention
when any of these crosses its threshold; the command then exits 1 so that cron mails the
operator.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Engine

from crawler.db.reports import (
    DATE_BASIS,
    MONTH_DAYS,
    RECENT_DAYS,
    USUAL_WEEKS,
    ArticleCounts,
    RunSummary,
    article_counts,
    latest_extractions,
    recent_since,
    run_summaries,
    sites,
)
from crawler.extract.article import RULES_MISSED
from crawler.extract.dates import VIETNAM
from crawler.extract.prune import COMMON_BOILERPLATE_PHRASES

STALE_AFTER = timedelta(hours=48)  # default when a site declares no crawl interval
CHECKED_DAYS = 30
CHECKED_SAMPLE = 200
SHORT_TEXT_CHARS = 300
BROKEN_SHARE = 0.2
# A sign needs this many articles before it is a problem: one undated notice among two
# recent articles is the site, not a broken extraction.
MIN_BROKEN = 3
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
    """One site's health; the field names are the JSON keys that monitoring reads."""

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
    failure: dict[str, int] = field(default_factory=dict)
    # Hosts whose certificate was invalid on the last run: ``host (expired, self-signed)``.
    invalid_certificates: list[str] = field(default_factory=list)
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
    engine: Engine,
    site_id: int,
    key: str,
    now: datetime,
    counts: ArticleCounts,
    run: RunSummary,
    stale_after: timedelta = STALE_AFTER,
) -> SiteReport:
    """One site's report from its counts, its runs and a sample of its latest extractions."""
    sample = latest_extractions(engine, site_id, recent_since(now, CHECKED_DAYS), CHECKED_SAMPLE)
    broken: dict[str, int] = {}
    for row in sample:
        for sign in _broken_signs(row.text or "", row.published_at, row.warnings):
            broken[sign] = broken.get(sign, 0) + 1
    report = SiteReport(
        site=key,
        last_success=(
            run.last_success.astimezone(VIETNAM).isoformat(timespec="seconds")
            if run.last_success
            else None
        ),
        last_status=run.last_status,
        articles_7d=counts.recent,
        articles_30d=counts.month,
        usual_per_week=round(counts.earlier / USUAL_WEEKS, 1),
        last_run_pages=run.last_pages,
        last_run_errors=run.last_errors,
        rejections=dict(run.last_error_summary.get("rejected", {})),
        recent_checked=len(sample),
        broken=broken,
        failure=dict(run.last_error_summary.get("failed", {})),
        invalid_certificates=_invalid_certificates(run.last_error_summary),
    )
    report.problems = _problems(report, run.last_success, now, stale_after)
    return report


def _invalid_certificates(summary: dict[str, Any]) -> list[str]:
    certificates = summary.get("tls", {}).get("certificates", [])
    return [
        f"{c['host']} ({', '.join(c['problems'])}; issuer {c['issuer']})"
        for c in certificates
        if c.get("problems")
    ]


def _problems(
    report: SiteReport, last_success: datetime | None, now: datetime, stale_after: timedelta
) -> list[str]:
    problems = []
    if last_success is None:
        problems.append("never crawled successfully")
    elif now - last_success > stale_after:
        problems.append(f"no successful crawl for {(now - last_success).days} days")
    if report.last_status == "failed":
        cause = next(iter(report.failure), "nothing could be fetched")
        problems.append(f"the last run failed: {cause}")
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
        problems.append(
            f"no articles dated in the last {RECENT_DAYS} days"
            f" (usually {report.usual_per_week}/week)"
        )
    for certificate in report.invalid_certificates:
        problems.append(f"invalid TLS certificate on the last run: {certificate}")
    for sign, number in sorted(report.broken.items()):
        if number >= MIN_BROKEN and number / report.recent_checked > BROKEN_SHARE:
            problems.append(f"{number} of {report.recent_checked} recent articles: {sign}")
    return problems


def health(
    engine: Engine, now: datetime | None = None, intervals: dict[str, timedelta] | None = None
) -> list[SiteReport]:
    """One report per site in the archive; ``intervals`` are the sites' crawl intervals."""
    now = now or datetime.now(UTC)
    intervals = intervals or {}
    counts, runs = article_counts(engine, now), run_summaries(engine)
    return [
        site_report(
            engine,
            site_id,
            key,
            now,
            counts.get(site_id, ArticleCounts()),
            runs.get(site_id, RunSummary()),
            max(STALE_AFTER, 2 * intervals.get(key, timedelta(0))),
        )
        for site_id, key in sites(engine)
    ]


def as_json(reports: list[SiteReport]) -> list[dict[str, Any]]:
    """The reports for ``--json``, each with its verdict spelled out."""
    return [{**asdict(r), "needs_attention": r.needs_attention} for r in reports]


def _counts(counts: dict[str, int]) -> str:
    """``{"no date": 2, "too short": 1}`` → ``no date ×2, too short ×1``."""
    return ", ".join(f"{name} ×{number}" for name, number in sorted(counts.items()))


def render(reports: list[SiteReport]) -> list[str]:
    """The text report, as lines: a verdict per site, its numbers, then its problems."""
    lines = []
    for report in reports:
        lines += [
            f"{report.site}: {'NEEDS ATTENTION' if report.needs_attention else 'ok'}",
            f"  last successful run {report.last_success or 'never'}"
            f" (last status {report.last_status or '-'})",
            f"  articles: {report.articles_7d} in {RECENT_DAYS} days,"
            f" {report.articles_30d} in {MONTH_DAYS} days"
            f" (usually {report.usual_per_week}/week; {DATE_BASIS})",
            f"  last run: {report.last_run_pages} pages, {report.last_run_errors} errors"
            + (f", rejected: {_counts(report.rejections)}" if report.rejections else ""),
        ]
        if report.broken:
            lines.append(f"  of {report.recent_checked} recent articles: {_counts(report.broken)}")
        lines += [f"  ! {problem}" for problem in report.problems]
    return lines
