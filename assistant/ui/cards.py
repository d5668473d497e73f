"""HTML for the chat: cited passages as cards with the query words highlighted, plan labels."""

from __future__ import annotations

import html
import re
from typing import Any

from assistant.ui.pages import OCR_BADGE, ref_class, shown
from index.normalize import fold
from index.restore import restored_reading

_WORD = re.compile(r"\w+", re.UNICODE)
_MD = str.maketrans({"[": "&#91;", "]": "&#93;", "(": "&#40;", ")": "&#41;", "!": "&#33;", "*": "&#42;",
                     "_": "&#95;", "`": "&#96;", "~": "&#126;", "|": "&#124;", "\\": "&#92;"})


def esc(text: str) -> str:
    """HTML-escaped text whose Markdown syntax characters are entities too (inert in the chat renderer)."""
    return html.escape(text).translate(_MD)
# Question words and function words that would light up every passage.
_STOP = {"nao", "gi", "khi", "ai", "nhieu", "va", "cua", "la", "co", "cac", "nhung", "thi", "o", "de",
         "cho", "voi", "nhu", "the", "duoc", "trong", "theo", "ve", "mot", "hay", "hoac", "do", "nay", "kia",
         "toi", "thieu", "da", "se", "dang", "nhat", "phai", "khong", "tu", "den", "ra", "vao"}


def query_terms(query: str) -> set[str]:
    """Folded query words worth highlighting (question and function words, "bao nhiêu" removed)."""
    ws = [fold(m.group()) for m in _WORD.finditer(query)]
    return {w for i, w in enumerate(ws)
            if w and w not in _STOP and not (w == "bao" and i + 1 < len(ws) and ws[i + 1] == "nhieu")}


def highlight(text: str, query: str) -> str:
    """Escaped ``text`` with the words matching the query in ``<mark>``.

    A query word typed with diacritics matches only the same word ("tỉnh" never lights up "tình", "Biên" never
    "biến"), except in text without marks (OCR); a word typed without them matches on the folded form (so "so noi vu" finds "Sở Nội vụ" and OCR text).
    """
    terms = query_terms(query)
    exact = {w.lower() for w in (m.group() for m in _WORD.finditer(query)) if fold(w) != w.lower()}
    marked = {fold(w) for w in exact}
    out: list[str] = []
    pos = 0
    for m in _WORD.finditer(text):
        out.append(esc(text[pos:m.start()]))
        word = esc(m.group())
        folded = fold(m.group())
        # unaccented text (OCR, or typed without marks) still matches an accented query word on the folded form
        hit = folded in terms and (folded not in marked or m.group().lower() in exact or folded == m.group().lower())
        out.append(f"<mark>{word}</mark>" if hit else word)
        pos = m.end()
    out.append(esc(text[pos:]))
    return "".join(out).replace("</mark> <mark>", " ")


def _location(c: dict[str, Any]) -> str:
    parts = []
    if c.get("page"):
        parts.append(f"trang {c['page']}")
    if c.get("line_start"):
        end = c.get("line_end") or c["line_start"]
        parts.append(f"dòng {c['line_start']}–{end}" if end != c["line_start"] else f"dòng {end}")
    return ", ".join(parts)


def reading_of(c: dict[str, Any], text_key: str = "quote") -> str | None:
    """The restored reading of an OCR citation's quote (:mod:`index.restore`), None for clean text."""
    if not c.get("ocr"):
        return None
    if c.get("quote_restored") and text_key == "quote":
        return str(c["quote_restored"])
    quote = " ".join(str(c.get(text_key) or "").split())
    return restored_reading(quote, ocr=True)


