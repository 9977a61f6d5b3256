"""``newsarchive``: the project's command line. Thin: parse arguments, call the library.

``parser.py`` builds the parser from one module per command group (``crawling``,
``monitoring``, ``extraction``, ``archive``, ``analysis``); each registers its commands and
binds a handler that takes the parsed arguments and returns the exit code. ``main(argv)``
returns that code rather than exiting, so tests call it directly.
"""

from __future__ import annotations

import os
import sys

from crawler.cli.parser import build_parser
from crawler.search.query import QueryError

# Before anything reads Scrapy's settings: the console script works from any folder.
os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "crawler.settings")


def main(argv: list[str] | None = None) -> int:
    """Run one ``newsarchive`` command; a user's mistake is one line on stderr, exit 2."""
    args = build_parser().parse_args(argv)
    try:
        return args.handler(args)
    except (KeyError, ValueError, OSError, QueryError) as exc:
        message = exc.args[0] if isinstance(exc, KeyError) and exc.args else exc
        print(f"newsarchive {args.command}: {message}", file=sys.stderr)
        return 2
