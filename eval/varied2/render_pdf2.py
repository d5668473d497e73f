"""Text-layer PDF rendering of batch-2 plans (reportlab, DejaVu fonts).

Reuses the batch-1 prose/decision layout and adds a task table with the plan's
own columns: portrait or landscape, header row repeated or not, and rows that
may break across a page boundary (``split_rows``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)

from eval.varied.render_pdf import _body, _esc, _fonts, _para, _style
from eval.varied2.model2 import Plan2

WIDTHS = {"stt": 0.05, "task": 0.33, "lead": 0.15, "partners": 0.18, "unit": 0.30, "start": 0.09,
          "deadline": 0.11, "product": 0.17, "note": 0.07}


def plan_table(plan: Plan2, width: float, repeat: bool = True, split_rows: bool = False) -> Table:
    """The task table with the plan's headers; group rows span all columns."""
    cell = _style(size=9, align=0)
    head = _style(size=9, bold=True, align=TA_CENTER)
    fr = [WIDTHS[k] for k, _h in plan.columns]
    total = sum(fr)
    ncol = len(fr)
    rows: list[list[Any]] = [[Paragraph(_esc(h), head) for _k, h in plan.columns]]
    style: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
    ]
    for first, cells in plan.rows():
        r = len(rows)
        if cells is None:
            rows.append([Paragraph(_esc(first), _style(size=9, bold=True, align=0))] + [""] * (ncol - 1))
            style.append(("SPAN", (0, r), (-1, r)))
        else:
            rows.append([Paragraph(_esc(v), cell) for v in cells])
    return Table(rows, colWidths=[f / total * width for f in fr], repeatRows=1 if repeat else 0, style=style,
                 splitInRow=1 if split_rows else 0)


def render_pdf2(plan: Plan2, path: Path, table_landscape: bool = False, repeat: bool = True,
                split_rows: bool = False) -> None:
    """Write ``plan`` as a text-layer PDF; the task table follows the signature on a new page."""
    _fonts()

    def footer(canvas: Any, doc: Any) -> None:
        canvas.setFont("DejaVu", 9)
        w, _h = canvas._pagesize
        canvas.drawCentredString(w / 2, 1 * cm, f"Trang {doc.page}")

    doc = BaseDocTemplate(str(path), pagesize=A4, title=f"Kế hoạch {plan.subtitle}", author=plan.issuer, invariant=1,
                          leftMargin=1.5 * cm, rightMargin=1.5 * cm, topMargin=1.5 * cm, bottomMargin=1.8 * cm)
    lw, lh = landscape(A4)
    doc.addPageTemplates([
        PageTemplate("portrait", [Frame(2 * cm, 1.8 * cm, A4[0] - 3.5 * cm, A4[1] - 3.3 * cm)], onPage=footer,
                     pagesize=A4),
        PageTemplate("landscape", [Frame(1.5 * cm, 1.8 * cm, lw - 3 * cm, lh - 3.3 * cm)], onPage=footer,
                     pagesize=landscape(A4)),
    ])
    story = _body(plan)
    if plan.groups:
        if table_landscape:
            story.append(NextPageTemplate("landscape"))
        story.append(PageBreak())
        story += [_para(x, bold=True, align=TA_CENTER, size=12) for x in plan.appendix_title.split("\n")]
        if plan.ref():
            story.append(_para(plan.ref(), align=TA_CENTER, size=10))
        width = lw - 3 * cm if table_landscape else A4[0] - 3.5 * cm
        story += [Spacer(1, 0.3 * cm), plan_table(plan, width, repeat, split_rows)]
    doc.build(story)
