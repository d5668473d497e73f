"""Plain-text and Markdown plans pasted from an e-mail: hard line wraps at ~70 columns and "Trang N/M" footers.

Every paragraph (and list item) is broken at ``width`` columns wherever the
line is full, mid-phrase; Markdown headings and pipe-table rows are kept on
one line. Every ``page_lines`` lines a running footer "Trang N/M" is printed
between blank lines, as a mail client prints a pasted PDF.
"""

from __future__ import annotations

import textwrap

from eval.varied.render_text import closing_lines, header_lines
from eval.varied6.render_txt6 import _is_part
from eval.varied6.text6 import body_lines6
from eval.varied7.render7 import md_document
from eval.varied8.model8 import Plan8


def _paginate(lines: list[str], page_lines: int) -> str:
    pages = [lines[i: i + page_lines] for i in range(0, len(lines), page_lines)]
    out: list[str] = []
    for n, page in enumerate(pages, 1):
        out += page + ["", f"Trang {n}/{len(pages)}", ""]
    return "\n".join(out) + "\n"


def _wrap(lines: list[str], width: int) -> list[str]:
    out: list[str] = []
    for ln in lines:
        if len(ln) <= width or ln.startswith(("|", "#")):
            out.append(ln)
        else:
            out += textwrap.wrap(ln, width, break_on_hyphens=False)
    return out


def mail_txt(plan: Plan8, width: int = 70, page_lines: int = 48) -> str:
    """The plan as TXT: header, parts and items hard-wrapped at ``width``, blank line before each part, page footers."""
    lines = header_lines(plan, plan.number) + [""]
    for ln in body_lines6(plan) + [""] + closing_lines(plan):
        if _is_part(ln):
            lines.append("")
        lines.append(ln)
    return _paginate(_wrap(lines, width), page_lines)


def mail_md(plan: Plan8, width: int = 70, page_lines: int = 52) -> str:
    """The plan as a Markdown note (batch 7's layout) with paragraphs hard-wrapped and page footers."""
    return _paginate(_wrap(md_document(plan).rstrip("\n").split("\n"), width), page_lines)
