"""Commands of the Celery workers: ``worker``, ``enqueue`` and ``jobs``.

Celery is imported only when ``worker`` or ``enqueue`` runs: ``newsarchive crawl --due``
on one machine needs neither Celery nor a broker.
"""

from __future__ import annotations

import argparse
import json
import socket
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from crawler.cli.crawling import setting_pairs
from crawler.cli.options import db_argument
from crawler.db.access import open_archive

ICT = ZoneInfo("Asia/Ho_Chi_Minh")


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    worker = commands.add_parser("worker", help="run a Celery worker that crawls site jobs")
    worker.add_argument("--concurrency", type=int, default=2, help="site jobs run at once")
    queue_argument(worker)
    worker.add_argument(
        "--name", default=None, help="worker name (default: newsarchive@HOST, Celery's -n)"
    )
    worker.add_argument(
        "--lock-retry",
        type=float,
        default=None,
        metavar="SECONDS",
        help="wait before retrying a job whose site another crawler holds (default: 120)",
    )
    worker.add_argument(
        "--time-limit",
        type=float,
        default=None,
        metavar="SECONDS",
        help="stop a crawl after this long and continue it as a new delivery (default: 1500)",
    )
    worker.add_argument("--log-level", default="INFO", help="the worker's and crawls' log level")
    broker_argument(worker)
    db_argument(worker)
    worker.set_defaults(handler=cmd_worker)

    enqueue = commands.add_parser("enqueue", help="send site jobs to the workers")
    enqueue.add_argument("sites", nargs="*", metavar="SITE")
    enqueue.add_argument(
        "--due", action="store_true", help="a routine job for every site that is due"
    )
    enqueue.add_argument("--since", help="backfill from this day (YYYY-MM-DD), in slices")
    enqueue.add_argument("--until", help="backfill up to this day (default: today)")
    enqueue.add_argument(
        "--slice",
        choices=("month", "week", "whole"),
        default="month",
        help="a backfill job's window",
    )
    enqueue.add_argument("--max-pages", type=int, help="listing pages to walk per listing")
    enqueue.add_argument("--refresh", action="store_true", help="refetch archived articles")
    enqueue.add_argument("--mirror", metavar="URL", help="fetch from a loopback mirror")
    enqueue.add_argument(
        "-s",
        "--set",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="a Scrapy setting for these crawls",
    )
    queue_argument(enqueue)
    broker_argument(enqueue)
    db_argument(enqueue)
    enqueue.set_defaults(handler=cmd_enqueue)

    jobs = commands.add_parser("jobs", help="site jobs: queued, running, finished, failed")
    jobs.add_argument("--status", choices=("queued", "running", "waiting", "finished", "failed"))
    jobs.add_argument("--site", help="one site's jobs")
    jobs.add_argument("--limit", type=int, default=20, help="jobs listed, newest first")
    jobs.add_argument("--json", action="store_true", help="one JSON object per job")
    db_argument(jobs)
    jobs.set_defaults(handler=cmd_jobs)


def broker_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--broker",
        metavar="URL",
        default=None,
        help="RabbitMQ URL (default: $NEWSARCHIVE_BROKER, else amqp://guest:guest@127.0.0.1:5672//)",
    )


def queue_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--queue", default=None, help="queue name (default: $NEWSARCHIVE_QUEUE, else newsarchive)"
    )


def cmd_worker(args: argparse.Namespace) -> int:
    from crawler.db import migrate
    from crawler.jobs import app as jobs_app

    if args.concurrency < 1:
        raise ValueError("--concurrency must be at least 1")
    engine = open_archive(args.db, create=True)
    migrate.upgrade(engine)  # the job records need the schema before the first job
    engine.dispose()
    options: dict[str, Any] = {"crawl_log_level": args.log_level.upper()}
    if args.lock_retry is not None:
        options["lock_retry"] = args.lock_retry
    if args.time_limit is not None:
        options["time_limit"] = args.time_limit
    app = jobs_app.create_app(args.broker, args.db, args.queue, **options)
    name = args.name or f"newsarchive@{socket.gethostname()}"
    app.worker_main(
        [
            "worker",
            f"--loglevel={args.log_level.upper()}",
            f"--concurrency={args.concurrency}",
            f"--queues={app.conf.task_default_queue}",
            f"--hostname={name}",
            # No broadcast chatter between workers: they coordinate through the archive.
            "--without-gossip",
            "--without-mingle",
        ]
    )
    return 0


