"""Batch-10 varied-format blind fixtures (see README.md)."""
