"""Ingestion pipeline: files → loaded documents → outline, metadata, chunks, facts → vectors + BM25.

Stage-then-commit: vectors of new or changed plans are upserted under a new version tag, the new
generation (documents + BM25) is written to a staging folder, and only then is it committed. Queries
only see committed versions, so a crash at any point leaves the previous index usable.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from index.catalog import Catalog, DocRecord, StoreDamagedError, read_doc, write_doc
from index.chunking import make_chunks
from index.embeddings import Embedder
from index.facts import extract_facts
from index.identity import assign_id
from index.lexical import DocShard, LexicalIndex, chunk_tokens
from index.loaders import SUPPORTED_EXTENSIONS, LoaderError, load_document
from index.loaders.errors import UnsupportedFormatError
from index.loaders.limits import IngestCancelled, LoadLimits
from index.metadata import extract_metadata
from index.ocr import OcrOptions
from index.ocrtext import looks_ocr_damaged
from index.pages import original_to_keep
from index.reporting import extract_reports
from index.structure import parse_outline
from index.tasks import extract_tasks
from index.types import Chunk, LoadedDocument
from index.vectorstore import ChromaStore
from index.version import PIPELINE_VERSION, content_key

log = logging.getLogger(__name__)

Progress = Callable[[str, dict[str, Any]], None]
SHARD_FILE = "lexical.npz"  # per-plan BM25 token counts, stored in the plan's folder of each generation
LEXICAL_ONLY: frozenset[str] = frozenset()  # unit kinds indexed by BM25 but not embedded
EMBED_BATCH = 1024  # units embedded and upserted per batch (bounded memory, few Chroma transactions)


@dataclass
class FileResult:
    """Outcome of one file of an ingest."""

    path: str
    doc_id: str | None
    status: str  # added | updated | unchanged | duplicate | failed
    chunks: int = 0
    error: str | None = None
    seconds: float = 0.0


@dataclass
class IngestReport:
    """Outcome of a whole ingest."""

    files: list[FileResult] = field(default_factory=list)
    seconds: float = 0.0
    embedded: int = 0
    cache_hits: int = 0

    @property
    def failed(self) -> list[FileResult]:
        """Files that could not be ingested."""
        return [f for f in self.files if f.status == "failed"]


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files named directly, plus supported files found recursively in named folders (sorted)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUPPORTED_EXTENSIONS
                              and not f.name.endswith(".meta.json")))
        else:
            out.append(p)
    return out


def doc_version(doc_id: str, sha256: str) -> str:
    """Version tag of a plan's content under the current pipeline."""
    h = content_key(sha256)
    return f"{doc_id}@{h}"


def _structured(extract: Callable[..., list[Any]], doc: LoadedDocument, *args: Any) -> list[Any]:
    """One structure extractor's records (facts, tasks, reports), or none when it fails on this plan.

    An unexpected layout must not cost the plan: its text is still chunked and searchable, and the failure is
    logged with the plan's file so it can be reported and fixed.
    """
    try:
        return extract(doc, *args)
    except Exception:  # noqa: BLE001 - any parser bug on one plan degrades that plan's structure only
        log.exception("%s: %s failed; the plan is indexed without these records", Path(doc.path).name,
                      extract.__name__)
        return []


def build_record(doc: LoadedDocument) -> DocRecord:
    """Parse one loaded document into everything the index stores for it."""
    outline = parse_outline(doc)
    meta = extract_metadata(doc, outline)
    chunks = make_chunks(doc, outline, meta)
    facts = [f.to_dict() for f in _structured(extract_facts, doc, outline, meta)]
    tasks, reports = _structured(extract_tasks, doc, outline, meta), _structured(extract_reports, doc, outline, meta)
    return DocRecord(
        doc_id=doc.doc_id, version=doc_version(doc.doc_id, doc.sha256), sha256=doc.sha256,
        source=Path(doc.path).name, text=doc.text, meta=meta, outline=outline, chunks=chunks, facts=facts,
        ocr_damaged=looks_ocr_damaged(doc.text),
        pages=[{"number": p.number, "line_start": p.line_start, "ocr": p.ocr, "confidence": p.confidence}
               for p in doc.pages],
        tasks=tasks, reports=reports, table_rows=[asdict(r) for r in doc.table_rows],
    )


