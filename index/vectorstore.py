"""Dense vectors in ChromaDB through llama-index's ``ChromaVectorStore``.

Embedded ``PersistentClient`` under the data dir by default; ``HttpClient`` when a server URL is given.
Every vector carries ``doc_id`` and ``version`` (doc id + content hash): query results are restricted to
the versions of the committed index generation, so vectors staged by an unfinished ingest are invisible.
Every read and delete is paged (``PAGE`` ids per call, ``where`` filters on metadata), so the collection
can hold any number of plans without hitting SQLite's bound-variable limit.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import numpy as np

from index.types import Chunk

COLLECTION = "cchc_chunks"
PAGE = 500  # ids per Chroma get/delete call (SQLite bounds the number of bound variables per statement)
MAX_IN_FILTER = 100  # larger version sets are checked after the query instead of by a ``$in`` filter
MAX_FETCH = 2000


def make_chroma_client(persist_dir: Path | None = None, url: str | None = None) -> Any:
    """A Chroma client: HTTP when ``url`` is set (``http://127.0.0.1:8001``), else persistent on disk."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    settings = ChromaSettings(anonymized_telemetry=False)
    if url:
        parsed = urlparse(url if "://" in url else f"http://{url}")
        return chromadb.HttpClient(
            host=parsed.hostname or "127.0.0.1", port=parsed.port or 8000,
            ssl=parsed.scheme == "https", settings=settings,
        )
    if persist_dir is None:
        raise ValueError("persist_dir is required without a Chroma URL")
    persist_dir.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(persist_dir), settings=settings)


