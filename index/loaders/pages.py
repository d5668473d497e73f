"""Joining per-page texts into one document text with the page → first line map."""

from __future__ import annotations

import unicodedata

from index.types import PageInfo

_DROP = dict.fromkeys(map(ord, "\x00\x02\ufffe\ufeff"), None)


def clean_page_text(text: str) -> list[str]:
    """Lines of an extracted/OCR'd page: NFC, NULs and PDFium markers removed, trailing spaces cut."""
    text = unicodedata.normalize("NFC", text.translate(_DROP))
    return [line.rstrip() for line in text.splitlines()]


def join_pages(
    page_texts: list[str], ocr_flags: list[bool], confidences: list[float | None]
) -> tuple[str, list[PageInfo]]:
    """Join pages with newlines; every page gets at least one line so its PageInfo.line_start is its own."""
    lines: list[str] = []
    pages: list[PageInfo] = []
    for number, (text, ocr, conf) in enumerate(zip(page_texts, ocr_flags, confidences, strict=True), 1):
        page_lines = clean_page_text(text) or [""]
        pages.append(PageInfo(number=number, line_start=len(lines) + 1, ocr=ocr, confidence=conf))
        lines.extend(page_lines)
    return "\n".join(lines), pages


def text_layer_quality(text: str, min_alnum: int = 20) -> str:
    """Classify a PDF page's text layer: "ok", "short" or "garbage".

    "short": under ``min_alnum`` letters/digits (missing, or a lone page number); "garbage":
    replacement/private-use/control characters or mostly symbols.
    """
    chars = [ch for ch in text if not ch.isspace()]
    alnum = sum(1 for ch in chars if ch.isalnum())
    bad = sum(1 for ch in chars if ch == "\ufffd" or unicodedata.category(ch) in ("Co", "Cc", "Cn"))
    if chars and (bad > len(chars) * 0.05 or alnum < len(chars) * 0.5):
        return "garbage"
    return "ok" if alnum >= min_alnum else "short"
