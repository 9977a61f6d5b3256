"""Options shared by several commands, so that they read the same everywhere."""

from __future__ import annotations

import argparse


def db_argument(parser: argparse.ArgumentParser) -> None:
    """``--db``, for commands that open the archive."""
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        default=None,
        help="archive database (default: $DATABASE_URL, else archive.db)",
    )


def filter_arguments(parser: argparse.ArgumentParser) -> None:
    """The article filters of ``search`` and ``export``."""
    parser.add_argument("--site", help="site key")
    parser.add_argument("--province", help="province, pre- or post-2025 name")
    parser.add_argument("--since", help="published on or after (YYYY-MM-DD)")
    parser.add_argument("--until", help="published on or before (YYYY-MM-DD)")
    parser.add_argument("--section")
    parser.add_argument("--author", help="exact author name")
