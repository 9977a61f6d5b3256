"""End-to-end crawl throughput against a bare Scrapy + trafilatura crawler and news-please.

Why: ``crawl_throughput.py`` times one synthetic NukeViet page; this measures whole crawls
(discovery from robots.txt and a sitemap, fetching, extraction, storage) of *real, varied*
news pages, and compares them with what a user would otherwise run, in the same run on the
same mirror, so the ratios hold across machines (issue 13).

The mirror: the 181 pages of scrapinghub/article-extraction-benchmark (``html/<id>.html.gz``)
× ``--copies`` (5) at distinct URLs (``/c<k>/<id>.html``), a ``sitemap.xml`` listing them, a
``robots.txt`` with its ``Sitemap:`` line and a small home page. It is served from memory by
a threaded HTTP/1.1 server in its own process (no GIL shared with anything measured; its CPU
is measured and reported, to show it is not the bottleneck). The data stays outside the
repo: ``--aeb DIR`` or ``$ARTICLE_BENCHMARK_DIR``.

Contenders, each run pinned to one core (``taskset -c 0``; the server and this script then
keep to core 1) and unpinned, interleaved, ``--runs`` times, medians reported:

* ``reference``: a Scrapy ``SitemapSpider`` calling ``trafilatura.bare_extraction(html,
  url=..., with_metadata=True)`` on each page, items dropped, with the concurrency the
  project's crawls of a mirror use (16 requests, 8 per host, no delay, no autothrottle);
* ``project``: ``newsarchive crawl aebbench --mirror BASE --db sqlite:///…`` of a
  ``family = "generic"`` site declared in a generated TOML (``$NEWSARCHIVE_SITES``);
  ``--pg`` adds ``project-pg``, the same into a fresh PostgreSQL database;
* ``newsplease``: news-please 1.6.16 in its own virtualenv (``--newsplease-venv``, created
  with ``pip install news-please==1.6.16`` if missing), its SitemapCrawler run as its
  launcher runs it (``single_crawler.py``), pipelines ArticleMasterExtractor + JsonFileStorage.
  news-please cannot crawl a base URL with a port (``UrlExtractor.get_allowed_domain`` keeps
  the port in ``allowed_domains``), so it runs only when the mirror is on port 80: pass
  ``--netns`` and the script re-executes itself in a fresh network namespace
  (``unshare -n``) where it binds 127.0.0.1:80 and every contender crawls http://127.0.0.1/.

Measures per crawl: pages/s = articles out (archived / extracted / stored) over the wall
time of the crawler process, start-up included; CPU ms/page = user+sys of the crawler's
process tree per article (the larger of the ``getrusage(RUSAGE_CHILDREN)`` delta and the sum
of per-process psutil samples: a forkserver pool is never reaped by the crawler); peak RSS
= the largest sum of RSS over the crawler's process tree, sampled every 0.1 s with psutil.

Usage::

    .venv/bin/python bench/versus.py --aeb /tmp/aeb --netns [--runs 3] [--pg] [--out FILE]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import re
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable, Iterator
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import psutil

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "bench" / "results"
SITE = "aebbench"
NEWSPLEASE_VERSION = "1.6.16"
IN_NETNS = "VERSUS_IN_NETNS"
SAMPLE_SECONDS = 0.1
# What the project's crawl of a mirror runs with (crawler/crawl.py project_settings): the
# reference crawler gets the same, so the comparison is of the work, not of politeness.
CONCURRENCY = {
    "CONCURRENT_REQUESTS": 16,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
    "DOWNLOAD_DELAY": 0,
    "AUTOTHROTTLE_ENABLED": False,
}


# -- the mirror ------------------------------------------------------------------------------
def mirror_pages(aeb: Path, copies: int, base: str) -> dict[str, bytes]:
    """URL path → body of every file of the mirror (articles, sitemap, robots.txt, home)."""
    files = sorted((aeb / "html").glob("*.html.gz"))
    if not files:
        raise SystemExit(f"no html/*.html.gz under {aeb}: pass --aeb or $ARTICLE_BENCHMARK_DIR")
    pages: dict[str, bytes] = {}
    for source in files:
        body = gzip.decompress(source.read_bytes())
        page_id = source.name.removesuffix(".html.gz")
        for copy in range(copies):
            pages[f"/c{copy}/{page_id}.html"] = body
    locs = "".join(f"<url><loc>{escape(base + path)}</loc></url>\n" for path in sorted(pages))
    pages["/sitemap.xml"] = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        f"{locs}</urlset>\n"
    ).encode()
    pages["/robots.txt"] = f"User-agent: *\nAllow: /\nSitemap: {base}/sitemap.xml\n".encode()
    pages["/"] = b"<!doctype html><html><head><title>AEB mirror</title></head><body></body></html>"
    return pages


def content_type(path: str) -> str:
    """No charset on pages: each declares its own, as on its real site."""
    if path.endswith(".xml"):
        return "application/xml"
    if path.endswith(".txt"):
        return "text/plain"
    return "text/html"


def serve(aeb: Path, copies: int, port: int) -> None:
    """The mirror server's process: bind, print the port, serve from memory until killed.

    HTTP/1.1 keep-alive and a long listen queue, so neither connection set-up nor a full
    backlog shows up in the crawlers' figures."""
    pages: dict[str, bytes] = {}

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            body = pages.get(self.path.split("?", 1)[0])
            if body is None:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", content_type(self.path))
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            """Quiet: logging every request would cost the server more than serving it."""

    class Server(ThreadingHTTPServer):
        daemon_threads = True
        request_queue_size = 256

    server = Server(("127.0.0.1", port), Handler)
    bound = server.server_address[1]
    base = "http://127.0.0.1" + ("" if bound == 80 else f":{bound}")
    pages.update(mirror_pages(aeb, copies, base))
    print(f"{bound} {len(pages)}", flush=True)
    server.serve_forever()


