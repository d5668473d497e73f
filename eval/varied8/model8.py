"""The batch-8 plan model: ``Plan7`` plus sub-task rows, a budget column, a note column and range deadlines.

- ``Task8.subs``: sub-task rows "1.1", "1.2" under a parent row "1. <group of
  work>"; a sub-task inherits its parent's lead (ground truth), but its lead
  cell is empty in the table (``child_lead=False``, PDF/TXT/Markdown/scan) or
  covered by the parent's lead cell merged down (``child_lead=True`` for the
  DOCX, rendered with ``merge_down=("lead",)``);
- ``Task8.budget`` / ``Task8.note``: the "Kinh phí (triệu đồng)" and "Ghi
  chú" cells (column keys ``budget`` and ``note``);
- group rows may be sub-groups ("II.1. Kiểm soát thủ tục hành chính") under a
  group with no task of its own; ``group_path`` gives "II. … > II.1. …";
- ``due8``: the end of a range or period ("Tháng 3 - tháng 6/2026", "Từ 01/4
  đến 30/6/2026", "Quý II - Quý III/2026", "Chậm nhất ngày 15/10/2026"), None
  for recurring or open-ended deadlines ("Định kỳ hằng quý", "Năm 2026 và các
  năm tiếp theo").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from eval.varied.model import Group, Task
from eval.varied7.model7 import Plan7, due7

OPEN_ENDED = ("định kỳ", "hằng quý", "hằng tháng", "thường xuyên")


@dataclass
class Task8(Task):
    """A task row with optional sub-task rows, a budget and a note."""

    budget: str = ""
    note: str = ""
    subs: list[Task8] = field(default_factory=list)


def T8(task: str, lead: str, partners: str = "", deadline: str = "", product: str = "", budget: str = "",
       note: str = "", subs: tuple[Task8, ...] = ()) -> Task8:
    """A task row; ``partners`` separated by ";"; sub-tasks inherit ``lead``."""
    plist = [p.strip() for p in partners.split(";") if p.strip()]
    kids = [Task8(s.task, lead, s.partners, s.deadline, s.product, "", s.budget, s.note) for s in subs]
    return Task8(task, lead, plist, deadline, product, "", budget, note, kids)


def S8(task: str, partners: str = "", deadline: str = "", product: str = "", budget: str = "", note: str = "") -> Task8:
    """A sub-task row (its lead is filled in from the parent by ``T8``)."""
    return T8(task, "", partners, deadline, product, budget, note)


@dataclass
class Plan8(Plan7):
    """A batch-8 plan: sub-task rows, budget and note cells, sub-group rows."""

    child_lead: bool = False  # print the inherited lead in sub-task rows (DOCX, merged down)
    stt_groups: bool = False  # task numbers restart in each group ("1", "2" …) instead of running on

    def cell(self, key: str, task: Task, stt: str) -> str:
        """Text of one cell; ``budget`` and ``note`` come from the task."""
        if key in ("budget", "note"):
            return str(getattr(task, key, ""))
        return super().cell(key, task, stt)

    def rows(self) -> list[tuple[str, list[str] | None]]:
        """Group rows, task rows and their sub-task rows ("1.1"), lead cell empty in sub-tasks unless ``child_lead``."""
        keys = [k for k, _h in self.columns]
        out: list[tuple[str, list[str] | None]] = []
        k = 0
        for g in self.groups:
            if g.title:
                out.append((g.title, None))
            if self.stt_groups:
                k = 0
            for t in g.tasks:
                k += 1
                out.append((str(k), [self.cell(key, t, str(k)) for key in keys]))
                for j, s in enumerate(getattr(t, "subs", []), 1):
                    stt = f"{k}.{j}"
                    cells = [self.cell(key, s, stt) for key in keys]
                    if not self.child_lead and "lead" in keys:
                        cells[keys.index("lead")] = ""
                    out.append((stt, cells))
        return out

    def group_path(self, group: Group) -> str | None:
        """The group title, prefixed by its parent group's for a sub-group ("II. … > II.1. …")."""
        if not group.title:
            return None
        m = re.match(r"([IVX]+)\.\d+\.", group.title)
        if m:
            parent = next(g.title for g in self.groups if g.title.startswith(m.group(1) + ". "))
            return f"{parent} > {group.title}"
        return group.title


def due8(deadline: str, year: int = 2026) -> str | None:
    """Last day a deadline allows (ISO): the end of a range, None for recurring or open-ended deadlines."""
    low = deadline.strip().lower()
    if not low or low.startswith(OPEN_ENDED) or "các năm tiếp theo" in low:
        return None
    end = re.split(r"\s[-–]\s|\sđến\s", deadline)[-1].strip()
    end = re.sub(r"^(chậm nhất|trước)\s+(ngày\s+)?", "", end, flags=re.I)
    if re.fullmatch(r"[Qq]uý (I|II|III|IV)", end):
        end += f"/{year}"
    return due7(Task(end[:1].upper() + end[1:], "", [], end), year)
