"""DOCX rendering of batch-6 plans with typed labels and merged table cells.

- the task table may have a two-level header (a header cell spanning two
  leaf columns by ``gridSpan``, the other header cells merged down over both
  header rows by ``vMerge``), repeated on each page;
- each column named in ``plan.merge_down`` (the lead, the deadline) is merged
  down over consecutive equal cells of one group; group rows merged across;
- an optional "Biểu báo cáo" table inside the part the plan says;
- an optional QUYẾT ĐỊNH in front (batch-2 layout).
"""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.shared import Cm, Pt

from eval.varied.model import ROMAN
from eval.varied.render_docx import _cell, _fixed_zip, _header, _p, _repeat_header
from eval.varied.render_text import closing_lines
from eval.varied2.render_docx2 import _decision
from eval.varied2.text2 import labelled2
from eval.varied6.model6 import Plan6

DOCX_CM = {"stt": 1.0, "task": 5.6, "lead": 2.9, "partners": 3.2, "unit": 5.0, "deadline": 2.3, "product": 2.6,
           "start": 2.0, "note": 1.4}


def _runs(values: list[str]) -> list[tuple[int, int]]:
    """Runs (start, end) of equal consecutive values, end inclusive."""
    out: list[tuple[int, int]] = []
    for i, v in enumerate(values):
        if out and values[out[-1][0]] == v:
            out[-1] = (out[-1][0], i)
        else:
            out.append((i, i))
    return out


def task_table6(doc: DocxDocument, plan: Plan6) -> None:
    """Task table: one or two header rows, merged-down columns, group rows merged across."""
    keys = [k for k, _h in plan.columns]
    heads = plan.header_rows()
    hr = len(heads)
    body = plan.rows()
    t = doc.add_table(rows=hr + len(body), cols=len(keys))
    t.style = "Table Grid"
    if hr == 1:
        for c, h in enumerate(heads[0]):
            _cell(t, 0, c, h, bold=True)
    else:
        for c, (top, low) in enumerate(zip(heads[0], heads[1], strict=True)):
            if low:
                _cell(t, 1, c, low, bold=True)
            if top:
                _cell(t, 0, c, top, bold=True)
                if not low:
                    t.cell(0, c).merge(t.cell(1, c))
                else:
                    t.cell(0, c).merge(t.cell(0, c + 1))
    _repeat_header(t, hr)
    r = hr
    group: list[tuple[int, list[str]]] = []

    def flush() -> None:
        for key in plan.merge_down:
            if key not in keys or not group:
                continue
            c = keys.index(key)
            for s, e in _runs([cells[c] for _r, cells in group]):
                if e > s:
                    t.cell(group[s][0], c).merge(t.cell(group[e][0], c))

    for first, cells in body:
        if cells is None:
            flush()
            group = []
            _cell(t, r, 0, first, bold=True)
            t.cell(r, 0).merge(t.cell(r, len(keys) - 1))
        else:
            prev = group[-1][1] if group else None
            for c, v in enumerate(cells):
                if not (keys[c] in plan.merge_down and prev is not None and prev[c] == v):
                    _cell(t, r, c, v)
            group.append((r, cells))
        r += 1
    flush()
    for row in t.rows:
        for c, k in enumerate(keys):
            row.cells[c].width = Cm(DOCX_CM[k])


def report_table6(doc: DocxDocument, plan: Plan6) -> None:
    """The "Biểu báo cáo" table: STT | Đơn vị báo cáo | Nơi nhận | Kỳ báo cáo | Thời hạn gửi."""
    for x in plan.reports_title.split("\n"):
        _p(doc, x, bold=True, center=True)
    t = doc.add_table(rows=1 + len(plan.reports), cols=len(plan.reports_heads))
    t.style = "Table Grid"
    for c, h in enumerate(plan.reports_heads):
        _cell(t, 0, c, h, bold=True)
    for i, rep in enumerate(plan.reports, 1):
        for c, v in enumerate([str(i), rep.reporter, rep.recipient, rep.kind, rep.deadline]):
            _cell(t, i, c, v)


def _appendix(doc: DocxDocument, plan: Plan6) -> None:
    for x in plan.appendix_title.split("\n"):
        _p(doc, x, bold=True, center=True)
    if plan.ref():
        _p(doc, plan.ref(), center=True, size=12)
    task_table6(doc, plan)


def render_docx6(plan: Plan6, path: Path) -> None:
    """Write ``plan`` as DOCX with typed labels, the merged task table and the reporting table."""
    doc = Document()
    doc.core_properties.title = f"Kế hoạch {plan.subtitle}"
    doc.core_properties.author = plan.issuer
    doc.styles["Normal"].font.name = "Times New Roman"
    doc.styles["Normal"].font.size = Pt(13)
    if plan.decision is not None:
        _decision(doc, plan)
    else:
        _header(doc, plan, plan.number)
    _p(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _p(doc, plan.subtitle, bold=True, center=True)
    if plan.decision is not None:
        _p(doc, plan.ref(), center=True, size=12)
    for x in plan.preamble:
        _p(doc, x)
    for i, part in enumerate(plan.parts):
        _p(doc, f"{ROMAN[i]}. {part.title}", bold=True)
        for it in labelled2(part.items, plan.sub_style):
            _p(doc, f"{it.label} {it.text}".strip())
        if i == plan.table_part and plan.groups:
            _appendix(doc, plan)
        if i == plan.reports_part and plan.reports:
            report_table6(doc, plan)
    for x in closing_lines(plan):
        _p(doc, x, bold=not x.startswith("-"), center=not x.startswith(("-", "Nơi nhận")), size=12)
    if plan.groups and plan.table_part < 0:
        doc.add_page_break()
        _appendix(doc, plan)
    if plan.reports and plan.reports_part < 0:
        doc.add_page_break()
        report_table6(doc, plan)
    props = doc.core_properties
    props.created = props.modified = props.last_printed = datetime(2026, 1, 1, 8, 0, 0)
    props.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    _fixed_zip(buf.getvalue(), path)
