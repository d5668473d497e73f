"""Batch-9 varied-format blind fixtures (see README.md)."""
