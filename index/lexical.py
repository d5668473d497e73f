"""BM25 over folded Vietnamese syllables + bigrams (bm25s, pre-tokenised), persisted beside the vectors."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from index.normalize import tokens
from index.ocrtext import ocr_fold


def chunk_tokens(text: str, ocr_damaged: bool = False) -> list[str]:
    """Index tokens of a passage; OCR-damaged text is first repaired with the confusion-tolerant fold."""
    return tokens(ocr_fold(text) if ocr_damaged else text)


class LexicalIndex:
    """A BM25 index whose rows are chunk ids; scores every row so callers can filter before ranking."""

    def __init__(self, ids: list[str], model: object | None) -> None:
        self.ids = ids
        self._model = model
        self._row = {cid: i for i, cid in enumerate(ids)}

    @classmethod
    def build(cls, ids: Sequence[str], token_lists: Sequence[list[str]]) -> LexicalIndex:
        """Index ``token_lists`` (one per chunk id)."""
        import bm25s

        if not ids:
            return cls([], None)
        model = bm25s.BM25(k1=1.2, b=0.75)
        model.index([t if t else ["∅"] for t in token_lists], show_progress=False)
        return cls(list(ids), model)

    def save(self, path: Path) -> None:
        """Persist into folder ``path``."""
        path.mkdir(parents=True, exist_ok=True)
        (path / "ids.json").write_text(json.dumps(self.ids), encoding="utf-8")
        if self._model is not None:
            self._model.save(str(path / "bm25"))  # type: ignore[attr-defined]

    @classmethod
    def load(cls, path: Path) -> LexicalIndex:
        """Inverse of :meth:`save`."""
        import bm25s

        ids = json.loads((path / "ids.json").read_text(encoding="utf-8"))
        model = bm25s.BM25.load(str(path / "bm25")) if ids else None
        return cls(ids, model)

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of every row for ``query`` (folded unigrams + bigrams)."""
        if self._model is None:
            return np.zeros(0, dtype=np.float32)
        vocab = self._model.vocab_dict  # type: ignore[attr-defined]
        toks = [t for t in dict.fromkeys(tokens(query)) if t in vocab]
        if not toks:
            return np.zeros(len(self.ids), dtype=np.float32)
        return np.asarray(self._model.get_scores(toks), dtype=np.float32)  # type: ignore[attr-defined]

    def search(self, query: str, k: int, allowed: set[str] | None = None) -> list[tuple[str, float]]:
        """Top-``k`` (chunk id, score) with a positive score, optionally among ``allowed`` ids."""
        sc = self.scores(query)
        if sc.size == 0:
            return []
        if allowed is not None:
            mask = np.array([cid in allowed for cid in self.ids])
            sc = np.where(mask, sc, 0.0)
        order = np.argsort(-sc, kind="stable")[:k]
        return [(self.ids[i], float(sc[i])) for i in order if sc[i] > 0]
