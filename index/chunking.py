"""Outline-aligned chunking: one chunk per leaf-ish section, small sibling bullets merged.

Every chunk carries its section path (prepended for retrieval) and the plan identity
(issuer, place, period, number), which the retrieval measurements showed matter most.
Chunk text is cleaned (wrap-repaired, page numbers/URLs dropped) but derived only from the
source lines of the chunk's line range.
"""

from __future__ import annotations

import re

from index.normalize import fold
from index.textclean import ends_sentence, join_lines
from index.types import Chunk, LoadedDocument, PlanMetadata, Section, TableRow
from index.version import content_key

MERGE_TARGET = 80  # small sibling bullets are merged until a chunk holds about this many words
_SIDE = ("footnote", "table_row")
_STRUCTURAL = ("part", "item", "letter", "appendix", "header", "preamble", "recipients", "signature", "closing")
_FIXED_COMPONENT = {"header": "KẾ HOẠCH", "preamble": "Phần mở đầu", "closing": "Phần kết", "recipients": "Nơi nhận"}


def plan_context(meta: PlanMetadata) -> str:
    """Plan identity prefixed to every chunk: "Kế hoạch CCHC <period> — <issuer> (<number>)"."""
    head = "Kế hoạch CCHC" + (f" {meta.period}" if meta.period else "")
    who = meta.issuer or ""
    if meta.province and fold(meta.province) not in fold(who):
        who = f"{who} tỉnh {meta.province}".strip()
    text = f"{head} — {who}" if who else (f"{head} — {meta.title}" if meta.title else head)
    return text + (f" ({meta.number})" if meta.number else "")


def _component(sec: Section) -> str | None:
    if sec.kind in ("root", "bullet"):
        return None
    if sec.kind == "letter":
        return sec.label
    if sec.kind == "footnote":
        return f"Chú thích {sec.label}"
    return _FIXED_COMPONENT.get(sec.kind) or sec.heading or None


def _side_lines(sec: Section) -> set[int]:
    """Lines of footnotes and table rows anywhere below ``sec`` (chunked on their own)."""
    out: set[int] = set()
    for c in sec.children:
        if c.kind in _SIDE:
            out.update(range(c.line_start, c.line_end + 1))
        else:
            out |= _side_lines(c)
    return out


def _side_sections(sec: Section) -> list[Section]:
    """Footnotes and table rows anywhere below ``sec``, in document order."""
    out: list[Section] = []
    for c in sec.children:
        out += [c] if c.kind in _SIDE else _side_sections(c)
    return out


