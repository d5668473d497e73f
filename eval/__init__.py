"""Package eval."""
