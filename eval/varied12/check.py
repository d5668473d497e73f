"""Consistency checks for the batch-12 QA items and ground truth (all reused, none copied).

``check_all`` is batch 9's item checks (evidence verbatim and ≥ 8 words, facts
in the evidence, no duplicates, list sizes 2–7, ``_absent`` words absent from
the plan, cross-plan evidence from two plans; batch 9's four formats are batch
12's); ``check_table_count`` batch 10's (a printed "gồm / triển khai / giao N
nhiệm vụ" equals the number of table rows); ``check_prose`` batch 10's (each
prose task's paragraph states its task, lead, partners and deadline, and the
printed "N nhiệm vụ cải cách hành chính" is right); ``check_splits11`` batch
11's (one plan of each format per split, ≥ 6 unanswerable and ≥ 3 cross-plan
items, no plan and no question in both splits). ``check_quarter_lists`` is
new: a list item asking for the tasks due in quý III names every such task of
its plan (deadlines "Quý III/2026", "Tháng 7/8/9/2026", "…/7|8|9/2026").
"""

from __future__ import annotations

import re
from typing import Any

from eval.varied.model import fold
from eval.varied10.check import check_prose
from eval.varied11.check import FORMATS, MIN_NONE, check_all, check_splits11, check_table_count, docs_of

__all__ = ["FORMATS", "MIN_NONE", "check_all", "check_prose", "check_quarter_lists", "check_splits11",
           "check_table_count", "docs_of", "in_q3"]

_Q3 = re.compile(r"(quý iii/2026|tháng [789]/2026|\d{1,2}/0?[789]/2026)$")


def in_q3(deadline: str) -> bool:
    """A deadline falling inside quý III/2026 (the quarter, one of its months or a day in it)."""
    return bool(_Q3.search(deadline.strip().lower()))


def check_quarter_lists(items: list[dict[str, Any]], records: list[dict[str, Any]]) -> list[str]:
    """Items with ``_q3`` set list exactly as many facts as their plan has tasks due in quý III, each one found."""
    problems: list[str] = []
    for q in items:
        if not q.get("_q3"):
            continue
        due = [r for r in records if r["file"] == q["doc"] and r["deadline"] and in_q3(r["deadline"])]
        if len(due) != len(q["facts"]):
            problems.append(f"{q['question'][:50]}: {len(q['facts'])} facts, {len(due)} tasks due in Q III")
        for r in due:
            if not any(fold(alt) in fold(r["task"]) for f in q["facts"] for alt in f):
                problems.append(f"{q['question'][:50]}: Q III task {r['task'][:40]!r} not among the facts")
    return problems
