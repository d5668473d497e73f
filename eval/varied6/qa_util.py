"""Helpers for the batch-6 questions: evidence cut from the plan's own source text, table rows, re-exports.

``sent`` cuts a verbatim span out of a plan's source text (whitespace
normalised) from a start phrase to an end phrase, so evidence cannot drift
from the plan; ``row`` gives a task-table row as it reads in the source text
(cells joined by " | ", without the number); ``report`` a row of the
"Biểu báo cáo" table. ``N``, ``X``, ``Q`` and the date spellings come from
batches 1 and 4.
"""

from __future__ import annotations

import re
from functools import cache

from eval.varied.qa_build import Q
from eval.varied4.qa_util import N, X, day, in_quarter, month, quarter
from eval.varied6.model6 import Plan6
from eval.varied6.text6 import source_text6

__all__ = ["N", "Q", "X", "day", "in_quarter", "month", "quarter", "report", "row", "sent"]

_PLANS: dict[str, Plan6] = {}


@cache
def _text(file: str) -> str:
    return re.sub(r"\s+", " ", source_text6(_PLANS[file])).strip()


def sent(plan: Plan6, start: str, end: str) -> str:
    """The verbatim span of ``plan``'s source text from ``start`` through the first ``end`` after it."""
    _PLANS[plan.file] = plan
    text = _text(plan.file)
    i = text.find(start)
    if i < 0:
        raise ValueError(f"{start!r} not in {plan.file}")
    j = text.find(end, i + len(start))
    if j < 0:
        raise ValueError(f"{end!r} not after {start!r} in {plan.file}")
    return text[i: j + len(end)]


def row(plan: Plan6, start: str) -> str:
    """The task-table row whose task starts with ``start``, cells joined by " | " (number left out)."""
    keys = [k for k, _h in plan.columns]
    for _first, cells in plan.rows():
        if cells is not None and cells[keys.index("task")].startswith(start):
            return " | ".join(re.sub(r"\s+", " ", c) for k, c in zip(keys, cells, strict=True) if k != "stt")
    raise ValueError(f"no row {start!r} in {plan.file}")


def report(plan: Plan6, reporter: str, kind: str) -> str:
    """The "Biểu báo cáo" row of ``reporter`` for period ``kind``, cells joined by " | " (number left out)."""
    for r in plan.reports:
        if r.reporter.startswith(reporter) and r.kind == kind:
            return " | ".join([r.reporter, r.recipient, r.kind, r.deadline])
    raise ValueError(f"no report row {reporter!r}/{kind!r} in {plan.file}")
