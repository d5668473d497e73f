"""Plan viewer helpers: the outline as nested HTML and the extracted facts as tables by kind."""

from __future__ import annotations

import html
from typing import Any

_HIDDEN = {"bullet", "table_row", "footnote", "signature", "recipients", "header"}
FACT_KINDS = {"reporting": "Nghĩa vụ báo cáo", "target": "Chỉ tiêu", "deadline": "Thời hạn",
              "responsibility": "Phân công trách nhiệm", "task": "Nhiệm vụ", "reference": "Văn bản căn cứ"}
_FIELD_NAMES = {"indicator": "chỉ tiêu", "value": "giá trị", "reporter": "đơn vị báo cáo", "recipient": "nơi nhận",
                "deadline": "thời hạn", "frequency": "định kỳ", "lead": "chủ trì", "support": "phối hợp",
                "number": "số hiệu", "date": "ngày", "issuer_norm": "cơ quan ban hành", "subject": "trích yếu",
                "relation": "quan hệ", "doc_type": "loại văn bản", "unit": "đơn vị", "task": "nhiệm vụ"}
_HIDDEN_FIELDS = {"issuer", "date_iso"}


def outline_html(outline: dict[str, Any], max_depth: int = 4) -> str:
    """Nested list of the plan's sections (heading and line range); bullets and rows are left out."""

    def walk(node: dict[str, Any], depth: int) -> str:
        kids = [c for c in node.get("children", []) if c.get("kind") not in _HIDDEN]
        items = []
        for c in kids:
            head = html.escape(f"{c.get('label', '')} {c.get('title', '')}".strip())
            lines = f'<span class="cchc-lines">dòng {c.get("line_start")}–{c.get("line_end")}</span>'
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
    row = {_FIELD_NAMES.get(k, k): v for k, v in fields.items() if k not in _HIDDEN_FIELDS}
    row["mục"] = f.get("section")
    row["trích dẫn"] = f.get("quote_clean") or f.get("quote")
    row["dòng"] = f"{f.get('line_start')}–{f.get('line_end')}" if f.get("line_start") else ""
    return row


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
