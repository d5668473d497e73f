"""Batch-5 renderers: typed-label DOCX with a lead-first merged table, ruled-table scans, copied TXT.

- ``render_docx5``: headings and items typed ("I.", "1.", "a)", "-"), the task
  table with the lead column *before* the task, the lead cell merged down over
  consecutive rows of one group, group rows merged across, partners one per
  line inside one cell; an optional QUYẾT ĐỊNH in front (batch-2 layout).
- ``render_scan5``: a batch-1 style page (200 dpi) whose ruled table uses the
  plan's own columns and order, placed after the part the plan says;
  optionally upscaled and degraded like the 300-dpi batch-2 scanner.
- ``copied_txt``: text copied from a PDF viewer: hard wraps, "- N -" page
  markers, a running header repeated on each page after the first.
"""

from __future__ import annotations

import io
import textwrap
import time
from datetime import datetime
from pathlib import Path

import numpy as np
from docx import Document
from docx.document import Document as DocxDocument
from docx.shared import Cm, Pt
from PIL import Image, ImageFont

from eval.varied.model import ROMAN
from eval.varied.render_docx import _cell, _fixed_zip, _header, _p, _repeat_header
from eval.varied.render_scan import BOLD, FONT, MARGIN, MOTTO, NATION, W, _degrade, _Pager, wrap
from eval.varied.render_text import closing_lines, header_lines
from eval.varied2.render_docx2 import _decision
from eval.varied2.render_scan2 import _degrade as _degrade300
from eval.varied2.text2 import body_lines2, labelled2
from eval.varied5.model5 import Plan5

DOCX_CM = {"stt": 1.0, "task": 5.8, "lead": 3.0, "partners": 3.4, "unit": 5.0, "deadline": 2.3, "product": 2.8,
           "start": 2.0, "note": 1.4}
SCAN_FR = {"stt": 0.06, "task": 0.36, "lead": 0.17, "partners": 0.19, "unit": 0.30, "deadline": 0.12,
           "product": 0.14, "start": 0.1, "note": 0.06}


def docx_table(doc: DocxDocument, plan: Plan5) -> None:
    """Task table: one header row; lead merged down within a group; group rows merged across."""
    keys = [k for k, _h in plan.columns]
    body = plan.rows()
    t = doc.add_table(rows=1 + len(body), cols=len(keys))
    t.style = "Table Grid"
    for c, (_k, h) in enumerate(plan.columns):
        _cell(t, 0, c, h, bold=True)
    _repeat_header(t, 1)
    li = keys.index("lead") if "lead" in keys else -1
    r, run_start, prev = 1, 1, None
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
            if li >= 0 and lead == prev:
                t.cell(run_start, li).merge(t.cell(r, li))
            else:
                run_start = r
            prev = lead
        r += 1
    for row in t.rows:
        for c, k in enumerate(keys):
            row.cells[c].width = Cm(DOCX_CM[k])


def render_docx5(plan: Plan5, path: Path) -> None:
    """Write ``plan`` as DOCX with typed labels and the merged task table."""
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
            for x in plan.appendix_title.split("\n"):
                _p(doc, x, bold=True, center=True)
            docx_table(doc, plan)
    for x in closing_lines(plan):
        _p(doc, x, bold=not x.startswith("-"), center=not x.startswith(("-", "Nơi nhận")), size=12)
    if plan.groups and plan.table_part < 0:
        doc.add_page_break()
        for x in plan.appendix_title.split("\n"):
            _p(doc, x, bold=True, center=True)
        if plan.ref():
            _p(doc, plan.ref(), center=True, size=12)
        docx_table(doc, plan)
    props = doc.core_properties
    props.created = props.modified = props.last_printed = datetime(2026, 1, 1, 8, 0, 0)
    props.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    _fixed_zip(buf.getvalue(), path)


def _scan_table(pg: _Pager, plan: Plan5, font: ImageFont.FreeTypeFont, bold: ImageFont.FreeTypeFont) -> None:
    fr = [SCAN_FR[k] for k, _h in plan.columns]
    width = W - 2 * MARGIN
    xs = [MARGIN]
    for f in fr:
        xs.append(xs[-1] + int(f / sum(fr) * width))
    lh = int(font.size * 1.3)
    heads = [h for _k, h in plan.columns]

    def row(cells: list[str], f: ImageFont.FreeTypeFont, span: bool = False) -> None:
        lines = [wrap(cells[0], f, xs[-1] - xs[0] - 16)] if span else [
            wrap(c, f, xs[i + 1] - xs[i] - 16) for i, c in enumerate(cells)]
        h = max(len(x) for x in lines) * lh + 16
        if pg.ensure(h) and cells is not heads:
            row(heads, bold)
        top = pg.y
        pg.draw.rectangle([xs[0], top, xs[-1], top + h], outline=0, width=2)
        if not span:
            for x in xs[1:-1]:
                pg.draw.line([x, top, x, top + h], fill=0, width=2)
        for i, ls in enumerate(lines):
            for j, ln in enumerate(ls):
                pg.draw.text((xs[i] + 8, top + 8 + j * lh), ln, font=f, fill=0)
        pg.y += h

    row(heads, bold)
    for first, cells in plan.rows():
        if cells is None:
            row([first], bold, span=True)
        else:
            row(cells, font)