def retrievable_units(rec: DocRecord) -> list[Chunk]:
    """Chunks plus facts turned into chunks (kind "fact"), the rows of both indexes."""
    units = list(rec.chunks)
    for i, fact in enumerate(rec.facts):
        units.append(Chunk(
            chunk_id=f"{rec.doc_id}:{content_key(rec.sha256)}:f{i:04d}", doc_id=rec.doc_id, text=fact["quote_clean"],
            section=fact["section"], line_start=fact["line_start"], line_end=fact["line_end"], page=fact.get("page"),
            kind="fact", heading=fact["section"], context=fact.get("context", ""),
        ))
    return units


class Indexer:
    """Ingests and removes plans, keeping ChromaDB and BM25 consistent through committed generations."""

    def __init__(self, catalog: Catalog, vectors: ChromaStore, embedder: Embedder,
                 ocr: OcrOptions | None = None, limits: LoadLimits | None = None, keep_original_mb: int = 20) -> None:
        self.catalog = catalog
        self.keep_original_mb = keep_original_mb  # PDF originals up to this size are kept with their plan
        self.vectors = vectors
        self.embedder = embedder
        self.ocr = ocr
        self.limits = limits

    def ingest(self, paths: Iterable[str | Path], progress: Progress | None = None, *, replace: str | None = None,
               cancel: Callable[[], bool] | None = None) -> IngestReport:
        """Ingest files/folders; failures are reported per file and the others are still indexed.

        Plans are identified by content (:mod:`index.identity`): a file identical to an indexed plan is
        reported as a duplicate, a colliding name gets a new id. ``replace`` (a doc id) explicitly replaces
        that plan by the one file given. ``cancel()`` is polled between files and pages; when it returns
        True the ingest stops with :class:`IngestCancelled` and nothing is committed.
        """
        emit = progress or (lambda kind, data: None)
        stop = cancel or (lambda: False)
        t0 = time.perf_counter()
        report = IngestReport()
        files = expand_paths(paths)
        if replace is not None and len(files) != 1:
            raise ValueError("replace needs exactly one file")
        emit("start", {"total": len(files)})
        manifest = self.catalog.manifest()
        docs_meta: dict[str, Any] = dict(manifest["docs"])
        if replace is not None and replace not in docs_meta:
            raise KeyError(replace)
        same_space = manifest.get("embedding") in (None, self.embedder.name)
        changed: dict[str, DocRecord] = {}
        taken: set[str] = set()
        for path in files:
            if stop():
                raise IngestCancelled()
            t1 = time.perf_counter()
            emit("file", {"path": str(path)})
            try:
                if path.suffix.lower() not in SUPPORTED_EXTENSIONS:
                    raise UnsupportedFormatError(str(path), f"định dạng {path.suffix or '(không có)'} không được hỗ trợ")
                doc = load_document(path, ocr=self.ocr, progress=self._page_progress(emit, path, stop),
                                    limits=self.limits)
                where = str(path.resolve())
                who = assign_id(doc.doc_id, doc.sha256, where, docs_meta, taken, replace)
                taken.add(who.doc_id)
                doc.doc_id = who.doc_id
                version = doc_version(doc.doc_id, doc.sha256)
                old = docs_meta.get(doc.doc_id)
                if who.action in ("same", "duplicate") and old and old["version"] == version and same_space:
                    status = "unchanged" if who.action == "same" else "duplicate"
                    note = None if who.duplicate_of is None else \
                        f"{path.name}: trùng nội dung với kế hoạch đã nạp '{who.duplicate_of}'; không thêm kế hoạch mới"
                    report.files.append(FileResult(str(path), doc.doc_id, status, old["chunks"], error=note,
                                                   seconds=time.perf_counter() - t1))
                    continue
                rec = build_record(doc)
                rec.original = original_to_keep(path, doc.format, self.keep_original_mb)
                units = retrievable_units(rec)
                if stop():
                    raise IngestCancelled()
                emit("embed", {"path": str(path), "chunks": len(units)})
                self._embed(units, {rec.doc_id: rec.version}, report)
                changed[rec.doc_id] = rec
                docs_meta[rec.doc_id] = {"version": rec.version, "sha256": rec.sha256, "source": rec.source,
                                         "chunks": len(rec.chunks), "facts": len(rec.facts),
                                         "path": where if who.action != "replace" else (old or {}).get("path", where)}
                report.files.append(FileResult(str(path), rec.doc_id, "updated" if old else "added", len(rec.chunks),
                                               seconds=time.perf_counter() - t1))
            except IngestCancelled:
                raise
            except LoaderError as exc:
                report.files.append(FileResult(str(path), None, "failed", error=str(exc),
                                               seconds=time.perf_counter() - t1))
            except Exception as exc:  # a parser bug must not lose the other files
                report.files.append(FileResult(str(path), None, "failed", error=f"{path.name}: lỗi xử lý: {exc!r}",
                                               seconds=time.perf_counter() - t1))
            emit("done_file", {"path": str(path)})
        if not same_space:  # a new embedding backend: re-embed the plans that were not re-read above
            for doc_id, rec in self.catalog.load_docs().items():
                if doc_id not in changed:
                    self._embed(retrievable_units(rec), {doc_id: rec.version}, report)
        if stop():
            raise IngestCancelled()
        if changed or not same_space:
            emit("commit", {"plans": len(docs_meta)})
            self._commit(docs_meta, changed, progress)
        report.seconds = time.perf_counter() - t0
        emit("finish", {"seconds": report.seconds})
        return report

    def restore(self, docs: dict[str, DocRecord], *, force_embed: bool = False,
                progress: Progress | None = None) -> IngestReport:
        """Commit a fresh generation holding exactly ``docs`` (used by ``cchc doctor --repair``).

        Vectors are re-embedded for plans whose version has none in the store (all when ``force_embed``).
        """
        emit = progress or (lambda kind, data: None)
        t0 = time.perf_counter()
        report = IngestReport()
        try:
            old = self.catalog.manifest()["docs"]
        except StoreDamagedError:
            old = {}
        for doc_id, rec in docs.items():
            has = self.vectors.collection.get(where={"version": rec.version}, limit=1, include=[])["ids"]
            if force_embed or not has:
                emit("embed", {"path": rec.source, "chunks": len(rec.chunks)})
                self._embed(retrievable_units(rec), {doc_id: rec.version}, report)
        docs_meta = {doc_id: {"version": rec.version, "sha256": rec.sha256, "source": rec.source,
                              "chunks": len(rec.chunks), "facts": len(rec.facts),
                              **({"path": old[doc_id]["path"]} if "path" in old.get(doc_id, {}) else {})}
                     for doc_id, rec in docs.items()}
        if not old and self.catalog.current_dir() is not None:  # a damaged manifest: rebuild it first
            self.catalog.rewrite_manifest({"docs": docs_meta, "embedding": self.embedder.name,
                                           "pipeline": PIPELINE_VERSION})
        self._commit(docs_meta, dict(docs))
        report.seconds = time.perf_counter() - t0
        return report

    @staticmethod
    def _page_progress(emit: Progress, path: Path, stop: Callable[[], bool]) -> Callable[[int, int], None]:
        def on_page(done: int, total: int) -> None:
            emit("page", {"path": str(path), "done": done, "total": total})
            if stop():
                raise IngestCancelled()

        return on_page

    def remove(self, doc_id: str) -> bool:
        """Delete a plan from every index; False when it is not indexed."""
        manifest = self.catalog.manifest()
        docs_meta = dict(manifest["docs"])
        if doc_id not in docs_meta:
            return False
        del docs_meta[doc_id]
        self._commit(docs_meta, {})  # deletes the vectors of the versions that are no longer committed
        return True

    def _embed(self, units: list[Chunk], versions: dict[str, str], report: IngestReport) -> None:
        """Queue ``units`` for embedding; vectors are computed and upserted in batches of ``EMBED_BATCH``.

        The versions are journaled first, so a crash at any point leaves nothing that the next commit
        cannot prune. Units of the kinds in ``LEXICAL_ONLY`` are not embedded (BM25 finds them).
        """
        units = [u for u in units if u.kind not in LEXICAL_ONLY]
        self.catalog.note_staged(versions)
        queue: list[tuple[list[Chunk], dict[str, str], IngestReport]] = self.__dict__.setdefault("_vector_queue", [])
        queue.append((units, dict(versions), report))
        if sum(len(u) for u, _, _ in queue) >= EMBED_BATCH:
            _flush_vectors(self)

    def _commit(self, docs_meta: dict[str, Any], changed: dict[str, DocRecord], emit: Progress | None = None) -> None:
        """Stage the generation (changed plans written, others hard-linked), merge BM25, commit, prune.

        Only the changed plans are tokenised (their lexical shard is stored with them); carried-over plans
        contribute their stored shard, so the cost is proportional to the change plus a vectorised merge.
        Progress: ``emit("stage", {"stage": name, "state": "start" | "progress" | "done", ...})``, where
        ``emit`` defaults to the ``stage_progress`` attribute when a caller set one.
        """
        emit = emit or getattr(self, "stage_progress", None) or (lambda kind, data: None)
        emit("stage", {"stage": "vectors", "state": "start"})
        _flush_vectors(self, keep={m["version"] for m in docs_meta.values()})
        emit("stage", {"stage": "vectors", "state": "done"})
        previous = {d: m["version"] for d, m in self.catalog.manifest()["docs"].items()}
        staged = self.catalog.stage()
        try:
            total = len(docs_meta)
            emit("stage", {"stage": "documents", "state": "start", "total": total, "changed": len(changed)})

            def shards() -> Iterator[DocShard]:
                for n, doc_id in enumerate(docs_meta, 1):
                    folder = staged / "docs" / doc_id
                    if doc_id in changed:
                        write_doc(folder, changed[doc_id])
                        shard = _doc_shard(changed[doc_id])
                        shard.save(folder / SHARD_FILE)
                    else:
                        self.catalog.carry_over(staged, doc_id)
                        if (folder / SHARD_FILE).exists():
                            shard = DocShard.load(folder / SHARD_FILE)
                        else:  # a generation written before shards existed
                            shard = _doc_shard(read_doc(folder))
                            (folder / SHARD_FILE).unlink(missing_ok=True)
                            shard.save(folder / SHARD_FILE)
                    if n % 100 == 0 or n == total:
                        emit("stage", {"stage": "documents", "state": "progress", "done": n, "total": total})
                    yield shard

            lexical = LexicalIndex.merge(shards())
            emit("stage", {"stage": "documents", "state": "done", "total": total})
            emit("stage", {"stage": "lexical", "state": "start", "units": len(lexical.ids)})
            lexical.save(staged / "bm25")
            emit("stage", {"stage": "lexical", "state": "done", "units": len(lexical.ids)})
            self.catalog.commit(staged, {"docs": docs_meta, "embedding": self.embedder.name,
                                         "pipeline": PIPELINE_VERSION})
        except BaseException:
            self.catalog.discard(staged)
            raise
        emit("stage", {"stage": "prune", "state": "start"})
        active = {d: m["version"] for d, m in docs_meta.items()}
        known = self.catalog.staged_versions()  # versions written since the last commit (crashes included)
        for doc_id, version in previous.items():
            known.setdefault(doc_id, set()).add(version)
        stale = {v for d, versions in known.items() for v in versions if v != active.get(d)}
        pruned = self.vectors.delete_versions(stale)
        if not active:
            pruned += self.vectors.prune(set())
        self.catalog.clear_staged()
        emit("stage", {"stage": "prune", "state": "done", "deleted": pruned, "versions": len(stale)})


def _flush_vectors(indexer: Indexer, keep: set[str] | None = None) -> None:
    """Embed and upsert the queued units of ``indexer`` (only those of ``keep`` versions when given)."""
    queue: list[tuple[list[Chunk], dict[str, str], IngestReport]] = indexer.__dict__.pop("_vector_queue", [])
    units: list[Chunk] = []
    versions: dict[str, str] = {}
    for group, vers, report in queue:
        if keep is not None and not set(vers.values()) <= keep:
            continue  # queued by an ingest that was cancelled before its commit
        units.extend(group)
        versions.update(vers)
        report.embedded += len(group)
    if not units:
        return
    embedder = indexer.embedder
    before_hits = getattr(embedder, "hits", 0)
    vecs = embedder.embed_passages([u.retrieval_text for u in units])
    queue[-1][2].cache_hits += getattr(embedder, "hits", 0) - before_hits
    indexer.vectors.add(units, vecs, versions)


def _doc_shard(rec: DocRecord) -> DocShard:
    """Lexical shard of one plan: the BM25 tokens of each of its units."""
    units = retrievable_units(rec)
    return DocShard.build([u.chunk_id for u in units], [chunk_tokens(u.retrieval_text, rec.ocr_damaged) for u in units])
