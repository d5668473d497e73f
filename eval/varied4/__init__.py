"""Batch-4 varied-format blind fixtures (eval/varied4)."""
