"""OCR of page images with Tesseract (pytesseract), page-parallel and cached on disk.

Tesseract runs as a subprocess per page, so a thread pool is enough to use every core; each
process is limited to one OpenMP thread (``OMP_THREAD_LIMIT=1``) so pages do not fight for cores.
Results are cached as JSON files keyed by the SHA-256 of the page image plus the OCR settings, so
re-ingesting a scanned plan does not run Tesseract again.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PIL import Image

CACHE_VERSION = 1


@dataclass(frozen=True)
class OcrOptions:
    """OCR settings: render resolution, Tesseract language(s), parallel pages, cache folder."""

    dpi: int = 300
    lang: str = "vie"
    workers: int = 2
    cache_dir: Path | None = None
    psm: int = 3  # Tesseract page segmentation mode (3 = automatic layout)


@dataclass
class OcrResult:
    """Text of one page image and Tesseract's mean word confidence (0-100, None if no word)."""

    text: str
    confidence: float | None
    cached: bool = False


def _unavailable(reason: str, path: str | Path = "") -> Exception:
    """Build the loader's OcrUnavailableError (imported lazily: loaders import this module)."""
    from index.loaders.errors import OCR_INSTALL_HINT, OcrUnavailableError

    return OcrUnavailableError(path or "OCR", f"{reason}; {OCR_INSTALL_HINT}")


@lru_cache(maxsize=1)
def _tesseract_info() -> tuple[str, frozenset[str]] | None:
    """(version, installed languages) of the Tesseract binary, or None when it is missing."""
    import pytesseract

    try:
        version = str(pytesseract.get_tesseract_version())
        langs = frozenset(pytesseract.get_languages(config=""))
    except (pytesseract.TesseractNotFoundError, OSError, RuntimeError):
        return None
    return version, langs


def check_available(lang: str = "vie", path: str | Path = "") -> str:
    """Raise OcrUnavailableError unless Tesseract and every language in ``lang`` are installed.

    Returns the Tesseract version string.
    """
    info = _tesseract_info()
    if info is None:
        raise _unavailable("cần nhận dạng chữ (OCR) nhưng chưa cài Tesseract", path)
    version, langs = info
    missing = [code for code in lang.split("+") if code not in langs]
    if missing:
        raise _unavailable(f"Tesseract chưa có dữ liệu ngôn ngữ {', '.join(missing)}", path)
    return version


def image_digest(image: Image.Image) -> str:
    """SHA-256 of an image's pixels, mode and size (stable across file formats)."""
    h = hashlib.sha256(f"{image.mode}:{image.size[0]}x{image.size[1]}:".encode())
    h.update(image.tobytes())
    return h.hexdigest()


def cache_key(image: Image.Image, options: OcrOptions) -> str:
    """Cache key of one page: pixels + language + segmentation mode + Tesseract version."""
    info = _tesseract_info()
    version = info[0] if info else "?"
    raw = f"v{CACHE_VERSION}|{image_digest(image)}|{options.lang}|psm{options.psm}|{version}"
    return hashlib.sha256(raw.encode()).hexdigest()


def text_from_data(data: dict[str, list[Any]]) -> tuple[str, float | None]:
    """Rebuild text from ``image_to_data`` output.

    One line per Tesseract line, a blank line between paragraphs; the confidence is the mean over
    recognised words (conf >= 0).
    """
    lines: list[str] = []
    confs: list[float] = []
    current: tuple[int, int, int] | None = None
    para: tuple[int, int] | None = None
    words: list[str] = []
    for i, word in enumerate(data["text"]):
        word = (word or "").strip()
        conf = float(data["conf"][i])
        if not word or conf < 0:
            continue
        key = (int(data["block_num"][i]), int(data["par_num"][i]), int(data["line_num"][i]))
        if key != current:
            if words:
                lines.append(" ".join(words))
            if para is not None and key[:2] != para:
                lines.append("")
            current, para, words = key, key[:2], []
        words.append(word)
        confs.append(conf)
    if words:
        lines.append(" ".join(words))
    confidence = round(sum(confs) / len(confs), 1) if confs else None
    return "\n".join(lines), confidence


