"""Fact extraction at ingest time: reporting duties, responsibilities, targets, deadlines, references.

Every fact carries a verbatim quote of the source (``doc.text[start:end]``), its 1-based line range,
the section path and the plan's identity, so answers can cite it exactly. Patterns run on the
OCR-tolerant folded text, so the OCR plan (001) yields the same kinds of facts as the clean ones.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from index.chunking import plan_context
from index.facts_rules import deadlines, reporting, responsibility
from index.facts_text import Block, Found, Span, Tok, blocks, cut_words, doc_tokens, section_path
from index.facts_units import restore_unit_name
from index.facts_values import references, targets
from index.types import LoadedDocument, PlanMetadata, Section

__all__ = ["KINDS", "Fact", "extract_facts", "facts_table", "plan_context", "restore_unit_name"]

KINDS = ("reporting", "responsibility", "target", "deadline", "reference")
_TABLE_KEYS = {
    "task": ("nhiem vu", "noi dung", "ten nhiem vu"), "lead": ("chu tri",), "partners": ("phoi hop",),
    "deadline": ("thoi gian", "thoi han", "tien do"), "product": ("san pham", "ket qua"),
}


@dataclass
class Fact:
    """One fact stated by a plan, with the verbatim passage that states it."""

    kind: str  # reporting | responsibility | target | deadline | reference
    doc_id: str
    section: str  # section path, " > "-joined headings
    quote: str  # verbatim substring of doc.text
    quote_clean: str  # the same passage wrap-repaired, one line
    line_start: int
    line_end: int
    page: int | None
    context: str  # plan identity
    fields: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return asdict(self)

    @staticmethod
    def from_dict(d: dict[str, Any]) -> Fact:
        """Inverse of :meth:`to_dict`."""
        return Fact(
            kind=d["kind"], doc_id=d["doc_id"], section=d.get("section", ""), quote=d["quote"],
            quote_clean=d.get("quote_clean", ""), line_start=d["line_start"], line_end=d["line_end"],
            page=d.get("page"), context=d.get("context", ""), fields=dict(d.get("fields", {})),
        )


def _make(doc: LoadedDocument, f: Found, context: str) -> Fact:
    span = f.block.span
    s, e = span.offsets(f.fs, f.fe)
    l0, l1 = span.lines(f.fs, f.fe)
    return Fact(kind=f.kind, doc_id=doc.doc_id, section=section_path(f.block.path), quote=doc.text[s:e],
                quote_clean=span.clean(f.fs, f.fe), line_start=l0, line_end=l1, page=doc.page_of_line(l0),
                context=context, fields=f.fields)


def _cell(cells: dict[str, str], role: str) -> str:
    from index.ocrtext import ocr_fold

    for key, value in cells.items():
        if any(k in ocr_fold(key) for k in _TABLE_KEYS[role]):
            return " ".join(value.split())
    return ""


def _table_facts(doc: LoadedDocument, outline: Section, toks: list[Tok], context: str) -> list[Fact]:
    """Responsibility (chủ trì, phối hợp) and deadline facts from "Phụ lục" task-table rows."""
    out: list[Fact] = []
    for row in doc.table_rows:
        line_toks = [t for t in toks if t.line == row.line]
        task = _cell(row.cells, "task")
        if not line_toks or not task:
            continue
        block = Block(_path_of(outline, row.line), Span(doc.text, line_toks))
        fs, fe = block.span.all()
        lead, partners = _cell(row.cells, "lead"), _cell(row.cells, "partners")
        when, product = _cell(row.cells, "deadline"), _cell(row.cells, "product")
        base: dict[str, Any] = {"duty": cut_words(task, 30), "table_index": row.table_index}
        if product:
            base["product"] = product
        if when:
            base["deadline"] = when
        for unit, role in ((lead, "chủ trì"), (partners, "phối hợp")):
            if unit:
                fields = {"unit": unit, "role": role, **base}
                norm = restore_unit_name(unit)
                if norm:
                    fields["unit_norm"] = norm
                if role == "chủ trì" and partners:
                    fields["partners"] = partners
                out.append(_make(doc, Found("responsibility", block, fs, fe, fields), context))
        if when:
            fields = {"task": cut_words(task, 30), "deadline": when}
            if lead:
                fields["unit"] = lead
            out.append(_make(doc, Found("deadline", block, fs, fe, fields), context))
    return out


def _path_of(outline: Section, line: int) -> list[Section]:
    """Outline nodes holding ``line``, root first."""
    path, node = [outline], outline
    while True:
        nxt = next((c for c in node.children if c.line_start <= line <= c.line_end), None)
        if nxt is None:
            return path
        path.append(nxt)
        node = nxt


def extract_facts(doc: LoadedDocument, outline: Section, meta: PlanMetadata) -> list[Fact]:
    """All facts of one plan, in source order (reporting, responsibility, target, deadline, reference)."""
    context = plan_context(meta)
    toks = doc_tokens(doc)
    table_lines = {r.line for r in doc.table_rows}
    facts: list[Fact] = []
    for block in blocks(doc, outline, [t for t in toks if t.line not in table_lines]):
        found: list[Found] = []
        reports = reporting(block)
        found += reports + responsibility(block) + targets(block) + deadlines(block, reports) + references(block)
        facts += [_make(doc, f, context) for f in found]
    facts += _table_facts(doc, outline, toks, context)
    seen: set[tuple[str, int, int, str]] = set()
    unique = []
    for f in sorted(facts, key=lambda f: (f.line_start, KINDS.index(f.kind))):
        key = (f.kind, f.line_start, f.line_end, repr(sorted(f.fields.items())))
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique


def _details(f: Fact) -> tuple[str, str]:
    """(unit, details) of a fact for flat tables."""
    x = {k: str(v) for k, v in f.fields.items()}

    def n(k: str) -> str:
        return x.get(f"{k}_norm") or x.get(k, "")

    if f.kind == "reporting":
        d = "báo cáo " + " ".join(p for p in (x.get("what", ""), f"→ {n('to')}" if n("to") else "",
                                               f"({n('via')})" if n("via") else "",
                                               f"[{n('frequency')}]" if n("frequency") else "") if p)
        return n("reporter"), d
    if f.kind == "responsibility":
        extra = f" (phối hợp: {x['partners']})" if x.get("partners") else ""
        return n("unit"), f"{x.get('role', '')}: {x.get('duty', '')}{extra}"
    if f.kind == "target":
        return "", f"{x.get('indicator', '')}: {n('qualifier')} {x.get('value', '')}".replace("  ", " ")
    if f.kind == "deadline":
        return n("unit"), x.get("task", "")
    parts = [x.get("doc_type", ""), f"số {x['number']}" if x.get("number") else "",
             f"ngày {x['date']}" if x.get("date") else "", n("issuer"),
             f"về {x['subject']}" if x.get("subject") else "", f"[{x.get('relation', '')}]"]
    return "", " ".join(p for p in parts if p)


def facts_table(facts: list[Fact], kind: str | None = None) -> list[dict[str, str]]:
    """Flat rows (kind, unit, details, deadline, section, lines) for the CLI ``cchc facts`` and UI tables."""
    rows = []
    for f in facts:
        if kind and f.kind != kind:
            continue
        unit, details = _details(f)
        deadline = str(f.fields.get("deadline_norm") or f.fields.get("deadline") or "")
        lines = str(f.line_start) if f.line_start == f.line_end else f"{f.line_start}-{f.line_end}"
        rows.append({"kind": f.kind, "unit": unit, "details": details, "deadline": deadline,
                     "section": f.section, "lines": lines})
    return rows
