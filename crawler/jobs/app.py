"""The Celery app of the archive's workers (imports Celery: the jobs code paths only).

``newsarchive worker`` builds one with its options; ``celery -A crawler.jobs.app worker``
or ``… beat`` use :data:`app`, configured from the environment (``$NEWSARCHIVE_BROKER``,
``$DATABASE_URL``, ``$NEWSARCHIVE_QUEUE``).

Delivery is at least once, for jobs that may be killed: a worker acknowledges a job only
when it has ended (``task_acks_late``), a job whose worker process dies is given back to
the broker (``task_reject_on_worker_lost``), and a worker reserves only the jobs it is
running (``worker_prefetch_multiplier = 1``), so the others wait in the queue for whichever
worker is free. A job delivered twice is harmless: the archive skips stored articles, a
backfill resumes from its journal and the site lock keeps one crawler per site.
"""

from __future__ import annotations

import os
from datetime import timedelta
from typing import Any

from celery import Celery

from crawler.db.session import database_url
from crawler.jobs import tasks

DEFAULT_BROKER = "amqp://guest:guest@127.0.0.1:5672//"
DEFAULT_QUEUE = "newsarchive"
# A job held off by the site lock is retried after this long (plus up to a quarter, so that
# waiting jobs do not all come back at once).
LOCK_RETRY_SECONDS = 120.0
# A crawl running longer is stopped cleanly and continued by a new delivery of the job
# (the backfill journal and the archive's known URLs make that a resumption). Well inside
# RabbitMQ's consumer acknowledgement timeout (30 min by default), past which the broker
# closes the worker's channel and redelivers the job anyway.
JOB_TIME_LIMIT_SECONDS = 25 * 60.0
# How often a job held off by the lock or stopped by the time limit is delivered again
# before it is recorded as failed.
MAX_RETRIES = 100
# `celery -A crawler.jobs.app beat`: what is due, every 15 minutes (see docs/scale.md).
BEAT_SCHEDULE = {
    "enqueue-due-sites": {"task": tasks.ENQUEUE_DUE_TASK, "schedule": timedelta(minutes=15)},
}


def broker_url(broker: str | None = None) -> str:
    return broker or os.environ.get("NEWSARCHIVE_BROKER") or DEFAULT_BROKER


def queue_name(queue: str | None = None) -> str:
    return queue or os.environ.get("NEWSARCHIVE_QUEUE") or DEFAULT_QUEUE


def create_app(
    broker: str | None = None,
    db: str | None = None,
    queue: str | None = None,
    *,
    lock_retry: float = LOCK_RETRY_SECONDS,
    time_limit: float = JOB_TIME_LIMIT_SECONDS,
    crawl_log_level: str = "INFO",
) -> Celery:
    """An app sending to and consuming from ``queue`` on ``broker``, archiving into ``db``
    (the workers' archive: every machine must name the same PostgreSQL database)."""
    app = Celery("newsarchive", broker=broker_url(broker), set_as_current=False)
    settings: dict[str, Any] = {
        "task_acks_late": True,
        "task_reject_on_worker_lost": True,
        "worker_prefetch_multiplier": 1,
        # A worker that loses the broker has its jobs redelivered elsewhere: stop them here
        # rather than crawl on (the lock would hold the new delivery off meanwhile).
        "worker_cancel_long_running_tasks_on_connection_loss": True,
        "broker_connection_retry_on_startup": True,
        "task_default_queue": queue_name(queue),
        "task_serializer": "json",
        "accept_content": ["json"],
        # How jobs stand is kept in the archive (site_jobs), not in a result backend.
        "task_ignore_result": True,
        "worker_hijack_root_logger": True,
        "beat_schedule": BEAT_SCHEDULE,
        "timezone": "Asia/Ho_Chi_Minh",
        "newsarchive_db": database_url(db),
        "newsarchive_lock_retry": lock_retry,
        "newsarchive_time_limit": time_limit,
        "newsarchive_max_retries": MAX_RETRIES,
        "newsarchive_crawl_log_level": crawl_log_level,
    }
    app.conf.update(settings)
    tasks.register(app)
    return app


app = create_app()
