"""Scrapy components of a crawl, one per module, each reading only its own prefixed settings."""
