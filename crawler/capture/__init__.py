"""What the crawl fetched, kept: WARC capture (``warc.py``) and re-extraction from it."""
