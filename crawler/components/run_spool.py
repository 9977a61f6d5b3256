"""Run records that could not be written when the crawl closed (the database was down).

The crawl writes its run row's final fields to a small JSON file in ``ARCHIVE_SPOOL_DIR``
instead; the next crawl of the site on the same archive applies it before anything else, so
the run ends ``incomplete`` or ``failed`` with its true counts (and the articles it lost)
instead of being relabelled "interrupted, 0 new". Files are written atomically.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from crawler.files import atomic_target

DEFAULT_SPOOL_DIR = (
    Path(os.environ.get("XDG_STATE_HOME", Path.home() / ".local" / "state"))
    / "newsarchive"
    / "pending-runs"
)


def spool_dir(setting: str | None) -> Path:
    return Path(setting).expanduser() if setting else DEFAULT_SPOOL_DIR


def save(folder: Path, archive: str, site: str, run_id: int, fields: dict[str, Any]) -> Path:
    """Keep one run's final fields for the next crawl of ``site`` on ``archive``."""
    path = folder / f"{site}-{run_id}.json"
    record = {"archive": archive, "site": site, "run_id": run_id, "fields": fields}
    with atomic_target(path) as partial:
        partial.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    return path


def pending(folder: Path, archive: str, site: str) -> Iterator[tuple[Path, int, dict[str, Any]]]:
    """The spooled runs of ``site`` on ``archive``: (file, run id, fields)."""
    if not folder.is_dir():
        return
    for path in sorted(folder.glob(f"{site}-*.json")):
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if record.get("archive") == archive and record.get("site") == site:
            yield path, int(record["run_id"]), dict(record["fields"])
