"""Repair PDF/OCR line wrapping and recognise noise lines (page numbers, stray URLs).

Source lines are never modified: these helpers only derive clean display text from them.
"""

from __future__ import annotations

import re

_PAGE_NUMBER_RE = re.compile(r"^\s*(?:-\s*)?\d{1,3}(?:\s*-)?\s*$")
_URL_RE = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$", re.IGNORECASE)
_MARKDOWN_RE = re.compile(r"\*\*|__")
_MD_HEADING_RE = re.compile(r"^\s{0,3}#{1,6}\s+")  # "## III. NHIỆM VỤ" (a Markdown heading marker)
_SENTENCE_END_RE = re.compile(r"(?:[.;:!?…]|\./\.|[.;:]\)|[”\"’])\s*$")
# A line that opens a new paragraph of display text: bullets, numbered or lettered items.
_PARAGRAPH_START_RE = re.compile(
    r"^(?:[-–•+]\s|\d{1,2}(?:\.\d{1,2})*\.\s|[a-hđik¢]\)\s|[IVX]{1,4}\.\s|[!1-9]\s+\S)"
)


def strip_markup(line: str) -> str:
    """Drop Markdown heading and emphasis markers ("## **Cải cách**" → "Cải cách") and surrounding whitespace."""
    return _MARKDOWN_RE.sub("", _MD_HEADING_RE.sub("", line)).strip()


def is_page_number_line(line: str) -> bool:
    """True for a line holding only a page number ("6", " 7   ", "- 3 -")."""
    return bool(_PAGE_NUMBER_RE.match(line))


def is_url_line(line: str) -> bool:
    """True for a stray URL on its own line (PDF exports of web pages add them)."""
    return bool(_URL_RE.match(line))


def is_noise_line(line: str) -> bool:
    """True for lines dropped from indexed text: page numbers and stray URLs."""
    return is_page_number_line(line) or is_url_line(line)


def is_blank(line: str) -> bool:
    """True for an empty or whitespace-only line."""
    return not line.strip()


def ends_sentence(text: str) -> bool:
    """True when ``text`` ends with sentence-final punctuation (., ;, :, ?, !, ./., closing quote)."""
    return bool(_SENTENCE_END_RE.search(text.rstrip()))


def starts_paragraph(line: str) -> bool:
    """True when ``line`` starts with a bullet or an item marker (so it opens a new display paragraph)."""
    return bool(_PARAGRAPH_START_RE.match(strip_markup(line)))


def _is_lower_letter(ch: str) -> bool:
    return ch.isalpha() and ch.islower()


def _join_pair(left: str, right: str) -> str:
    """Join two wrapped fragments, repairing hyphenation ("phát-" + "triển" → "phát triển")."""
    if left.endswith("-") and len(left) >= 2 and not left[-2].isspace():
        before = left[-2]
        if _is_lower_letter(before) and right[:1] and _is_lower_letter(right[0]):
            return left[:-1] + " " + right  # Vietnamese syllables: a soft hyphen between words
        return left + right  # "2021-" + "2030", "1085/QĐ-" + "TTg": keep the hyphen, no space
    return left + " " + right


def join_lines(lines: list[str]) -> str:
    """Turn a range of raw source lines into clean display text.

    Blank, page-number and URL lines are dropped; wrapped lines are joined with one space
    (hyphenated breaks repaired); a line starting with a bullet or an item marker starts a new
    paragraph (paragraphs are separated by a newline). Markdown bold markers are removed.
    """
    paragraphs: list[str] = []
    current = ""
    for raw in lines:
        if is_blank(raw) or is_noise_line(raw):
            continue
        line = " ".join(strip_markup(raw).split())
        if not line:
            continue
        if not current:
            current = line
        elif starts_paragraph(line):
            paragraphs.append(current)
            current = line
        else:
            current = _join_pair(current, line)
    if current:
        paragraphs.append(current)
    return "\n".join(paragraphs)


def first_sentence(text: str, max_words: int = 15) -> str:
    """The first sentence of ``text`` (up to ". ", "; " or ":"), cut to ``max_words`` words (with "…")."""
    flat = " ".join(text.split())
    for m in re.finditer(r"(?<=\S)(?:[.;]\s+(\S)|:\s|[.;:]$)", flat):
        nxt = m.group(1)
        before = flat[: m.start()].split()[-1] if flat[: m.start()].split() else ""
        if before.isupper() and len(before) <= 3:
            continue  # abbreviation: "TT. Đảng ủy", "KT. CHỦ TỊCH"
        if flat[: m.start()].count("(") > flat[: m.start()].count(")"):
            continue  # inside parentheses
        if nxt is None or nxt.isupper() or nxt.isdigit() or nxt in "\"“(":
            flat = flat[: m.start()]
            break
    flat = flat.rstrip(" .;:,")
    ws = flat.split()
    if len(ws) > max_words:
        return " ".join(ws[:max_words]).rstrip(",;:") + "…"
    return flat
