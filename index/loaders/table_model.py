"""One table model for every loader: grid rows in, rendered lines and :class:`TableRow` records out.

Loaders (Word, text-layer PDF, scans) turn a table into *grid rows*: one list per row with one
entry per grid column, where a string is the text of the cell that starts in that column ("" when
empty) and ``None`` marks a column covered by the cell to its left (a horizontal merge). Vertically
merged cells are already carried into every row they cover by the loader.

:class:`TableBuilder` then recognises the header (one or two rows: "Thời gian thực hiện" over
"Bắt đầu" / "Hoàn thành" gives "Thời gian thực hiện - Bắt đầu"), drops repeated headers and
column-number rows ("(1) (2) (3)"), turns group rows ("II. CẢI CÁCH THỂ CHẾ") into a line of their
own that sets ``group`` for the rows below, joins a row split across a page break, and renders every
data row as ``"Nhiệm vụ: …; Cơ quan chủ trì: …"`` on one line with a :class:`TableRow`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher

from index.normalize import fold
from index.types import TableRow

GridRow = list[str | None]

HEADER_WORDS = (
    "nhiem vu", "noi dung", "co quan", "don vi", "chu tri", "phoi hop", "thoi gian", "thoi han",
    "san pham", "stt", "ket qua", "bat dau", "hoan thanh", "ghi chu", "tien do",
)
MAX_HEADER_CELL = 60
_SPACES = re.compile(r"\s+")
_ROMAN = re.compile(r"^(?:[IVXL]+|[A-Z])\.?$")
_HEADING_START = re.compile(r"^(?:[IVXL]+|[A-Z])[.)]\s")
_COLUMN_NUMBER = re.compile(r"^\(?\d{1,2}\)?$")
_NUMBER_KEYS = ("stt", "tt", "so tt", "so thu tu", "thu tu")
_LEAD_KEYS = ("chu tri", "don vi thuc hien", "co quan thuc hien")


def flat(text: str | None) -> str:
    """Cell text on one line, NFC: every whitespace run (including line breaks) becomes one space."""
    return unicodedata.normalize("NFC", _SPACES.sub(" ", text or "").strip())


def render_row(cells: dict[str, str]) -> str:
    """``"Key: value; Key: value"`` over non-empty values, in header order."""
    return "; ".join(f"{k}: {v}" for k, v in cells.items() if v)


def _is_header_row(texts: list[str], min_cols: int = 3) -> bool:
    """A column header: 2+ short non-empty distinct cells, and 3+ of them or a typical header word."""
    filled = [t for t in texts if t]
    if len(set(filled)) < 2 or any(len(t) > MAX_HEADER_CELL for t in filled):
        return False
    if any(t[:1].isdigit() and len(t) > 3 for t in filled):  # dates, numbered tasks: data, not header
        return False
    folded = [fold(t) for t in filled]
    hits = sum(1 for f in folded if any(w in f for w in HEADER_WORDS))
    return hits >= 1 and (len(filled) >= min_cols or hits >= 2)


def _owner_texts(row: GridRow) -> list[str]:
    """Text of the owning cell for every column (covered columns repeat their owner's text)."""
    out: list[str] = []
    for value in row:
        out.append(out[-1] if value is None and out else (value or ""))
    return out


def _dedupe(keys: list[str]) -> list[str]:
    """Make repeated header texts unique ("Ghi chú", "Ghi chú (2)"); empty keys stay empty."""
    out: list[str] = []
    for k in keys:
        key, n = k, 2
        while key and key in out:
            key, n = f"{k} ({n})", n + 1
        out.append(key)
    return out


def header_keys(rows: list[GridRow]) -> tuple[list[str], int] | None:
    """(key of every grid column, number of header rows: 1 or 2), or None when there is no header.

    A second header row is recognised under a first row that has a cell spanning several columns
    when the spanned columns are filled by short texts in the second row (sub-headers); columns not
    spanned keep the first row's text (their cell is usually merged down over both rows).
    """
    if not rows:
        return None
    top = [flat(t) for t in _owner_texts(rows[0])]
    if not _is_header_row([flat(v) for v in rows[0] if v is not None], min_cols=3):
        return None
    spanned = [i for i, v in enumerate(rows[0]) if v is None]
    if spanned and len(rows) > 1:
        sub = [flat(t) for t in _owner_texts(rows[1])]
        starts = {i - 1 for i in spanned} | set(spanned)
        under = [sub[i] for i in sorted(starts) if i >= 0]
        others_carried = all(sub[i] in ("", top[i]) for i in range(len(sub)) if i not in starts)
        short = all(len(t) <= MAX_HEADER_CELL and not t[:1].isdigit() for t in sub if t)
        if all(under) and short and others_carried and any(sub[i] != top[i] for i in starts):
            keys = [f"{t} - {s}" if s and s != t else t for t, s in zip(top, sub, strict=True)]
            return _collapse(keys, rows[0]), 2
    return _collapse(top, rows[0]), 1


def _collapse(keys: list[str], first: GridRow) -> list[str]:
    """Columns covered by a header cell that spans them, with no sub-header, share one key ("")."""
    out = list(keys)
    for i, v in enumerate(first):
        if v is None and i > 0 and out[i] == out[i - 1]:
            out[i] = ""
    return _dedupe(out)


def _is_column_numbers(texts: list[str]) -> bool:
    """A row of column numbers under the header: "(1) (2) (3)…" or "1 2 3…"."""
    filled = [t for t in texts if t]
    return len(filled) >= 2 and all(_COLUMN_NUMBER.match(t) for t in filled)


def group_title(row: GridRow) -> str | None:
    """The title when ``row`` is a group row ("II. CẢI CÁCH THỂ CHẾ"), else None.

    A group row has one non-empty cell spanning the width, or a Roman/letter label ("II", "B")
    followed by one title cell with the other cells empty, or one upper-case or "II. …" title with
    the other cells empty.
    """
    texts = [flat(v) for v in row if v is not None]
    filled = [t for t in texts if t]
    if not filled or len(filled) > 2:
        return None
    covered = sum(1 for v in row if v is None)
    if len(filled) == 2:
        label, title = filled
        if texts[0] == label and _ROMAN.match(label) and not title[:1].isdigit():
            return f"{label.rstrip('.')}. {title}"
        return None
    title = filled[0]
    if covered >= len(row) - 1 and len(row) > 1:
        return title
    letters = [c for c in title if c.isalpha()]
    if _HEADING_START.match(title) or (len(letters) >= 4 and title.upper() == title):
        return title
    return None


@dataclass
class Entry:
    """One rendered line of a page or document; ``row`` is set for a table data row."""

    text: str
    row: TableRow | None = None


class TableBuilder:
    """Turns the grid rows of one logical table (possibly over several pages) into entries."""

    def __init__(self, table_index: int, columns: int) -> None:
        self.table_index = table_index
        self.columns = columns
        self.keys: list[str] | None = None
        self.header_texts: list[list[str]] = []
        self.group = ""
        self.last: Entry | None = None

    @property
    def has_header(self) -> bool:
        """True once a header was recognised (rows are keyed by it)."""
        return self.keys is not None

    def start(self, rows: list[GridRow]) -> bool:
        """Recognise the header at the top of ``rows``; False when the table has none."""
        found = header_keys(rows)
        if found is None:
            return False
        self.keys, n = found
        self.header_texts = [[fold(flat(t)) for t in _owner_texts(r)] for r in rows[:n]]
        return True

    def add(self, rows: list[GridRow], page: int | None = None, continued: bool = False) -> list[Entry]:
        """Entries for ``rows`` (header rows at the top included: they are recognised and skipped).

        ``continued``: the rows continue this table after a page break, so a first data row whose
        number cell (or, without a number column, first or lead cell) is empty is the rest of the
        previous row and is joined to it, cell by cell.
        """
        assert self.keys is not None
        out: list[Entry] = []
        first_data = True
        for row in rows:
            texts = [flat(t) for t in _owner_texts(row)]
            if not any(texts):
                continue
            folded = [fold(t) for t in texts]
            if self._is_header_again(folded) or _is_column_numbers(texts):
                continue
            rest = continued and first_data and self.last is not None and self._is_fragment(texts)
            title = group_title(row)
            if title is not None and not rest:
                self.group, self.last, first_data = title, None, False
                out.append(Entry(title))
                continue
            cells = self._cells(row)
            first_data = False
            if rest and self.last is not None:
                self._join(self.last, cells)
                continue
            rendered = render_row(cells)
            if not rendered:
                continue
            entry = Entry(rendered, TableRow(cells=cells, line=0, table_index=self.table_index,
                                             group=self.group, page=page))
            out.append(entry)
            self.last = entry
        return out

    def repeats_header(self, row: GridRow) -> bool:
        """True when ``row`` repeats this table's header (as at the top of a continuation page)."""
        return self._is_header_again([fold(flat(t)) for t in _owner_texts(row)])

    def _column(self, names: tuple[str, ...], exact: bool) -> int | None:
        """Index of the grid column whose folded key is (``exact``) or contains the first matching name."""
        assert self.keys is not None
        folded = [fold(k).strip(" .") for k in self.keys]
        for name in names:
            for i, key in enumerate(folded):
                if key and (key == name if exact else name in key):
                    return i
        return None

    def _is_fragment(self, texts: list[str]) -> bool:
        """True for a row holding only the rest of the row above (cut by a page break).

        Its number cell is empty; without a number column, its first or its lead cell is empty.
        """
        number = self._column(_NUMBER_KEYS, exact=True)
        if number is not None:
            return not texts[number]
        lead = self._column(_LEAD_KEYS, exact=False)
        return not texts[0] or (lead is not None and lead < len(texts) and not texts[lead])

    def _is_header_again(self, folded: list[str]) -> bool:
        """A header row repeated (after a page break), allowing for OCR noise in a few letters."""
        for header in self.header_texts:
            pairs = [(a, b) for a, b in zip(folded, header, strict=False) if a or b]
            if not pairs:
                continue
            close = sum(1 for a, b in pairs if a == b or SequenceMatcher(None, a, b).ratio() >= 0.75)
            if close >= max(2, round(len(pairs) * 0.7)):
                return True
        return False

    def _cells(self, row: GridRow) -> dict[str, str]:
        """Values of a data row keyed by header; a cell spanning columns fills the first of their keys."""
        assert self.keys is not None
        values = {k: "" for k in self.keys if k}
        last_key = ""
        for key, value in zip(self.keys, row, strict=False):
            if value is None:  # covered by a cell spanning from the left: its text went to that key
                continue
            text = flat(value)
            if key:
                last_key = key
                values[key] = values[key] or text
            elif last_key and text and text not in values[last_key]:  # under a spanning header cell
                values[last_key] = f"{values[last_key]} - {text}".strip(" -")
        return values

    @staticmethod
    def _join(entry: Entry, cells: dict[str, str]) -> None:
        """Append the continuation ``cells`` of a row split over a page break to ``entry``."""
        assert entry.row is not None
        for key, value in cells.items():
            if value:
                old = entry.row.cells.get(key, "")
                entry.row.cells[key] = f"{old} {value}".strip()
        entry.text = render_row(entry.row.cells)


def number_entries(entries: list[Entry], first_line: int) -> list[TableRow]:
    """Set ``row.line`` of every table entry (entries are consecutive lines from ``first_line``)."""
    rows: list[TableRow] = []
    for i, entry in enumerate(entries):
        if entry.row is not None:
            entry.row.line = first_line + i
            rows.append(entry.row)
    return rows
