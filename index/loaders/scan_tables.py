"""Task tables on scanned pages: ruling lines found with OpenCV, every cell read on its own.

OCR alone gives lines, not rows. For a scanned page, :func:`find_tables` finds the ruled tables
(horizontal and vertical strokes isolated by morphological opening), their row and column
boundaries and which neighbouring cells are merged (no stroke between them). A speckled page is
despeckled first (:func:`index.loaders.scan_cells.denoise`). The cells are cropped inside their
strokes and read as blocks by one Tesseract call per table (:func:`index.loaders.scan_cells.read_cells`,
which also checks Roman numerals by their stems); the page outside the tables is read once for the
prose lines. Tables and prose are ordered by position and go through the same :class:`TableBuilder`
as text-layer PDFs (continuation across pages, repeated headers, group rows).

Pages without a ruled table are read whole (:func:`read_plain_page`, cached by pixels); the word boxes
of table pages and of the cell strips are cached the same way (:func:`index.ocr.image_data`). A
signer's name hidden by a stamp is re-read without it (:mod:`index.loaders.scan_signature`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from index import ocr as ocr_engine
from index.loaders.pdf_tables import TableState, _minor
from index.loaders.scan_cells import denoise, deskew, fix_cell_text, read_cells
from index.loaders.scan_signature import ink_gray, missing_name, restore_name, stamp_free
from index.loaders.table_model import Entry, GridRow, TableBuilder, flat

if TYPE_CHECKING:
    import numpy as np
    from PIL import Image

MIN_TABLE_WIDTH = 0.3  # a ruled table spans at least this share of the page width
LINE_SHARE = 0.3  # a row/column boundary is a stroke covering this share of the table
BAND = 12  # pixels either side of a boundary searched for its stroke (skewed scans drift)
VERTICAL_DARK = 0.7  # share of a row's height a vertical border is dark over when drawn
MERGE_GAP = 0.5  # cells are merged when less than this share of their common border is drawn


@dataclass
class Grid:
    """One ruled table: boundaries (pixels) and the owner cell of every grid position."""

    box: tuple[int, int, int, int]  # x0, y0, x1, y1
    xs: list[int]
    ys: list[int]
    owner: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict)


@dataclass
class ScanPage:
    """An OCR'd page: its text and confidence, and entries when it holds a task table."""

    text: str
    confidence: float | None
    entries: list[Entry] | None = None
    blocks: list[tuple[float, Any]] = field(default_factory=list)


def _positions(strokes: np.ndarray, vertical: bool, min_total: float) -> list[int]:
    """Centres of the ruling strokes of one direction, robust to skew and to interrupted lines.

    Each stroke is a connected component; strokes whose centres lie within :data:`BAND` pixels
    of each other form one line, kept when their summed length reaches ``min_total``.
    """
    import cv2

    count, _, stats, _ = cv2.connectedComponentsWithStats(strokes.astype("uint8"), connectivity=8)
    found: list[tuple[float, int]] = []  # (centre, length)
    for i in range(1, count):
        x, y, w, h = stats[i][:4]
        found.append((x + w / 2, h) if vertical else (y + h / 2, w))
    found.sort()
    lines: list[list[tuple[float, int]]] = []
    for centre, length in found:
        if lines and centre - lines[-1][-1][0] <= BAND:
            lines[-1].append((centre, length))
        else:
            lines.append([(centre, length)])
    out = []
    for group in lines:
        total = sum(length for _, length in group)
        if total >= min_total:
            out.append(round(sum(c * n for c, n in group) / total))
    return out


