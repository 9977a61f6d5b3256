"""What WARC capture costs a crawl: throughput with capture on against off, same pages,
same run, and the WARC bytes kept per article.

Why: capture is on by default (issue 14), so its price must be known. The mirror is a
generated NukeViet site (``crawler.testing.generate``: the cdchoabinh sample article with
its own title, URL and date, 20 per listing page) served on 127.0.0.1 by the project's
mirror server in its own process. ``newsarchive crawl`` runs ``--runs`` times with capture
on and off, interleaved (on, off, off, on, …), each into a fresh SQLite archive; pages/s
counts archived articles over the crawl run's own start and finish (the run row), and the
medians are compared. A second crawl of the same pages (``--refresh``) with capture on
shows what revisit records cost. WARC bytes per article = the capture run's WARC files /
articles archived (listings, robots.txt and the feed included).

Usage: ``python bench/capture_cost.py [--pages 1000] [--runs 3] [--out FILE]``.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import platform
import statistics
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

import sqlalchemy as sa

from crawler.db.models import CrawlRun
from crawler.db.session import make_engine
from crawler.extract.dates import VIETNAM
from crawler.testing.generate import build
from crawler.testing.mirror import MirrorServer

RESULTS = Path(__file__).parent / "results"


def serve(root: Path, ports: multiprocessing.Queue) -> None:
    """The mirror, in a process of its own (it shares no GIL with the crawl)."""
    with MirrorServer(root) as mirror:
        ports.put(mirror.url)
        multiprocessing.Event().wait()


def crawl(mirror: str, folder: Path, capture: bool, *extra: str) -> tuple[float, int]:
    """One crawl into ``folder``'s archive: (articles per second of the run, articles)."""
    db = f"sqlite:///{folder / 'archive.db'}"
    command = [
        sys.executable, "-m", "crawler.cli", "crawl", "cdchoabinh", "--mirror", mirror,
        "--db", db, "--max-pages", "100000", "--log-level", "WARNING",
        "-s", f"ARCHIVE_WARC_ENABLED={capture}", "-s", f"ARCHIVE_WARC_DIR={folder / 'warc'}",
        *extra,
    ]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(done.stderr[-3000:])
    engine = make_engine(db)
    with engine.connect() as connection:
        run = connection.execute(sa.select(CrawlRun).order_by(CrawlRun.id.desc())).first()
    engine.dispose()
    seconds = (run.finished_at - run.started_at).total_seconds()
    articles = run.articles_new + run.articles_unchanged + run.articles_updated
    return articles / seconds, articles


def warc_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in (folder / "warc").glob("*.warc.gz"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--out", type=Path, default=RESULTS / "capture_cost.json")
    args = parser.parse_args()
    rates: dict[str, list[float]] = {"on": [], "off": [], "revisit": []}
    sizes: list[float] = []
    with tempfile.TemporaryDirectory(prefix="capture-cost-") as tmp:
        root = Path(tmp) / "mirror"
        root.mkdir()
        build(root, args.pages, 20, datetime(2024, 7, 20, 9, 0, tzinfo=VIETNAM), timedelta(hours=6))
        ports: multiprocessing.Queue = multiprocessing.Queue()
        server = multiprocessing.Process(target=serve, args=(root, ports), daemon=True)
        server.start()
        mirror = ports.get(timeout=60)
        try:
            for number in range(args.runs):
                order = ("on", "off") if number % 2 == 0 else ("off", "on")
                for mode in order:
                    folder = Path(tmp) / f"{mode}-{number}"
                    folder.mkdir()
                    rate, articles = crawl(mirror, folder, mode == "on")
                    rates[mode].append(rate)
                    if mode == "on":
                        sizes.append(warc_bytes(folder) / articles)
                        before = warc_bytes(folder)
                        again, _ = crawl(mirror, folder, True, "--refresh")
                        rates["revisit"].append(again)
                        sizes_revisit = (warc_bytes(folder) - before) / articles
        finally:
            server.terminate()
            server.join()
    medians = {mode: statistics.median(values) for mode, values in rates.items()}
    figures = {
        "date": datetime.now().isoformat(timespec="seconds"),
        "machine": (
            f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
        ),
        "command": " ".join(["python", "bench/capture_cost.py", *sys.argv[1:]]),
        "pages": args.pages,
        "runs": args.runs,
        "pages_per_s_capture_off": round(medians["off"], 1),
        "pages_per_s_capture_on": round(medians["on"], 1),
        "on_vs_off_ratio": round(medians["on"] / medians["off"], 2),
        "pages_per_s_recrawl_revisits": round(medians["revisit"], 1),
        "warc_kb_per_article": round(statistics.median(sizes) / 1024, 1),
        "warc_kb_per_article_recrawl": round(sizes_revisit / 1024, 1),
        "all_rates": {mode: [round(v, 1) for v in values] for mode, values in rates.items()},
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(figures, indent=2) + "\n", "utf-8")
    width = max(map(len, figures))
    for key, value in figures.items():
        print(f"{key:<{width}}  {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
