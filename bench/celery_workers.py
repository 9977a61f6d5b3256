"""Site jobs per second with two Celery workers against one, measured in the same run.

Three bundled sample sites (``cdchoabinh``, ``baolaocai``, ``tintaynguyen``) are served by
three loopback mirrors that wait ``--delay`` seconds before every answer (a remote site's
latency). Each phase starts its workers (``newsarchive worker --concurrency 1``) on a fresh
PostgreSQL database and its own queue, waits until they are ready, then runs ``--rounds``
rounds: enqueue one job per site (``--refresh``, so every round fetches the same pages)
and wait until the three are finished. Jobs finished per second = jobs / the phase's time
(worker start-up excluded; each job's own crawl-process start-up included, as in
production). The ratio two/one is the scale-out; with three jobs per round and two
workers it is at most 1.5 (the third job waits for a free worker).

    python bench/celery_workers.py --rounds 3 --delay 0.25

Needs RabbitMQ on 127.0.0.1:5672 and PostgreSQL on 127.0.0.1:5432 (database ``test``).
Nothing leaves the machine.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import sqlalchemy as sa

from crawler.cli import main as newsarchive
from crawler.db.models import SiteJob
from crawler.samples import mirror_root
from crawler.testing.mirror import MirrorServer

SITES = ("cdchoabinh", "baolaocai", "tintaynguyen")
REPO = Path(__file__).resolve().parent.parent


def start_worker(name: str, broker: str, db: str, queue: str, log: Path) -> subprocess.Popen:
    command = [sys.executable, "-m", "crawler.cli", "worker", "--broker", broker, "--db", db]
    command += ["--queue", queue, "--concurrency", "1", "--name", f"{name}@%h"]
    command += ["--lock-retry", "1", "--log-level", "INFO"]
    return subprocess.Popen(
        command,
        cwd=REPO,
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )


def wait_ready(log: Path, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while " ready." not in log.read_text(errors="replace"):
        if time.monotonic() > deadline:
            raise SystemExit(f"worker not ready:\n{log.read_text(errors='replace')[-2000:]}")
        time.sleep(0.1)


def finished(db: str, ids: list[str]) -> bool:
    engine = sa.create_engine(db)
    with engine.connect() as connection:
        rows = connection.execute(
            sa.select(SiteJob.id, SiteJob.status, SiteJob.detail).where(SiteJob.id.in_(ids))
        ).all()
    engine.dispose()
    failed = [row for row in rows if row.status == "failed"]
    if failed:
        raise SystemExit(f"jobs failed: {failed}")
    return len(rows) == len(ids) and all(row.status == "finished" for row in rows)


def enqueue(site: str, mirror: MirrorServer, broker: str, db: str, queue: str) -> str:
    """Enqueue one job; its id (from the line `newsarchive enqueue` prints)."""
    import contextlib
    import io

    out = io.StringIO()
    arguments = ["enqueue", site, "--refresh", "--mirror", mirror.url, "--broker", broker]
    arguments += ["--db", db, "--queue", queue]
    with contextlib.redirect_stdout(out):
        newsarchive(arguments)
    return out.getvalue().split()[1]


def phase(
    workers: int, rounds: int, mirrors: dict[str, MirrorServer], broker: str, admin: str
) -> float:
    """Jobs finished per second with ``workers`` workers."""
    name = f"bench_celery_{uuid.uuid4().hex[:10]}"
    admin_engine = sa.create_engine(admin, isolation_level="AUTOCOMMIT")
    with admin_engine.connect() as connection:
        connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
    db = sa.make_url(admin).set(database=name).render_as_string(hide_password=False)
    queue = f"bench-{uuid.uuid4().hex[:10]}"
    folder = Path(tempfile.mkdtemp(prefix="bench-celery-"))
    processes = []
    try:
        for n in range(workers):
            log = folder / f"w{n}.log"
            processes.append(start_worker(f"bench{n}-{queue}", broker, db, queue, log))
            wait_ready(log)
        started = time.monotonic()
        for _ in range(rounds):
            ids = [enqueue(site, mirror, broker, db, queue) for site, mirror in mirrors.items()]
            while not finished(db, ids):
                time.sleep(0.05)
        elapsed = time.monotonic() - started
    finally:
        for process in processes:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        with admin_engine.connect() as connection:
            connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin_engine.dispose()
        from kombu import Connection

        with Connection(broker) as connection:
            connection.default_channel.queue_delete(queue)
    return rounds * len(mirrors) / elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3, help="rounds of one job per site")
    parser.add_argument("--delay", type=float, default=0.25, help="mirror seconds per answer")
    parser.add_argument("--broker", default="amqp://guest:guest@127.0.0.1:5672//")
    parser.add_argument("--pg", default="postgresql+psycopg://127.0.0.1:5432/test")
    args = parser.parse_args()
    mirrors = {site: MirrorServer(mirror_root(site)) for site in SITES}
    for mirror in mirrors.values():
        mirror.delay = args.delay
        mirror.__enter__()
    try:
        one = phase(1, args.rounds, mirrors, args.broker, args.pg)
        two = phase(2, args.rounds, mirrors, args.broker, args.pg)
    finally:
        for mirror in mirrors.values():
            mirror.__exit__(None, None, None)
    print(
        json.dumps(
            {
                "sites": list(SITES),
                "rounds": args.rounds,
                "jobs_per_phase": args.rounds * len(SITES),
                "delay_s": args.delay,
                "one_worker_jobs_per_s": round(one, 3),
                "two_workers_jobs_per_s": round(two, 3),
                "ratio_two_over_one": round(two / one, 2),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
