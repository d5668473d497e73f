"""Committed index generations on disk: documents, outlines, chunks, facts and the BM25 index.

Layout under ``root`` (``<data dir>/store``)::

    CURRENT                     name of the committed generation
    gen-000007/manifest.json    {doc_id: {version, sha256, source, chunks}}, embedding backend
    gen-000007/docs/<doc_id>/   source.txt, meta.json, outline.json, chunks.jsonl, facts.jsonl,
                                original.pdf (a PDF plan's original, see :mod:`index.pages`)
    gen-000007/bm25/            lexical index over every chunk of the generation

A new generation is staged in a fresh folder and becomes visible only when ``CURRENT`` is atomically
replaced, so a crash half-way through an ingest leaves the previous generation intact and usable.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from index.pages import store_original, stored_original
from index.types import Chunk, PlanMetadata, Section

log = logging.getLogger("index.catalog")


REPAIR_HINT = "Chạy `cchc doctor --repair` để dựng lại chỉ mục từ văn bản gốc đã lưu (hoặc nạp lại các tệp gốc)."


class StoreDamagedError(RuntimeError):
    """The committed index cannot be read; ``problems`` name the damaged files."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("Chỉ mục bị hỏng: " + "; ".join(problems[:5]) + ". " + REPAIR_HINT)


@dataclass
class DocRecord:
    """Everything stored for one plan in a generation."""

    doc_id: str
    version: str
    sha256: str
    source: str
    text: str
    meta: PlanMetadata
    outline: Section
    chunks: list[Chunk]
    facts: list[dict[str, Any]] = field(default_factory=list)
    ocr_damaged: bool = False
    pages: list[dict[str, Any]] = field(default_factory=list)
    tasks: list[dict[str, Any]] = field(default_factory=list)
    reports: list[dict[str, Any]] = field(default_factory=list)
    table_rows: list[dict[str, Any]] = field(default_factory=list)  # loader rows, kept so a repair can re-parse
    original: Path | None = None  # the PDF original to keep with the plan (index.pages), if any


def _write_json(path: Path, data: Any) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")


