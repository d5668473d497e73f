"""Decision-and-prose blind probe (batches 4-12, DEV plans only)."""
