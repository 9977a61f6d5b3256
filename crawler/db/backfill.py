"""Backfill bookkeeping: which listing pages a backfill has read, so it can resume.

Scrapy's JOBDIR is only safe after a clean stop; after ``kill -9`` the archive itself says
where the backfill was: every listing page read is recorded (with its article links and
its next page) in the same database as the articles, and the articles are keyed on their
URLs. A resumed backfill re-queues recorded links that are not archived yet and continues
each listing from its last recorded page.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy import Engine

from crawler.db.models import BackfillJob, BackfillPage
from crawler.db.repository import insert_for


@dataclass(frozen=True)
class Job:
    id: int
    resumed: bool
    started_at: datetime


def open_job(engine: Engine, site: str, since: str | None, until: str | None) -> Job:
    """The unfinished job for this site and window, or a new one."""
    with engine.begin() as connection:
        found = connection.execute(
            sa.select(BackfillJob.id, BackfillJob.started_at)
            .where(
                BackfillJob.site_key == site,
                BackfillJob.since == since,
                BackfillJob.until == until,
                BackfillJob.status == "running",
            )
            .order_by(BackfillJob.id.desc())
            .limit(1)
        ).first()
        if found is not None:
            return Job(found.id, True, found.started_at)
        now = datetime.now(UTC)
        job_id = connection.execute(
            sa.insert(BackfillJob)
            .values(site_key=site, since=since, until=until, status="running", started_at=now)
            .returning(BackfillJob.id)
        ).scalar_one()
        return Job(job_id, False, now)


def recorded_pages(engine: Engine, job_id: int) -> list[BackfillPage]:
    with engine.connect() as connection:
        return list(
            connection.execute(
                sa.select(BackfillPage)
                .where(BackfillPage.job_id == job_id)
                .order_by(BackfillPage.listing, BackfillPage.page)
            ).all()
        )


def record_page(
    engine: Engine,
    job_id: int,
    listing: str,
    page: int,
    url: str,
    next_url: str | None,
    floor_reached: bool,
    article_urls: list[str],
) -> None:
    values = {
        "listing": listing,
        "page": page,
        "next_url": next_url,
        "floor_reached": floor_reached,
        "article_urls": article_urls,
        "fetched_at": datetime.now(UTC),
    }
    with engine.begin() as connection:
        statement = insert_for(connection)(BackfillPage).values(job_id=job_id, url=url, **values)
        connection.execute(
            statement.on_conflict_do_update(index_elements=["job_id", "url"], set_=values)
        )


def finish_job(engine: Engine, job_id: int) -> None:
    with engine.begin() as connection:
        connection.execute(
            sa.update(BackfillJob)
            .where(BackfillJob.id == job_id)
            .values(status="finished", finished_at=datetime.now(UTC))
        )
