"""Hybrid retrieval: BM25 (folded syllables + bigrams) fused with dense vectors, with plan filters.

``HybridRetriever`` is a llama-index ``BaseRetriever``; :meth:`HybridRetriever.search` is the typed entry
point used by the answerer, the CLI and the API.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field

import numpy as np
from llama_index.core.base.base_retriever import BaseRetriever
from llama_index.core.schema import NodeWithScore, QueryBundle, TextNode

from assistant.state import IndexState
from index.embeddings import Embedder
from index.normalize import fold
from index.types import Chunk
from index.vectorstore import MAX_IN_FILTER, ChromaStore

MAX_BY_ID = 2000  # units of the allowed plans scored from their vectors read by id (exact, cheap)


@dataclass
class Filters:
    """Restrict retrieval to some plans."""

    documents: list[str] = field(default_factory=list)
    province: str | None = None
    year: int | None = None
    issuer: str | None = None

    def allowed(self, state: IndexState) -> set[str] | None:
        """Allowed doc ids, or None for no restriction."""
        if not (self.documents or self.province or self.year or self.issuer):
            return None
        ok = set()
        wanted = {state.resolve_doc(d) or d for d in self.documents}
        candidates = [d for d in wanted if d in state.docs] if self.documents else list(state.docs)
        for doc_id in candidates:
            m = state.docs[doc_id].meta
            if self.documents and doc_id not in wanted:
                continue
            if self.province and fold(self.province) not in fold(m.province or ""):
                continue
            if self.year and m.year != self.year:
                continue
            if self.issuer and fold(self.issuer) not in fold(m.issuer or ""):
                continue
            ok.add(doc_id)
        return ok


@dataclass
class Hit:
    """One retrieved unit with its fused score and the scores it came from."""

    chunk: Chunk
    score: float
    bm25: float | None = None
    dense: float | None = None


def _zscores(pairs: list[tuple[str, float]]) -> dict[str, float]:
    """Scores as z-scores; a lone hit gets 1.0 (it stands above every candidate that is no hit, at 0)."""
    if not pairs:
        return {}
    if len(pairs) == 1:
        return {pairs[0][0]: 1.0}
    vals = np.array([s for _, s in pairs], dtype=np.float64)
    sd = float(vals.std()) or 1.0
    return {cid: (s - float(vals.mean())) / sd for cid, s in pairs}


class HybridRetriever(BaseRetriever):
    """BM25 + dense retrieval over the committed generation, fused by z-scores or reciprocal rank."""

    def __init__(self, state: IndexState, vectors: ChromaStore | None, embedder: Embedder | None,
                 fusion: str = "zscore", dense_weight: float = 0.6, rrf_k: int = 60, candidates: int = 50,
                 top_k: int = 10) -> None:
        super().__init__()
        self.state = state
        self.vectors = vectors
        self.embedder = embedder
        self.fusion = fusion
        self.dense_weight = dense_weight
        self.rrf_k = rrf_k
        self.candidates = candidates
        self.top_k = top_k

    def lexical(self, query: str, k: int, allowed: set[str] | None) -> list[tuple[str, float]]:
        """BM25 candidates (chunk id, score) among allowed plans (rows selected by per-plan ranges)."""
        return self.state.lexical.search(query, k, allowed_docs=allowed)

    def dense(self, query: str, k: int, allowed: set[str] | None) -> list[tuple[str, float]]:
        """Dense candidates (chunk id, similarity) among allowed plans.

        The units of a few plans are scored exactly from their vectors read by id; a larger set of plans
        is a ``version $in`` filter; no restriction (or a very large one) is an unfiltered query whose ids
        are checked against the snapshot. The query vector is cached per snapshot.
        """
        if self.vectors is None or self.embedder is None or not self.state.docs:
            return []
        vec = self._query_vector(query)
        units = self.state.units
        if allowed is not None:
            ids = [u.chunk_id for d in sorted(allowed) for u in self.state.doc_units(d)]
            if len(ids) <= MAX_BY_ID:
                return self.vectors.query_ids(vec, k, ids)
            if len(allowed) <= MAX_IN_FILTER:
                versions = {self.state.docs[d].version for d in allowed if d in self.state.docs}
                return self.vectors.query(vec, k, versions, accept=units.__contains__)
        return self.vectors.query(vec, k, accept=lambda cid: cid in units
                                  and (allowed is None or units[cid].doc_id in allowed))

    def _query_vector(self, query: str) -> np.ndarray:
        assert self.embedder is not None
        cache: OrderedDict[tuple[str, str], np.ndarray] = self.state.cached("query_vectors", OrderedDict)
        key = (getattr(self.embedder, "name", ""), query)
        vec = cache.get(key)
        if vec is None:
            vec = self.embedder.embed_query(query)
            cache[key] = vec
            while len(cache) > 256:
                try:
                    cache.popitem(last=False)
                except KeyError:  # emptied by a concurrent request
                    break
        return vec

    def search(self, query: str, k: int | None = None, filters: Filters | None = None,
               mode: str = "hybrid", boost: dict[str, float] | None = None) -> list[Hit]:
        """Top-``k`` fused hits. ``mode``: hybrid | bm25 | dense. ``boost``: doc id → added score."""
        k = k or self.top_k
        allowed = filters.allowed(self.state) if filters else None
        if allowed is not None and not allowed:
            return []
        lex = self.lexical(query, self.candidates, allowed) if mode in ("hybrid", "bm25") else []
        den = self.dense(query, self.candidates, allowed) if mode in ("hybrid", "dense") else []
        lex_d, den_d = dict(lex), dict(den)
        fused: dict[str, float] = {}
        if mode == "bm25":
            fused = dict(lex)
        elif mode == "dense":
            fused = dict(den)
        elif self.fusion == "rrf":
            for rank, (cid, _) in enumerate(lex):
                fused[cid] = fused.get(cid, 0.0) + (1 - self.dense_weight) / (self.rrf_k + rank + 1)
            for rank, (cid, _) in enumerate(den):
                fused[cid] = fused.get(cid, 0.0) + self.dense_weight / (self.rrf_k + rank + 1)
        else:
            zl, zd = _zscores(lex), _zscores(den)
            floor_l = min(zl.values(), default=0.0) if len(zl) > 1 else 0.0
            floor_d = min(zd.values(), default=0.0) if len(zd) > 1 else 0.0
            for cid in set(zl) | set(zd):
                fused[cid] = ((1 - self.dense_weight) * zl.get(cid, floor_l)
                              + self.dense_weight * zd.get(cid, floor_d))
        if boost:
            for cid in fused:
                fused[cid] += boost.get(self.state.units[cid].doc_id, 0.0)
        ranked = sorted(fused.items(), key=lambda kv: -kv[1])[:k]
        return [Hit(self.state.units[cid], score, lex_d.get(cid), den_d.get(cid)) for cid, score in ranked]

    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        return [NodeWithScore(node=hit_node(h), score=h.score) for h in self.search(query_bundle.query_str)]


def hit_node(hit: Hit) -> TextNode:
    """A llama-index node for a hit (text + provenance metadata)."""
    c = hit.chunk
    return TextNode(id_=c.chunk_id, text=c.text, metadata={
        "doc_id": c.doc_id, "section": c.section, "line_start": c.line_start, "line_end": c.line_end,
        "page": c.page, "kind": c.kind})
