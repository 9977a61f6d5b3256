"""Every saved fixture page with its expected record, from the repository's test folders.

Two kinds of fixture sets, one shape (``index.json`` listing ``file``, ``url``, ``kind`` and
``expected`` per page):

* ``tests/sites/<site>/`` — a registered site; its pages are the site's mirror
  (``crawler/samples/<site>/site/``) and its rules are the site's.
* ``tests/families/<family>/<theme>/`` — pages of a CMS family rendered by the real CMS
  (or written from the CMS's own markup where it cannot be installed here), one folder per
  theme, pages under ``pages/``; the rules are the family's.

Tests, benchmarks and ``newsarchive fixture save`` read an ``index.json`` the same way
(:func:`crawler.fixtures.read_index`); this module is where the test side finds them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from crawler.fixtures import read_index
from crawler.samples import mirror_root

REPO = Path(__file__).resolve().parents[2]
SITES_DIR = REPO / "tests" / "sites"
FAMILIES_DIR = REPO / "tests" / "families"


@dataclass(frozen=True)
class FixturePage:
    """One saved page: where it is, what it is, and what extraction must give."""

    group: str  # "cdchoabinh" (a site) or "wordpress/twentytwentyfive" (a family theme)
    rules_key: str  # the site or family whose rules apply
    url: str
    path: Path
    kind: str
    expected_path: Path | None

    @cached_property
    def expected(self) -> dict[str, Any] | None:
        if self.expected_path is None:
            return None
        return json.loads(self.expected_path.read_text(encoding="utf-8"))


def site_index(site: str) -> dict[str, Any]:
    """The ``index.json`` of one site's fixture set; a site without one is an error here,
    not an empty set (every registered site must have fixtures)."""
    index = SITES_DIR / site / "index.json"
    if not index.is_file():
        raise FileNotFoundError(f"{site} has no fixture set: {index} is missing")
    return read_index(index)


def _pages(index: Path, group: str, rules_key: str, root: Path) -> list[FixturePage]:
    data = read_index(index)
    return [
        FixturePage(
            group=group,
            rules_key=rules_key,
            url=page["url"],
            path=root / page["file"],
            kind=page["kind"],
            expected_path=index.parent / page["expected"] if page.get("expected") else None,
        )
        for page in data["pages"]
    ]


def site_pages() -> list[FixturePage]:
    """Pages of every site fixture set (``tests/sites/*/index.json``)."""
    return [
        page
        for index in sorted(SITES_DIR.glob("*/index.json"))
        for page in _pages(
            index, index.parent.name, index.parent.name, mirror_root(index.parent.name)
        )
    ]


def family_pages() -> list[FixturePage]:
    """Pages of every family theme set (``tests/families/*/*/index.json``)."""
    return [
        page
        for index in sorted(FAMILIES_DIR.glob("*/*/index.json"))
        for page in _pages(
            index,
            f"{index.parent.parent.name}/{index.parent.name}",
            index.parent.parent.name,
            index.parent,
        )
    ]


def family_themes() -> dict[str, dict[str, Any]]:
    """``{"wordpress/twentytwentyfive": index metadata}`` for every family theme set."""
    return {
        f"{index.parent.parent.name}/{index.parent.name}": {
            k: v for k, v in read_index(index).items() if k != "pages"
        }
        for index in sorted(FAMILIES_DIR.glob("*/*/index.json"))
    }
