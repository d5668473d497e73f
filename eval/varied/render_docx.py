"""DOCX rendering with python-docx.

``numbered=True`` uses real Word automatic numbering (w:numPr → numbering.xml
abstractNum with upperRoman / decimal / lowerLetter levels), so "I." "1." "a)"
are not in the paragraph text. The task table then has a two-level header
("Thời gian thực hiện" over "Bắt đầu" / "Hoàn thành") and the "Cơ quan chủ trì"
cell merged down over consecutive rows with the same lead.
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import Table
from docx.text.paragraph import Paragraph

from eval.varied.model import ROMAN, Plan, labelled
from eval.varied.render_text import MOTTO, NATION

NUM_ID = 77
_LEVELS = [("upperRoman", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)")]


def _add_numbering(doc: DocxDocument) -> None:
    """Add one multi-level list definition (abstractNum + num) to numbering.xml."""
    numbering = doc.part.numbering_part.element
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), str(NUM_ID))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "multilevel")
    absn.append(mlt)
    for ilvl, (fmt, text) in enumerate(_LEVELS):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(ilvl))
        for tag, val in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", text), ("w:lvlJc", "left")):
            el = OxmlElement(tag)
            el.set(qn("w:val"), val)
            lvl.append(el)
        ppr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), str(360 + 360 * ilvl))
        ind.set(qn("w:hanging"), "360")
        ppr.append(ind)
        lvl.append(ppr)
        if ilvl == 0:
            rpr = OxmlElement("w:rPr")
            rpr.append(OxmlElement("w:b"))
            lvl.append(rpr)
        absn.append(lvl)
    # abstractNum elements must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(NUM_ID))
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), str(NUM_ID))
    num.append(ref)
    numbering.append(num)


def _numbered(p: Paragraph, ilvl: int) -> None:
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    lv = OxmlElement("w:ilvl")
    lv.set(qn("w:val"), str(ilvl))
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), str(NUM_ID))
    numpr.append(lv)
    numpr.append(nid)
    ppr.insert(0, numpr)


def _p(doc: DocxDocument, text: str, bold: bool = False, center: bool = False, size: float = 13) -> Paragraph:
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def _cell(table: Table, r: int, c: int, text: str, bold: bool = False, size: float = 11) -> None:
    cell = table.cell(r, c)
    cell.text = ""
    lines = text.split("\n")
    para = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            para = cell.add_paragraph()
        run = para.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


def _header(doc: DocxDocument, plan: Plan, number: str | None, dated: bool = True) -> None:
    t = doc.add_table(rows=2 if dated else 1, cols=2)
    left = "\n".join(x for x in (plan.parent, plan.issuer_upper) if x)
    _cell(t, 0, 0, left, bold=True, size=12)
    _cell(t, 0, 1, f"{NATION}\n{MOTTO}", bold=True, size=12)
    if dated:
        _cell(t, 1, 0, f"Số: {number}" if number else "Số:      /KH", size=12)
        _cell(t, 1, 1, plan.date_line(), size=12)
    for row in t.rows:
        for c in row.cells:
            for p in c.paragraphs:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _repeat_header(table: Table, rows: int) -> None:
    for r in range(rows):
        trpr = table.rows[r]._tr.get_or_add_trPr()
        el = OxmlElement("w:tblHeader")
        el.set(qn("w:val"), "true")
        trpr.append(el)


def _task_table(doc: DocxDocument, plan: Plan, two_level: bool) -> None:
    ncol = 7 if two_level else 6
    hrows = 2 if two_level else 1
    n_rows = hrows + sum(1 + len(g.tasks) for g in plan.groups)
    t = doc.add_table(rows=n_rows, cols=ncol)
    t.style = "Table Grid"
    if two_level:
        heads = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "", "Sản phẩm"]
        for c, h in enumerate(heads):
            if h:
                _cell(t, 0, c, h, bold=True)
        _cell(t, 1, 4, "Bắt đầu", bold=True)
        _cell(t, 1, 5, "Hoàn thành", bold=True)
        for c in (0, 1, 2, 3, 6):
            t.cell(0, c).merge(t.cell(1, c))
        t.cell(0, 4).merge(t.cell(0, 5))
    else:
        for c, h in enumerate(["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"]):
            _cell(t, 0, c, h, bold=True)
    _repeat_header(t, hrows)
    r = hrows
    k = 0
    for g in plan.groups:
        _cell(t, r, 0, g.title, bold=True)
        t.cell(r, 0).merge(t.cell(r, ncol - 1))
        r += 1
        run_start = r
        for i, task in enumerate(g.tasks):
            k += 1
            partners = plan.partner_sep.join(task.partners)
            vals = [str(k), task.task, task.lead, partners]
            vals += [task.start, task.deadline, task.product] if two_level else [task.deadline, task.product]
            for c, v in enumerate(vals):
                if two_level and c == 2 and i > 0 and g.tasks[i - 1].lead == task.lead:
                    continue  # merged with the cell above
                _cell(t, r, c, v)
            last = i == len(g.tasks) - 1 or g.tasks[i + 1].lead != task.lead
            if two_level and last:
                if r > run_start:
                    t.cell(run_start, 2).merge(t.cell(r, 2))
                run_start = r + 1
            r += 1
    widths = [1.0, 5.5, 3.0, 3.2, 2.0, 2.0, 2.6] if two_level else [1.0, 6.0, 3.2, 3.6, 2.4, 2.8]
    for row in t.rows:
        for c, w in enumerate(widths):
            row.cells[c].width = Cm(w)


def render_docx(plan: Plan, path: Path, numbered: bool) -> None:
    """Write ``plan`` as DOCX; ``numbered`` selects automatic numbering + merged two-level table."""
    doc = Document()
    doc.core_properties.title = f"Kế hoạch {plan.subtitle}"
    doc.core_properties.author = plan.issuer
    style = doc.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(13)
    if numbered:
        _add_numbering(doc)
    d = plan.decision
    if d is not None:
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
    else:
        _header(doc, plan, plan.number)
    _p(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    _p(doc, plan.subtitle, bold=True, center=True)
    if d is not None:
        _p(doc, plan.ref(), center=True, size=12)
    for x in plan.preamble:
        _p(doc, x)
    inline = plan.table_inline
    for i, part in enumerate(plan.parts):
        if numbered:
            _numbered(_p(doc, part.title, bold=True), 0)
        else:
            _p(doc, f"{ROMAN[i]}. {part.title}", bold=True)
        items = part.items if numbered else labelled(part.items)
        for it in items:
            if numbered and it.level in (1, 2) and not it.label:
                _numbered(_p(doc, it.text), it.level)
            else:
                label = it.label or ("-" if it.level == 3 else "")
                _p(doc, f"{label} {it.text}".strip())
        if inline and i == 2 and plan.groups:
            _p(doc, plan.appendix_title.replace("\n", " "), bold=True, center=True)
            _task_table(doc, plan, two_level=True)
    if d is not None:
        _p(doc, f"{plan.sign_role[0]}\n{plan.signer}", bold=True, center=True)
    else:
        _p(doc, "Nơi nhận:", bold=True, size=11)
        for x in plan.recipients:
            _p(doc, f"- {x}", size=11)
        _p(doc, "\n".join(plan.sign_role), bold=True, center=True)
        _p(doc, plan.signer, bold=True, center=True)
    if plan.groups and not inline:
        doc.add_page_break()
        for x in plan.appendix_title.split("\n"):
            _p(doc, x, bold=True, center=True)
        _p(doc, plan.ref(), center=True, size=12)
        _task_table(doc, plan, two_level=numbered)
    props = doc.core_properties
    props.created = props.modified = props.last_printed = datetime(2026, 1, 1, 8, 0, 0)
    props.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    _fixed_zip(buf.getvalue(), path)


def _fixed_zip(data: bytes, path: Path) -> None:
    """Rewrite the DOCX zip with fixed member timestamps so output is byte-identical across runs."""
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, src.read(info.filename))
