"""Running ``newsarchive`` in a child process, as a user would.

Only for tests whose subject is the process (killed with SIGKILL, started from another
folder, the demo): a CLI command that crawls runs Twisted's reactor itself, and the test
session's reactor cannot be stopped and restarted for it. Crawls whose behaviour is the
subject run in the test process (``tests/crawling.py``); other commands are called through
:func:`crawler.cli.main`. Tests using this are marked ``slow``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def run_cli(
    *args: str, cwd: Path | None = None, timeout: float = 180, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})}
    env.pop("DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "crawler.cli", *args],
        cwd=cwd or REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