def find_tables(gray: np.ndarray) -> tuple[list[Grid], np.ndarray]:
    """Ruled tables of a grayscale page image and the mask of all ruling strokes."""
    import cv2
    import numpy as np

    h, w = gray.shape
    binary = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)[1]
    # strokes longer than any letter: ~1 cm across, ~0.6 cm down on an A4 page (letters are < 0.5 cm tall)
    horiz = cv2.morphologyEx(binary, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (max(w // 20, 40), 1)))
    vert = cv2.morphologyEx(binary, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, max(h // 50, 40))))
    mask = cv2.dilate(cv2.bitwise_or(horiz, vert), np.ones((3, 3), np.uint8))
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    grids: list[Grid] = []
    for contour in contours:
        x, y, cw, ch = cv2.boundingRect(contour)
        if cw < w * MIN_TABLE_WIDTH or ch < 20:
            continue
        hz = horiz[y : y + ch, x : x + cw] > 0
        vt = vert[y : y + ch, x : x + cw] > 0
        ys = _positions(hz, False, cw * LINE_SHARE)
        xs = _positions(vt, True, ch * LINE_SHARE)
        if len(ys) < 3 or len(xs) < 3:  # at least two rows and two columns
            continue
        grid = Grid((x, y, x + cw, y + ch), [x + v for v in xs], [y + v for v in ys])
        _merges(grid, binary[y : y + ch, x : x + cw], hz)
        grids.append(grid)
    grids.sort(key=lambda g: g.box[1])
    return grids, mask


def _merges(grid: Grid, binary: np.ndarray, hz: np.ndarray) -> None:
    """Owner of every cell: merged with its left or upper neighbour when no stroke separates them.

    A vertical border counts as drawn in a row when one pixel column near it is dark over most of
    the row's height (text crossing the border has gaps); a horizontal border when its stroke
    covers most of the cell's width.
    """
    x0, y0 = grid.box[0], grid.box[1]
    xs = [v - x0 for v in grid.xs]
    ys = [v - y0 for v in grid.ys]
    for r in range(len(ys) - 1):
        for c in range(len(xs) - 1):
            owner = (r, c)
            top, bottom = ys[r] + 6, max(ys[r] + 7, ys[r + 1] - 6)
            left, right = xs[c] + 6, max(xs[c] + 7, xs[c + 1] - 6)
            if c > 0:
                band = binary[top:bottom, max(xs[c] - BAND, 0) : xs[c] + BAND] > 0
                if band.mean(axis=0).max(initial=0.0) < VERTICAL_DARK:
                    owner = grid.owner[(r, c - 1)]
            if owner == (r, c) and r > 0:
                if hz[max(ys[r] - BAND, 0) : ys[r] + BAND, left:right].any(axis=0).mean() < MERGE_GAP:
                    owner = grid.owner[(r - 1, c)]
            grid.owner[(r, c)] = owner


def words_of(data: dict[str, list[Any]]) -> list[tuple[str, int, int, int, int, tuple[int, int, int]]]:
    """(text, left, top, width, height, line key) of every recognised word (ruling-line debris dropped)."""
    out = []
    for i, text in enumerate(data["text"]):
        word = (text or "").strip().strip("|")
        if not word or float(data["conf"][i]) < 0:
            continue
        key = (int(data["block_num"][i]), int(data["par_num"][i]), int(data["line_num"][i]))
        out.append((word, int(data["left"][i]), int(data["top"][i]), int(data["width"][i]),
                    int(data["height"][i]), key))
    return out


def _join_words(words: list[tuple[str, int, int, int, int, Any]]) -> str:
    """Text of one cell from its words (already in reading order), OCR debris dropped and patterns corrected."""
    return fix_cell_text(clean_ocr(" ".join(w[0] for w in words)))


def clean_ocr(text: str) -> str:
    """Drop OCR debris from a cell: punctuation-only tokens (except dashes) and edge marks like "_" "`"."""
    tokens = []
    for token in flat(text).split(" "):
        token = token.strip("_`'‘’\"“”|~^")
        if token and (any(ch.isalnum() for ch in token) or token in ("-", "–", "+")):
            tokens.append(token)
    while tokens and tokens[-1] in ("-", "–"):
        tokens.pop()
    return " ".join(tokens).rstrip(" :;")


def cell_box(grid: Grid, owner: tuple[int, int]) -> tuple[int, int, int, int]:
    """Pixel box (inside the strokes) of an owner cell, merged extent included."""
    keys = [k for k, v in grid.owner.items() if v == owner]
    r1, c1 = max(k[0] for k in keys), max(k[1] for k in keys)
    return grid.xs[owner[1]] + 8, grid.ys[owner[0]] + 8, grid.xs[c1 + 1] - 8, grid.ys[r1 + 1] - 8


def _grid_rows(grid: Grid, texts: dict[tuple[int, int], str]) -> list[GridRow]:
    """Grid rows of a table from its cell texts (vertical merges carried, spans as None)."""
    rows: list[GridRow] = []
    for r in range(len(grid.ys) - 1):
        row: GridRow = []
        for c in range(len(grid.xs) - 1):
            owner = grid.owner[(r, c)]
            if owner == (r, c) or (owner[0] < r and owner[1] == c):
                row.append(texts.get(owner, ""))  # own cell, or a cell merged down from above
            else:
                row.append(None)
        rows.append(row)
    _number_columns(rows)
    return rows


def _number_columns(rows: list[GridRow]) -> None:
    """In a column of row numbers (STT: most cells a bare number), keep only the digits of OCR-noised ones ("P2")."""
    import re

    for c in range(max((len(r) for r in rows), default=0)):
        cells = [t for r in rows if c < len(r) and (t := r[c]) and len(t) <= 4]
        numbers = sum(1 for t in cells if re.fullmatch(r"\d{1,3}\.?", t or ""))
        if numbers < 2 or numbers * 2 < len(cells):
            continue
        for r in rows:
            text = r[c] if c < len(r) else None
            if text and len(text) <= 4 and re.search(r"\d", text) and not re.fullmatch(r"\d{1,3}\.?", text):
                r[c] = "".join(ch for ch in text if ch.isdigit())


def _prose_lines(data: dict[str, list[Any]]) -> list[tuple[float, str]]:
    """(top, text) of every OCR line of ``image_to_data`` output, top to bottom."""
    prose: dict[tuple[int, int, int], list[Any]] = {}
    for word in words_of(data):
        prose.setdefault(word[5], []).append(word)
    lines = [(float(min(w[2] for w in line)), " ".join(w[0] for w in sorted(line, key=lambda w: w[1])))
             for line in prose.values()]
    return sorted(lines, key=lambda x: x[0])


def read_plain_page(gray: np.ndarray, options: ocr_engine.OcrOptions) -> ScanPage:
    """OCR a page without a ruled table (cached by pixels); a signer's name under a stamp is re-read."""
    from PIL import Image as PILImage

    res = ocr_engine.ocr_image(PILImage.fromarray(gray), options)
    lines = res.text.splitlines()
    if missing_name(lines) is None:
        return ScanPage(text=res.text, confidence=res.confidence)
    clean = ocr_engine.ocr_image(PILImage.fromarray(stamp_free(gray)), options).text.splitlines()
    restored = restore_name(lines, clean)
    return ScanPage(text="\n".join(restored) if restored is not None else res.text, confidence=res.confidence)


def read_table_page(gray: np.ndarray, grids: list[Grid], mask: np.ndarray, options: ocr_engine.OcrOptions) -> ScanPage:
    """OCR a page that holds ruled tables: cells read one by one (:func:`read_cells`), the rest as prose lines.

    ``gray`` is the denoised page. The prose pass reads the page with the tables blanked (their words
    would only be discarded), so the page costs one prose read plus one strip read per table.
    """
    from PIL import Image as PILImage

    clean = gray.copy()
    clean[mask > 0] = 255  # erase ruling lines so they are not read as characters
    prose_img = clean.copy()
    for g in grids:
        prose_img[g.box[1] : g.box[3] + 1, g.box[0] : g.box[2] + 1] = 255
    blocks: list[tuple[float, Any]] = []
    confidence: float | None = None
    if (prose_img < 128).mean() > 0.0005:  # some ink outside the tables
        data = ocr_engine.image_data(PILImage.fromarray(prose_img), options)  # cached by pixels
        confidence = ocr_engine.text_from_data(data)[1]
        prose = _prose_lines(data)
        prose_texts = [t for _, t in prose]
        start = missing_name(prose_texts)
        if start is not None:  # a stamp over the signer's name: the block re-read without it
            unstamped = _prose_lines(ocr_engine.image_data(PILImage.fromarray(stamp_free(prose_img)), options))
            restored = restore_name(prose_texts, [t for _, t in unstamped])
            if restored is not None:
                added = restored[start + 1:start + 1 + len(restored) - len(prose_texts)]
                y = prose[start][0]
                prose[start + 1:start + 1] = [(y + (i + 1) / 100, t) for i, t in enumerate(added)]
        blocks.extend(prose)
    for g in grids:
        texts = {owner: _join_words(ws) for owner, ws in read_cells(g, clean, options).items()}
        blocks.append((g.box[1], _grid_rows(g, texts)))
    blocks.sort(key=lambda b: b[0])
    lines: list[str] = []
    for _, payload in blocks:
        if isinstance(payload, str):
            lines.append(payload)
        else:
            lines.extend(" ".join(c for c in row if c) for row in payload if any(row))
    return ScanPage(text="\n".join(lines), confidence=confidence, blocks=blocks)


def assemble(page: ScanPage, number: int, state: TableState) -> list[Entry] | None:
    """Entries of a table page in position order (tables continue across pages), None without a task table."""
    entries: list[Entry] = []
    any_table = False
    first = True
    if state.last_page != number - 1:
        state.open = False
    state.last_page = number
    for _, payload in page.blocks:
        if isinstance(payload, str):
            entries.append(Entry(flat(payload)))
            if not _minor(payload):
                first, state.open = False, False
            continue
        columns = max(len(r) for r in payload)
        builder = state.builder
        if first and state.open and builder is not None and builder.columns == columns:
            entries.extend(builder.add(payload, number, continued=True))
            any_table = True
        else:
            builder = TableBuilder(state.count, columns)
            if builder.start(payload):
                state.builder, state.count = builder, state.count + 1
                entries.extend(builder.add(payload, number))
                any_table = True
            else:
                entries.extend(Entry(flat(" ".join(c for c in r if c))) for r in payload if any(r))
                state.open, first = False, False
                continue
        state.open, first = True, False
    return entries if any_table else None


class ScanReader:
    """OCR of scanned pages: table pages through :func:`read_table_page`, the others through :func:`read_plain_page`."""

    def __init__(self, options: ocr_engine.OcrOptions) -> None:
        self.options = options

    def read(
        self,
        images: Iterable[Image.Image],
        progress: Callable[[int, int], None] | None = None,
        total: int = 0,
        numbers: list[int] | None = None,
    ) -> list[ScanPage]:
        """Pages in order; ``numbers`` are their 1-based page numbers; ``progress(done, total)`` after each.

        At most ``2 × workers`` pages are in flight, so a long scan does not hold every page image.
        """
        workers = max(1, self.options.workers)
        jobs: dict[int, Future[ScanPage]] = {}
        done = 0

        def count(_future: Any = None) -> None:
            nonlocal done
            done += 1
            if progress is not None:
                progress(done, total)

        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="scan") as pool:
            for k, image in enumerate(images):
                gray = deskew(denoise(ink_gray(image)))
                grids, mask = find_tables(gray)
                if grids:
                    jobs[k] = pool.submit(read_table_page, gray, grids, mask, self.options)
                else:
                    jobs[k] = pool.submit(read_plain_page, gray, self.options)
                jobs[k].add_done_callback(count)
                running = [f for f in jobs.values() if not f.done()]
                if len(running) >= 2 * workers:
                    wait(running, return_when=FIRST_COMPLETED)
            ordered = [jobs[k].result() for k in range(len(jobs))]
        state = TableState()
        for k, page in enumerate(ordered):
            if page.blocks:
                page.entries = assemble(page, numbers[k] if numbers else k + 1, state)
        return ordered
