"""Helpers for the batch-8 questions: batch 6/7's evidence cutters and item builders, plus sub-task rows and ranges.

``sent``, ``row``, ``cells``, ``N``, ``Q``, ``X`` and the date spellings are
batches 6 and 7's; ``sub`` is the evidence of a sub-task row: its parent row
(which alone names the lead) and the sub-task row itself; ``rng`` spells a
range or period deadline as written plus its end ("Quý II - Quý III/2026",
"Quý III/2026", "quý 3/2026", "30/9/2026").
"""

from __future__ import annotations

from eval.varied6.qa_util import N, Q, X, day, in_quarter, month, quarter, row, sent
from eval.varied7.qa_util import cells, qend
from eval.varied8.model8 import Plan8

__all__ = ["N", "Q", "X", "cells", "day", "in_quarter", "month", "qend", "quarter", "rng", "row", "sent", "sub"]


def sub(plan: Plan8, parent: str, *children: str) -> list[str]:
    """Evidence for sub-task rows: the parent row (the lead is only there), then each sub-task row."""
    return [cells(plan, parent)] + [cells(plan, c) for c in children]


def rng(written: str, *ends: str) -> list[str]:
    """Spellings of a range deadline: as written, then its end ("30/6/2026", "tháng 6/2026" …)."""
    out = [written]
    for e in ends:
        out += day(e) if e.count("/") == 2 else [e]
    return list(dict.fromkeys(out))
