"""Per-site crawl locks in the archive database (works across machines sharing PostgreSQL).

A holder is ``host:pid:token``. A lock is free when no row exists, when its heartbeat is
older than ``LOCK_TTL``, or when its holder ran on this host and that process is gone
(``kill -9`` leaves no one to release it). Taking a stale lock is a compare-and-set on
the old holder, so two contenders cannot both win.
"""

from __future__ import annotations

import os
import socket
import uuid
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from sqlalchemy import Engine

from crawler.db.models import SiteLock
from crawler.db.repository import insert_for

LOCK_TTL = timedelta(minutes=10)
HEARTBEAT_SECONDS = 60


def new_holder() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def _holder_alive(holder: str) -> bool:
    host, _, rest = holder.partition(":")
    pid = rest.partition(":")[0]
    if host != socket.gethostname() or not pid.isdigit():
        return True  # another machine: only the heartbeat can tell
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _is_stale(holder: str, heartbeat_at: datetime, now: datetime) -> bool:
    """On this host the holder's process decides (a live crawl whose heartbeat stalled on a
    database error keeps its lock); on another host only the heartbeat can tell."""
    if holder.partition(":")[0] == socket.gethostname():
        return not _holder_alive(holder)
    return now - heartbeat_at > LOCK_TTL


def acquire(engine: Engine, site: str, holder: str, now: datetime | None = None) -> str | None:
    """Take the lock; ``None`` on success, else a description of the current holder."""
    now = now or datetime.now(UTC)
    with engine.begin() as connection:
        inserted = connection.execute(
            insert_for(connection)(SiteLock)
            .values(site_key=site, holder=holder, acquired_at=now, heartbeat_at=now)
            .on_conflict_do_nothing(index_elements=["site_key"])
            .returning(SiteLock.site_key)
        ).first()
        if inserted is not None:
            return None
        current = connection.execute(sa.select(SiteLock).where(SiteLock.site_key == site)).one()
        stale = _is_stale(current.holder, current.heartbeat_at, now)
        if stale:
            taken = connection.execute(
                sa.update(SiteLock)
                .where(SiteLock.site_key == site, SiteLock.holder == current.holder)
                .values(holder=holder, acquired_at=now, heartbeat_at=now)
            )
            if taken.rowcount == 1:
                return None
        return f"{current.holder} since {current.acquired_at.isoformat(timespec='seconds')}"


def holder_of(engine: Engine, site: str, now: datetime | None = None) -> str | None:
    """The live holder of a site's lock, if any (a stale lock counts as free)."""
    now = now or datetime.now(UTC)
    with engine.connect() as connection:
        current = connection.execute(sa.select(SiteLock).where(SiteLock.site_key == site)).first()
    if current is None or _is_stale(current.holder, current.heartbeat_at, now):
        return None
    return current.holder


def heartbeat(engine: Engine, site: str, holder: str) -> bool:
    """Refresh the lock; False when the row is no longer this holder's (taken over)."""
    with engine.begin() as connection:
        return (
            connection.execute(
                sa.update(SiteLock)
                .where(SiteLock.site_key == site, SiteLock.holder == holder)
                .values(heartbeat_at=datetime.now(UTC))
            ).rowcount
            == 1
        )


def release(engine: Engine, site: str, holder: str) -> None:
    with engine.begin() as connection:
        connection.execute(
            sa.delete(SiteLock).where(SiteLock.site_key == site, SiteLock.holder == holder)
        )
