"""Helpers for the batch-7 questions: batch 6's evidence cutters and item builders, plus schedule rows.

``sent``, ``row``, ``report``, ``N``, ``Q``, ``X`` and the date spellings are
batch 6's (which re-exports batches 1 and 4); ``cells`` normalises a table
row's whitespace (empty schedule cells); ``gantt`` is the evidence for a
schedule row: the header line (which names the quarters) and the row;
``qend`` spells "by the end of quarter r" ("Quý III", "quý 3", "30/9/2026").
"""

from __future__ import annotations

from eval.varied6.qa_util import N, Q, X, day, in_quarter, month, quarter, report, row, sent
from eval.varied7.model7 import Plan7

__all__ = ["N", "Q", "X", "cells", "day", "gantt", "in_quarter", "month", "qend", "quarter", "report", "row", "sent"]

_END = {"I": "31/3/2026", "II": "30/6/2026", "III": "30/9/2026", "IV": "31/12/2026"}
_NO = {"I": "1", "II": "2", "III": "3", "IV": "4"}


def cells(plan: Plan7, start: str) -> str:
    """The task-table row whose task starts with ``start``, whitespace normalised."""
    return " ".join(row(plan, start).split())


def gantt(plan: Plan7, *starts: str) -> list[str]:
    """Evidence for schedule rows: the table's header line, then each row."""
    return [" | ".join(h for _k, h in plan.columns)] + [cells(plan, s) for s in starts]


def qend(r: str) -> list[str]:
    """Spellings of "by the end of quarter ``r``" of 2026."""
    return [f"Quý {r}", f"quý {_NO[r]}", _END[r]]
