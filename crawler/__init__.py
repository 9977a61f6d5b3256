"""Provincial News Archive: crawl Vietnamese provincial portals into a clean, queryable archive."""

__version__ = "0.1.0"
