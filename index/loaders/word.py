"""DOCX loading (python-docx): paragraphs and tables in body order, task tables as one line per row.

Paragraphs carry the labels of Word's automatic numbering ("I.", "1.", "a)", "-"; see
:mod:`index.loaders.word_numbering`). A table whose first row (or two rows) looks like a header (e.g.
the "Phụ lục" task table: Nhiệm vụ | Cơ quan chủ trì | …) is rendered one row per line as
``"Nhiệm vụ: …; Cơ quan chủ trì: …"`` with a :class:`TableRow` per row, merged cells carried into
every row they cover and group rows ("II. CẢI CÁCH THỂ CHẾ") as lines of their own (see
:mod:`index.loaders.table_model`). Other tables (the issuer | national-motto layout block at the top
of a plan, the recipients | signature block at the end) are rendered cell by cell, one paragraph per
line. Text in a legacy font encoding (TCVN3, VNI) is converted to Unicode.

Inside a table cell, paragraphs are joined with spaces, except in the unit columns of a header table
("Cơ quan chủ trì", "Đơn vị phối hợp", "Đơn vị thực hiện"), where units written one per paragraph
("Sở Tư pháp" / "Thuế tỉnh Tuyên Quang") are joined with "; " so they stay separate units.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from index.loaders.errors import CorruptFileError, EmptyDocumentError
from index.loaders.legacy import converter
from index.loaders.table_model import Entry, GridRow, TableBuilder, header_keys, number_entries, render_row
from index.loaders.word_numbering import Numbering
from index.normalize import fold
from index.types import TableRow

__all__ = ["header_of", "load_docx", "render_row"]

_SPACES = re.compile(r"\s+")
_UNIT_COLUMN = re.compile(r"chu tri|phoi hop|don vi|co quan|bo phan")
# A paragraph that ends like this (or a next one that starts in lower case) continues the same unit name.
_CONTINUES = re.compile(r"(?:[,;:\-–]|(?<!\w)(?:và|của|thuộc|với))$")


def _flat(text: str) -> str:
    """Cell text on one line: every whitespace run (including line breaks) becomes one space."""
    return _SPACES.sub(" ", text).strip()


def _lines(text: str) -> list[str]:
    """The non-empty lines of a cell's text, each with its whitespace collapsed."""
    return [line for line in (_flat(t) for t in text.splitlines()) if line]


def unit_cell(text: str) -> str:
    """A unit cell's paragraphs on one line, separate paragraphs joined with "; ".

    Paragraphs "Sở Tư pháp" / "Thuế tỉnh Tuyên Quang" → "Sở Tư pháp; Thuế tỉnh Tuyên Quang"; a paragraph
    ending in "," / "-" / "và" or followed by one starting in lower case continues the same name
    ("UBND" / "các xã" → "UBND các xã").
    """
    out = ""
    for line in _lines(text):
        if not out:
            out = line
        elif _CONTINUES.search(out) or line[:1].islower():
            out = f"{out} {line}"
        else:
            out = f"{out}; {line}"
    return out


def _body_items(parent: Any) -> Iterator[Any]:
    """Paragraph and table elements of a body in document order (content controls are opened)."""
    from docx.oxml.ns import qn

    for child in parent.iterchildren():
        if child.tag in (qn("w:p"), qn("w:tbl")):
            yield child
        elif child.tag == qn("w:sdt"):
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                yield from _body_items(content)


def _unique_cells(row: Any) -> list[tuple[Any, int]]:
    """The distinct cells of a row with the number of grid columns each spans (merges collapsed).

    python-docx returns the top cell of a vertical merge (``w:vMerge``) for every row it covers,
    so a merged cell's text is carried into each of those rows.
    """
    out: list[tuple[Any, int]] = []
    for cell in row.cells:
        if out and out[-1][0]._tc is cell._tc:
            out[-1] = (out[-1][0], out[-1][1] + 1)
        else:
            out.append((cell, 1))
    return out


