"""Consistency checks for the batch-8 QA items: batch 6's rules with batch 8's formats.

``check_all`` runs batch 6's checks (evidence verbatim and ≥ 8 words, facts
in the evidence, no duplicates, valid type/style, list sizes 2–7, ``_absent``
words absent from the plan, cross-plan evidence from two plans) after checking
each item's format against ``FORMATS``. ``check_splits8`` runs batch 6's split
checks on the formats both splits share and checks that each split holds a
TXT or a Markdown plan (dev: TXT, test: Markdown).
"""

from __future__ import annotations

from typing import Any

from eval.varied6.check import MIN_NONE, STYLES, check_splits, docs_of
from eval.varied6.check import check_all as check_all6

__all__ = ["FORMATS", "MIN_NONE", "STYLES", "check_all", "check_splits8", "docs_of"]

FORMATS = {"pdf-table", "docx", "decision", "scan", "txt", "md", "image"}
SHARED = FORMATS - {"txt", "md"}
_VALID6 = "txt"  # a format batch 6 accepts, standing in for a valid batch-8 format


def check_all(items: list[dict[str, Any]], sources: dict[str, str]) -> list[str]:
    """Every problem of the batch-8 items (empty when all is consistent)."""
    problems = [f"bad format {q.get('format')!r}: {q['question'][:60]}" for q in items if q.get("format") not in FORMATS]
    return problems + check_all6([{**q, "format": _VALID6} for q in items], sources)


def check_splits8(dev: list[dict[str, Any]], test: list[dict[str, Any]]) -> list[str]:
    """Batch 6's split checks on the shared formats, plus a TXT or Markdown plan in each split."""
    problems = check_splits(dev, test, set(SHARED))
    for name, rows in (("dev", dev), ("test", test)):
        if not {"txt", "md"} & {q["format"] for q in rows}:
            problems.append(f"{name} split has no TXT or Markdown plan")
    return problems
