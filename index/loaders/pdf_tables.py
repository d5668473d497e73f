"""Task tables on text-layer PDF pages with pdfplumber: rows as lines, prose around them in reading order.

Only pages that draw ruling lines (PDFium path objects) are opened with pdfplumber, so table-free
PDFs cost nothing extra. On such a page, tables found by pdfplumber's ruling-line strategy whose
first row(s) look like a header become grid rows (see :mod:`index.loaders.table_model`); the
characters outside those tables are read as text lines, and tables and lines are ordered by their
vertical position.

Tables over page breaks: a row cut by a page break is drawn with its vertical rulings but without
the horizontal ruling that closes it (reportlab ``splitInRow``, Word "allow row to break across
pages"), so pdfplumber would leave its text outside the table; :func:`closing_edges` adds the
missing horizontal edge where several vertical rulings end open. The first table of a page
continues the table that ended the previous page when it has no header of its own (or repeats that
header) and either its column x-boundaries match (running headers, footers or other prose may lie
between) or it has the same number of columns and only page numbers lie between. A first row whose
number (or lead) cell is empty is then the rest of the row cut by the page break and is joined to it
(:meth:`index.loaders.table_model.TableBuilder.add`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from index.loaders.table_model import Entry, GridRow, TableBuilder, header_keys
from index.normalize import fold

MIN_PATHS = 4  # ruling-line objects a page needs before pdfplumber is asked for tables
_DROP = dict.fromkeys(map(ord, "\x00\x02\ufffe\ufeff"), None)
_EDGE = 1.0  # points of tolerance when comparing cell edges
_SNAP = 3.0  # points within which ruling ends / column boundaries count as the same
MIN_OPEN_ENDS = 3  # vertical rulings ending open at one height before a closing edge is added
_PAGE_NUMBER = re.compile(r"^(?:trang|page|tr\.)?\s*[-–]?\s*\d{1,4}\s*(?:/\s*\d{1,4})?\s*[-–]?$")


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
    """Tables across pages: the open table (ended the previous page) and the running table count.

    ``open``: the current table was the last block of the previous page (only page numbers after it);
    ``tail``: it was the last table of the previous page (prose may follow it); ``bounds``: its column
    x-boundaries (empty when unknown, e.g. for scans).
    """

    builder: TableBuilder | None = None
    open: bool = False
    count: int = 0
    last_page: int = -1
    tables: list[TableBuilder] = field(default_factory=list)
    tail: bool = False
    bounds: tuple[float, ...] = ()


def closing_edges(page: Any) -> list[dict[str, Any]]:
    """Horizontal edges that close rows cut by a page break (their closing ruling is not drawn).

    Where :data:`MIN_OPEN_ENDS` or more vertical rulings end at one height with no horizontal ruling
    touching their ends, the edge runs from the leftmost to the rightmost of them.
    """
    edges = page.edges
    horizontal = [e for e in edges if e["orientation"] == "h"]
    ends: list[tuple[float, float]] = []  # (y, x) of every vertical ruling end not met by a horizontal one
    for e in edges:
        if e["orientation"] != "v" or e["height"] < _SNAP:
            continue
        for y in (e["top"], e["bottom"]):
            if not any(abs(h["top"] - y) <= _SNAP and h["x0"] - _SNAP <= e["x0"] <= h["x1"] + _SNAP
                       for h in horizontal):
                ends.append((y, e["x0"]))
    ends.sort()
    out: list[dict[str, Any]] = []
    group: list[tuple[float, float]] = []
    for end in [*ends, (float("inf"), 0.0)]:
        if group and end[0] - group[0][0] > _SNAP:
            xs = sorted({round(x) for _, x in group})
            if len(xs) >= MIN_OPEN_ENDS:
                y = group[0][0]
                out.append({"object_type": "line_edge", "orientation": "h", "x0": xs[0], "x1": xs[-1],
                            "top": y, "bottom": y, "width": xs[-1] - xs[0], "height": 0.0})
            group = []
        group.append(end)
    return out


def table_bounds(table: Any) -> tuple[float, ...]:
    """The column x-boundaries of a pdfplumber table (cell left/right edges, near-equal ones merged)."""
    xs = sorted({x for row in table.rows for cell in row.cells if cell is not None for x in (cell[0], cell[2])})
    out: list[float] = []
    for x in xs:
        if not out or x - out[-1] > _SNAP:
            out.append(x)
    return tuple(out)


def same_bounds(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    """True when two tables have the same column boundaries (within a few points)."""
    return len(a) == len(b) >= 2 and all(abs(x - y) <= _SNAP for x, y in zip(a, b, strict=True))


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
    """A line that does not break a table's continuity: a page number ("3", "- 3 -", "Trang 3", "3/5")."""
    stripped = text.strip()
    return len(stripped) <= 4 or stripped.isdigit() or bool(_PAGE_NUMBER.match(fold(stripped)))


