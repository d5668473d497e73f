"""Varied-format blind evaluation fixtures: fictional CCHC plans, ground truth and QA sets."""
