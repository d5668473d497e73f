"""Plain-text forms of a batch-6 plan: the Unicode source text, the task and reporting tables as lines.

The source text (reading order; tables as ``<the plan's own headers>`` lines,
two header lines when a header cell spans two columns) is what evidence
spans are checked against. Items keep their typed labels ("1.", "a)", "-",
"+"), even where the rendered DOCX numbers them by Word.
"""

from __future__ import annotations

from eval.varied.model import ROMAN
from eval.varied.render_text import closing_lines, decision_lines, header_lines
from eval.varied2.text2 import labelled2
from eval.varied6.model6 import Plan6


def table_lines6(plan: Plan6, sep: str = " | ") -> list[str]:
    """The task table as delimited lines: title, reference, header row(s), group and task rows."""
    if not plan.groups:
        return []
    out = plan.appendix_title.split("\n") + ([plan.ref()] if plan.ref() else [])
    out += [sep.join(c for c in hr if c) for hr in plan.header_rows()]
    for first, cells in plan.rows():
        out.append(first if cells is None else sep.join(cells))
    return out


def report_lines6(plan: Plan6, sep: str = " | ") -> list[str]:
    """The "Biểu báo cáo" table as delimited lines."""
    if not plan.reports:
        return []
    out = plan.reports_title.split("\n") + [sep.join(plan.reports_heads)]
    for i, r in enumerate(plan.reports, 1):
        out.append(sep.join([str(i), r.reporter, r.recipient, r.kind, r.deadline]))
    return out


def body_lines6(plan: Plan6, with_tables: bool = True) -> list[str]:
    """Title, preamble and parts; tables placed after their part when the plan says so."""
    out = ["KẾ HOẠCH", plan.subtitle]
    if plan.decision is not None:
        out.append(plan.ref())
    out += plan.preamble
    for i, part in enumerate(plan.parts):
        out.append(f"{ROMAN[i]}. {part.title}")
        out += [f"{it.label} {it.text}".strip() for it in labelled2(part.items, plan.sub_style)]
        if with_tables and i == plan.table_part:
            out += table_lines6(plan)
        if with_tables and i == plan.reports_part:
            out += report_lines6(plan)
    return out


def source_text6(plan: Plan6) -> str:
    """All words of the plan in reading order (Unicode), one paragraph per line."""
    lines: list[str] = []
    if plan.decision is not None:
        lines += decision_lines(plan) + header_lines(plan, None)[:-1]
    else:
        lines += header_lines(plan, plan.number)
    lines += body_lines6(plan) + closing_lines(plan)
    if plan.table_part < 0:
        lines += table_lines6(plan)
    if plan.reports and plan.reports_part < 0:
        lines += report_lines6(plan)
    return "\n".join(lines) + "\n"
