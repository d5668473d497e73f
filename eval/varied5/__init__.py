"""Batch-5 varied-format blind fixtures: new issuers and layouts unseen in batches 1-4."""
