"""Tasks grouped by unit ("Phân công nhiệm vụ"): the unit heads a numbered block, its tasks are lettered under it.

A ``UnitBlock`` is "1. Văn phòng HĐND và UBND phường:" followed by lettered
tasks ("a) Chủ trì rà soát …; hoàn thành Quý II/2026;", "b) Chủ trì, phối
hợp với Phòng Kinh tế … , thời hạn …") whose lead is the heading unit, and
optionally a closing sentence giving a **block-level deadline** ("Các nhiệm
vụ tại khoản này chưa nêu thời hạn thì hoàn thành trước 30/9/2026.") that
applies to the tasks stating none. Each task is batch 10's ``Prose`` (its
paragraph text, task, partners, own deadline; ``lead`` is filled in from the
heading). ``unit_part`` builds the plan part, ``unit_records`` the ground
truth and ``unit_problems`` checks it against the printed text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from eval.varied.build import P, a, n
from eval.varied.model import Item, Part, fold
from eval.varied8.model8 import due8
from eval.varied10.prose import Prose


@dataclass
class UnitBlock:
    """A unit and the tasks it leads; ``deadline`` (as written in ``closing``) covers tasks without their own."""

    unit: str
    tasks: list[Prose]
    closing: str = ""
    deadline: str = ""
    partner_only: list[str] = field(default_factory=list)  # lettered duties that are no task of the unit


def ut(text: str, task: str, partners: str = "", deadline: str = "", product: str = "") -> Prose:
    """A task of a unit block (its lead is the block's unit); ``partners`` separated by ";"."""
    return Prose(text, task, "", [x.strip() for x in partners.split(";") if x.strip()], deadline, product)


def unit_part(title: str, intro: str, blocks: list[UnitBlock]) -> Part:
    """A part: the intro, each unit as a numbered heading, its tasks lettered, then the block's closing sentence."""
    items: list[Item | str] = [intro]
    for bl in blocks:
        items.append(n(f"{bl.unit}:"))
        items += [a(t.text) for t in bl.tasks] + [a(x) for x in bl.partner_only]
        if bl.closing:
            items.append(bl.closing)
    return P(title, *items)


def unit_records(file: str, blocks: list[UnitBlock], year: int = 2026) -> list[dict[str, Any]]:
    """Ground-truth rows: lead = the heading unit, deadline = the task's own or else the block's."""
    out: list[dict[str, Any]] = []
    for gi, bl in enumerate(blocks, 1):
        for t in bl.tasks:
            deadline = t.deadline or bl.deadline
            out.append({"file": file, "task": t.task, "lead": bl.unit, "partners": t.partners,
                        "deadline": deadline or None, "due": due8(deadline, year) if deadline else None,
                        "group": f"{gi}. {bl.unit}", "product": t.product, "parent": None})
    return out


def unit_problems(file: str, blocks: list[UnitBlock], source: str) -> list[str]:
    """Task, partners and own deadline in each paragraph; a block deadline in its closing; ≥ 1 task inherits it."""
    problems: list[str] = []
    inherits = 0
    for bl in blocks:
        if f"{bl.unit}:" not in source:
            problems.append(f"{file}: unit heading {bl.unit!r} not printed")
        if bl.deadline and fold(bl.deadline) not in fold(bl.closing):
            problems.append(f"{file}: block deadline {bl.deadline!r} not in its closing sentence")
        for t in bl.tasks:
            text = fold(t.text)
            for what in [t.task, *t.partners, t.deadline, t.product]:
                if what and fold(what) not in text:
                    problems.append(f"{file}: {what!r} not in its paragraph {t.text[:50]!r}")
            if not t.deadline:
                inherits += 1
                if not bl.deadline:
                    problems.append(f"{file}: task {t.task[:40]!r} has no deadline, nor has its block")
            if re.search(r"\d{1,2}/\d{1,2}/2026|quý [ivx]+/2026|tháng \d+/2026", t.text.lower()) and not t.deadline:
                problems.append(f"{file}: task {t.task[:40]!r} prints a deadline the ground truth ignores")
    if not inherits:
        problems.append(f"{file}: no task inherits a block deadline")
    count = sum(len(bl.tasks) for bl in blocks)
    for m in re.finditer(r"(\d+) nhiệm vụ cải cách hành chính", source):
        if int(m.group(1)) != count:
            problems.append(f"{file}: prints {m.group(1)} tasks, has {count}")
    return problems
