"""The workers' tasks: a site job's crawl, and picking the due sites (for ``celery beat``).

A site job runs its crawl in a child process (:mod:`crawler.jobs.child`) and maps how it
ended onto the job:

* the crawl ran (``finished``, or ``finished_with_errors``: the site answered): finished;
* the site's lock is held by another crawler, here or on another machine: the job does
  not crawl; it waits and is retried after a countdown (Celery ``retry``), so politeness
  (one crawler per site) holds across every worker;
* the crawl outran the job time limit: stopped cleanly (SIGINT, as Ctrl-C) and retried at
  once; the new delivery resumes from the archive's bookkeeping (likewise a crawl stopped
  by a signal, e.g. Ctrl-C on the worker's terminal);
* anything else (the site failing, articles not stored, the crawl process dying): failed,
  with the crawl's own summary. Such a job is not retried by itself: a routine crawl comes
  round again on schedule, a backfill slice is enqueued again by hand.
"""

from __future__ import annotations

import logging
import random
import signal
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from celery import Celery, Task
from sqlalchemy.exc import SQLAlchemyError

from crawler.db import migrate
from crawler.db.locks import holder_of
from crawler.db.session import make_engine
from crawler.jobs import child, state
from crawler.jobs.enqueue import CRAWL_TASK, due_sites_for_jobs, enqueue
from crawler.jobs.spec import JobSpec

logger = logging.getLogger(__name__)

ENQUEUE_DUE_TASK = "newsarchive.enqueue_due"
# Seconds a crawl stopped with SIGINT has to close its run row and release its lock.
STOP_GRACE_SECONDS = 60.0


class JobFailed(Exception):
    """The job's crawl ran and failed; the message is the crawl's summary."""


def register(app: Celery) -> None:
    """Bind the tasks to ``app`` (each app its own: the CLI builds one per invocation)."""
    app.task(name=CRAWL_TASK, bind=True, max_retries=None)(crawl_site)
    app.task(name=ENQUEUE_DUE_TASK, bind=True)(enqueue_due)


def crawl_site(task: Task, **message: Any) -> dict[str, Any]:
    """Run one site job (the task ``newsarchive.crawl_site``); see the module docstring."""
    spec = JobSpec.from_message(message)
    conf = task.app.conf
    job_id = str(task.request.id)
    engine = make_engine(conf.newsarchive_db)
    try:
        try:
            delivery = state.mark_running(engine, job_id, spec, str(task.request.hostname))
        except SQLAlchemyError as exc:
            # The archive is down: nothing can be crawled into it; try again later.
            logger.warning("job %s: archive unavailable (%s); retrying", job_id, exc)
            raise task.retry(countdown=_countdown(conf), max_retries=None) from exc
        if delivery.redelivered_from:
            logger.warning(
                "job %s (%s): redelivered; %s was lost with it",
                job_id,
                spec.site,
                delivery.redelivered_from,
            )
        try:
            spec.check()  # a mirror is loopback only, on every worker too
        except ValueError as exc:
            state.mark(engine, job_id, "failed", str(exc))
            raise JobFailed(str(exc)) from exc
        # A held lock is seen here without starting a crawl process; the crawl's own
        # acquisition (in the child) remains the check that counts.
        locked_by = holder_of(engine, spec.site)
        ended, timed_out = child.ChildOutcome(0, None), False
        if not locked_by:
            ended, timed_out = run_crawl(spec, conf)
            locked_by = ended.locked_by
        # SIGINT/SIGTERM reached the crawl (Ctrl-C on the worker's terminal, a shutdown):
        # it stopped cleanly; the job goes back to the queue like one that timed out.
        stopped = timed_out or ended.finish_reason == "shutdown"
        retries = int(task.request.retries or 0)
        if locked_by or stopped:
            if retries >= conf.newsarchive_max_retries:
                why = f"gave up after {retries} retries: " + (
                    f"site locked by {locked_by}" if locked_by else ended.describe()
                )
                state.mark(engine, job_id, "failed", why, ended.run_id)
                raise JobFailed(why)
            if locked_by:
                countdown = _countdown(conf)
                detail = f"site locked by {locked_by}; retry in {countdown:.0f} s"
            elif timed_out:
                countdown = 1.0
                detail = (
                    f"stopped at the {conf.newsarchive_time_limit:.0f} s time limit; continuing"
                )
            else:
                countdown = 1.0
                detail = "the crawl was stopped by a signal; continuing"

            state.mark(engine, job_id, "waiting", detail, ended.run_id)
            logger.info("job %s (%s): %s", job_id, spec.site, detail)
            raise task.retry(countdown=countdown, max_retries=None)
        if ended.result and ended.result["ok"]:
            state.mark(engine, job_id, "finished", ended.describe(), ended.run_id)
            return {"job": job_id, "site": spec.site, "run_id": ended.run_id, "status": "finished"}
        state.mark(engine, job_id, "failed", ended.describe(), ended.run_id)
        raise JobFailed(ended.describe())
    finally:
        engine.dispose()


def _countdown(conf: Any) -> float:
    base = float(conf.newsarchive_lock_retry)
    return base * (1 + random.random() / 4)


def run_crawl(spec: JobSpec, conf: Any) -> tuple[child.ChildOutcome, bool]:
    """Crawl ``spec`` in a child process; its outcome, and whether it hit the time limit."""
    with tempfile.TemporaryDirectory(prefix="newsarchive-job-") as folder:
        result = Path(folder) / "outcome.json"
        process = child.start(
            spec.to_message(), conf.newsarchive_db, result, conf.newsarchive_crawl_log_level
        )
        timed_out = False
        try:
            process.wait(timeout=conf.newsarchive_time_limit)
        except subprocess.TimeoutExpired:
            timed_out = True
            process.send_signal(signal.SIGINT)  # Scrapy's clean stop: run row, lock
            try:
                process.wait(timeout=STOP_GRACE_SECONDS)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        finally:
            if process.returncode is None:  # the task itself was interrupted
                process.kill()
                process.wait()
        return child.outcome(process, result), timed_out


def enqueue_due(task: Task) -> list[str]:
    """Queue a routine job for every due site (the task ``celery beat`` sends)."""
    from crawler.registry import site_spiders

    engine = make_engine(task.app.conf.newsarchive_db)
    try:
        migrate.upgrade(engine)
        intervals = {key: spider.crawl_interval for key, spider in site_spiders().items()}
        picked = due_sites_for_jobs(engine, intervals)
        for site, why in picked.skipped.items():
            logger.info("%s: due, but %s; skipped", site, why)
        return enqueue(task.app, engine, [JobSpec(site) for site in picked.due])
    finally:
        engine.dispose()
