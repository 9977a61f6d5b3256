"""The generic extraction path vs bare trafilatura on scrapinghub/article-extraction-benchmark.

Why: the project's fixtures are Vietnamese portals with site rules; this measures the generic
path (unknown markup, ``GENERIC_RULES``) on 181 real news pages of many sites and languages
against bare ``trafilatura.bare_extraction(with_metadata=True)`` in the same run. The data
(``html/<id>.html.gz``, ``ground-truth.json``) stays outside the repo: ``ARTICLE_BENCHMARK_DIR``.

Body: the benchmark's own method (its ``evaluate.py``, re-implemented): ``\\w+`` tokens form
4-token shingles (under 4 tokens: one shingle); per page, tp/fp/fn are multiset shingle
overlaps normalised to sum 1. P is averaged over pages with tp+fp > 0 (an empty output is
absent from P and only costs R), R over pages with tp+fn > 0; F1 = harmonic mean of the two
averages; meanF1 = mean of per-page F1 (empty = 0). Generic body = lead + "\\n" + text (the
archive stores both); a Rejection is an empty output.

Title (the benchmark has no truth): the first ``<h1>`` whose text occurs in the page's
``<title>``, ``og:title`` or JSON-LD ``headline`` (visible and confirmed by the metadata, so
logo/section ``<h1>`` do not count; pages without one are left out). Exact = equal after
unescaping entities and collapsing white space.

Date (no truth either): the first ISO value that parses among JSON-LD ``datePublished``,
``meta[property=article:published_time]``, ``itemprop=datePublished`` (content, datetime or
text) and ``<time datetime>``; years before 1995 are placeholders, skipped (read by
:func:`declared_date`, not by the project's code). Day agrees when the contender's calendar
date at the page's declared UTC offset (its own if none is declared) is the declared day;
where a time is declared, time agrees when hour and minute match too. Bare trafilatura
returns a day only (time ``n/a``). Pages declaring no date are left out.
"""

from __future__ import annotations

import argparse
import gzip
import html
import json
import os
import platform
import re
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from contextlib import suppress
from datetime import date, datetime, tzinfo
from functools import partial
from pathlib import Path
from statistics import mean
from typing import Any

import trafilatura
from lxml import html as lxml_html

import crawler
from crawler.extract import ArticleRecord, extract_article
from crawler.extract.rules import GENERIC_RULES

RESULTS = Path(__file__).resolve().parent / "results"
MISSING = "article benchmark data not found: set ARTICLE_BENCHMARK_DIR to a checkout of {}"
_TOKEN = re.compile(r"\w+")
_ISO = re.compile(
    r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::\d{2}(?:[.,]\d+)?)?)?"
    r"\s*(Z|[+-]\d{2}:?\d{2})?"
)
Counts = tuple[float, float, float]  # tp, fp, fn of one page, normalised


