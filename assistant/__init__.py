"""Package assistant."""
