"""The crawl of one site job, in a child process of the worker.

Scrapy's Twisted reactor cannot be started twice in one process, and a Celery worker runs
many jobs: each job's crawl is ``python -m crawler.jobs.child SPEC RESULT`` — the crawl
``newsarchive crawl`` runs (:func:`crawler.crawl.run_crawls`), whose outcome is written as
JSON to the file ``RESULT`` rather than parsed out of log lines.

The child must not outlive its worker: were the worker killed and the job redelivered
elsewhere, an orphaned crawl would go on holding the site's lock (or crawl next to the new
one after the lock's takeover). On Linux the child asks the kernel for SIGKILL when its
parent dies (``prctl(PR_SET_PDEATHSIG)``), set between fork and exec.
"""

from __future__ import annotations

import ctypes
import json
import os
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PR_SET_PDEATHSIG = 1

# Stats of the crawl worth carrying back to the worker (the rest stays in the run row).
REPORTED_STATS = (
    "archive/run_id",
    "archive/run_status",
    "archive/locked_by",
    "archive/failure",
    "archive/lock_lost",
    "archive/new",
    "archive/updated",
    "archive/write_failed",
    "response_received_count",
)


@dataclass(frozen=True)
class ChildOutcome:
    """How the crawl process ended: its exit status and, when it got that far, the crawl's
    outcome (``finish_reason``, ``ok``, ``summary`` and :data:`REPORTED_STATS`)."""

    returncode: int
    result: dict[str, Any] | None

    @property
    def finish_reason(self) -> str | None:
        return self.result["finish_reason"] if self.result else None

    @property
    def locked_by(self) -> str | None:
        if self.finish_reason != "site_locked" or not self.result:
            return None
        return str(self.result["stats"].get("archive/locked_by") or "another crawler")

    @property
    def run_id(self) -> int | None:
        return self.result["stats"].get("archive/run_id") if self.result else None

    def describe(self) -> str:
        if self.result:
            return str(self.result["summary"])
        if self.returncode < 0:
            return f"crawl process killed by {signal.Signals(-self.returncode).name}"
        return f"crawl process exited with status {self.returncode} and no outcome"


def _die_with_parent(parent: int) -> None:
    """preexec_fn: SIGKILL when the parent dies; gone at once if it already has."""
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) != 0:
        os._exit(70)
    if os.getppid() != parent:  # the parent died before the prctl took effect
        os._exit(70)


def start(spec: dict[str, Any], db: str, result: Path, log_level: str) -> subprocess.Popen:
    """Start the crawl of ``spec`` (a :class:`JobSpec` message) into ``db``."""
    parent = os.getpid()
    command = [
        sys.executable,
        "-m",
        "crawler.jobs.child",
        json.dumps(spec),
        str(result),
        "--db",
        db,
        "--log-level",
        log_level,
    ]
    preexec = (lambda: _die_with_parent(parent)) if sys.platform == "linux" else None
    return subprocess.Popen(command, preexec_fn=preexec, stdin=subprocess.DEVNULL)


def outcome(process: subprocess.Popen, result: Path) -> ChildOutcome:
    """The ended process's outcome (read once it has exited)."""
    try:
        data = json.loads(result.read_text("utf-8"))
    except (OSError, ValueError):
        data = None
    return ChildOutcome(process.returncode, data)


def main(argv: list[str] | None = None) -> int:
    import argparse

    from crawler.crawl import run_crawls
    from crawler.jobs.spec import JobSpec

    parser = argparse.ArgumentParser(prog="python -m crawler.jobs.child")
    parser.add_argument("spec", help="the job as JSON")
    parser.add_argument("result", help="file the outcome is written to")
    parser.add_argument("--db", required=True)
    parser.add_argument("--log-level", default="INFO")
    args = parser.parse_args(argv)
    spec = JobSpec.from_message(json.loads(args.spec))
    [crawled] = run_crawls(
        [spec.crawl_request()],
        args.db,
        args.log_level,
        parallel=1,
        extra_settings=spec.crawl_settings(),
    )
    stats = {name: crawled.stats.get(name) for name in REPORTED_STATS if name in crawled.stats}
    payload = {
        "site": crawled.site,
        "finish_reason": crawled.finish_reason,
        "ok": crawled.ok,
        "summary": crawled.summary(),
        "stats": stats,
    }
    target = Path(args.result)
    partial = target.with_suffix(".partial")
    partial.write_text(json.dumps(payload, default=str), "utf-8")
    partial.replace(target)
    return 0 if crawled.ok else 1


if __name__ == "__main__":
    sys.exit(main())
