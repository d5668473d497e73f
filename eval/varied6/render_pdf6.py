"""Text-layer PDF rendering of batch-6 plans (reportlab, DejaVu fonts).

The prose/decision pages are batch 1's; the Phụ lục task table may carry a
two-level header (a cell spanning two leaf columns, the other header cells
spanning both header rows, both rows repeated on each page) and, with
``split_rows``, rows are cut *inside* at a page break (``splitByRow=0``), so a
task's text continues on the next page under the repeated header. A
"Biểu báo cáo" table may follow on its own page.
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
from eval.varied6.model6 import Plan6

WIDTHS = {"stt": 0.05, "task": 0.33, "lead": 0.15, "partners": 0.18, "unit": 0.30, "start": 0.09,
          "deadline": 0.11, "product": 0.15, "note": 0.07}
GRID: list[tuple[Any, ...]] = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]


def _cells(texts: list[str], bold: bool = False) -> list[Any]:
    st = _style(size=9, bold=bold, align=TA_CENTER if bold else 0)
    return [[Paragraph(_esc(t), st)] if t else "" for t in texts]


def task_table6(plan: Plan6, width: float, repeat: bool = True, split_rows: bool = False) -> Table:
    """The task table with the plan's headers (one or two rows); group rows span all columns."""
    keys = [k for k, _h in plan.columns]
    fr = [WIDTHS[k] for k in keys]
    heads = plan.header_rows()
    rows: list[list[Any]] = [_cells(h, bold=True) for h in heads]
    style = list(GRID) + [("BACKGROUND", (0, 0), (-1, len(heads) - 1), colors.HexColor("#e6e6e6"))]
    if len(heads) == 2:
        for c, (top, low) in enumerate(zip(heads[0], heads[1], strict=True)):
            if top and not low:
                style.append(("SPAN", (c, 0), (c, 1)))
            elif top and low:
                style.append(("SPAN", (c, 0), (c + 1, 0)))
    for first, cells in plan.rows():
        r = len(rows)
        if cells is None:
            rows.append(_cells([first], bold=False) + [""] * (len(keys) - 1))
            style.append(("SPAN", (0, r), (-1, r)))
        else:
            rows.append(_cells(cells))
    return Table(rows, colWidths=[f / sum(fr) * width for f in fr], repeatRows=len(heads) if repeat else 0,
                 style=style, splitByRow=0 if split_rows else 1, splitInRow=24 if split_rows else 0)


def report_table6(plan: Plan6, width: float) -> Table:
    """The "Biểu báo cáo" table: STT | Đơn vị báo cáo | Nơi nhận | Kỳ báo cáo | Thời hạn gửi."""
    rows: list[list[Any]] = [_cells(plan.reports_heads, bold=True)]
    for i, r in enumerate(plan.reports, 1):
        rows.append(_cells([str(i), r.reporter, r.recipient, r.kind, r.deadline]))
    fr = [0.06, 0.3, 0.3, 0.14, 0.2]
    return Table(rows, colWidths=[f * width for f in fr], repeatRows=1, style=GRID)


def render_pdf6(plan: Plan6, path: Path, table_landscape: bool = False, repeat: bool = True,
                split_rows: bool = False) -> None:
    """Write ``plan`` as a text-layer PDF; the task table (and the reporting table) follow the signature."""
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
    story = _body(plan)
    width = lw - 3 * cm if table_landscape else A4[0] - 3.5 * cm
    if plan.groups:
        if table_landscape:
            story.append(NextPageTemplate("landscape"))
        story.append(PageBreak())
        story += [_para(x, bold=True, align=TA_CENTER, size=12) for x in plan.appendix_title.split("\n")]
        if plan.ref():
            story.append(_para(plan.ref(), align=TA_CENTER, size=10))
        story += [Spacer(1, 0.3 * cm), task_table6(plan, width, repeat, split_rows)]
    if plan.reports:
        story.append(PageBreak())
        story += [_para(x, bold=True, align=TA_CENTER, size=12) for x in plan.reports_title.split("\n")]
        story += [Spacer(1, 0.3 * cm), report_table6(plan, width)]
    doc.build(story)
