"""Plain-text rendering of a plan: the TXT formats and the Unicode "source text".

The source text is what evidence spans are checked against (whitespace
normalised); every renderer prints the same words, only the layout differs.
"""

from __future__ import annotations

import textwrap

from eval.varied.model import ROMAN, Plan, labelled

NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"


def header_lines(plan: Plan, number: str | None) -> list[str]:
    """Two-column header: issuer on the left, national motto on the right."""
    left = [x for x in (plan.parent.split("\n") + plan.issuer_upper.split("\n")) if x]
    right = [NATION, MOTTO]
    out = []
    for i in range(max(len(left), len(right))):
        lt = left[i] if i < len(left) else ""
        rt = right[i] if i < len(right) else ""
        out.append(f"{lt:<34}{rt}".rstrip())
    no = f"Số: {number}" if number else "Số:      /KH"
    out.append(f"{no:<34}{plan.date_line()}")
    return out


def body_lines(plan: Plan) -> list[str]:
    """Title, preamble, parts (with typed labels)."""
    out = ["KẾ HOẠCH", plan.subtitle]
    if plan.decision is not None:
        out.append(plan.ref())
    out += plan.preamble
    for i, part in enumerate(plan.parts):
        out.append(f"{ROMAN[i]}. {part.title}")
        for it in labelled(part.items):
            out.append(f"{it.label} {it.text}".strip())
    return out


def decision_lines(plan: Plan) -> list[str]:
    """The QUYẾT ĐỊNH in front of a plan issued by decision."""
    d = plan.decision
    assert d is not None
    out = header_lines(plan, d.number)
    out += ["QUYẾT ĐỊNH", d.title, d.authority]
    out += d.bases + [d.proposal, "QUYẾT ĐỊNH:"] + d.articles
    out += ["Nơi nhận:"] + [f"- {r}" for r in d.recipients]
    out += d.sign_role + [d.signer]
    return out


def closing_lines(plan: Plan) -> list[str]:
    """Recipients and signature block."""
    if plan.decision is not None:
        return [plan.sign_role[0], plan.signer]
    out = ["Nơi nhận:"] + [f"- {r}" for r in plan.recipients]
    return out + plan.sign_role + [plan.signer]


def table_lines(plan: Plan, sep: str = " | ") -> list[str]:
    """The task table as delimited lines (header, group rows, task rows)."""
    if not plan.groups:
        return []
    out = plan.appendix_title.split("\n") + [plan.ref()]
    starts = any(t.start for g in plan.groups for t in g.tasks)
    when = ["Bắt đầu", "Hoàn thành"] if starts else ["Thời gian hoàn thành"]
    out.append(sep.join(["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", *when, "Sản phẩm"]))
    k = 0
    for g in plan.groups:
        out.append(g.title)
        for t in g.tasks:
            k += 1
            dates = [t.start, t.deadline] if starts else [t.deadline]
            out.append(sep.join([str(k), t.task, t.lead, "; ".join(t.partners), *dates, t.product]))
    return out


def source_text(plan: Plan) -> str:
    """All words of the plan in reading order (Unicode), one paragraph per line."""
    lines: list[str] = []
    if plan.decision is not None:
        lines += decision_lines(plan)
        lines += header_lines(plan, None)[:-1]
    else:
        lines += header_lines(plan, plan.number)
    lines += body_lines(plan) + closing_lines(plan) + table_lines(plan)
    return "\n".join(lines) + "\n"


def txt_document(plan: Plan, width: int | None = None, blank: bool = False, sep: str = "\t") -> str:
    """A TXT export: optionally hard-wrapped at ``width`` with blank lines between paragraphs."""
    lines = header_lines(plan, plan.number) + [""] + body_lines(plan) + [""] + closing_lines(plan)
    if plan.groups:
        lines += ["", ""] + table_lines(plan, sep)
    out: list[str] = []
    for ln in lines:
        if width and len(ln) > width and "\t" not in ln:
            out += textwrap.wrap(ln, width)
        else:
            out.append(ln)
        if blank and ln:
            out.append("")
    return "\n".join(out) + "\n"
