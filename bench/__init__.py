"""Benchmarks of planexport: each figure a ratio to a baseline measured in the same run."""