class _Chunker:
    def __init__(self, doc: LoadedDocument, meta: PlanMetadata, max_tokens: int) -> None:
        self.doc = doc
        self.lines = doc.text.splitlines()
        self.context = plan_context(meta)
        self.max = max_tokens
        self.rows: dict[int, list[TableRow]] = {}
        for r in doc.table_rows:
            self.rows.setdefault(r.line, []).append(r)
        self.chunks: list[Chunk] = []

    def text(self, lines: list[int]) -> str:
        return join_lines([self.lines[i - 1] for i in sorted(set(lines)) if 0 < i <= len(self.lines)])

    def words(self, lines: list[int]) -> int:
        return len(self.text(lines).split())

    def body(self, sec: Section) -> list[int]:
        side = _side_lines(sec)
        return [i for i in range(sec.line_start, sec.line_end + 1) if i not in side]

    def add(self, path: list[str], lines: list[int], text: str | None = None, kind: str = "section") -> None:
        text = self.text(lines) if text is None else text
        if not text.strip() or not lines:
            return
        start, end = min(lines), max(lines)
        section = " > ".join(path)
        self.chunks.append(Chunk(
            chunk_id=f"{self.doc.doc_id}:{content_key(self.doc.sha256)}:{len(self.chunks):04d}",
            doc_id=self.doc.doc_id, text=text, section=section, line_start=start, line_end=end,
            page=self.doc.page_of_line(start), kind=kind, heading=section, context=self.context,
        ))

    def emit(self, sec: Section, path: list[str]) -> None:
        comp = _component(sec)
        here = path + [comp] if comp else path
        kids = [c for c in sec.children if c.kind not in _SIDE]
        body = self.body(sec)
        structural = sec.kind == "root" or any(c.kind in _STRUCTURAL for c in kids)
        sides = [c for c in sec.children if c.kind in _SIDE]
        n_words = self.words(body)
        has_bullets = any(c.kind == "bullet" for c in kids)
        if sec.kind != "root" and not structural and n_words <= self.max and (
            not has_bullets or n_words <= 2 * MERGE_TARGET
        ):
            self.add(here, body)
            sides = _side_sections(sec)
        else:
            first = kids[0].line_start if kids else sec.line_end + 1
            intro = [i for i in body if i < first]
            heading_only = self.words(intro) <= len(sec.heading.split()) + 3
            blocks: list[list[int]] = [intro] if intro and not (structural and heading_only) else []
            for kid in kids:
                if kid.kind == "bullet" and self.words(self.body(kid)) <= self.max:
                    blocks.append(self.body(kid))
                    sides += _side_sections(kid)
                    continue
                self.flush(here, blocks)
                blocks = []
                self.emit(kid, here)
            self.flush(here, blocks)
        for c in sides:
            if c.kind == "footnote":
                self.add(here + [f"Chú thích {c.label}"], list(range(c.line_start, c.line_end + 1)))
            else:
                self.table_row(c, here)

    def flush(self, path: list[str], blocks: list[list[int]]) -> None:
        """Greedily merge consecutive blocks (intro text, small bullets) into chunks of ≤ max words."""
        cur: list[int] = []
        cur_words = 0
        for block in blocks:
            n = self.words(block)
            if n == 0:
                cur += block
                continue
            if n > self.max:
                self.add(path, cur)
                cur, cur_words = [], 0
                self.split(path, block)
                continue
            if cur and cur_words and (cur_words >= MERGE_TARGET or cur_words + n > self.max):
                self.add(path, cur)
                cur, cur_words = [], 0
            cur += block
            cur_words += n
        self.add(path, cur)

    def split(self, path: list[str], lines: list[int]) -> None:
        """Split a long block at line ends that end a sentence (or inside one long line, at sentences)."""
        piece: list[int] = []
        cut_at = 0  # length of ``piece`` up to the last sentence end
        for i in lines:
            piece.append(i)
            if ends_sentence(self.lines[i - 1]):
                cut_at = len(piece)
            if self.words(piece) > self.max:
                keep = cut_at if 0 < cut_at < len(piece) else len(piece) - 1
                if keep == 0:
                    self.split_line(path, piece)
                    piece, cut_at = [], 0
                    continue
                self.add(path, piece[:keep])
                piece, cut_at = piece[keep:], 0
        if piece:
            if self.words(piece) > self.max and len(piece) == 1:
                self.split_line(path, piece)
            else:
                self.add(path, piece)

    def split_line(self, path: list[str], lines: list[int]) -> None:
        sentences = re.split(r"(?<=[.;])\s+(?=\S)", self.text(lines))
        buf: list[str] = []
        for s in sentences:
            if buf and len(" ".join(buf + [s]).split()) > self.max:
                self.add(path, lines, " ".join(buf))
                buf = []
            buf.append(s)
        if buf:
            self.add(path, lines, " ".join(buf))

    def table_row(self, sec: Section, path: list[str]) -> None:
        pending = self.rows.get(sec.line_start) or []
        if not pending:
            return
        row = pending.pop(0)
        text = "; ".join(f"{k.strip()}: {' '.join(v.split())}" for k, v in row.cells.items() if v and v.strip())
        label = sec.label or sec.title
        self.add(path + ([label] if label else []), [sec.line_start], text, kind="table_row")


def make_chunks(doc: LoadedDocument, outline: Section, meta: PlanMetadata, max_tokens: int = 300) -> list[Chunk]:
    """Cut ``doc`` into retrieval chunks following ``outline`` (see the module docstring)."""
    chunker = _Chunker(doc, meta, max_tokens)
    chunker.emit(outline, [])
    return _merge_tiny(doc, chunker.chunks)


TINY = 8  # words: a chunk this small (a lone heading, a signature) joins the chunk just before it


def _merge_tiny(doc: LoadedDocument, chunks: list[Chunk]) -> list[Chunk]:
    """Merge tiny section chunks into the adjacent previous chunk (e.g. the signature into "Nơi nhận")."""
    out: list[Chunk] = []
    for c in chunks:
        prev = out[-1] if out else None
        if (prev is not None and c.kind == prev.kind == "section" and len(c.text.split()) < TINY
                and 0 <= c.line_start - prev.line_end <= 4):
            prev.text = f"{prev.text}\n{c.text}"
            prev.line_end = max(prev.line_end, c.line_end)
            continue
        out.append(c)
    for n, c in enumerate(out):
        c.chunk_id = f"{doc.doc_id}:{content_key(doc.sha256)}:{n:04d}"
    return out
