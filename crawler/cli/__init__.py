"""``newsarchive``: the project's command line. Thin: parse arguments, call the library.

``parser.py`` builds the parser from one module per command group (``crawling``,
``monitoring``, ``extraction``, ``archive``, ``analysis``); each registers its commands and
binds a handler that takes the parsed arguments and returns the exit code. ``main(argv)``
returns that code rather than exiting, so tests call it directly.

One error path for every command: a mistake in the arguments is one line on stderr and
exit 2; an archive or database that cannot be used, exit 1 with one line naming it and
what to do; a traceback only with ``--debug``.
"""

from __future__ import annotations

import os
import signal
import sys

from sqlalchemy.exc import SQLAlchemyError

from crawler.cli.parser import build_parser
from crawler.db.access import ArchiveError, describe, first_line
from crawler.search.query import QueryError

# Before anything reads Scrapy's settings: the console script works from any folder.
os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "crawler.settings")


def main(argv: list[str] | None = None) -> int:
    """Run one ``newsarchive`` command and return its exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 0
    try:
        return args.handler(args)
    except BrokenPipeError:
        # `newsarchive search … | head`: the reader has gone; nothing more to say.
        _silence_stdout()
        return 0
    except Exception as exc:
        if args.debug:
            raise
        code, message = _explain(exc, args)
        if code is None:
            raise
        print(f"newsarchive {args.command}: {message}", file=sys.stderr)
        return code


def _explain(exc: Exception, args: object) -> tuple[int | None, str]:
    """Exit code and one line for an expected failure; (None, "") for a bug."""
    if isinstance(exc, ArchiveError):
        return 1, str(exc)
    if isinstance(exc, SQLAlchemyError):
        where = describe(str(getattr(args, "db", None) or "the archive"))
        first = first_line(exc)
        hint = " (run `newsarchive db upgrade`)" if "no such table" in first.lower() else ""
        return 1, f"database error on {where}: {first}{hint}"
    if isinstance(exc, KeyError):
        return 2, str(exc.args[0] if exc.args else exc)
    if isinstance(exc, (ValueError, QueryError)):
        return 2, str(exc)
    if isinstance(exc, RecursionError):
        return 2, "the query is nested too deeply"
    if isinstance(exc, OSError):
        return 1, str(exc)
    return None, ""


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
