"""Tasks written in running text (numbered prose paragraphs and lettered sub-items) and their ground truth.

A ``Prose`` is one lettered sub-item that assigns a task: its paragraph text
as the plan prints it, plus the task, lead, partners, deadline and product it
states (each written, verbatim up to case and diacritics, in the paragraph).
``prose_part`` turns groups of them into a plan part (an intro paragraph,
numbered group titles "1.", lettered sub-items "a)"); ``prose_records`` gives
the ground-truth rows (batch 9's keys; ``group`` is the typed "1. …" title).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from eval.varied.build import P, a, n
from eval.varied.model import Part, fold
from eval.varied8.model8 import due8


@dataclass
class Prose:
    """One task assigned in a paragraph."""

    text: str
    task: str
    lead: str
    partners: list[str] = field(default_factory=list)
    deadline: str = ""
    product: str = ""


def pt(text: str, task: str, lead: str, partners: str = "", deadline: str = "", product: str = "") -> Prose:
    """A prose task; ``partners`` separated by ";"."""
    return Prose(text, task, lead, [x.strip() for x in partners.split(";") if x.strip()], deadline, product)


ProseGroups = list[tuple[str, list[Prose]]]


def prose_part(title: str, intro: str, groups: ProseGroups) -> Part:
    """A part: the intro paragraph, then each group as a numbered item and its tasks as lettered sub-items."""
    items: list[Any] = [intro]
    for gtitle, tasks in groups:
        items.append(n(gtitle))
        items += [a(t.text) for t in tasks]
    return P(title, *items)


def prose_records(file: str, groups: ProseGroups, year: int = 2026) -> list[dict[str, Any]]:
    """Ground-truth rows of the prose tasks (same keys as the table rows of ``task_records``)."""
    out: list[dict[str, Any]] = []
    for gi, (gtitle, tasks) in enumerate(groups, 1):
        for t in tasks:
            out.append({"file": file, "task": t.task, "lead": t.lead, "partners": t.partners,
                        "deadline": t.deadline or None, "due": due8(t.deadline, year) if t.deadline else None,
                        "group": f"{gi}. {gtitle}", "product": t.product, "parent": None})
    return out


def prose_problems(file: str, groups: ProseGroups) -> list[str]:
    """Ground truth that its paragraph does not state (task, lead, each partner, deadline, product, folded)."""
    problems: list[str] = []
    for _g, tasks in groups:
        for t in tasks:
            text = fold(t.text)
            for what in [t.task, t.lead, *t.partners, t.deadline, t.product]:
                if what and fold(what) not in text:
                    problems.append(f"{file}: {what!r} not in its paragraph {t.text[:50]!r}")
    return problems
