"""Upload safety: content sniffing and sanitised file names (size limits: :mod:`assistant.api.guard`)."""
from __future__ import annotations

import re
from pathlib import Path

from fastapi import HTTPException

from assistant.api.guard import too_large
from index.loaders import sniff_format
from index.normalize import nfc

__all__ = ["check_content", "safe_filename", "save_files", "too_large"]

_UNSAFE = re.compile(r"[^\w.\- ()]+")


def safe_filename(name: str, used: set[str]) -> str:
    """A file name without folders or unsafe characters, unique within ``used`` (which it updates)."""
    base = nfc(name or "").replace("\\", "/").rsplit("/", 1)[-1]
    base = _UNSAFE.sub("_", base).strip(" ._")
    stem, dot, ext = base.rpartition(".")
    if not dot:
        stem, ext = base, ""
    stem = stem.strip(" ._")[:100] or "tai-lieu"
    ext = ext[:10]
    candidate = f"{stem}.{ext}" if ext else stem
    n = 2
    while candidate.lower() in used:
        candidate = f"{stem}-{n}.{ext}" if ext else f"{stem}-{n}"
        n += 1
    used.add(candidate.lower())
    return candidate


def check_content(data: bytes, filename: str) -> str:
    """The sniffed format of an uploaded file; 415 when it is not PDF/DOCX/TXT/MD/image by content."""
    fmt = sniff_format(data, filename)
    if fmt is None:
        raise HTTPException(status_code=415, detail=f"Tệp '{filename}' không phải PDF, DOCX, TXT, MD hoặc ảnh "
                                                    "(kiểm tra theo nội dung tệp); không tệp nào được nạp.")
    return fmt


def save_files(folder: Path, files: list[tuple[str, bytes]]) -> dict[Path, str]:
    """Write files under ``folder`` with sanitised names; returns saved path → original name."""
    folder.mkdir(parents=True, exist_ok=True)
    root = folder.resolve()
    used: set[str] = set()
    saved: dict[Path, str] = {}
    for original, data in files:
        dest = (root / safe_filename(original, used)).resolve()
        if dest.parent != root:  # defence in depth: never write outside the job folder
            raise HTTPException(status_code=400, detail=f"Tên tệp không hợp lệ: '{original}'.")
        dest.write_bytes(data)
        saved[dest] = original
    return saved
