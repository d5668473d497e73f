"""Consistency checks for the batch-9 QA items: batch 6's item rules with batch 9's formats and split sizes.

``check_all`` runs batch 6's checks (evidence verbatim and ≥ 8 words, facts
in the evidence, no duplicates, valid type/style, list sizes 2–7, ``_absent``
words absent from the plan, cross-plan evidence from two plans) after checking
each item's format against ``FORMATS``. ``check_splits9``: each split asks
about exactly one plan of each format, holds ≥ ``MIN_NONE`` unanswerable
items and ≥ 2 cross-plan items; no plan and no question is in both splits.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from eval.varied6.check import STYLES, docs_of
from eval.varied6.check import check_all as check_all6

__all__ = ["FORMATS", "MIN_NONE", "STYLES", "check_all", "check_splits9", "docs_of"]

FORMATS = {"pdf-table", "docx", "decision", "scan"}
MIN_NONE = 8
_VALID6 = "txt"  # a format batch 6 accepts, standing in for a valid batch-9 format


def check_all(items: list[dict[str, Any]], sources: Mapping[str, str]) -> list[str]:
    """Every problem of the batch-9 items (empty when all is consistent)."""
    problems = [f"bad format {q.get('format')!r}: {q['question'][:60]}" for q in items if q.get("format") not in FORMATS]
    return problems + check_all6([{**q, "format": _VALID6} for q in items], dict(sources))


def check_splits9(dev: list[dict[str, Any]], test: list[dict[str, Any]], formats: Mapping[str, str]) -> list[str]:
    """Split checks; ``formats`` maps each plan file to its format."""
    problems: list[str] = []
    for name, rows in (("dev", dev), ("test", test)):
        plans = {d for q in rows for d in docs_of(q)}
        kinds = sorted(formats[d] for d in plans)
        if kinds != sorted(FORMATS):
            problems.append(f"{name} split does not hold one plan of each format: {kinds}")
        n_none = sum(1 for q in rows if q["unanswerable"])
        if n_none < MIN_NONE:
            problems.append(f"{name} split has only {n_none} unanswerable items")
        if sum(isinstance(q["doc"], list) for q in rows) < 2:
            problems.append(f"{name} split has fewer than 2 cross-plan items")
    both_docs = {d for q in dev for d in docs_of(q)} & {d for q in test for d in docs_of(q)}
    problems += [f"plan in both splits: {d}" for d in sorted(both_docs)]
    both = {q["question"] for q in dev} & {q["question"] for q in test}
    problems += [f"question in both splits: {x[:60]}" for x in sorted(both)]
    return problems
