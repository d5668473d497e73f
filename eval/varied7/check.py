"""Consistency checks for the batch-7 QA items: batch 6's rules with batch 7's formats.

``check_all`` runs batch 6's checks (evidence verbatim and ≥ 8 words, facts
in the evidence, no duplicates, valid type/style, list sizes, ``_absent``
words absent from the plan, cross-plan evidence from two plans) after
checking each item's format against ``FORMATS``; ``check_splits`` is batch
6's (every format in each split, ≥ 20 unanswerable, no shared plan or question).
"""

from __future__ import annotations

from typing import Any

from eval.varied6.check import MIN_NONE, STYLES, check_splits, docs_of
from eval.varied6.check import check_all as check_all6

__all__ = ["FORMATS", "MIN_NONE", "STYLES", "check_all", "check_splits", "docs_of"]

FORMATS = {"pdf-table", "docx", "md", "image", "decision", "scan"}
_VALID6 = "txt"  # a format batch 6 accepts, standing in for a valid batch-7 format


def check_all(items: list[dict[str, Any]], sources: dict[str, str]) -> list[str]:
    """Every problem of the batch-7 items (empty when all is consistent)."""
    problems = [f"bad format {q.get('format')!r}: {q['question'][:60]}" for q in items if q.get("format") not in FORMATS]
    return problems + check_all6([{**q, "format": _VALID6} for q in items], sources)
