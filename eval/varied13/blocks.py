"""Tasks as numbered paragraph blocks, each followed by labelled lines (no table), and their ground truth.

A ``Block`` is one task paragraph (numbered by Word in the DOCX, typed "1." /
"a)" in the source text) followed by bullet lines whose labels the plan
chooses ("- Đơn vị chủ trì: …", "- Đơn vị phối hợp: …", "- Thời gian hoàn
thành: …", "- Sản phẩm: …" in one plan; "- Cơ quan chủ trì: …", "- Thời
hạn: …", "- Kết quả đầu ra: …" in another). A block may name two co-leads
(``lead`` holds both, joined by "; "; ``lead_text`` is the line as printed)
and may have no partner line. ``block_part`` builds the plan part,
``block_records`` the ground truth (batch 8's keys) and ``block_problems``
checks that every value is printed on its labelled line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from eval.varied.build import P, a, b, n
from eval.varied.model import Item, Part, fold
from eval.varied8.model8 import due8

Labels = dict[str, str]  # field ("lead", "partners", "deadline", "product") -> label as printed


@dataclass
class Block:
    """One task paragraph and its labelled lines."""

    task: str
    lead: str  # co-leads joined by "; "
    partners: list[str] = field(default_factory=list)
    deadline: str = ""
    product: str = ""
    lead_text: str = ""  # the lead line's value as printed (co-leads), default ``lead``

    def lines(self, labels: Labels) -> list[str]:
        """The labelled lines under the task paragraph (the partner line left out when there is none)."""
        vals = {"lead": self.lead_text or self.lead, "partners": "; ".join(self.partners),
                "deadline": self.deadline, "product": self.product}
        return [f"{labels[k]}: {v}" for k, v in vals.items() if v]


def blk(task: str, lead: str, partners: str = "", deadline: str = "", product: str = "", lead_text: str = "") -> Block:
    """A block; ``partners`` and co-leads in ``lead`` separated by ";"."""
    return Block(task, lead, [x.strip() for x in partners.split(";") if x.strip()], deadline, product, lead_text)


BlockGroups = list[tuple[str, list[Block]]]  # (field title or "" for a flat list, blocks)


def block_part(title: str, intro: str, groups: BlockGroups, labels: Labels) -> Part:
    """A part: the intro, then each block as a numbered (flat) or lettered (under a numbered field) paragraph."""
    items: list[Item | str] = [intro]
    for gtitle, blocks in groups:
        if gtitle:
            items.append(n(gtitle))
        for bl in blocks:
            items.append(a(bl.task) if gtitle else n(bl.task))
            items += [b(x) for x in bl.lines(labels)]
    return P(title, *items)


def block_records(file: str, groups: BlockGroups, year: int = 2026) -> list[dict[str, Any]]:
    """Ground-truth rows of the blocks (same keys as batch 8's ``task_records``)."""
    out: list[dict[str, Any]] = []
    for gi, (gtitle, blocks) in enumerate(groups, 1):
        for bl in blocks:
            out.append({"file": file, "task": bl.task, "lead": bl.lead, "partners": bl.partners,
                        "deadline": bl.deadline or None, "due": due8(bl.deadline, year) if bl.deadline else None,
                        "group": f"{gi}. {gtitle}" if gtitle else None, "product": bl.product, "parent": None})
    return out


def block_problems(file: str, groups: BlockGroups, labels: Labels, source: str) -> list[str]:
    """Every value on its labelled line in the source text; co-leads all on the lead line; the printed count right."""
    problems: list[str] = []
    lines = [ln.strip() for ln in source.splitlines()]
    count = 0
    for _g, blocks in groups:
        for bl in blocks:
            count += 1
            i = next((k for k, ln in enumerate(lines) if re.sub(r"^(\d+\.|[a-zđ]\)) ", "", ln) == bl.task), -1)
            if i < 0:
                problems.append(f"{file}: task paragraph {bl.task[:40]!r} not in the source text")
                continue
            mine = lines[i + 1: i + 1 + len(bl.lines(labels))]
            if mine != [f"- {x}" for x in bl.lines(labels)]:
                problems.append(f"{file}: labelled lines of {bl.task[:40]!r} differ: {mine}")
            for lead in bl.lead.split("; "):
                if fold(lead) not in fold(bl.lead_text or bl.lead):
                    problems.append(f"{file}: co-lead {lead!r} not on the lead line of {bl.task[:40]!r}")
    for m in re.finditer(r"(\d+) nhiệm vụ cải cách hành chính", source):
        if int(m.group(1)) != count:
            problems.append(f"{file}: prints {m.group(1)} tasks, has {count}")
    return problems