class ChromaStore:
    """Add, query and delete chunk vectors of one embedding space (one collection per backend)."""

    def __init__(self, client: Any, embedding_name: str) -> None:
        from llama_index.vector_stores.chroma import ChromaVectorStore

        safe = "".join(c if c.isalnum() else "_" for c in embedding_name)[:40]
        self.collection = client.get_or_create_collection(
            f"{COLLECTION}_{safe}", metadata={"hnsw:space": "cosine", "embedding": embedding_name}
        )
        self.store = ChromaVectorStore(chroma_collection=self.collection)

    def existing_ids(self, ids: Sequence[str]) -> set[str]:
        """Which of ``ids`` already have a vector."""
        found: set[str] = set()
        for i in range(0, len(ids), PAGE):
            got = self.collection.get(ids=list(ids[i : i + PAGE]), include=[])
            found.update(got["ids"])
        return found

    def add(self, chunks: Sequence[Chunk], vectors: np.ndarray, versions: dict[str, str]) -> None:
        """Upsert chunk vectors as llama-index ``TextNode``s with their metadata."""
        from llama_index.core.schema import BaseNode, TextNode

        nodes: list[BaseNode] = []
        for chunk, vec in zip(chunks, vectors, strict=True):
            nodes.append(TextNode(
                id_=chunk.chunk_id, text=chunk.retrieval_text, embedding=[float(x) for x in vec],
                metadata={"doc_id": chunk.doc_id, "plan": chunk.doc_id, "version": versions[chunk.doc_id],
                          "section": chunk.section, "line_start": chunk.line_start, "line_end": chunk.line_end,
                          "kind": chunk.kind},
                excluded_embed_metadata_keys=["doc_id", "plan", "version", "section", "line_start", "line_end",
                                              "kind"],
            ))
        for i in range(0, len(nodes), 1024):
            self.store.add(nodes[i : i + 1024])

    def query(self, vector: np.ndarray, k: int, versions: Iterable[str] | None = None,
              accept: Callable[[str], bool] | None = None) -> list[tuple[str, float]]:
        """Top-``k`` (chunk id, similarity) among vectors of ``versions`` that ``accept`` (by id) keeps.

        A small version set (≤ ``MAX_IN_FILTER``, e.g. the committed versions of the few plans a question
        names) is a ``version $in`` metadata filter. Without one, the query is unfiltered and ``accept``
        post-filters ids (the caller knows the committed units): vectors of other versions are rare (staged
        by a running ingest, pruned after each commit), so a query never carries a 1,000-item list and
        never reads metadata (reading it costs more than the search). A large ``versions`` set without
        ``accept`` is checked on the returned metadata. Similarity is ``exp(-distance)``, as llama-index's
        ``ChromaVectorStore`` reports it.
        """
        allowed = None if versions is None else set(versions)
        if k <= 0 or allowed == set():
            return []
        where: dict[str, Any] | None = None
        if allowed is not None and len(allowed) <= MAX_IN_FILTER:
            ordered = sorted(allowed)
            where = {"version": ordered[0]} if len(ordered) == 1 else {"version": {"$in": ordered}}
        check_meta = allowed is not None and where is None and accept is None
        include = ["metadatas", "distances"] if check_meta else ["distances"]
        fetch = k if where is not None and accept is None else k + max(8, k // 2)
        while True:
            res = self.collection.query(query_embeddings=[[float(x) for x in vector]], n_results=fetch,
                                        where=where, include=include)
            ids, dists = res["ids"][0], (res["distances"] or [[]])[0]
            metas = (res.get("metadatas") or [[{}] * len(ids)])[0] if check_meta else [{}] * len(ids)
            out = [(i, math.exp(-float(d))) for i, m, d in zip(ids, metas, dists, strict=False)
                   if (accept is None or accept(i)) and (not check_meta or (m or {}).get("version") in (allowed or ()))]
            if len(out) >= k or len(ids) < fetch or fetch >= MAX_FETCH:
                return out[:k]
            fetch = min(fetch * 4, MAX_FETCH)

    def query_ids(self, vector: np.ndarray, k: int, ids: Sequence[str]) -> list[tuple[str, float]]:
        """Exact top-``k`` (chunk id, similarity) among the vectors of ``ids`` (read by id, ``PAGE`` per call).

        For the units of a few plans this is far cheaper than a metadata-filtered Chroma query, which
        scans the collection (~60 ms at 95,000 vectors against ~2 ms for one plan's vectors by id).
        Same similarity as :meth:`query`: ``exp(-cosine distance)``.
        """
        if k <= 0 or not ids:
            return []
        q = np.asarray(vector, dtype=np.float32)
        q = q / (float(np.linalg.norm(q)) or 1.0)
        found: list[str] = []
        sims: list[np.ndarray] = []
        for i in range(0, len(ids), PAGE):
            got = self.collection.get(ids=list(ids[i : i + PAGE]), include=["embeddings"])
            embs = got.get("embeddings")
            if embs is None or len(got["ids"]) == 0:
                continue
            mat = np.asarray(embs, dtype=np.float32)
            mat /= np.maximum(np.linalg.norm(mat, axis=1, keepdims=True), 1e-12)
            found.extend(got["ids"])
            sims.append(np.exp(-(1.0 - mat @ q)))
        if not found:
            return []
        sim = np.concatenate(sims)
        order = np.argsort(-sim, kind="stable")[:k]
        return [(found[j], float(sim[j])) for j in order]

    def _ids_where(self, where: dict[str, Any] | None, keep: Callable[[dict[str, Any]], bool]) -> list[str]:
        """Ids of vectors matching ``where`` whose metadata ``keep`` rejects, read in pages (bounded calls)."""
        stale: list[str] = []
        offset = 0
        while True:
            got = self.collection.get(where=where, include=["metadatas"], limit=PAGE, offset=offset)
            page = got["ids"]
            stale.extend(i for i, m in zip(page, got["metadatas"] or [], strict=False) if not keep(m or {}))
            if len(page) < PAGE:
                return stale
            offset += PAGE

    def delete_ids(self, ids: Sequence[str]) -> int:
        """Delete vectors by id, ``PAGE`` ids per call; returns how many were asked for."""
        for i in range(0, len(ids), PAGE):
            self.collection.delete(ids=list(ids[i : i + PAGE]))
        return len(ids)

    def delete_except(self, doc_id: str, keep_version: str | None) -> int:
        """Delete every vector of ``doc_id`` whose version is not ``keep_version``; returns how many.

        Filters on the ``plan`` metadata key (llama-index overwrites ``doc_id`` with the node's ref doc).
        """
        stale = self._ids_where({"plan": doc_id}, lambda m: m.get("version") == keep_version)
        return self.delete_ids(stale)

    def delete_versions(self, versions: Iterable[str]) -> int:
        """Delete every vector of the given versions (``where version $in`` ≤ 50 at a time); returns how many."""
        todo = sorted(set(versions))
        stale: list[str] = []
        for i in range(0, len(todo), 50):
            batch = todo[i : i + 50]
            where = {"version": batch[0]} if len(batch) == 1 else {"version": {"$in": batch}}
            stale.extend(self._ids_where(where, lambda m: False))
        return self.delete_ids(stale)

    def prune(self, active_versions: set[str]) -> int:
        """Delete vectors whose version is not active, sweeping the whole collection page by page."""
        stale = self._ids_where(None, lambda m: m.get("version") in active_versions)
        return self.delete_ids(stale)

    def count(self) -> int:
        """Number of vectors stored (all versions)."""
        return int(self.collection.count())
