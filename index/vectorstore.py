"""Dense vectors in ChromaDB through llama-index's ``ChromaVectorStore``.

Embedded ``PersistentClient`` under the data dir by default; ``HttpClient`` when a server URL is given.
Every vector carries ``doc_id`` and ``version`` (doc id + content hash): queries are restricted to the
versions of the committed index generation, so vectors staged by an unfinished ingest are invisible.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import numpy as np

from index.types import Chunk

COLLECTION = "cchc_chunks"


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
        for i in range(0, len(ids), 500):
            got = self.collection.get(ids=list(ids[i : i + 500]), include=[])
            found.update(got["ids"])
        return found

    def add(self, chunks: Sequence[Chunk], vectors: np.ndarray, versions: dict[str, str]) -> None:
        """Upsert chunk vectors as llama-index ``TextNode``s with their metadata."""
        from llama_index.core.schema import BaseNode, TextNode

        nodes: list[BaseNode] = []
        for chunk, vec in zip(chunks, vectors, strict=True):
            nodes.append(TextNode(
                id_=chunk.chunk_id, text=chunk.retrieval_text, embedding=[float(x) for x in vec],
                metadata={"doc_id": chunk.doc_id, "version": versions[chunk.doc_id], "section": chunk.section,
                          "line_start": chunk.line_start, "line_end": chunk.line_end, "kind": chunk.kind},
                excluded_embed_metadata_keys=["doc_id", "version", "section", "line_start", "line_end", "kind"],
            ))
        for i in range(0, len(nodes), 256):
            self.store.add(nodes[i : i + 256])

    def query(self, vector: np.ndarray, k: int, versions: Iterable[str]) -> list[tuple[str, float]]:
        """Top-``k`` (chunk id, cosine similarity) among chunks of the given versions."""
        from llama_index.core.vector_stores.types import (
            FilterOperator,
            MetadataFilter,
            MetadataFilters,
            VectorStoreQuery,
        )

        allowed = sorted(set(versions))
        if not allowed or k <= 0:
            return []
        filters = MetadataFilters(filters=[MetadataFilter(key="version", operator=FilterOperator.IN, value=allowed)])
        result = self.store.query(VectorStoreQuery(
            query_embedding=[float(x) for x in vector], similarity_top_k=k, filters=filters,
        ))
        ids = result.ids or []
        sims = result.similarities or [0.0] * len(ids)
        return [(i, float(s)) for i, s in zip(ids, sims, strict=False)]

    def delete_except(self, doc_id: str, keep_version: str | None) -> int:
        """Delete every vector of ``doc_id`` whose version is not ``keep_version``; returns how many."""
        got = self.collection.get(where={"doc_id": doc_id}, include=["metadatas"])
        stale = [i for i, m in zip(got["ids"], got["metadatas"] or [], strict=False)
                 if (m or {}).get("version") != keep_version]
        for i in range(0, len(stale), 500):
            self.collection.delete(ids=stale[i : i + 500])
        return len(stale)

    def prune(self, active_versions: set[str]) -> int:
        """Delete vectors whose version is not active (left over by crashed or replaced ingests)."""
        got = self.collection.get(include=["metadatas"])
        stale = [i for i, m in zip(got["ids"], got["metadatas"] or [], strict=False)
                 if (m or {}).get("version") not in active_versions]
        for i in range(0, len(stale), 500):
            self.collection.delete(ids=stale[i : i + 500])
        return len(stale)

    def count(self) -> int:
        """Number of vectors stored (all versions)."""
        return int(self.collection.count())