@dataclass
class Mirror:
    """The server process and where it answers."""

    process: subprocess.Popen[str]
    base: str
    articles: int

    @property
    def ps(self) -> psutil.Process:
        return psutil.Process(self.process.pid)

    def cpu_seconds(self) -> float:
        times = self.ps.cpu_times()
        return times.user + times.system

    def pin(self, cores: set[int]) -> None:
        """Every thread of the server (new handler threads inherit the main thread's)."""
        for thread in self.ps.threads():
            with suppress(OSError):  # a handler thread that ended meanwhile
                os.sched_setaffinity(thread.id, cores)


def start_mirror(aeb: Path, copies: int, port: int) -> Mirror:
    command = [sys.executable, __file__, "--serve", "--aeb", str(aeb)]
    command += ["--copies", str(copies), "--port", str(port)]
    process = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    line = process.stdout.readline().split()
    if not line:
        raise SystemExit("the mirror server did not start")
    bound, files = int(line[0]), int(line[1])
    base = "http://127.0.0.1" + ("" if bound == 80 else f":{bound}")
    return Mirror(process, base, files - 3)


# -- measuring one crawl ---------------------------------------------------------------------
@dataclass
class Measure:
    contender: str
    mode: str
    run: int
    articles: int
    pages_fetched: int | None
    wall_s: float
    cpu_s: float
    peak_rss_mb: float
    server_cpu_s: float
    detail: dict[str, Any] = field(default_factory=dict)

    @property
    def pages_per_s(self) -> float:
        return self.articles / self.wall_s if self.wall_s else 0.0

    @property
    def cpu_ms_per_page(self) -> float:
        return 1000 * self.cpu_s / self.articles if self.articles else float("inf")

    def row(self) -> dict[str, Any]:
        return {
            "contender": self.contender,
            "mode": self.mode,
            "run": self.run,
            "articles": self.articles,
            "pages_fetched": self.pages_fetched,
            "wall_s": round(self.wall_s, 2),
            "cpu_s": round(self.cpu_s, 2),
            "pages_per_s": round(self.pages_per_s, 2),
            "cpu_ms_per_page": round(self.cpu_ms_per_page, 2),
            "peak_rss_mb": round(self.peak_rss_mb, 1),
            "server_cpu_s": round(self.server_cpu_s, 2),
            "server_cpu_share_of_wall": round(self.server_cpu_s / self.wall_s, 3),
            **self.detail,
        }


