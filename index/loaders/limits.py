"""Work bounds per file: decompressed size of DOCX archives, pages of PDFs, pixels of images, OCR time.

A 1 MB zip-bomb DOCX must not inflate to gigabytes, a 2,000-page scan must not OCR for a quarter of an
hour. :func:`check_limits` runs before any parser touches the bytes; :func:`deadline_progress` wraps the
per-page progress callback so a load that exceeds its time budget stops at the next page.
"""

from __future__ import annotations

import io
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from index.loaders.errors import CorruptFileError, LoaderError


class TooCostlyError(LoaderError):
    """The file would cost more work than the configured limits allow (size, pages, OCR time)."""


class IngestCancelled(Exception):  # noqa: N818 - a control-flow signal, not an error
    """Raised from a progress callback when the user cancelled the ingest job."""


@dataclass(frozen=True)
class LoadLimits:
    """Per-file limits (0 disables one)."""

    max_uncompressed_mb: int = 200  # total size of a DOCX's parts once inflated
    max_compression_ratio: int = 200  # inflated / compressed size of one DOCX part
    max_pages: int = 1000  # pages of a PDF or frames of an image
    max_pixels: int = 200_000_000  # pixels of one image
    max_seconds: float = 900.0  # wall time of loading one file (mostly OCR)


def _check_docx(data: bytes, path: Path, limits: LoadLimits) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise CorruptFileError(path, f"tệp DOCX bị hỏng hoặc không đọc được ({type(exc).__name__})") from exc
    total = sum(i.file_size for i in infos)
    if limits.max_uncompressed_mb and total > limits.max_uncompressed_mb * 1024 * 1024:
        raise TooCostlyError(path, f"tệp DOCX giải nén ra {total // (1024 * 1024)} MB, vượt giới hạn "
                                   f"{limits.max_uncompressed_mb} MB (có thể là tệp 'bom nén'); không nạp")
    if limits.max_compression_ratio:
        for info in infos:
            if info.file_size > 1024 * 1024 and info.file_size > limits.max_compression_ratio * max(info.compress_size, 1):
                raise TooCostlyError(path, f"phần '{info.filename}' của tệp DOCX có tỷ lệ nén bất thường "
                                           f"({info.file_size // max(info.compress_size, 1)}:1); không nạp")


def _check_pdf(data: bytes, path: Path, limits: LoadLimits) -> None:
    if not limits.max_pages:
        return
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError:
        return  # the PDF loader reports damaged and encrypted files with its own messages
    try:
        pages = len(pdf)
    finally:
        pdf.close()
    if pages > limits.max_pages:
        raise TooCostlyError(path, f"tệp PDF có {pages} trang, vượt giới hạn {limits.max_pages} trang mỗi tệp; "
                                   "hãy tách tệp rồi nạp lại")


def _check_image(data: bytes, path: Path, limits: LoadLimits) -> None:
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as img:
            pixels = img.width * img.height
            frames = int(getattr(img, "n_frames", 1) or 1)
    except Exception:
        return  # the image loader reports unreadable images
    if limits.max_pixels and pixels > limits.max_pixels:
        raise TooCostlyError(path, f"ảnh quá lớn ({img.width}×{img.height} điểm ảnh); tối đa "
                                   f"{limits.max_pixels // 1_000_000} triệu điểm ảnh")
    if limits.max_pages and frames > limits.max_pages:
        raise TooCostlyError(path, f"ảnh có {frames} trang, vượt giới hạn {limits.max_pages} trang mỗi tệp")


def check_limits(data: bytes, fmt: str, path: Path, limits: LoadLimits) -> None:
    """Raise :class:`TooCostlyError` when loading ``data`` (sniffed as ``fmt``) would exceed ``limits``."""
    if fmt == "docx":
        _check_docx(data, path, limits)
    elif fmt == "pdf":
        _check_pdf(data, path, limits)
    elif fmt == "image":
        _check_image(data, path, limits)


def deadline_progress(
    path: Path, limits: LoadLimits, progress: Callable[[int, int], None] | None
) -> Callable[[int, int], None]:
    """A page-progress callback that forwards to ``progress`` and stops the load past ``max_seconds``."""
    start = time.monotonic()

    def on_page(done: int, total: int) -> None:
        if progress is not None:
            progress(done, total)
        elapsed = time.monotonic() - start
        if limits.max_seconds and elapsed > limits.max_seconds and done < total:
            raise TooCostlyError(path, f"xử lý tệp (nhận dạng OCR) quá {int(limits.max_seconds)} giây, mới xong "
                                       f"{done}/{total} trang; hãy tách tệp hoặc tăng CCHC_MAX_FILE_SECONDS")

    return on_page
