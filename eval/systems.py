"""The systems compared by the harness, all over the same engine, corpus and embedding backend.

- ``ours``: the full pipeline (same call as ``POST /api/ask``).
- ``bm25`` / ``dense``: our lexical or dense index alone, answered by the same extractive answerer.
- ``naive``: llama-index defaults as PrivateGPT ships them — ``SentenceSplitter`` chunks, vector retrieval
  only, top-k 2, same embedding backend; with no LLM, its answer is the two retrieved chunks.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import numpy as np

from assistant.engine import Engine
from eval.qa import QAItem

System = Callable[[QAItem], dict[str, Any]]


def ours(engine: Engine) -> System:
    """The full pipeline."""
    return lambda item: engine.ask(item.question)


def single_index(engine: Engine, mode: str) -> System:
    """Our answerer on top of one index only (``bm25`` or ``dense``)."""
    return lambda item: dict(engine.answerer().ask(item.question, retrieval=mode))


class NaiveRAG:
    """PrivateGPT-style baseline: SentenceSplitter (llama-index defaults) + vector top-k 2."""

    def __init__(self, engine: Engine, top_k: int = 2) -> None:
        from llama_index.core.node_parser import SentenceSplitter
        from llama_index.core.schema import Document

        self.engine = engine
        self.top_k = top_k
        self.nodes = []
        splitter = SentenceSplitter()
        for doc_id, rec in engine.state.docs.items():
            for node in splitter.get_nodes_from_documents([Document(text=rec.text, metadata={"doc_id": doc_id})]):
                self.nodes.append(node)
        texts = [n.get_content() for n in self.nodes]
        self.matrix = engine.embedder.embed_passages(texts) if texts else np.zeros((0, engine.embedder.dim))

    def __call__(self, item: QAItem) -> dict[str, Any]:
        t0 = time.perf_counter()
        q = self.engine.embedder.embed_query(item.question)
        sims = self.matrix @ q
        order = np.argsort(-sims)[: max(self.top_k, 10)]
        retrieved = [{"document": self.nodes[i].metadata["doc_id"], "section": "", "text": self.nodes[i].get_content(),
                      "score": round(float(sims[i]), 4)} for i in order]
        top = retrieved[: self.top_k]
        answer = "\n".join(f"{r['text']} [{n}]" for n, r in enumerate(top, 1))
        citations = [{"document": r["document"], "title": None, "section": "", "quote": r["text"], "page": None,
                      "line_start": None, "line_end": None} for r in top]
        return {"question": item.question, "answer": answer, "abstained": False, "citations": citations,
                "retrieved": retrieved[: self.top_k], "latency_ms": round((time.perf_counter() - t0) * 1000, 1)}


def build_systems(engine: Engine, baselines: bool) -> dict[str, System]:
    """``ours`` and, when asked, the three baselines."""
    systems: dict[str, System] = {"ours": ours(engine)}
    if baselines:
        systems["naive"] = NaiveRAG(engine)
        systems["bm25"] = single_index(engine, "bm25")
        systems["dense"] = single_index(engine, "dense")
    return systems