def tree_sample(process: psutil.Process, cpu: dict[int, float]) -> int:
    """RSS of a process and all its descendants; records each one's own CPU seconds so far
    in ``cpu`` (by pid). A process gone meanwhile counts 0."""
    total = 0
    try:
        members = [process, *process.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0
    for member in members:
        with suppress(psutil.NoSuchProcess), member.oneshot():
            total += member.memory_info().rss
            times = member.cpu_times()
            cpu[member.pid] = times.user + times.system
    return total


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_crawler(
    command: list[str], env: dict[str, str], cwd: Path, log: Path
) -> tuple[float, float, float, int, int]:
    """Run ``command`` to its end; (wall s, reaped CPU s, sampled CPU s, peak tree RSS
    bytes, exit code).

    Reaped CPU is the RUSAGE_CHILDREN delta: exact, but it holds only processes that were
    waited for all the way up (the mirror server, the one other child, is reaped only at
    the very end). A multiprocessing forkserver and its workers are never waited for by
    the crawler, so the sampled figure, the sum over every process seen in the tree of its
    last-seen user+sys, catches them (it misses at most the last 0.1 s of each)."""
    cpu_before = children_cpu()
    started = time.perf_counter()
    seen: dict[int, float] = {}
    with log.open("w") as out:
        process = subprocess.Popen(command, env=env, cwd=cwd, stdout=out, stderr=subprocess.STDOUT)
        watched = psutil.Process(process.pid)
        peak = 0
        while process.poll() is None:
            peak = max(peak, tree_sample(watched, seen))
            time.sleep(SAMPLE_SECONDS)
        code = process.wait()
    wall = time.perf_counter() - started
    return wall, children_cpu() - cpu_before, sum(seen.values()), peak, code


# -- the contenders --------------------------------------------------------------------------
REFERENCE_SPIDER = '''\
"""The reference crawler of bench/versus.py: SitemapSpider + bare trafilatura, items dropped."""
import json
import sys

import trafilatura
from scrapy.crawler import CrawlerProcess
from scrapy.spiders import SitemapSpider


class Reference(SitemapSpider):
    name = "reference"

    def __init__(self, base, **kwargs):
        self.sitemap_urls = [base + "/robots.txt"]
        super().__init__(**kwargs)

    def parse(self, response):
        document = trafilatura.bare_extraction(
            response.text, url=response.url, with_metadata=True
        )
        self.crawler.stats.inc_value("bench/extracted" if document else "bench/empty")
        return ()


settings = json.loads(sys.argv[3])
process = CrawlerProcess(settings)
crawler = process.create_crawler(Reference)
process.crawl(crawler, base=sys.argv[1])
process.start()
with open(sys.argv[2], "w") as out:
    json.dump(crawler.stats.get_stats(), out, default=str)
'''


@dataclass
class Context:
    """What every contender needs: the mirror, a scratch folder, the pythons."""

    mirror: Mirror
    scratch: Path
    project_python: Path
    newsplease_python: Path | None
    pg_admin: str | None
    counter: Iterator[int]
    project_src: Path | None = None


Outcome = tuple[list[str], dict[str, str], Callable[[Path], tuple[int, int | None, dict]]]


def reference(ctx: Context, work: Path) -> Outcome:
    script = ctx.scratch / "reference_spider.py"
    script.write_text(REFERENCE_SPIDER)
    settings = {
        **CONCURRENCY,
        "ROBOTSTXT_OBEY": True,
        "LOG_LEVEL": "WARNING",
        "TELNETCONSOLE_ENABLED": False,
        "DOWNLOAD_TIMEOUT": 30,
        "RETRY_TIMES": 2,
        "USER_AGENT": "versus-reference",
    }
    stats = work / "stats.json"
    command = [str(ctx.project_python), str(script), ctx.mirror.base, str(stats)]
    command.append(json.dumps(settings))

    def result(log: Path) -> tuple[int, int | None, dict]:
        data = json.loads(stats.read_text())
        return (
            int(data.get("bench/extracted", 0)),
            data.get("response_received_count"),
            {"empty": int(data.get("bench/empty", 0))},
        )

    return command, dict(os.environ), result


SUMMARY = re.compile(
    rf"{SITE}: (\w+); (\d+) pages, (\d+) new, (\d+) updated, (\d+) unchanged, (\d+) rejected"
)


def project(ctx: Context, work: Path, db: str | None = None, src: bool = True) -> Outcome:
    """``newsarchive crawl`` of the mirror; its code from ``--project-src`` (a source tree
    first on PYTHONPATH, e.g. ``git archive HEAD`` unpacked: a fixed revision while the
    checkout is being edited) unless ``src`` is False (the checkout, via the editable
    install; the crawl runs from its temporary folder, so the current directory adds
    nothing to the path)."""
    sites = work / "sites.toml"
    sites.write_text(
        textwrap.dedent(f"""\
            [[site]]
            key = "{SITE}"
            name = "article-extraction-benchmark mirror"
            base_url = "{ctx.mirror.base}"
            family = "generic"
            sitemap_urls = ["/robots.txt"]
            """)
    )
    db = db or f"sqlite:///{work / 'a.db'}"
    newsarchive = ctx.project_python.parent / "newsarchive"
    command = [str(newsarchive), "crawl", SITE, "--mirror", ctx.mirror.base, "--db", db]
    command += ["--log-level", "WARNING"]
    env = {**os.environ, "NEWSARCHIVE_SITES": str(sites), "DATABASE_URL": db}
    if src and ctx.project_src:
        env["PYTHONPATH"] = str(ctx.project_src)

    def result(log: Path) -> tuple[int, int | None, dict]:
        found = SUMMARY.search(log.read_text(errors="replace"))
        if not found:
            return 0, None, {"error": "no summary line"}
        reason, pages, new, updated, unchanged, rejected = found.groups()
        archived = int(new) + int(updated) + int(unchanged)
        return archived, int(pages), {"finish_reason": reason, "rejected": int(rejected)}

    return command, env, result


def project_pg(ctx: Context, work: Path) -> Outcome:
    """The same crawl into a fresh PostgreSQL database (created through ``--pg-admin``)."""
    import psycopg  # the project's own driver; only needed for --pg

    assert ctx.pg_admin
    name = f"versus_{os.getpid()}_{next(ctx.counter)}"
    with psycopg.connect(ctx.pg_admin.format(db="test"), autocommit=True) as connection:
        connection.execute(f"CREATE DATABASE {name}")
    url = ctx.pg_admin.format(db=name).replace("postgresql://", "postgresql+psycopg://", 1)
    return project(ctx, work, url)


def project_worktree(ctx: Context, work: Path) -> Outcome:
    """The checkout as it is now, whatever ``--project-src`` says."""
    return project(ctx, work, src=False)


NEWSPLEASE_SITES = """\
{"base_urls": [{"url": "%s/", "crawler": "SitemapCrawler"}]}
"""


def newsplease_config(default: str, working: Path) -> str:
    """news-please's shipped config.cfg with what this benchmark needs changed, and no more:
    its files under ``working``; every page passes (its heuristics still run on each page,
    as they normally do, but a page they would not call an article is stored anyway, so all
    contenders do the same pages); the concurrency of the other two; no raw-HTML copy."""
    changes = [
        (r"(?m)^working_path = .*$", f"working_path = {working}/"),
        (
            r"(?m)^pass_heuristics_condition = .*$",
            'pass_heuristics_condition = "og_type or not og_type"',
        ),
        (r"(?m)^LOG_LEVEL = .*$", "LOG_LEVEL = WARNING"),
        (r"(?m)^CONCURRENT_REQUESTS=.*$", "CONCURRENT_REQUESTS=16\nDOWNLOAD_DELAY=0"),
        (r"(?m)^CONCURRENT_REQUESTS_PER_DOMAIN=.*$", "CONCURRENT_REQUESTS_PER_DOMAIN=8"),
        (r"(?m)^\s*'newsplease\.pipeline\.pipelines\.HtmlFileStorage':200,\n", ""),
    ]
    for pattern, replacement in changes:
        default, count = re.subn(pattern, lambda _, new=replacement: new, default)
        if count != 1:
            raise SystemExit(f"news-please config.cfg: {pattern!r} matched {count} times")
    return default


def newsplease(ctx: Context, work: Path) -> Outcome:
    assert ctx.newsplease_python
    package = Path(
        subprocess.check_output(
            [str(ctx.newsplease_python), "-c", "import newsplease; print(newsplease.__file__)"],
            text=True,
        ).strip()
    ).parent
    config = work / "config"
    config.mkdir()
    shipped = (package / "config" / "config.cfg").read_text()
    (config / "config.cfg").write_text(newsplease_config(shipped, work / "repo"))
    (config / "sitelist.hjson").write_text(NEWSPLEASE_SITES % ctx.mirror.base)
    # What `news-please -c DIR` runs for each site; the launcher itself only waits for it,
    # polling every 10 s, which would add up to 10 s of idle time to its wall time.
    command = [str(ctx.newsplease_python), str(package / "single_crawler.py")]
    command += [str(config / "config.cfg"), str(config / "sitelist.hjson"), "0", "False", "False"]

    def result(log: Path) -> tuple[int, int | None, dict]:
        stored = list((work / "repo" / "data").rglob("*.json"))
        empty = sum(1 for path in stored if not json.loads(path.read_text()).get("maintext"))
        return len(stored), None, {"empty_maintext": empty}

    return command, dict(os.environ), result


CONTENDERS: dict[str, Callable[[Context, Path], Outcome]] = {
    "reference": reference,
    "project": project,
    "project-pg": project_pg,
    "project-worktree": project_worktree,
    "newsplease": newsplease,
}


def measure(ctx: Context, name: str, mode: str, run: int) -> Measure:
    work = ctx.scratch / f"{name}-{mode}-{run}"
    work.mkdir()
    command, env, result = CONTENDERS[name](ctx, work)
    if mode == "pinned":
        command = ["taskset", "-c", "0", *command]
    server_before = ctx.mirror.cpu_seconds()
    log = work / "log.txt"
    wall, reaped, sampled, peak, code = run_crawler(command, env, work, log)
    cpu = max(reaped, sampled)
    server_cpu = ctx.mirror.cpu_seconds() - server_before
    try:
        articles, fetched, detail = result(log)
    except (OSError, ValueError) as exc:
        articles, fetched, detail = 0, None, {"error": f"{type(exc).__name__}: {exc}"}
    if code != 0:
        detail["exit_code"] = code
        detail["log_tail"] = log.read_text(errors="replace")[-2000:]
    detail["cpu_s_reaped"] = round(reaped, 2)
    detail["cpu_s_sampled"] = round(sampled, 2)
    found = Measure(name, mode, run, articles, fetched, wall, cpu, peak / 2**20, server_cpu, detail)
    row = found.row()
    print(
        f"  {name:<11} {mode:<8} run {run}: {row['articles']} articles, "
        f"{row['pages_per_s']} pages/s, {row['cpu_ms_per_page']} CPU ms/page, "
        f"{row['peak_rss_mb']} MB, server CPU {row['server_cpu_share_of_wall']:.0%} of wall"
        + (f"  [exit {code}]" if code else ""),
        flush=True,
    )
    return found


# -- the report ------------------------------------------------------------------------------
def summarise(measures: list[Measure], contenders: list[str], modes: list[str]) -> dict:
    """Medians per contender and mode, and the ratios of issue 13."""
    table: dict[str, dict[str, dict[str, float]]] = {}
    for mode in modes:
        table[mode] = {}
        for name in contenders:
            runs = [m for m in measures if m.contender == name and m.mode == mode]
            if not runs:
                continue
            table[mode][name] = {
                "pages_per_s": round(statistics.median(m.pages_per_s for m in runs), 2),
                "cpu_ms_per_page": round(statistics.median(m.cpu_ms_per_page for m in runs), 2),
                "peak_rss_mb": round(statistics.median(m.peak_rss_mb for m in runs), 1),
                "articles": int(statistics.median(m.articles for m in runs)),
                "server_cpu_share_of_wall": round(
                    statistics.median(m.server_cpu_s / m.wall_s for m in runs), 3
                ),
            }
    ratios: dict[str, dict[str, float]] = {}
    for mode, rows in table.items():
        ratios[mode] = {}
        for ours in ("project", "project-worktree", "project-pg"):
            if ours not in rows:
                continue
            for other in ("newsplease", "reference"):
                if other not in rows or not rows[other]["pages_per_s"]:
                    continue
                ratios[mode][f"{ours}/{other} pages_per_s"] = round(
                    rows[ours]["pages_per_s"] / rows[other]["pages_per_s"], 2
                )
                ratios[mode][f"{ours}/{other} cpu_ms_per_page"] = round(
                    rows[ours]["cpu_ms_per_page"] / rows[other]["cpu_ms_per_page"], 2
                )
    one_core = table.get("pinned", {}).get("reference")
    for ours in ("project", "project-worktree", "project-pg"):
        unpinned = table.get("unpinned", {}).get(ours)
        if unpinned and one_core and one_core["pages_per_s"]:
            ratios.setdefault("unpinned", {})[f"{ours} unpinned / reference pinned pages_per_s"] = (
                round(unpinned["pages_per_s"] / one_core["pages_per_s"], 2)
            )
    return {"medians": table, "ratios": ratios}


def markdown(summary: dict) -> str:
    lines = []
    for mode, rows in summary["medians"].items():
        lines += [
            f"\n**{mode}** (medians)\n",
            "| contender | articles | pages/s | CPU ms/page | peak RSS MB | server CPU/wall |",
            "|---|---|---|---|---|---|",
        ]
        for name, row in rows.items():
            lines.append(
                f"| {name} | {row['articles']} | {row['pages_per_s']:.1f} | "
                f"{row['cpu_ms_per_page']:.1f} | {row['peak_rss_mb']:.0f} | "
                f"{row['server_cpu_share_of_wall']:.1%} |"
            )
        for ratio, value in summary["ratios"].get(mode, {}).items():
            lines.append(f"\n{ratio}: **{value}**")
    return "\n".join(lines) + "\n"


# -- set-up ----------------------------------------------------------------------------------
def newsplease_python(venv: Path) -> Path:
    """The venv's python, creating the venv with news-please 1.6.16 when it is missing."""
    python = venv / "bin" / "python"
    check = [str(python), "-c", f"import newsplease, importlib.metadata as m; "
             f"assert m.version('news-please') == '{NEWSPLEASE_VERSION}'"]  # fmt: skip
    if python.exists() and subprocess.run(check, capture_output=True).returncode == 0:
        return python
    print(f"installing news-please {NEWSPLEASE_VERSION} into {venv} …", flush=True)
    base = shutil.which("python3") or sys.executable
    subprocess.run([base, "-m", "venv", str(venv)], check=True)
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", f"news-please=={NEWSPLEASE_VERSION}"],
        check=True,
    )
    return python


