"""Plan viewer helpers: the outline as nested HTML and the extracted facts as tables by kind."""

from __future__ import annotations

import html
from typing import Any

_HIDDEN = {"bullet", "table_row", "footnote", "signature", "recipients", "header"}
FACT_KINDS = {"reporting": "Nghĩa vụ báo cáo", "target": "Chỉ tiêu", "deadline": "Thời hạn",
              "responsibility": "Phân công trách nhiệm", "task": "Nhiệm vụ", "reference": "Văn bản căn cứ"}
_FIELD_NAMES = {"indicator": "Chỉ tiêu", "value": "Giá trị", "qualifier": "Mức", "year": "Năm",
                "reporter": "Đơn vị báo cáo", "recipient": "Nơi nhận", "to": "Nơi nhận", "via": "Qua",
                "what": "Nội dung báo cáo", "deadline": "Thời hạn", "frequency": "Định kỳ", "lead": "Chủ trì",
                "support": "Phối hợp", "partners": "Phối hợp", "unit": "Đơn vị", "role": "Vai trò",
                "duty": "Nhiệm vụ", "task": "Nhiệm vụ", "number": "Số hiệu", "date": "Ngày",
                "issuer_norm": "Cơ quan ban hành", "subject": "Trích yếu", "relation": "Quan hệ",
                "doc_type": "Loại văn bản"}
# Task records (DESIGN.md §4.4) as the viewer's table: field → Vietnamese header.
TASK_HEADERS = [("task", "Nhiệm vụ"), ("lead", "Chủ trì"), ("partners", "Phối hợp"), ("deadline", "Thời hạn"),
                ("due", "Hạn (ngày)"), ("product", "Sản phẩm"), ("section", "Mục"), ("line_start", "Dòng")]


def outline_html(outline: dict[str, Any], max_depth: int = 4, doc_id: str | None = None, ocr: bool = False) -> str:
    """Nested list of the plan's sections (heading and line range); bullets and rows are left out.

    With ``doc_id`` each heading is a button that opens the source viewer at the section's lines; the
    headings of OCR plans (``ocr``) are shown in their restored reading.
    """
    from assistant.ui.pages import ref_class, shown

    def walk(node: dict[str, Any], depth: int) -> str:
        kids = [c for c in node.get("children", []) if c.get("kind") not in _HIDDEN]
        items = []
        for c in kids:
            head = html.escape(shown(f"{c.get('label', '')} {c.get('title', '')}".strip(), ocr))
            start, end = c.get("line_start"), c.get("line_end")
            if doc_id and isinstance(start, int) and start > 0:
                last = end if isinstance(end, int) and end >= start else start
                head = (f'<button type="button" class="cchc-open cchc-outline-item {ref_class(doc_id, start, last)}" '
                        f'title="Mở văn bản của mục này">{head}</button>')
            lines = f'<span class="cchc-lines">dòng {start}–{end}</span>'
            sub = walk(c, depth + 1) if depth < max_depth else ""
            items.append(f"<li>{head} {lines}{sub}</li>")
        return f"<ul>{''.join(items)}</ul>" if items else ""

    body = walk(outline, 1)
    return f'<div class="cchc-outline">{body or "<p>Không có dàn ý.</p>"}</div>'


def kind_label(kind: str) -> str:
    """Vietnamese name of a fact kind."""
    return FACT_KINDS.get(kind, kind)


def fact_row(f: dict[str, Any]) -> dict[str, Any]:
    """One table row of a fact: its extracted fields, then section, quote and lines."""
    raw = f.get("fields")
    fields: dict[str, Any] = raw if isinstance(raw, dict) else {}
    row: dict[str, Any] = {}
    for k, v in fields.items():  # internal fields (issuer, *_norm, date_iso) are not shown
        name = _FIELD_NAMES.get(k)
        if name and v not in (None, "", []) and name not in row:
            row[name] = v
    row["Mục"] = f.get("section")
    row["Trích dẫn"] = f.get("quote_clean") or f.get("quote")
    row["Dòng"] = f"{f.get('line_start')}–{f.get('line_end')}" if f.get("line_start") else ""
    return row


def task_table(tasks: list[dict[str, Any]], query: str = "") -> tuple[list[str], list[list[Any]]]:
    """Task records as (Vietnamese headers, rows), keeping the rows whose text contains ``query`` (folded)."""
    from index.normalize import fold

    wanted = fold(query).strip()
    rows = []
    for t in tasks:
        cells = [_cell(t.get(k)) for k, _ in TASK_HEADERS]
        if wanted and wanted not in fold(" ".join(str(c) for c in cells)):
            continue
        rows.append(cells)
    return [h for _, h in TASK_HEADERS], rows


def fact_tables(facts: list[dict[str, Any]]) -> dict[str, tuple[list[str], list[list[Any]]]]:
    """Facts grouped by kind → (headers, rows); nested values are flattened to text."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for f in facts:
        groups.setdefault(str(f.get("kind", "khác")), []).append(fact_row(f))
    out: dict[str, tuple[list[str], list[list[Any]]]] = {}
    order = list(FACT_KINDS)
    for kind, items in sorted(groups.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else len(order)):
        headers: list[str] = []
        for row in items:
            headers += [k for k in row if k not in headers]
        out[kind] = (headers, [[_cell(r.get(h)) for h in headers] for r in items])
    return out


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {_cell(v)}" for k, v in value.items())
    return value if isinstance(value, int | float | str) else str(value)