def _scan_pages(plan: Plan5) -> list[Image.Image]:
    f, fb = ImageFont.truetype(FONT, 30), ImageFont.truetype(BOLD, 30)
    small, small_b = ImageFont.truetype(FONT, 25), ImageFont.truetype(BOLD, 25)
    pg = _Pager()
    half = (W - 2 * MARGIN) // 2 - 100
    rest = W - 2 * MARGIN - half
    y0 = pg.y
    for x in plan.parent.split("\n") if plan.parent else []:
        pg.text(x, small, center=True, width=half)
    for x in plan.issuer_upper.split("\n"):
        pg.text(x, small_b, center=True, width=half)
    pg.text(f"Số: {plan.number}", small, center=True, width=half)
    pg.y = y0
    pg.text(NATION, small_b, center=True, x0=MARGIN + half, width=rest)
    pg.text(MOTTO, small_b, center=True, x0=MARGIN + half, width=rest)
    pg.y += 10
    pg.text(plan.date_line(), small, center=True, x0=MARGIN + half, width=rest)
    pg.y += 60
    for x in body_lines2(plan, with_tables=False)[:2]:
        pg.text(x, ImageFont.truetype(BOLD, 34) if x == "KẾ HOẠCH" else fb, center=True)
    pg.y += 30
    for x in plan.preamble:
        pg.text(x, f, indent=70)
    for i, part in enumerate(plan.parts):
        pg.text(f"{ROMAN[i]}. {part.title}", fb)
        for it in labelled2(part.items, plan.sub_style):
            pg.text(f"{it.label} {it.text}".strip(), f, indent=70)
        if i == plan.table_part and plan.groups:
            pg.y += 10
            pg.text(plan.appendix_title, fb, center=True)
            _scan_table(pg, plan, small, small_b)
            pg.y += 20
    pg.y += 30
    y0 = pg.y
    pg.text("Nơi nhận:", small_b, width=half)
    for r in plan.recipients:
        pg.text(f"- {r}", ImageFont.truetype(FONT, 22), width=half)
    end = pg.y
    pg.y = y0
    for role in plan.sign_role:
        pg.text(role, fb, center=True, x0=MARGIN + half, width=rest)
    pg.y += 150
    pg.text(plan.signer, fb, center=True, x0=MARGIN + half, width=rest)
    pg.y = max(pg.y, end)
    return pg.pages


def render_scan5(plan: Plan5, path: Path, seed: int, dpi300: bool = False) -> int:
    """Write ``plan`` as an image-only PDF (200 dpi, or 300 dpi with skew and shadow); returns the page count."""
    rng = np.random.default_rng(seed)
    pages = [(_degrade300 if dpi300 else _degrade)(p, rng) for p in _scan_pages(plan)]
    fixed = time.gmtime(1768550400)
    pages[0].save(str(path), "PDF", resolution=300.0 if dpi300 else 200.0, save_all=True, append_images=pages[1:],
                  quality=50, creationDate=fixed, modDate=fixed, producer="Scanner", title="")
    return len(pages)


def copied_txt(plan: Plan5, width: int = 80, page_lines: int = 44, running: str = "") -> str:
    """Text copied from a PDF viewer: wrapped at ``width``, "- N -" after each page, a running header."""
    lines = header_lines(plan, plan.number) + [""] + body_lines2(plan) + [""] + closing_lines(plan)
    wrapped: list[str] = []
    for ln in lines:
        wrapped += textwrap.wrap(ln, width) if len(ln) > width else [ln]
    out: list[str] = []
    page = 1
    for i, ln in enumerate(wrapped, 1):
        out.append(ln)
        if i % page_lines == 0 or i == len(wrapped):
            out += ["", f"- {page} -".center(width).rstrip(), "\f" if i < len(wrapped) else ""]
            page += 1
            if running and i < len(wrapped):
                out.append(running)
    return "\n".join(out).rstrip("\n") + "\n"
