"""Text-layer PDF rendering with reportlab (DejaVu fonts, Unicode text layer).

Prose pages are portrait; the "Phụ lục" task table is set on landscape pages
with its header row repeated on every page and group rows spanning all columns.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from eval.varied.model import ROMAN, Plan, labelled
from eval.varied.render_text import MOTTO, NATION

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
_REGISTERED = False


def _fonts() -> None:
    global _REGISTERED
    if not _REGISTERED:
        pdfmetrics.registerFont(TTFont("DejaVu", str(FONT_DIR / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
        _REGISTERED = True


def _style(size: float = 11, bold: bool = False, align: int = TA_JUSTIFY, indent: float = 0) -> ParagraphStyle:
    return ParagraphStyle(
        "s", fontName="DejaVu-Bold" if bold else "DejaVu", fontSize=size, leading=size * 1.35,
        alignment=align, firstLineIndent=indent, spaceAfter=3,
    )


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


def _para(text: str, **kw: Any) -> Paragraph:
    return Paragraph(_esc(text), _style(**kw))


def _header(plan: Plan, number: str | None, dated: bool = True) -> Table:
    c = dict(align=TA_CENTER, size=10)
    left = [_para(plan.parent, **c)] if plan.parent else []
    left.append(_para(plan.issuer_upper, bold=True, **c))
    right = [_para(NATION, bold=True, **c), _para(MOTTO, bold=True, **c)]
    no = f"Số: {number}" if number else "Số:       /KH"
    rows: list[list[Any]] = [[left, right]]
    if dated:
        rows.append([_para(no, **c), _para(plan.date_line(), **c)])
    t = Table(rows, colWidths=[7 * cm, 11 * cm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t


def _signature(recipients: list[str], role: list[str], signer: str) -> Table:
    left = [_para("Nơi nhận:", bold=True, size=9, align=0)] + [_para(f"- {r}", size=9, align=0) for r in recipients]
    right = [_para("\n".join(role), bold=True, align=TA_CENTER), Spacer(1, 1.6 * cm), _para(signer, bold=True, align=TA_CENTER)]
    return Table([[left, right]], colWidths=[8 * cm, 10 * cm], style=[("VALIGN", (0, 0), (-1, -1), "TOP")])


def _decision(plan: Plan) -> list[Flowable]:
    d = plan.decision
    assert d is not None
    story: list[Flowable] = [_header(plan, d.number), Spacer(1, 0.5 * cm)]
    story += [_para("QUYẾT ĐỊNH", bold=True, align=TA_CENTER, size=13), _para(d.title, bold=True, align=TA_CENTER)]
    story += [Spacer(1, 0.3 * cm), _para(d.authority, bold=True, align=TA_CENTER, size=12), Spacer(1, 0.3 * cm)]
    story += [_para(x, indent=1 * cm) for x in d.bases + [d.proposal]]
    story += [_para("QUYẾT ĐỊNH:", bold=True, align=TA_CENTER)]
    story += [_para(x, indent=1 * cm) for x in d.articles]
    story += [Spacer(1, 0.4 * cm), _signature(d.recipients, d.sign_role, d.signer), PageBreak()]
    return story


def _body(plan: Plan) -> list[Flowable]:
    story: list[Flowable] = []
    if plan.decision is not None:
        story += _decision(plan)
        story.append(_header(plan, None, dated=False))  # the attached plan has no number/date line
    else:
        story.append(_header(plan, plan.number))
    story += [Spacer(1, 0.5 * cm), _para("KẾ HOẠCH", bold=True, align=TA_CENTER, size=14)]
    story.append(_para(plan.subtitle, bold=True, align=TA_CENTER, size=12))
    if plan.decision is not None:
        story.append(_para(plan.ref(), align=TA_CENTER, size=10))
    story.append(Spacer(1, 0.4 * cm))
    story += [_para(x, indent=1 * cm) for x in plan.preamble]
    for i, part in enumerate(plan.parts):
        story.append(_para(f"{ROMAN[i]}. {part.title}", bold=True, size=11.5))
        for it in labelled(part.items):
            text = f"{it.label} {it.text}".strip()
            story.append(_para(text, bold=it.level == 1 and len(it.text) < 40, indent=1 * cm))
    story.append(Spacer(1, 0.4 * cm))
    if plan.decision is not None:
        story.append(_para(f"{plan.sign_role[0]}\n{plan.signer}", bold=True, align=TA_CENTER))
    else:
        story.append(_signature(plan.recipients, plan.sign_role, plan.signer))
    return story


def task_table(plan: Plan, width: float) -> Table:
    """The Phụ lục table: repeated header row, spanning group rows, wrapped cells."""
    cell = _style(size=9, align=0)
    head = _style(size=9, bold=True, align=TA_CENTER)
    fr = [0.05, 0.32, 0.15, 0.19, 0.12, 0.17]
    rows: list[list[Any]] = [[Paragraph(h, head) for h in
                              ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"]]]
    style: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
    ]
    k = 0
    for g in plan.groups:
        r = len(rows)
        rows.append([Paragraph(_esc(g.title), _style(size=9, bold=True, align=0)), "", "", "", "", ""])
        style += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#f3f3f3"))]
        for t in g.tasks:
            k += 1
            vals = [str(k), t.task, t.lead, plan.partner_sep.join(t.partners), t.deadline, t.product]
            rows.append([Paragraph(_esc(v), cell) for v in vals])
    return Table(rows, colWidths=[f * width for f in fr], repeatRows=1, style=style)


def render_pdf(plan: Plan, path: Path) -> None:
    """Write ``plan`` as a text-layer PDF."""
    _fonts()

    def footer(canvas: Any, doc: Any) -> None:
        canvas.setFont("DejaVu", 9)
        w, _h = canvas._pagesize
        canvas.drawCentredString(w / 2, 1 * cm, str(doc.page))

    doc = BaseDocTemplate(str(path), pagesize=A4, title=f"Kế hoạch {plan.subtitle}", author=plan.issuer, invariant=1,
                          leftMargin=1.5 * cm, rightMargin=1.5 * cm, topMargin=1.5 * cm, bottomMargin=1.8 * cm)
    lw, lh = landscape(A4)
    doc.addPageTemplates([
        PageTemplate("portrait", [Frame(1.5 * cm, 1.8 * cm, A4[0] - 3 * cm, A4[1] - 3.3 * cm)], onPage=footer, pagesize=A4),
        PageTemplate("landscape", [Frame(1.5 * cm, 1.8 * cm, lw - 3 * cm, lh - 3.3 * cm)], onPage=footer,
                     pagesize=landscape(A4)),
    ])
    story = _body(plan)
    if plan.groups:
        story += [NextPageTemplate("landscape"), PageBreak()]
        story += [_para(x, bold=True, align=TA_CENTER, size=12) for x in plan.appendix_title.split("\n")]
        story += [_para(plan.ref(), align=TA_CENTER, size=10), Spacer(1, 0.3 * cm), task_table(plan, lw - 3 * cm)]
    doc.build(story)
