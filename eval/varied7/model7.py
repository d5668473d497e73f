"""The batch-7 plan model: ``Plan6`` plus schedule ("Gantt") columns, one lead/partners cell and untitled groups.

- ``Task7.marks``: the periods a schedule table marks with "x" ("I", "II" …
  for the columns ``q1``–``q4`` headed "Quý I" … "Quý IV"); such a row has no
  deadline text and its ``due`` is the last day of its last marked quarter;
- ``unit_fmt``: how one cell holds both the lead and the partners ("Chủ trì:
  Sở Tài chính; phối hợp: các sở, ngành");
- a group with an empty title prints no group row (tables without "I. …" rows);
- ``T7`` builds a task row like batch 1's ``T`` with the marks.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass

from eval.varied.model import Task
from eval.varied6.model6 import Plan6, due6

QUARTERS = {"q1": "I", "q2": "II", "q3": "III", "q4": "IV"}
_Q_MONTH = {"I": 3, "II": 6, "III": 9, "IV": 12}


@dataclass
class Task7(Task):
    """A task row; ``marks`` holds the quarters a schedule table marks ("II", "III")."""

    marks: tuple[str, ...] = ()


def T7(task: str, lead: str, partners: str, deadline: str = "", product: str = "", marks: str = "") -> Task7:
    """A task row; ``partners`` separated by ";", ``marks`` a comma list of quarters ("II,III")."""
    plist = [p.strip() for p in partners.split(";") if p.strip()]
    return Task7(task, lead, plist, deadline, product, "", tuple(m.strip() for m in marks.split(",") if m.strip()))


@dataclass
class Plan7(Plan6):
    """A batch-7 plan: schedule columns, a combined lead/partners cell, optional group rows."""

    unit_fmt: str = "Chủ trì: {lead}; phối hợp: {partners}"
    year: int = 2026
    co_signer: str = ""  # a joint plan's first signer (its block precedes the ``signer``'s)

    def cell(self, key: str, task: Task, stt: str) -> str:
        """Text of one task-table cell ("x" in a marked quarter column)."""
        if key in QUARTERS:
            return "x" if QUARTERS[key] in getattr(task, "marks", ()) else ""
        if key == "unit":
            return self.unit_fmt.format(lead=task.lead, partners=self.unit_sep.join(task.partners))
        return super().cell(key, task, stt)

    def rows(self) -> list[tuple[str, list[str] | None]]:
        """The table body; groups with an empty title print no group row."""
        return [(first, cells) for first, cells in super().rows() if cells is not None or first]


def due7(task: Task, year: int = 2026) -> str | None:
    """Last day a task allows (ISO): end of its last marked quarter, else batch 6's reading of the deadline."""
    marks = getattr(task, "marks", ())
    if marks:
        last = max(_Q_MONTH[m] for m in marks)
        return f"{year}-{last:02d}-{calendar.monthrange(year, last)[1]:02d}"
    return due6(task.deadline) if task.deadline else None
