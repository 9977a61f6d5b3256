"""How a crawl ended, from its Scrapy stats: the run row's status, counts and
``error_summary``. Pure, so the same record can be written at the end of the crawl or,
when the database is down then, from the spool at the next run (``run_spool``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# Scrapy's RETRY_HTTP_CODES: a request that ran out of retries on one of these ends as
# that HTTP error too, so ``retry/max_reached`` must not count it a second time.
RETRYABLE_STATUSES = frozenset(("500", "502", "503", "504", "522", "524", "408", "429"))
# Written by the archive component (crawler/components/archive.py): redirects Scrapy drops
# without a stat of its own, and the failing URLs, ``{kind: [url, ...]}`` (capped).
REDIRECT_STATS = "archive/redirect/"
FAILED_URLS_STAT = "archive/failed_urls"
FAILED_COUNTS_STAT = "archive/failed_count/"


@dataclass(frozen=True)
class Totals:
    """Articles stored by the crawl's batches, and those its failed batches lost."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    lost: int = 0


def run_fields(stats: dict[str, Any], reason: str, totals: Totals) -> dict[str, Any]:
    """The ``crawl_runs`` columns for a crawl that closed with ``reason``."""
    summary = run_error_summary(stats)
    http = summary.get("http", {})
    # Retries that ended in an HTTP error are already in ``http``; the rest ended in a
    # download error (timeouts, resets), counted here once.
    retried_http = sum(count for status, count in http.items() if status in RETRYABLE_STATUSES)
    errors = (
        max(0, stats.get("retry/max_reached", 0) - retried_http)
        + totals.lost
        + sum(summary.get("spider", {}).values())
        + sum(http.values())
        + sum(summary.get("redirects", {}).values())
        + stats.get("robotstxt/unavailable", 0)
    )
    status = "finished" if reason == "finished" else "interrupted"
    if errors and status == "finished":
        status = "finished_with_errors"
    if totals.lost:
        # Fetched articles were lost to the database: the next run must look further than
        # its incremental stop to find them again.
        status = "incomplete"
    cause = failure_cause(stats, summary) if reason == "finished" else None
    if cause:
        # Nothing the site served could be read (DNS, refused, timeouts, errors on every
        # page): a dead site must never look like a quiet one.
        status = "failed"
        summary["failed"] = {cause: 1}
    return {
        "status": status,
        "finish_reason": reason,
        "pages_fetched": stats.get("response_received_count", 0),
        "articles_new": totals.new,
        "articles_updated": totals.updated,
        "articles_unchanged": totals.unchanged,
        "articles_rejected": stats.get("archive/rejected", 0),
        "errors": errors,
        "error_summary": summary,
    }


def failure_cause(stats: dict[str, Any], summary: dict[str, dict[str, Any]]) -> str | None:
    """Why a crawl that ran to its end got nothing from the site, or ``None`` if it got
    at least one good (2xx) response."""
    prefix = "downloader/response_status_count/"
    good = sum(v for k, v in stats.items() if k.startswith(prefix) and k[len(prefix)] == "2")
    if good:
        return None
    errors = {
        **summary.get("downloader", {}),
        **{f"HTTP {k}": v for k, v in summary.get("http", {}).items()},
    }
    if stats.get("robotstxt/unavailable"):
        errors["robots.txt unavailable"] = int(stats["robotstxt/unavailable"])
    for kind, count in summary.get("redirects", {}).items():
        # A site that moved away answers every page with a redirect that is never followed.
        errors[f"redirect {kind.replace('_', ' ')}"] = count
    if not errors:
        return "no page fetched"
    listed = ", ".join(f"{name} ×{count}" for name, count in sorted(errors.items()))
    return f"no page fetched: {listed}"


def run_error_summary(stats: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Group the crawl stats that describe failures, for the run row; ``failed_urls`` names
    the first failing URLs of each kind with the kind's full count."""
    groups = {
        "rejected": "archive/rejected/",
        "downloader": "downloader/exception_type_count/",
        "spider": "spider_exceptions/",
        "http": "httperror/response_ignored_status_count/",
    }
    summary: dict[str, dict[str, Any]] = {}
    gone = {
        key.rsplit("/", 1)[-1]: int(value)
        for key, value in stats.items()
        if key.startswith("archive/gone/")
    }
    for group, prefix in groups.items():
        for key, value in stats.items():
            if not key.startswith(prefix):
                continue
            name = key[len(prefix) :]
            summary.setdefault(group, {})[name.rsplit(".", 1)[-1]] = int(value)
    if gone:
        # A deleted article still linked by its listing is the site's, not a fetch error.
        summary["gone"] = gone
        http = summary.get("http", {})
        for status, count in gone.items():
            if status in http:
                http[status] -= count
                if http[status] <= 0:
                    del http[status]
        if "http" in summary and not http:
            del summary["http"]
    if stats.get("archive/suspect_shrink"):
        summary["suspect"] = {"shrunk_below_half": int(stats["archive/suspect_shrink"])}
    if stats.get("robotstxt/unavailable"):
        summary["robots"] = {"unavailable": int(stats["robotstxt/unavailable"])}
    if stats.get("retry/max_reached"):
        summary["retries_exhausted"] = {"requests": int(stats["retry/max_reached"])}
    if stats.get("archive/write_failed"):
        summary["archive"] = {"write_failed": int(stats["archive/write_failed"])}
    redirects = {
        key[len(REDIRECT_STATS) :]: int(value)
        for key, value in stats.items()
        if key.startswith(REDIRECT_STATS) and value
    }
    if redirects:
        summary["redirects"] = redirects
    if stats.get("offsite/filtered"):
        # Scrapy's own count: offsite links and redirects alike (the latter are above).
        summary["offsite"] = {"filtered": int(stats["offsite/filtered"])}
    certificates = stats.get("archive/tls") or []
    if certificates:
        # Every certificate the crawl fetched with, by host; not errors (the pages were
        # fetched), but an invalid one is flagged by ``health``.
        summary["tls"] = {
            "invalid_fetches": int(stats.get("archive/tls_invalid", 0)),
            "certificates": [dict(c) for c in certificates],
        }
    failed = {
        kind: {"count": int(stats.get(FAILED_COUNTS_STAT + kind, len(urls))), "urls": list(urls)}
        for kind, urls in (stats.get(FAILED_URLS_STAT) or {}).items()
        if urls
    }
    if failed:
        summary["failed_urls"] = failed
    return summary
