"""Saved copies of real sites' pages, shipped with the package.

``samples/<site>/site/`` is a mirror (file path = URL path) that ``newsarchive demo``, the
tests and the benchmarks serve on loopback; ``samples/<site>/`` has no code.
"""

from __future__ import annotations

from pathlib import Path

SAMPLES_DIR = Path(__file__).resolve().parent


def mirror_root(site: str) -> Path:
    return SAMPLES_DIR / site / "site"


def sample_sites() -> list[str]:
    """Sites that have a saved mirror."""
    return sorted(p.parent.name for p in SAMPLES_DIR.glob("*/site") if p.is_dir())