def page_entries(
    page: Any, number: int, state: TableState, convert: Callable[[str], str] | None = None
) -> list[Entry] | None:
    """Entries of one pdfplumber page (prose lines and table rows by position), None without task tables."""
    closing = closing_edges(page)
    settings = {"explicit_horizontal_lines": closing} if closing else {}
    found = [t for t in page.find_tables(settings) if t.rows and len(t.rows[0].cells) >= 2]
    if not found:
        state.open = state.tail = False
        return None
    if state.last_page != number - 1:
        state.open = state.tail = False
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
    first_table = True
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
        bounds = table_bounds(table)
        continuing = first_table and _continues(state, rows, columns, bounds, clean_top=first_block)
        table_entries = _table_entries(rows, columns, number, state, continuing)
        if table_entries is None:  # a ruled box that is not a task table: keep its text as lines
            entries.extend(Entry(_line_text(" ".join(c for c in r if c), None)) for r in rows if any(r))
            state.open = state.tail = False
        else:
            entries.extend(table_entries)
            any_table = True
            state.open = state.tail = True
            state.bounds = bounds
        first_block = first_table = False
    if not any_table:
        return None
    return entries


def _continues(
    state: TableState, rows: list[GridRow], columns: int, bounds: tuple[float, ...], clean_top: bool
) -> bool:
    """True when the first table of a page continues the table that ended the previous page.

    It must not start with a header of its own (a repeat of the open table's header is fine), and
    either its column boundaries match the open table's or it has the same number of columns and
    only page numbers lie between the two (``clean_top`` and ``state.open``).
    """
    builder = state.builder
    if builder is None or not state.tail or builder.columns != columns:
        return False
    if rows and header_keys(rows) is not None and not builder.repeats_header(rows[0]):
        return False
    if bounds and state.bounds and same_bounds(bounds, state.bounds):
        return True
    return clean_top and state.open


def _table_entries(
    rows: list[GridRow], columns: int, page: int, state: TableState, continuing: bool
) -> list[Entry] | None:
    """Entries of one table on a page: continued from the previous page or a new header table."""
    builder = state.builder
    if continuing and builder is not None:
        return builder.add(rows, page, continued=True)
    builder = TableBuilder(state.count, columns)
    if not builder.start(rows):
        return None
    state.builder = builder
    state.count += 1
    return builder.add(rows, page)


PageReader = Callable[[Any, int, TableState], "list[Entry] | None"]


def read_pages(data: bytes, pages: list[int], reader: PageReader) -> dict[int, list[Entry]]:
    """Entries of the 0-based ``pages`` (in order) for which ``reader(page, number, state)`` finds task tables.

    One :class:`TableState` carries a table from one page to the next; each pdfplumber page is closed after use.
    """
    import io

    import pdfplumber

    out: dict[int, list[Entry]] = {}
    state = TableState()
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for index in pages:
            page = pdf.pages[index]
            try:
                entries = reader(page, index + 1, state)
            finally:
                page.close()
            if entries is not None:
                out[index] = entries
    return out


def table_pages(
    data: bytes, pages: list[int], convert: Callable[[str], str] | None = None
) -> dict[int, list[Entry]]:
    """Entries of the 0-based ``pages`` (in order) that hold ruled task tables, read with pdfplumber."""
    return read_pages(data, pages, lambda page, number, state: page_entries(page, number, state, convert))
