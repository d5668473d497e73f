"""Task tables drawn without ruling lines on text-layer PDF pages: columns from word positions.

A borderless table ("STT  Nội dung nhiệm vụ  Cơ quan chủ trì …" aligned by whitespace only) gives
pdfplumber's ruling-line strategy nothing to find. Here a page whose text has a header-like line is
read word by word:

- **lines** are words sharing a baseline; a line splits into *segments* wherever two words are more
  than :data:`GAP` points apart (cells are separated by padding, words by a space);
- the **header** is the first line whose segments are a table header
  (:func:`index.loaders.table_model.header_keys`); the short lines right under it whose segments sit
  under header segments ("thực hiện", "(triệu đồng)") complete its cells;
- **column boundaries**: cells are left-aligned or centred, so column *i* starts at the leftmost
  segment start between the centres of header cells *i − 1* and *i* (the midpoint of the two header
  cells when no segment starts there);
- **rows**: with a number column ("STT", "TT") a row starts at a line with text in that column; without
  one, at a vertical gap wider than 1.45 × the line spacing. Continuation lines join their cells;
- a line with one segment crossing columns that reads as a heading ("I. CẢI CÁCH THỂ CHẾ") is a
  **group row**; any other line crossing columns ends the table and is read as prose.

Rows go through the shared :class:`index.loaders.table_model.TableBuilder` with the same page-to-page
state as ruled tables, so a header repeated on the next page continues the table.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from index.loaders.pdf_tables import _PAGE_NUMBER, TableState, _line_text, _minor, _table_entries, read_pages
from index.loaders.table_model import HEADER_WORDS, Entry, GridRow, group_title, header_keys
from index.normalize import fold

GAP = 6.0  # points between two words that separate two cells
_SAME_LINE = 2.0  # points of baseline difference within one line
_EDGE = 3.0  # points a segment may stick out of its column
_ROW_GAP = 1.45  # a vertical gap this many times the line spacing starts a row (no number column)
_NUMBER = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})*\.?|[IVXL]{1,5}\.?|[a-zđ]\))$")
_LABELLED = re.compile(r"^(?:[IVXL]+|[A-Z])(?:\.\d{1,2})*[.)]\s")  # "I. …", "B) …", a sub-group "II.1. …"
_NUMBER_KEYS = ("stt", "tt", "so tt", "so thu tu", "thu tu")


@dataclass
class Segment:
    """Words of one line that sit together (one cell's share of the line)."""

    x0: float
    x1: float
    text: str


@dataclass
class Line:
    """One text line of the page: its top, its segments, and its words (text, x0, x1)."""

    top: float
    segments: list[Segment]
    words: list[tuple[str, float, float]]


def header_like(text: str) -> bool:
    """True when a line of page text names three or more typical table header words."""
    folded = fold(text).lower()
    return sum(1 for w in HEADER_WORDS if w in folded) >= 3


def _lines(page: Any) -> list[Line]:
    words = sorted(page.extract_words(keep_blank_chars=False, use_text_flow=False),
                   key=lambda w: (round(w["top"]), w["x0"]))
    rows: list[list[dict[str, Any]]] = []
    for w in words:
        if rows and abs(rows[-1][0]["top"] - w["top"]) <= _SAME_LINE:
            rows[-1].append(w)
        else:
            rows.append([w])
    out = []
    for ws in rows:
        ws.sort(key=lambda w: w["x0"])
        segments: list[Segment] = []
        for w in ws:
            if segments and w["x0"] - segments[-1].x1 <= GAP:
                seg = segments[-1]
                seg.x1, seg.text = w["x1"], f"{seg.text} {w['text']}"
            else:
                segments.append(Segment(w["x0"], w["x1"], w["text"]))
        out.append(Line(min(w["top"] for w in ws), segments, [(w["text"], w["x0"], w["x1"]) for w in ws]))
    return out


def _boundaries(header: list[Segment], body: list[Line]) -> list[float]:
    """Left boundary of every column (one per header cell).

    Segment starts of single-segment lines (group rows, page numbers) are left out; a start seen twice
    (within a point) is preferred to one seen once.
    """
    centres = [(s.x0 + s.x1) / 2 for s in header]
    starts = [round(s.x0) for ln in body if len(ln.segments) > 1 for s in ln.segments]
    seen = Counter(starts)
    repeated = [x for x in starts if seen[x] + seen[x - 1] + seen[x + 1] >= 2]

    def leftmost(low: float, high: float) -> float | None:
        inside = [x for x in repeated if low < x <= high] or [x for x in starts if low < x <= high]
        return min(inside) if inside else None

    out = [min(header[0].x0, leftmost(-1.0, centres[0]) or header[0].x0)]
    for i in range(1, len(header)):
        found = leftmost(centres[i - 1], centres[i])
        out.append(found if found is not None else (header[i - 1].x1 + header[i].x0) / 2)
    return out


def _column(x: float, bounds: list[float]) -> int:
    col = 0
    for i, b in enumerate(bounds):
        if x >= b - _EDGE:
            col = i
    return col


def _fits(line: Line, bounds: list[float]) -> bool:
    """No word of the line straddles a column boundary (prose runs across them)."""
    return not any(x0 < b - _EDGE and x1 > b + _EDGE for _, x0, x1 in line.words for b in bounds[1:])


def _cells(lines: list[Line], bounds: list[float], convert: Callable[[str], str] | None) -> list[str]:
    cells = [""] * len(bounds)
    for ln in lines:
        for text, x0, _ in ln.words:
            col = _column(x0, bounds)
            cells[col] = f"{cells[col]} {text}".strip()
    return [_line_text(c, convert) for c in cells]


def _cell_gaps(line: Line) -> bool:
    """The gaps between the line's segments are far wider than between its words (a header, not justified prose).

    A justified paragraph stretches every space alike: with words inside segments, the gaps between segments must
    be 2.5 times the widest gap inside one; with one word a segment, they must at least differ (columns do).
    """
    gaps = [b[1] - a[2] for a, b in zip(line.words, line.words[1:], strict=False)]
    between = [b.x0 - a.x1 for a, b in zip(line.segments, line.segments[1:], strict=False)]
    within = [g for g in gaps if g <= GAP]
    if not between:
        return False
    if within:
        return min(between) > 2.5 * max(max(within), 1.0)
    return max(between) > 2.5 * min(between)


def _header(lines: list[Line], start: int) -> tuple[list[Segment], int] | None:
    """The header cells at ``lines[start]`` completed by the short lines under them, and the next index."""
    first = lines[start]
    if len(first.segments) < 3 or not _cell_gaps(first):
        return None
    cells = [Segment(s.x0, s.x1, s.text) for s in first.segments]
    if header_keys([[s.text for s in cells]]) is None:
        return None
    i, prev = start + 1, first.top
    spacing = None
    while i < len(lines):
        ln = lines[i]
        gap = ln.top - prev
        if spacing is not None and gap > spacing * _ROW_GAP:
            break
        if _LABELLED.match(ln.segments[0].text):  # "I. CẢI CÁCH THỂ CHẾ": the first group row
            break
        under = []
        for s in ln.segments:
            owner = [c for c in cells if c.x0 - _EDGE * 3 <= (s.x0 + s.x1) / 2 <= c.x1 + _EDGE * 3]
            if len(owner) != 1 or s.text[:1].isdigit() or len(s.text) > 30:
                break
            under.append((owner[0], s))
        else:
            for cell, s in under:
                cell.text, cell.x0, cell.x1 = f"{cell.text} {s.text}", min(cell.x0, s.x0), max(cell.x1, s.x1)
            spacing = spacing or gap
            prev = ln.top
            i += 1
            continue
        break
    return cells, i


def _grid(body: list[Line], bounds: list[float], numbered: bool,
          convert: Callable[[str], str] | None) -> tuple[list[GridRow], int]:
    """Grid rows of the table lines at the top of ``body``, and how many lines they used."""
    gaps = [b.top - a.top for a, b in zip(body, body[1:], strict=False) if b.top > a.top]
    spacing = min(gaps) if gaps else 0.0
    rows: list[GridRow] = []
    current: list[Line] = []
    used = 0

    def flush() -> None:
        if current:
            rows.append(list(_cells(current, bounds, convert)))
            current.clear()

    prev_top = None
    for k, ln in enumerate(body):
        if all(len(b.segments) == 1 and _PAGE_NUMBER.match(fold(b.segments[0].text).lower()) for b in body[k:]):
            break  # page numbers under the table
        if _group_row(ln, bounds):
            flush()
            rows.append([_line_text(ln.segments[0].text, convert), *[None] * (len(bounds) - 1)])
            used += 1
            prev_top = ln.top
            continue
        if not _fits(ln, bounds):
            break
        starts = numbered_start(ln, bounds) if numbered else (
            prev_top is None or ln.top - prev_top > spacing * _ROW_GAP)
        if starts:
            flush()
        current.append(ln)
        used += 1
        prev_top = ln.top
    flush()
    return rows, used


def _group_row(line: Line, bounds: list[float]) -> bool:
    """One heading segment: labelled ("I. CẢI CÁCH THỂ CHẾ", "II.1. Kiểm soát …"), or in capitals and centred."""
    if len(line.segments) != 1:
        return False
    seg = line.segments[0]
    if _LABELLED.match(seg.text):
        return True
    return group_title([seg.text]) is not None and all(abs(seg.x0 - b) > _EDGE for b in bounds)


def numbered_start(line: Line, bounds: list[float]) -> bool:
    """The line puts a row number ("1", "1.2", "II", "a)") in the first column."""
    first = line.segments[0]
    return _column(first.x0, bounds) == 0 and bool(_NUMBER.match(first.text.split()[0]))


def page_entries(page: Any, number: int, state: TableState,
                 convert: Callable[[str], str] | None = None) -> list[Entry] | None:
    """Entries of a page holding a borderless task table (prose lines and rows in order), else None."""
    lines = _lines(page)
    for start in range(len(lines)):
        found = _header(lines, start)
        if found is None:
            continue
        header, body_start = found
        bounds = _boundaries(header, lines[body_start:])
        head_row: GridRow = [_line_text(c.text, convert) for c in header]
        numbered = fold(header[0].text).lower().strip(" .") in _NUMBER_KEYS
        rows, used = _grid(lines[body_start:], bounds, numbered, convert)
        if not any(r[0] is not None and any(c for c in r[1:] if c) for r in rows):
            continue
        if state.last_page != number - 1:
            state.open = state.tail = False
        state.last_page = number
        builder = state.builder
        continuing = (builder is not None and state.tail and builder.columns == len(bounds)
                      and builder.repeats_header(head_row))
        table = _table_entries([head_row, *rows], len(bounds), number, state, continuing)
        if table is None:
            continue
        before = [Entry(_line_text(" ".join(s.text for s in ln.segments), convert)) for ln in lines[:start]]
        after = [Entry(_line_text(" ".join(s.text for s in ln.segments), convert))
                 for ln in lines[body_start + used:]]
        state.open = state.tail = not [e for e in after if not _minor(e.text)]
        return before + table + after
    state.open = state.tail = False
    return None


def borderless_pages(data: bytes, pages: list[int],
                     convert: Callable[[str], str] | None = None) -> dict[int, list[Entry]]:
    """Entries of the 0-based ``pages`` (in order) that hold a borderless task table."""
    return read_pages(data, pages, lambda page, number, state: page_entries(page, number, state, convert))
