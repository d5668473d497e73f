"""Image loading (PNG, JPEG, TIFF): every frame is a page, read by OCR."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from index import ocr as ocr_engine
from index.loaders.errors import CorruptFileError, EmptyDocumentError
from index.types import PageInfo, TableRow

if TYPE_CHECKING:
    from PIL import Image

MIN_WIDTH = 1600  # narrower pages (phone photos, 96-dpi screenshots) are upscaled before OCR
TARGET_WIDTH = 2480  # A4 width at 300 dpi


def _pages(data: bytes, path: str | Path) -> list[Image.Image]:
    """Decoded frames, EXIF-rotated, small ones upscaled; colour kept (a red stamp is dropped by its colour)."""
    from PIL import Image, ImageOps, ImageSequence, UnidentifiedImageError

    try:
        img = Image.open(io.BytesIO(data))
        frames: list[Image.Image] = []
        for frame in ImageSequence.Iterator(img):
            page = ImageOps.exif_transpose(frame)
            page = page.convert("RGB" if page.mode in ("RGB", "RGBA", "P", "CMYK", "YCbCr", "LAB", "HSV") else "L")
            if page.width < MIN_WIDTH:
                scale = TARGET_WIDTH / page.width
                page = page.resize((TARGET_WIDTH, round(page.height * scale)), Image.Resampling.LANCZOS)
            frames.append(page)
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
        raise CorruptFileError(path, f"tệp ảnh bị hỏng hoặc không đọc được ({exc})") from exc
    if not frames:
        raise EmptyDocumentError(path, "tệp ảnh không có trang nào")
    return frames


def load_image(
    data: bytes,
    path: str | Path,
    ocr: ocr_engine.OcrOptions | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[str, list[PageInfo], list[TableRow]]:
    """OCR every frame of an image file; one page per frame (a PNG/JPEG is one page).

    Frames go through the same reader as scanned PDF pages (:class:`~index.loaders.scan_tables.ScanReader`):
    a frame with a ruled task table gives table rows, the others plain OCR text; both are cached.
    """
    from index.loaders.pdf import _join, _lines
    from index.loaders.scan_tables import ScanReader

    options = ocr or ocr_engine.OcrOptions()
    ocr_engine.check_available(options.lang, path)
    frames = _pages(data, path)

    def images() -> Iterator[Image.Image]:
        yield from frames

    results = ScanReader(options).read(images(), progress, len(frames), list(range(1, len(frames) + 1)))
    entries = [r.entries if r.entries is not None else _lines(r.text, None) for r in results]
    text, pages, rows = _join(entries, [True] * len(results), [r.confidence for r in results])
    if not text.strip():
        raise EmptyDocumentError(path, "không nhận dạng được chữ nào trong ảnh")
    return text, pages, rows
