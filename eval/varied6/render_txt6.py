"""TXT renderings of batch-6 plans.

- ``typed_txt``: a plan typed in a commune office: one paragraph per line, a
  blank line before each part, "-" items indented by 3 spaces and "+" items
  by 6 (tasks are the indented bullets under a numbered item).
- ``wrapped_txt``: text saved from a word processor as "plain text with line
  breaks": wrapped at ``width``, bullets with a hanging indent, parts
  separated by a blank line, optional CRLF.
"""

from __future__ import annotations

import textwrap

from eval.varied.render_text import closing_lines, header_lines
from eval.varied6.model6 import Plan6
from eval.varied6.text6 import body_lines6

INDENT = {"-": "   ", "+": "      ", "–": "   "}


def _lines(plan: Plan6) -> list[str]:
    return header_lines(plan, plan.number) + [""] + body_lines6(plan) + [""] + closing_lines(plan)


def _is_part(line: str) -> bool:
    head = line.split(".", 1)[0]
    return bool(head) and set(head) <= set("IVX") and line[len(head): len(head) + 2] == ". "


def typed_txt(plan: Plan6) -> str:
    """One paragraph per line, indented bullets, a blank line before each part."""
    out: list[str] = []
    for ln in _lines(plan):
        if _is_part(ln):
            out.append("")
        out.append(INDENT.get(ln[:1], "") + ln if ln[1:2] == " " else ln)
    return "\n".join(out) + "\n"


def wrapped_txt(plan: Plan6, width: int = 90, crlf: bool = False) -> str:
    """Hard-wrapped at ``width`` with hanging indents for bullets; CRLF line ends on request."""
    out: list[str] = []
    for ln in _lines(plan):
        if _is_part(ln):
            out.append("")
        ind = INDENT.get(ln[:1], "") if ln[1:2] == " " else ""
        if len(ind) + len(ln) <= width:
            out.append(ind + ln)
        else:
            out += textwrap.wrap(ln, width, initial_indent=ind, subsequent_indent=ind + "  " if ind else "")
    text = "\n".join(out) + "\n"
    return text.replace("\n", "\r\n") if crlf else text
