"""Extraction on every core: worker processes fed by the spider's article callbacks.

Extraction is pure and CPU-bound, and in the Scrapy process it would run in the reactor's
thread: a 2-core machine would crawl no faster than a 1-core one. :class:`ExtractionPool`
hands each page to one of ``EXTRACTION_WORKERS`` processes (default: the cores this
process may run on) and the callback awaits the result, so downloads, extraction and the
archive's writer thread overlap.

* **Back-pressure** is Scrapy's own: a response waiting for its extraction still counts
  against the scraper's slot (``SCRAPER_SLOT_MAX_ACTIVE_SIZE``) and the downloader's
  concurrency, so the engine stops fetching while the pool is behind; the pool holds at
  most those pages, each worker one at a time.
* **Time limit** in the worker: :func:`crawler.extract.extract_article` bounds each page
  with ``SIGALRM`` in the worker's main thread. A worker stuck where no signal reaches it
  (inside libxml2) is killed by its feeder thread after :func:`deadline` and replaced; the
  page is rejected as ``extraction timeout``.
* **A worker that dies** (killed, out of memory, a crash in C) is replaced and its page is
  tried once more in the new worker; a page that kills a worker twice is rejected as
  ``extraction crashed``. No page is lost without a rejection reason.

Workers are started by the ``forkserver`` method with the extraction modules preloaded: a
fork of a clean process, not of the crawl (whose threads may hold locks), and no
re-import per worker. With a single usable core (``taskset -c 0``) or
``EXTRACTION_WORKERS=0`` pages are extracted inline, as before: a pool would only add
copying.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import multiprocessing
import os
import queue
import signal
import threading
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from crawler.extract.article import Extraction, extract_article
from crawler.extract.limits import EXTRACTION_SECONDS
from crawler.extract.record import Rejection
from crawler.extract.rules import ArticleRules

logger = logging.getLogger(__name__)

# Modules the forkserver imports once, so that each worker starts warm.
_PRELOAD = ["crawler.extract.article"]


def usable_cores() -> int:
    """The cores this process may run on (``taskset`` and cgroups' cpusets count)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def default_workers() -> int:
    """One worker per usable core; none (inline) on a single core."""
    cores = usable_cores()
    return cores if cores > 1 else 0


def deadline(seconds: float = EXTRACTION_SECONDS) -> float:
    """How long a worker may keep one page before it is killed: well past its own limit,
    which normally answers first with a rejection."""
    return 2 * seconds + 10


def safe_extract(
    url: str, body: bytes, rules: ArticleRules, content_type: str | None
) -> Extraction:
    """:func:`extract_article`, with a bug on one page turned into that page's rejection."""
    try:
        return extract_article(url, body, rules, content_type)
    except Exception as exc:  # a bug on one page must not stop the crawl
        logger.exception("extraction failed on %s", url)
        return Rejection(url, "extraction error", f"{type(exc).__name__}: {exc}")


Extractor = Callable[[str, bytes, ArticleRules, "str | None"], Extraction]


def _serve(connection: Connection, extract: Extractor) -> None:
    """A worker: extract the pages sent until told to stop or the crawl is gone."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the crawl's to handle
    logging.basicConfig(level=logging.WARNING, format="extraction worker: %(message)s")
    while True:
        try:
            task = connection.recv()
        except (EOFError, OSError):
            return  # the crawl ended or died: nothing more to do
        if task is None:
            return
        connection.send(extract(*task))


@dataclass
class _Job:
    task: tuple[str, bytes, ArticleRules, str | None]
    future: asyncio.Future[Extraction]
    attempt: int = 0


class _Worker:
    """One worker process and the pipe to it."""

    def __init__(self, context: Any, extract: Extractor) -> None:
        self.context = context
        self.extract = extract
        self.start()

    def start(self) -> None:
        ours, theirs = self.context.Pipe()
        self.process = self.context.Process(target=_serve, args=(theirs, self.extract), daemon=True)
        self.process.start()
        theirs.close()
        self.connection: Connection = ours

    def replace(self) -> str:
        """Kill (if need be) and restart the process; how the old one ended."""
        self.process.kill()
        self.process.join()
        code = self.process.exitcode
        self.connection.close()
        self.start()
        return f"exit code {code}" if code is not None and code >= 0 else f"signal {-code}"

    def stop(self) -> None:
        with contextlib.suppress(OSError):
            self.connection.send(None)
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.connection.close()


class ExtractionPool:
    """Extract pages in ``workers`` processes (inline when ``workers`` is 0).

    ``extract`` is the function the workers run (a module-level one: it is sent by name);
    ``kill_after`` the seconds a worker may keep one page (:func:`deadline`)."""

    def __init__(
        self,
        workers: int,
        kill_after: float | None = None,
        extract: Extractor = safe_extract,
    ) -> None:
        self.workers = max(0, workers)
        self.deadline = deadline() if kill_after is None else kill_after
        self.extract_function = extract
        self._jobs: queue.Queue[_Job | None] = queue.Queue()
        self._threads: list[threading.Thread] = []
        self._loop: asyncio.AbstractEventLoop | None = None
        self.replaced = 0  # workers killed or dead and replaced, for the crawl's stats

    def _start(self) -> None:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(_PRELOAD)
        for number in range(self.workers):
            worker = _Worker(context, self.extract_function)
            thread = threading.Thread(
                target=self._feed, args=(worker,), name=f"extraction-{number}", daemon=True
            )
            thread.start()
            self._threads.append(thread)

    async def extract(
        self, url: str, body: bytes, rules: ArticleRules, content_type: str | None
    ) -> Extraction:
        """The page's record or rejection, computed in a worker."""
        if not self.workers:
            return self.extract_function(url, body, rules, content_type)
        if self._loop is None:
            self._loop = asyncio.get_running_loop()
            self._start()
        future: asyncio.Future[Extraction] = self._loop.create_future()
        self._jobs.put(_Job((url, body, rules, content_type), future))
        return await future

    def _feed(self, worker: _Worker) -> None:
        """Feeder thread: one page at a time to ``worker``, its answer back to the loop."""
        try:
            while (job := self._jobs.get()) is not None:
                result = self._run(worker, job)
                if result is not None:
                    self._settle(job.future, result)
        finally:
            worker.stop()

    def _run(self, worker: _Worker, job: _Job) -> Extraction | None:
        url = job.task[0]
        try:
            worker.connection.send(job.task)
            if worker.connection.poll(self.deadline):
                return worker.connection.recv()  # type: ignore[no-any-return]
            worker.replace()
            self.replaced += 1
            logger.warning("extraction of %s took over %.0fs: worker killed", url, self.deadline)
            return Rejection(url, "extraction timeout", f"no result in {self.deadline:.0f}s")
        except (EOFError, OSError) as exc:
            ended = worker.replace()
            self.replaced += 1
            logger.warning("extraction worker died (%s) on %s: %s", ended, url, exc)
            if job.attempt == 0:
                job.attempt += 1
                self._jobs.put(job)  # once more, in a fresh worker
                return None
            return Rejection(url, "extraction crashed", f"the worker died twice ({ended})")

    def _settle(self, future: asyncio.Future[Extraction], result: Extraction) -> None:
        assert self._loop is not None

        def settle() -> None:
            if not future.done():
                future.set_result(result)

        with contextlib.suppress(RuntimeError):  # the loop closed: the crawl is over
            self._loop.call_soon_threadsafe(settle)

    # -- one pool per process, shared by the crawls it runs (``crawl --parallel``) ---------
    _shared: ExtractionPool | None = None
    _users = 0

    @classmethod
    def acquire(cls, workers: int | None = None) -> ExtractionPool:
        """The process's pool (``workers``: ``None`` for one per usable core), for one
        crawl; give it back with :meth:`release`."""
        if cls._shared is None:
            cls._shared = cls(default_workers() if workers is None else workers)
        cls._users += 1
        return cls._shared

    @classmethod
    def release(cls, pool: ExtractionPool) -> None:
        """One crawl is done with the pool; the last one stops its workers."""
        if pool is not cls._shared:
            pool.close()
            return
        cls._users -= 1
        if cls._users <= 0:
            cls._shared, cls._users = None, 0
            pool.close()

    def close(self) -> None:
        """Stop the workers (each finishes its page first)."""
        for _ in self._threads:
            self._jobs.put(None)
        for thread in self._threads:
            thread.join(timeout=self.deadline)
        self._threads.clear()
        self._loop = None
