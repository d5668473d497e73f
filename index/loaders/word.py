"""DOCX loading (python-docx): paragraphs and tables in body order, task tables as one line per row.

A table whose first row looks like a header (e.g. the "Phụ lục" task table: Nhiệm vụ | Cơ quan chủ
trì | …) is rendered one row per line as ``"Nhiệm vụ: …; Cơ quan chủ trì: …"`` with a
:class:`TableRow` per row. Other tables (the issuer | national-motto layout block at the top of a
plan, the recipients | signature block at the end) are rendered cell by cell, one paragraph per line.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from index.loaders.errors import CorruptFileError, EmptyDocumentError
from index.normalize import fold
from index.types import TableRow

_HEADER_WORDS = ("nhiem vu", "noi dung", "co quan", "don vi", "chu tri", "phoi hop", "thoi gian", "san pham", "stt")
_SPACES = re.compile(r"\s+")
_MAX_HEADER_CELL = 60


def _flat(text: str) -> str:
    """Cell text on one line: every whitespace run (including line breaks) becomes one space."""
    return _SPACES.sub(" ", text).strip()


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
    """The distinct cells of a row with the number of grid columns each spans (merges collapsed)."""
    out: list[tuple[Any, int]] = []
    for cell in row.cells:
        if out and out[-1][0]._tc is cell._tc:
            out[-1] = (out[-1][0], out[-1][1] + 1)
        else:
            out.append((cell, 1))
    return out


def header_of(table: Any) -> list[str] | None:
    """The header cells (as written) when the first row looks like a column header, else None.

    A header row: at least two rows in the table, 2+ distinct short cells (line breaks inside a
    cell become spaces), none empty, and
    either 3+ columns or a typical header word (Nhiệm vụ, Cơ quan chủ trì, Thời gian, STT …).
    """
    rows = table.rows
    if len(rows) < 2:
        return None
    cells = [cell for cell, _ in _unique_cells(rows[0])]
    texts = [_flat(cell.text) for cell in cells]
    if len(texts) < 2 or any(not t or len(t) > _MAX_HEADER_CELL for t in texts):
        return None
    folded = [fold(t) for t in texts]
    if len(texts) < 3 and not any(w in f for f in folded for w in _HEADER_WORDS):
        return None
    keys: list[str] = []
    for t in texts:
        key, n = t, 2
        while key in keys:
            key, n = f"{t} ({n})", n + 1
        keys.append(key)
    return keys


def _grid_keys(table: Any, keys: list[str]) -> list[str | None]:
    """Header key of every grid column (a header cell spanning 2 columns owns both)."""
    out: list[str | None] = []
    for (_, span), key in zip(_unique_cells(table.rows[0]), keys, strict=True):
        out.extend([key] * span)
    return out


def _row_cells(row: Any, grid: list[str | None]) -> dict[str, str] | None:
    """Values of a data row keyed by header; None for a row merged across the whole width (a group title)."""
    unique = _unique_cells(row)
    if len(unique) == 1 and len(grid) > 1:
        return None
    values: dict[str, str] = {k: "" for k in grid if k is not None}
    col = 0
    for cell, span in unique:
        key = grid[col] if col < len(grid) else None
        if key is not None and not values[key]:
            values[key] = _flat(cell.text)
        col += span
    return values


def render_row(cells: dict[str, str]) -> str:
    """``"Key: value; Key: value"`` over non-empty values, in header order."""
    return "; ".join(f"{k}: {v}" for k, v in cells.items() if v)


def _table_lines(table: Any, table_index: int, first_line: int) -> tuple[list[str], list[TableRow]]:
    """Lines (and TableRows) of one table starting at 1-based source line ``first_line``."""
    from docx.table import Table

    lines: list[str] = []
    rows: list[TableRow] = []
    keys = header_of(table)
    if keys is None:
        seen: set[Any] = set()  # the cell elements themselves (kept alive, so identity is stable)
        for row in table.rows:
            for cell, _ in _unique_cells(row):
                if cell._tc in seen:  # vertically merged: same cell again
                    continue
                seen.add(cell._tc)
                for item in _body_items(cell._tc):
                    if item.tag.endswith("}tbl"):
                        sub_lines, _ = _table_lines(Table(item, cell), table_index, first_line + len(lines))
                        lines.extend(sub_lines)
                    else:
                        lines.extend(_paragraph_text(item, cell).splitlines() or [""])
        return lines, rows
    grid = _grid_keys(table, keys)
    for row in table.rows[1:]:
        cells = _row_cells(row, grid)
        if cells is None:
            lines.append(_flat(row.cells[0].text))
            continue
        rendered = render_row(cells)
        if not rendered:
            continue
        lines.append(rendered)
        rows.append(TableRow(cells=cells, line=first_line + len(lines) - 1, table_index=table_index))
    return lines, rows


def _paragraph_text(element: Any, parent: Any) -> str:
    """Text of a paragraph element (runs, hyperlinks, tabs, line breaks)."""
    from docx.text.paragraph import Paragraph

    return str(Paragraph(element, parent).text)


def load_docx(data: bytes, path: str | Path) -> tuple[str, list[TableRow]]:
    """Text of a DOCX (one line per paragraph, tables in place) and the rows of its header tables."""
    import docx
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
        body = document.element.body
    except Exception as exc:  # BadZipFile, missing parts, broken XML: all mean a damaged file
        raise CorruptFileError(path, f"tệp DOCX bị hỏng hoặc không đọc được ({type(exc).__name__})") from exc
    lines: list[str] = []
    rows: list[TableRow] = []
    table_index = 0
    for item in _body_items(body):
        if item.tag.endswith("}tbl"):
            t_lines, t_rows = _table_lines(Table(item, document), table_index, len(lines) + 1)
            lines.extend(t_lines)
            rows.extend(t_rows)
            table_index += 1
        else:
            lines.extend(_paragraph_text(item, document).splitlines() or [""])
    text = "\n".join(lines)
    if not text.strip():
        raise EmptyDocumentError(path, "tệp DOCX không có nội dung chữ")
    return text, rows