def card(n: int | None, c: dict[str, Any], query: str, text_key: str = "quote") -> str:
    """One passage card: plan title, section path, highlighted quote (and its OCR reading), page/lines."""
    ocr = bool(c.get("ocr"))
    title = esc(shown(str(c.get("title") or c.get("document") or ""), ocr))
    section = esc(shown(str(c.get("section") or ""), ocr))
    badge = f'<span class="cchc-n">[{n}]</span> ' if n is not None else ""
    if ocr:
        title += f' <span class="cchc-badge-ocr">{OCR_BADGE}</span>'
    reading = reading_of(c, text_key)
    note = (f'<div class="cchc-reading"><span class="cchc-reading-label">Đọc là:</span> {highlight(reading, query)}'
            '</div>') if reading else ""
    loc = _location(c)
    opener = ""
    if n is not None and c.get("document") and c.get("line_start"):
        # the chat's sanitiser keeps only class names, so the reference travels hex-encoded in one
        ref = ref_class(str(c["document"]), int(c["line_start"]), int(c.get("line_end") or c["line_start"]))
        opener = f' <button type="button" class="cchc-open {ref}">Mở nguồn</button>'
    return (f'<div class="cchc-card"><div class="cchc-title">{badge}{title}</div>'
            f'<div class="cchc-section">{section}</div>'
            f'<blockquote class="cchc-quote">{highlight(" ".join(str(c.get(text_key) or "").split()), query)}</blockquote>'
            f'{note}'
            f'<div class="cchc-loc">{esc(str(c.get("document", "")))}'
            f'{" · " + esc(loc) if loc else ""}{opener}</div></div>')


NOT_FOUND = "Không tìm thấy câu trả lời trong các kế hoạch đã chọn."


def cards_html(answer: dict[str, Any], query: str) -> str:
    """Cards under an answer: its citations, or the "not found" state with the related passages.

    An abstention is one plain line in its own style; the related passages follow under a heading that says
    they are not an answer (no second, contradictory "not found" line).
    """
    citations = answer.get("citations") or []
    if citations and not answer.get("abstained"):
        body = "".join(card(i, c, query) for i, c in enumerate(citations, 1))
        return f'<div class="cchc-cards"><div class="cchc-head">Nguồn trích dẫn ({len(citations)})</div>{body}</div>'
    related = answer.get("related") or []
    note = f'<div class="cchc-none" role="status"><span aria-hidden="true">⚠ </span>{esc(NOT_FOUND)}</div>'
    head = ('<div class="cchc-head cchc-related-head">Các đoạn có liên quan (không phải câu trả lời):</div>'
            if related else "")
    body = "".join(card(None, r, query, "text" if "text" in r and "quote" not in r else "quote") for r in related[:3])
    return f'<div class="cchc-cards cchc-abstained">{note}{head}{body}</div>'


def plain_text(answer: dict[str, Any]) -> str:
    """The answer and its numbered sources as plain text (what "Sao chép" copies and the export writes)."""
    if answer.get("abstained") or not answer.get("citations"):
        return NOT_FOUND
    lines = [str(answer.get("answer", "")).strip(), "", "Nguồn:"]
    for i, c in enumerate(answer.get("citations") or [], 1):
        where = " — ".join(str(x) for x in (c.get("title") or c.get("document"), c.get("section")) if x)
        loc = _location(c)
        quote = " ".join(str(c.get("quote") or "").split())
        reading = reading_of(c)
        lines.append(f"[{i}] {where}{f' ({loc})' if loc else ''}: “{quote}”"
                     + (f" (Đọc là: {reading})" if reading else ""))
    return "\n".join(lines)


def copy_block(text: str) -> str:
    """A "Sao chép" button with the plain text it copies (hidden; newlines as entities so it stays one HTML block)."""
    inert = esc(text).replace("\n", "&#10;")
    return ('<div class="cchc-actions"><button type="button" class="cchc-copy" aria-label="Sao chép câu trả lời">'
            f'Sao chép</button><pre class="cchc-plain" hidden>{inert}</pre></div>')


def plan_label(d: dict[str, Any]) -> str:
    """Sidebar label of a plan: issuer (with its province when the name does not say it), number, date, period.

    Bodies have the same name in every province ("Sở Dân tộc và Tôn giáo"), so the province is what tells
    their plans apart.
    """
    date = d.get("date") or ""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
        y, m, dd = date.split("-")
        date = f"{dd}/{m}/{y}"
    ocr = bool(d.get("ocr"))
    issuer = shown(str(d.get("issuer") or d.get("doc_id")), ocr)
    province = shown(str(d.get("province") or ""), ocr)
    if province and fold(province) not in fold(issuer):
        issuer = f"{issuer} ({province})"
    parts = [issuer, d.get("number") or "không số", date or None, d.get("period"), f"[{OCR_BADGE}]" if ocr else None]
    return " — ".join(str(p) for p in parts if p)
