"""Reading the cells of a ruled table on a scanned page, one cell at a time, and correcting OCR by pattern.

A page-level Tesseract pass lays a table out as lines and drops words of short wrapped lines ("rượu",
"máy" alone on a cell's last line) or lone digits. Here every inked cell is cropped inside its
ruling strokes and the crops are stacked into one strip, read by a single Tesseract call in block
mode (``--psm 6``): each cell is read as its own block of text at the cost of one page read.

Then three pattern corrections that hold for any scan:

* **Roman numerals by stem count.** Tesseract confuses "III" with "II", "II1", "IHI" or "H" when
  the serifs of a degraded scan touch. A Roman numeral made of I's is only vertical stems, so the
  word's pixels decide: full-height dark columns are counted up to the first non-stem glyph (the
  "/" of "III/2026", the "." of "III."). Used for "Quý …/yyyy" and group labels ("III. …").
* **Dates and deadlines.** Debris glued to date words ("Tháng. 5/2026", "ngày .30/6/2026",
  "9/2026.") is dropped, a Roman quarter mixing I and 1 ("II1") is read as I's.
* **Case.** A lone capitalised syllable in a lower-case cell ("Chứng thư SỐ") is lowered.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from index import ocr as ocr_engine

if TYPE_CHECKING:
    import numpy as np

    from index.loaders.scan_tables import Grid

Word = tuple[str, int, int, int, int, Any]  # text, left, top, width, height, line key
INK = 0.002  # share of dark pixels above which a cell holds something
GAP = 40  # blank pixels between stacked cells
SPECKS = 20  # tiny dark dots per megapixel from which a page is despeckled
STEM = 0.6  # a column is a stem when dark over this share of the word's height
_ROMANISH = re.compile(r"^([IVXlH1|!]+)(\.?|/\d{4}\S*)$")
_QUARTER = re.compile(r"\b(Quý|quý|QUÝ)\s+([IVXlH1|!]+)(?=\s*/\s*\d{4})")
_VI_MARKS = re.compile(r"[À-ỹ]")


def denoise(gray: np.ndarray) -> np.ndarray:
    """The page with salt-and-pepper specks removed (3×3 median) when it has them, else unchanged.

    Specks (isolated dark dots of ≤ 4 pixels, :data:`SPECKS` per megapixel or more) are read as "."
    "-" ":" and break words and Roman numerals; a clean page has none (letters and diacritic dots are
    larger at scan resolution) and is left as it is, since a median filter thins fine strokes.
    """
    import cv2

    binary = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)[1]
    _, _, stats, _ = cv2.connectedComponentsWithStats(binary, connectivity=8)
    specks = int((stats[1:, 4] <= 4).sum())
    if specks < SPECKS * gray.size / 1e6:
        return gray
    return cv2.medianBlur(gray, 3)


MAX_SKEW = 5.0  # degrees: a page rotated more than this is not straightened (it is not a slightly skewed scan)
MIN_SKEW = 0.5  # degrees: below this a ruling drifts less than the line band (BAND) across a page


def skew_angle(gray: np.ndarray) -> float:
    """The page's rotation in degrees, from its long near-horizontal lines (table rulings); 0.0 when it has none.

    A scan fed in at 1° drifts ~20 px across a 150-dpi page, so one ruling line no longer lies in one row band and
    the table grid is lost; text lines alone are not used (their angle is noisier than the cost of a wrong turn).
    """
    import cv2
    import numpy as np

    w = gray.shape[1]
    binary = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)[1]
    lines = cv2.HoughLinesP(binary, 1, np.pi / 1800, threshold=w // 4, minLineLength=w // 4, maxLineGap=8)
    if lines is None:
        return 0.0
    angles = [float(np.degrees(np.arctan2(y2 - y1, x2 - x1))) for x1, y1, x2, y2 in lines.reshape(-1, 4)]
    angles = [a for a in angles if abs(a) <= MAX_SKEW]
    return float(np.median(angles)) if len(angles) >= 3 else 0.0


def deskew(gray: np.ndarray) -> np.ndarray:
    """The page turned straight when its ruling lines show a small rotation (:func:`skew_angle`), else unchanged."""
    import cv2

    angle = skew_angle(gray)
    if abs(angle) < MIN_SKEW:
        return gray
    h, w = gray.shape
    turn = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    return cv2.warpAffine(gray, turn, (w, h), flags=cv2.INTER_LINEAR, borderValue=255)


def stem_count(binary: np.ndarray) -> int:
    """Number of leading vertical stems in a word image (ink = True), stopping at the first other glyph.

    A column belongs to a stem when it is dark over :data:`STEM` of the height; columns with ink
    only near the top and bottom are serifs (or gaps) between stems; three columns in a row with ink
    in the middle that are no stem (a slash, a V, a digit's curve) end the numeral.
    """
    height = binary.shape[0]
    if height < 8:
        return 0
    middle = binary[height * 3 // 10 : height * 7 // 10]
    stems, inside, other = 0, False, 0
    for x in range(binary.shape[1]):
        if binary[:, x].mean() >= STEM:
            stems += 0 if inside else 1
            inside, other = True, 0
        elif not middle[:, x].any():
            inside, other = False, 0
        else:  # middle ink that is no stem: a stem's soft edge (1-2 columns) or the next glyph
            other += 1
            if stems and other >= 3:
                break
    return stems


def _roman_fix(word: Word, ink: np.ndarray, force: bool) -> Word:
    """``word`` with its Roman numeral (I, II, III) corrected by counting stems in its pixels.

    Only words Tesseract itself read as Roman-like (an I or H among the characters, no V/X) are
    checked; a plain "1" may be an Arabic quarter and is kept unless ``force``.
    """
    m = _ROMANISH.match(word[0])
    if not m:
        return word
    numeral = m.group(1)
    if "V" in numeral or "X" in numeral or not (force or re.search(r"[IH]", numeral)):
        return word
    _, left, top, width, height, key = word
    crop = ink[top : top + height, left : left + width]
    stems = stem_count(crop) if crop.size else 0
    if 1 <= stems <= 3:
        return ("I" * stems + m.group(2), left, top, width, height, key)
    return word


def fix_cell_text(text: str) -> str:
    """Pattern corrections of an OCR'd cell: date debris, Roman quarters mixing I and 1, stray capitals."""
    text = re.sub(r"\b(Tháng|tháng|Quý|quý|ngày|Ngày|Năm|năm)[.,:;'`]+(?=\s)", r"\1", text)
    text = re.sub(r"(?<=\s)[.,:;'`]+(?=\d)", "", text)
    text = re.sub(r"(\d{1,2}/\d{4}|\d{1,2}/\d{1,2}/\d{4})[.,:;]+$", r"\1", text)
    text = _QUARTER.sub(lambda m: f"{m.group(1)} {re.sub(r'[lH1|!]', 'I', m.group(2))}"
                        if "I" in m.group(2) else m.group(0), text)
    words = text.split(" ")
    capitals = sum(1 for w in words if len(w) > 1 and w.isupper())
    if capitals and sum(1 for w in words if w[:1].islower()) >= capitals:
        words = [w.lower() if len(w) <= 4 and w.isupper() and _VI_MARKS.search(w) and k > 0 else w
                 for k, w in enumerate(words)]
    return " ".join(words)


MARK_SIZE = 0.25  # of an inch: the largest glyph read as a tick mark ("x", "✓") when Tesseract reads nothing


def _lone_mark(crop: np.ndarray, dpi: int = 200) -> tuple[int, int, int, int] | None:
    """(x, y, w, h) of the only glyph of a cell when it is one small, squarish mark, else None."""
    import cv2

    ink = (crop < 128).astype("uint8")
    count, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    parts = [stats[i] for i in range(1, count) if stats[i][4] > 4]  # specks aside
    if len(parts) != 1:
        return None
    x, y, w, h = (int(v) for v in parts[0][:4])
    limit = MARK_SIZE * dpi
    return (x, y, w, h) if w <= limit and h <= limit and 0.5 <= w / max(h, 1) <= 2.0 else None


def read_cells(grid: Grid, clean: np.ndarray, options: ocr_engine.OcrOptions) -> dict[tuple[int, int], list[Word]]:
    """Words of every inked owner cell of ``grid`` (positions relative to the stacked strip), Romans checked.

    ``clean`` is the denoised page with its ruling lines erased. One Tesseract call per table,
    cached by the strip's pixels like every other OCR result.
    """
    import cv2
    import numpy as np
    from PIL import Image as PILImage

    from index.loaders.scan_tables import cell_box, words_of

    crops: list[tuple[tuple[int, int], np.ndarray]] = []
    for owner in sorted(set(grid.owner.values())):
        x0, y0, x1, y1 = cell_box(grid, owner)
        crop = clean[max(y0, 0) : y1, max(x0, 0) : x1]
        if crop.size and (crop < 128).mean() > INK:
            crops.append((owner, crop))
    if not crops:
        return {}
    width = max(c.shape[1] for _, c in crops) + 2 * GAP
    height = sum(c.shape[0] + GAP for _, c in crops) + GAP
    strip = np.full((height, width), 255, dtype=np.uint8)
    spans: list[tuple[int, int, tuple[int, int]]] = []
    y = GAP
    for owner, crop in crops:
        strip[y : y + crop.shape[0], GAP : GAP + crop.shape[1]] = crop
        spans.append((y, y + crop.shape[0], owner))
        y += crop.shape[0] + GAP
    data = ocr_engine.image_data(PILImage.fromarray(strip), options, psm=6)
    ink = cv2.threshold(strip, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)[1] > 0
    found: dict[tuple[int, int], list[Word]] = {}
    for word in words_of(data):
        cy = word[2] + word[4] / 2
        for top, bottom, owner in spans:
            if top - GAP / 2 <= cy <= bottom + GAP / 2:
                found.setdefault(owner, []).append(word)
                break
    for (top, _bottom, owner), (_o, crop) in zip(spans, crops, strict=True):
        if owner not in found and (mark := _lone_mark(crop)) is not None:  # a schedule's "x" Tesseract skipped
            found[owner] = [("x", GAP + mark[0], top + mark[1], mark[2], mark[3], (0, 0, 0))]
    for words in found.values():
        words.sort(key=lambda w: (w[5], w[1]))  # Tesseract's line order, then left to right
        for k, word in enumerate(words):
            before = next((w[0] for w in reversed(words[:k]) if any(ch.isalnum() for ch in w[0])), "")  # debris skipped
            if k == 0 and _ROMANISH.match(word[0]) and word[0].endswith("."):
                words[k] = _roman_fix(word, ink, force=False)  # group label "III. CHUYỂN ĐỔI SỐ"
            elif before.lower() == "quý":
                words[k] = _roman_fix(word, ink, force=False)  # "Quý III/2026"
    return found
