"""DOCX rendering of batch-2 plans with Word automatic numbering and merged table cells.

Every part, item and bullet is numbered by Word (``w:numPr`` → an abstractNum
whose levels the plan chooses, e.g. upperRoman / decimal / "%2.%3." / bullet),
so no label is in the paragraph text. The task table has "Đơn vị thực hiện"
spanning "Chủ trì" and "Phối hợp", the lead cell merged down over consecutive
rows, group rows merged across; an optional second table lists reporting duties.
"""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path
from typing import Any

from docx import Document
from docx.document import Document as DocxDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from eval.varied.render_docx import _cell, _fixed_zip, _header, _p, _repeat_header
from eval.varied2.model2 import Plan2

NUM_ID = 41
Levels = list[tuple[str, str]]
WIDTHS = {"stt": 1.0, "task": 5.6, "lead": 2.8, "partners": 3.2, "unit": 5.0, "start": 2.0, "deadline": 2.2,
          "product": 2.8, "note": 1.4}


def _el(tag: str, **attrs: str) -> Any:
    el = OxmlElement(tag)
    for k, v in attrs.items():
        el.set(qn(f"w:{k}"), v)
    return el


def add_numbering(doc: DocxDocument, levels: Levels) -> None:
    """One multi-level list (abstractNum + num) with the given (numFmt, lvlText) levels."""
    numbering = doc.part.numbering_part.element
    absn = _el("w:abstractNum", abstractNumId=str(NUM_ID))
    absn.append(_el("w:multiLevelType", val="multilevel"))
    for ilvl, (fmt, text) in enumerate(levels):
        lvl = _el("w:lvl", ilvl=str(ilvl))
        for tag, val in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", text), ("w:lvlJc", "left")):
            lvl.append(_el(tag, val=val))
        ppr = _el("w:pPr")
        ppr.append(_el("w:ind", left=str(420 + 300 * ilvl), hanging="420"))
        lvl.append(ppr)
        absn.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = _el("w:num", numId=str(NUM_ID))
    num.append(_el("w:abstractNumId", val=str(NUM_ID)))
    numbering.append(num)


def _numbered(doc: DocxDocument, text: str, ilvl: int, bold: bool = False) -> None:
    p = _p(doc, text, bold=bold)
    numpr = _el("w:numPr")
    numpr.append(_el("w:ilvl", val=str(ilvl)))
    numpr.append(_el("w:numId", val=str(NUM_ID)))
    p._p.get_or_add_pPr().insert(0, numpr)


def task_table(doc: DocxDocument, plan: Plan2) -> None:
    """Task table: two header rows when both "lead" and "partners" columns exist (spanned by "Đơn vị thực hiện")."""
    keys = [k for k, _h in plan.columns]
    span = "lead" in keys and "partners" in keys
    hrows = 2 if span else 1
    body = plan.rows()
    t = doc.add_table(rows=hrows + len(body), cols=len(keys))
    t.style = "Table Grid"
    li = keys.index("lead") if "lead" in keys else -1
    for c, (k, h) in enumerate(plan.columns):
        if span and k in ("lead", "partners"):
            _cell(t, 1, c, h, bold=True)
        else:
            _cell(t, 0, c, h, bold=True)
            if span:
                t.cell(0, c).merge(t.cell(1, c))
    if span:
        _cell(t, 0, li, "Đơn vị thực hiện", bold=True)
        t.cell(0, li).merge(t.cell(0, keys.index("partners")))
    _repeat_header(t, hrows)
    r, run_start, prev = hrows, hrows, None
    for first, cells in body:
        if cells is None:
            _cell(t, r, 0, first, bold=True)
            t.cell(r, 0).merge(t.cell(r, len(keys) - 1))
            run_start, prev = r + 1, None
        else:
            lead = cells[li] if li >= 0 else None
            for c, v in enumerate(cells):
                if not (c == li and lead == prev):
                    _cell(t, r, c, v)
            if li >= 0 and lead == prev and r > run_start:
                t.cell(run_start, li).merge(t.cell(r, li))
            elif li >= 0:
                run_start = r
            prev = lead
        r += 1
    for row in t.rows:
        for c, k in enumerate(keys):
            row.cells[c].width = Cm(WIDTHS[k])


