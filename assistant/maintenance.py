"""Operator maintenance: ``cchc doctor`` checks every stored file and the vector store, and repairs them.

Repair never deletes what it cannot rebuild: a damaged embedded Chroma folder is moved aside
(``chroma.damaged-<time>``), damaged plan files are re-parsed from the stored ``source.txt``, and the
result is committed as a new generation like any ingest.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from assistant.engine import Engine
from index.doctor import check_generation, recover_docs


def vector_problem(engine: Engine) -> str | None:
    """Why the vector store cannot be used, or None when it answers."""
    try:
        engine.vectors.count()
        engine.vectors.collection.peek(limit=1)
    except Exception as exc:
        where = engine.settings.chroma_url or str(engine.settings.chroma_dir / "chroma.sqlite3")
        return f"{where}: kho vector không dùng được ({type(exc).__name__}: {str(exc)[:200]})"
    return None


def _reset_vectors(engine: Engine) -> str | None:
    """Move a damaged embedded Chroma folder aside and drop the cached clients; returns where it went."""
    moved = None
    if not engine.settings.chroma_url and engine.settings.chroma_dir.exists():
        aside = engine.settings.chroma_dir.with_name(f"chroma.damaged-{time.strftime('%Y%m%d-%H%M%S')}")
        engine.settings.chroma_dir.rename(aside)
        moved = str(aside)
    try:
        from chromadb.api.client import SharedSystemClient

        SharedSystemClient.clear_system_cache()
    except Exception:  # older/newer chromadb without the cache: a fresh client is enough
        pass
    for name in ("vectors", "indexer"):
        engine.__dict__.pop(name, None)
    return moved


def doctor(engine: Engine, repair: bool = False, say: Callable[[str], None] | None = None) -> dict[str, Any]:
    """Check (and with ``repair`` rebuild) the committed index; a JSON-ready report."""
    emit = say or (lambda msg: None)
    problems = check_generation(engine.catalog)
    vec = vector_problem(engine)
    report: dict[str, Any] = {"generation": engine.catalog.current_name, "problems": problems + ([vec] if vec else []),
                              "repaired": False}
    if not repair or not report["problems"]:
        return report
    with engine._write_lock, engine.catalog.write_lock():
        if vec:
            report["vector_store_moved_to"] = _reset_vectors(engine)
        docs, rep = recover_docs(engine.catalog, emit)
        emit(f"Ghi thế hệ chỉ mục mới với {len(docs)} kế hoạch")
        engine.indexer.restore(docs, force_embed=bool(vec))
    report.update(repaired=True, kept=rep.kept, rebuilt=rep.rebuilt, lost=rep.lost,
                  generation=engine.catalog.current_name, remaining=check_generation(engine.catalog))
    return report
