"""Extraction quality per site: the site's rules vs the generic path vs bare trafilatura.

For every article fixture with an expected JSON (``tests/sites/<site>/``):

* recall — share of the expected body paragraphs found in the stored text,
* leaked — ``must_exclude`` strings found in a stored paragraph (lead, text lines, title),
* title / authors / date — exact match (1) or not (0).

Columns: ``rules`` = the site's spider rules; ``generic`` = this project's generic path
(trafilatura alone plus metadata fallbacks, ``--site generic``); ``bare`` =
``trafilatura.bare_extraction(with_metadata=True)`` mapped onto the same record fields.
Usage: ``python bench/quality.py [--markdown]``; exits 1 if the rules do not beat bare
trafilatura (the generic path of the issue that asked for this report) on a seed site.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

import trafilatura

from crawler.extract import GENERIC_RULES, ArticleRecord, extract_article
from crawler.extract.dates import parse_date
from crawler.registry import site_spiders
from crawler.testing.fixtures import site_pages
from crawler.testing.quality import body_recall, field_mismatches, leaked


def _ours(url: str, body: bytes, rules: Any) -> dict[str, Any]:
    result = extract_article(url, body, rules)
    return result.to_json() if isinstance(result, ArticleRecord) else {}


def _bare(url: str, body: bytes) -> dict[str, Any]:
    doc = trafilatura.bare_extraction(body.decode("utf-8", "replace"), url=url, with_metadata=True)
    if doc is None:
        return {}
    date = parse_date(doc.date) if doc.date else None
    authors = [a.strip() for a in (doc.author or "").split(";") if a.strip()]
    return {
        "title": doc.title,
        "text": doc.text or "",
        "lead": None,
        "authors": authors,
        "published": date.isoformat() if date else None,
        "section": None,
    }


def score(record: dict[str, Any], expected: dict[str, Any]) -> dict[str, float]:
    if not record:
        return {"recall": 0.0, "leaked": 0, "title": 0, "lead": 0, "authors": 0, "date": 0}
    wrong = field_mismatches(record, expected)
    return {
        "recall": body_recall(record, expected),
        "leaked": len(leaked(record, expected)),
        "title": int("title" not in wrong),
        "lead": int("lead" not in wrong),
        "authors": int("authors" not in wrong),
        "date": int("published" not in wrong),
    }


def beats(rules: dict[str, float], other: dict[str, float]) -> bool:
    """At least as good on every measure (fewer leaks count as better), better on one."""
    keys = ("recall", "title", "lead", "authors", "date")
    not_worse = all(rules[k] >= other[k] for k in keys) and rules["leaked"] <= other["leaked"]
    better = any(rules[k] > other[k] for k in keys) or rules["leaked"] < other["leaked"]
    return not_worse and better


def rows() -> list[dict[str, Any]]:
    spiders = site_spiders()
    found = []
    for page in site_pages():
        if page.rules_key not in spiders or page.kind != "article" or page.expected is None:
            continue
        name = page.expected_path.name if page.expected_path else ""
        body = page.path.read_bytes()
        found.append(
            {
                "site": page.group,
                "page": name.removesuffix(".json")[:28],
                "seed": name.startswith("seed_"),
                "rules": score(
                    _ours(page.url, body, spiders[page.rules_key].article_rules), page.expected
                ),
                "generic": score(_ours(page.url, body, GENERIC_RULES), page.expected),
                "bare": score(_bare(page.url, body), page.expected),
            }
        )
    return found


def render(found: list[dict[str, Any]], markdown: bool) -> str:
    header = ["site", "page", "path", "recall", "leaked", "title", "lead", "authors", "date"]
    lines = []
    for row in found:
        for path in ("rules", "generic", "bare"):
            s = row[path]
            lines.append(
                [
                    row["site"],
                    row["page"],
                    path,
                    f"{s['recall']:.2f}",
                    str(s["leaked"]),
                    str(s["title"]),
                    str(s["lead"]),
                    str(s["authors"]),
                    str(s["date"]),
                ]
            )
    if markdown:
        out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        out += ["| " + " | ".join(line) + " |" for line in lines]
        return "\n".join(out)
    widths = [max(len(x) for x in col) for col in zip(header, *lines, strict=False)]
    return "\n".join(
        "  ".join(v.ljust(w) for v, w in zip(line, widths, strict=False))
        for line in [header, *lines]
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--markdown", action="store_true")
    args = parser.parse_args()
    found = rows()
    print(render(found, args.markdown))
    losers = [r for r in found if r["seed"] and not beats(r["rules"], r["bare"])]
    for row in losers:
        print(f"rules do not beat bare trafilatura on {row['site']} {row['page']}")
    return 1 if losers else 0


if __name__ == "__main__":
    sys.exit(main())
