"""Batch-8 varied-format blind fixtures (borderless tables, sub-tasks, range deadlines, lettered duties)."""
