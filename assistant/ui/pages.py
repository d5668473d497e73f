"""Source viewer of the UI: a PDF plan's page image next to its text, cited lines highlighted; OCR readings.

A reference ``doc:start:end`` (sent by a card's "Mở nguồn" button or an outline item) opens the plan text
around those lines and, for a PDF plan whose original is stored, the PNG of the page that holds the first
line (:mod:`index.pages`). For OCR plans the restored reading of the cited lines (:mod:`index.restore`)
is shown under them; the text itself stays verbatim.
"""

from __future__ import annotations

import html
import re
from typing import Any

from index.catalog import DocRecord
from index.pages import PageUnavailableError, render_page
from index.restore import restored_reading

OCR_BADGE = "văn bản OCR"
MAX_REF = 400  # characters of a "doc:start:end" reference
MAX_LINE = 10_000_000
_REF = re.compile(r"(.{1,300}):(\d{1,8}):(\d{1,8})")


def parse_ref(ref: str | None) -> tuple[str, int, int] | None:
    """``(doc_id, start, end)`` of a bounded "doc:start:end" reference (None when malformed)."""
    m = _REF.fullmatch((ref or "").strip()[:MAX_REF])
    if not m:
        return None
    start, end = int(m.group(2)), int(m.group(3))
    if not 1 <= start <= MAX_LINE or not 1 <= end <= MAX_LINE:
        return None
    return m.group(1), start, max(start, end)


def ref_class(doc_id: str, start: int, end: int) -> str:
    """The class that carries a reference through the chat's sanitiser (hex-encoded, read by client.py)."""
    return f"cchc-ref-{f'{doc_id}:{start}:{end}'.encode().hex()}"


def is_ocr(rec: DocRecord) -> bool:
    """True when the plan's text comes from OCR (a scan read by Tesseract, or an OCR export)."""
    return bool(rec.ocr_damaged or any(p.get("ocr") for p in rec.pages))


def shown(text: str, ocr: bool) -> str:
    """``text`` as the UI shows a title, section path or label: its restored reading for OCR plans."""
    return (restored_reading(text, ocr=True) or text) if ocr and text else text


def page_of(rec: DocRecord, line: int) -> int | None:
    """The 1-based page that holds source ``line`` (None for plans without pages)."""
    pages = [int(p["number"]) for p in rec.pages if int(p.get("line_start") or 0) <= line]
    return max(pages) if pages else (int(rec.pages[0]["number"]) if rec.pages else None)


def source_text_html(rec: DocRecord, start: int, end: int, context: int = 12) -> str:
    """The plan text around lines ``start``–``end``, cited lines highlighted, every line numbered.

    For OCR plans a "Đọc là" block gives the restored reading of the cited lines (the lines stay verbatim).
    """
    lines = rec.text.splitlines() or [""]
    start = max(1, min(start, len(lines)))
    end = max(start, min(end, len(lines)))
    lo, hi = max(1, start - context), min(len(lines), end + context)
    ocr = is_ocr(rec)
    rows = []
    for i in range(lo, hi + 1):
        cls = ' class="cchc-cited"' if start <= i <= end else ""
        rows.append(f'<div{cls} data-line="{i}"><span class="cchc-ln">{i}</span> {html.escape(lines[i - 1])}</div>')
    page = page_of(rec, start)
    where = f"trang {page}, dòng {start}–{end}" if page else f"dòng {start}–{end}"
    badge = f' <span class="cchc-badge-ocr">{OCR_BADGE}</span>' if ocr else ""
    title = shown(rec.meta.title or rec.doc_id, ocr)
    head = (f'<div class="cchc-src-head">{html.escape(title)}{badge} — <code>{html.escape(rec.doc_id)}</code>, '
            f'{where}</div>')
    reading = restored_reading(" ".join(lines[start - 1:end]), ocr=True) if ocr else None
    note = (f'<div class="cchc-reading" role="note"><span class="cchc-reading-label">Đọc là:</span> '
            f'{html.escape(reading)}</div>') if reading else ""
    return (f'<div class="cchc-source" role="region" aria-label="Văn bản nguồn">{head}{"".join(rows)}'
            f'{note}</div>')


def open_source(docs: dict[str, DocRecord], ref: str | None, cache_dir: Any) -> tuple[str, str | None, str]:
    """(text HTML, PNG path of the cited page or None, image caption) for a reference."""
    parsed = parse_ref(ref)
    if parsed is None:
        return "", None, ""
    doc_id, start, end = parsed
    rec = docs.get(doc_id)
    if rec is None:
        return html.escape(f"Không tìm thấy kế hoạch '{doc_id}'."), None, ""
    text = source_text_html(rec, start, end)
    page = page_of(rec, start)
    if page is None or rec.original is None:
        return text, None, ""
    try:
        png = render_page(rec.original, page, cache_dir, rec.sha256)
    except (PageUnavailableError, OSError, ValueError, RuntimeError):  # pypdfium2 raises RuntimeError subclasses
        return text, None, ""
    return text, str(png), f"Trang {page} của bản gốc PDF"
