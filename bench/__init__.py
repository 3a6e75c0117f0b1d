"""Benchmark harnesses: accuracy (``make eval``) and speed (``make bench``)."""
