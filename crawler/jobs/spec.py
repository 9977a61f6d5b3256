"""What a site job is: a routine crawl of one site, or one slice of a backfill.

Backfill slices are date windows (calendar months by default, newest first), because the
backfill journal (``crawler/db/backfill.py``) is keyed on (site, since, until): a slice
killed part-way is resumed by the next delivery of the same slice from its journal, and
slices of one site never share a journal. Listing pages are not a usable slice: a listing
is a chain (each page names the next), so page 200 cannot be reached without reading the
199 before it, and page numbers shift as the site publishes. The cost of date slices is
that each one walks the listing pages newer than its window again (listing pages only;
every article is fetched by exactly one slice, and never when already archived).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from typing import Any

from crawler.crawl import BACKFILL_SETTINGS, CrawlRequest

SLICES = ("month", "week", "whole")


@dataclass(frozen=True)
class JobSpec:
    """One site job: the arguments of ``newsarchive crawl SITE …`` for one site.

    ``settings`` are Scrapy settings for this crawl (``-s NAME=VALUE``); a backfill slice
    adds :data:`crawler.crawl.BACKFILL_SETTINGS` itself.
    """

    site: str
    since: str | None = None
    until: str | None = None
    max_pages: int | None = None
    refresh: bool = False
    mirror: str | None = None
    settings: dict[str, str] = field(default_factory=dict)

    def check(self) -> None:
        """``ValueError`` for a job that could reach past this machine's loopback where a
        mirror is meant: the checks ``newsarchive crawl`` makes, made by the enqueuer and
        again by the worker (a message is input like any other)."""
        from crawler.components.destination_guard import refuse_non_loopback
        from crawler.crawl import check_mirror

        if self.mirror is not None:
            check_mirror(self.mirror)
        for name in ("ALLOWED_HOSTS_ONLY", "DESTINATION_GUARD_ALLOWED_HOSTS"):
            if self.settings.get(name):
                refuse_non_loopback(f"setting {name}", str(self.settings[name]).split(","))

    @property
    def kind(self) -> str:
        return "backfill" if self.since or self.until else "routine"

    def crawl_request(self) -> CrawlRequest:
        return CrawlRequest(
            self.site, self.since, self.until, self.max_pages, self.refresh, self.mirror
        )

    def crawl_settings(self) -> dict[str, Any]:
        base: dict[str, Any] = dict(BACKFILL_SETTINGS) if self.kind == "backfill" else {}
        return {**base, **self.settings}

    def to_message(self) -> dict[str, Any]:
        """The task's keyword arguments: JSON, so any worker on any machine reads them."""
        return asdict(self)

    @classmethod
    def from_message(cls, message: dict[str, Any]) -> JobSpec:
        known = {name: message[name] for name in cls.__dataclass_fields__ if name in message}
        return cls(**known)

    def describe(self) -> str:
        if self.kind == "routine":
            return "routine"
        return f"backfill {self.since or '…'}..{self.until or '…'}"


def slices(since: date, until: date, size: str = "month") -> list[tuple[date, date]]:
    """``[since, until]`` cut into windows of ``size``, newest first (a listing is read
    newest first, so the newest slice walks the fewest listing pages and lands first)."""
    if since > until:
        raise ValueError(f"--since {since} is after --until {until}")
    if size not in SLICES:
        raise ValueError(f"slice size {size!r}: choose one of {', '.join(SLICES)}")
    if size == "whole":
        return [(since, until)]
    windows = []
    start = since
    while start <= until:
        if size == "week":
            end = start + timedelta(days=6 - start.weekday())
        else:
            following = date(start.year + start.month // 12, start.month % 12 + 1, 1)
            end = following - timedelta(days=1)
        windows.append((start, min(end, until)))
        start = min(end, until) + timedelta(days=1)
    return windows[::-1]
