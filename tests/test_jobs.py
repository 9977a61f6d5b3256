"""Site jobs on Celery + RabbitMQ: two workers, one PostgreSQL archive, kill -9 mid-job.

Workers are real processes (``newsarchive worker``, ``slow``) on the real broker
(``rabbitmq_url``: under ``CI=true`` an unreachable RabbitMQ fails, elsewhere the tests
skip) and a fresh PostgreSQL database (``postgres_url``). Every test has its own queue, so
tests never see each other's messages. Sites are served by loopback mirrors only.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import signal
import subprocess
import sys
import time
import uuid
from collections import defaultdict
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import pytest_twisted
import sqlalchemy as sa
from clirunner import REPO
from conftest import query_rows
from crawling import crawl
from jobworkers import (
    ICT,
    Span,
    Worker,
    enqueue,
    jobs_of,
    mirror,
    start_worker,
    stored,
    wait_for,
    wait_ready,
)

from crawler.cli import main
from crawler.db.locks import acquire, release
from crawler.db.models import CrawlRun, Site, SiteJob
from crawler.jobs.spec import slices
from crawler.samples import mirror_root
from crawler.testing.generate import build
from crawler.testing.mirror import MirrorServer


@pytest.fixture
def queue(rabbitmq_url: str) -> Iterator[str]:
    """A queue of this test's own, deleted afterwards."""
    from kombu import Connection

    name = f"newsarchive-test-{uuid.uuid4().hex[:12]}"
    yield name
    with (
        Connection(rabbitmq_url, connect_timeout=5) as connection,
        contextlib.suppress(Exception),  # never declared: no worker started
    ):
        connection.default_channel.queue_delete(name)


@pytest.fixture
def workers(tmp_path: Path) -> Iterator[list[Worker]]:
    started: list[Worker] = []
    yield started
    for worker in started:
        worker.kill()


