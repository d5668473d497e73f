"""Tasks written as a heading followed by labelled lines, one field per line.

    1. Tham mưu UBND tỉnh ban hành Quy chế …
    - Đơn vị chủ trì: Trung tâm Công nghệ thông tin và Truyền thông
    - Đơn vị phối hợp: Văn phòng Sở; Sở Tư pháp
    - Thời gian hoàn thành: Quý II/2026
    - Sản phẩm: Quyết định của UBND tỉnh …

The heading (an item, a lettered item or a bullet) is the task; each labelled child line gives one field
(lead, partners, deadline, product) whatever the label's wording ("Cơ quan chủ trì", "Thời hạn", "Kết quả đầu
ra"). One record spans the heading and its field lines.
"""

from __future__ import annotations

import re
from typing import Any

from index.deadlines import due
from index.facts_text import Block, section_path
from index.tasks import split_units
from index.types import LoadedDocument, PlanMetadata

_FIELD = re.compile(r"^\W*(?:(?:co quan|don vi|bo phan|phong|to chuc) )?(chu tri|phoi hop)(?: thuc hien)?\s*:\s*"
                    r"|^\W*(thoi gian(?: hoan thanh| thuc hien)?|thoi han(?: hoan thanh)?|tien do|han hoan thanh"
                    r"|san pham(?: dau ra)?|ket qua(?: dau ra| du kien| san pham)?)\s*:\s*")
_CO_LEAD = re.compile(r"\s*\(?\s*(?:đồng|cùng)\s+chủ\s+trì\s*\)?\s*$", re.IGNORECASE)
_NUMBERING = re.compile(r"^\s*(?:[IVXLivxl]+|\d+(?:\.\d+)*|[a-zđ])[.)]\s*")


def _field(block: Block) -> tuple[str, str] | None:
    """(field, value) of a labelled line: "lead", "partners", "deadline" or "product"."""
    span = block.span
    m = _FIELD.match(span.folded)
    if m is None or m.end() >= len(span.folded):
        return None
    name = {"chu tri": "lead", "phoi hop": "partners"}.get(m.group(1) or "") or (
        "deadline" if (m.group(2) or "").startswith(("thoi", "tien", "han")) else "product")
    return name, span.clean(m.end(), len(span.folded)).strip(" .;,")


def field_tasks(doc: LoadedDocument, meta: PlanMetadata, all_blocks: list[Block]) -> tuple[list[dict[str, Any]],
                                                                                            set[int]]:
    """Records of headings followed by labelled field lines, and the ids of the blocks they consumed."""
    children: dict[int, list[tuple[Block, tuple[str, str]]]] = {}
    heads: dict[int, Block] = {}
    for b in all_blocks:
        if len(b.path) >= 2 and (f := _field(b)) is not None:
            children.setdefault(id(b.path[-2]), []).append((b, f))
        heads.setdefault(id(b.node), b)
    out: list[dict[str, Any]] = []
    used: set[int] = set()
    for key, fields in children.items():
        values = {name: value for _, (name, value) in reversed(fields)}  # the first line of a field wins
        head = heads.get(key)
        if head is None or "lead" not in values or len(fields) < 2:
            continue
        node = head.node
        task = _NUMBERING.sub("", head.span.clean(0, len(head.span.folded))).strip(" .:;")
        if len(task.split()) < 3:
            continue
        lead = _CO_LEAD.sub("", values["lead"]).strip()
        deadline = values.get("deadline")
        out.append({
            "document": doc.doc_id, "task": task, "lead": lead,
            "partners": split_units(values.get("partners", "")), "deadline": deadline,
            "due": due(deadline, meta.year), "product": values.get("product"),
            "section": section_path(head.path), "line_start": node.line_start,
            "line_end": max(b.node.line_end for b, _ in fields), "page": doc.page_of_line(node.line_start),
            "source": "text",
        })
        used |= {id(head)} | {id(b) for b, _ in fields}
    return out, used
