"""Deadlines as written → the last day they allow (ISO date), and deadline phrases in prose.

``due("Quý III/2026") == "2026-09-30"``; ``due("Tháng 5/2026") == "2026-05-31"``;
``due("Trước ngày 30/6/2026") == "2026-06-30"``; ``due("Thường xuyên") is None``. A deadline that
names no year ("Trước ngày 15/12", "Quý IV") takes the plan's year when it is given. Ranges
("Tháng 3 - 6/2026", "Quý II - Quý III/2026", "2026-2030") give the end of the range; relative
deadlines ("trước ngày 15 của tháng cuối quý", "hằng năm") give None, and so does a deadline set by
reference to another schedule or an event ("Theo Chương trình xây dựng văn bản năm 2026", "Theo kế hoạch
của UBND tỉnh", "Trong vòng 05 ngày kể từ …"): the years and dates in the reference name that document
or event, not a last day. A date clause after the reference still counts ("Theo kế hoạch, trước ngày
30/6/2026" → 2026-06-30). Matching runs on the folded
form (:func:`index.normalize.fold`), so OCR-free text with or without diacritics behaves the same.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from index.normalize import fold

# "Quý 11", "Quý 111", "Quý 1V" are OCR readings of II, III, IV (no quarter has those numbers)
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4, "11": 2, "111": 3, "1v": 4, "lv": 4}
_Q = r"(?:iv|i{1,3}|111|11|1v|lv|[1-4])(?![0-9a-z])"
_SEP = r"\s*(?:,|-|–|—|va|den|toi|hoac)\s*"
_YEAR = r"((?:19|20)\d{2})(?!\d)"

_ISO = re.compile(r"(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)")
_FULL_NUM = re.compile(r"(?<![\d/])(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})(?!\d)")
_FULL_WORDS = re.compile(r"ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})(?:\s+nam\s+" + _YEAR + ")?")
_RELATIVE = re.compile(
    r"(?:ngay\s+\d{1,2}\s+(?:cua\s+|hang\s+)?)?(?:thang|tuan|quy)\s+(?:cuoi|dau|tiep theo|sau|ke tiep|truoc|thu \w+)"
    r"(?:\s+(?:cua\s+)?(?:quy|nam|ky|thang)(?:\s+bao cao)?)?"
)
_HALF = re.compile(r"(?:(?:6|sau)\s+thang|nua)\s+(dau|cuoi)(?:\s+nam)?(?:\s*(?:/|nam)?\s*" + _YEAR + ")?")
# "trong quý đầu năm", "quý cuối năm 2026": the first / last quarter of the year (not "tháng cuối quý", relative)
_QUARTER_WORDS = re.compile(r"quy\s+(dau|cuoi)(?:\s+tien)?\s+(?:cua\s+)?nam(?:\s*(?:/|nam)?\s*" + _YEAR + ")?")
_QUARTERS = re.compile(r"quy\s+(" + _Q + r"(?:" + _SEP + r"(?:quy\s+)?" + _Q + r")*)(?:\s*(?:/|nam|-)\s*" + _YEAR + ")?")
_MONTHS = re.compile(
    r"thang\s+(\d{1,2}(?:" + _SEP + r"(?:thang\s+)?\d{1,2})*)(?!\d)(?:\s*(?:/|nam|-|\.)\s*" + _YEAR + ")?"
)
_MONTH_YEAR = re.compile(r"(?<![\d/])(\d{1,2})\s*/\s*" + _YEAR)
_DAY_MONTH = re.compile(r"(?<![\d/])(\d{1,2})\s*/\s*(\d{1,2})(?![\d/])")
_YEARS = re.compile(r"(?<![\d/])" + _YEAR)
_END_OF_YEAR = re.compile(r"(?:cuoi|het)\s+nam(?!\s*(?:/|nam)?\s*\d)")
# A reference to another schedule or an event ("theo Kế hoạch số 12/KH-UBND ngày 15/3/2026", "kể từ ngày …")
# runs until a deadline clause of its own ("…, trước ngày 30/6/2026", "…, Quý IV/2026") or the end.
_REFERENCE = re.compile(r"(?<![0-9a-z])(?<!tiep )(?:theo|can cu|tuy thuoc|sau khi|ngay khi|khi co|ke tu)(?![0-9a-z])")
_DATE_WORD = r"(?:ngay|thang|quy|nam|cuoi nam|6 thang|\d)(?![a-z])"
_REFERENCE_END = re.compile(
    r"(?:[,;(]\s*|\s)(?=(?:hoan thanh\s+)?(?:truoc|cham nhat|han cuoi|trong\s+" + _DATE_WORD + r")(?![0-9a-z]))"
    r"|[,;(]\s*(?=" + _DATE_WORD + r")"
)

# A deadline phrase inside prose ("hoàn thành trước ngày 30/6/2026", "Thời gian hoàn thành: Quý II/2026").
_HALF_WORDS = r"(?:(?:6|sau)\s+thang|nua)\s+(?:dau|cuoi)\s+nam(?:\s+\d{4})?"  # "sáu tháng đầu năm 2026"
_WHEN = (
    r"(?:ngay\s+\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?|\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}"
    r"|ngay\s+\d{1,2}\s+thang\s+\d{1,2}(?:\s+nam\s+\d{4})?"
    r"|" + _HALF_WORDS +
    r"|quy\s+(?:dau|cuoi)(?:\s+tien)?\s+(?:cua\s+)?nam(?:\s+\d{4})?"
    r"|quy\s+" + _Q + r"(?:" + _SEP + r"(?:quy\s+)?" + _Q + r")*(?:\s*(?:/|nam)\s*\d{4})?"
    r"|thang\s+\d{1,2}(?:" + _SEP + r"(?:thang\s+)?\d{1,2})*(?:\s*(?:/|nam)\s*\d{4})?"
    r"|nam\s+\d{4}|cuoi\s+nam(?:\s+\d{4})?)"
)
_OPEN = r"(?:thuong xuyen|hang nam|hang quy|hang thang|dinh ky)"
# a start with no end ("từ tháng 4 năm 2026", "bắt đầu từ Quý II"): when the work begins, not a deadline
_FROM_ONLY = re.compile(r"(?<![0-9a-z])(?<!ke )tu\s+(?>" + _WHEN + r")(?!\s*(?:den|toi|-|\u2013|\d))")
DEADLINE_TEXT_RE = re.compile(
    r"(?<![0-9a-z])(?:(?:thoi gian|thoi han)(?:\s+(?:hoan thanh|thuc hien))?\s*:\s*(?:(?:truoc|trong|hoan thanh)\s+)?"
    r"(?:" + _WHEN + "|" + _OPEN + ")"
    r"|(?:hoan thanh\s+)?(?:truoc|cham nhat|han cuoi|trong)\s+(?:ngay\s+)?" + _WHEN
    + r"|(?:hoan thanh|xong)\s+(?:trong\s+)?" + _WHEN
    + r"|thuc hien\s+(?:trong\s+" + _WHEN + r"|" + _HALF_WORDS + r"))"
)


def _last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _blank(text: str, m: re.Match[str]) -> str:
    return text[: m.start()] + " " * (m.end() - m.start()) + text[m.end():]


def _drop_references(text: str) -> str:
    """Folded ``text`` with every reference to another schedule or an event blanked (see the module doc)."""
    pos = 0
    while (m := _REFERENCE.search(text, pos)) is not None:
        end = _REFERENCE_END.search(text, m.end())
        stop = end.start() if end else len(text)
        text = text[: m.start()] + " " * (stop - m.start()) + text[stop:]
        pos = stop
    return text


def _ends(text: str, year: int | None) -> list[date]:
    """End dates of every absolute expression in folded ``text`` (most specific patterns first)."""
    out: list[date] = []
    text = _FROM_ONLY.sub(lambda m: " " * len(m.group(0)), _drop_references(text))

    def yr(raw: str | None) -> int | None:
        if raw is None:
            return year
        y = int(raw)
        return y + 2000 if y < 100 else y

    for m in list(_ISO.finditer(text)):
        d = _safe(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if d:
            out.append(d)
        text = _blank(text, m)
    for m in list(_FULL_NUM.finditer(text)):
        y = yr(m.group(4))
        d = _safe(y, int(m.group(3)), int(m.group(1))) if y else None
        if d:
            out.append(d)
        text = _blank(text, m)
    for m in list(_FULL_WORDS.finditer(text)):
        y = yr(m.group(3))
        d = _safe(y, int(m.group(2)), int(m.group(1))) if y else None
        if d:
            out.append(d)
        text = _blank(text, m)
    for m in list(_HALF.finditer(text)):
        y = yr(m.group(2))
        if y:
            out.append(date(y, 6, 30) if m.group(1) == "dau" else date(y, 12, 31))
        text = _blank(text, m)
    for m in list(_QUARTER_WORDS.finditer(text)):
        y = yr(m.group(2))
        if y:
            out.append(date(y, 3, 31) if m.group(1) == "dau" else date(y, 12, 31))
        text = _blank(text, m)
    for m in list(_RELATIVE.finditer(text)):
        text = _blank(text, m)
    for m in list(_QUARTERS.finditer(text)):
        y = yr(m.group(2))
        qs = [_ROMAN[q] for q in re.findall(_Q, m.group(1))]
        if y and qs:
            out.append(_last_day(y, max(qs) * 3))
        text = _blank(text, m)
    for m in list(_MONTHS.finditer(text)):
        y = yr(m.group(2))
        months = [int(x) for x in re.findall(r"\d{1,2}", m.group(1)) if 1 <= int(x) <= 12]
        if y and months:
            out.append(_last_day(y, max(months)))
        text = _blank(text, m)
    for m in list(_MONTH_YEAR.finditer(text)):
        if 1 <= int(m.group(1)) <= 12:
            out.append(_last_day(int(m.group(2)), int(m.group(1))))
        text = _blank(text, m)
    for m in list(_DAY_MONTH.finditer(text)):
        d = _safe(year, int(m.group(2)), int(m.group(1))) if year else None
        if d:
            out.append(d)
        text = _blank(text, m)
    for m in list(_YEARS.finditer(text)):
        out.append(date(int(m.group(1)), 12, 31))
        text = _blank(text, m)
    if year and _END_OF_YEAR.search(text):
        out.append(date(year, 12, 31))
    return out


def due_date(deadline: str | None, year: int | None = None) -> date | None:
    """The last day ``deadline`` (as written) allows; ``year`` fills a missing year; None when open-ended."""
    if not deadline or not deadline.strip():
        return None
    ends = _ends(fold(deadline).replace("\u2013", "-"), year)
    return max(ends) if ends else None


def due(deadline: str | None, year: int | None = None) -> str | None:
    """:func:`due_date` as an ISO string ("2026-09-30"), or None."""
    d = due_date(deadline, year)
    return d.isoformat() if d else None


def find_deadline(folded: str, start: int = 0, end: int | None = None) -> tuple[int, int] | None:
    """Folded range of the first deadline phrase in ``folded[start:end]`` (cue words kept out), or None."""
    m = DEADLINE_TEXT_RE.search(folded, start, len(folded) if end is None else end)
    if not m:
        return None
    s = m.start()
    cue = re.match(r"(?:thoi gian|thoi han)(?:\s+(?:hoan thanh|thuc hien))?\s*:\s*|hoan thanh\s+(?=truoc|trong|cham)"
                   r"|thuc hien\s+",
                   folded[s: m.end()])
    if cue:
        s += cue.end()
    return s, m.end()


# Relative deadlines of recurring duties ("trước ngày 15 của tháng cuối quý", "trước ngày 20 hằng tháng").
RELATIVE_TEXT_RE = re.compile(
    r"(?<![0-9a-z])(?:truoc|cham nhat|han cuoi|vao|trong)\s+(?:ngay\s+)?\d{1,2}\s+(?:cua\s+|hang\s+)?"
    r"(?:thang\s+(?:cuoi|dau|thu\s+\w+|tiep theo|sau)(?:\s+(?:cua\s+)?(?:moi\s+)?(?:quy|nam|ky bao cao|ky))?"
    r"|thang\s+\d{1,2}\s+hang\s+nam|thang|quy|nam)(?![0-9a-z])(?!\s+\d)"
    r"|(?<![0-9a-z])(?:hang|moi)\s+thang\s*,?\s*(?:truoc|cham nhat|vao)\s+(?:ngay\s+)?\d{1,2}(?![0-9/]|[.,]\d)"
    r"|(?<![0-9a-z])(?:(?:truoc|cham nhat|vao)\s+)?(?:ngay\s+)?(?:thu\s+(?:hai|ba|tu|nam|sau|bay|[2-7])|chu nhat)"
    r"\s+(?:hang|moi|cua moi)\s+tuan(?![0-9a-z])"
)  # "báo cáo UBND tỉnh hằng tháng trước ngày 25"; "vào thứ Sáu hằng tuần"


def find_any_deadline(folded: str, start: int = 0, end: int | None = None) -> tuple[int, int] | None:
    """Like :func:`find_deadline`, also finding relative deadlines; the earliest (then the longest) phrase wins."""
    stop = len(folded) if end is None else end
    found = [r for r in (find_deadline(folded, start, stop),) if r]
    m = RELATIVE_TEXT_RE.search(folded, start, stop)
    if m:
        found.append((m.start(), m.end()))
    return min(found, key=lambda r: (r[0], -r[1])) if found else None


_OPEN_ENDED = re.compile(r"(?:thuong xuyen|hang nam|hang quy|hang thang|dinh ky|lien tuc)(?![0-9a-z])")


def reads_as_deadline(text: str, year: int | None = None) -> bool:
    """A field's text reads as a deadline.

    It gives a last day, opens with a schedule word ("thường xuyên") or a start ("từ tháng 4 năm 2026"), or holds a
    deadline phrase ("trước ngày 12 của tháng cuối quý").
    """
    folded = fold(text)
    return (due(text, year) is not None or bool(_OPEN_ENDED.match(folded)) or bool(_FROM_ONLY.match(folded))
            or find_any_deadline(folded) is not None)
