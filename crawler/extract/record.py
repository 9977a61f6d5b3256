"""The extraction result: an article record or a reasoned rejection."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from crawler.extract.dates import VIETNAM

EXTRACTOR_VERSION = "1"


@dataclass
class Image:
    """An image of the article body, with the caption the page gives it."""

    src: str
    caption: str | None = None
    alt: str | None = None


@dataclass
class ArticleRecord:
    """One clean article. ``text`` holds one paragraph per line; times are aware."""

    url: str
    canonical_url: str
    title: str
    text: str
    lead: str | None = None
    html: str | None = None
    authors: list[str] = field(default_factory=list)
    published: datetime | None = None
    published_raw: str | None = None
    updated: datetime | None = None
    section: str | None = None
    tags: list[str] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    language: str | None = None
    # Which source gave each field: "rules" (the site's selectors) or "fallback" (trafilatura).
    field_sources: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    extractor_version: str = EXTRACTOR_VERSION
    # Which rules read it (:func:`crawler.extract.rules.rules_version`): re-extraction
    # compares it with the current rules'.
    rules_version: str | None = None

    @property
    def word_count(self) -> int:
        return len(self.text.split())

    @property
    def content_hash(self) -> str:
        """Hash of what a reader sees; a change here is a new version of the article."""
        parts = [self.title, self.lead or "", self.text, "|".join(self.authors)]
        return hashlib.sha256("\n\x1e".join(parts).encode("utf-8")).hexdigest()

    def to_json(self) -> dict[str, Any]:
        """The record as the CLI prints it: times in ISO 8601 with their offset."""
        data = asdict(self)
        for key in ("published", "updated"):
            value = getattr(self, key)
            data[key] = value.astimezone(VIETNAM).isoformat() if value else None
        data["word_count"] = self.word_count
        data["content_hash"] = self.content_hash
        return data


@dataclass(frozen=True)
class Rejection:
    """A page that is not an article, with the reason a user can act on."""

    url: str
    reason: str
    detail: str = ""


Extraction = ArticleRecord | Rejection
