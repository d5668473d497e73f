"""A chat conversation as a Word document (python-docx): questions, answers and numbered sources with quotes."""

from __future__ import annotations

import io
import re
import time
from typing import Any

from docx import Document
from docx.shared import Pt, RGBColor

from assistant.ui.cards import NOT_FOUND

# characters XML 1.0 forbids (python-docx refuses them); plan text from OCR can carry a few
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
TITLE = "Hội thoại với Trợ lý CCHC"


def xml_text(text: object) -> str:
    """``text`` without the characters a .docx cannot hold."""
    return _NOT_XML.sub("", "" if text is None else str(text))


def source_line(c: dict[str, Any]) -> str:
    """"plan — section (trang p, dòng a–b)" of one citation."""
    where = " — ".join(str(x) for x in (c.get("title") or c.get("document"), c.get("section")) if x)
    loc = []
    if c.get("page"):
        loc.append(f"trang {c['page']}")
    if c.get("line_start"):
        end = c.get("line_end") or c["line_start"]
        loc.append(f"dòng {c['line_start']}–{end}" if end != c["line_start"] else f"dòng {end}")
    return where + (f" ({', '.join(loc)})" if loc else "")


def conversation_docx(turns: list[dict[str, Any]], exported: float | None = None) -> bytes:
    """The ``.docx`` bytes of a conversation given its turn records.

    Each record has ``question``, ``answer``, ``abstained`` and ``citations``: a heading per question, the
    answer, then "Nguồn:" and one numbered entry per source with its plan, section, page/lines and verbatim quote.
    """
    doc = Document()
    doc.core_properties.title = TITLE
    doc.core_properties.language = "vi-VN"
    doc.add_heading(TITLE, level=0)
    stamp = time.strftime("%d/%m/%Y %H:%M", time.localtime(exported if exported is not None else time.time()))
    doc.add_paragraph(f"Xuất lúc {stamp} · {len(turns)} câu hỏi")
    for n, t in enumerate(turns, 1):
        doc.add_heading(xml_text(f"{n}. {t.get('question', '')}"), level=1)
        citations = [] if t.get("abstained") else list(t.get("citations") or [])
        if not citations:
            note = doc.add_paragraph().add_run(NOT_FOUND)
            note.bold = True
            note.font.color.rgb = RGBColor(0x7A, 0x3E, 0x00)
            continue
        for line in xml_text(t.get("answer", "")).strip().splitlines() or [""]:
            doc.add_paragraph(line)
        doc.add_paragraph().add_run("Nguồn:").bold = True
        for i, c in enumerate(citations, 1):
            head = doc.add_paragraph()
            head.add_run(f"[{i}] ").bold = True
            head.add_run(xml_text(source_line(c)))
            quote = " ".join(xml_text(c.get("quote")).split())
            if quote:
                q = doc.add_paragraph(style="Quote").add_run(f"“{quote}”")
                q.font.size = Pt(10)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
