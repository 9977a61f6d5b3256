"""What the archive says back: health (for operators), statistics and exports (for analysts).

The SQL these reports run lives in :mod:`crawler.db.reports` and :mod:`crawler.db.exports`;
here are the judgements (what counts as a problem) and the formatting.
"""
