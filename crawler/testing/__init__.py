"""Tooling for the test suite and the benchmarks; nothing the product imports.

``fixtures`` walks the saved fixture pages with their expected records, ``quality`` checks
a record against an expected one, ``mirror`` is the loopback mirror that records and
scripts requests, ``generate`` writes synthetic NukeViet mirrors of any size.
"""
