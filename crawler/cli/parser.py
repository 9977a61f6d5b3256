"""The ``newsarchive`` argument parser, assembled from the command groups.

The only module that knows every group; the groups know nothing of each other, and the
library knows nothing of the CLI.
"""

from __future__ import annotations

import argparse

import crawler.cli.analysis as analysis
import crawler.cli.archive as archive
import crawler.cli.captures as captures
import crawler.cli.crawling as crawling
import crawler.cli.extraction as extraction
import crawler.cli.jobs as jobs
import crawler.cli.monitoring as monitoring
from crawler import __version__

DESCRIPTION = """\
Provincial News Archive: crawl Vietnamese provincial news portals into a clean archive
(SQLite by default, PostgreSQL in production) and search, export and browse it."""
EPILOG = """\
examples:
  newsarchive demo                          crawl the bundled sample sites, show the archive
  newsarchive sites                         the registered sites
  newsarchive crawl cdchoabinh              a routine crawl of one site
  newsarchive crawl --due                   every site whose interval has passed (cron)
  newsarchive backfill cdchoabinh --since 2024-01-01
  newsarchive search "sốt xuất huyết" --since 2024-01-01
  newsarchive health                        exit 1 when a site needs attention

Dates are YYYY-MM-DD (days in Asia/Ho_Chi_Minh). `newsarchive COMMAND --help` for more."""
GROUPS = (crawling, monitoring, extraction, archive, captures, analysis, jobs)


def build_parser() -> argparse.ArgumentParser:
    """A parser whose every command carries its handler as ``args.handler``."""
    parser = argparse.ArgumentParser(
        prog="newsarchive",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--debug", action="store_true", help="show the full traceback of an error")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for group in GROUPS:
        group.register(commands)
    for name, command in commands.choices.items():
        # Every option's help ends with its default; examples keep their lines.
        command.formatter_class = HelpFormatter
        if name in EXAMPLES:
            command.epilog = "examples:\n" + EXAMPLES[name]
    return parser


class HelpFormatter(argparse.RawDescriptionHelpFormatter, argparse.ArgumentDefaultsHelpFormatter):
    """Defaults after each option's help, examples printed as written."""


EXAMPLES = {
    "crawl": """\
  newsarchive crawl cdchoabinh                 a routine crawl (feed, listings, new articles)
  newsarchive crawl --due                      every site whose interval has passed (cron)
  newsarchive crawl cdchoabinh --refresh       refetch archived articles to catch edits
  newsarchive crawl cdchoabinh -v              with Scrapy's INFO log on a terminal""",
    "backfill": """\
  newsarchive backfill cdchoabinh --since 2024-01-01
  newsarchive backfill cdchoabinh --since 2024-01-01 --until 2024-06-30 --max-pages 50""",
    "search": """\
  newsarchive search "sốt xuất huyết" --since 2024-01-01
  newsarchive search "suc khoe"                without diacritics: matches with or without
  newsarchive search 'dại OR "chó cắn" -mèo' --province "Hòa Bình" --json""",
    "export": """\
  newsarchive export "bệnh dại" --out rabies.csv
  newsarchive export --site cdchoabinh --out cdc.parquet --force""",
    "health": """\
  newsarchive health                           exit 1 when a site needs attention
  newsarchive health --json""",
    "runs": """\
  newsarchive runs cdchoabinh --limit 5""",
    "db": """\
  newsarchive db upgrade
  newsarchive db downgrade --revision -1 --yes""",
    "extract": """\
  newsarchive extract --site cdchoabinh --url https://cdchoabinh.vn/news/a-1.html page.html""",
}