def enter_netns() -> None:
    """Re-execute this script in a new network namespace with only ``lo`` (up): port 80 is
    free there, and nothing measured can reach any address but 127.0.0.1."""
    if os.environ.get(IN_NETNS):
        subprocess.run(["ip", "link", "set", "lo", "up"], check=True)
        return
    os.environ[IN_NETNS] = "1"
    argv = ["unshare", "-n", "--", sys.executable, os.path.abspath(__file__), *sys.argv[1:]]
    os.execvp("unshare", argv)


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--aeb", type=Path, default=os.environ.get("ARTICLE_BENCHMARK_DIR"))
    parser.add_argument("--copies", type=int, default=5)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--netns", action="store_true", help="run in a network namespace")
    parser.add_argument("--port", type=int, help="mirror port (default: 80 with --netns)")
    parser.add_argument("--modes", default="pinned,unpinned")
    parser.add_argument("--contenders", default="reference,project,newsplease")
    parser.add_argument("--pg", action="store_true", help="add project-pg (see --pg-admin)")
    parser.add_argument(
        "--pg-admin",
        # The Unix socket: a network namespace (--netns) does not see the host's 127.0.0.1.
        default="postgresql:///{db}?host=/var/run/postgresql",
        help="server URL with {db} for the database name (admin database: test)",
    )
    parser.add_argument(
        "--project-src",
        type=Path,
        help="run `project` from this source tree (PYTHONPATH); default: the checkout",
    )
    parser.add_argument(
        "--newsplease-runs",
        type=int,
        default=10**6,
        help="measure news-please in the first N runs only (it takes ~5x the others)",
    )
    parser.add_argument("--newsplease-venv", type=Path, default=Path("/tmp/newsplease-venv"))
    parser.add_argument("--out", type=Path)
    parser.add_argument("--keep", action="store_true", help="keep each crawl's folder")
    parser.add_argument(
        "--resummarise",
        type=Path,
        metavar="JSON",
        help="recompute medians and ratios of a results file from its runs, and print them",
    )
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args()


