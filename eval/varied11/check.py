"""Consistency checks for the batch-11 QA items and ground truth.

``check_all`` is batch 9's (batch 6's rules: evidence verbatim and ≥ 8
words, facts in the evidence, no duplicates, list sizes 2–7, ``_absent``
words absent from the plan, cross-plan evidence from two plans; batch 9's
four formats are batch 11's). ``check_table_count`` is batch 10's (a printed
"gồm / triển khai / giao N nhiệm vụ" equals the number of tasks).
``check_subtasks``: every sub-task row prints no lead (the parent row alone
names it) and its ground-truth record names its parent and inherits its lead.
``check_splits11``: each split asks about exactly one plan of each format,
holds ≥ ``MIN_NONE`` unanswerable and ≥ 3 cross-plan items; no plan and no
question is in both splits.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from eval.varied6.check import docs_of
from eval.varied8.model8 import Plan8
from eval.varied9.check import FORMATS, check_all
from eval.varied10.check import check_table_count

__all__ = ["FORMATS", "MIN_CROSS", "MIN_NONE", "check_all", "check_splits11", "check_subtasks", "check_table_count",
           "docs_of"]

MIN_NONE = 6
MIN_CROSS = 3


def check_subtasks(plan: Plan8, records: list[dict[str, Any]]) -> list[str]:
    """Sub-task rows ("1.1") print an empty lead cell; their records name the parent and carry its lead."""
    problems: list[str] = []
    keys = [k for k, _h in plan.columns]
    for first, cells in plan.rows():
        if cells is not None and "." in first and cells[keys.index("lead")]:
            problems.append(f"{plan.file}: sub-task row {first} prints a lead")
    for g in plan.groups:
        for t in g.tasks:
            for s in getattr(t, "subs", []):
                rec = next((r for r in records if r["task"] == s.task), None)
                if rec is None or rec["parent"] != t.task or rec["lead"] != t.lead:
                    problems.append(f"{plan.file}: sub-task {s.task[:40]!r} without parent/lead in the ground truth")
    return problems


def check_splits11(dev: list[dict[str, Any]], test: list[dict[str, Any]], formats: Mapping[str, str]) -> list[str]:
    """Split checks; ``formats`` maps each plan file to its format."""
    problems: list[str] = []
    for name, rows in (("dev", dev), ("test", test)):
        kinds = sorted(formats[d] for d in {d for q in rows for d in docs_of(q)})
        if kinds != sorted(FORMATS):
            problems.append(f"{name} split does not hold one plan of each format: {kinds}")
        n_none = sum(1 for q in rows if q["unanswerable"])
        if n_none < MIN_NONE:
            problems.append(f"{name} split has only {n_none} unanswerable items")
        if sum(isinstance(q["doc"], list) for q in rows) < MIN_CROSS:
            problems.append(f"{name} split has fewer than {MIN_CROSS} cross-plan items")
    both_docs = {d for q in dev for d in docs_of(q)} & {d for q in test for d in docs_of(q)}
    problems += [f"plan in both splits: {d}" for d in sorted(both_docs)]
    both = {q["question"] for q in dev} & {q["question"] for q in test}
    problems += [f"question in both splits: {x[:60]}" for x in sorted(both)]
    return problems
