"""Multi-fact and deadline blind probe (batches 6-11, DEV plans only)."""
