"""Task tables on scanned pages: ruling lines found with OpenCV, words from one Tesseract pass.

OCR alone gives lines, not rows. For a scanned page, :func:`find_tables` finds the ruled tables
(horizontal and vertical strokes isolated by morphological opening), their row and column
boundaries and which neighbouring cells are merged (no stroke between them). The page is then read
once by Tesseract (``image_to_data``, ruling lines erased first so they are not read as "|") and
every word is placed in the cell under its centre; words outside the tables become prose lines.
Tables and prose are ordered by position and go through the same :class:`TableBuilder` as
text-layer PDFs (continuation across pages, repeated headers, group rows).

Pages without a ruled table take the ordinary OCR path (:func:`index.ocr.ocr_images`, cached); the
word boxes of table pages are cached the same way (:func:`index.ocr.image_data`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from index import ocr as ocr_engine
from index.loaders.pdf_tables import TableState, _minor
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


def _words(data: dict[str, list[Any]]) -> list[tuple[str, int, int, int, int, tuple[int, int, int]]]:
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
    """Words of one cell in reading order: grouped into lines by vertical overlap, then left to right."""
    lines: list[list[tuple[str, int, int, int, int, Any]]] = []
    for word in sorted(words, key=lambda w: (w[2], w[1])):
        mid = word[2] + word[4] / 2
        for line in lines:
            top, bottom = line[0][2], line[0][2] + line[0][4]
            if top <= mid <= bottom:
                line.append(word)
                break
        else:
            lines.append([word])
    text = " ".join(" ".join(w[0] for w in sorted(line, key=lambda w: w[1])) for line in lines)
    return clean_ocr(text)


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


def _cell_texts(grid: Grid, words: list[tuple[str, int, int, int, int, Any]]) -> dict[tuple[int, int], str]:
    """Text of every owner cell from the words whose centre falls inside it."""
    import bisect

    cells: dict[tuple[int, int], list[Any]] = {}
    for word in words:
        cx, cy = word[1] + word[3] / 2, word[2] + word[4] / 2
        c, r = bisect.bisect(grid.xs, cx) - 1, bisect.bisect(grid.ys, cy) - 1
        if 0 <= r < len(grid.ys) - 1 and 0 <= c < len(grid.xs) - 1:
            cells.setdefault(grid.owner[(r, c)], []).append(word)
    return {key: _join_words(ws) for key, ws in cells.items()}


def _cell_box(grid: Grid, owner: tuple[int, int]) -> tuple[int, int, int, int]:
    """Pixel box (inside the strokes) of an owner cell, merged extent included."""
    keys = [k for k, v in grid.owner.items() if v == owner]
    r1, c1 = max(k[0] for k in keys), max(k[1] for k in keys)
    return grid.xs[owner[1]] + 8, grid.ys[owner[0]] + 8, grid.xs[c1 + 1] - 8, grid.ys[r1 + 1] - 8


def _fill_empty(grid: Grid, clean: np.ndarray, texts: dict[tuple[int, int], str], options: ocr_engine.OcrOptions) -> None:
    """Read cells with ink but no word (lone digits such as STT "2", which page layout analysis drops).

    The crops are stacked into one strip read by a single Tesseract call (block mode).
    """
    import numpy as np
    from PIL import Image as PILImage

    crops: list[tuple[tuple[int, int], np.ndarray]] = []
    for owner in sorted(set(grid.owner.values())):
        if texts.get(owner):
            continue
        x0, y0, x1, y1 = _cell_box(grid, owner)
        crop = clean[y0:y1, x0:x1]
        if crop.size and (crop < 128).mean() > 0.002:
            crops.append((owner, crop))
    if not crops:
        return
    gap = 40
    width = max(c.shape[1] for _, c in crops) + 2 * gap
    height = sum(c.shape[0] + gap for _, c in crops) + gap
    strip = np.full((height, width), 255, dtype=np.uint8)
    spans: list[tuple[int, int, tuple[int, int]]] = []
    y = gap
    for owner, crop in crops:
        strip[y : y + crop.shape[0], gap : gap + crop.shape[1]] = crop
        spans.append((y, y + crop.shape[0], owner))
        y += crop.shape[0] + gap
    data = ocr_engine.image_data(PILImage.fromarray(strip), options, psm=6)
    found: dict[tuple[int, int], list[Any]] = {}
    for word in _words(data):
        cy = word[2] + word[4] / 2
        for top, bottom, owner in spans:
            if top - gap / 2 <= cy <= bottom + gap / 2:
                found.setdefault(owner, []).append(word)
                break
    for owner, ws in found.items():
        texts[owner] = _join_words(ws)


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
    return rows


def read_table_page(image: Image.Image, grids: list[Grid], mask: np.ndarray, options: ocr_engine.OcrOptions) -> ScanPage:
    """OCR a page that holds ruled tables: words into cells, the rest into prose lines, by position."""
    import numpy as np
    from PIL import Image as PILImage

    clean = np.array(image.convert("L"))
    clean[mask > 0] = 255  # erase ruling lines so they are not read as characters
    data = ocr_engine.image_data(PILImage.fromarray(clean), options)  # cached by pixels, like plain OCR
    text, confidence = ocr_engine.text_from_data(data)
    words = _words(data)
    inside: list[list[Any]] = [[] for _ in grids]
    prose: dict[tuple[int, int, int], list[Any]] = {}
    for word in words:
        cx, cy = word[1] + word[3] / 2, word[2] + word[4] / 2
        for k, g in enumerate(grids):
            if g.box[0] <= cx <= g.box[2] and g.box[1] <= cy <= g.box[3]:
                inside[k].append(word)
                break
        else:
            prose.setdefault(word[5], []).append(word)
    blocks: list[tuple[float, Any]] = []
    for line in prose.values():
        blocks.append((min(w[2] for w in line), " ".join(w[0] for w in sorted(line, key=lambda w: w[1]))))
    for g, ws in zip(grids, inside, strict=True):
        texts = _cell_texts(g, ws)
        _fill_empty(g, clean, texts, options)
        blocks.append((g.box[1], _grid_rows(g, texts)))
    blocks.sort(key=lambda b: b[0])
    return ScanPage(text=text, confidence=confidence, blocks=blocks)


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
    """OCR of scanned pages: table pages through :func:`read_table_page`, the others through ``ocr_images``."""

    def __init__(self, options: ocr_engine.OcrOptions) -> None:
        self.options = options

    def read(
        self,
        images: Iterable[Image.Image],
        progress: Callable[[int, int], None] | None = None,
        total: int = 0,
        numbers: list[int] | None = None,
    ) -> list[ScanPage]:
        """Pages in order; ``numbers`` are their 1-based page numbers; ``progress(done, total)`` after each."""
        import numpy as np

        table_jobs: dict[int, Future[ScanPage]] = {}
        plain_order: list[int] = []
        done = 0

        def count(_future: Any = None) -> None:
            nonlocal done
            done += 1
            if progress is not None:
                progress(done, total)

        with ThreadPoolExecutor(max_workers=max(1, self.options.workers), thread_name_prefix="scan") as pool:

            def plain() -> Iterator[Image.Image]:
                for k, image in enumerate(images):
                    grids, mask = find_tables(np.array(image.convert("L")))
                    if grids:
                        table_jobs[k] = pool.submit(read_table_page, image, grids, mask, self.options)
                        table_jobs[k].add_done_callback(count)
                    else:
                        plain_order.append(k)
                        yield image

            plain_results = ocr_engine.ocr_images(plain(), self.options, lambda _d, _t: count(), total)
            pages: dict[int, ScanPage] = {k: table_jobs[k].result() for k in table_jobs}
        for k, res in zip(plain_order, plain_results, strict=True):
            pages[k] = ScanPage(text=res.text, confidence=res.confidence)
        ordered = [pages[k] for k in range(len(pages))]
        state = TableState()
        for k, page in enumerate(ordered):
            if page.blocks:
                page.entries = assemble(page, numbers[k] if numbers else k + 1, state)
        return ordered
