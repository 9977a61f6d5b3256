"""Commands on the WARC captures: ``capture`` (a stored response, as served) and
``reextract`` (the current rules applied to the captured pages, offline)."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path

from crawler.cli.options import db_argument

EXAMPLES = {
    "capture": """\
  newsarchive capture https://cdchoabinh.vn/news/hoat-dong/a-1201.html
  newsarchive capture URL --at 2024-07-01 --decoded --body-only > page.html
  newsarchive capture URL --headers-only""",
    "reextract": """\
  newsarchive reextract --site cdchoabinh --dry-run --diff   what the current rules would change
  newsarchive reextract --site cdchoabinh                    store it (resumable after a kill)
  newsarchive reextract --since 2024-01-01 --until 2024-06-30""",
}


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    capture = commands.add_parser(
        "capture",
        help="print an archived page's HTTP response as it was served",
        description="Print the stored HTTP response of an archived page: the status line,\n"
        "the headers and the body exactly as the site served it (still compressed unless\n"
        "--decoded), read from the archive's WARC files.",
        epilog="examples:\n" + EXAMPLES["capture"],
    )
    capture.add_argument("url", metavar="URL", help="the page's address on the site")
    capture.add_argument(
        "--at",
        metavar="TIME",
        help="the newest capture at or before TIME (YYYY-MM-DD: the end of that day in "
        "Vietnam, or an ISO 8601 time; without an offset, Vietnam's)",
    )
    shown = capture.add_mutually_exclusive_group()
    shown.add_argument("--headers-only", action="store_true", help="the status line and headers")
    shown.add_argument("--body-only", action="store_true", help="the body only")
    capture.add_argument(
        "--decoded", action="store_true", help="undo the body's Content-Encoding (gzip, br, …)"
    )
    warc_argument(capture)
    db_argument(capture)
    capture.set_defaults(handler=cmd_capture)

    reextract = commands.add_parser(
        "reextract",
        help="apply the current rules to the captured article pages (nothing is fetched)",
        description="Read the archived article pages back from the WARC files and extract them\n"
        "with each site's current rules. Changed articles are rewritten and get a new\n"
        "version (origin reextract); pages once rejected that now extract become articles;\n"
        "nothing is fetched. Resumable: run the same command again after an interruption.",
        epilog="examples:\n" + EXAMPLES["reextract"],
    )
    reextract.add_argument("--site", help="one site (default: every site with captures)")
    reextract.add_argument("--since", help="captures fetched on or after this day (YYYY-MM-DD)")
    reextract.add_argument("--until", help="captures fetched on or before this day (YYYY-MM-DD)")
    reextract.add_argument(
        "--dry-run", action="store_true", help="report what would change; write nothing"
    )
    reextract.add_argument(
        "--diff", action="store_true", help="show each change (a unified diff of the text)"
    )
    reextract.add_argument(
        "--workers",
        type=int,
        default=None,
        help="extraction processes (default: one per usable core; 0: in this process)",
    )
    warc_argument(reextract)
    db_argument(reextract)
    reextract.set_defaults(handler=cmd_reextract)


def warc_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--warc-dir",
        metavar="DIR",
        help="the WARC folder (default: the crawls' ARCHIVE_WARC_DIR: warc/ beside a SQLite "
        "archive, else $XDG_DATA_HOME/newsarchive/warc)",
    )


def _warc_dir(args: argparse.Namespace) -> Path:
    from crawler.components.capture import warc_folder

    return warc_folder(args.warc_dir, args.db)


def parse_time(value: str) -> datetime:
    """``YYYY-MM-DD`` (the end of that day in Vietnam) or an ISO 8601 time."""
    from crawler.extract.dates import VIETNAM, day_bound

    if len(value) == 10:
        bound = day_bound(value, end=True)
        assert bound is not None
        return bound
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(
            f"--at {value!r}: give YYYY-MM-DD or an ISO 8601 time (2024-07-01T09:30+07:00)"
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=VIETNAM)


def cmd_capture(args: argparse.Namespace) -> int:
    from crawler.capture.stored import decoded_body
    from crawler.capture.warc import read_response
    from crawler.db.access import ArchiveError, describe, open_archive
    from crawler.db.captures import capture_at
    from crawler.urls import normalize_url

    at = parse_time(args.at) if args.at else None
    engine = open_archive(args.db)
    try:
        capture = capture_at(engine, args.url, at)
        if capture is None and normalize_url(args.url) != args.url:
            capture = capture_at(engine, normalize_url(args.url), at)
        where = describe(str(engine.url))
    finally:
        engine.dispose()
    if capture is None:
        when = f" at or before {at.isoformat()}" if at else ""
        raise ArchiveError(f"no capture of {args.url}{when} in {where}")
    path = _warc_dir(args) / capture.warc_file
    if not path.is_file():
        raise ArchiveError(
            f"the WARC file {path} holding this capture is missing (another --warc-dir?)"
        )
    response = read_response(path, capture.warc_offset)
    body = decoded_body(response) if args.decoded else response.body
    headers = response.headers
    if args.decoded:
        dropped = {"content-encoding", "content-length"}
        headers = [(k, v) for k, v in headers if k.lower() not in dropped]
        headers.append(("Content-Length", str(len(body))))
    if sys.stderr.isatty():
        print(
            f"{capture.url}: {capture.record_type} record fetched "
            f"{capture.fetched_at.isoformat()} ({capture.warc_file} at {capture.warc_offset})",
            file=sys.stderr,
        )
    out = b""
    if not args.body_only:
        lines = [f"HTTP/1.1 {response.status_line}", *(f"{k}: {v}" for k, v in headers), "", ""]
        out = "\r\n".join(lines).encode("latin-1", "replace")
    if not args.headers_only:
        out += body
    sys.stdout.flush()
    sys.stdout.buffer.write(out)
    sys.stdout.buffer.flush()
    return 0


def cmd_reextract(args: argparse.Namespace) -> int:
    from crawler.capture.reextract import Reextraction
    from crawler.db.access import open_archive
    from crawler.db.reextract import sites_with_captures
    from crawler.extract.dates import day_bound
    from crawler.registry import site_spiders

    since, until = day_bound(args.since), day_bound(args.until, end=True)
    if since and until and since > until:
        raise ValueError(f"--since {args.since} is after --until {args.until}")
    if args.workers is not None and args.workers < 0:
        raise ValueError("--workers must be 0 or more")
    known = site_spiders()
    if args.site and args.site not in known:
        raise KeyError(f"unknown site {args.site!r}; see `newsarchive sites`")
    engine = open_archive(args.db)
    try:
        keys = [args.site] if args.site else sites_with_captures(engine)
        for key in keys:
            if key not in known:
                print(f"{key}: not a registered site (no rules to apply); skipped")
        run = Reextraction(
            engine,
            _warc_dir(args),
            since=(args.since, since),
            until=(args.until, until),
            dry_run=args.dry_run,
            diff=args.diff,
            emit=print if args.diff else None,
            progress=sys.stderr.isatty(),
            workers=args.workers,
        )
        results = run.run({key: known[key].article_rules for key in keys if key in known})
    finally:
        engine.dispose()
    label = " (dry run: nothing written)" if args.dry_run else ""
    unreadable = 0
    for result in results:
        if result.skipped:
            print(f"{result.site}: {result.skipped}")
            continue
        if result.resumed_after:
            print(
                f"{result.site}: resumed an interrupted re-extraction "
                f"({result.resumed_after} pages examined before)"
            )
        for line in result.counts.lines(f"{result.site} rules {result.rules_version}{label}"):
            print(line)
        unreadable += result.counts.unreadable
    if not keys:
        print("no captured article pages in the archive")
    return 1 if unreadable else 0
