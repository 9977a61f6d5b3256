"""What a re-extraction changed, and how it is told: the fields compared between a stored
article and the current rules' reading, the counts a run reports (and journals), and the
line (or diff) shown per page."""

from __future__ import annotations

import difflib
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from crawler.extract.dates import VIETNAM
from crawler.extract.record import ArticleRecord

# Compared between the stored article and the re-extraction, in this order.
FIELDS = (
    "title",
    "lead",
    "text",
    "authors",
    "published",
    "updated",
    "section",
    "tags",
    "images",
    "language",
    "html",
)
_COLUMNS = {"published": "published_at", "updated": "updated_at"}


def field_value(record: ArticleRecord, name: str) -> Any:
    if name == "images":
        return [asdict(image) for image in record.images]
    return getattr(record, name)


def stored_value(row: Any, name: str) -> Any:
    return row[_COLUMNS.get(name, name)]


def changed_fields(row: Any, record: ArticleRecord) -> dict[str, tuple[Any, Any]]:
    """``{field: (stored, re-extracted)}`` for every field that differs."""
    changes = {}
    for name in FIELDS:
        old, new = stored_value(row, name), field_value(record, name)
        if normalised(old) != normalised(new):
            changes[name] = (old, new)
    return changes


def normalised(value: Any) -> Any:
    if value in (None, "", [], {}):
        return None
    return value


# -- the summary ---------------------------------------------------------------------------


@dataclass
class Counts:
    """What a re-extraction did (kept in the journal, so a resumed run reports the whole)."""

    examined: int = 0
    changed: int = 0  # stored articles with at least one changed field
    versions: int = 0  # new article_versions rows
    fields: dict[str, int] = field(default_factory=dict)
    newly_rejected: int = 0
    newly_accepted: int = 0
    still_rejected: int = 0
    unreadable: int = 0  # captures whose WARC record could not be read

    @classmethod
    def of(cls, data: dict[str, Any]) -> Counts:
        return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})

    def add(self, other: Counts) -> None:
        for name in ("examined", "changed", "versions", "newly_rejected", "newly_accepted"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.still_rejected += other.still_rejected
        self.unreadable += other.unreadable
        for name, count in other.fields.items():
            self.fields[name] = self.fields.get(name, 0) + count

    def lines(self, label: str) -> list[str]:
        per_field = ", ".join(
            f"{name} {self.fields[name]}" for name in FIELDS if self.fields.get(name)
        )
        lines = [
            f"{label}: {self.examined} article pages examined, {self.changed} articles "
            f"changed ({self.versions} new versions), {self.newly_accepted} newly accepted, "
            f"{self.newly_rejected} newly rejected, {self.still_rejected} still rejected",
            f"{label}: changed fields: {per_field or 'none'}",
        ]
        if self.unreadable:
            lines.append(f"{label}: {self.unreadable} captures could not be read from WARC")
        return lines


# -- what a user sees of one page ----------------------------------------------------------


@dataclass(frozen=True)
class PageOutcome:
    url: str
    kind: str  # "changed", "accepted", "rejected"
    fields: dict[str, tuple[Any, Any]]
    reason: str = ""


def describe(outcome: PageOutcome, diff: bool) -> str:
    """One line per page; with ``diff``, the changes (a unified diff of long texts, old →
    new for short fields)."""
    if outcome.kind == "rejected":
        return f"newly rejected {outcome.url}: {outcome.reason}"
    head = (
        f"{'new article' if outcome.kind == 'accepted' else 'changed'} {outcome.url}: "
        + ", ".join(outcome.fields)
    )
    if not diff:
        return head
    lines = [head]
    for name, (old, new) in outcome.fields.items():
        if name in ("text", "lead") and (_long(old) or _long(new)):
            lines.extend(
                difflib.unified_diff(
                    (old or "").splitlines(),
                    (new or "").splitlines(),
                    fromfile=f"{name} (stored)",
                    tofile=f"{name} (re-extracted)",
                    lineterm="",
                )
            )
        elif name == "html":
            lines.append(f"  html: {len(old or '')} → {len(new or '')} characters")
        elif name == "images":
            lines.append(f"  images: {len(old or [])} → {len(new or [])}")
        else:
            lines.append(f"  {name}: {_show(old)} → {_show(new)}")
    return "\n".join(lines)


def _long(value: Any) -> bool:
    return isinstance(value, str) and (len(value) > 120 or "\n" in value)


def _show(value: Any) -> str:
    if isinstance(value, datetime):
        return value.astimezone(VIETNAM).isoformat()
    if value in (None, "", []):
        return "-"
    return repr(value)
