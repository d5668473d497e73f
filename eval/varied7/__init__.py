"""Batch-7 varied-format blind fixtures (see README.md)."""
