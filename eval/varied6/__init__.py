"""Batch-6 varied-format blind fixtures (see README.md)."""
