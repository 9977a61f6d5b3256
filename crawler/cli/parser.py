"""The ``newsarchive`` argument parser, assembled from the command groups.

The only module that knows every group; the groups know nothing of each other, and the
library knows nothing of the CLI.
"""

from __future__ import annotations

import argparse

from crawler.cli import analysis, archive, crawling, extraction, monitoring

DESCRIPTION = (
    "``newsarchive``: the project's command line. Thin: parse arguments, call the library."
)
GROUPS = (crawling, monitoring, extraction, archive, analysis)


def build_parser() -> argparse.ArgumentParser:
    """A parser whose every command carries its handler as ``args.handler``."""
    parser = argparse.ArgumentParser(prog="newsarchive", description=DESCRIPTION)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for group in GROUPS:
        group.register(commands)
    return parser
