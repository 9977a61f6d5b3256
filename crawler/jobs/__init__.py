"""Site jobs on Celery + RabbitMQ: crawling with workers on several machines.

The unit handed to a worker is a **site job** (:class:`crawler.jobs.spec.JobSpec`): one
routine crawl of one site, or one slice (a calendar month by default) of a backfill. Each
job runs its crawl in a fresh child process (Scrapy's reactor cannot restart in a worker
process) and reports through the archive: run rows, the site lock and the backfill journal,
plus a ``site_jobs`` row saying how the job stands (``newsarchive jobs``).

Only :mod:`crawler.jobs.app` and :mod:`crawler.jobs.tasks` import Celery; ``newsarchive
crawl --due`` on one machine never does, and needs no broker.
"""
