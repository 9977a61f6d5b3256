"""Re-extraction speed: ``newsarchive reextract`` over a crawled archive vs extraction alone.

Builds a mirror of N NukeViet article pages (``crawler.testing.generate``, as
``crawl_throughput.py`` does), serves it on 127.0.0.1 and crawls it with ``newsarchive
crawl`` into a fresh SQLite file with its WARC files. The mirror is then stopped, the site's
rules are changed (a ``drop_phrases`` entry that removes one paragraph of every article,
so every article gets a new version) and ``newsarchive reextract`` runs in this process
(``crawler.cli.main``). In the same run, on the same pages with the same changed rules:

* extraction alone (``extract_article`` on the bytes on disk), the ceiling;
* re-extraction: WARC reads, decoding, extraction, comparison, writes and journal, once
  with the extraction pool (one worker process per usable core, the default) and once
  inline (``--workers 0``), each on its own copy of the crawled archive.

Figures are articles per second and the ratio re-extraction / extraction alone, so they
compare across machines. Usage: ``python bench/reextract_speed.py [--pages 300] [--out FILE]``.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import sqlalchemy as sa

from crawler.cli import main as cli
from crawler.db.models import ArticleVersion
from crawler.db.session import make_engine
from crawler.extract import extract_article
from crawler.extract.dates import VIETNAM
from crawler.testing.generate import build
from crawler.testing.mirror import MirrorServer
from spiders.nukeviet import CdcHoaBinhSpider

SITE = "cdchoabinh"
BASE = CdcHoaBinhSpider.base_url
PARAGRAPH = "Đợt tiêm chủng lần này"  # a paragraph of every generated article


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument(
        "--out", type=Path, default=Path(__file__).parent / "results" / "reextract_speed.json"
    )
    args = parser.parse_args()
    original = CdcHoaBinhSpider.article_rules
    changed = replace(original, drop_phrases=(*original.drop_phrases, PARAGRAPH))
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "mirror"
        root.mkdir()
        built = build(
            root, args.pages, 20, datetime(2024, 7, 20, 9, 0, tzinfo=VIETNAM), timedelta(hours=6)
        )
        pages = [(f"{BASE}{path}", (root / path.lstrip("/")).read_bytes()) for path, _ in built]
        started = time.perf_counter()
        for url, body in pages:
            extract_article(url, body, changed, "text/html; charset=utf-8")
        alone = time.perf_counter() - started

        db = f"sqlite:///{Path(tmp) / 'bench.db'}"
        inline_db = f"sqlite:///{Path(tmp) / 'inline.db'}"
        warc = Path(tmp) / "warc"
        with MirrorServer(root) as mirror:
            crawl = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "crawler.cli",
                    "crawl",
                    SITE,
                    "--mirror",
                    mirror.url,
                    "--db",
                    db,
                    "--max-pages",
                    "100000",
                    "--log-level",
                    "WARNING",
                ],
                capture_output=True,
                text=True,
                check=False,
                env={**os.environ, "DATABASE_URL": db},
            )
        if crawl.returncode != 0:
            print(crawl.stdout, crawl.stderr[-4000:], sep="\n")
            return 1

        CdcHoaBinhSpider.article_rules = changed
        runs = {}
        shutil.copy(Path(tmp) / "bench.db", Path(tmp) / "inline.db")
        for label, target, workers in (("pool", db, []), ("inline", inline_db, ["--workers", "0"])):
            output = io.StringIO()
            started = time.perf_counter()
            with contextlib.redirect_stdout(output):
                code = cli(
                    ["reextract", "--site", SITE, "--db", target, "--warc-dir", str(warc), *workers]
                )
            runs[label] = (time.perf_counter() - started, code, output.getvalue().rstrip())
            engine = make_engine(target)
            with engine.connect() as connection:
                versions = connection.scalar(
                    sa.select(sa.func.count()).where(ArticleVersion.origin == "reextract")
                )
            engine.dispose()
            if code != 0 or versions != args.pages:
                print(runs[label][2])
                return 1
        CdcHoaBinhSpider.article_rules = original
        warc_bytes = sum(path.stat().st_size for path in warc.glob("*.warc.gz"))
    figures = {
        "date": datetime.now().isoformat(timespec="seconds"),
        "machine": (
            f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
        ),
        "pages": args.pages,
        "reextract_versions_written": versions,
        "warc_mb": round(warc_bytes / 1e6, 1),
        "extraction_only_articles_per_s": round(args.pages / alone, 1),
        "reextract_articles_per_s": round(args.pages / runs["pool"][0], 1),
        "reextract_inline_articles_per_s": round(args.pages / runs["inline"][0], 1),
        "reextract_vs_extraction_ratio": round(alone / runs["pool"][0], 2),
        "reextract_inline_vs_extraction_ratio": round(alone / runs["inline"][0], 2),
    }
    print(runs["pool"][2])
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(figures, indent=2) + "\n", "utf-8")
    width = max(map(len, figures))
    for key, value in figures.items():
        print(f"{key:<{width}}  {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
