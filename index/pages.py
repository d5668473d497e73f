"""PDF originals kept with their plan, and their pages rendered as PNG on demand (cached, bounded).

Each generation's plan folder may hold ``original.pdf``: a copy of the ingested PDF, kept only when it
is no larger than the upload limit. Generations carry it over like the other files (hard links), a
repair copies it into the rebuilt generation, and removing the plan removes it with its folder.
A page is rendered with pypdfium2 (the engine pdfplumber ships with) at most :data:`MAX_WIDTH` pixels
wide and :data:`MAX_HEIGHT` high, and cached under the data dir's cache by content hash and page.
"""

from __future__ import annotations

import hashlib
import shutil
import threading
from pathlib import Path

ORIGINAL_FILE = "original.pdf"
MAX_WIDTH = 1100  # pixels of a rendered page
MAX_HEIGHT = 1600
MAX_SCALE = 2.0  # never render above 144 dpi (72 dpi × scale)
CACHE_FILES = 300  # rendered pages kept in the cache; the oldest go first
_PDFIUM_LOCK = threading.Lock()  # pdfium is not thread-safe


class PageUnavailableError(LookupError):
    """The plan has no stored PDF original, or the page does not exist; the message is Vietnamese."""


def original_to_keep(path: Path, fmt: str, limit_mb: int) -> Path | None:
    """``path`` when it is a PDF no larger than ``limit_mb`` (0 keeps none), else None."""
    if fmt != "pdf" or limit_mb <= 0:
        return None
    try:
        size = path.stat().st_size
    except OSError:
        return None
    return path if 0 < size <= limit_mb * 1024 * 1024 else None


def store_original(source: Path | None, folder: Path) -> None:
    """Copy a kept original into a plan's folder (a copy, never a link to a file outside the store)."""
    if source is None:
        return
    target = folder / ORIGINAL_FILE
    try:
        if source.resolve() == target.resolve():
            return
    except OSError:
        return
    if source.is_file():
        shutil.copyfile(source, target)


def stored_original(folder: Path) -> Path | None:
    """The plan folder's PDF original, if it has one."""
    path = folder / ORIGINAL_FILE
    return path if path.is_file() else None


def page_count(pdf: Path) -> int:
    """Number of pages of a PDF original."""
    import pypdfium2 as pdfium

    with _PDFIUM_LOCK:
        doc = pdfium.PdfDocument(str(pdf))
        try:
            return len(doc)
        finally:
            doc.close()


def render_page(pdf: Path | None, page: int, cache_dir: Path, key: str) -> Path:
    """The PNG of 1-based ``page`` of ``pdf`` (rendered once, then served from ``cache_dir``).

    ``key``: the plan's content hash, which names the cache entry. Raises :class:`PageUnavailableError`
    when there is no original or no such page.
    """
    if pdf is None or not pdf.is_file():
        raise PageUnavailableError("Kế hoạch này không lưu bản gốc PDF (chỉ có văn bản).")
    if isinstance(page, bool) or not isinstance(page, int) or page < 1:
        raise PageUnavailableError("Số trang không hợp lệ.")
    name = hashlib.sha256(key.encode()).hexdigest()[:24]
    target = cache_dir / f"{name}-p{page}-{MAX_WIDTH}.png"
    if target.is_file():
        return target
    import pypdfium2 as pdfium

    cache_dir.mkdir(parents=True, exist_ok=True)
    with _PDFIUM_LOCK:
        doc = pdfium.PdfDocument(str(pdf))
        try:
            if page > len(doc):
                raise PageUnavailableError(f"Bản gốc chỉ có {len(doc)} trang; không có trang {page}.")
            p = doc[page - 1]
            width, height = p.get_size()
            scale = min(MAX_SCALE, MAX_WIDTH / max(width, 1.0), MAX_HEIGHT / max(height, 1.0))
            image = p.render(scale=scale).to_pil()
            p.close()
        finally:
            doc.close()
    tmp = target.with_suffix(".tmp")
    image.save(tmp, format="PNG", optimize=True)
    tmp.replace(target)
    _prune(cache_dir)
    return target


def _prune(cache_dir: Path) -> None:
    """Keep the newest :data:`CACHE_FILES` rendered pages."""
    files = sorted(cache_dir.glob("*.png"), key=lambda f: f.stat().st_mtime, reverse=True)
    for old in files[CACHE_FILES:]:
        old.unlink(missing_ok=True)
