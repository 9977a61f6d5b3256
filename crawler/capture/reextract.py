"""Re-extraction: the current rules of each site applied to the pages the archive captured.

Offline by construction: bodies come from the WARC files (:func:`read_response`) and
nothing here imports a downloader. For each site, the newest usable capture of every
article URL (:mod:`crawler.db.reextract` says which) is decoded as Scrapy would have
decoded it (``Content-Encoding``: gzip, deflate, br, zstd, with Scrapy's own helpers) and
extracted with the site's current :class:`ArticleRules`; then

* a stored article whose fields differ is rewritten and, when what a reader sees changed
  (the content hash: title, lead, text, authors), gets a new ``article_versions`` row with
  ``origin="reextract"`` and the current ``rules_version``; a change outside the content
  hash (dates, section, tags, images, language, the sanitized html) rewrites the article
  row only, as the version table cannot hold two rows of one content;
* a page no article came from (rejected when fetched) that now extracts becomes a new
  article whose first version is a re-extraction;
* a page that came out as an article and is now rejected is counted (``newly rejected``)
  and its article left as it is: a broken rule never deletes anything;
* identical results write nothing. ``last_seen_at`` never moves: nothing was fetched.

Pages are extracted in the crawl's extraction processes (:class:`ExtractionPool`: one per
usable core, inline on one core), a chunk at a time; reading, comparing and writing stay in
this process.

Work is journalled per site, rules version and window (``reextract_jobs``): every chunk of
captures is written in one transaction with the journal's position, so a run killed at
any point resumes after the last chunk stored and examines every capture once.
"""

from __future__ import annotations

import asyncio
import logging
import sys
import threading
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine
from tqdm import tqdm

from crawler.capture.changes import (
    FIELDS,
    Counts,
    PageOutcome,
    changed_fields,
    describe,
    field_value,
    normalised,
)
from crawler.capture.stored import content_type, decoded_body
from crawler.capture.warc import read_response
from crawler.db import locks
from crawler.db import reextract as store
from crawler.db.access import ArchiveError
from crawler.extract.pool import ExtractionPool, default_workers
from crawler.extract.record import ArticleRecord, Rejection
from crawler.extract.rules import ArticleRules, rules_version

logger = logging.getLogger(__name__)

CHUNK = 100
# The fields that make the content hash (a new version when one of them changes).
CONTENT_FIELDS = frozenset(("title", "lead", "text", "authors"))
SEARCHED_FIELDS = frozenset(("title", "lead", "text"))
# Warnings that came from the fetch, not from the page: kept through a re-extraction.
_FETCH_WARNINGS = ("TLS certificate invalid",)


@dataclass
class SiteResult:
    site: str
    rules_version: str
    counts: Counts
    resumed_after: int = 0  # captures examined before an interruption (0: a fresh run)
    skipped: str | None = None  # why the site was not re-extracted


# -- the run -------------------------------------------------------------------------------


