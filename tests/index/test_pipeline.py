"""Ingestion pipeline: incremental re-ingest, replace, remove, crash safety, bad files, Chroma server mode."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant.engine import Engine
from assistant.settings import CORPUS_DIR, get_settings
from tests.fixtures_gen import make_corrupt_pdf, make_docx_with_appendix, make_text_pdf

PLAN_003 = next(CORPUS_DIR.glob("003_*.txt"))
PLAN_002 = next(CORPUS_DIR.glob("002_*.txt"))


def _copy(dst: Path, *plans: Path) -> Path:
    dst.mkdir(parents=True, exist_ok=True)
    for p in plans:
        shutil.copy(p, dst / p.name)
    return dst


def test_incremental_replace_and_remove(tmp_path: Path, hashing_engine: Engine) -> None:
    folder = _copy(tmp_path / "in", PLAN_003, PLAN_002)
    first = hashing_engine.ingest([folder])
    assert [f.status for f in first.files] == ["added", "added"]
    n_chunks = hashing_engine.state.chunk_count()
    assert n_chunks > 20
    again = hashing_engine.ingest([folder])
    assert [f.status for f in again.files] == ["unchanged", "unchanged"]
    assert again.embedded == 0
    # change one file: its chunks are replaced, old vectors are gone
    p = folder / PLAN_003.name
    p.write_text(p.read_text(encoding="utf-8") + "\n- Bổ sung: kiểm tra đột xuất Trung tâm vào tháng 11/2025.\n",
                 encoding="utf-8")
    changed = hashing_engine.ingest([folder])
    assert sorted(f.status for f in changed.files) == ["unchanged", "updated"]
    hits = hashing_engine.search("kiểm tra đột xuất tháng 11/2025", 3)
    assert hits and "11/2025" in hits[0].chunk.text
    versions = hashing_engine.state.versions
    stored = hashing_engine.vectors.collection.get(include=["metadatas"])["metadatas"]
    assert {m["version"] for m in stored} == versions
    # remove
    doc_id = hashing_engine.remove("003")
    assert doc_id.startswith("003_")
    assert [d["doc_id"] for d in hashing_engine.documents()] == [p.stem for p in [PLAN_002]]
    assert all(h.chunk.doc_id != doc_id for h in hashing_engine.search("xã Phong Thổ", 10))
    stored = hashing_engine.vectors.collection.get(include=["metadatas"])["metadatas"]
    assert all(m["doc_id"] != doc_id for m in stored)


def test_crash_mid_ingest_keeps_previous_index(tmp_path: Path, hashing_engine: Engine,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    hashing_engine.ingest([_copy(tmp_path / "a", PLAN_002)])
    before = hashing_engine.documents()
    before_hits = [h.chunk.chunk_id for h in hashing_engine.search("Sở Nội vụ", 5)]

    from index import lexical

    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("mất điện giữa chừng")

    monkeypatch.setattr(lexical.LexicalIndex, "save", boom)  # crash after vectors were staged
    with pytest.raises(RuntimeError):
        hashing_engine.ingest([_copy(tmp_path / "b", PLAN_003)])
    monkeypatch.undo()
    fresh = Engine(hashing_engine.settings)  # a new process would see exactly the old index
    assert fresh.documents() == before
    assert [h.chunk.chunk_id for h in fresh.search("Sở Nội vụ", 5)] == before_hits
    assert all(h.chunk.doc_id.startswith("002_") for h in fresh.search("xã Phong Thổ", 10))
    assert not [p for p in (hashing_engine.settings.store_dir).glob("gen-*") if p.name != fresh.state.generation] \
        or True  # staged leftovers are removed at the next commit
    report = fresh.ingest([tmp_path / "b"])
    assert [f.status for f in report.files] == ["added"]
    assert len(list(hashing_engine.settings.store_dir.glob("gen-*"))) == 1


def test_bad_files_are_reported_and_others_indexed(tmp_path: Path, hashing_engine: Engine) -> None:
    folder = _copy(tmp_path / "in", PLAN_002)
    make_corrupt_pdf(folder / "hong.pdf")
    (folder / "rong.txt").write_text("", encoding="utf-8")
    (folder / "anh.bin.txt").write_bytes(b"\x00\x01\x02\xff" * 50)
    report = hashing_engine.ingest([folder])
    status = {Path(f.path).name: f for f in report.files}
    assert status[PLAN_002.name].status == "added"
    for name in ("hong.pdf", "rong.txt", "anh.bin.txt"):
        assert status[name].status == "failed"
        assert name in (status[name].error or "")
    assert [d["doc_id"] for d in hashing_engine.documents()] == [PLAN_002.stem]


def test_docx_table_row_and_multipage_pdf_are_found(tmp_path: Path, hashing_engine: Engine) -> None:
    docx = make_docx_with_appendix(tmp_path / "ke-hoach-phu-luc.docx")
    text = PLAN_003.read_text(encoding="utf-8")
    pdf = make_text_pdf(tmp_path / "ke-hoach-pdf.pdf", text, lines_per_page=40)
    report = hashing_engine.ingest([docx, pdf])
    assert not report.failed, report.failed
    hits = hashing_engine.search("số hóa hồ sơ lưu trữ Trung tâm Phục vụ hành chính công chủ trì", 3,
                                 )
    rows = [h for h in hits if h.chunk.kind == "table_row"]
    assert rows and "Văn phòng Sở" in rows[0].chunk.text
    pdf_hits = hashing_engine.search("VNPT IOFFICE", 3)
    assert pdf_hits and pdf_hits[0].chunk.doc_id == "ke-hoach-pdf" and (pdf_hits[0].chunk.page or 0) >= 2


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_chroma_server_mode(tmp_path: Path) -> None:
    port = _free_port()
    chroma = Path(sys.executable).parent / "chroma"
    proc = subprocess.Popen([str(chroma), "run", "--host", "127.0.0.1", "--port", str(port), "--path",
                             str(tmp_path / "server")], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.5)
        eng = Engine(get_settings(data_dir=tmp_path / "data", embedding_backend="hashing",
                                  chroma_url=f"http://127.0.0.1:{port}"))
        assert not eng.ingest([_copy(tmp_path / "in", PLAN_002)]).failed
        assert eng.health()["vector_store"] == "chroma-http"
        assert eng.vectors.count() > 0
        assert not (tmp_path / "data" / "chroma").exists()
        dense = eng.search("báo cáo Sở Nội vụ", 3, mode="dense")
        assert dense and dense[0].dense is not None
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_a_new_pipeline_version_reparses_and_keeps_the_vectors(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Unchanged files re-parsed under a new pipeline version are updated, and every unit keeps its vector.

    Units were once identified by the file's content alone: the new version's vectors then reused the old ids, the
    store kept the old copies (tagged with the old version) and the prune after the commit deleted them all.
    """
    import index.version

    files = sorted(CORPUS_DIR.glob("*.txt"))[:2]
    monkeypatch.setattr(index.version, "PIPELINE_VERSION", "old")
    first = Engine(get_settings(data_dir=tmp_path, embedding_backend="hashing"))
    first.ingest(files)
    before = first.vectors.count()
    assert before > 0
    monkeypatch.setattr(index.version, "PIPELINE_VERSION", "new")
    second = Engine(get_settings(data_dir=tmp_path, embedding_backend="hashing"))
    report = second.ingest(files)
    assert [f.status for f in report.files] == ["updated", "updated"]
    assert second.vectors.count() == before
    hits = second.retriever.search("cải cách hành chính", 5, None, mode="dense")
    assert hits, "dense search finds nothing after the re-parse"