def tp_fp_fn(truth: str, pred: str, n: int = 4) -> Counts:
    """Shingle overlap normalised to sum 1, so every page weighs the same in the means."""

    def shingles(text: str) -> Counter[tuple[str, ...]]:
        tokens = _TOKEN.findall(text or "")
        starts = range(max(1, len(tokens) - n + 1)) if tokens else range(0)
        return Counter(tuple(tokens[i : i + n]) for i in starts)

    t, p = shingles(truth), shingles(pred)
    tp, fp, fn = sum((t & p).values()), sum((p - t).values()), sum((t - p).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def precision(tp: float, fp: float, fn: float) -> float:
    """The benchmark's precision: 1 when nothing differs, 0 when nothing matches."""
    return 1.0 if fp == fn == 0 else tp / (tp + fp) if tp + fp else 0.0


def recall(tp: float, fp: float, fn: float) -> float:
    """The benchmark's recall, with the same edge cases."""
    return precision(tp, fn, fp)


def page_f1(c: Counts) -> float:
    """Per-page F1, to rank pages; an empty output scores 0."""
    p, r = precision(*c), recall(*c)
    return 2 * p * r / (p + r) if c[0] + c[1] and p + r else 0.0


def summary(counts: list[Counts]) -> tuple[float, float, float]:
    """(F1, P, R): P and R averaged where defined, F1 of the two averages, as evaluate.py."""
    p = mean(precision(*c) for c in counts if c[0] + c[1] > 0)
    r = mean(recall(*c) for c in counts if c[0] + c[2] > 0)
    return 2 * p * r / (p + r), p, r


def _norm(value: str | None) -> str:
    return " ".join(html.unescape(value or "").split())


def jsonld_objects(item: Any) -> list[dict[str, Any]]:
    """Every JSON-LD object in blocks (text or parsed), ``@graph`` members included."""
    if isinstance(item, str):
        with suppress(ValueError):
            return jsonld_objects(json.loads(item))
        return []
    if isinstance(item, list):
        return [o for x in item for o in jsonld_objects(x)]
    return [item, *jsonld_objects(item.get("@graph"))] if isinstance(item, dict) else []


def true_title(tree: Any, ld: list[dict[str, Any]]) -> str | None:
    """The first ``<h1>`` that the page's own title metadata confirms as its headline."""
    heads = [tree.findtext(".//title"), *tree.xpath("//meta[@property='og:title']/@content")]
    heads += [o["headline"] for o in ld if isinstance(o.get("headline"), str)]
    folded = [_norm(h).casefold() for h in heads if h]
    for node in tree.iter("h1"):
        text = _norm(node.text_content())
        if text and any(text.casefold() in h for h in folded):
            return text
    return None


# A declared date: day, (hour, minute) if given, UTC offset if given, where it was read.
Declared = tuple[date, tuple[int, int] | None, tzinfo | None, str]
_DATE_XPATHS = (
    ("meta", "//meta[@property='article:published_time']/@content"),
    ("itemprop", "//*[@itemprop='datePublished']/@*[name()='content' or name()='datetime']"),
    ("itemprop", "//*[@itemprop='datePublished'][not(@content|@datetime)]"),
    ("time", "//time/@datetime"),
)


def declared_date(tree: Any, ld: list[dict[str, Any]]) -> Declared | None:
    """The page's own published date: the first source, in the docstring's order, that parses."""
    found = [("json-ld", o.get("datePublished")) for o in ld]
    for source, xpath in _DATE_XPATHS:
        found += [
            (source, v if isinstance(v, str) else v.text_content()) for v in tree.xpath(xpath)
        ]
    for source, raw in found:
        m = _ISO.match(raw) if isinstance(raw, str) else None
        if not m or int(m[1]) < 1995:  # 0001-01-01 and the like are CMS placeholders
            continue
        y, mo, d, hh, mm, off = m.groups()
        tz = datetime.strptime(off, "%z").tzinfo if off else None
        with suppress(ValueError):
            return date(int(y), int(mo), int(d)), (int(hh), int(mm)) if hh else None, tz, source
    return None


def date_agreement(value: datetime | str | None, truth: Declared | None) -> tuple[Any, Any]:
    """(day agrees, time agrees); None where undefined (no declared date/time, bare's time)."""
    if truth is None:
        return None, None
    day, hm, tz, _ = truth
    if value is None:
        return False, (False if hm else None)
    if isinstance(value, str):  # bare trafilatura: YYYY-MM-DD only
        return value[:10] == day.isoformat(), None
    seen = value.astimezone(tz) if tz else value
    return seen.date() == day, ((seen.hour, seen.minute) == hm if hm else None)


# One contender's answer on one page: body, title, date, rejection ("reason: detail").
Output = tuple[str, str | None, datetime | str | None, str | None]


def run_bare(url: str, raw: bytes) -> Output:
    """The baseline as the brief defines it; the benchmark's pages are utf-8."""
    doc = trafilatura.bare_extraction(raw.decode("utf-8"), url=url, with_metadata=True)
    return (doc.text or "", doc.title, doc.date, None) if doc else ("", None, None, None)


def run_generic(url: str, raw: bytes) -> Output:
    """The crawler's generic path on the page's bytes, as a spider calls it."""
    result = extract_article(url, raw, GENERIC_RULES)
    if not isinstance(result, ArticleRecord):
        return "", None, None, f"{result.reason}: {result.detail}"
    body = f"{result.lead}\n{result.text}" if result.lead else result.text
    return body, result.title, result.published, None


CONTENDERS: dict[str, Callable[[str, bytes], Output]] = {"bare": run_bare, "generic": run_generic}


def code_state() -> str:
    """Which extractor was measured: the lead engineer edits it while benchmarks run."""
    where = Path(crawler.__file__).resolve().parent
    git = partial(subprocess.run, capture_output=True, text=True, cwd=where)
    head = git(["git", "rev-parse", "--short", "HEAD"]).stdout.strip()
    if not head:
        return f"crawler from {where} (not a git checkout)"
    changed = git(["git", "status", "--porcelain", "--", "extract"]).stdout.split()[1::2]
    return f"crawler from {where}, git {head}" + (f", modified: {changed}" if changed else "")


def main() -> int:
    """Run both contenders on every page; print and write the table, optionally the worst."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--worst", type=int, default=0, help="list the N pages generic loses most")
    args = parser.parse_args()
    root = Path(os.environ.get("ARTICLE_BENCHMARK_DIR") or "/nonexistent")
    if not (root / "ground-truth.json").is_file() or not (root / "html").is_dir():
        sys.exit(MISSING.format("github.com/scrapinghub/article-extraction-benchmark"))
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    pages: list[dict[str, Any]] = []
    counts: dict[str, list[Counts]] = {name: [] for name in CONTENDERS}
    seconds = dict.fromkeys(CONTENDERS, 0.0)
    for pid, item in sorted(truth.items()):
        raw = gzip.decompress((root / "html" / f"{pid}.html.gz").read_bytes())
        tree = lxml_html.document_fromstring(raw.decode("utf-8"))
        ld = jsonld_objects(tree.xpath("//script[@type='application/ld+json']/text()"))
        title, declared = true_title(tree, ld), declared_date(tree, ld)
        row: dict[str, Any] = {"id": pid, "url": item["url"], "has_title": title is not None}
        row["declared"] = declared and declared[3] + ("+time" if declared[1] else "")
        for name, run in CONTENDERS.items():
            start = time.perf_counter()
            body, got_title, got_date, rejection = run(item["url"], raw)
            seconds[name] += time.perf_counter() - start
            c = tp_fp_fn(item["articleBody"], body)
            counts[name].append(c)
            day_ok, time_ok = date_agreement(got_date, declared)
            row[name] = {
                "f1": round(page_f1(c), 4), "chars": len(body),
                "title_exact": None if title is None else _norm(got_title) == title,
                "date": got_date.isoformat() if isinstance(got_date, datetime) else got_date,
                "day_ok": day_ok, "time_ok": time_ok, "rejected": rejection,
            }  # fmt: skip
        pages.append(row)
    report = render(pages, counts, seconds)
    print(report)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "article_benchmark.txt").write_text(report + "\n", encoding="utf-8")
    meta = {"trafilatura": trafilatura.__version__, "code": code_state()}
    data = json.dumps({"meta": meta, "pages": pages}, separators=(",", ":"), ensure_ascii=False)
    (RESULTS / "article_benchmark.json").write_text(data + "\n", encoding="utf-8")
    if args.worst:
        print(worst(pages, args.worst))
    return 0


def render(pages: list[dict[str, Any]], counts: dict[str, list[Counts]], secs: dict) -> str:
    """The summary table, then the generic path's rejections with bare's length there."""
    declared = [r["declared"] for r in pages if r["declared"]]
    lines = [
        f"article-extraction-benchmark: {len(pages)} pages; trafilatura "
        f"{trafilatura.__version__}; Python {platform.python_version()} {platform.machine()}",
        code_state(),
        f"title truth on {sum(r['has_title'] for r in pages)} pages; declared date on "
        f"{len(declared)}, with a time of day on {sum(d.endswith('+time') for d in declared)}",
        "",
        f"{'':8} {'F1':>6} {'P':>6} {'R':>6} {'meanF1':>6} {'empty':>5} {'rej':>3} "
        f"{'title=':>7} {'day=':>7} {'day+time=':>9} {'seconds':>7}",
    ]
    for name in CONTENDERS:
        rows = [r[name] for r in pages]
        ratio = partial(_ratio, rows)
        f1, p, r = summary(counts[name])
        lines.append(
            f"{name:8} {f1:6.3f} {p:6.3f} {r:6.3f} {mean(x['f1'] for x in rows):6.3f} "
            f"{sum(x['chars'] == 0 for x in rows):5d} {sum(bool(x['rejected']) for x in rows):3d} "
            f"{ratio('title_exact'):>7} {ratio('day_ok'):>7} {ratio('time_ok'):>9} "
            f"{secs[name]:7.2f}"
        )
    lines.append("")
    for r in (r for r in pages if r["generic"]["rejected"]):
        g, b = r["generic"], r["bare"]
        lines.append(f"generic rejected {r['id'][:12]} ({g['rejected']}); bare {b['chars']} chars")
    return "\n".join(lines)


def _ratio(rows: list[dict[str, Any]], key: str) -> str:
    judged = [r[key] for r in rows if r[key] is not None]
    return f"{sum(judged)}/{len(judged)}" if judged else "n/a"


def worst(pages: list[dict[str, Any]], n: int) -> str:
    """The pages where the generic path trails bare trafilatura the most."""
    ranked = sorted(pages, key=lambda r: r["generic"]["f1"] - r["bare"]["f1"])[:n]
    lines = [f"\nworst {n}: id, F1 bare -> generic, chars bare / generic, rejection, url"]
    lines += [
        f"{r['id'][:12]} {b['f1']:.3f} -> {g['f1']:.3f} {b['chars']:6d} / {g['chars']:6d}"
        f"  {g['rejected'] or '-'}  {r['url']}"
        for r, b, g in ((r, r["bare"], r["generic"]) for r in ranked)
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
