"""Vietnamese date formats, always day-month order, in Asia/Ho_Chi_Minh unless stated.

Handles what the portals print (``Thứ tư - 10/07/2024 06:39``, ``08:15:02 | 10/07/2024``,
``02/08/2021 lúc 18:47``, ``5.1.2022``) and ISO values from meta tags. NukeViet's
``article:published_time`` is malformed (``2024-07-10+0706:39:00``: PHP's ``T`` is the zone
abbreviation); such values are refused rather than guessed, so the caller falls back to the
visible date. An impossible date (``31/02/2023``) is ``None``, never an exception.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, time, timedelta, timezone
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")

_DMY = re.compile(r"(?<!\d)(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})(?!\d)")
_HM = re.compile(r"(?<![\d:])(\d{1,2})\s*[:hg]\s*(\d{2})(?::(\d{2}))?(?![\d:])")
_ISO = re.compile(
    r"^\s*(\d{4})-(\d{2})-(\d{2})"
    r"(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?"
    r"\s*(Z|[+-]\d{2}:?\d{2})?\s*$"
)


def parse_iso(raw: str, tz: ZoneInfo = VIETNAM) -> datetime | None:
    """Parse a strict ISO 8601 value; naive values are taken as local time in ``tz``."""
    match = _ISO.match(raw or "")
    if not match:
        return None
    year, month, day, hour, minute, second, offset = match.groups()
    try:
        value = datetime(
            int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0)
        )
    except ValueError:
        return None
    if offset is None:
        return value.replace(tzinfo=tz)
    if offset == "Z":
        return value.replace(tzinfo=UTC)
    sign = 1 if offset[0] == "+" else -1
    digits = offset[1:].replace(":", "")
    delta = timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
    return value.replace(tzinfo=timezone(sign * delta))


def parse_vietnamese(raw: str, tz: ZoneInfo = VIETNAM) -> datetime | None:
    """Parse a day-first date with an optional time anywhere in ``raw``."""
    if not raw:
        return None
    date_match = _DMY.search(raw)
    if not date_match:
        return None
    day, month, year = (int(part) for part in date_match.groups())
    rest = raw[: date_match.start()] + " " + raw[date_match.end() :]
    time_match = _HM.search(rest)
    hour = minute = second = 0
    if time_match:
        hour, minute = int(time_match.group(1)), int(time_match.group(2))
        second = int(time_match.group(3) or 0)
    try:
        return datetime(year, month, day, hour, minute, second, tzinfo=tz)
    except ValueError:
        return None


def parse_date(raw: str | None, tz: ZoneInfo = VIETNAM) -> datetime | None:
    """ISO first (meta tags), then the printed Vietnamese forms; ``None`` when unparseable."""
    if not raw:
        return None
    raw = raw.strip()
    if _looks_like_iso(raw):
        return parse_iso(raw, tz)
    return parse_rfc822(raw) or parse_vietnamese(raw, tz)


def parse_rfc822(raw: str) -> datetime | None:
    """RSS ``pubDate`` values such as ``Wed, 10 Jul 2024 06:39:00 +0700``."""
    if not re.match(r"^\s*(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}", raw):
        return None
    try:
        value = parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        return None
    return value if value.tzinfo else value.replace(tzinfo=VIETNAM)


def _looks_like_iso(raw: str) -> bool:
    """A year-first value that failed strict ISO parsing is malformed: do not reinterpret it."""
    return bool(re.match(r"^\d{4}-\d{2}-\d{2}", raw))


def states_time(raw: str) -> bool:
    """Whether a date value gives the time of day (an ISO time, or ``hh:mm`` beside a date)."""
    match = _ISO.match(raw or "")
    if match:
        return match.group(4) is not None
    if _looks_like_iso(raw or ""):
        return False
    date_match = _DMY.search(raw or "")
    if date_match:
        rest = raw[: date_match.start()] + " " + raw[date_match.end() :]
        return bool(_HM.search(rest))
    return bool(re.search(r"\d{1,2}:\d{2}", raw or ""))


# No Vietnamese portal published before the web reached the country (1997); schema.org
# placeholders such as ``0001-01-01`` are not dates.
_EARLIEST_YEAR = 1990


def plausible(value: datetime | None) -> bool:
    """A parsed date that can be a publication date (not a placeholder)."""
    return value is not None and value.year >= _EARLIEST_YEAR


def day_bound(value: str | None, end: bool = False) -> datetime | None:
    """``YYYY-MM-DD`` → the start (or the end) of that day in Vietnam, the one date form
    every command and spider argument takes; a clear error otherwise."""
    if not value:
        return None
    try:
        day = datetime.strptime(value, "%Y-%m-%d").date()
    except ValueError as exc:
        raise ValueError(f"{value!r} is not a date in YYYY-MM-DD form") from exc
    return datetime.combine(day, time.max if end else time.min, tzinfo=VIETNAM)
