"""PDF loading with PDFium: the text layer page by page, OCR for pages without usable text."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from index import ocr as ocr_engine
from index.loaders.errors import CorruptFileError, EmptyDocumentError, EncryptedFileError
from index.loaders.pages import join_pages, text_layer_quality
from index.types import PageInfo

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
    """Render one page to a grayscale PIL image at ``dpi``."""
    page = pdf[index]
    try:
        bitmap = page.render(scale=dpi / 72, grayscale=True)
        return bitmap.to_pil().convert("L")
    finally:
        page.close()


def load_pdf(
    data: bytes,
    path: str | Path,
    ocr: ocr_engine.OcrOptions | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[str, list[PageInfo]]:
    """Text and pages of a PDF; pages whose text layer is missing or garbage are rendered and OCR'd."""
    options = ocr or ocr_engine.OcrOptions()
    pdf = _open(data, path)
    try:
        total = len(pdf)
        if total == 0:
            raise EmptyDocumentError(path, "tệp PDF không có trang nào")
        texts: list[str] = []
        need_ocr: list[int] = []
        for i in range(total):
            page = pdf[i]
            try:
                textpage = page.get_textpage()
                texts.append(textpage.get_text_range())
                textpage.close()
                if _needs_ocr(page, texts[-1]):
                    need_ocr.append(i)
            except Exception as exc:  # PDFium raises bare errors on broken page content
                raise CorruptFileError(path, f"không đọc được trang {i + 1} của tệp PDF ({exc})") from exc
            finally:
                page.close()
        ocr_flags = [False] * total
        confidences: list[float | None] = [None] * total
        text_pages = total - len(need_ocr)
        if progress is not None:
            progress(text_pages, total)
        if need_ocr:
            ocr_engine.check_available(options.lang, path)

            def rendered() -> Iterator[Image.Image]:
                for i in need_ocr:
                    yield render_page(pdf, i, options.dpi)

            def ocr_progress(done: int, _total: int) -> None:
                if progress is not None:
                    progress(text_pages + done, total)

            results = ocr_engine.ocr_images(rendered(), options, ocr_progress, len(need_ocr))
            for i, res in zip(need_ocr, results, strict=True):
                texts[i], ocr_flags[i], confidences[i] = res.text, True, res.confidence
    finally:
        pdf.close()
    text, pages = join_pages(texts, ocr_flags, confidences)
    if not text.strip():
        raise EmptyDocumentError(path, "tệp PDF không có chữ (kể cả sau khi nhận dạng OCR)")
    return text, pages
