"""Batch-3 varied-format blind fixtures (eval/varied3)."""
