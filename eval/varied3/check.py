"""Consistency checks for the batch-3 QA items: batch-2 checks plus stricter split rules."""

from __future__ import annotations

from typing import Any

from eval.varied2.check import FORMATS, STYLES, check_all

__all__ = ["FORMATS", "STYLES", "check_all", "check_splits"]

MIN_NONE = 16


def check_splits(dev: list[dict[str, Any]], test: list[dict[str, Any]], formats: set[str]) -> list[str]:
    """Each split covers every format, holds ≥ 16 unanswerable items, and no question is in both splits."""
    problems: list[str] = []
    for name, rows in (("dev", dev), ("test", test)):
        missing = formats - {q["format"] for q in rows}
        if missing:
            problems.append(f"{name} split misses formats {sorted(missing)}")
        n_none = sum(1 for q in rows if q["unanswerable"])
        if n_none < MIN_NONE:
            problems.append(f"{name} split has only {n_none} unanswerable items")
    both = {q["question"] for q in dev} & {q["question"] for q in test}
    problems += [f"question in both splits: {x[:60]}" for x in sorted(both)]
    return problems