@dataclass
class Reextraction:
    """Re-extract ``sites`` ({key: rules}) from the captures of ``engine``'s archive, the
    WARC files being in ``warc_dir``. ``since``/``until`` bound the captures' fetch time
    (the day strings are the journal's key); ``emit`` receives one text per changed page
    (``diff``: with the changes); ``progress`` draws a bar on stderr."""

    engine: Engine
    warc_dir: Path
    since: tuple[str | None, datetime | None] = (None, None)
    until: tuple[str | None, datetime | None] = (None, None)
    dry_run: bool = False
    diff: bool = False
    emit: Callable[[str], None] | None = None
    progress: bool = False
    chunk: int | None = None  # captures per transaction (default: CHUNK)
    # Extraction processes (crawler.extract.pool): None, one per usable core; 0, inline.
    workers: int | None = None
    _pool: ExtractionPool | None = field(default=None, init=False, repr=False)
    _loop: asyncio.AbstractEventLoop | None = field(default=None, init=False, repr=False)

    def run(self, sites: dict[str, ArticleRules]) -> list[SiteResult]:
        workers = default_workers() if self.workers is None else self.workers
        # The pool answers on an event loop: one of its own, in a thread, so that a caller
        # already running a loop (a test inside the reactor) can use this too.
        self._pool, self._loop = ExtractionPool(workers), asyncio.new_event_loop()
        thread = threading.Thread(target=self._loop.run_forever, name="reextract", daemon=True)
        thread.start()
        try:
            return [self._site(key, rules) for key, rules in sites.items()]
        finally:
            self._pool.close()
            self._loop.call_soon_threadsafe(self._loop.stop)
            thread.join()
            self._loop.close()
            self._pool = self._loop = None

    def _site(self, key: str, rules: ArticleRules) -> SiteResult:
        version = rules_version(rules)
        site_id = store.site_id(self.engine, key)
        if site_id is None:
            return SiteResult(key, version, Counts(), skipped="nothing archived")
        if self.dry_run:
            return self._run(key, site_id, rules, version, None)
        holder = locks.new_holder()
        busy = locks.acquire(self.engine, key, holder)
        if busy:
            raise ArchiveError(f"{key} is being crawled by {busy}; try again when it ends")
        try:
            job = store.open_job(self.engine, key, version, self.since[0], self.until[0])
            result = self._run(key, site_id, rules, version, job, holder)
            store.finish_job(self.engine, job.id, asdict(result.counts))
            return result
        finally:
            locks.release(self.engine, key, holder)

    def _run(
        self,
        key: str,
        site_id: int,
        rules: ArticleRules,
        version: str,
        job: store.JobState | None,
        holder: str | None = None,
    ) -> SiteResult:
        counts = Counts.of(job.counts) if job else Counts()
        result = SiteResult(
            key, version, counts, resumed_after=counts.examined if job and job.resumed else 0
        )
        position = job.last_capture_id if job else 0
        since, until = self.since[1], self.until[1]
        total = store.count_pending(self.engine, site_id, position, since, until)
        bar = tqdm(
            total=total,
            unit="page",
            desc=key,
            file=sys.stderr,
            disable=not self.progress,
            leave=True,
        )
        try:
            while True:
                pending = store.pending_captures(
                    self.engine, site_id, position, since, until, self.chunk or CHUNK
                )
                if not pending:
                    break
                chunk_counts, changes, new = self._examine(pending, rules, bar)
                counts.add(chunk_counts)
                position = pending[-1].id
                if not self.dry_run:
                    written = store.write_chunk(
                        self.engine,
                        site_id,
                        changes,
                        new,
                        job.id if job else None,
                        position,
                        asdict(counts),
                    )
                    counts.versions = written.counts["versions"]
                    if holder is not None:
                        locks.heartbeat(self.engine, key, holder)
                else:
                    counts.versions += sum(c.new_version for c in changes) + len(new)
                bar.update(len(pending))
        finally:
            bar.close()
        return result

    def _say(self, outcome: PageOutcome, bar: tqdm) -> None:
        if self.emit is None:
            return
        text = describe(outcome, self.diff)
        if self.progress:
            bar.clear()
        self.emit(text)
        if self.progress:
            bar.refresh()

    def _examine(
        self, pending: list[store.PendingCapture], rules: ArticleRules, bar: tqdm
    ) -> tuple[Counts, list[store.Change], list[store.NewArticle]]:
        counts = Counts()
        records: dict[str, tuple[store.PendingCapture, ArticleRecord]] = {}
        rejected: list[tuple[store.PendingCapture, Rejection]] = []
        extractions = self._extract_all(pending, rules)
        for capture, extraction in zip(pending, extractions, strict=True):
            counts.examined += 1
            if extraction is None:
                counts.unreadable += 1
            elif isinstance(extraction, Rejection):
                rejected.append((capture, extraction))
            else:
                # Two page URLs of one article: the newest capture speaks for it.
                records[extraction.canonical_url] = (capture, extraction)
        stored, had_article = store.stored_articles(
            self.engine, list(records), [c.url for c in pending]
        )
        for capture, rejection in rejected:
            if capture.url in had_article:
                counts.newly_rejected += 1
                self._say(
                    PageOutcome(
                        capture.url,
                        "rejected",
                        {},
                        f"{rejection.reason}{': ' + rejection.detail if rejection.detail else ''}",
                    ),
                    bar,
                )
            else:
                counts.still_rejected += 1
        changes: list[store.Change] = []
        new: list[store.NewArticle] = []
        for canonical, (capture, record) in records.items():
            assert capture.body_id is not None
            row = stored.get(canonical)
            if row is None:
                counts.newly_accepted += 1
                new.append(
                    store.NewArticle(
                        record, capture.body_id, capture.fetched_at, capture.crawl_run_id
                    )
                )
                self._say(
                    PageOutcome(
                        record.url,
                        "accepted",
                        {
                            n: (None, field_value(record, n))
                            for n in FIELDS
                            if normalised(field_value(record, n)) is not None
                        },
                    ),
                    bar,
                )
                continue
            fields = changed_fields(row, record)
            if not fields:
                continue
            kept = [w for w in row["warnings"] or [] if w.startswith(_FETCH_WARNINGS)]
            record.warnings.extend(w for w in kept if w not in record.warnings)
            counts.changed += 1
            for name in fields:
                counts.fields[name] = counts.fields.get(name, 0) + 1
            changes.append(
                store.Change(
                    article_id=row["id"],
                    record=record,
                    capture_id=capture.body_id,
                    fetched_at=capture.fetched_at,
                    new_version=row["content_hash"] != record.content_hash,
                    reindex=bool(SEARCHED_FIELDS & set(fields)),
                )
            )
            self._say(PageOutcome(record.url, "changed", fields), bar)
        return counts, changes, new

    def _extract_all(
        self, pending: list[store.PendingCapture], rules: ArticleRules
    ) -> list[ArticleRecord | Rejection | None]:
        """Each capture's extraction (``None``: its record could not be read), in the
        pool's worker processes when it has any."""
        assert self._pool is not None and self._loop is not None
        pool = self._pool

        async def extract_one(capture: store.PendingCapture) -> ArticleRecord | Rejection | None:
            page = self._read(capture)
            if page is None:
                return None
            return await pool.extract(capture.url, page[0], rules, page[1])

        async def extract_chunk() -> list[ArticleRecord | Rejection | None]:
            return list(await asyncio.gather(*(extract_one(c) for c in pending)))

        return asyncio.run_coroutine_threadsafe(extract_chunk(), self._loop).result()

    def _read(self, capture: store.PendingCapture) -> tuple[bytes, str | None] | None:
        """The decoded body and Content-Type of the capture's record."""
        if capture.warc_file is None or capture.warc_offset is None:
            logger.warning("%s: the record holding its body is not indexed", capture.url)
            return None
        path = self.warc_dir / capture.warc_file
        try:
            response = read_response(path, capture.warc_offset)
            return decoded_body(response), content_type(response)
        except (OSError, ValueError, EOFError) as exc:
            logger.warning(
                "%s: cannot read %s at %d: %s", capture.url, path, capture.warc_offset, exc
            )
            return None
