"""Peak memory of ``newsarchive crawl`` through a long crawl, and whether it grows.

Why: a backfill of a big portal runs through 100,000 pages in one process; memory that
grows with the pages crawled (seen-URL sets, the request queue, stats, batches, caches)
ends it on a small server. The target is a peak RSS under 400 MB through 100,000 pages
(issue 13). A few hundred pages cannot show growth, so this crawls N generated ones.

The site: a NukeViet mirror of N article pages built by ``crawler.testing.generate`` (the
cdchoabinh sample article with its own title, URL and date, 20 per listing page), as
``crawl_throughput.py`` builds it, written to disk (about 37 kB a page: 3.7 GB at
100,000) and served by the project's ``crawler.mirror.MirrorServer`` in its own process,
which counts the article pages it has served. The crawl is ``newsarchive crawl cdchoabinh
--mirror URL --max-pages 1000000`` into a fresh SQLite file: every listing page, every
article. Every second the crawl's process tree RSS (sum over the process and its children,
psutil) is sampled with the count of articles served so far.

Reports peak RSS and the trend: RSS at the first sample past 10 %, 50 % and 100 % of the
pages, plus every sample, in ``results/peak_rss-<date>.json``.

Usage::

    .venv/bin/python bench/peak_rss.py --pages 5000            # about 3 minutes
    .venv/bin/python bench/peak_rss.py --pages 100000 --root /var/tmp/peak-rss-mirror
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from contextlib import suppress
from datetime import datetime, timedelta
from multiprocessing.sharedctypes import Synchronized
from pathlib import Path

import psutil

from crawler.extract.dates import VIETNAM
from crawler.mirror import MirrorHandler, MirrorServer
from crawler.testing.generate import build

RESULTS = Path(__file__).resolve().parent / "results"
SITE = "cdchoabinh"
PER_PAGE = 20
NEWEST = datetime(2024, 7, 20, 9, 0, tzinfo=VIETNAM)
STEP = timedelta(hours=1)
ARTICLE = re.compile(r"/bai-viet-\d+-\d+\.html$")
SUMMARY = re.compile(rf"{SITE}: (\w+); (\d+) pages, (\d+) new")


def serve(root: Path, port: multiprocessing.Queue, served: Synchronized) -> None:
    """The mirror's process: the project's mirror server, counting article pages served
    (the crawl's progress, read without touching the crawl or its database)."""

    class CountingHandler(MirrorHandler):
        def do_GET(self) -> None:
            super().do_GET()
            if ARTICLE.search(self.path):
                with served.get_lock():
                    served.value += 1

    server = MirrorServer(root, handler=CountingHandler)
    server.request_queue_size = 256
    port.put(server.server_address[1])
    server.serve_forever(poll_interval=0.5)


def tree_rss(process: psutil.Process) -> tuple[int, int]:
    """(RSS, PSS) of the crawl and every process it started: the extraction workers and
    their forkserver included (0 for one that ended meanwhile). RSS counts the memory the
    workers share with the forkserver once per process; PSS shares it out, so its sum is
    what the tree really holds."""
    rss = pss = 0
    with suppress(psutil.NoSuchProcess):
        for member in [process, *process.children(recursive=True)]:
            with suppress(psutil.NoSuchProcess, psutil.AccessDenied):
                info = member.memory_full_info()
                rss += info.rss
                pss += getattr(info, "pss", info.rss)
    return rss, pss


def mirror_root(root: Path | None, pages: int, scratch: Path) -> Path:
    """A generated mirror of ``pages`` articles; ``root`` keeps one for the next run (a
    marker file says how many pages it holds)."""
    folder = root or scratch / "mirror"
    marker = folder / ".pages"
    if marker.exists() and marker.read_text() == str(pages):
        return folder
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    started = time.perf_counter()
    build(folder, pages, PER_PAGE, NEWEST, STEP)
    marker.write_text(str(pages))
    print(f"generated {pages} pages in {time.perf_counter() - started:.0f} s under {folder}")
    return folder


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=100_000)
    parser.add_argument("--root", type=Path, help="keep the generated mirror here for reuse")
    parser.add_argument("--interval", type=float, default=1.0, help="seconds between samples")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="peak-rss-") as tmp:
        scratch = Path(tmp)
        root = mirror_root(args.root, args.pages, scratch)
        served: Synchronized = multiprocessing.Value("q", 0)
        port: multiprocessing.Queue = multiprocessing.Queue()
        server = multiprocessing.Process(target=serve, args=(root, port, served), daemon=True)
        server.start()
        mirror = f"http://127.0.0.1:{port.get(timeout=30)}"
        db = f"sqlite:///{scratch / 'archive.db'}"
        newsarchive = Path(sys.executable).parent / "newsarchive"
        command = [str(newsarchive), "crawl", SITE, "--mirror", mirror, "--db", db]
        command += ["--max-pages", "1000000", "--log-level", "WARNING"]
        log = scratch / "crawl.log"
        samples: list[dict[str, float]] = []
        started = time.perf_counter()
        try:
            with log.open("w") as out:
                crawl = subprocess.Popen(
                    command,
                    stdout=out,
                    stderr=subprocess.STDOUT,
                    env={**os.environ, "DATABASE_URL": db},
                    cwd=scratch,
                )
                watched = psutil.Process(crawl.pid)
                while crawl.poll() is None:
                    rss, pss = tree_rss(watched)
                    samples.append(
                        {
                            "s": round(time.perf_counter() - started, 1),
                            "articles_served": served.value,
                            "rss_mb": round(rss / 2**20, 1),
                            "pss_mb": round(pss / 2**20, 1),
                        }
                    )
                    time.sleep(args.interval)
                code = crawl.wait()
        finally:
            server.terminate()
            server.join()
        wall = time.perf_counter() - started
        text = log.read_text(errors="replace")
    found = SUMMARY.search(text)
    live = [s for s in samples if s["rss_mb"] > 0]

    def at(share: float) -> dict[str, float] | None:
        """The first sample at or past ``share`` of the pages served."""
        wanted = share * args.pages
        return next((s for s in live if s["articles_served"] >= wanted), None)

    figures = {
        "date": datetime.now().isoformat(timespec="seconds"),
        "machine": (
            f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
        ),
        "command": " ".join(["python", "bench/peak_rss.py", *sys.argv[1:]]),
        "pages": args.pages,
        "exit_code": code,
        "summary": found.group(0) if found else text[-2000:],
        "articles_new": int(found.group(3)) if found else None,
        "wall_s": round(wall, 1),
        "peak_rss_mb": max((s["rss_mb"] for s in live), default=None),
        "peak_pss_mb": max((s["pss_mb"] for s in live), default=None),
        "rss_mb_at": {
            f"{int(share * 100)}%": (sample or {}).get("rss_mb")
            for share in (0.1, 0.5, 1.0)
            for sample in [at(share)]
        },
        "pss_mb_at": {
            f"{int(share * 100)}%": (sample or {}).get("pss_mb")
            for share in (0.1, 0.5, 1.0)
            for sample in [at(share)]
        },
        "target_peak_rss_mb": 400,
        "samples": samples,
    }
    out_path = args.out or RESULTS / f"peak_rss-{datetime.now():%Y-%m-%d}.json"
    out_path.parent.mkdir(parents=True, exist_ok=True)
    out_path.write_text(json.dumps(figures, indent=2) + "\n", "utf-8")
    shown = ("pages", "exit_code", "summary", "wall_s", "peak_rss_mb", "peak_pss_mb")
    for key in (*shown, "rss_mb_at", "pss_mb_at"):
        print(f"{key:<12} {figures[key]}")
    print(f"written to {out_path}")
    return 0 if code == 0 and figures["articles_new"] == args.pages else 1


if __name__ == "__main__":
    sys.exit(main())
