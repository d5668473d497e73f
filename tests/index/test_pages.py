"""PDF originals kept with their plan (index.pages): stored, carried over, repaired, removed; pages rendered."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from PIL import Image

from assistant.engine import Engine
from assistant.maintenance import doctor
from index.pages import (
    MAX_HEIGHT,
    MAX_WIDTH,
    ORIGINAL_FILE,
    PageUnavailableError,
    original_to_keep,
    render_page,
)

ROOT = Path(__file__).resolve().parents[2]
PDF = ROOT / "eval" / "varied" / "plans" / "nghe-an_ubnd-tinh_kh-cchc-2026.pdf"
TXT = ROOT / "corpus" / "002_lai-chau_so-dan-toc-ton-giao_2026.txt"


def _folder(engine: Engine, doc_id: str) -> Path:
    cur = engine.catalog.current_dir()
    assert cur is not None
    return cur / "docs" / doc_id


def test_original_kept_through_commits_repair_and_removal(tmp_path: Path, hashing_engine: Engine) -> None:
    upload = tmp_path / "upload" / PDF.name
    upload.parent.mkdir()
    shutil.copyfile(PDF, upload)
    report = hashing_engine.ingest([upload])
    assert not report.failed
    pdf_id = report.files[0].doc_id
    assert pdf_id
    upload.unlink()  # the upload is deleted after ingest: the store keeps its own copy
    kept = _folder(hashing_engine, pdf_id) / ORIGINAL_FILE
    assert kept.read_bytes() == PDF.read_bytes()
    rec = hashing_engine.state.docs[pdf_id]
    assert rec.original == kept and any(c.page and c.page > 1 for c in rec.chunks)  # chunks carry their page
    assert hashing_engine.document(pdf_id)["original_pdf"] is True

    txt_id = hashing_engine.ingest([TXT]).files[0].doc_id  # a new generation carries the original over
    assert txt_id and not (_folder(hashing_engine, txt_id) / ORIGINAL_FILE).exists()
    assert (_folder(hashing_engine, pdf_id) / ORIGINAL_FILE).read_bytes() == PDF.read_bytes()

    (_folder(hashing_engine, pdf_id) / "chunks.jsonl").write_text("{broken", encoding="utf-8")
    result = doctor(hashing_engine, repair=True)
    assert result["repaired"] and pdf_id in result["rebuilt"], result
    assert (_folder(hashing_engine, pdf_id) / ORIGINAL_FILE).read_bytes() == PDF.read_bytes()
    assert not doctor(hashing_engine)["problems"]

    png = render_page(hashing_engine.state.docs[pdf_id].original, 2, tmp_path / "pages", "k")
    with Image.open(io.BytesIO(png.read_bytes())) as im:
        assert im.format == "PNG" and im.width <= MAX_WIDTH and im.height <= MAX_HEIGHT and im.width > 300
    assert render_page(hashing_engine.state.docs[pdf_id].original, 2, tmp_path / "pages", "k") == png  # cached

    old = _folder(hashing_engine, pdf_id)
    hashing_engine.remove(pdf_id)
    assert not old.exists() and not _folder(hashing_engine, pdf_id).exists()


def test_originals_are_bounded_and_pages_checked(tmp_path: Path) -> None:
    assert original_to_keep(PDF, "pdf", 20) == PDF
    assert original_to_keep(PDF, "pdf", 0) is None
    assert original_to_keep(TXT, "txt", 20) is None
    big = tmp_path / "big.pdf"
    big.write_bytes(PDF.read_bytes() + b"\0" * (1024 * 1024))
    assert original_to_keep(big, "pdf", 1) is None
    with pytest.raises(PageUnavailableError, match="không có trang 99"):
        render_page(PDF, 99, tmp_path, "k")
    with pytest.raises(PageUnavailableError):
        render_page(PDF, 0, tmp_path, "k")
    with pytest.raises(PageUnavailableError, match="không lưu bản gốc"):
        render_page(None, 1, tmp_path, "k")
