"""Sending site jobs: a ``site_jobs`` row first, then the message.

The row is written before the message is sent, so a worker that picks the job up at once
always finds it; a message that cannot be sent takes its row away again.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine

from crawler.crawl import due_sites
from crawler.db.locks import holder_of
from crawler.jobs import state
from crawler.jobs.spec import JobSpec

CRAWL_TASK = "newsarchive.crawl_site"


def enqueue(app: Any, engine: Engine, specs: list[JobSpec], queue: str | None = None) -> list[str]:
    """Send one job per spec to ``queue`` (the app's default queue if none); their ids."""
    sent = []
    for spec in specs:
        job_id = str(uuid.uuid4())
        state.record_queued(engine, job_id, spec)
        try:
            app.send_task(
                CRAWL_TASK,
                kwargs=spec.to_message(),
                task_id=job_id,
                queue=queue or app.conf.task_default_queue,
            )
        except Exception:
            state.forget(engine, job_id)
            raise
        sent.append(job_id)
    return sent


@dataclass
class DueSites:
    """The sites ``--due`` picks, and those it skips with the reason."""

    due: list[str] = field(default_factory=list)
    skipped: dict[str, str] = field(default_factory=dict)


def due_sites_for_jobs(engine: Engine, intervals: dict[str, Any]) -> DueSites:
    """Sites whose interval has passed (``crawl --due``'s rule), minus those being crawled
    (their lock is held) and those with a routine job already queued, running or waiting,
    so a schedule that ticks faster than the workers drain the queue adds no duplicates."""
    open_jobs = state.sites_with_open_routine_jobs(engine)
    picked = DueSites()
    for site in due_sites(engine, intervals):
        if site in open_jobs:
            picked.skipped[site] = "a routine job for it is queued or running"
        elif holder := holder_of(engine, site):
            picked.skipped[site] = f"being crawled by {holder}"
        else:
            picked.due.append(site)
    return picked
