"""List-and-target blind probe (batches 7-11, DEV plans only)."""
