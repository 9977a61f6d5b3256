"""``newsarchive health``: the operator's check, exit 1 when a site needs attention (cron
mails the output)."""

from __future__ import annotations

import argparse
import json

from crawler.cli.options import db_argument
from crawler.db.access import open_archive


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    health = commands.add_parser("health", help="per-site health; exit 1 if a site needs attention")
    health.add_argument("--json", action="store_true", help="machine-readable report")
    db_argument(health)
    health.set_defaults(handler=cmd_health)


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
