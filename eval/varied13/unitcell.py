"""A task table with ONE combined unit column whose cell marks the lead, plus sub-task rows that inherit it.

``Plan13`` is batch 8's ``Plan8`` (sub-task rows "1.1", "1.2" under a parent
row) with a ``unit`` column ("Cơ quan thực hiện" / "Đơn vị thực hiện") whose
cell holds the lead and the partners together, the lead marked inside it:

- ``unit_style="mark"``: "Sở Tư pháp (chủ trì); Sở Nội vụ, Văn phòng UBND
  tỉnh" (the marked lead first, partners after ";", separated by ", ");
- ``unit_style="lines"``: "Chủ trì: Sở Tư pháp" and "Phối hợp: Sở Nội vụ,
  Văn phòng UBND tỉnh" on separate lines of the cell.

A sub-task row's cell never names the lead (it is inherited from the parent
row): it lists only its own partners ("Sở Tài chính (phối hợp)" /
"Phối hợp: Sở Tài chính") or stays empty. ``unit_cells`` overrides the cell
text of a row, by task text (a lead written last, "Phối hợp" before
"Chủ trì").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from eval.varied.model import Task
from eval.varied8.model8 import Plan8


@dataclass
class Plan13(Plan8):
    """A batch-8 plan whose task table has one combined unit column with the lead marked in the cell."""

    unit_style: str = "mark"  # "mark": "X (chủ trì); Y, Z" | "lines": "Chủ trì: X" / "Phối hợp: Y, Z"
    unit_cells: dict[str, str] = field(default_factory=dict)  # task text -> cell text as printed

    def unit_cell(self, task: Task, sub: bool) -> str:
        """The combined unit cell of a task row (``sub``: a sub-task row, whose lead is the parent's)."""
        if task.task in self.unit_cells:
            return self.unit_cells[task.task]
        partners = ", ".join(task.partners)
        if self.unit_style == "mark":
            if sub:
                return f"{partners} (phối hợp)" if partners else ""
            return f"{task.lead} (chủ trì)" + (f"; {partners}" if partners else "")
        if sub:
            return f"Phối hợp: {partners}" if partners else ""
        return f"Chủ trì: {task.lead}" + (f"\nPhối hợp: {partners}" if partners else "")

    def cell(self, key: str, task: Task, stt: str) -> str:
        """Text of one cell; the ``unit`` cell as the plan's style writes it."""
        if key == "unit":
            return self.unit_cell(task, "." in stt)
        return super().cell(key, task, stt)


def lead_marked(plan: Plan13, cell: str, lead: str) -> bool:
    """Whether ``cell`` marks ``lead`` as the lead in the plan's style."""
    if plan.unit_style == "mark":
        return f"{lead} (chủ trì)" in cell
    return any(line.strip() == f"Chủ trì: {lead}" for line in cell.split("\n"))


def unit_cell_problems(plan: Plan13, records: list[dict[str, object]]) -> list[str]:
    """Each main row marks its lead once in its unit cell; sub-task rows name no lead and inherit the parent's."""
    problems: list[str] = []
    keys = [k for k, _h in plan.columns]
    if "unit" not in keys or "lead" in keys or "partners" in keys:
        return [f"{plan.file}: not a single combined unit column: {keys}"]
    n_subs = 0
    for g in plan.groups:
        for t in g.tasks:
            cell = plan.unit_cell(t, False)
            if not lead_marked(plan, cell, t.lead) or cell.lower().count("chủ trì") != 1:
                problems.append(f"{plan.file}: row {t.task[:40]!r} does not mark its lead {t.lead!r} once")
            for p in t.partners:
                if p not in cell:
                    problems.append(f"{plan.file}: partner {p!r} missing from the cell of {t.task[:40]!r}")
            for s in getattr(t, "subs", []):
                n_subs += 1
                sc = plan.unit_cell(s, True)
                if "chủ trì" in sc.lower() or t.lead in sc:
                    problems.append(f"{plan.file}: sub-task {s.task[:40]!r} names a lead in its cell")
                rec = next((r for r in records if r["task"] == s.task), None)
                if rec is None or rec["parent"] != t.task or rec["lead"] != t.lead:
                    problems.append(f"{plan.file}: sub-task {s.task[:40]!r} does not inherit its parent's lead")
    if not 2 <= n_subs <= 3:
        problems.append(f"{plan.file}: {n_subs} sub-task rows (want 2-3)")
    return problems
