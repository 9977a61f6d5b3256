"""``newsarchive health``: the operator's check, exit 1 when a site needs attention (cron
mails the output); ``newsarchive runs SITE``: what a site's recent runs met, URL by URL."""

from __future__ import annotations

import argparse
import json
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from crawler.cli.options import db_argument
from crawler.db.access import open_archive


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    health = commands.add_parser("health", help="per-site health; exit 1 if a site needs attention")
    health.add_argument("--json", action="store_true", help="machine-readable report")
    db_argument(health)
    health.set_defaults(handler=cmd_health)
    runs = commands.add_parser("runs", help="a site's recent runs and what failed in them")
    runs.add_argument("site", help="site key")
    runs.add_argument("--limit", type=int, default=10, help="runs to show (default 10)")
    db_argument(runs)
    runs.set_defaults(handler=cmd_runs)


def cmd_health(args: argparse.Namespace) -> int:
    from crawler.registry import site_spiders
    from crawler.reports.health import as_json, health, render

    intervals = {key: spider.crawl_interval for key, spider in site_spiders().items()}
    engine = open_archive(args.db)
    reports = health(engine, intervals=intervals)
    engine.dispose()
    if args.json:
        print(json.dumps(as_json(reports), ensure_ascii=False, indent=2))
    else:
        for line in render(reports):
            print(line)
    return 1 if any(r.needs_attention for r in reports) else 0


VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")


def cmd_runs(args: argparse.Namespace) -> int:
    from crawler.db.reports import recent_runs

    engine = open_archive(args.db)
    rows = recent_runs(engine, args.site, max(args.limit, 1))
    engine.dispose()
    if not rows:
        print(f"no runs of {args.site}")
        return 1
    for row in rows:
        for line in render_run(row):
            print(line)
    return 0


def render_run(row: Any) -> list[str]:
    """One run as text lines: outcome, times in Vietnam time, counts, then the error summary
    with the failing URLs it names."""
    started = _local(row.started_at)
    finished = _local(row.finished_at) if row.finished_at else "running"
    if finished[:10] == started[:10]:
        finished = finished[11:]  # same day: the time is enough
    lines = [
        f"run {row.id} ({row.mode}): {row.status}, {started} – {finished} (Asia/Ho_Chi_Minh)",
        f"  pages {row.pages_fetched}, new {row.articles_new}, updated {row.articles_updated},"
        f" unchanged {row.articles_unchanged}, rejected {row.articles_rejected},"
        f" errors {row.errors}",
    ]
    summary = dict(row.error_summary or {})
    failed_urls = summary.pop("failed_urls", {})
    for group, counts in sorted(summary.items()):
        listed = ", ".join(f"{name} ×{count}" for name, count in sorted(counts.items()))
        lines.append(f"  {group}: {listed}")
    for kind, failed in sorted(failed_urls.items()):
        shown = len(failed["urls"])
        more = f", first {shown} shown" if failed["count"] > shown else ""
        lines.append(f"  {kind} ({failed['count']}{more}):")
        lines.extend(f"    {url}" for url in failed["urls"])
    return lines


def _local(when: datetime) -> str:
    """Vietnam time to the second; the database hands SQLite's datetimes back naive (UTC)."""
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(VIETNAM).strftime("%Y-%m-%d %H:%M:%S")
