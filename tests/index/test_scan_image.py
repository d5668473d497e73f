"""Scanned images (PNG/JPEG/TIFF) take the scan-table path, and table pages reuse the OCR cache."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from index.loaders import load_document
from index.loaders.pdf import _open, render_page
from index.ocr import OcrOptions
from tests.index.test_scan_tables import ROWS, _scan

pytestmark = pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract chưa được cài")


def test_scanned_image_gives_table_rows_and_is_cached(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pdf = _open(_scan(tmp_path / "scan.pdf").read_bytes(), "scan.pdf")
    try:
        render_page(pdf, 0, 200).save(tmp_path / "scan.png")
    finally:
        pdf.close()
    options = OcrOptions(cache_dir=tmp_path / "ocr-cache")
    first = load_document(tmp_path / "scan.png", ocr=options)
    assert first.ocr and first.format == "image"
    # read at the image's own 200 dpi (a PDF page is rendered at 300): lone digits / "III" may be misread
    assert [r.cells["Cơ quan chủ trì"] for r in first.table_rows] == [lead for _stt, _task, lead, _when in ROWS]
    assert all(r.cells["Thời gian hoàn thành"] and r.group for r in first.table_rows)
    assert any(p.name.startswith("data-") for p in (tmp_path / "ocr-cache").iterdir())

    import pytesseract

    def no_tesseract(*_a: object, **_k: object) -> None:
        raise AssertionError("Tesseract run despite the cache")

    monkeypatch.setattr(pytesseract, "image_to_data", no_tesseract)
    again = load_document(tmp_path / "scan.png", ocr=options)
    assert again.text == first.text
    assert [r.cells for r in again.table_rows] == [r.cells for r in first.table_rows]