# -- tests ------------------------------------------------------------------------------------
@pytest.mark.slow
@pytest.mark.postgres
@pytest_twisted.ensureDeferred
async def test_killed_worker_job_is_redelivered_and_finished_by_the_other(
    rabbitmq_url: str,
    postgres_url: str,
    postgres_admin_url: str,
    queue: str,
    workers: list[Worker],
    tmp_path: Path,
) -> None:
    """Two workers, three sites on three loopback mirrors, one worker killed -9 mid-job.

    * Its job is redelivered (late acknowledgement) and finished by the other worker.
    * The archive ends equal to a single-process crawl of the same mirrors.
    * No article stored before the kill is fetched after it (the mirror's log against the
      archive read right after the kill, when the killed crawl can write no more).
    * Never two crawlers on one site at once. Crawlers are told apart by the process that
      sent each request: while a request is being served its connection is open, so the
      mirror finds the client socket in ``/proc/net/tcp`` and the process holding it in
      ``/proc/*/fd`` (every crawl is its own child process). Per mirror, the span of each
      crawl process (first request start → last request served) must not overlap
      another's. The killed crawl's spans are cut at the moment of the kill: a request it
      sent is still being served (the mirror sleeps its delay) after the process is gone,
      which is not a crawler at work.
    """
    generated = tmp_path / "cdchoabinh"
    generated.mkdir()
    build(generated, 40, 10, datetime(2024, 7, 20, 9, 0, tzinfo=ICT), timedelta(days=1))
    roots = {
        "cdchoabinh": generated,
        "baolaocai": mirror_root("baolaocai"),
        "tintaynguyen": mirror_root("tintaynguyen"),
    }
    servers = {site: mirror(root, delay=0.4) for site, root in roots.items()}
    for server in servers.values():
        server.__enter__()
    try:
        w1 = start_worker(workers, "w1", rabbitmq_url, postgres_url, queue, tmp_path)
        w2 = start_worker(workers, "w2", rabbitmq_url, postgres_url, queue, tmp_path)
        wait_ready(w1, w2)
        for site, server in servers.items():  # the big site first: it is the one killed
            enqueue(site, server, rabbitmq_url, postgres_url, queue)

        def cdc_mid_crawl() -> sa.Row | None:
            job = jobs_of(postgres_url).get("cdchoabinh")
            assert job is None or job.status != "finished", "the job ended before the kill"
            if job and job.status == "running" and len(stored(postgres_url, "cdchoabinh")) >= 6:
                return job
            return None

        job = wait_for("cdchoabinh mid-crawl", cdc_mid_crawl, workers)
        victim = next(w for w in workers if job.worker.startswith(w.name + "@"))
        survivor = next(w for w in workers if w is not victim)
        victim.kill()
        killed_at = time.monotonic()
        before_kill = {urlsplit(row.url).path for row in stored(postgres_url, "cdchoabinh")}
        assert 6 <= len(before_kill) < 40

        def all_finished() -> dict[str, sa.Row] | None:
            found = jobs_of(postgres_url)
            assert not [j for j in found.values() if j.status == "failed"], found
            done = len(found) == 3 and all(j.status == "finished" for j in found.values())
            return found if done else None

        final = wait_for("every job finished", all_finished, workers)
        survivor.stop()

        # The killed job was delivered again and the survivor finished it.
        redelivered = final["cdchoabinh"]
        assert redelivered.attempts >= 2
        assert redelivered.worker.startswith(survivor.name + "@")
        runs = query_rows(
            postgres_url,
            sa.select(CrawlRun.status)
            .join(Site, Site.id == CrawlRun.site_id)
            .where(Site.key == "cdchoabinh")
            .order_by(CrawlRun.id),
        )
        assert [r.status for r in runs] == ["interrupted", "finished"]
        assert "redelivered" in (w2.log.read_text() + w1.log.read_text())

        # Nothing stored before the kill was fetched after it.
        cdc = servers["cdchoabinh"]
        after_kill = {span.path for span in cdc.spans if span.start > killed_at}  # type: ignore[attr-defined]
        assert after_kill, "the redelivered crawl asked the mirror nothing"
        assert not before_kill & after_kill

        # One crawler per site at any moment.
        cdc_spans: list[Span] = cdc.spans  # type: ignore[attr-defined]
        [killed_crawl] = {span.pid for span in cdc_spans if span.start < killed_at}
        assert len({span.pid for span in cdc_spans}) == 2, "the killed crawl, the redelivered"
        for site, server in servers.items():
            spans: list[Span] = server.spans  # type: ignore[attr-defined]
            ranges: dict[int, list[float]] = defaultdict(lambda: [float("inf"), 0.0])
            for span in spans:
                assert span.pid is not None, f"{site}: {span.path} from an unknown process"
                end = min(span.end, killed_at) if span.pid == killed_crawl else span.end
                ranges[span.pid][0] = min(ranges[span.pid][0], span.start)
                ranges[span.pid][1] = max(ranges[span.pid][1], end)
            ordered = sorted(ranges.values())
            for (_, end), (start, _) in itertools.pairwise(ordered):
                assert end <= start, f"{site}: two crawlers at once: {dict(ranges)}"

        # The same archive as a single-process crawl of the same mirrors.
        reference = sa.make_url(postgres_url).set(
            database=f"{sa.make_url(postgres_url).database}_ref"
        )
        reference_url = reference.render_as_string(hide_password=False)
        admin = sa.create_engine(postgres_admin_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(sa.text(f'CREATE DATABASE "{reference.database}"'))
        try:
            for site, server in servers.items():
                server.delay = 0
                outcome = await crawl(site, server.url, reference_url, max_pages=100)
                assert outcome.ok, outcome.summary()
            for site in servers:
                got = sorted((r.canonical_url, r.content_hash) for r in stored(postgres_url, site))
                want = sorted(
                    (r.canonical_url, r.content_hash) for r in stored(reference_url, site)
                )
                assert got == want, site
                assert len({url for url, _ in got}) == len(got), f"{site}: duplicates"
        finally:
            with admin.connect() as connection:
                connection.execute(
                    sa.text(f'DROP DATABASE IF EXISTS "{reference.database}" WITH (FORCE)')
                )
            admin.dispose()
    finally:
        for server in servers.values():
            server.__exit__(None, None, None)


@pytest.mark.slow
@pytest.mark.postgres
def test_a_job_whose_site_is_locked_waits_and_retries(
    rabbitmq_url: str,
    postgres_url: str,
    queue: str,
    workers: list[Worker],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Another machine's crawler holds the site: the job does not crawl (the mirror sees no
    request), waits with a countdown, and crawls once the lock is released."""
    worker = start_worker(workers, "w1", rabbitmq_url, postgres_url, queue, tmp_path)
    assert main(["db", "upgrade", "--db", postgres_url]) == 0
    engine = sa.create_engine(postgres_url)
    other = "another-machine:4242:cafe0000"
    assert acquire(engine, "cdchoabinh", other) is None
    with MirrorServer(mirror_root("cdchoabinh")) as server:
        wait_ready(worker)
        arguments = ["enqueue", "cdchoabinh", "--mirror", server.url, "--db", postgres_url]
        assert main([*arguments, "--broker", rabbitmq_url, "--queue", queue]) == 0

        def waiting() -> bool:
            job = jobs_of(postgres_url)["cdchoabinh"]
            return job.status == "waiting" and job.attempts >= 2

        wait_for("the job to wait on the lock", waiting, workers)
        assert server.requests == []
        assert main(["jobs", "--db", postgres_url]) == 0
        out = capsys.readouterr().out
        assert "waiting 1" in out and "site locked by another-machine:4242" in out
        release(engine, "cdchoabinh", other)
        wait_for(
            "the job to finish",
            lambda: jobs_of(postgres_url)["cdchoabinh"].status == "finished",
            workers,
        )
        assert "/robots.txt" in server.requests
    engine.dispose()
    assert main(["jobs", "--db", postgres_url, "--json"]) == 0
    assert '"status": "finished"' in capsys.readouterr().out


@pytest.mark.slow
@pytest.mark.postgres
def test_backfill_is_enqueued_in_month_slices_newest_first(
    rabbitmq_url: str, postgres_url: str, queue: str, capsys: pytest.CaptureFixture[str]
) -> None:
    arguments = ["enqueue", "cdchoabinh", "--since", "2024-01-15", "--until", "2024-03-02"]
    arguments += ["--broker", rabbitmq_url, "--db", postgres_url, "--queue", queue]
    assert main(arguments) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(" ", 3)[3] for line in lines] == [
        "backfill 2024-03-01..2024-03-02",
        "backfill 2024-02-01..2024-02-29",
        "backfill 2024-01-15..2024-01-31",
    ]
    rows = query_rows(postgres_url, sa.select(SiteJob.status, SiteJob.kind))
    assert {(r.status, r.kind) for r in rows} == {("queued", "backfill")}
    from kombu import Connection

    with Connection(rabbitmq_url, connect_timeout=5) as connection:
        declared = connection.default_channel.queue_declare(queue, passive=True)
    assert declared.message_count == 3


def test_slices() -> None:
    from datetime import date

    assert slices(date(2024, 12, 20), date(2025, 1, 5)) == [
        (date(2025, 1, 1), date(2025, 1, 5)),
        (date(2024, 12, 20), date(2024, 12, 31)),
    ]
    assert slices(date(2024, 7, 3), date(2024, 7, 10), "week") == [
        (date(2024, 7, 8), date(2024, 7, 10)),
        (date(2024, 7, 3), date(2024, 7, 7)),
    ]
    assert slices(date(2024, 1, 1), date(2024, 1, 1), "whole") == [
        (date(2024, 1, 1), date(2024, 1, 1))
    ]
    with pytest.raises(ValueError, match="after"):
        slices(date(2024, 2, 1), date(2024, 1, 1))


def test_single_machine_commands_do_not_import_celery() -> None:
    """cron's `newsarchive crawl --due` needs no broker and no Celery."""
    code = (
        "import sys; from crawler.cli.parser import build_parser; import crawler.crawl;"
        "build_parser(); print('celery' in sys.modules or 'kombu' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


@pytest.mark.slow
@pytest.mark.postgres
def test_crawl_process_dies_with_its_parent(postgres_url: str, tmp_path: Path) -> None:
    """The crawl child of a job must not outlive its worker (PR_SET_PDEATHSIG)."""
    with MirrorServer(mirror_root("cdchoabinh")) as server:
        server.delay = 2.0  # the crawl is still running when its parent is killed
        server.handle_error = lambda request, client_address: None  # type: ignore[method-assign]
        code = (
            "import sys, time, pathlib; from crawler.jobs import child;"
            f"p = child.start({{'site': 'cdchoabinh', 'mirror': {server.url!r}}}, "
            f"{postgres_url!r}, pathlib.Path({str(tmp_path / 'out.json')!r}), 'WARNING');"
            "print(p.pid, flush=True); time.sleep(600)"
        )
        parent = subprocess.Popen([sys.executable, "-c", code], cwd=REPO, stdout=subprocess.PIPE)
        assert parent.stdout is not None
        crawl_pid = int(parent.stdout.readline())
        deadline = time.monotonic() + 60
        while not server.requests:  # the crawl is under way
            assert time.monotonic() < deadline
            time.sleep(0.1)
        os.kill(parent.pid, signal.SIGKILL)  # the parent alone, not its group
        parent.wait()
        deadline = time.monotonic() + 30
        while True:
            try:
                state = Path(f"/proc/{crawl_pid}/stat").read_text().split()[2]
            except OSError:
                break  # gone
            if state == "Z":  # killed; a zombie until it is reaped
                break
            assert time.monotonic() < deadline, "the crawl outlived its parent"
            time.sleep(0.1)


def test_enqueue_refuses_a_mirror_off_this_machine(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Checked before anything is queued (and again by the worker)."""
    arguments = ["enqueue", "cdchoabinh", "--mirror", "http://10.0.0.1:8000", "--db", sqlite_url]
    assert main(arguments) == 2
    assert "must be on this machine" in capsys.readouterr().err
    arguments = ["enqueue", "cdchoabinh", "--db", sqlite_url, "-s", "ALLOWED_HOSTS_ONLY=10.0.0.1"]
    assert main(arguments) == 2
    assert "only loopback hosts" in capsys.readouterr().err
    assert not Path(sa.make_url(sqlite_url).database or "").exists()  # not even opened


def test_enqueue_without_a_broker_is_one_line_and_queues_nothing(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    import socket

    with socket.socket() as probe:  # a loopback port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    broker = f"amqp://guest:secret@127.0.0.1:{port}//"
    assert main(["enqueue", "cdchoabinh", "--db", sqlite_url, "--broker", broker]) == 1
    err = capsys.readouterr().err
    assert err.startswith("newsarchive enqueue: the broker amqp://guest:**@127.0.0.1:")
    assert "secret" not in err
    assert query_rows(sqlite_url, sa.select(SiteJob.id)) == []


@pytest.mark.slow
@pytest.mark.postgres
def test_backfill_slices_run_as_jobs(
    rabbitmq_url: str, postgres_url: str, queue: str, workers: list[Worker], tmp_path: Path
) -> None:
    """A backfill enqueued in month slices: each slice is its own job and journal, and the
    slices together archive exactly the window."""
    root = tmp_path / "site"
    root.mkdir()
    articles = build(root, 40, 10, datetime(2024, 7, 20, 9, 0, tzinfo=ICT), timedelta(days=1))
    floor = datetime(2024, 6, 15, tzinfo=ICT)
    wanted = {f"https://cdchoabinh.vn{path}" for path, when in articles if when >= floor}
    worker = start_worker(workers, "w1", rabbitmq_url, postgres_url, queue, tmp_path)
    with MirrorServer(root) as server:
        arguments = ["enqueue", "cdchoabinh", "--since", "2024-06-15", "--until", "2024-07-31"]
        arguments += ["--mirror", server.url, "--broker", rabbitmq_url, "--db", postgres_url]
        assert main([*arguments, "--queue", queue, "--max-pages", "100"]) == 0
        wait_ready(worker)

        def done() -> bool:
            rows = query_rows(postgres_url, sa.select(SiteJob.status))
            assert "failed" not in {row.status for row in rows}
            return len(rows) == 2 and {row.status for row in rows} == {"finished"}

        wait_for("both slices finished", done, workers)
    got = [row.canonical_url for row in stored(postgres_url, "cdchoabinh")]
    assert sorted(got) == sorted(wanted)
    runs = query_rows(postgres_url, sa.select(CrawlRun.mode, CrawlRun.status))
    assert [(r.mode, r.status) for r in runs] == [("backfill", "finished")] * 2


def test_due_sites_for_jobs_skip_open_jobs_and_held_locks(sqlite_url: str) -> None:
    """`enqueue --due` (and beat's task): the due sites, minus those with a routine job
    still open and those another crawler holds (no broker needed)."""
    from crawler.db import migrate
    from crawler.db.session import make_engine
    from crawler.jobs import state
    from crawler.jobs.enqueue import due_sites_for_jobs
    from crawler.jobs.spec import JobSpec

    engine = make_engine(sqlite_url)
    migrate.upgrade(engine)
    intervals = {site: timedelta(hours=6) for site in ("a", "b", "c", "d")}
    state.record_queued(engine, "job-b", JobSpec("b"))
    state.record_queued(engine, "job-c", JobSpec("c", since="2024-01-01", until="2024-01-31"))
    assert acquire(engine, "d", "another-machine:1:beef0000") is None
    picked = due_sites_for_jobs(engine, intervals)
    assert picked.due == ["a", "c"]  # a backfill slice does not stand for a routine crawl
    assert set(picked.skipped) == {"b", "d"}
    assert "another-machine" in picked.skipped["d"]
    state.mark(engine, "job-b", "finished", "done")
    assert due_sites_for_jobs(engine, intervals).due == ["a", "b", "c"]
    engine.dispose()