def resummarise(path: Path) -> int:
    """Medians and ratios again from a results file's per-crawl rows (after a change to
    :func:`summarise`), written back to the file."""
    figures = json.loads(path.read_text())
    measures = [
        Measure(
            row["contender"],
            row["mode"],
            row["run"],
            row["articles"],
            row["pages_fetched"],
            row["wall_s"],
            row["cpu_s"],
            row["peak_rss_mb"],
            row["server_cpu_s"],
        )
        for row in figures["runs"]
    ]
    contenders = list(dict.fromkeys(m.contender for m in measures))
    modes = list(dict.fromkeys(m.mode for m in measures))
    figures.update(summarise(measures, contenders, modes))
    path.write_text(json.dumps(figures, indent=2) + "\n", "utf-8")
    print(markdown(figures))
    return 0


def main() -> int:
    args = parse_args()
    if args.resummarise:
        return resummarise(args.resummarise)
    if args.aeb is None:
        raise SystemExit("pass --aeb DIR or set ARTICLE_BENCHMARK_DIR")
    if args.serve:
        serve(args.aeb, args.copies, args.port or 0)
        return 0
    if args.netns:
        enter_netns()
    port = args.port if args.port is not None else (80 if args.netns else 0)
    contenders = [c for c in args.contenders.split(",") if c]
    if args.pg and "project-pg" not in contenders:
        contenders.insert(contenders.index("project") + 1, "project-pg")
    notes = []
    if "newsplease" in contenders and port != 80:
        contenders.remove("newsplease")
        notes.append("news-please skipped: it needs the mirror on port 80 (use --netns)")
    modes = [m for m in args.modes.split(",") if m]
    np_python = newsplease_python(args.newsplease_venv) if "newsplease" in contenders else None
    all_cores = os.sched_getaffinity(0)
    mirror = start_mirror(args.aeb, args.copies, port)
    measures: list[Measure] = []
    try:
        with tempfile.TemporaryDirectory(prefix="versus-") as tmp:
            scratch = Path(tmp)
            if args.keep:
                scratch = Path(tempfile.mkdtemp(prefix="versus-kept-"))
                print(f"crawl folders (logs, archives, configs) kept in {scratch}")
            ctx = Context(
                mirror=mirror,
                scratch=scratch,
                project_python=Path(sys.executable),
                newsplease_python=np_python,
                pg_admin=args.pg_admin if args.pg else None,
                project_src=args.project_src,
                counter=iter(range(10**6)),
            )
            print(f"mirror {mirror.base}: {mirror.articles} article pages", flush=True)
            for note in notes:
                print(note)
            for run in range(1, args.runs + 1):
                for mode in modes:
                    # In pinned mode the crawler has core 0 to itself: the server and this
                    # script keep to the other core(s).
                    others = (all_cores - {0}) or all_cores
                    helper_cores = others if mode == "pinned" else all_cores
                    mirror.pin(helper_cores)
                    os.sched_setaffinity(0, helper_cores)
                    # Rotate the order each run, so no contender always goes first.
                    shift = (run - 1) % len(contenders)
                    for name in contenders[shift:] + contenders[:shift]:
                        if name == "newsplease" and run > args.newsplease_runs:
                            continue
                        measures.append(measure(ctx, name, mode, run))
            os.sched_setaffinity(0, all_cores)
    finally:
        mirror.process.send_signal(signal.SIGTERM)
        mirror.process.wait()
    summary = summarise(measures, contenders, modes)
    figures = {
        "date": datetime.now().isoformat(timespec="seconds"),
        "machine": (
            f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
        ),
        "command": " ".join(["python", "bench/versus.py", *sys.argv[1:]]),
        "project_src": str(args.project_src) if args.project_src else "checkout",
        "mirror": {"base": mirror.base, "article_pages": mirror.articles, "copies": args.copies},
        "notes": notes,
        **summary,
        "runs": [m.row() for m in measures],
    }
    out = args.out or RESULTS / f"versus-{datetime.now():%Y-%m-%d}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(figures, indent=2) + "\n", "utf-8")
    print(markdown(summary))
    print(f"written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
