"""Check the committed index for damage and rebuild it from the stored plan texts (``cchc doctor``).

A truncated manifest, chunks file or BM25 index, or a damaged Chroma database, must never end in a
100-line traceback or a lying health check: :func:`check_generation` names every damaged file, and
:func:`repair` rebuilds a fresh generation from each plan's stored ``source.txt`` (plus its page map),
re-embedding whatever the vector store lacks.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from index.catalog import REPAIR_HINT, Catalog, DocRecord, StoreDamagedError, read_doc
from index.pages import stored_original

FIX = REPAIR_HINT
__all__ = ["FIX", "StoreDamagedError", "check_doc", "check_generation", "rebuild_doc", "recover_docs"]


def _check_file(path: Path) -> str | None:
    """A problem description for one stored file, or None when it reads cleanly."""
    try:
        if path.suffix == ".json":
            json.loads(path.read_text(encoding="utf-8"))
        elif path.suffix == ".jsonl":
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if line.strip():
                    try:
                        json.loads(line)
                    except json.JSONDecodeError:
                        return f"{path}: dòng {n} không phải JSON hợp lệ (tệp bị cắt hoặc hỏng)"
        elif path.suffix in (".npy", ".npz"):
            np.load(path, allow_pickle=False)
        elif path.suffix == ".txt":
            path.read_text(encoding="utf-8")
    except (OSError, ValueError, EOFError) as exc:
        return f"{path}: không đọc được ({type(exc).__name__})"
    return None


def check_doc(folder: Path) -> list[str]:
    """Problems of one plan's folder (missing or unreadable files)."""
    problems = [f"{folder / name}: thiếu tệp" for name in ("record.json", "meta.json", "outline.json",
                                                           "chunks.jsonl", "source.txt")
                if not (folder / name).exists()]
    for f in sorted(folder.glob("*")):
        if f.is_file() and (why := _check_file(f)):
            problems.append(why)
    if not problems:
        try:
            read_doc(folder)
        except Exception as exc:
            problems.append(f"{folder}: hồ sơ kế hoạch không hợp lệ ({type(exc).__name__}: {exc})")
    return problems


def check_generation(catalog: Catalog) -> list[str]:
    """Every problem of the committed generation (empty when it reads cleanly or nothing is indexed)."""
    cur = catalog.current_dir()
    if cur is None:
        return []
    problems: list[str] = []
    if why := _check_file(cur / "manifest.json"):
        return [why]
    manifest = json.loads((cur / "manifest.json").read_text(encoding="utf-8"))
    for doc_id in manifest.get("docs", {}):
        folder = cur / "docs" / doc_id
        problems.extend(check_doc(folder) if folder.is_dir() else [f"{folder}: thiếu thư mục kế hoạch"])
    bm25 = cur / "bm25"
    if not bm25.exists():
        problems.append(f"{bm25}: thiếu chỉ mục BM25")
    else:
        for f in sorted(p for p in bm25.rglob("*") if p.is_file()):
            if why := _check_file(f):
                problems.append(why)
        if not problems:
            try:
                from index.lexical import LexicalIndex

                LexicalIndex.load(bm25)
            except Exception as exc:
                problems.append(f"{bm25}: không nạp được chỉ mục BM25 ({type(exc).__name__})")
    return problems


@dataclass
class RepairReport:
    """What :func:`repair` did."""

    kept: list[str] = field(default_factory=list)
    rebuilt: list[str] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)  # plans whose stored text itself is damaged


def _doc_ids(cur: Path) -> list[str]:
    """Plan ids of a generation, from its manifest or, when that is damaged, from its folders."""
    try:
        return list(json.loads((cur / "manifest.json").read_text(encoding="utf-8"))["docs"])
    except (OSError, ValueError, KeyError):
        return sorted(p.name for p in (cur / "docs").glob("*") if p.is_dir())


def rebuild_doc(folder: Path, doc_id: str) -> DocRecord:
    """Parse a plan again from its stored ``source.txt`` and page map (record.json when readable)."""
    from index.catalog import _read_jsonl
    from index.pipeline import build_record
    from index.types import LoadedDocument, PageInfo, TableRow

    text = (folder / "source.txt").read_text(encoding="utf-8")
    info: dict[str, Any] = {}
    try:
        info = json.loads((folder / "record.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    import hashlib

    pages = [PageInfo(number=p["number"], line_start=p["line_start"], ocr=p.get("ocr", False),
                      confidence=p.get("confidence")) for p in info.get("pages", [])]
    sha = info.get("sha256") or hashlib.sha256(text.encode("utf-8")).hexdigest()
    rows: list[TableRow] = []
    try:
        rows = [TableRow(**r) for r in _read_jsonl(folder / "table_rows.jsonl")]
    except (OSError, ValueError, TypeError):
        pass  # damaged rows: the plan is re-parsed from its text alone
    doc = LoadedDocument(doc_id=doc_id, path=str(info.get("source") or f"{doc_id}.txt"),
                         format="pdf" if pages else "txt", text=text, pages=pages, table_rows=rows, sha256=sha)
    rec = build_record(doc)
    rec.original = stored_original(folder)  # the kept PDF original goes into the rebuilt generation
    return rec


def recover_docs(catalog: Catalog, emit: Callable[[str], None] | None = None) -> tuple[dict[str, DocRecord],
                                                                                          RepairReport]:
    """Readable records of the committed generation, rebuilding damaged ones from their stored text."""
    say = emit or (lambda msg: None)
    report = RepairReport()
    cur = catalog.current_dir()
    docs: dict[str, DocRecord] = {}
    if cur is None:
        return docs, report
    for doc_id in _doc_ids(cur):
        folder = cur / "docs" / doc_id
        if not check_doc(folder):
            docs[doc_id] = read_doc(folder)
            report.kept.append(doc_id)
            continue
        try:
            docs[doc_id] = rebuild_doc(folder, doc_id)
            report.rebuilt.append(doc_id)
            say(f"Dựng lại {doc_id} từ source.txt")
        except Exception as exc:
            report.lost.append(doc_id)
            say(f"Không dựng lại được {doc_id}: {type(exc).__name__}: {exc} — hãy nạp lại tệp gốc")
    return docs, report
