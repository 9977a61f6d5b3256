"""Log lines that name the site and the crawl run they belong to.

Scrapy's own lines rarely say which spider wrote them; with several sites crawled in one
process (``crawl --due --parallel 4``) an operator reading the log needs to know. A filter
on the root handlers prefixes each record with ``[site run N]``: from the record's spider
when Scrapy attached one, else from the only crawl running in the process.
"""

from __future__ import annotations

import logging

_ACTIVE: dict[str, int | None] = {}


class RunContextFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        spider = getattr(record, "spider", None)
        site = getattr(spider, "name", None)
        if site is None and len(_ACTIVE) == 1:
            site = next(iter(_ACTIVE))
        if site is not None and not getattr(record, "_run_context", False):
            run = _ACTIVE.get(site)
            prefix = f"[{site} run {run}] " if run else f"[{site}] "
            record.msg = prefix + str(record.msg)
            record._run_context = True
        return True


_FILTER = RunContextFilter()


def crawl_started(site: str, run_id: int | None) -> None:
    _ACTIVE[site] = run_id
    for handler in logging.getLogger().handlers:
        if _FILTER not in handler.filters:
            handler.addFilter(_FILTER)


def crawl_finished(site: str) -> None:
    _ACTIVE.pop(site, None)
