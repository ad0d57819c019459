"""Reproducible performance runs (``make bench``). Each ``bench_*.py`` has ``run()``."""
