"""Search and export at scale: a synthetic archive of 1,000,000 articles in SQLite.

Text is sampled from a word-pair (bigram) model of the bundled real article texts, so word
frequencies and common phrases resemble Vietnamese news; lengths follow a log-normal
around 450 words per article with a 30-word lead and a
12-word title. Rows are bulk-loaded after ``newsarchive db upgrade`` so the archive's own
FTS5 triggers build the index. Then 20 queries (common and rare words, phrases, NOT/OR,
diacritic-insensitive, with filters) run through ``crawler.db.search.search`` — the same
code path as ``newsarchive search`` — 5 times each, and the whole archive is exported to
Parquet with ``crawler.reports.export.export``.

Usage: ``python bench/search_scale.py --articles 1000000 --db /tmp/scale.db``
(``--reuse`` skips loading when the file already holds the articles).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import random
import re
import sqlite3
import statistics
import sys
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

from crawler.db import migrate
from crawler.db.search import Filters, search
from crawler.db.session import make_engine
from crawler.reports.export import export
from crawler.samples import SAMPLES_DIR
from crawler.search.fold import exact_key, plain_key

SITES = [
    ("cdchoabinh", "Hòa Bình"),
    ("nahang", "Tuyên Quang"),
    ("baolaocai", "Lào Cai"),
    ("thainguyentv", "Thái Nguyên"),
    ("baodantoc", None),
    ("backan", "Bắc Kạn"),
    ("tintaynguyen", None),
    ("hagiang", "Hà Giang"),
]
SECTIONS = ["Y tế", "Xã hội", "Kinh tế", "Chính trị", "Văn hóa", "Phòng chống dịch bệnh"]
QUERIES: list[tuple[str, dict]] = [
    ("y tế", {}),
    ("sức khỏe", {}),
    ("sức khoẻ", {}),
    ("suc khoe", {"diacritics": False}),
    ('"tiêm chủng mở rộng"', {}),
    ('"phòng chống dịch"', {}),
    ("bệnh dại", {}),
    ("sốt xuất huyết", {}),
    ("vắc xin -covid", {}),
    ("thủy lợi OR thuỷ điện", {}),
    ("Hà Giang", {}),
    ("giảm nghèo bền vững", {}),
    ("bạch hầu", {}),
    ("chăm sóc", {"filters": Filters(site="nahang")}),
    ("y tế", {"filters": Filters(province="Tuyên Quang")}),
    ("hội nghị", {"filters": Filters(since=datetime(2024, 1, 1, tzinfo=UTC))}),
    ("khám chữa bệnh", {"filters": Filters(section="Y tế")}),
    ("nong thon moi", {"diacritics": False}),
    ('"an toàn thực phẩm"', {}),
    ("Trung tâm Kiểm soát bệnh tật", {}),
]


class BigramModel:
    """Word sequences sampled from the bundled real articles' word-pair statistics, so that
    common phrases ("tiêm chủng mở rộng", "phòng chống dịch") occur as in real news."""

    def __init__(self) -> None:
        pairs: dict[int, Counter[int]] = {}
        self.words: list[str] = []
        index: dict[str, int] = {}
        for page in SAMPLES_DIR.glob("*/site/**/*.*"):
            if page.suffix not in (".html", ".htm", ".aspx"):
                continue
            text = re.sub(
                r"<(script|style)[^>]*>.*?</\1>|<[^>]+>",
                " ",
                page.read_text("utf-8", "replace"),
                flags=re.S,
            )
            previous = None
            for word in re.findall(r"\w+", text):
                if word.isdigit() or len(word) > 12:
                    previous = None
                    continue
                current = index.setdefault(word, len(self.words))
                if current == len(self.words):
                    self.words.append(word)
                if previous is not None:
                    pairs.setdefault(previous, Counter())[current] += 1
                previous = current
        self.followers = {
            w: (list(c), list(__import__("itertools").accumulate(c.values())))
            for w, c in pairs.items()
        }
        self.starts = list(self.followers)

    def sample(self, rng: random.Random, length: int) -> list[int]:
        current = rng.choice(self.starts)
        out = [current]
        while len(out) < length:
            options = self.followers.get(current)
            if not options or rng.random() < 0.08:  # a new sentence now and then
                current = rng.choice(self.starts)
            else:
                current = rng.choices(options[0], cum_weights=options[1], k=1)[0]
            out.append(current)
        return out


def load(db: Path, articles: int, seed: int = 7) -> float:
    started = time.perf_counter()
    engine = make_engine(f"sqlite:///{db}")
    migrate.upgrade(engine)
    engine.dispose()
    model = BigramModel()
    words = model.words
    exact = [exact_key(w) for w in words]
    plain = [plain_key(w) for w in words]
    rng = random.Random(seed)
    connection = sqlite3.connect(db)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=OFF")
    for key, (site, province) in enumerate(SITES, start=1):
        connection.execute(
            "INSERT OR IGNORE INTO sites (id, key, name, base_url, family, province, created_at)"
            " VALUES (?, ?, ?, ?, 'nukeviet', ?, ?)",
            (key, site, site, f"https://{site}.vn", province, "2026-01-01 00:00:00.000000"),
        )
    base = datetime(2015, 1, 1, tzinfo=UTC)
    batch_size = 5000
    for start in range(0, articles, batch_size):
        rows, keys = [], []
        for n in range(start, min(articles, start + batch_size)):
            length = max(80, int(rng.lognormvariate(math.log(450), 0.45)))
            title_ids, lead_ids, body_ids = (
                model.sample(rng, 12),
                model.sample(rng, 30),
                model.sample(rng, length),
            )
            ids = title_ids + lead_ids + body_ids
            paragraphs = [
                " ".join(words[i] for i in body_ids[p : p + 80]) + "."
                for p in range(0, len(body_ids), 80)
            ]
            title = " ".join(words[i] for i in title_ids)
            lead = " ".join(words[i] for i in lead_ids) + "."
            published = base + timedelta(minutes=n * 5 + rng.randint(0, 4))
            site = n % len(SITES)
            rows.append(
                (
                    n + 1,
                    1 + site,
                    f"https://site{site}.vn/bai-{n}.html",
                    f"https://site{site}.vn/bai-{n}.html",
                    title,
                    lead,
                    "\n".join(paragraphs),
                    published.strftime("%Y-%m-%d %H:%M:%S.%f"),
                    SECTIONS[n % len(SECTIONS)],
                    length,
                    f"{n:064x}",
                )
            )
            keys.append((n + 1, " ".join(exact[i] for i in ids), " ".join(plain[i] for i in ids)))
        connection.executemany(
            "INSERT INTO articles (id, site_id, canonical_url, url, title, lead, text, authors,"
            " published_at, section, tags, images, language, word_count, content_hash,"
            " extractor_version, field_sources, warnings, first_seen_at, last_seen_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, '[\"Phóng viên\"]', ?, ?, '[]', '[]', 'vi', ?, ?, '1',"
            " '{}', '[]', '2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000')",
            rows,
        )
        connection.executemany(
            "INSERT INTO article_search (article_id, exact, plain) VALUES (?, ?, ?)", keys
        )
        connection.commit()
        if start % 100_000 == 0:
            print(
                f"  loaded {start + len(rows):>9,} articles "
                f"({time.perf_counter() - started:,.0f} s)",
                flush=True,
            )
    connection.execute("INSERT INTO article_fts(article_fts) VALUES ('optimize')")
    connection.commit()
    connection.close()
    return time.perf_counter() - started


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, default=Path("/tmp/newsarchive-scale.db"))
    parser.add_argument("--reuse", action="store_true")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--out", type=Path, default=Path(__file__).parent / "results" / "search_scale.json"
    )
    args = parser.parse_args()
    load_seconds = None
    if not (args.reuse and args.db.is_file()):
        args.db.unlink(missing_ok=True)
        load_seconds = load(args.db, args.articles)
    engine = make_engine(f"sqlite:///{args.db}")
    per_query: dict[str, list[float]] = {}
    totals: dict[str, int] = {}
    for query, options in QUERIES:
        label = (
            query
            + (" [no diacritics]" if options.get("diacritics") is False else "")
            + (f" {options['filters']}" if "filters" in options else "")
        )
        for _ in range(args.repeat):
            started = time.perf_counter()
            results = search(engine, query, **options)
            per_query.setdefault(label, []).append((time.perf_counter() - started) * 1000)
        totals[label] = results.total
    timings = [t for values in per_query.values() for t in values]
    out_file = args.db.with_suffix(".parquet")
    started = time.perf_counter()
    exported = export(engine, out_file, "parquet", progress=False)
    export_seconds = time.perf_counter() - started
    engine.dispose()
    figures = {
        "date": datetime.now().isoformat(timespec="seconds"),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}",
        "articles": args.articles,
        "load_seconds": load_seconds,
        "db_bytes": args.db.stat().st_size,
        "search_ms_p50": round(statistics.median(timings), 1),
        "search_ms_p95": round(percentile(timings, 0.95), 1),
        "search_ms_max": round(max(timings), 1),
        "per_query_ms_median": {k: round(statistics.median(v), 1) for k, v in per_query.items()},
        "per_query_matches": totals,
        "export_parquet_seconds": round(export_seconds, 1),
        "exported_rows": exported,
        "parquet_bytes": out_file.stat().st_size,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(figures, ensure_ascii=False, indent=2) + "\n", "utf-8")
    print(json.dumps(figures, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