class _Reader:
    """Reads paragraphs and tables of one document, with automatic numbering labels."""

    def __init__(self, document: Any, convert: Callable[[str], str] | None = None) -> None:
        self.document = document
        self.numbering = Numbering(document)
        self.convert = convert

    def _text(self, element: Any, parent: Any) -> str:
        from docx.text.paragraph import Paragraph

        text = str(Paragraph(element, parent).text)
        return self.convert(text) if self.convert is not None else text

    def paragraph(self, element: Any, parent: Any) -> str:
        """Text of a paragraph element (runs, hyperlinks, tabs, breaks) with its numbering label."""
        text = self._text(element, parent)
        label = self.numbering.label(element)
        return f"{label} {text}" if label and text.strip() else (label or text)

    def cell_text(self, cell: Any) -> str:
        """A cell's paragraphs (numbering labels included), one per line (nested tables skipped).

        The table model flattens line breaks to spaces; :meth:`table` first joins the paragraphs of
        unit cells with "; " (:func:`unit_cell`).
        """
        parts = [self.paragraph(item, cell) for item in _body_items(cell._tc) if not item.tag.endswith("}tbl")]
        return "\n".join(_lines("\n".join(parts)))

    def grid(self, table: Any) -> list[GridRow]:
        """Grid rows of a table: owner cell text, None under a horizontal span, vMerge carried down."""
        rows: list[GridRow] = []
        for row in table.rows:
            grid: GridRow = [""] * int(getattr(row, "grid_cols_before", 0) or 0)
            for cell, span in _unique_cells(row):
                grid.append(self.cell_text(cell))
                grid.extend([None] * (span - 1))
            rows.append(grid)
        return rows

    def table(self, table: Any, table_index: int) -> list[Entry]:
        """Entries of one table: header tables row by row, layout tables paragraph by paragraph."""
        grid = self.grid(table)
        builder = TableBuilder(table_index, max((len(r) for r in grid), default=0))
        if len(grid) >= 2 and builder.start(grid):
            return builder.add(_join_unit_cells(grid, builder.keys or [], len(builder.header_texts)))
        return self._layout_table(table, table_index)

    def _layout_table(self, table: Any, table_index: int) -> list[Entry]:
        from docx.table import Table

        out: list[Entry] = []
        seen: set[Any] = set()  # the cell elements themselves (kept alive, so identity is stable)
        for row in table.rows:
            for cell, _ in _unique_cells(row):
                if cell._tc in seen:  # vertically merged: same cell again
                    continue
                seen.add(cell._tc)
                for item in _body_items(cell._tc):
                    if item.tag.endswith("}tbl"):
                        out.extend(self._layout_table(Table(item, cell), table_index))
                    else:
                        out.extend(Entry(t) for t in (self.paragraph(item, cell).splitlines() or [""]))
        return out

    def body(self) -> list[Entry]:
        """Entries of the whole body in document order."""
        from docx.table import Table

        out: list[Entry] = []
        table_index = 0
        for item in _body_items(self.document.element.body):
            if item.tag.endswith("}tbl"):
                out.extend(self.table(Table(item, self.document), table_index))
                table_index += 1
            else:
                out.extend(Entry(t) for t in (self.paragraph(item, self.document).splitlines() or [""]))
        return out


def _join_unit_cells(grid: list[GridRow], keys: list[str], header_rows: int) -> list[GridRow]:
    """``grid`` with the data cells of unit columns joined by :func:`unit_cell`.

    Unit columns are found by header key ("" keys belong to the key on their left); header rows and
    other cells are left to the table model, which joins their paragraphs with spaces.
    """
    owners: list[str] = []
    for key in keys:
        owners.append(key or (owners[-1] if owners else ""))
    units = {i for i, key in enumerate(owners) if _UNIT_COLUMN.search(fold(key))}
    out = grid[:header_rows]
    for row in grid[header_rows:]:
        out.append([unit_cell(v) if v and i in units else v for i, v in enumerate(row)])
    return out


def header_of(table: Any) -> list[str] | None:
    """The header keys of a python-docx table (one per grid column) when it has a header, else None."""
    found = header_keys(_Reader(table.part.document).grid(table))
    return found[0] if found else None


def load_docx(data: bytes, path: str | Path) -> tuple[str, list[TableRow]]:
    """Text of a DOCX (one line per paragraph, tables in place) and the rows of its header tables."""
    import docx
    from docx.oxml.ns import qn

    try:
        document = docx.Document(io.BytesIO(data))
        raw = "\n".join(t.text or "" for t in document.element.body.iter(qn("w:t")))
        reader = _Reader(document)
    except Exception as exc:  # BadZipFile, missing parts, broken XML: all mean a damaged file
        raise CorruptFileError(path, f"tệp DOCX bị hỏng hoặc không đọc được ({type(exc).__name__})") from exc
    reader.convert = converter(raw, path)  # TCVN3 / VNI text is converted as it is read
    entries = reader.body()
    rows = number_entries(entries, 1)
    text = "\n".join(e.text for e in entries)
    if not text.strip():
        raise EmptyDocumentError(path, "tệp DOCX không có nội dung chữ")
    return text, rows
