"""BM25 over folded Vietnamese syllables + bigrams (bm25s score matrix), persisted beside the vectors.

Each plan's units are tokenised once, at the ingest that changes the plan, into a :class:`DocShard`
(term counts per unit) stored with the plan. A generation's :class:`LexicalIndex` is a merge of the
shards of its plans: global document frequencies and average length are summed from the shards and the
BM25 (Lucene variant, as ``bm25s`` computes it) score matrix is built with vectorised numpy. Adding 100
plans to 1,000 therefore tokenises only the 100 and re-merges counts, it never re-reads the other texts.
Queries sum the score columns of the query tokens (``np.bincount``), optionally restricted to the rows
of some plans through per-plan row ranges.
"""

from __future__ import annotations

import json
import threading
from collections import Counter, OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from index.normalize import tokens
from index.ocrtext import ocr_fold

K1, B = 1.2, 0.75
EMPTY = "∅"  # stands for a unit without tokens (bm25s rejects empty documents)


def chunk_tokens(text: str, ocr_damaged: bool = False) -> list[str]:
    """Index tokens of a passage; OCR-damaged text is first repaired with the confusion-tolerant fold."""
    return tokens(ocr_fold(text) if ocr_damaged else text)


@dataclass
class DocShard:
    """Term counts of the units of one plan (CSR: ``indptr`` rows into ``term_idx``/``tf``)."""

    ids: list[str]
    terms: list[str]
    indptr: np.ndarray
    term_idx: np.ndarray
    tf: np.ndarray
    lengths: np.ndarray

    @classmethod
    def build(cls, ids: Sequence[str], token_lists: Sequence[list[str]]) -> DocShard:
        """Count the tokens of each unit (``token_lists`` parallel to ``ids``)."""
        local: dict[str, int] = {}
        indptr = [0]
        term_idx: list[int] = []
        tf: list[int] = []
        lengths: list[int] = []
        for toks in token_lists:
            toks = toks or [EMPTY]
            counts = Counter(toks)
            term_idx.extend(local.setdefault(t, len(local)) for t in counts)
            tf.extend(counts.values())
            indptr.append(len(term_idx))
            lengths.append(len(toks))
        return cls(list(ids), list(local), np.asarray(indptr, dtype=np.int64), np.asarray(term_idx, dtype=np.int32),
                   np.asarray(tf, dtype=np.int32), np.asarray(lengths, dtype=np.int32))

    def save(self, path: Path) -> None:
        """Write to ``path`` (an ``.npz`` file; ids and terms as JSON inside)."""
        meta = np.frombuffer(json.dumps({"ids": self.ids, "terms": self.terms}, ensure_ascii=False).encode(),
                             dtype=np.uint8)
        with path.open("wb") as fh:
            np.savez(fh, meta=meta, indptr=self.indptr, term_idx=self.term_idx, tf=self.tf, lengths=self.lengths)

    @classmethod
    def load(cls, path: Path) -> DocShard:
        """Inverse of :meth:`save`."""
        with np.load(path) as z:
            meta = json.loads(z["meta"].tobytes().decode())
            return cls(meta["ids"], meta["terms"], z["indptr"], z["term_idx"], z["tf"], z["lengths"])


