"""Harness of the site-job tests (``test_jobs.py``): Celery workers as real processes,
mirrors that record which process sent each request (through ``/proc``), and the waits
and archive reads the tests share."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import timedelta, timezone
from pathlib import Path

import pytest
import sqlalchemy as sa
from clirunner import REPO
from conftest import query_rows

from crawler.cli import main
from crawler.db.models import Article, Site, SiteJob
from crawler.testing.mirror import MirrorServer, RecordingHandler

ICT = timezone(timedelta(hours=7))
# Generous safety nets: CI is a busy two-core machine.
READY_TIMEOUT = 90.0
JOBS_TIMEOUT = 240.0


# -- who is asking: the process behind each request ----------------------------------------
def _socket_inode(client_port: int, server_port: int) -> str | None:
    """The inode of the client's end of a loopback TCP connection (``/proc/net/tcp``)."""
    wanted_local, wanted_remote = f"{client_port:04X}", f"{server_port:04X}"
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            local, remote, inode = fields[1], fields[2], fields[9]
            if local.endswith(":" + wanted_local) and remote.endswith(":" + wanted_remote):
                return inode
    return None


def owner_pid(client_port: int, server_port: int) -> int | None:
    """The process holding the client end of the connection (while the request is open)."""
    inode = _socket_inode(client_port, server_port)
    if inode is None:
        return None
    target = f"socket:[{inode}]"
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            for fd in (proc / "fd").iterdir():
                if os.readlink(fd) == target:
                    return int(proc.name)
        except OSError:  # gone meanwhile, or not ours
            continue
    return None


@dataclass(frozen=True)
class Span:
    pid: int | None
    path: str
    start: float
    end: float


class ProcessRecordingHandler(RecordingHandler):
    """Records, for each request, the process that sent it and when it was served."""

    def do_GET(self) -> None:
        start = time.monotonic()
        pid = owner_pid(self.client_address[1], self.server.server_address[1])
        try:
            super().do_GET()
        finally:
            self.server.spans.append(Span(pid, self.path, start, time.monotonic()))  # type: ignore[attr-defined]


def mirror(root: Path, delay: float) -> MirrorServer:
    server = MirrorServer(root, handler=ProcessRecordingHandler)
    server.spans = []  # type: ignore[attr-defined]
    server.delay = delay
    # A killed crawl's connections break mid-answer: expected here, not worth a traceback.
    server.handle_error = lambda request, client_address: None  # type: ignore[method-assign]
    return server


# -- workers ----------------------------------------------------------------------------------
@dataclass
class Worker:
    name: str
    process: subprocess.Popen
    log: Path

    def kill(self) -> None:
        """kill -9 the worker's whole process group: main process, pool, crawl."""
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=30)

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.kill()


def start_worker(
    started: list[Worker], name: str, broker: str, db: str, queue: str, tmp_path: Path
) -> Worker:
    name = f"{name}-{queue[-12:]}"  # unique: worker names are global on the broker
    log = tmp_path / f"{name}.log"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    env.pop("DATABASE_URL", None)
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "crawler.cli",
            "worker",
            "--broker",
            broker,
            "--db",
            db,
            "--queue",
            queue,
            "--concurrency",
            "1",
            "--name",
            f"{name}@%h",
            "--lock-retry",
            "1",
        ],
        cwd=REPO,
        env=env,
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
        start_new_session=True,  # its own process group, killed as one
    )
    worker = Worker(name, process, log)
    started.append(worker)
    return worker


def wait_ready(*workers: Worker) -> None:
    deadline = time.monotonic() + READY_TIMEOUT
    for worker in workers:
        while " ready." not in worker.log.read_text(errors="replace"):
            assert worker.process.poll() is None, worker.log.read_text(errors="replace")
            assert time.monotonic() < deadline, f"{worker.name} not ready"
            time.sleep(0.2)


def jobs_of(db: str) -> dict[str, sa.Row]:
    return {row.site_key: row for row in query_rows(db, sa.select(SiteJob))}


def wait_for(what: str, condition, workers: list[Worker], timeout: float = JOBS_TIMEOUT):  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while True:
        found = condition()
        if found:
            return found
        if time.monotonic() > deadline:
            logs = "\n".join(w.log.read_text(errors="replace")[-3000:] for w in workers)
            pytest.fail(f"timed out waiting for {what}\n{logs}")
        time.sleep(0.1)


def stored(db: str, site: str) -> list[sa.Row]:
    return query_rows(
        db,
        sa.select(Article.url, Article.canonical_url, Article.content_hash)
        .join(Site, Site.id == Article.site_id)
        .where(Site.key == site),
    )


def enqueue(site: str, server: MirrorServer, broker: str, db: str, queue: str) -> None:
    arguments = ["enqueue", site, "--mirror", server.url, "--broker", broker, "--db", db]
    arguments += ["--queue", queue, "--max-pages", "100"]
    # Small batches, so articles are stored while the crawl goes on; two connections at a
    # time, so the mirror's delay makes a job last seconds.
    arguments += ["-s", "ARCHIVE_BATCH_SIZE=3", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=2"]
    assert main(arguments) == 0
