"""Plain-text and Markdown loading: the decoded text is stored exactly as written.

The one exception is a text in a legacy Vietnamese font encoding (TCVN3, VNI), which is converted
to Unicode (see :mod:`index.loaders.legacy`).
"""

from __future__ import annotations

from pathlib import Path

from index.loaders.errors import EmptyDocumentError, UnsupportedFormatError
from index.loaders.legacy import convert_if_legacy


def load_text(data: bytes, path: str | Path) -> str:
    """Decode UTF-8 (a leading BOM is dropped); no other change (except legacy encodings), so quotes stay verbatim."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UnsupportedFormatError(
            path, f"nội dung không phải văn bản UTF-8 (lỗi tại byte {exc.start}); hãy lưu lại tệp dạng UTF-8"
        ) from exc
    if not text.strip():
        raise EmptyDocumentError(path, "tệp văn bản không có nội dung")
    return convert_if_legacy(text, path)
