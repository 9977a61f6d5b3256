"""The ``site_jobs`` record: how each site job stands, written by the enqueuer and the
workers, read by ``newsarchive jobs``.

One row per job, keyed on its Celery task id (a retry keeps the id, a redelivery too), so
the row always shows the latest word on the job. The broker keeps no history and Celery's
result backends would be a second store to run; the archive database is already shared by
every worker.

(The project keeps SQL under ``crawler/db/``; this module lives with the jobs code because
nothing else uses the table.)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from sqlalchemy import Engine

from crawler.db.models import SiteJob
from crawler.jobs.spec import JobSpec

STATUSES = ("queued", "running", "waiting", "finished", "failed")
OPEN_STATUSES = ("queued", "running", "waiting")
# A routine job still open after this long is taken as lost (a purged queue), so that
# `enqueue --due` does not skip its site for ever.
OPEN_JOB_TTL = timedelta(hours=12)


@dataclass(frozen=True)
class Delivery:
    """What the worker learns when it starts a job."""

    attempts: int
    redelivered_from: str | None  # the worker that had it when it was lost, if any


def _queued(job_id: str, spec: JobSpec, now: datetime) -> sa.Insert:
    """The row of a job just queued."""
    return sa.insert(SiteJob).values(
        id=job_id,
        site_key=spec.site,
        kind=spec.kind,
        since=spec.since,
        until=spec.until,
        arguments=spec.to_message(),
        status="queued",
        attempts=0,
        enqueued_at=now,
    )


def record_queued(engine: Engine, job_id: str, spec: JobSpec) -> None:
    with engine.begin() as connection:
        connection.execute(_queued(job_id, spec, datetime.now(UTC)))


def forget(engine: Engine, job_id: str) -> None:
    """Drop a job row whose message could not be sent."""
    with engine.begin() as connection:
        connection.execute(sa.delete(SiteJob).where(SiteJob.id == job_id))


def mark_running(engine: Engine, job_id: str, spec: JobSpec, worker: str) -> Delivery:
    """The job has reached ``worker``. A row still ``running`` under another worker means
    that worker was lost with the job (the broker redelivered it)."""
    now = datetime.now(UTC)
    with engine.begin() as connection:
        row = connection.execute(
            sa.select(SiteJob.status, SiteJob.worker, SiteJob.attempts).where(SiteJob.id == job_id)
        ).first()
        if row is None:  # sent by another tool (celery call, beat): record it now
            connection.execute(_queued(job_id, spec, now))
            attempts, lost = 0, None
        else:
            attempts = row.attempts
            lost = row.worker if row.status == "running" and row.worker else None
        connection.execute(
            sa.update(SiteJob)
            .where(SiteJob.id == job_id)
            .values(
                status="running",
                attempts=attempts + 1,
                worker=worker,
                started_at=now,
                finished_at=None,
                detail=f"redelivered: {lost} was lost with it" if lost else None,
            )
        )
    return Delivery(attempts + 1, lost)


def mark(
    engine: Engine,
    job_id: str,
    status: str,
    detail: str | None = None,
    run_id: int | None = None,
) -> None:
    """Set a job's status (``waiting``, ``finished``, ``failed``) with what explains it."""
    values: dict[str, object] = {"status": status, "detail": detail}
    if run_id is not None:
        values["run_id"] = run_id
    if status in ("finished", "failed"):
        values["finished_at"] = datetime.now(UTC)
    with engine.begin() as connection:
        connection.execute(sa.update(SiteJob).where(SiteJob.id == job_id).values(**values))


def jobs(
    engine: Engine, status: str | None = None, site: str | None = None, limit: int = 20
) -> list[sa.Row]:
    """The newest jobs, newest first."""
    query = sa.select(SiteJob).order_by(SiteJob.enqueued_at.desc(), SiteJob.id).limit(limit)
    if status:
        query = query.where(SiteJob.status == status)
    if site:
        query = query.where(SiteJob.site_key == site)
    with engine.connect() as connection:
        return list(connection.execute(query).all())


def counts(engine: Engine) -> dict[str, int]:
    """Jobs per status."""
    with engine.connect() as connection:
        found = dict(
            connection.execute(
                sa.select(SiteJob.status, sa.func.count()).group_by(SiteJob.status)
            ).all()
        )
    return {status: int(found.get(status, 0)) for status in STATUSES}


def sites_with_open_routine_jobs(engine: Engine, now: datetime | None = None) -> set[str]:
    """Sites with a routine job queued, running or waiting (recently enough to be alive):
    `enqueue --due` does not queue a second one behind it."""
    now = now or datetime.now(UTC)
    with engine.connect() as connection:
        return set(
            connection.execute(
                sa.select(SiteJob.site_key).where(
                    SiteJob.kind == "routine",
                    SiteJob.status.in_(OPEN_STATUSES),
                    SiteJob.enqueued_at > now - OPEN_JOB_TTL,
                )
            ).scalars()
        )
