"""PDF loading with PDFium: the text layer page by page, OCR for pages without usable text.

Pages with ruling lines go through pdfplumber for task tables; scanned pages through OCR with
table rows rebuilt from the scan; legacy font encodings (TCVN3, VNI) are converted to Unicode.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from index import ocr as ocr_engine
from index.loaders.errors import CorruptFileError, EmptyDocumentError, EncryptedFileError
from index.loaders.legacy import converter
from index.loaders.pages import clean_page_text, text_layer_quality
from index.loaders.pdf_borderless import borderless_pages, header_like
from index.loaders.pdf_tables import has_rulings, table_pages
from index.loaders.scan_tables import ScanReader
from index.loaders.table_model import Entry, number_entries
from index.types import PageInfo, TableRow

if TYPE_CHECKING:
    from PIL import Image

_PDFIUM_PASSWORD_ERROR = 4


def _open(data: bytes, path: str | Path):  # type: ignore[no-untyped-def]
    """Open a PDF with PDFium, mapping its errors to loader errors."""
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == _PDFIUM_PASSWORD_ERROR:
            raise EncryptedFileError(path, "tệp PDF được bảo vệ bằng mật khẩu; hãy gỡ mật khẩu rồi nạp lại") from exc
        raise CorruptFileError(path, f"tệp PDF bị hỏng hoặc không đọc được ({exc})") from exc


def _needs_ocr(page, text: str) -> bool:  # type: ignore[no-untyped-def]
    """OCR a page whose text layer is garbage, or short while the page shows images (a scan)."""
    import pypdfium2.raw as pdfium_c

    quality = text_layer_quality(text)
    if quality == "ok":
        return False
    if quality == "garbage":
        return True
    images = page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=3)
    return next(iter(images), None) is not None


def render_page(pdf, index: int, dpi: int) -> Image.Image:  # type: ignore[no-untyped-def]
    """Render one page to an RGB PIL image at ``dpi`` (the scan reader turns it grey, stamps' colour dropped)."""
    page = pdf[index]
    try:
        bitmap = page.render(scale=dpi / 72)
        return bitmap.to_pil().convert("RGB")
    finally:
        page.close()


def _join(
    page_entries: list[list[Entry]], ocr_flags: list[bool], confidences: list[float | None]
) -> tuple[str, list[PageInfo], list[TableRow]]:
    """Join per-page entries into the document text, its pages and its numbered table rows."""
    entries: list[Entry] = []
    pages: list[PageInfo] = []
    for number, (page, ocr, conf) in enumerate(zip(page_entries, ocr_flags, confidences, strict=True), 1):
        pages.append(PageInfo(number=number, line_start=len(entries) + 1, ocr=ocr, confidence=conf))
        entries.extend(page or [Entry("")])
    rows = number_entries(entries, 1)
    return "\n".join(e.text for e in entries), pages, rows


def _lines(text: str, convert: Callable[[str], str] | None) -> list[Entry]:
    lines = clean_page_text(text)
    return [Entry(convert(ln) if convert is not None else ln) for ln in lines]


def load_pdf(
    data: bytes,
    path: str | Path,
    ocr: ocr_engine.OcrOptions | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[str, list[PageInfo], list[TableRow]]:
    """Text, pages and table rows of a PDF.

    Pages whose text layer is missing or garbage are rendered and OCR'd (with table rows rebuilt
    from ruling lines and word boxes, see :mod:`index.loaders.scan_tables`); text-layer pages that
    draw ruling lines are read with pdfplumber for their task tables (:mod:`index.loaders.pdf_tables`).
    """
    options = ocr or ocr_engine.OcrOptions()
    pdf = _open(data, path)
    try:
        total = len(pdf)
        if total == 0:
            raise EmptyDocumentError(path, "tệp PDF không có trang nào")
        texts: list[str] = []
        need_ocr: list[int] = []
        ruled: list[int] = []
        for i in range(total):
            page = pdf[i]
            try:
                textpage = page.get_textpage()
                texts.append(textpage.get_text_range())
                textpage.close()
                if _needs_ocr(page, texts[-1]):
                    need_ocr.append(i)
                elif has_rulings(page):
                    ruled.append(i)
            except Exception as exc:  # PDFium raises bare errors on broken page content
                raise CorruptFileError(path, f"không đọc được trang {i + 1} của tệp PDF ({exc})") from exc
            finally:
                page.close()
        convert = converter("\n".join(texts[i] for i in range(total) if i not in need_ocr), path)
        entries = [_lines(t, convert) for t in texts]
        tabled: set[int] = set()
        if ruled:
            for i, page_entries in table_pages(data, ruled, convert).items():
                entries[i] = page_entries
                tabled.add(i)
        # pages whose text has a table header but no ruled table: columns from word positions
        borderless = [i for i in range(total) if i not in need_ocr and i not in tabled
                      and any(header_like(ln) for ln in texts[i].splitlines())]
        for i, page_entries in borderless_pages(data, borderless, convert).items():
            entries[i] = page_entries
        ocr_flags = [False] * total
        confidences: list[float | None] = [None] * total
        text_pages = total - len(need_ocr)
        if progress is not None:
            progress(text_pages, total)
        if need_ocr:
            ocr_engine.check_available(options.lang, path)
            scans = ScanReader(options)

            def rendered() -> Iterator[Image.Image]:
                for i in need_ocr:
                    yield render_page(pdf, i, options.dpi)

            def ocr_progress(done: int, _total: int) -> None:
                if progress is not None:
                    progress(text_pages + done, total)

            results = scans.read(rendered(), ocr_progress, len(need_ocr), [i + 1 for i in need_ocr])
            for i, res in zip(need_ocr, results, strict=True):
                entries[i] = res.entries if res.entries is not None else _lines(res.text, None)
                ocr_flags[i], confidences[i] = True, res.confidence
    finally:
        pdf.close()
    text, pages, rows = _join(entries, ocr_flags, confidences)
    if not text.strip():
        raise EmptyDocumentError(path, "tệp PDF không có chữ (kể cả sau khi nhận dạng OCR)")
    return text, pages, rows
