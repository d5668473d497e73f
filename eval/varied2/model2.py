"""Extensions of the batch-1 plan model for the second batch.

``Plan2`` adds configurable task-table columns (names and order), per-group
task numbering ("1.1", "1.2"), a combined "Đơn vị thực hiện" cell, a free
reference line under an attached plan, a reporting-schedule table and
footnotes. Everything else (``Plan``, ``Task``, ``due_of``, ``fold``) is reused.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from eval.varied.model import Plan, Task

# column keys a task table may use, in any order
KEYS = ("stt", "task", "lead", "partners", "unit", "start", "deadline", "product", "note")


@dataclass
class Report:
    """One row of a reporting-schedule table (DOCX) or a reporting duty in prose."""

    kind: str  # "Báo cáo quý I"
    reporter: str
    recipient: str
    deadline: str


@dataclass
class Plan2(Plan):
    """A batch-2 plan: a ``Plan`` plus table layout options."""

    columns: list[tuple[str, str]] = field(default_factory=list)  # (key, header text)
    numbering: str = "seq"  # "seq": 1, 2, 3 … over the table; "group": 1.1, 1.2 … restarting per group
    ref_text: str | None = None  # overrides the "(Kèm theo …)" line; "" for none
    reports: list[Report] = field(default_factory=list)  # second DOCX table
    reports_title: str = ""
    footnotes: list[str] = field(default_factory=list)  # TXT export: text of footnotes ¹ ² …
    unit_sep: str = ", "  # separator of partners inside a combined "Đơn vị thực hiện" cell
    table_part: int = -1  # index of the part the task table follows; -1: appendix after the signature
    reports_part: int = -1  # index of the part the reporting table follows; -1: after the task table
    sub_style: str = "a)"  # typed label of level-2 items: "a)" or "1.1."

    def ref(self) -> str:
        """How the appendix refers to its plan/decision."""
        return super().ref() if self.ref_text is None else self.ref_text

    def cell(self, key: str, task: Task, stt: str) -> str:
        """Text of one task-table cell."""
        if key == "stt":
            return stt
        if key == "partners":
            return self.partner_sep.join(task.partners)
        if key == "unit":
            text = f"Chủ trì: {task.lead}"
            return text + (f"; Phối hợp: {self.unit_sep.join(task.partners)}" if task.partners else "")
        if key == "note":
            return ""
        return str(getattr(task, key))

    def rows(self) -> list[tuple[str, list[str] | None]]:
        """The table body in order: (group title, None) then (stt, cells) for each task."""
        out: list[tuple[str, list[str] | None]] = []
        k = 0
        for gi, g in enumerate(self.groups, 1):
            out.append((g.title, None))
            for ti, t in enumerate(g.tasks, 1):
                k += 1
                stt = f"{gi}.{ti}" if self.numbering == "group" else str(k)
                out.append((stt, [self.cell(key, t, stt) for key, _h in self.columns]))
        return out


def table_lines2(plan: Plan2, sep: str = " | ") -> list[str]:
    """The task table as delimited lines with the plan's own headers."""
    if not plan.groups:
        return []
    out = plan.appendix_title.split("\n") + ([plan.ref()] if plan.ref() else [])
    out.append(sep.join(h for _k, h in plan.columns))
    for first, cells in plan.rows():
        out.append(first if cells is None else sep.join(cells))
    return out


def report_lines(plan: Plan2, sep: str = " | ") -> list[str]:
    """The reporting-schedule table as delimited lines."""
    if not plan.reports:
        return []
    out = [plan.reports_title, sep.join(["STT", "Loại báo cáo", "Đơn vị báo cáo", "Nơi nhận báo cáo", "Thời hạn gửi"])]
    for i, r in enumerate(plan.reports, 1):
        out.append(sep.join([str(i), r.kind, r.reporter, r.recipient, r.deadline]))
    return out


_EXTRA_NONE = ("hằng tháng", "hàng tháng", "liên tục", "hằng năm", "trong vòng", "khi có")


def due2(deadline: str) -> str | None:
    """Last day a written deadline allows (ISO), None without an end date; extends batch-1 ``due_of``."""
    import calendar
    import re
    from datetime import date

    from eval.varied.model import due_of

    low = deadline.strip().lower()
    if low.startswith(_EXTRA_NONE):
        return None
    m = re.search(r"tháng (\d{1,2}) năm (\d{4})", low)
    if m and "ngày" not in low:
        y, mo = int(m.group(2)), int(m.group(1))
        return date(y, mo, calendar.monthrange(y, mo)[1]).isoformat()
    m = re.search(r"6 tháng cuối năm (\d{4})", low)
    if m:
        return f"{m.group(1)}-12-31"
    m = re.search(r"quý ([1-4])/(\d{4})", low)
    if m:
        y, mo = int(m.group(2)), 3 * int(m.group(1))
        return date(y, mo, calendar.monthrange(y, mo)[1]).isoformat()
    return due_of(deadline)
