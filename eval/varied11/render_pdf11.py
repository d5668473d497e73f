"""Text-layer PDF of a batch-11 plan: batch 9's ruled Phụ lục (rows cut at page breaks) plus a reporting table.

The prose pages are batch 1's ``_body``; the task table is batch 9's
``_table`` (bold shaded header repeated on every page, ``splitInRow`` so a row
is cut at a page break); the reporting schedule right under it is batch 6's
``report_table6`` (``plan.reports_heads``; reporter, recipient, period,
deadline), as the source text lists it. Batch 8's ``render_pdf8`` widens
batch 6's "Ghi chú" column on import; it is imported here so that the layout
does not depend on which modules were loaded first.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import BaseDocTemplate, Frame, PageBreak, PageTemplate, Spacer

from eval.varied.render_pdf import _body, _fonts, _para
from eval.varied6.render_pdf6 import report_table6
from eval.varied8 import render_pdf8  # noqa: F401  (sets the note column width)
from eval.varied8.model8 import Plan8
from eval.varied9.render_pdf9 import _table


def render_pdf11(plan: Plan8, path: Path) -> None:
    """Write ``plan`` as a text-layer PDF: body, Phụ lục on a new page (header repeated, rows cut), reporting table."""
    _fonts()

    def footer(canvas: Any, doc: Any) -> None:
        canvas.setFont("DejaVu", 9)
        w, _h = canvas._pagesize
        canvas.drawCentredString(w / 2, 1 * cm, f"{doc.page}")

    doc = BaseDocTemplate(str(path), pagesize=A4, title=f"Kế hoạch {plan.subtitle}", author=plan.issuer, invariant=1)
    doc.addPageTemplates([PageTemplate("portrait", [Frame(2 * cm, 1.8 * cm, A4[0] - 3.5 * cm, A4[1] - 3.3 * cm)],
                                       onPage=footer, pagesize=A4)])
    width = A4[0] - 3.5 * cm - 12
    story = _body(plan) + [PageBreak()]
    story += [_para(x, bold=True, align=TA_CENTER, size=12) for x in plan.appendix_title.split("\n")]
    if plan.ref():
        story.append(_para(plan.ref(), align=TA_CENTER, size=10))
    story += [Spacer(1, 0.3 * cm), _table(plan, plan.rows(), width, header=True), Spacer(1, 0.6 * cm)]
    story += [_para(x, bold=True, align=TA_CENTER, size=12) for x in plan.reports_title.split("\n")]
    story += [Spacer(1, 0.3 * cm), report_table6(plan, width)]
    doc.build(story)
