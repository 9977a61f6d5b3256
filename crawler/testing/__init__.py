"""Tooling for the test suite and the benchmarks (fixture walking); not used by crawls."""
