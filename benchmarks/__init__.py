"""Benchmarks, each runnable on its own: ``python -m benchmarks.bench_<name>``."""