class LexicalIndex:
    """A BM25 index whose rows are unit ids; scores every row so callers can filter before ranking."""

    def __init__(self, ids: list[str], model: object | None, doc_ranges: dict[str, tuple[int, int]] | None = None
                 ) -> None:
        self.ids = ids
        self._model = model
        self._row = {cid: i for i, cid in enumerate(ids)}
        self.doc_ranges = doc_ranges if doc_ranges is not None else _ranges_from_ids(ids)
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    @classmethod
    def build(cls, ids: Sequence[str], token_lists: Sequence[list[str]]) -> LexicalIndex:
        """Index ``token_lists`` (one per unit id) in one go."""
        return cls.merge([DocShard.build(ids, token_lists)])

    @classmethod
    def merge(cls, shards: Iterable[DocShard]) -> LexicalIndex:
        """One index over the units of every shard, in order (BM25 statistics over all of them)."""
        import bm25s

        vocab: dict[str, int] = {}
        ids: list[str] = []
        rows, cols, tfs, lengths = [], [], [], []
        for shard in shards:
            gmap = np.fromiter((vocab.setdefault(t, len(vocab)) for t in shard.terms), dtype=np.int32,
                               count=len(shard.terms))
            counts = np.diff(shard.indptr)
            rows.append(np.repeat(np.arange(len(ids), len(ids) + len(shard.ids), dtype=np.int32), counts))
            cols.append(gmap[shard.term_idx] if len(gmap) else shard.term_idx)
            tfs.append(shard.tf)
            lengths.append(shard.lengths)
            ids.extend(shard.ids)
        if not ids:
            return cls([], None, {})
        row = np.concatenate(rows)
        col = np.concatenate(cols)
        tf = np.concatenate(tfs).astype(np.float64)
        dl = np.concatenate(lengths).astype(np.float64)
        n, v = len(ids), len(vocab)
        df = np.bincount(col, minlength=v).astype(np.float64)
        idf = np.log(1 + (n - df + 0.5) / (df + 0.5))
        score = idf[col] * tf / (K1 * ((1 - B) + B * dl[row] / dl.mean()) + tf)
        order = np.lexsort((row, col))
        model = bm25s.BM25(k1=K1, b=B)
        model.scores = {"data": score[order].astype(np.float32), "indices": row[order].astype(np.int32),
                        "indptr": np.concatenate([[0], np.cumsum(np.bincount(col, minlength=v))]).astype(np.int64),
                        "num_docs": n}
        model.vocab_dict = vocab
        model.unique_token_ids_set = set(vocab.values())
        model.nonoccurrence_array = None
        return cls(ids, model)

    def save(self, path: Path) -> None:
        """Persist into folder ``path`` (bm25s files + ``ids.json`` + per-plan row ranges)."""
        path.mkdir(parents=True, exist_ok=True)
        (path / "ids.json").write_text(json.dumps(self.ids), encoding="utf-8")
        (path / "docs.json").write_text(json.dumps(self.doc_ranges, ensure_ascii=False), encoding="utf-8")
        if self._model is not None:
            self._model.save(str(path / "bm25"), show_progress=False)  # type: ignore[attr-defined]

    @classmethod
    def load(cls, path: Path, mmap: bool = True) -> LexicalIndex:
        """Inverse of :meth:`save`; the score arrays are memory-mapped (shared by processes) by default."""
        import bm25s

        ids = json.loads((path / "ids.json").read_text(encoding="utf-8"))
        model = bm25s.BM25.load(str(path / "bm25"), mmap=mmap) if ids else None
        docs = path / "docs.json"
        ranges = ({d: (int(a), int(b)) for d, (a, b) in json.loads(docs.read_text(encoding="utf-8")).items()}
                  if docs.exists() else None)
        return cls(ids, model, ranges)

    def rows_of(self, doc_ids: Iterable[str]) -> np.ndarray:
        """Row numbers of every unit of the given plans."""
        spans = [self.doc_ranges[d] for d in doc_ids if d in self.doc_ranges]
        if not spans:
            return np.zeros(0, dtype=np.int64)
        return np.concatenate([np.arange(a, b) for a, b in spans])

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of every row for ``query`` (folded unigrams + bigrams); the last few are cached."""
        if self._model is None:
            return np.zeros(0, dtype=np.float32)
        with self._lock:
            hit = self._cache.get(query)
            if hit is not None:
                self._cache.move_to_end(query)
                return hit
        vocab = self._model.vocab_dict  # type: ignore[attr-defined]
        sc = self._model.scores  # type: ignore[attr-defined]
        tids = [vocab[t] for t in dict.fromkeys(tokens(query)) if t in vocab]
        out = np.zeros(len(self.ids), dtype=np.float32)
        if tids:
            indptr, indices, data = sc["indptr"], sc["indices"], sc["data"]
            parts = [(int(indptr[t]), int(indptr[t + 1])) for t in tids]
            idx = np.concatenate([indices[a:b] for a, b in parts])
            val = np.concatenate([data[a:b] for a, b in parts])
            out = np.bincount(idx, weights=val, minlength=len(self.ids)).astype(np.float32)
        out.setflags(write=False)
        with self._lock:
            self._cache[query] = out
            while len(self._cache) > 8:
                self._cache.popitem(last=False)
        return out

    def search(self, query: str, k: int, allowed: set[str] | None = None,
               allowed_docs: Iterable[str] | None = None) -> list[tuple[str, float]]:
        """Top-``k`` (unit id, score) with a positive score.

        Optionally restricted to ``allowed`` unit ids and/or to the units of the ``allowed_docs`` plans.
        """
        sc = self.scores(query)
        if sc.size == 0:
            return []
        rows: np.ndarray | None = None
        if allowed_docs is not None:
            rows = self.rows_of(allowed_docs)
        if allowed is not None:
            picked = np.fromiter((self._row[c] for c in allowed if c in self._row), dtype=np.int64)
            rows = picked if rows is None else np.intersect1d(rows, picked)
        if rows is not None:
            rows = np.sort(rows[sc[rows] > 0])
            order = rows[np.argsort(-sc[rows], kind="stable")[:k]]
        else:
            cand = np.flatnonzero(sc > 0)
            if len(cand) > k:
                cut = -np.partition(-sc[cand], k - 1)[k - 1]
                cand = cand[sc[cand] >= cut]
            order = cand[np.argsort(-sc[cand], kind="stable")[:k]]
        return [(self.ids[i], float(sc[i])) for i in order]


def _ranges_from_ids(ids: Sequence[str]) -> dict[str, tuple[int, int]]:
    """Per-plan row ranges derived from unit ids (``<doc_id>:<hash>:<n>``; rows of a plan are contiguous)."""
    out: dict[str, tuple[int, int]] = {}
    for i, cid in enumerate(ids):
        doc = cid.rsplit(":", 2)[0]
        a, _ = out.get(doc, (i, i))
        out[doc] = (a, i + 1)
    return out
