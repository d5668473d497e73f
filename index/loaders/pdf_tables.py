"""Task tables on text-layer PDF pages with pdfplumber: rows as lines, prose around them in reading order.

Only pages that draw ruling lines (PDFium path objects) are opened with pdfplumber, so table-free
PDFs cost nothing extra. On such a page, tables found by pdfplumber's ruling-line strategy whose
first row(s) look like a header become grid rows (see :mod:`index.loaders.table_model`); the
characters outside those tables are read as text lines, and tables and lines are ordered by their
vertical position. A table at the top of a page with the same number of columns as the table that
ended the previous page continues it: its repeated header is dropped and a first row with an empty
first cell (STT) is joined to the row split by the page break.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from index.loaders.table_model import Entry, GridRow, TableBuilder

MIN_PATHS = 4  # ruling-line objects a page needs before pdfplumber is asked for tables
_DROP = dict.fromkeys(map(ord, "\x00\x02\ufffe\ufeff"), None)
_EDGE = 1.0  # points of tolerance when comparing cell edges


def has_rulings(page: Any) -> bool:
    """True when a PDFium page draws at least :data:`MIN_PATHS` path objects (lines, rectangles)."""
    import pypdfium2.raw as pdfium_c

    count = 0
    for _ in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_PATH,), max_depth=2):
        count += 1
        if count >= MIN_PATHS:
            return True
    return False


@dataclass
class TableState:
    """Tables across pages: the open table (ended the previous page) and the running table count."""

    builder: TableBuilder | None = None
    open: bool = False
    count: int = 0
    last_page: int = -1
    tables: list[TableBuilder] = field(default_factory=list)


def grid_rows(table: Any, convert: Callable[[str], str] | None = None) -> list[GridRow]:
    """Grid rows of a pdfplumber table: vertical merges carried down, horizontal spans as None."""
    texts = table.extract()
    rows: list[GridRow] = []
    active: dict[int, tuple[Any, str]] = {}  # column → (bbox, text) of the last cell starting there
    for row, values in zip(table.rows, texts, strict=True):
        top = row.bbox[1]
        out: GridRow = []
        for col, (bbox, value) in enumerate(zip(row.cells, values, strict=True)):
            if bbox is not None:
                text = value or ""
                text = convert(text) if convert is not None else text
                active[col] = (bbox, text)
                out.append(text)
                continue
            above = active.get(col)
            if above is not None and above[0][3] > top + _EDGE:  # a cell from above reaches this row
                out.append(above[1])
            else:
                out.append(None)
        rows.append(out)
    return rows


def _line_text(text: str, convert: Callable[[str], str] | None) -> str:
    text = unicodedata.normalize("NFC", text.translate(_DROP)).rstrip()
    return convert(text) if convert is not None else text


def _minor(text: str) -> bool:
    """A line that does not break a table's continuity (page number, running header)."""
    stripped = text.strip()
    return len(stripped) <= 4 or stripped.isdigit()


def page_entries(
    page: Any, number: int, state: TableState, convert: Callable[[str], str] | None = None
) -> list[Entry] | None:
    """Entries of one pdfplumber page (prose lines and table rows by position), None without task tables."""
    found = [t for t in page.find_tables() if t.rows and len(t.rows[0].cells) >= 2]
    if not found:
        state.open = False
        return None
    if state.last_page != number - 1:
        state.open = False
    state.last_page = number
    accepted: list[tuple[Any, list[GridRow]]] = []
    for table in found:
        accepted.append((table, grid_rows(table, convert)))
    boxes = [t.bbox for t, _ in accepted]

    def outside(obj: dict[str, Any]) -> bool:
        if obj.get("object_type") != "char":
            return True
        cx, cy = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
        return not any(b[0] <= cx <= b[2] and b[1] <= cy <= b[3] for b in boxes)

    prose = page.filter(outside).extract_text_lines(return_chars=False)
    blocks: list[tuple[float, int, Any]] = [(ln["top"], 1, ln["text"]) for ln in prose]
    blocks += [(t.bbox[1], 0, (t, rows)) for t, rows in accepted]
    blocks.sort(key=lambda b: (b[0], b[1]))
    entries: list[Entry] = []
    any_table = False
    first_block = True
    for _, kind, payload in blocks:
        if kind == 1:
            text = _line_text(payload, convert)
            entries.append(Entry(text))
            if not _minor(text):
                first_block = False
                state.open = False
            continue
        table, rows = payload
        columns = max(len(r) for r in rows)
        table_entries = _table_entries(rows, columns, number, state, continuing=first_block)
        if table_entries is None:  # a ruled box that is not a task table: keep its text as lines
            entries.extend(Entry(_line_text(" ".join(c for c in r if c), None)) for r in rows if any(r))
            state.open = False
        else:
            entries.extend(table_entries)
            any_table = True
            state.open = True
        first_block = False
    if not any_table:
        return None
    return entries


def _table_entries(
    rows: list[GridRow], columns: int, page: int, state: TableState, continuing: bool
) -> list[Entry] | None:
    """Entries of one table on a page: continued from the previous page or a new header table."""
    builder = state.builder
    if continuing and state.open and builder is not None and builder.columns == columns:
        return builder.add(rows, page, continued=True)
    builder = TableBuilder(state.count, columns)
    if not builder.start(rows):
        return None
    state.builder = builder
    state.count += 1
    return builder.add(rows, page)


def table_pages(
    data: bytes, pages: list[int], convert: Callable[[str], str] | None = None
) -> dict[int, list[Entry]]:
    """Entries of the 0-based ``pages`` (in order) that hold task tables, read with pdfplumber."""
    import io

    import pdfplumber

    out: dict[int, list[Entry]] = {}
    state = TableState()
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for index in pages:
            page = pdf.pages[index]
            try:
                entries = page_entries(page, index + 1, state, convert)
            finally:
                page.close()
            if entries is not None:
                out[index] = entries
    return out
