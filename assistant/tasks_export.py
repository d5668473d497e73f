"""CSV (UTF-8 with BOM, Vietnamese headers) and XLSX exports of task and reporting records.

The BOM makes Excel read the CSV as UTF-8, so Vietnamese text opens intact; LibreOffice accepts both.
"""

from __future__ import annotations

import csv
import io
from typing import Any

TASK_COLUMNS: list[tuple[str, str]] = [
    ("document", "Kế hoạch"), ("task", "Nhiệm vụ"), ("lead", "Cơ quan chủ trì"), ("partners", "Cơ quan phối hợp"),
    ("deadline", "Thời hạn"), ("due", "Hạn cuối (ngày)"), ("product", "Sản phẩm"), ("section", "Mục"),
    ("line_start", "Dòng bắt đầu"), ("line_end", "Dòng kết thúc"), ("page", "Trang"), ("source", "Nguồn"),
]
REPORT_COLUMNS: list[tuple[str, str]] = [
    ("document", "Kế hoạch"), ("reporter", "Đơn vị báo cáo"), ("recipient", "Nơi nhận báo cáo"), ("via", "Qua"),
    ("period", "Kỳ báo cáo"), ("deadline", "Thời hạn"), ("due", "Hạn cuối (ngày)"), ("quote", "Trích dẫn"),
    ("section", "Mục"), ("line_start", "Dòng bắt đầu"), ("line_end", "Dòng kết thúc"), ("page", "Trang"),
]


def columns(kind: str) -> list[tuple[str, str]]:
    """(field, Vietnamese header) pairs of ``kind`` ("tasks" | "reports")."""
    return TASK_COLUMNS if kind == "tasks" else REPORT_COLUMNS


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    if isinstance(value, str):
        return " ".join(value.split())
    return value


def rows(records: list[dict[str, Any]], kind: str) -> list[list[Any]]:
    """Header row plus one flat row per record."""
    cols = columns(kind)
    return [[h for _, h in cols]] + [[_cell(r.get(k)) for k, _ in cols] for r in records]


def to_csv(records: list[dict[str, Any]], kind: str = "tasks") -> str:
    """CSV text starting with a UTF-8 BOM (write it encoded as UTF-8)."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerows(rows(records, kind))
    return "\ufeff" + buf.getvalue()


def to_xlsx(records: list[dict[str, Any]], kind: str = "tasks") -> bytes:
    """An XLSX workbook (one sheet, bold frozen header, wrapped long columns)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Nhiệm vụ" if kind == "tasks" else "Báo cáo"
    for row in rows(records, kind):
        ws.append(row)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    ws.freeze_panes = "A2"
    wide = {"task": 60, "quote": 60, "section": 40, "lead": 30, "partners": 35, "reporter": 30, "recipient": 30,
            "product": 30}
    for i, (key, _) in enumerate(columns(kind), 1):
        letter = ws.cell(row=1, column=i).column_letter
        ws.column_dimensions[letter].width = wide.get(key, 16)
        if key in wide:
            for (c,) in ws.iter_rows(min_row=2, min_col=i, max_col=i):
                c.alignment = Alignment(wrap_text=True, vertical="top")
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
