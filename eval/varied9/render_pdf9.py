"""Text-layer PDF of a batch-9 plan whose ruled Phụ lục table runs over three or more pages.

The prose pages are batch 1's ``_body``; the cells are batch 6's ``_cells``.
The task table is drawn as two ruled tables set one right under the other
(no gap, same columns), as happens when an official pastes the tail of a
table from another file: the first carries the bold shaded header and repeats
it at the top of the next page, the second has no header row, so the page(s)
it alone fills show **no header**. Rows are cut **inside** at a page break
(``splitInRow``), so at least one task starts at the bottom of a page and
ends at the top of the next.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import BaseDocTemplate, Frame, PageBreak, PageTemplate, Spacer, Table

from eval.varied.render_pdf import _body, _fonts, _para
from eval.varied6.render_pdf6 import GRID, WIDTHS, _cells
from eval.varied8.model8 import Plan8

Style = list[tuple[Any, ...]]


def _table(plan: Plan8, body: list[tuple[str, list[str] | None]], width: float, header: bool) -> Table:
    """One ruled table of ``body`` rows, with the plan's header row (repeated on each page) when ``header``."""
    keys = [k for k, _h in plan.columns]
    fr = [{**WIDTHS, "stt": 0.065}[k] for k in keys]
    rows: list[list[Any]] = [_cells([h for _k, h in plan.columns], bold=True)] if header else []
    style: Style = list(GRID)
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")))
    for first, cells in body:
        r = len(rows)
        if cells is None:
            rows.append(_cells([first], bold=True) + [""] * (len(keys) - 1))
            style += [("SPAN", (0, r), (-1, r)), ("ALIGN", (0, r), (-1, r), "LEFT")]
        else:
            rows.append(_cells(cells))
    return Table(rows, colWidths=[f / sum(fr) * width for f in fr], repeatRows=1 if header else 0, style=style,
                 splitByRow=0, splitInRow=12)


def render_pdf9(plan: Plan8, path: Path, headed_rows: int) -> None:
    """Write ``plan`` as a text-layer PDF; the first ``headed_rows`` table rows carry the (repeated) header."""
    _fonts()

    def footer(canvas: Any, doc: Any) -> None:
        canvas.setFont("DejaVu", 9)
        w, _h = canvas._pagesize
        canvas.drawCentredString(w / 2, 1 * cm, f"{doc.page}")

    doc = BaseDocTemplate(str(path), pagesize=A4, title=f"Kế hoạch {plan.subtitle}", author=plan.issuer, invariant=1)
    doc.addPageTemplates([PageTemplate("portrait", [Frame(2 * cm, 1.8 * cm, A4[0] - 3.5 * cm, A4[1] - 3.3 * cm)],
                                       onPage=footer, pagesize=A4)])
    story = _body(plan)
    width = A4[0] - 3.5 * cm - 12
    body = plan.rows()
    story.append(PageBreak())
    story += [_para(x, bold=True, align=TA_CENTER, size=12) for x in plan.appendix_title.split("\n")]
    if plan.ref():
        story.append(_para(plan.ref(), align=TA_CENTER, size=10))
    story += [Spacer(1, 0.3 * cm), _table(plan, body[:headed_rows], width, header=True),
              _table(plan, body[headed_rows:], width, header=False)]
    doc.build(story)
