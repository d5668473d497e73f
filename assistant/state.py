"""A loaded, read-only snapshot of the committed index generation (documents, units, BM25).

Besides the records themselves it keeps per-plan indexes (units by plan, the committed versions) and a
per-snapshot ``memo`` for derived tables (plan identity phrases, compiled patterns), so per-question
work never scans every unit of a 1,000-plan archive.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from index.catalog import Catalog, DocRecord
from index.lexical import LexicalIndex
from index.pipeline import retrievable_units
from index.types import Chunk

T = TypeVar("T")


@dataclass
class IndexState:
    """Everything queries need from one generation, kept in memory (~0.5 GB for 1,000 plans)."""

    generation: str | None
    docs: dict[str, DocRecord] = field(default_factory=dict)
    units: dict[str, Chunk] = field(default_factory=dict)
    lexical: LexicalIndex = field(default_factory=lambda: LexicalIndex([], None))
    embedding: str | None = None
    units_by_doc: dict[str, list[Chunk]] = field(default_factory=dict)
    memo: dict[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def load(cls, catalog: Catalog) -> IndexState:
        """Read the committed generation (an empty state when nothing is indexed)."""
        folder = catalog.current_dir()
        if folder is None:
            return cls(generation=None)
        docs = catalog.load_docs()
        by_doc = {doc_id: retrievable_units(rec) for doc_id, rec in docs.items()}
        units = {u.chunk_id: u for group in by_doc.values() for u in group}
        lexical = LexicalIndex.load(Path(folder) / "bm25")
        return cls(generation=folder.name, docs=docs, units=units, lexical=lexical,
                   embedding=catalog.manifest().get("embedding"), units_by_doc=by_doc)

    @property
    def versions(self) -> set[str]:
        """Committed version tags (used to filter vectors)."""
        return set(self.cached("versions", lambda: frozenset(rec.version for rec in self.docs.values())))

    def cached(self, key: str, build: Callable[[], T]) -> T:
        """A value derived from this snapshot, built once (``build()``) and kept until the snapshot changes."""
        if key not in self.memo:
            self.memo[key] = build()
        return self.memo[key]  # type: ignore[no-any-return]

    def doc_units(self, doc_id: str) -> list[Chunk]:
        """The units (chunks, then facts) of one plan."""
        if not self.units_by_doc and self.units:
            for u in self.units.values():
                self.units_by_doc.setdefault(u.doc_id, []).append(u)
        return self.units_by_doc.get(doc_id, [])

    def resolve_doc(self, ref: str) -> str | None:
        """A doc id from an exact id, a unique prefix ("001"), or a plan number ("23/KH-UBND")."""
        if ref in self.docs:
            return ref
        hits = [d for d in self.docs if d.startswith(ref)][:2]
        if len(hits) == 1:
            return hits[0]
        by_number = [d for d, rec in self.docs.items() if rec.meta.number and rec.meta.number.lower() == ref.lower()]
        return by_number[0] if len(by_number) == 1 else None

    def passage(self, chunk: Chunk, score: float) -> dict[str, Any]:
        """JSON form of a retrieved unit (the ``retrieved`` entries of the answer contract)."""
        return {"document": chunk.doc_id, "title": self.docs[chunk.doc_id].meta.title, "section": chunk.section,
                "text": chunk.text, "score": round(score, 4), "line_start": chunk.line_start,
                "line_end": chunk.line_end, "page": chunk.page, "kind": chunk.kind}

    def chunk_count(self) -> int:
        """Number of section/table-row chunks (facts excluded)."""
        return sum(len(rec.chunks) for rec in self.docs.values())
