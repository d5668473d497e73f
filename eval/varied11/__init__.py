"""Batch-11 varied-format blind fixtures (fictional CCHC plans, their ground truth and QA sets)."""
