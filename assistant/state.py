"""A loaded, read-only snapshot of the committed index generation (documents, units, BM25)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from index.catalog import Catalog, DocRecord
from index.lexical import LexicalIndex
from index.pipeline import retrievable_units
from index.types import Chunk


@dataclass
class IndexState:
    """Everything queries need from one generation, kept in memory (a few MB for dozens of plans)."""

    generation: str | None
    docs: dict[str, DocRecord] = field(default_factory=dict)
    units: dict[str, Chunk] = field(default_factory=dict)
    lexical: LexicalIndex = field(default_factory=lambda: LexicalIndex([], None))
    embedding: str | None = None

    @classmethod
    def load(cls, catalog: Catalog) -> IndexState:
        """Read the committed generation (an empty state when nothing is indexed)."""
        folder = catalog.current_dir()
        if folder is None:
            return cls(generation=None)
        docs = catalog.load_docs()
        units = {u.chunk_id: u for rec in docs.values() for u in retrievable_units(rec)}
        lexical = LexicalIndex.load(Path(folder) / "bm25")
        return cls(generation=folder.name, docs=docs, units=units, lexical=lexical,
                   embedding=catalog.manifest().get("embedding"))

    @property
    def versions(self) -> set[str]:
        """Committed version tags (used to filter vectors)."""
        return {rec.version for rec in self.docs.values()}

    def resolve_doc(self, ref: str) -> str | None:
        """A doc id from an exact id, a unique prefix ("001"), or a plan number ("23/KH-UBND")."""
        if ref in self.docs:
            return ref
        hits = [d for d in self.docs if d.startswith(ref)]
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
