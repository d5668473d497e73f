"""Consistency checks for the batch-2 QA items (batch-1 checks plus id/style/format fields)."""

from __future__ import annotations

from typing import Any

from eval.varied.check import check_questions

STYLES = {"vi", "noaccent", "en"}
FORMATS = {"pdf-table", "docx-numbering", "decision", "scan", "txt", "md"}


def check_all(items: list[dict[str, Any]], sources: dict[str, str]) -> list[str]:
    """Batch-1 evidence/fact checks plus style, format and per-split unanswerable counts."""
    problems = check_questions(items, sources)
    for q in items:
        if q.get("style") not in STYLES:
            problems.append(f"bad style {q.get('style')}: {q['question'][:60]}")
        if q.get("format") not in FORMATS:
            problems.append(f"bad format {q.get('format')}: {q['question'][:60]}")
    return problems


def check_splits(dev: list[dict[str, Any]], test: list[dict[str, Any]], formats: set[str]) -> list[str]:
    """Each split covers every format and holds at least 8 unanswerable items."""
    problems: list[str] = []
    for name, rows in (("dev", dev), ("test", test)):
        missing = formats - {q["format"] for q in rows}
        if missing:
            problems.append(f"{name} split misses formats {sorted(missing)}")
        n_none = sum(1 for q in rows if q["unanswerable"])
        if n_none < 8:
            problems.append(f"{name} split has only {n_none} unanswerable items")
    return problems
