"""Batch-12 varied-format blind fixtures (see README.md)."""