def reports_table(doc: DocxDocument, plan: Plan2) -> None:
    """Reporting schedule: Loại báo cáo | Đơn vị báo cáo | Nơi nhận báo cáo | Thời hạn gửi."""
    _p(doc, plan.reports_title, bold=True)
    heads = ["STT", "Loại báo cáo", "Đơn vị báo cáo", "Nơi nhận báo cáo", "Thời hạn gửi"]
    t = doc.add_table(rows=1 + len(plan.reports), cols=5)
    t.style = "Table Grid"
    for c, h in enumerate(heads):
        _cell(t, 0, c, h, bold=True)
    for i, rep in enumerate(plan.reports, 1):
        for c, v in enumerate([str(i), rep.kind, rep.reporter, rep.recipient, rep.deadline]):
            _cell(t, i, c, v)


def _decision(doc: DocxDocument, plan: Plan2) -> None:
    d = plan.decision
    assert d is not None
    _header(doc, plan, d.number)
    _p(doc, "QUYẾT ĐỊNH", bold=True, center=True, size=14)
    _p(doc, d.title, bold=True, center=True)
    _p(doc, d.authority, bold=True, center=True)
    for x in d.bases + [d.proposal]:
        _p(doc, x)
    _p(doc, "QUYẾT ĐỊNH:", bold=True, center=True)
    for x in d.articles:
        _p(doc, x)
    _p(doc, "Nơi nhận:", bold=True, size=11)
    for x in d.recipients:
        _p(doc, f"- {x}", size=11)
    _p(doc, "\n".join(d.sign_role), bold=True, center=True)
    _p(doc, d.signer, bold=True, center=True)
    doc.add_page_break()
    _header(doc, plan, None, dated=False)


def render_docx2(plan: Plan2, path: Path, levels: Levels) -> None:
    """Write ``plan`` as DOCX with automatic numbering ``levels`` (parts, items, sub-items, bullets)."""
    doc = Document()
    doc.core_properties.title = f"Kế hoạch {plan.subtitle}"
    doc.core_properties.author = plan.issuer
    doc.styles["Normal"].font.name = "Times New Roman"
    doc.styles["Normal"].font.size = Pt(13)
    add_numbering(doc, levels)
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
        _numbered(doc, part.title, 0, bold=True)
        for it in part.items:
            if it.level == 0:
                _p(doc, it.text)
            else:
                deep = it.label == "+" and len(levels) > 4
                _numbered(doc, it.text, 4 if deep else min(it.level, len(levels) - 1))
        if i == plan.table_part and plan.groups:
            _p(doc, plan.appendix_title.replace("\n", " "), bold=True, center=True)
            task_table(doc, plan)
        if i == plan.reports_part and plan.reports:
            reports_table(doc, plan)
    if plan.decision is not None:
        _p(doc, f"{plan.sign_role[0]}\n{plan.signer}", bold=True, center=True)
    else:
        _p(doc, "Nơi nhận:", bold=True, size=11)
        for x in plan.recipients:
            _p(doc, f"- {x}", size=11)
        _p(doc, "\n".join(plan.sign_role), bold=True, center=True)
        _p(doc, plan.signer, bold=True, center=True)
    if plan.groups and plan.table_part < 0:
        doc.add_page_break()
        for x in plan.appendix_title.split("\n"):
            _p(doc, x, bold=True, center=True)
        if plan.ref():
            _p(doc, plan.ref(), center=True, size=12)
        task_table(doc, plan)
    if plan.reports and plan.reports_part < 0:
        doc.add_page_break()
        reports_table(doc, plan)
    props = doc.core_properties
    props.created = props.modified = props.last_printed = datetime(2026, 1, 1, 8, 0, 0)
    props.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    _fixed_zip(buf.getvalue(), path)
