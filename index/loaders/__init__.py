"""Document loaders: TXT/MD, PDF (text layer + OCR), DOCX (with task tables) and images → LoadedDocument.

Entry point: :func:`load_document`. Formats are detected from the content (magic bytes) and the
extension (:func:`sniff_format`); every failure raises a :class:`LoaderError` subclass whose message
is ``"{filename}: {reason}"`` with a Vietnamese reason.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from index.loaders.errors import (
    CorruptFileError,
    EmptyDocumentError,
    EncryptedFileError,
    LoaderError,
    OcrUnavailableError,
    UnsupportedFormatError,
)
from index.loaders.limits import LoadLimits, TooCostlyError, check_limits, deadline_progress
from index.loaders.sniff import SUPPORTED_EXTENSIONS, content_kind, extension_of, slugify, sniff_format
from index.ocr import OcrOptions
from index.types import LoadedDocument, PageInfo, TableRow

__all__ = [
    "SUPPORTED_EXTENSIONS",
    "CorruptFileError",
    "EmptyDocumentError",
    "EncryptedFileError",
    "LoadLimits",
    "LoaderError",
    "OcrOptions",
    "OcrUnavailableError",
    "TooCostlyError",
    "UnsupportedFormatError",
    "load_document",
    "slugify",
    "sniff_format",
]

_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_OLE_ENCRYPTED = "EncryptionInfo".encode("utf-16-le")
_NAMES = {"pdf": "PDF", "docx": "DOCX", "image": "ảnh", "text": "văn bản"}


def _rejection(data: bytes, path: Path, ext: str) -> LoaderError:
    """The error for content that ``sniff_format`` refused under a supported extension."""
    if ext == ".docx" and data.startswith(_OLE_SIGNATURE):
        if _OLE_ENCRYPTED in data:
            return EncryptedFileError(path, "tệp DOCX được bảo vệ bằng mật khẩu; hãy gỡ mật khẩu rồi nạp lại")
        return UnsupportedFormatError(path, "đây là tệp Word cũ (.doc); hãy lưu lại dưới dạng .docx")
    kind = content_kind(data)
    if ext in (".txt", ".md"):
        if kind is None:
            return UnsupportedFormatError(path, "tệp nhị phân, không phải văn bản UTF-8")
    elif kind == "text":
        return CorruptFileError(path, f"đuôi tệp là {ext} nhưng nội dung là văn bản thường")
    expected = _NAMES.get(kind or "", "không xác định")
    return CorruptFileError(path, f"nội dung không đúng định dạng {ext} (nhận ra: {expected})")


def load_document(
    path: str | Path,
    doc_id: str | None = None,
    *,
    ocr: OcrOptions | None = None,
    progress: Callable[[int, int], None] | None = None,
    limits: LoadLimits | None = None,
) -> LoadedDocument:
    """Load one plan file into a :class:`LoadedDocument` (verbatim text, pages, table rows, sha256).

    ``doc_id`` defaults to a slug of the file stem. ``ocr`` configures OCR of scanned PDF pages and
    images; ``progress(done_pages, total_pages)`` is called as pages are read. ``limits`` bounds the work
    one file may cost (defaults: :class:`LoadLimits`); exceeding them raises :class:`TooCostlyError`.
    """
    p = Path(path)
    ext = extension_of(p.name)
    if ext not in SUPPORTED_EXTENSIONS:
        shown = ext or "(không có đuôi)"
        raise UnsupportedFormatError(
            p, f"định dạng {shown} không được hỗ trợ; chỉ nhận {', '.join(SUPPORTED_EXTENSIONS)}"
        )
    try:
        data = p.read_bytes()
    except FileNotFoundError as exc:
        raise LoaderError(p, "không tìm thấy tệp") from exc
    except OSError as exc:
        raise LoaderError(p, f"không đọc được tệp ({exc.strerror or exc})") from exc
    if not data.strip():
        raise EmptyDocumentError(p, "tệp rỗng")
    fmt = sniff_format(data, p.name)
    limits = limits or LoadLimits()
    if fmt is not None:
        check_limits(data, fmt, p, limits)
    progress = deadline_progress(p, limits, progress)
    pages: list[PageInfo] = []
    rows: list[TableRow] = []
    if fmt in ("txt", "md"):
        from index.loaders.text import load_text, text_table_rows

        text = load_text(data, p)
        rows = text_table_rows(text)
    elif fmt == "pdf":
        from index.loaders.pdf import load_pdf

        text, pages, rows = load_pdf(data, p, ocr, progress)
    elif fmt == "docx":
        from index.loaders.word import load_docx

        text, rows = load_docx(data, p)
    elif fmt == "image":
        from index.loaders.image import load_image

        text, pages, rows = load_image(data, p, ocr, progress)
    else:
        raise _rejection(data, p, ext)
    if progress is not None and fmt in ("txt", "md", "docx"):
        progress(1, 1)
    return LoadedDocument(
        doc_id=doc_id or slugify(p.stem),
        path=str(p),
        format=fmt,
        text=text,
        pages=pages,
        table_rows=rows,
        sha256=hashlib.sha256(data).hexdigest(),
    )
