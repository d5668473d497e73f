"""Filtering task and reporting records: folded unit matching and due-date bounds (CLI and API share it).

``"so noi vu"`` matches ``"Sở Nội vụ"`` (and ``"Sở Nội vụ tỉnh Lào Cai"``); dates are given as ISO
(``2026-06-30``) or Vietnamese ``dd/mm/yyyy``; a task without a ``due`` date never passes a date bound.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from index.normalize import fold


class BadDateError(ValueError):
    """A date filter that is neither ISO nor dd/mm/yyyy (the message is Vietnamese)."""


def parse_date(value: str | None, what: str = "ngày") -> date | None:
    """``2026-06-30`` or ``30/6/2026`` (also ``30-6-2026``, ``30.6.2026``) → date; None for empty input."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    try:
        m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
        if m:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        m = re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})", text)
        if m:
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        pass
    raise BadDateError(f"Giá trị {what} '{value}' không hợp lệ; hãy nhập dạng dd/mm/yyyy (30/6/2026) "
                       f"hoặc yyyy-mm-dd (2026-06-30).")


def _key(text: str) -> str:
    return " ".join(re.findall(r"[0-9a-z]+", fold(text)))


def unit_matches(query: str, name: str | None) -> bool:
    """True when the folded words of ``query`` occur, in order, inside the folded unit ``name``."""
    q = _key(query)
    return bool(name) and bool(q) and f" {q} " in f" {_key(name or '')} "


def filter_tasks(tasks: list[dict[str, Any]], lead: str | None = None, partner: str | None = None,
                 due_before: date | None = None, due_after: date | None = None) -> list[dict[str, Any]]:
    """Tasks whose lead / a partner matches and whose ``due`` lies within the (inclusive) bounds."""
    out = []
    for t in tasks:
        if lead and not unit_matches(lead, t.get("lead")):
            continue
        if partner and not any(unit_matches(partner, p) for p in t.get("partners") or []):
            continue
        if due_before or due_after:
            if not t.get("due"):
                continue
            d = date.fromisoformat(t["due"])
            if (due_before and d > due_before) or (due_after and d < due_after):
                continue
        out.append(t)
    return out


def filter_reports(reports: list[dict[str, Any]], reporter: str | None = None,
                   recipient: str | None = None) -> list[dict[str, Any]]:
    """Reports whose reporter / recipient (or "qua …" unit) matches."""
    out = []
    for r in reports:
        if reporter and not unit_matches(reporter, r.get("reporter")):
            continue
        if recipient and not (unit_matches(recipient, r.get("recipient")) or unit_matches(recipient, r.get("via"))):
            continue
        out.append(r)
    return out
