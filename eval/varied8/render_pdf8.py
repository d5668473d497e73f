"""A text-layer PDF whose Phụ lục task table has **no ruling lines** (batch 1's prose pages, batch 6's cells).

The table is set on landscape pages: columns are aligned by whitespace only
(no GRID, no box, no background), the header row is bold and repeated on each
page, group rows span all columns in bold, sub-task rows ("1.1") leave the
lead cell empty. The prose pages and the signature are batch 1's ``_body``;
the cell paragraphs are batch 6's ``_cells``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
)

from eval.varied.render_pdf import _body, _fonts, _para
from eval.varied6 import render_docx6, render_pdf6, render_scan6
from eval.varied6.render_pdf6 import _cells
from eval.varied8.model8 import Plan8

render_pdf6.WIDTHS.update({"budget": 0.08, "note": 0.10})
render_docx6.DOCX_CM.update({"budget": 1.8, "note": 2.0})
render_scan6.SCAN_FR.update({"budget": 0.09, "note": 0.09})

BORDERLESS: list[tuple[Any, ...]] = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 4),
                                     ("RIGHTPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]


def borderless_table(plan: Plan8, width: float) -> Table:
    """The task table without any line: bold header (repeated), bold group rows spanning all columns."""
    keys = [k for k, _h in plan.columns]
    fr = [render_pdf6.WIDTHS[k] for k in keys]
    rows: list[list[Any]] = [_cells([h for _k, h in plan.columns], bold=True)]
    style = list(BORDERLESS)
    for first, cells in plan.rows():
        r = len(rows)
        if cells is None:
            rows.append(_cells([first], bold=True) + [""] * (len(keys) - 1))
            style.append(("SPAN", (0, r), (-1, r)))
        else:
            rows.append(_cells(cells))
    return Table(rows, colWidths=[f / sum(fr) * width for f in fr], repeatRows=1, style=style)


def render_pdf8(plan: Plan8, path: Path) -> None:
    """Write ``plan`` as a text-layer PDF: portrait prose and signature, then the borderless landscape Phụ lục."""
    _fonts()

    def footer(canvas: Any, doc: Any) -> None:
        canvas.setFont("DejaVu", 9)
        w, _h = canvas._pagesize
        canvas.drawCentredString(w / 2, 1 * cm, f"{doc.page}")

    doc = BaseDocTemplate(str(path), pagesize=A4, title=f"Kế hoạch {plan.subtitle}", author=plan.issuer, invariant=1,
                          leftMargin=1.5 * cm, rightMargin=1.5 * cm, topMargin=1.5 * cm, bottomMargin=1.8 * cm)
    lw, lh = landscape(A4)
    doc.addPageTemplates([
        PageTemplate("portrait", [Frame(2 * cm, 1.8 * cm, A4[0] - 3.5 * cm, A4[1] - 3.3 * cm)], onPage=footer,
                     pagesize=A4),
        PageTemplate("landscape", [Frame(1.5 * cm, 1.8 * cm, lw - 3 * cm, lh - 3.3 * cm)], onPage=footer,
                     pagesize=landscape(A4)),
    ])
    story = _body(plan) + [NextPageTemplate("landscape"), PageBreak()]
    story += [_para(x, bold=True, align=TA_CENTER, size=12) for x in plan.appendix_title.split("\n")]
    if plan.ref():
        story.append(_para(plan.ref(), align=TA_CENTER, size=10))
    story += [Spacer(1, 0.4 * cm), borderless_table(plan, lw - 3 * cm)]
    doc.build(story)
