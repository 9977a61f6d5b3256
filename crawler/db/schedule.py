"""The query behind ``newsarchive crawl --due``: when each site last crawled successfully."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy import Engine

from crawler.db.models import SUCCESSFUL_RUN_STATUSES, CrawlRun, Site


def last_successes(engine: Engine) -> dict[str, datetime]:
    """Site key → end of its last successful run; sites that never succeeded are absent."""
    with engine.connect() as connection:
        return {
            key: finished
            for key, finished in connection.execute(
                sa.select(Site.key, sa.func.max(CrawlRun.finished_at))
                .join(CrawlRun, CrawlRun.site_id == Site.id)
                .where(CrawlRun.status.in_(SUCCESSFUL_RUN_STATUSES))
                .group_by(Site.key)
            )
            if finished is not None
        }