def _write_jsonl(path: Path, rows: list[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _read_exact(path: Path) -> str:
    with path.open(encoding="utf-8", newline="") as fh:
        return fh.read()


def write_doc(folder: Path, rec: DocRecord) -> None:
    """Write one document record into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "source.txt").write_text(rec.text, encoding="utf-8", newline="")
    _write_json(folder / "meta.json", rec.meta.to_dict())
    _write_json(folder / "outline.json", rec.outline.to_dict())
    _write_jsonl(folder / "chunks.jsonl", [c.to_dict() for c in rec.chunks])
    _write_jsonl(folder / "facts.jsonl", rec.facts)
    _write_jsonl(folder / "tasks.jsonl", rec.tasks)
    _write_jsonl(folder / "reports.jsonl", rec.reports)
    _write_jsonl(folder / "table_rows.jsonl", rec.table_rows)
    store_original(rec.original, folder)
    _write_json(folder / "record.json", {
        "doc_id": rec.doc_id, "version": rec.version, "sha256": rec.sha256, "source": rec.source,
        "ocr_damaged": rec.ocr_damaged, "pages": rec.pages,
    })


def read_doc(folder: Path) -> DocRecord:
    """Read one document record from ``folder``."""
    info = json.loads((folder / "record.json").read_text(encoding="utf-8"))
    meta_d = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    return DocRecord(
        doc_id=info["doc_id"], version=info["version"], sha256=info["sha256"], source=info["source"],
        text=_read_exact(folder / "source.txt"),
        meta=PlanMetadata(**meta_d),
        outline=Section.from_dict(json.loads((folder / "outline.json").read_text(encoding="utf-8"))),
        chunks=[Chunk(**c) for c in _read_jsonl(folder / "chunks.jsonl")],
        facts=_read_jsonl(folder / "facts.jsonl"),
        ocr_damaged=info.get("ocr_damaged", False), pages=info.get("pages", []),
        tasks=_read_jsonl(folder / "tasks.jsonl"), reports=_read_jsonl(folder / "reports.jsonl"),
        table_rows=_read_jsonl(folder / "table_rows.jsonl"), original=stored_original(folder),
    )


class Catalog:
    """Reads the committed generation and stages/commits new ones."""

    def __init__(self, root: Path) -> None:
        self.root = root
        root.mkdir(parents=True, exist_ok=True)

    @contextlib.contextmanager
    def write_lock(self) -> Iterator[None]:
        """Exclusive across processes (several server workers, a CLI ingest): one writer commits at a time."""
        import fcntl

        with (self.root / ".write.lock").open("a") as fh:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh.fileno(), fcntl.LOCK_UN)

    def complete_generations(self) -> list[str]:
        """Names of generations whose commit finished (a readable manifest), oldest first."""
        found: list[tuple[int, str]] = []
        for p in self.root.glob("gen-*"):
            try:
                number = int(p.name.split("-")[1])
                json.loads((p / "manifest.json").read_text(encoding="utf-8"))
            except (IndexError, ValueError, OSError):
                continue
            found.append((number, p.name))
        return [name for _, name in sorted(found)]

    @property
    def current_name(self) -> str | None:
        """Name of the committed generation, or None for an empty index.

        When ``CURRENT`` is missing, empty or names a generation that is gone, the newest complete
        generation is used (and ``CURRENT`` rewritten), so a damaged pointer never hides committed plans.
        """
        cur = self.root / "CURRENT"
        name = ""
        try:
            name = cur.read_text(encoding="utf-8").strip()
        except (FileNotFoundError, UnicodeDecodeError):
            pass
        if name and "/" not in name and (self.root / name / "manifest.json").exists():
            return name
        complete = self.complete_generations()
        if not complete:
            return None
        newest = complete[-1]
        log.warning("store/CURRENT thiếu hoặc hỏng (%r); dùng thế hệ hoàn chỉnh mới nhất %s", name, newest)
        self._point_to(newest)
        return newest

    def _point_to(self, name: str) -> None:
        """Atomically make ``CURRENT`` name ``name``."""
        fd, tmp = tempfile.mkstemp(dir=self.root, prefix=".CURRENT.")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(name)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.root / "CURRENT")

    def current_dir(self) -> Path | None:
        """Folder of the committed generation."""
        name = self.current_name
        return self.root / name if name else None

    def manifest(self) -> dict[str, Any]:
        """Manifest of the committed generation (empty when nothing is indexed).

        Raises :class:`StoreDamagedError` (naming the file) when the manifest cannot be read.
        """
        d = self.current_dir()
        if d is None:
            return {"docs": {}, "embedding": None}
        try:
            return dict(json.loads((d / "manifest.json").read_text(encoding="utf-8")))
        except (OSError, ValueError) as exc:
            raise StoreDamagedError([f"{d / 'manifest.json'}: không đọc được ({type(exc).__name__})"]) from exc

    def rewrite_manifest(self, manifest: dict[str, Any]) -> None:
        """Replace the committed generation's manifest (repair of a damaged one)."""
        d = self.current_dir()
        if d is not None:
            tmp = d / ".manifest.json.tmp"
            _write_json(tmp, manifest)
            os.replace(tmp, d / "manifest.json")

    def load_docs(self) -> dict[str, DocRecord]:
        """All document records of the committed generation."""
        d = self.current_dir()
        if d is None:
            return {}
        return {doc_id: read_doc(d / "docs" / doc_id) for doc_id in self.manifest()["docs"]}

    def stage(self) -> Path:
        """A fresh folder for a new generation (not yet visible)."""
        n = 0
        for p in self.root.glob("gen-*"):
            try:
                n = max(n, int(p.name.split("-")[1]))
            except (IndexError, ValueError):
                continue
        folder = self.root / f"gen-{n + 1:06d}"
        if folder.exists():
            shutil.rmtree(folder)
        (folder / "docs").mkdir(parents=True)
        return folder

    def carry_over(self, staged: Path, doc_id: str) -> None:
        """Copy an unchanged document from the committed generation into ``staged`` (hard links)."""
        cur = self.current_dir()
        if cur is None:
            raise FileNotFoundError(doc_id)
        shutil.copytree(cur / "docs" / doc_id, staged / "docs" / doc_id, copy_function=os.link)

    def commit(self, staged: Path, manifest: dict[str, Any]) -> None:
        """Write the manifest and atomically make ``staged`` the current generation.

        Only the generation it supersedes and unfinished (manifest-less) older stagings are deleted:
        a complete generation this commit did not supersede is never removed.
        """
        previous = self.current_name
        _write_json(staged / "manifest.json", manifest)
        self._point_to(staged.name)
        complete = set(self.complete_generations())
        for p in self.root.glob("gen-*"):
            if p.name == staged.name:
                continue
            if p.name == previous or (p.name not in complete and p.name < staged.name):
                shutil.rmtree(p, ignore_errors=True)

    def discard(self, staged: Path) -> None:
        """Remove a staged generation that will not be committed."""
        shutil.rmtree(staged, ignore_errors=True)

    # Journal of plans whose vectors were written but not yet committed (``store/staged.jsonl``): the next
    # commit prunes the vectors of exactly those plans instead of sweeping the whole vector collection.
    @property
    def _journal(self) -> Path:
        return self.root / "staged.jsonl"

    def note_staged(self, versions: dict[str, str]) -> None:
        """Record that vectors of these ``{doc_id: version}`` are about to be written (before writing them)."""
        with self._journal.open("a", encoding="utf-8") as fh:
            for doc_id, version in versions.items():
                fh.write(json.dumps({"doc_id": doc_id, "version": version}, ensure_ascii=False) + "\n")
            fh.flush()
            os.fsync(fh.fileno())

    def staged_versions(self) -> dict[str, set[str]]:
        """``{doc_id: versions}`` recorded by :meth:`note_staged` since the last :meth:`clear_staged`."""
        out: dict[str, set[str]] = {}
        for row in _read_jsonl(self._journal):
            out.setdefault(row["doc_id"], set()).add(row["version"])
        return out

    def clear_staged(self) -> None:
        """Forget the journal (after the vectors of its plans were pruned to their committed versions)."""
        self._journal.unlink(missing_ok=True)
