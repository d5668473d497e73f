"""Consistency checks for the batch-13 QA items and ground truth: batch 9–12's checks plus the new layouts'.

Reused (not copied): ``check_all`` (batch 9's item checks: evidence verbatim
and ≥ 8 words, facts in the evidence, no duplicates, list sizes 2–7,
``_absent`` words absent from the plan, cross-plan evidence from two plans),
``check_table_count`` and ``check_prose`` (batch 10), ``check_splits11``
(batch 11: one plan of each format per split, ≥ 6 unanswerable and ≥ 3
cross-plan items, no plan and no question in both splits) and
``check_quarter_lists`` (batch 12). New here: ``check_layout13`` dispatches to
the checks of the new layouts — ``unit_cell_problems`` (the combined unit
column marks each lead once, sub-task rows name none and inherit the
parent's), ``block_problems`` (every value on its labelled line, co-leads on
the lead line), ``unit_problems`` (tasks grouped by unit; block-level
deadlines) — ``check_scan_cut`` (a prose task of each scan runs over the
page break) and ``check_no_partner`` (an unanswerable "who partners task X"
item names one task of its plan, and that task has no partner).
"""

from __future__ import annotations

from typing import Any

from eval.varied8.model8 import Plan8
from eval.varied10.prose import ProseGroups
from eval.varied12.check import (
    FORMATS,
    MIN_NONE,
    check_all,
    check_prose,
    check_quarter_lists,
    check_splits11,
    check_table_count,
    docs_of,
    in_q3,
)
from eval.varied13.blocks import BlockGroups, Labels, block_problems
from eval.varied13.byunit import UnitBlock, unit_problems
from eval.varied13.qa_util13 import check_no_partner
from eval.varied13.scan13 import cut_paragraphs, page_count
from eval.varied13.unitcell import Plan13, unit_cell_problems

__all__ = ["FORMATS", "MIN_NONE", "check_all", "check_layout13", "check_no_partner", "check_prose", "check_quarter_lists",
           "check_scan_cut", "check_splits11", "check_table_count", "docs_of", "in_q3"]


def check_layout13(plan: Plan8, records: list[dict[str, Any]], source: str,
                   blocks: tuple[BlockGroups, Labels] | None = None, units: list[UnitBlock] | None = None,
                   prose: ProseGroups | None = None) -> list[str]:
    """The checks of ``plan``'s task layout (table with a combined unit column, blocks, units or prose)."""
    if isinstance(plan, Plan13):
        return unit_cell_problems(plan, records) + check_table_count(plan.file, len(records), source)
    if blocks is not None:
        return block_problems(plan.file, blocks[0], blocks[1], source)
    if units is not None:
        return unit_problems(plan.file, units, source)
    if prose is not None:
        return check_prose(plan.file, prose, source)
    return [f"{plan.file}: no known task layout"]


def check_scan_cut(plan: Plan8, prose: ProseGroups) -> list[str]:
    """A prose scan spans exactly two pages and the page break cuts one of its task paragraphs."""
    problems = [] if page_count(plan) == 2 else [f"{plan.file}: {page_count(plan)} scan pages (want 2)"]
    texts = {t.text for _g, ts in prose for t in ts}
    if not any(c.split(" ", 1)[1] in texts for c in cut_paragraphs(plan) if " " in c):
        problems.append(f"{plan.file}: no task paragraph runs over the page break")
    return problems
