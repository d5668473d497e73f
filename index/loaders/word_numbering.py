"""Word automatic numbering: the labels ("I.", "1.", "a)", "-") Word shows but does not store in the text.

A paragraph is numbered through ``w:numPr`` (``w:numId`` + ``w:ilvl``), set on the paragraph or on
its paragraph style (following ``w:basedOn``). ``numbering.xml`` maps a ``w:num`` to a
``w:abstractNum`` whose levels give the format (``w:numFmt``: upperRoman, decimal, lowerLetter,
bullet …), the label template (``w:lvlText`` such as ``"%1."`` or ``"%1.%2."``) and the start value;
``w:lvlOverride`` / ``w:startOverride`` on the ``w:num`` restart a list. Counters advance in document
order and every deeper level restarts when a higher level advances, as Word does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

_PLACEHOLDER = re.compile(r"%([1-9])")
_BULLETS_KEPT = {"-", "+", "*"}
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
          (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def _w(tag: str) -> str:
    """Clark name of a WordprocessingML tag ("w:numId" → "{…/main}numId")."""
    from docx.oxml.ns import qn

    return str(qn(tag))


def _val(element: Any, tag: str) -> str | None:
    """``w:val`` of the child ``tag`` of ``element`` (None when absent)."""
    if element is None:
        return None
    child = element.find(_w(tag))
    return None if child is None else child.get(_w("w:val"))


def roman(n: int) -> str:
    """Lower-case Roman numeral of ``n`` (1 → "i", 14 → "xiv")."""
    out = []
    for value, letters in _ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def letters(n: int) -> str:
    """Word's letter numbering: 1 → "a", 26 → "z", 27 → "aa", 28 → "bb"."""
    if n <= 0:
        return ""
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    """Render counter ``n`` in Word number format ``fmt`` (unknown formats fall back to decimal)."""
    if fmt == "upperRoman":
        return roman(n).upper()
    if fmt == "lowerRoman":
        return roman(n)
    if fmt == "upperLetter":
        return letters(n).upper()
    if fmt == "lowerLetter":
        return letters(n)
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "none":
        return ""
    return str(n)


@dataclass
class Level:
    """One level of an abstract numbering definition."""

    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1
    suffix: str = "tab"  # tab | space | nothing
    legal: bool = False  # w:isLgl: every placeholder in decimal
    style: str | None = None  # w:pStyle linking the level to a paragraph style


@dataclass
class _Instance:
    """A ``w:num``: its abstract definition and per-level start overrides."""

    abstract: str
    overrides: dict[int, int] = field(default_factory=dict)
    levels: dict[int, Level] = field(default_factory=dict)  # w:lvlOverride/w:lvl


def _level(lvl: Any) -> Level:
    """Parse a ``w:lvl`` element."""
    start = _val(lvl, "w:start")
    return Level(
        fmt=_val(lvl, "w:numFmt") or "decimal",
        text=_val(lvl, "w:lvlText") or "",
        start=int(start) if start and start.lstrip("-").isdigit() else 1,
        suffix=_val(lvl, "w:suff") or "tab",
        legal=lvl.find(_w("w:isLgl")) is not None and _val(lvl, "w:isLgl") not in ("0", "false"),
        style=_val(lvl, "w:pStyle"),
    )


