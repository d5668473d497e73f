"""Token-aligned views of a plan's text for fact extraction.

Patterns run on the OCR-tolerant folded form (:func:`index.ocrtext.ocr_fold`); every folded
character maps back to a raw source token, so an extracted quote is an exact slice of
``doc.text`` (line breaks, page-number lines and all) and a field keeps the source's spelling.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from index.ocrtext import ocr_fold
from index.textclean import is_noise_line
from index.types import LoadedDocument, Section

_MARKER_RE = re.compile(r"^(?:[IVXivxl1]+|\d+(?:\.\d+)*)\.$")
_ABBREV = {"tt.", "kt.", "tm.", "tp.", "ths.", "ts.", "v.v."}
_SKIP_KINDS = {"header", "recipients", "signature"}
_FIXED = {"preamble": "Phần mở đầu", "closing": "Phần kết"}


@dataclass
class Tok:
    """One whitespace-delimited source token: absolute offsets, 1-based line, folded form."""

    start: int
    end: int
    line: int
    raw: str
    fold: str = ""


@dataclass
class Span:
    """A run of tokens (a block or a sentence) with its folded text and the map back to the source."""

    text: str  # the document text
    toks: list[Tok]
    folded: str = ""
    _owner: list[int] = field(default_factory=list)  # folded char → token index (-1 on separators)
    _fstart: list[int] = field(default_factory=list)  # token index → folded start offset

    def __post_init__(self) -> None:
        parts: list[str] = []
        pos = 0
        for i, t in enumerate(self.toks):
            if parts:
                parts.append(" ")
                self._owner.append(-1)
                pos += 1
            self._fstart.append(pos)
            parts.append(t.fold)
            self._owner.extend([i] * len(t.fold))
            pos += len(t.fold)
        self.folded = "".join(parts)

    def _tok_range(self, fs: int, fe: int) -> tuple[int, int]:
        """Token indexes (inclusive) covering folded range [fs, fe)."""
        fs = max(0, fs)
        fe = min(len(self.folded), fe)
        while fs < fe and self._owner[fs] < 0:
            fs += 1
        while fe > fs and self._owner[fe - 1] < 0:
            fe -= 1
        if fs >= fe:
            raise ValueError("empty span")
        return self._owner[fs], self._owner[fe - 1]

    def offsets(self, fs: int, fe: int) -> tuple[int, int]:
        """Absolute source offsets of folded range [fs, fe) (character-exact when the token folds 1:1)."""
        i, j = self._tok_range(fs, fe)
        ti, tj = self.toks[i], self.toks[j]
        start, end = ti.start, tj.end
        if len(ti.fold) == len(ti.raw):
            start = ti.start + max(0, fs - self._fstart[i])
        if len(tj.fold) == len(tj.raw):
            end = tj.start + min(len(tj.raw), fe - self._fstart[j])
        return start, end

    def raw(self, fs: int, fe: int) -> str:
        """Verbatim source text of folded range [fs, fe)."""
        s, e = self.offsets(fs, fe)
        return self.text[s:e]

    def clean(self, fs: int, fe: int) -> str:
        """Source text of folded range [fs, fe) wrap-repaired on one line (source spelling)."""
        i, j = self._tok_range(fs, fe)
        s, e = self.offsets(fs, fe)
        out = ""
        for k in range(i, j + 1):
            t = self.toks[k]
            piece = self.text[max(s, t.start): min(e, t.end)].replace("**", "")
            if not piece:
                continue
            if out and k > i and self.toks[k - 1].line != t.line and out.endswith("-"):
                soft = len(out) > 1 and out[-2].isalpha() and out[-2].islower() and piece[:1].islower()
                out = out[:-1] + " " + piece if soft else out + piece  # a hyphenated line break
            else:
                out = f"{out} {piece}" if out else piece
        return out

    def lines(self, fs: int, fe: int) -> tuple[int, int]:
        """1-based first and last source lines of folded range [fs, fe)."""
        i, j = self._tok_range(fs, fe)
        return self.toks[i].line, self.toks[j].line

    def sub(self, fs: int, fe: int) -> Span:
        """The tokens of folded range [fs, fe) as a new span."""
        i, j = self._tok_range(fs, fe)
        return Span(self.text, self.toks[i: j + 1])

    def all(self) -> tuple[int, int]:
        """The folded range of the whole span."""
        return 0, len(self.folded)


@dataclass
class Block:
    """The own lines of one outline node (its text minus its children's), with its section path."""

    path: list[Section]
    span: Span

    @property
    def node(self) -> Section:
        """The deepest section holding the block."""
        return self.path[-1]


def _fold_tokens(toks: list[Tok]) -> None:
    """Fill ``Tok.fold``: fold the whole run at once (context-dependent OCR fixes), align by word count."""
    whole = ocr_fold(" ".join(t.raw for t in toks)).split(" ")
    if len(whole) == len(toks):
        for t, f in zip(toks, whole, strict=True):
            t.fold = f
    else:
        for t in toks:
            t.fold = ocr_fold(t.raw).replace(" ", "") or t.raw.lower()


def doc_tokens(doc: LoadedDocument) -> list[Tok]:
    """All tokens of the document outside noise lines (page numbers, stray URLs), folded."""
    toks: list[Tok] = []
    line_toks: list[Tok] = []
    pos = 0
    for n, line in enumerate(doc.text.splitlines(keepends=True), 1):
        body = line.rstrip("\r\n")
        if not is_noise_line(body):
            for m in re.finditer(r"\S+", body):
                line_toks.append(Tok(pos + m.start(), pos + m.end(), n, m.group(0)))
            if line_toks:
                _fold_tokens(line_toks)
                toks.extend(line_toks)
                line_toks = []
        pos += len(line)
    return toks


def section_label(node: Section) -> str:
    """How a node appears in a section path: headings for parts/items, labels for letters, nothing for bullets."""
    if node.kind in ("root", "bullet", "table_row"):
        return ""
    if node.kind in _FIXED:
        return _FIXED[node.kind]
    if node.kind == "letter":
        return node.label
    return node.heading


def section_path(path: list[Section]) -> str:
    """" > "-joined headings of a node path ("IV. TỔ CHỨC THỰC HIỆN > 2. … > b)")."""
    return " > ".join(p for p in (section_label(n) for n in path) if p)


_RUNS_ON = {"va", "cua", "gui", "ve", "cho", "voi", "cac", "tai", "theo", "tren", "trong", "de", "den", "tu", "la",
            "thuoc", "hoac", "nhung", "duoc", "bao", "cao"}


def _title_line(head: list[Tok]) -> bool:
    """The first line of an item is a title of its own, not the start of a hard-wrapped sentence.

    "a) Cải cách thể chế" / "1. Văn phòng Sở:" are titles; "1. Văn phòng Sở …; tổng hợp báo cáo quý III gửi" runs
    on into the next line ("Sở Nội vụ trước ngày …") even though that line starts with a capital.
    """
    last = head[-1].raw
    if last.endswith((":", ".", ";")):
        return True
    return len(head) <= 12 and not last.endswith((",", "-")) and head[-1].fold not in _RUNS_ON


def blocks(doc: LoadedDocument, outline: Section, toks: list[Tok]) -> list[Block]:
    """Own-text blocks of every outline node (header, recipients and signature left out)."""
    by_line: dict[int, list[Tok]] = {}
    for t in toks:
        by_line.setdefault(t.line, []).append(t)
    out: list[Block] = []

    def walk(node: Section, path: list[Section]) -> None:
        if node.kind in _SKIP_KINDS:
            return
        here = [*path, node]
        kids = sorted(node.children, key=lambda c: c.line_start)
        cursor = node.line_start
        for stop, kid in [*((k.line_start, k) for k in kids), (node.line_end + 1, None)]:
            run = [t for ln in range(cursor, stop) for t in by_line.get(ln, [])]
            head = [t for t in run if t.line == node.line_start]
            if node.kind in ("part", "item", "appendix") and head and len(head) < len(run) and (
                    run[len(head)].raw[:1].isupper() or run[len(head)].raw[:1] in "-+–") and _title_line(head):
                out.append(Block(here, Span(doc.text, head)))
                run = run[len(head):]
            if run:
                out.append(Block(here, Span(doc.text, run)))
            if kid is not None:
                walk(kid, here)
                cursor = max(cursor, kid.line_end + 1)

    walk(outline, [])
    return out


def sentences(span: Span) -> Iterator[tuple[int, int]]:
    """Folded ranges of the sentences of a span (split after "." before a capital, digit or bullet)."""
    start = 0
    toks = span.toks
    for i, t in enumerate(toks[:-1]):
        nxt = toks[i + 1].raw
        first_on_line = i == 0 or toks[i - 1].line != t.line
        if first_on_line and _MARKER_RE.match(t.raw):
            continue
        if not t.raw.endswith((".", "./.")) or t.raw.lower() in _ABBREV:
            continue
        if nxt[:1].isupper() or nxt[:1].isdigit() or nxt[:1] in "-+–(“\"":
            end = span._fstart[i] + len(t.fold)
            if end > start:
                yield start, end
            start = span._fstart[i + 1]
    if start < len(span.folded):
        yield start, len(span.folded)


@dataclass
class Found:
    """One extracted fact before it becomes a :class:`index.facts.Fact`: where (folded range of a block) and what."""

    kind: str
    block: Block
    fs: int
    fe: int
    fields: dict[str, object]


def in_part(block: Block, *needles: str) -> bool:
    """True when a part/appendix heading on the block's path contains one of the folded ``needles``."""
    return any(n.kind in ("part", "appendix") and any(x in ocr_fold(n.heading) for x in needles)
               for n in block.path)


def cut_words(text: str, n: int) -> str:
    """``text`` cut to ``n`` words, with "…" when cut."""
    ws = text.split()
    return text if len(ws) <= n else " ".join(ws[:n]).rstrip(",;:") + "…"
