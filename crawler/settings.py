"""Scrapy settings of the project (``scrapy crawl <site>`` and ``newsarchive crawl``).

Politeness first: provincial portals are small servers run by public bodies.
"""

import os

from crawler import __version__

BOT_NAME = "newsarchive"
SPIDER_MODULES = ["spiders"]
# Adds the sites declared in config files (crawler/sites.toml, $NEWSARCHIVE_SITES).
SPIDER_LOADER_CLASS = "crawler.spiderloader.SiteSpiderLoader"
NEWSPIDER_MODULE = "spiders"

# Say who we are and how to reach us: set NEWSARCHIVE_CONTACT (a URL or e-mail address).
USER_AGENT = (
    f"ProvincialNewsArchive/{__version__} "
    f"(+{os.environ.get('NEWSARCHIVE_CONTACT', 'contact not configured')})"
)
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
# Items processed in parallel per response. Scrapy starts this many asyncio tasks for every
# response's output (100 by default); an article page yields one item, a listing a few
# dozen requests, so 8 loses nothing and saves ~10% of the crawl process's CPU.
CONCURRENT_ITEMS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

DOWNLOAD_TIMEOUT = 30
RETRY_TIMES = 2
# A news page is well under a megabyte; anything past 32 MB is a fault, not an article.
DOWNLOAD_MAXSIZE = 32 * 1024 * 1024
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024
# No consoles into a running crawl: cron jobs and shared machines do not need them.
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False
LOG_LEVEL = "INFO"

DOWNLOADER_MIDDLEWARES = {
    # No connection to private, loopback or link-local addresses or non-HTTP schemes.
    "crawler.components.destination_guard.DestinationGuardMiddleware": 40,
    # Mirror crawls: no request to any host but the mirror's.
    "crawler.components.allowed_hosts.AllowedHostsMiddleware": 50,
    # robots.txt: 5xx or unreachable means "try later", not "allow all" (RFC 9309).
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "crawler.components.robots_try_later.RobotsTxtTryLaterMiddleware": 100,
    # Sees 429/503 before Scrapy's RetryMiddleware (550) and honours Retry-After.
    "crawler.components.retry_after.RetryAfterMiddleware": 560,
    # Every response as received, to WARC files (before HttpCompressionMiddleware at 590).
    "crawler.components.capture.WarcCaptureMiddleware": 900,
    # Records each HTTPS fetch's certificate and whether it was valid (fetched either way).
    "crawler.components.tls_check.TlsRecordMiddleware": 950,
}
# Verify certificates for the record, never refuse a fetch over one (portals often have
# expired or self-signed ones); TLS_CA_FILE: trusted roots, certifi's bundle when None.
DOWNLOAD_HANDLERS = {"https": "crawler.components.tls_check.RecordingHTTPSHandler"}
TLS_CA_FILE = None
RETRY_AFTER_ENABLED = True
# Longest Retry-After (seconds) a crawl waits for; longer means "next run".
RETRY_AFTER_MAX = 600
ITEM_PIPELINES = {
    "pipelines.capture.CaptureMetadataPipeline": 50,
    "pipelines.normalize.ValidatePipeline": 100,
    "pipelines.archive.ArchivePipeline": 800,
}

EXTENSIONS = {"crawler.progress.BackfillProgress": 500}
# Progress bar / lines for backfills (set by `newsarchive backfill`).
PROGRESS_ENABLED = False

# Processes extracting articles: None means one per usable core (none, i.e. inline in
# the crawl's process, on a single core); 0 forces inline (crawler/extract/pool.py).
EXTRACTION_WORKERS = None

# The archive: None means $DATABASE_URL, else sqlite:///archive.db in the working folder.
ARCHIVE_DATABASE_URL = None
ARCHIVE_BATCH_SIZE = 50
# WARC capture of every response (crawler/components/capture.py). ARCHIVE_WARC_DIR None:
# `warc/` beside a SQLite archive, `./warc` in the working folder for PostgreSQL.
ARCHIVE_WARC_ENABLED = True
ARCHIVE_WARC_DIR = None
ARCHIVE_WARC_MAX_BYTES = 1_000_000_000
ARCHIVE_WARC_GZIP_LEVEL = 3
# Size cap of a SQLite archive in pages (a quota; 0 = none). Writes past it fail like a
# full disk: the batch is rolled back and counted, committed rows stay intact.
ARCHIVE_SQLITE_MAX_PAGES = 0
# Bring the schema to the newest migration when a crawl opens the archive.
ARCHIVE_AUTO_MIGRATE = True
# Hosts exempt from the destination guard (a local mirror); none by default.
DESTINATION_GUARD_ALLOWED_HOSTS: list[str] = []
# Import path of a resolver function (host -> addresses) for the guard; tests replace it.
DESTINATION_GUARD_RESOLVER = None
REDIRECT_MAX_TIMES = 5
# When set (a list of host names), every request to another host is refused.
ALLOWED_HOSTS_ONLY: list[str] = []