class Numbering:
    """Labels of numbered paragraphs of one document, computed in document order."""

    def __init__(self, document: Any) -> None:
        self.abstracts: dict[str, dict[int, Level]] = {}
        self.instances: dict[str, _Instance] = {}
        self.styles: dict[str, tuple[str | None, str | None, str | None]] = {}  # id → (numId, ilvl, basedOn)
        self.counters: dict[str, list[int | None]] = {}
        self.started: set[str] = set()
        self.memo: dict[Any, str] = {}
        self._read_numbering(document)
        self._read_styles(document)

    def _read_numbering(self, document: Any) -> None:
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        for absn in root.findall(_w("w:abstractNum")):
            levels = {int(lvl.get(_w("w:ilvl"), "0")): _level(lvl) for lvl in absn.findall(_w("w:lvl"))}
            self.abstracts[absn.get(_w("w:abstractNumId"), "")] = levels
        for num in root.findall(_w("w:num")):
            inst = _Instance(abstract=_val(num, "w:abstractNumId") or "")
            for ov in num.findall(_w("w:lvlOverride")):
                ilvl = int(ov.get(_w("w:ilvl"), "0"))
                start = _val(ov, "w:startOverride")
                if start is not None and start.isdigit():
                    inst.overrides[ilvl] = int(start)
                lvl = ov.find(_w("w:lvl"))
                if lvl is not None:
                    inst.levels[ilvl] = _level(lvl)
            self.instances[num.get(_w("w:numId"), "")] = inst

    def _read_styles(self, document: Any) -> None:
        try:
            root = document.styles.element
        except AttributeError:
            return
        for style in root.findall(_w("w:style")):
            ppr = style.find(_w("w:pPr"))
            numpr = ppr.find(_w("w:numPr")) if ppr is not None else None
            self.styles[style.get(_w("w:styleId"), "")] = (
                _val(numpr, "w:numId"), _val(numpr, "w:ilvl"), _val(style, "w:basedOn"),
            )

    def _num_pr(self, paragraph: Any) -> tuple[str, int | None, str | None] | None:
        """(numId, ilvl or None, style id) of a paragraph, directly or through its style chain."""
        ppr = paragraph.find(_w("w:pPr"))
        style_id = _val(ppr, "w:pStyle")
        numpr = ppr.find(_w("w:numPr")) if ppr is not None else None
        num_id, ilvl = _val(numpr, "w:numId"), _val(numpr, "w:ilvl")
        seen: set[str] = set()
        sid = style_id
        while num_id is None and sid and sid not in seen:
            seen.add(sid)
            s_num, s_lvl, based = self.styles.get(sid, (None, None, None))
            num_id, ilvl = s_num, ilvl if ilvl is not None else s_lvl
            sid = based
        if num_id is None or num_id == "0":
            return None
        return num_id, int(ilvl) if ilvl is not None and ilvl.isdigit() else None, style_id

    def _levels(self, inst: _Instance) -> dict[int, Level]:
        return {**self.abstracts.get(inst.abstract, {}), **inst.levels}

    def label(self, paragraph: Any) -> str:
        """The label Word shows before ``paragraph`` ("II.", "1.2.", "a)", "-"), "" when not numbered.

        Each paragraph element advances the counters once (repeated calls return the same label).
        """
        if paragraph in self.memo:
            return self.memo[paragraph]
        found = self._num_pr(paragraph)
        text = ""
        if found is not None:
            text = self._advance(*found)
        self.memo[paragraph] = text
        return text

    def _advance(self, num_id: str, ilvl: int | None, style_id: str | None) -> str:
        inst = self.instances.get(num_id)
        if inst is None:
            return ""
        levels = self._levels(inst)
        if ilvl is None:  # numbered through a style: the level linked to that style, else 0
            ilvl = next((i for i, lv in levels.items() if style_id and lv.style == style_id), 0)
        level = levels.get(ilvl)
        if level is None:
            return ""
        counters = self.counters.setdefault(inst.abstract, [None] * 9)
        if num_id not in self.started:  # a w:num with start overrides restarts the list
            self.started.add(num_id)
            for i, start in inst.overrides.items():
                if 0 <= i < 9:
                    counters[i] = start - 1
        current = counters[ilvl]
        counters[ilvl] = level.start if current is None else current + 1
        for deeper in range(ilvl + 1, 9):
            counters[deeper] = None
        if level.fmt == "bullet":
            return _bullet(level.text)

        def fill(match: re.Match[str]) -> str:
            i = int(match.group(1)) - 1
            lv = levels.get(i, Level())
            value = counters[i] if counters[i] is not None else lv.start
            return format_number(value or 0, "decimal" if level.legal and i != ilvl else lv.fmt)

        return _PLACEHOLDER.sub(fill, level.text).strip()


def _bullet(text: str) -> str:
    """A bullet label as plain text: "-" and "+" are kept, symbol-font glyphs (, •, o) become "-"."""
    text = text.strip().replace("–", "-")
    return text if text in _BULLETS_KEPT else "-"
