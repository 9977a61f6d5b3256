"""Checking an extracted record against an expected-output JSON (the seeds' format).

Expected files say ``title``, ``authors``, ``published``, ``lead``, ``section`` exactly,
``body_must_include`` (every body paragraph; each must be in the stored text) and
``must_exclude`` (page text that is not the article; none may be in any stored paragraph).
White space is compared collapsed and text NFC-normalised: the archive stores clean lines,
while the seeds keep the sites' double spaces.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from crawler.extract.normalize import canon


def _when(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def stored_paragraphs(record: dict[str, Any]) -> list[str]:
    """Every paragraph the archive stores for a record: the lead and the text's lines."""
    lines = [record.get("lead") or "", *(record.get("text") or "").split("\n")]
    return [canon(line) for line in lines if line.strip()]


def body_recall(record: dict[str, Any], expected: dict[str, Any]) -> float:
    """Share of ``body_must_include`` paragraphs found in the stored text."""
    wanted = expected.get("body_must_include") or []
    if not wanted:
        return 1.0
    text = canon(" ".join((record.get("text") or "").split("\n")))
    return sum(canon(p) in text for p in wanted) / len(wanted)


def leaked(record: dict[str, Any], expected: dict[str, Any]) -> list[str]:
    """``must_exclude`` strings present in a stored paragraph or the title."""
    paragraphs = [*stored_paragraphs(record), canon(record.get("title") or "")]
    return [
        s
        for s in expected.get("must_exclude") or []
        if canon(s) and any(canon(s) in p for p in paragraphs)
    ]


def field_mismatches(record: dict[str, Any], expected: dict[str, Any]) -> dict[str, tuple]:
    """Exact fields that differ: ``{field: (expected, got)}``."""
    problems: dict[str, tuple] = {}
    checks = {
        "title": (canon(expected.get("title") or ""), canon(record.get("title") or "")),
        "authors": (expected.get("authors") or [], record.get("authors") or []),
        "published": (_when(expected.get("published")), _when(record.get("published"))),
    }
    if "lead" in expected:
        checks["lead"] = (canon(expected["lead"] or ""), canon(record.get("lead") or ""))
    if "section" in expected:
        checks["section"] = (expected["section"], record.get("section"))
    if "tags" in expected:
        checks["tags"] = (expected["tags"], record.get("tags") or [])
    for name, (want, got) in checks.items():
        if want != got:
            problems[name] = (want, got)
    return problems


def problems(record: dict[str, Any], expected: dict[str, Any]) -> list[str]:
    """Everything that keeps ``record`` from meeting ``expected``, as readable lines."""
    found = [
        f"{name}: expected {want!r}, got {got!r}"
        for name, (want, got) in field_mismatches(record, expected).items()
    ]
    text = canon(" ".join((record.get("text") or "").split("\n")))
    found += [
        f"missing body paragraph: {p[:80]!r}…"
        for p in expected.get("body_must_include") or []
        if canon(p) not in text
    ]
    found += [f"boilerplate leaked: {s[:80]!r}" for s in leaked(record, expected)]
    return found


# The fields a fixture's expected record states exactly; each counts one point.
EXACT_FIELDS = ("title", "authors", "published", "lead", "section")


def score(record: dict[str, Any] | None, expected: dict[str, Any]) -> dict[str, float]:
    """Per-field marks of one extraction (an empty record is a rejected page): 1/0 for each
    exact field, body recall, and ``clean`` = 1 when no boilerplate leaked."""
    if not record:
        return {**dict.fromkeys(EXACT_FIELDS, 0.0), "recall": 0.0, "clean": 0.0, "leaked": 0}
    wrong = field_mismatches(record, expected)
    marks: dict[str, float] = {name: float(name not in wrong) for name in EXACT_FIELDS}
    found = leaked(record, expected)
    marks.update(recall=body_recall(record, expected), clean=float(not found), leaked=len(found))
    return marks


def points(marks: dict[str, float]) -> float:
    """One number per page for comparing two extraction paths: exact fields + recall + clean."""
    return sum(marks[name] for name in EXACT_FIELDS) + marks["recall"] + marks["clean"]
