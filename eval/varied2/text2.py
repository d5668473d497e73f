"""Plain-text forms of a batch-2 plan: the Unicode source text and the TXT/MD exports.

The source text (reading order, tables as ``STT | Nhiệm vụ | …`` lines) is what
evidence spans are checked against. ``pdf_export`` imitates text copied out of a
PDF: hard line breaks, a page number after every ``page_lines`` lines and the
footnotes of each page printed at its bottom.
"""

from __future__ import annotations

import textwrap

from eval.varied.model import ROMAN, Item
from eval.varied.render_text import closing_lines, decision_lines, header_lines
from eval.varied2.model2 import Plan2, report_lines, table_lines2

SUP = "¹²³⁴⁵⁶⁷⁸⁹"


def labelled2(items: list[Item], sub_style: str = "a)") -> list[Item]:
    """Typed labels: "1." for level 1, "a)" or "1.1." for level 2, "-" for bullets."""
    letters = "abcdđeghiklmn"
    out: list[Item] = []
    n1 = n2 = 0
    for it in items:
        if it.label or it.level == 0:
            out.append(it)
        elif it.level == 1:
            n1, n2 = n1 + 1, 0
            out.append(Item(1, it.text, f"{n1}."))
        elif it.level == 2:
            n2 += 1
            out.append(Item(2, it.text, f"{n1}.{n2}." if sub_style == "1.1." else f"{letters[n2 - 1]})"))
        else:
            out.append(Item(3, it.text, "-"))
    return out


def body_lines2(plan: Plan2, with_tables: bool = True) -> list[str]:
    """Title, preamble and parts; tables placed after their part when the plan says so."""
    out = ["KẾ HOẠCH", plan.subtitle]
    if plan.decision is not None:
        out.append(plan.ref())
    out += plan.preamble
    for i, part in enumerate(plan.parts):
        out.append(f"{ROMAN[i]}. {part.title}")
        out += [f"{it.label} {it.text}".strip() for it in labelled2(part.items, plan.sub_style)]
        if with_tables and i == plan.table_part:
            out += table_lines2(plan)
        if with_tables and i == plan.reports_part:
            out += report_lines(plan)
    return out


def source_text2(plan: Plan2) -> str:
    """All words of the plan in reading order (Unicode), one paragraph per line."""
    lines: list[str] = []
    if plan.decision is not None:
        lines += decision_lines(plan) + header_lines(plan, None)[:-1]
    else:
        lines += header_lines(plan, plan.number)
    lines += body_lines2(plan) + closing_lines(plan)
    if plan.table_part < 0:
        lines += table_lines2(plan)
    if plan.reports_part < 0:
        lines += report_lines(plan)
    lines += [f"{SUP[i]} {f}" for i, f in enumerate(plan.footnotes)]
    return "\n".join(lines) + "\n"


def pdf_export(plan: Plan2, width: int = 86, page_lines: int = 52) -> str:
    """Text as copied from a PDF: hard-wrapped, page numbers, footnotes at the bottom of their page."""
    lines = header_lines(plan, plan.number) + [""] + body_lines2(plan) + [""] + closing_lines(plan)
    wrapped: list[str] = []
    for ln in lines:
        wrapped += textwrap.wrap(ln, width) if len(ln) > width else [ln]
    out: list[str] = []
    page, notes = 1, []
    for i, ln in enumerate(wrapped, 1):
        out.append(ln)
        notes += [k for k, s in enumerate(SUP[: len(plan.footnotes)]) if s in ln]
        if i % page_lines == 0 or i == len(wrapped):
            if notes:
                out += ["_" * 20] + [f"{SUP[k]} {plan.footnotes[k]}" for k in notes]
            out += ["", f"{page}".center(width).rstrip(), ""]
            page, notes = page + 1, []
    return "\n".join(out) + "\n"


def plain_export(plan: Plan2, width: int | None = None, blank: bool = True, crlf: bool = False) -> str:
    """A TXT plan typed by a commune office: optional hard wrap, blank lines between paragraphs."""
    lines = header_lines(plan, plan.number) + [""] + body_lines2(plan) + [""] + closing_lines(plan)
    out: list[str] = []
    for ln in lines:
        out += textwrap.wrap(ln, width) if width and len(ln) > width else [ln]
        if blank and ln:
            out.append("")
    text = "\n".join(out) + "\n"
    return text.replace("\n", "\r\n") if crlf else text