def cmd_enqueue(args: argparse.Namespace) -> int:
    from kombu.exceptions import OperationalError

    from crawler.db import migrate
    from crawler.jobs import app as jobs_app
    from crawler.jobs.enqueue import due_sites_for_jobs, enqueue
    from crawler.jobs.spec import JobSpec, slices
    from crawler.registry import site_spiders

    known = site_spiders()
    if args.due == bool(args.sites):
        raise ValueError("name the sites to enqueue, or pass --due (not both)")
    if args.due and (args.since or args.until):
        raise ValueError("--due enqueues routine crawls; --since/--until go with named sites")
    unknown = [s for s in args.sites if s not in known]
    if unknown:
        raise KeyError(f"unknown site(s) {', '.join(unknown)}; see `newsarchive sites`")
    if args.max_pages is not None and args.max_pages < 1:
        raise ValueError("--max-pages must be at least 1")
    settings = setting_pairs(args.set)
    JobSpec("", mirror=args.mirror, settings=settings).check()  # before anything is queued
    windows: list[tuple[str | None, str | None]] = [(None, None)]
    if args.since or args.until:
        if not args.since:
            raise ValueError("--until needs --since (a backfill's date floor)")
        since = _day("--since", args.since)
        until = _day("--until", args.until) if args.until else datetime.now(ICT).date()
        windows = [(a.isoformat(), b.isoformat()) for a, b in slices(since, until, args.slice)]
    engine = open_archive(args.db, create=True)
    try:
        migrate.upgrade(engine)
        sites = args.sites
        if args.due:
            picked = due_sites_for_jobs(
                engine, {key: spider.crawl_interval for key, spider in known.items()}
            )
            for site, why in picked.skipped.items():
                print(f"{site}: due, but {why}; skipped")
            sites = picked.due
            if not sites:
                print("no site is due")
                return 0
        specs = [
            JobSpec(site, since, until, args.max_pages, args.refresh, args.mirror, settings)
            for site in sites
            for since, until in windows
        ]
        app = jobs_app.create_app(args.broker, args.db, args.queue)
        try:
            ids = enqueue(app, engine, specs)
        except OperationalError as exc:
            # One line (an OSError) like every expected failure, the password masked.
            broker = app.connection_for_write().as_uri()
            raise ConnectionError(f"the broker {broker} does not answer: {exc}") from exc
    finally:
        engine.dispose()
    for job_id, spec in zip(ids, specs, strict=True):
        print(f"queued {job_id} {spec.site} {spec.describe()}")
    return 0


def _day(option: str, value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{option} {value!r}: use YYYY-MM-DD") from None


def cmd_jobs(args: argparse.Namespace) -> int:
    from crawler.jobs import state

    if args.limit < 1:
        raise ValueError("--limit must be at least 1")
    engine = open_archive(args.db)
    try:
        counts = state.counts(engine)
        rows = state.jobs(engine, args.status, args.site, args.limit)
    finally:
        engine.dispose()
    if args.json:
        for row in rows:
            print(json.dumps(job_record(row), ensure_ascii=False))
        return 0
    print(", ".join(f"{status} {count}" for status, count in counts.items()))
    if not rows:
        return 0
    print(
        f"{'job':<8} {'site':<14} {'what':<30} {'status':<9} {'tries':>5} "
        f"{'worker':<24} {'run':>5}  {'enqueued':<16}  detail"
    )
    for row in rows:
        record = job_record(row)
        what = "routine" if row.kind == "routine" else f"backfill {row.since}..{row.until}"
        print(
            f"{row.id[:8]:<8} {row.site_key:<14} {what:<30} {row.status:<9} {row.attempts:>5} "
            f"{row.worker or '-':<24} {row.run_id or '-':>5}  {record['enqueued'][:16]:<16}  "
            f"{row.detail or ''}"
        )
    return 0


def job_record(row: Any) -> dict[str, Any]:
    def local(moment: datetime | None) -> str | None:
        return moment.astimezone(ICT).isoformat(sep=" ", timespec="seconds") if moment else None

    return {
        "job": row.id,
        "site": row.site_key,
        "kind": row.kind,
        "since": row.since,
        "until": row.until,
        "status": row.status,
        "attempts": row.attempts,
        "worker": row.worker,
        "run_id": row.run_id,
        "enqueued": local(row.enqueued_at),
        "started": local(row.started_at),
        "finished": local(row.finished_at),
        "detail": row.detail,
    }
