"""OCR with the real Tesseract: a scanned plan, an image file, a mixed PDF, the cache, missing installs."""

from __future__ import annotations

import io
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pypdf
import pytest

import index.ocr as ocr
from index.loaders import OcrOptions, OcrUnavailableError, load_document
from index.normalize import words
from tests.fixtures_gen import make_image, make_image_pdf, make_text_pdf

PLAN_002 = Path(__file__).resolve().parents[2] / "corpus" / "002_lai-chau_so-dan-toc-ton-giao_2026.txt"


class CountingTesseract:
    """Wraps ``index.ocr._run_tesseract`` and counts real engine runs (thread-safe)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls = 0
        self._lock = threading.Lock()
        self._real = ocr._run_tesseract
        monkeypatch.setattr(ocr, "_run_tesseract", self)

    def __call__(self, *args: Any) -> tuple[str, float | None]:
        with self._lock:
            self.calls += 1
        return self._real(*args)


def recall(expected: str, got: str) -> float:
    """Multiset recall of folded words of ``expected`` inside ``got``."""
    want, have = Counter(words(expected)), Counter(words(got))
    return sum((want & have).values()) / sum(want.values())


@pytest.mark.slow
def test_scanned_plan_is_ocrd_and_cached(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = PLAN_002.read_text(encoding="utf-8")  # the whole plan: 6 A4 pages
    scan = make_image_pdf(tmp_path / "scan.pdf", source, dpi=200)
    options = OcrOptions(cache_dir=tmp_path / "ocr-cache")
    engine = CountingTesseract(monkeypatch)
    seen: list[tuple[int, int]] = []

    started = time.perf_counter()
    doc = load_document(scan, ocr=options, progress=lambda d, t: seen.append((d, t)))
    elapsed = time.perf_counter() - started
    n = len(doc.pages)
    print(f"\nOCR: {n} pages in {elapsed:.1f} s = {elapsed / n:.2f} s/page ({options.workers} workers)")

    assert n == 6 and engine.calls == n
    assert all(p.ocr and p.confidence is not None and p.confidence > 80 for p in doc.pages)
    assert doc.ocr and doc.ocr_confidence is not None
    assert recall(source, doc.text) >= 0.95
    assert "Sở Dân tộc và Tôn giáo" in doc.text  # diacritics recognised, not only folded words
    assert seen[-1] == (n, n) and [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert [p.line_start for p in doc.pages] == sorted({p.line_start for p in doc.pages})
    assert len(list((tmp_path / "ocr-cache").glob("*.json"))) == n

    again = load_document(scan, ocr=options)
    assert engine.calls == n  # every page came from the cache
    assert again.text == doc.text and again.pages == doc.pages


def test_image_file_is_one_ocr_page(tmp_path: Path) -> None:
    text = "KẾ HOẠCH\nCải cách hành chính năm 2026\nSở Nội vụ tổng hợp, báo cáo Ủy ban nhân dân tỉnh."
    for name in ("trang.png", "trang.jpg"):
        doc = load_document(make_image(tmp_path / name, text))
        assert doc.format == "image" and len(doc.pages) == 1
        assert doc.pages[0].ocr and doc.pages[0].confidence is not None
        assert recall(text, doc.text) >= 0.9


def test_mixed_pdf_only_ocrs_the_scanned_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    body = "Căn cứ Kế hoạch số 06/KH-UBND ngày 14/7/2025 của Ủy ban nhân dân tỉnh Lào Cai."
    text_pdf = make_text_pdf(tmp_path / "text.pdf", body)
    scan_pdf = make_image_pdf(tmp_path / "scan.pdf", "PHỤ LỤC\nDanh mục nhiệm vụ cải cách hành chính trọng tâm")
    writer = pypdf.PdfWriter()
    for part in (text_pdf, scan_pdf, text_pdf):
        writer.append(str(part))
    buf = io.BytesIO()
    writer.write(buf)
    mixed = tmp_path / "mixed.pdf"
    mixed.write_bytes(buf.getvalue())
    engine = CountingTesseract(monkeypatch)

    doc = load_document(mixed)
    assert [p.ocr for p in doc.pages] == [False, True, False]
    assert engine.calls == 1
    lines = doc.text.splitlines()
    assert lines[doc.pages[0].line_start - 1] == body and lines[doc.pages[2].line_start - 1] == body
    scanned = "\n".join(lines[doc.pages[1].line_start - 1 : doc.pages[2].line_start - 1])
    assert recall("PHỤ LỤC Danh mục nhiệm vụ cải cách hành chính trọng tâm", scanned) >= 0.9
    assert doc.page_of_line(doc.pages[1].line_start) == 2


def test_missing_tesseract_or_vietnamese_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    scan = make_image_pdf(tmp_path / "scan.pdf", "KẾ HOẠCH cải cách hành chính")
    monkeypatch.setattr(ocr, "_tesseract_info", lambda: None)
    with pytest.raises(OcrUnavailableError) as err:
        load_document(scan)
    assert str(err.value).startswith("scan.pdf: ")
    assert "apt-get install tesseract-ocr tesseract-ocr-vie" in err.value.reason and "make apt-ocr" in err.value.reason

    monkeypatch.setattr(ocr, "_tesseract_info", lambda: ("5.3.0", frozenset({"eng", "osd"})))
    with pytest.raises(OcrUnavailableError) as err:
        load_document(scan)
    assert "vie" in err.value.reason
    with pytest.raises(OcrUnavailableError):
        ocr.check_available("vie+eng")


def test_text_pdf_does_not_need_tesseract(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "_tesseract_info", lambda: None)
    pdf = make_text_pdf(tmp_path / "t.pdf", "Kế hoạch cải cách hành chính năm 2026 của Sở Dân tộc và Tôn giáo")
    assert not load_document(pdf).ocr


def test_text_from_data_lines_paragraphs_confidence() -> None:
    data = {
        "text": ["", "Sở", "Nội", "vụ", "", "báo", "cáo", "Mục"],
        "conf": [-1, 90, 80, 70, -1, 100, 60, 50],
        "block_num": [1, 1, 1, 1, 1, 1, 1, 2],
        "par_num": [1, 1, 1, 1, 1, 1, 1, 1],
        "line_num": [1, 1, 1, 1, 2, 2, 2, 1],
    }
    text, confidence = ocr.text_from_data(data)
    assert text == "Sở Nội vụ\nbáo cáo\n\nMục"
    assert confidence == pytest.approx(75.0)
    assert ocr.text_from_data({k: [] for k in data}) == ("", None)
