"""Plain-text and Markdown loading: the decoded text is stored exactly as written."""

from __future__ import annotations

from pathlib import Path

from index.loaders.errors import EmptyDocumentError, UnsupportedFormatError


def load_text(data: bytes, path: str | Path) -> str:
    """Decode UTF-8 (a leading BOM is dropped); no other change, so quotes stay verbatim."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UnsupportedFormatError(
            path, f"nội dung không phải văn bản UTF-8 (lỗi tại byte {exc.start}); hãy lưu lại tệp dạng UTF-8"
        ) from exc
    if not text.strip():
        raise EmptyDocumentError(path, "tệp văn bản không có nội dung")
    return text
