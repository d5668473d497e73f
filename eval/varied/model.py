"""Data model shared by the varied-format fixture generator.

A fictional plan is described once (``Plan``) and rendered into several
formats; the same model also yields the ground truth (task rows, metadata)
and the plain Unicode "source text" used to check evidence spans.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]


@dataclass
class Item:
    """One outline item: ``level`` 1 = "1.", 2 = "a)", 3 = "-" bullet, 0 = plain paragraph."""

    level: int
    text: str
    label: str = ""


@dataclass
class Part:
    """A Roman-numeral part ("I. MỤC ĐÍCH, YÊU CẦU") and its items."""

    title: str
    items: list[Item] = field(default_factory=list)


@dataclass
class Task:
    """One row of a task table."""

    task: str
    lead: str
    partners: list[str]
    deadline: str
    product: str = ""
    start: str = ""


@dataclass
class Group:
    """A group row ("II. CẢI CÁCH THỂ CHẾ") and the task rows under it."""

    title: str
    tasks: list[Task]


@dataclass
class Decision:
    """The "QUYẾT ĐỊNH Ban hành Kế hoạch …" wrapper in front of a plan."""

    number: str
    authority: str  # "BỘ TRƯỞNG BỘ TƯ PHÁP"
    title: str
    bases: list[str]
    proposal: str
    articles: list[str]
    recipients: list[str]
    sign_role: list[str]
    signer: str


@dataclass
class Plan:
    """A fictional CCHC plan."""

    file: str
    fmt: str
    parent: str  # first header line ("UBND TỈNH NGHỆ AN"), may be ""
    issuer_upper: str  # second header line ("SỞ TƯ PHÁP")
    issuer: str  # full name used in metadata ("Sở Tư pháp tỉnh Quảng Trị")
    number: str | None
    place: str
    issued: date
    subtitle: str
    preamble: list[str]
    parts: list[Part]
    recipients: list[str]
    sign_role: list[str]
    signer: str
    province: str | None
    groups: list[Group] = field(default_factory=list)
    appendix_title: str = ""
    partner_sep: str = "\n"
    decision: Decision | None = None
    table_inline: bool = False  # DOCX: table at the end of part III instead of an appendix

    def date_line(self) -> str:
        """Place and date as written under the header."""
        d = self.issued
        return f"{self.place}, ngày {d.day:02d} tháng {d.month:02d} năm {d.year}"

    def ref(self) -> str:
        """How the appendix refers to its plan/decision."""
        d = self.issued
        if self.decision is not None:
            return f"(Kèm theo Quyết định số {self.decision.number} ngày {d.day:02d}/{d.month:02d}/{d.year} của Bộ trưởng {self.issuer})"
        return f"(Kèm theo Kế hoạch số {self.number} ngày {d.day:02d}/{d.month:02d}/{d.year} của {self.issuer})"


def labelled(items: list[Item]) -> list[Item]:
    """Fill in typed labels ("1.", "a)", "-") for items that have none."""
    letters = "abcdđeghiklmn"
    out: list[Item] = []
    n1 = n2 = 0
    for it in items:
        if it.label or it.level == 0:
            out.append(it)
            continue
        if it.level == 1:
            n1 += 1
            n2 = 0
            out.append(Item(1, it.text, f"{n1}."))
        elif it.level == 2:
            out.append(Item(2, it.text, f"{letters[n2]})"))
            n2 += 1
        else:
            out.append(Item(3, it.text, "-"))
    return out


def fold(text: str) -> str:
    """Lowercase, strip marks, đ→d, collapse whitespace (the QA comparison form)."""
    t = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    t = "".join(c for c in t if unicodedata.category(c) != "Mn").lower()
    return re.sub(r"\s+", " ", t).strip()


_Q = {"I": 3, "II": 6, "III": 9, "IV": 12}
NO_DUE = ("thường xuyên", "hằng quý", "hàng năm", "theo ", "định kỳ")


def due_of(deadline: str) -> str | None:
    """Last day a written deadline allows, ISO; None when it has no end date."""
    d = deadline.strip()
    low = d.lower()
    if any(low.startswith(p) for p in NO_DUE):
        return None
    m = re.search(r"(\d{1,2})/(\d{1,2})/(\d{4})", d)
    if m:
        return date(int(m.group(3)), int(m.group(2)), int(m.group(1))).isoformat()
    m = re.search(r"ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})", d)
    if m:
        return date(int(m.group(3)), int(m.group(2)), int(m.group(1))).isoformat()
    m = re.search(r"[Qq]uý (IV|III|II|I)/(\d{4})", d)
    if m:
        y, mo = int(m.group(2)), _Q[m.group(1)]
        return date(y, mo, calendar.monthrange(y, mo)[1]).isoformat()
    m = re.search(r"[Tt]háng (\d{1,2})/(\d{4})", d)
    if m:
        y, mo = int(m.group(2)), int(m.group(1))
        return date(y, mo, calendar.monthrange(y, mo)[1]).isoformat()
    m = re.search(r"6 tháng đầu năm (\d{4})", d)
    if m:
        return f"{m.group(1)}-06-30"
    m = re.search(r"^[Nn]ăm (\d{4})$", d)
    if m:
        return f"{m.group(1)}-12-31"
    raise ValueError(f"unparsed deadline: {deadline!r}")


def split_partners(text: str) -> list[str]:
    """Partners as written in a cell, one per line (";" also separates)."""
    return [p.strip() for p in re.split(r"[\n;]", text) if p.strip()]
