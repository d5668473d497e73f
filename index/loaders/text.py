"""Plain-text and Markdown loading: the decoded text is stored exactly as written.

The one exception is a text in a legacy Vietnamese font encoding (TCVN3, VNI), which is converted
to Unicode (see :mod:`index.loaders.legacy`). Task tables exported as tab-separated or space-aligned
lines are read into :class:`~index.types.TableRow` records by :func:`text_table_rows` (the text
stays verbatim; each row points at its line).
"""

from __future__ import annotations

import re
from pathlib import Path

from index.loaders.errors import EmptyDocumentError, UnsupportedFormatError
from index.loaders.legacy import convert_if_legacy
from index.loaders.table_model import TableBuilder, _is_header_row, group_title
from index.types import TableRow


def load_text(data: bytes, path: str | Path) -> str:
    """Decode UTF-8 (a leading BOM is dropped); no other change (except legacy encodings), so quotes stay verbatim."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UnsupportedFormatError(
            path, f"nội dung không phải văn bản UTF-8 (lỗi tại byte {exc.start}); hãy lưu lại tệp dạng UTF-8"
        ) from exc
    if not text.strip():
        raise EmptyDocumentError(path, "tệp văn bản không có nội dung")
    return convert_if_legacy(text, path)


_ALIGNED_SPLIT = re.compile(r"\s{2,}")
_PIPE_SPLIT = re.compile(r"(?<!\\)\|")  # a Markdown cell border ("\|" inside a cell is a literal bar)
_PIPE_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$")  # "| --- | :---: |"
_EMPHASIS = re.compile(r"(\*\*|__|`)(.+?)\1")


def _piped(line: str) -> bool:
    """A Markdown pipe-table line: it starts with "|" and has 3+ cell borders."""
    return line.lstrip().startswith("|") and len(_PIPE_SPLIT.findall(line)) >= 3


def _split(line: str, tabbed: bool, piped: bool = False) -> list[str]:
    if piped:
        inner = line.strip()[1:]
        inner = inner[:-1] if inner.endswith("|") and not inner.endswith("\\|") else inner
        return [_EMPHASIS.sub(r"\2", c.strip()).replace("\\|", "|") for c in _PIPE_SPLIT.split(inner)]
    cells = line.split("\t") if tabbed else _ALIGNED_SPLIT.split(line.strip())
    return [c.strip() for c in cells]


def _aligned_cells(line: str, starts: list[int]) -> list[str]:
    """Cells of a space-aligned row: every chunk goes to the header column whose start is nearest."""
    cells = [""] * len(starts)
    for m in re.finditer(r"\S+(?: \S+)*", line):
        col = min(range(len(starts)), key=lambda c: abs(starts[c] - m.start()))
        cells[col] = f"{cells[col]} {m.group(0)}".strip()
    return cells


def text_table_rows(text: str) -> list[TableRow]:
    """Task-table rows of a text export whose table is tab-separated or space-aligned.

    A header line ("STT<TAB>Nhiệm vụ<TAB>Cơ quan chủ trì …", the same words separated by runs of
    2+ spaces, or a Markdown pipe row "| Nhiệm vụ | Chủ trì | … |", whose "| --- |" rule is skipped) starts a
    table; each following line with the same separator is a row, a lone title line ("II. CHUYỂN ĐỔI SỐ") is a
    group row, a line continuing the previous row's cells (empty first cell)
    is joined to it; any other line ends the table. Rows are keyed and grouped by
    :class:`~index.loaders.table_model.TableBuilder` exactly like Word tables; the text itself is not
    changed: ``TableRow.line`` is the 1-based line of the row in ``text.splitlines()``.
    """
    lines = text.splitlines()
    rows: list[TableRow] = []
    i, table_index = 0, 0
    while i < len(lines):
        line = lines[i]
        piped = _piped(line)
        tabbed = "\t" in line and not piped
        cells = _split(line, tabbed, piped)
        if len([c for c in cells if c]) < 3 or not _is_header_row(cells):
            i += 1
            continue
        width = len(cells)
        starts = [] if tabbed or piped else [m.start() for m in re.finditer(r"\S+(?: \S+)*", line)]
        builder = TableBuilder(table_index, width)
        builder.start([list(cells)])
        i += 1
        blank_run = 0
        while i < len(lines):
            raw = lines[i]
            if not raw.strip():
                blank_run += 1
                if blank_run > 1 or piped:  # a blank line ends a Markdown table
                    break
                i += 1
                continue
            blank_run = 0
            if piped and _PIPE_RULE.match(raw.strip()):
                i += 1
                continue
            grid: list[str | None]
            if piped and _piped(raw):  # one line, one row ("| I. CẢI CÁCH THỂ CHẾ | | |" is a group row)
                grid = list(_split(raw, False, True)[:width])
                grid += [""] * (width - len(grid))
            elif piped:
                break
            elif tabbed and "\t" in raw:
                grid = list(_split(raw, True)[:width])
                grid += [""] * (width - len(grid))
            elif not tabbed and len(_split(raw, False)) >= 2:
                grid = list(_aligned_cells(raw, starts))
            else:
                grid = [raw.strip()] + [None] * (width - 1)
                if group_title(grid) is None:
                    break
            continued = not piped and grid[0] == "" and bool(builder.last)
            for entry in builder.add([grid], continued=continued):
                if entry.row is not None and entry.row.line == 0:
                    entry.row.line = i + 1
                    rows.append(entry.row)
            i += 1
        table_index += 1
    return rows
