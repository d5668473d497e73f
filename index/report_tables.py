"""Reporting records from reporting-schedule tables ("Lịch báo cáo": Loại báo cáo | Đơn vị báo cáo | Nơi nhận | Thời hạn).

Many plans put their reporting duties in a table rather than in prose, one row per report:
"Báo cáo kết quả CCHC quý I | Sở Tài chính | UBND tỉnh (qua Sở Nội vụ) | Trước ngày 10/3/2026". Each such row
becomes one reporting record with the same fields as the prose records of :mod:`index.reporting`, citing the
row's own line. Such tables are not task tables (:func:`is_report_table`).
"""

from __future__ import annotations

import re
from typing import Any

from index.deadlines import due
from index.normalize import fold
from index.tasks import section_of
from index.types import LoadedDocument, PlanMetadata, Section, TableRow

_KIND = re.compile(r"\bloai bao cao\b|\bbao cao\b")
_RECIPIENT = re.compile(r"\b(noi nhan|co quan nhan|don vi nhan|nhan bao cao|gui ve|gui den|gui toi)\b")
_REPORTER = re.compile(r"\b(don vi bao cao|co quan bao cao|don vi gui|co quan gui|don vi thuc hien|chu tri|"
                       r"don vi|co quan)\b")
_DEADLINE = re.compile(r"\b(thoi han|thoi gian|han gui|ngay gui|han nop)\b")
_PERIOD = re.compile(r"(quy (?:iv|i{1,3}|[1-4])|6 thang (?:dau|cuoi) nam|6 thang|9 thang|nam|quy|thang|dot xuat|"
                     r"dinh ky)\b")
_VIA = re.compile(r"\(\s*(qua\s+[^)]*?)\s*\)")


def _key(header: str) -> str:
    return " ".join(re.findall(r"[0-9a-z]+", fold(header)))


def _columns(keys: list[str]) -> dict[str, str] | None:
    """Header key of each field of a reporting-schedule table, None when the table is not one.

    A schedule names a recipient, a deadline and a report type or a reporter, and some header says "báo cáo".
    """
    cols: dict[str, str] = {}
    for k in keys:
        f = _key(k)
        if "recipient" not in cols and _RECIPIENT.search(f):
            cols["recipient"] = k
        elif "deadline" not in cols and _DEADLINE.search(f):
            cols["deadline"] = k
        elif "kind" not in cols and (f.startswith("loai") or (_KIND.search(f) and not _REPORTER.search(f))):
            cols["kind"] = k
        elif "reporter" not in cols and _REPORTER.search(f):
            cols["reporter"] = k
    if "recipient" in cols and "deadline" in cols and ("kind" in cols or "reporter" in cols) and any(
            _KIND.search(_key(k)) for k in keys):
        return cols
    return None


def is_report_table(keys: list[str]) -> bool:
    """True when a table's header names a reporting schedule (a recipient, a deadline and a report or reporter)."""
    return _columns(keys) is not None


def _period(kind: str) -> str | None:
    """The period a report-type cell names, as written ("… quý I" → "quý I", "… năm" → "năm")."""
    matches = list(_PERIOD.finditer(fold(kind)))
    if not matches:
        return None
    m = matches[-1]
    return kind[m.start():m.end()] if len(fold(kind)) == len(kind) else m.group(1)


def _row_record(doc: LoadedDocument, outline: Section, meta: PlanMetadata, row: TableRow,
                cols: dict[str, str]) -> dict[str, Any] | None:
    cell = {f: " ".join((row.cells.get(k) or "").split()) for f, k in cols.items()}
    recipient, deadline = cell.get("recipient", ""), cell.get("deadline", "")
    if not recipient or not deadline or fold(recipient) == _key(cols["recipient"]):  # a repeated header row
        return None
    via = _VIA.search(recipient)
    to = _VIA.sub("", recipient).strip(" ,;") if via else recipient
    line = doc.text.splitlines()[row.line - 1] if 0 < row.line <= len(doc.text.splitlines()) else ""
    return {
        "document": doc.doc_id, "reporter": cell.get("reporter") or None, "recipient": to or None,
        "via": via.group(1) if via else None, "period": _period(cell.get("kind", "")), "deadline": deadline,
        "due": due(deadline, meta.year), "quote": line.strip(), "section": section_of(outline, row.line, row.group),
        "line_start": row.line, "line_end": row.line,
        "page": row.page if row.page is not None else doc.page_of_line(row.line),
    }


def table_reports(doc: LoadedDocument, outline: Section, meta: PlanMetadata) -> list[dict[str, Any]]:
    """One reporting record per row of every reporting-schedule table of the plan."""
    by_table: dict[int, list[TableRow]] = {}
    for row in doc.table_rows:
        by_table.setdefault(row.table_index, []).append(row)
    out = []
    for rows in by_table.values():
        keys = list(dict.fromkeys(k for r in rows for k in r.cells))
        cols = _columns(keys)
        if cols is None:
            continue
        out += [rec for r in rows if (rec := _row_record(doc, outline, meta, r, cols)) is not None]
    return out
