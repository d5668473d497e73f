"""Sentences of clean chunk text, and their verbatim location in the stored source.

Chunk text is wrap-repaired (joined lines, hyphenation fixed, page numbers and URLs dropped); a citation
must quote the source exactly, so each chosen sentence is found again in the raw lines with a pattern
that tolerates exactly those repairs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_GAP = r"(?:\s|\*\*|__|-[ \t]*\n|\n[ \t]*-?[ \t]*\d{1,3}[ \t]*-?[ \t]*(?=\n)|\n[ \t]*(?:https?://|www\.)\S*)+"
_SENT_SPLIT = re.compile(r"(?<=[.;!?…])\s+(?=[\"“(\-–+•]?\s*[A-ZĐÀ-ỸÁ-Ỹa-zđ0-9])")


@dataclass
class Quote:
    """A verbatim span of a plan's stored text with its 1-based line range."""

    text: str
    line_start: int
    line_end: int


def sentences(text: str, max_words: int = 120) -> list[str]:
    """Sentences (and ";"-clauses of long sentences) of clean chunk text, in order."""
    out: list[str] = []
    for para in text.split("\n"):
        para = para.strip()
        if not para:
            continue
        for sent in _SENT_SPLIT.split(para):
            sent = sent.strip()
            if not sent:
                continue
            out.append(sent)
            if len(sent.split()) > max_words // 2 and ";" in sent:
                out.extend(c.strip() for c in sent.split(";") if len(c.split()) >= 4)
    return out


def _pattern(sentence: str) -> re.Pattern[str] | None:
    toks = sentence.split()
    if not toks:
        return None
    pats = [re.escape(t).replace(r"\-", r"-\s*") for t in toks]
    return re.compile(_GAP.join(pats))


def locate(source: str, sentence: str, line_start: int = 1, line_end: int | None = None) -> Quote | None:
    """Find ``sentence`` (clean text) verbatim in ``source`` lines ``line_start..line_end`` (then anywhere)."""
    pat = _pattern(sentence.rstrip(" ;,."))
    if pat is None:
        return None
    lines = source.splitlines(keepends=True)
    end = len(lines) if line_end is None else min(line_end, len(lines))
    offsets = [0]
    for ln in lines:
        offsets.append(offsets[-1] + len(ln))
    windows = [(max(line_start, 1) - 1, end), (0, len(lines))]
    for lo, hi in windows:
        region = source[offsets[lo]:offsets[hi]]
        m = pat.search(region)
        if m:
            a, b = offsets[lo] + m.start(), offsets[lo] + m.end()
            first = source.count("\n", 0, a) + 1
            last = source.count("\n", 0, b) + 1
            return Quote(source[a:b], first, last)
    return None


def raw_lines(source: str, line_start: int, line_end: int) -> Quote:
    """The raw source lines of a range (trimmed of surrounding blank space) as a verbatim quote."""
    lines = source.splitlines(keepends=True)
    start = sum(len(x) for x in lines[: line_start - 1])
    end = sum(len(x) for x in lines[:line_end])
    text = source[start:end]
    lead = len(text) - len(text.lstrip())
    text = text.strip()
    first = source.count("\n", 0, start + lead) + 1
    return Quote(text, first, first + text.count("\n"))
