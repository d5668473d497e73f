"""Batch-13 varied-format blind fixtures (see README.md)."""
