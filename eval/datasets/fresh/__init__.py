"""Fresh-question probe over the DEV plans of batches 5-9 (see README.md)."""
