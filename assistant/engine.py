"""The application facade: one object that owns the index, the retriever and (later) the answerer.

CLI, API, UI and the evaluation harness all go through :class:`Engine`, so they share one code path.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from functools import cached_property
from pathlib import Path
from typing import Any

from assistant.retrieval import Filters, Hit, HybridRetriever
from assistant.settings import Settings
from assistant.state import IndexState
from index.catalog import Catalog
from index.embeddings import Embedder, make_embedder
from index.loaders.limits import LoadLimits
from index.ocr import OcrOptions
from index.pipeline import Indexer, IngestReport, Progress
from index.vectorstore import ChromaStore, make_chroma_client


def valid_text(text: str) -> str:
    """``text`` with lone surrogates (not encodable as UTF-8) replaced by U+FFFD."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode("utf-8")


class DocumentNotFoundError(KeyError):
    """No indexed plan matches the given reference."""


class Engine:
    """Owns the committed index snapshot and the components that query and update it."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.catalog = Catalog(settings.store_dir)
        self._state: IndexState | None = None
        self._answerer: Any = None
        self._lock = threading.Lock()  # guards building the snapshot and the answerer (readers)
        self._write_lock = threading.Lock()  # one ingest/remove/repair at a time (writers)

    # components (built lazily: the CLI's `documents` should not load a model)
    @cached_property
    def embedder(self) -> Embedder:
        """The configured embedding backend with its content-hash cache."""
        s = self.settings
        return make_embedder(s.embedding_backend, s.embedding_model, s.cache_dir / "embeddings.sqlite")

    @cached_property
    def vectors(self) -> ChromaStore:
        """Chroma collection of the configured embedding backend."""
        client = make_chroma_client(self.settings.chroma_dir, self.settings.chroma_url)
        return ChromaStore(client, self.embedder.name)

    @cached_property
    def indexer(self) -> Indexer:
        """The ingestion pipeline bound to this data dir."""
        s = self.settings
        ocr = OcrOptions(workers=s.ocr_workers, cache_dir=s.cache_dir / "ocr")
        limits = LoadLimits(max_uncompressed_mb=s.max_uncompressed_mb, max_pages=s.max_pages,
                            max_seconds=s.max_file_seconds)
        return Indexer(self.catalog, self.vectors, self.embedder, ocr=ocr, limits=limits,
                       keep_original_mb=s.max_upload_mb)

    @property
    def state(self) -> IndexState:
        """The committed snapshot, reloaded when a new generation is committed (by this or another process).

        Readers never wait for an ingest: a job stages its generation without touching the snapshot, and
        while one thread loads a newly committed generation the others keep answering from the previous one.
        """
        current = self.catalog.current_name
        st = self._state
        if st is not None and st.generation == current:
            return st
        if st is not None and not self._lock.acquire(blocking=False):
            return st  # another thread is loading the new generation
        if st is None:
            self._lock.acquire()
        try:
            st = self._state
            if st is None or st.generation != self.catalog.current_name:
                st = self._load_state()
                self._state = st
            return st
        finally:
            self._lock.release()

    def _load_state(self) -> IndexState:
        try:
            return IndexState.load(self.catalog)
        except Exception as exc:
            from index.doctor import StoreDamagedError, check_generation

            problems = check_generation(self.catalog)
            raise StoreDamagedError(problems or [f"{self.catalog.root}: {type(exc).__name__}: {exc}"]) from exc

    @property
    def retriever(self) -> HybridRetriever:
        """A retriever over the current snapshot."""
        return self.retriever_for(self.state)

    def retriever_for(self, st: IndexState) -> HybridRetriever:
        """A retriever over a given snapshot (the answerer and its retriever must share one)."""
        s = self.settings
        return HybridRetriever(st, self.vectors, self.embedder, fusion=s.fusion, dense_weight=s.dense_weight,
                               rrf_k=s.rrf_k, candidates=s.candidates, top_k=s.top_k)

    # index management
    def is_empty(self) -> bool:
        """True when no plan is indexed."""
        return not self.catalog.manifest()["docs"]

    def ensure_corpus(self, progress: Progress | None = None) -> IngestReport | None:
        """Fill an empty data dir from the bundled corpus; make sure vectors match the embedding backend."""
        if self.is_empty():
            return self.ingest([self.settings.corpus_dir], progress)
        if self.catalog.manifest().get("embedding") != self.embedder.name:
            return self.ingest([], progress)  # re-embeds every plan into the configured space
        return None

    def ingest(self, paths: Iterable[str | Path], progress: Progress | None = None, *, replace: str | None = None,
               cancel: Callable[[], bool] | None = None) -> IngestReport:
        """Ingest files/folders (see :meth:`index.pipeline.Indexer.ingest`); readers keep the old snapshot."""
        with self._write_lock, self.catalog.write_lock():
            target = self.resolve(replace) if replace is not None else None
            report = self.indexer.ingest(paths, progress, replace=target, cancel=cancel)
        self._warm()
        return report

    def _warm(self) -> None:
        """Load the new snapshot and its answerer in the writer's thread, so readers switch without waiting."""
        try:
            self.answerer()
        except Exception:  # a damaged store is reported by the next reader with its own message
            pass

    def remove(self, ref: str) -> str:
        """Remove a plan everywhere; returns its doc id."""
        with self._write_lock, self.catalog.write_lock():
            doc_id = self.resolve(ref)
            self.indexer.remove(doc_id)
        self._warm()
        return doc_id

    def resolve(self, ref: str) -> str:
        """Doc id for a reference (id, unique prefix or plan number)."""
        doc_id = self.state.resolve_doc(ref)
        if doc_id is None:
            raise DocumentNotFoundError(ref)
        return doc_id

    # read side
    def documents(self) -> list[dict[str, Any]]:
        """Metadata of every indexed plan, with chunk/fact counts and OCR information."""
        out = []
        for doc_id, rec in sorted(self.state.docs.items()):
            d = rec.meta.to_dict()
            d.update({"doc_id": doc_id, "chunks": len(rec.chunks), "facts": len(rec.facts),
                      "ocr_damaged_text": rec.ocr_damaged, "pages": len(rec.pages) or None,
                      "ocr": rec.ocr_damaged or any(p.get("ocr") for p in rec.pages),
                      "original_pdf": rec.original is not None})
            out.append(d)
        return out

    def document(self, ref: str) -> dict[str, Any]:
        """Metadata + outline of one plan."""
        rec = self.state.docs[self.resolve(ref)]
        d = rec.meta.to_dict()
        d.update({"doc_id": rec.doc_id, "chunks": len(rec.chunks), "facts": len(rec.facts),
                  "outline": rec.outline.to_dict(), "ocr_damaged_text": rec.ocr_damaged, "page_info": rec.pages,
                  "ocr": rec.ocr_damaged or any(p.get("ocr") for p in rec.pages), "original_pdf": rec.original is not None})
        return d

    def facts(self, ref: str | None = None, kind: str | None = None) -> list[dict[str, Any]]:
        """Extracted facts (optionally of one plan and one kind)."""
        docs = [self.resolve(ref)] if ref else sorted(self.state.docs)
        return [f for d in docs for f in self.state.docs[d].facts if kind is None or f["kind"] == kind]

    def search(self, query: str, k: int = 10, filters: Filters | None = None, mode: str = "hybrid") -> list[Hit]:
        """Ranked passages for a query."""
        return self.retriever.search(query, k, filters, mode=mode)

    def passage(self, hit: Hit) -> dict[str, Any]:
        """JSON form of a hit (the ``retrieved`` entries of the answer contract)."""
        return self.state.passage(hit.chunk, hit.score)

    def answerer(self) -> Any:
        """The answerer of the current snapshot (rebuilt when the snapshot changes)."""
        from assistant.answer.service import Answerer

        st = self.state
        current = self._answerer
        if current is not None and current.state is st:
            return current
        with self._lock:
            if self._answerer is None or self._answerer.state is not st:
                self._answerer = Answerer(st, self.retriever_for(st), self.settings)
            return self._answerer

    def ask(self, question: str, history: list[dict[str, str]] | None = None, filters: Filters | None = None,
            top_k: int = 10, mode: str = "extractive") -> dict[str, Any]:
        """Answer a question with citations (the answer JSON of DESIGN.md §4.2).

        Every text that reaches the scorer is bounded here, whatever the entry point: the question and each
        user turn of the history to ``max_question_chars``, other turns to a few times that, 20 turns at most.
        """
        limit = self.settings.max_question_chars
        bounded = [{"role": str(h.get("role", "")),
                    "content": valid_text(str(h.get("content", ""))[: limit if h.get("role") == "user" else 4 * limit])}
                   for h in (history or [])[-20:]]
        return dict(self.answerer().ask(valid_text(question[:limit]), bounded, filters, top_k, mode))

    def health(self) -> dict[str, Any]:
        """Status summary for /api/health: ``ok``, or ``degraded`` with the failing components named."""
        problems: dict[str, str] = {}
        plans = chunks = 0
        embedding: str | None = self.settings.embedding_backend
        try:
            st = self.state
            plans, chunks = len(st.docs), st.chunk_count()
            embedding = st.embedding or embedding
        except Exception as exc:
            problems["index"] = str(exc)
        try:
            self.vectors.count()
            if plans:
                self.vectors.collection.peek(limit=1)
        except Exception as exc:
            problems["vector_store"] = f"{type(exc).__name__}: {exc}"[:500]
        out: dict[str, Any] = {
            "status": "degraded" if problems else "ok", "plans": plans, "chunks": chunks, "embedding": embedding,
            "vector_store": "chroma-http" if self.settings.chroma_url else "chroma-persistent",
            "llm": self.llm_backend()}
        if problems:
            out["problems"] = problems
            out["fix"] = "Chạy `cchc doctor` để kiểm tra và `cchc doctor --repair` để dựng lại chỉ mục."
        return out

    def llm_backend(self) -> str | None:
        """Which LLM backend LLM mode would use (None when not configured)."""
        s = self.settings
        if s.llm_base_url:
            return f"openai-like:{s.llm_model or 'default'}"
        if s.llm_gguf:
            return f"llama-cpp:{s.llm_gguf.name}"
        return None

    def tasks(self, ref: str | None = None) -> list[dict[str, Any]]:
        """Task records (DESIGN.md §4.4) of one plan, or of every plan in doc-id order."""
        docs = [self.resolve(ref)] if ref else sorted(self.state.docs)
        return [t for d in docs for t in self.state.docs[d].tasks]

    def reports(self, ref: str | None = None) -> list[dict[str, Any]]:
        """Reporting records (one per reporter, recipient, via, period, deadline) of one plan or all plans."""
        docs = [self.resolve(ref)] if ref else sorted(self.state.docs)
        return [r for d in docs for r in self.state.docs[d].reports]
