"""Package index."""