def _run_tesseract(image: Image.Image, lang: str, psm: int) -> tuple[str, float | None]:
    """One Tesseract run over one page image (the only place the engine is invoked)."""
    import pytesseract

    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    data = pytesseract.image_to_data(
        image, lang=lang, config=f"--psm {psm}", output_type=pytesseract.Output.DICT
    )
    return text_from_data(data)


def ocr_image(image: Image.Image, options: OcrOptions) -> OcrResult:
    """OCR one page image, reading/writing the JSON cache when ``options.cache_dir`` is set."""
    cache_file: Path | None = None
    if options.cache_dir is not None:
        cache_file = Path(options.cache_dir) / f"{cache_key(image, options)}.json"
        try:
            cached = json.loads(cache_file.read_text(encoding="utf-8"))
            return OcrResult(text=cached["text"], confidence=cached["confidence"], cached=True)
        except (OSError, ValueError, KeyError, TypeError):
            pass
    text, confidence = _run_tesseract(image, options.lang, options.psm)
    if cache_file is not None:
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache_file.with_suffix(f".{os.getpid()}.{id(image)}.tmp")
        tmp.write_text(
            json.dumps({"text": text, "confidence": confidence, "lang": options.lang}, ensure_ascii=False),
            encoding="utf-8",
        )
        tmp.replace(cache_file)
    return OcrResult(text=text, confidence=confidence)


def image_data(image: Image.Image, options: OcrOptions, psm: int | None = None) -> dict[str, list[Any]]:
    """Tesseract word boxes (``image_to_data`` as a dict of lists) of one image, cached like :func:`ocr_image`.

    Used by the scanned-table reader, which needs word positions rather than text. The cache entry is
    keyed by the image's pixels, language, segmentation mode and Tesseract version (prefix ``data-``,
    next to the text entries), so re-ingesting a scan runs no Tesseract at all.
    """
    import pytesseract

    psm = options.psm if psm is None else psm
    keyed = replace(options, psm=psm)
    cache_file: Path | None = None
    if options.cache_dir is not None:
        cache_file = Path(options.cache_dir) / f"data-{cache_key(image, keyed)}.json"
        try:
            cached = json.loads(cache_file.read_text(encoding="utf-8"))
            if isinstance(cached, dict) and "text" in cached and "conf" in cached:
                return cached
        except (OSError, ValueError, TypeError):
            pass
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    raw = pytesseract.image_to_data(image, lang=options.lang, config=f"--psm {psm}",
                                    output_type=pytesseract.Output.DICT)
    data = {k: [v if isinstance(v, (int, float, str)) else str(v) for v in vals] for k, vals in raw.items()}
    if cache_file is not None:
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache_file.with_suffix(f".{os.getpid()}.{id(image)}.tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        tmp.replace(cache_file)
    return data


def ocr_images(
    images: Iterable[Image.Image],
    options: OcrOptions | None = None,
    progress: Callable[[int, int], None] | None = None,
    total: int = 0,
) -> list[OcrResult]:
    """OCR page images in order with ``options.workers`` parallel Tesseract processes.

    ``images`` is consumed lazily in the calling thread (so a PDF renderer that is not thread-safe
    can produce them), with at most ``2 × workers`` pages in memory. ``progress(done, total)`` is
    called after each page.
    """
    options = options or OcrOptions()
    check_available(options.lang)
    workers = max(1, options.workers)
    results: dict[int, OcrResult] = {}
    pending: dict[Future[OcrResult], int] = {}

    def collect(done: set[Future[OcrResult]]) -> None:
        for fut in done:
            results[pending.pop(fut)] = fut.result()
            if progress is not None:
                progress(len(results), total)

    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="ocr") as pool:
        for index, image in enumerate(images):
            pending[pool.submit(ocr_image, image, options)] = index
            if len(pending) >= 2 * workers:
                finished, _ = wait(pending, return_when=FIRST_COMPLETED)
                collect(finished)
        while pending:
            finished, _ = wait(pending, return_when=FIRST_COMPLETED)
            collect(finished)
    return [results[i] for i in range(len(results))]
