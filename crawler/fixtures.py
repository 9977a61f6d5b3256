"""``newsarchive fixture save``: capture a live page as a new site fixture.

Stores the page in the site's mirror (``crawler/samples/<site>/site/<url path>``), lists it in
``tests/sites/<site>/index.json`` with its URL and fetch time, and writes what the current
rules extract as a *draft* expected JSON beside it. The draft is for a maintainer to review
and correct; only then does it become the page's ``expected`` file (the site test never
trusts an unreviewed draft, which would only compare the extractor with itself).
"""

from __future__ import annotations

import json
import os
import re
import urllib.request
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from crawler.extract import Rejection, extract_article
from crawler.extract.dates import VIETNAM
from crawler.extract.normalize import paragraphs
from crawler.extract.rules import ArticleRules
from crawler.files import atomic_target
from crawler.mirror import mirror_path
from crawler.settings import USER_AGENT

MAX_BYTES = 8 * 1024 * 1024
TIMEOUT_SECONDS = 30


@dataclass
class SavedFixture:
    page: Path
    draft: Path | None
    index: Path
    rejected: str | None


def read_index(index: Path) -> dict[str, Any]:
    """A fixture set's ``index.json`` (``{"pages": [{"file", "url", "kind", "expected",
    …}]}``); an empty set when the file does not exist yet."""
    if not index.is_file():
        return {"pages": []}
    return json.loads(index.read_text(encoding="utf-8"))


def fetch(url: str) -> tuple[bytes, str | None]:
    """GET ``url`` with the project's User-Agent, at most ``MAX_BYTES``."""
    if urlsplit(url).scheme not in ("http", "https"):
        raise ValueError(f"{url!r}: only http(s) URLs can be saved")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
        body = response.read(MAX_BYTES + 1)
        if len(body) > MAX_BYTES:
            raise ValueError(f"{url!r}: larger than {MAX_BYTES} bytes; not a news page")
        return body, response.headers.get("Content-Type")


def confined(root: Path, relative: str) -> Path:
    """``root / relative``, or ``ValueError`` if it would lie outside ``root`` (a ``..`` or
    a symlink on the way): ``fixture save`` writes into a checkout, never beside it."""
    top = root.resolve()
    target = (top / relative).resolve()
    if target == top or top not in target.parents:
        raise ValueError(f"{relative!r} would be written outside {root}")
    return target


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and a rename,
    so an interrupted save leaves the old file or the new one, never half of one."""
    with atomic_target(path) as temporary, temporary.open("wb") as stream:
        stream.write(data)
        stream.flush()
        os.fsync(stream.fileno())


def save_fixture(
    site: str, rules: ArticleRules, url: str, real_url: str, repo: Path, now: datetime | None = None
) -> SavedFixture:
    """Fetch ``url`` (the page at ``real_url``) and store it as a fixture of ``site``.

    Every path is checked before the page is fetched: a real URL whose path climbs above
    the site's root (``../``, ``%2e%2e``) is refused with ``ValueError``, not stored.
    """
    relative = mirror_path(real_url, strict=True)
    page = confined(repo, f"crawler/samples/{site}/site/{relative}")
    tests_dir = confined(repo, f"tests/sites/{site}")
    body, content_type = fetch(url)
    fetched_at = (now or datetime.now(VIETNAM)).astimezone(VIETNAM).isoformat(timespec="seconds")
    write_atomically(page, body)
    tests_dir.mkdir(parents=True, exist_ok=True)
    result = extract_article(real_url, body, rules, content_type)
    draft = None
    if not isinstance(result, Rejection):
        draft = tests_dir / (
            re.sub(r"[^a-z0-9]+", "-", Path(relative).stem.lower())[:80] + ".draft.json"
        )
        write_atomically(
            draft,
            (
                json.dumps(
                    {
                        "url": real_url,
                        "fetched_at": fetched_at,
                        "review": "DRAFT written by the extractor: check every field against "
                        "the page, then rename without .draft and set it as the page's "
                        "expected file",
                        "title": result.title,
                        "section": result.section,
                        "published": result.to_json()["published"],
                        "authors": result.authors,
                        "lead": result.lead,
                        "body_must_include": paragraphs(result.text),
                        "may_include": [image.caption for image in result.images if image.caption],
                        "must_exclude": [],
                    },
                    ensure_ascii=False,
                    indent=1,
                )
                + "\n"
            ).encode("utf-8"),
        )
    index = tests_dir / "index.json"
    data = read_index(index)
    data["pages"] = [p for p in data["pages"] if p.get("file") != relative]
    data["pages"].append(
        {
            "file": relative,
            "url": real_url,
            "kind": "article" if draft else "other",
            "expected": None,
            "draft": draft.name if draft else None,
            "fetched_at": fetched_at,
        }
    )
    write_atomically(index, (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))
    return SavedFixture(
        page, draft, index, result.reason if isinstance(result, Rejection) else None
    )
