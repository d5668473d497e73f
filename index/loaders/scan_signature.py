"""A signer's name under a stamp: the signature block of a scanned page re-read without the stamp.

A round stamp is pressed over the signer's title and name in most signed Vietnamese documents. Its ring
and letters cross the name, and Tesseract returns debris ("Ca", "š") instead of it. The stamp's ink is
lighter than typed text: grey in a grey scan, and red (bright in its red channel) in a colour scan, which
:func:`ink_gray` already turns light. When a page's signature block has a title but no personal name
under it (:func:`missing_name`), the page is read once more with every pixel lighter than
:data:`STAMP_FREE` blanked (:func:`stamp_free`), and the titles and the name that pass finds are put
under the block's first line (:func:`restore_name`). The quote text stays what the OCR read; only lines
the second pass read are added.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from index.names import is_name
from index.ocrtext import ocr_fold
from index.signature import titles_in, upper_runs

if TYPE_CHECKING:
    import numpy as np
    from PIL import Image

STAMP_FREE = 96  # grey level: typed ink is darker than this, a pressed stamp lighter
TAIL = 14  # a signature block starts within this many non-empty lines of the page's end
NAME_WITHIN = 5  # the name follows the block's first line within this many lines
COLOUR_SPREAD = 60  # a pixel whose channels differ by this much is coloured (a red stamp, blue ink)
COLOUR_SHARE = 0.001  # a page with this share of coloured pixels is a colour scan
_DELEGATION = re.compile(r"^\s*(KT|TM|TL|TUQ)\s*\.")
_RECIPIENTS = re.compile(r"^\s*noi nhan\b")


def ink_gray(image: Image.Image) -> np.ndarray:
    """The page as grey levels where only dark ink is dark.

    A colour scan takes, per pixel, its brightest channel: black type stays black while a red stamp or a
    blue signature turns light (their luminance would be as dark as type). A grey page is its luminance.
    """
    import numpy as np

    if image.mode not in ("RGB", "RGBA", "P", "CMYK"):
        return np.array(image.convert("L"))
    rgb = np.asarray(image.convert("RGB"))
    spread = rgb.max(axis=2).astype(np.int16) - rgb.min(axis=2).astype(np.int16)
    if (spread > COLOUR_SPREAD).mean() < COLOUR_SHARE:
        return np.array(image.convert("L"))
    return np.ascontiguousarray(rgb.max(axis=2))


def stamp_free(gray: np.ndarray) -> np.ndarray:
    """Black where the page is darker than :data:`STAMP_FREE`, white elsewhere (the stamp's grey goes)."""
    import numpy as np

    return np.where(gray < STAMP_FREE, 0, 255).astype(np.uint8)


def _opens_block(line: str) -> bool:
    """A signature block's first line: a delegation ("TM. ỦY BAN NHÂN DÂN") or a signer's title."""
    return bool(_DELEGATION.search(line)) or bool(titles_in([line]))


def block_start(lines: list[str]) -> int | None:
    """Index of the first line of the last signature block in the page's tail, None without one."""
    filled = [i for i, ln in enumerate(lines) if ln.strip()][-TAIL:]
    starts = [i for i in filled if _opens_block(lines[i])]
    if not starts:
        return None
    first = starts[-1]
    while any(j in starts for j in range(first - 2, first)):  # "TM. ỦY BAN NHÂN DÂN" above "CHỦ TỊCH"
        first = max(j for j in range(first - 2, first) if j in starts)
    return first


def _anchor(lines: list[str]) -> tuple[int, bool] | None:
    """The signature block's first line (True), or the "Nơi nhận" line when the OCR lost the block beside it (False)."""
    start = block_start(lines)
    if start is not None:
        return start, True
    filled = [i for i, ln in enumerate(lines) if ln.strip()][-TAIL:]
    found = next((i for i in reversed(filled) if _RECIPIENTS.match(ocr_fold(lines[i]))), None)
    return None if found is None else (found, False)


def _unnamed(lines: list[str]) -> tuple[int, bool] | None:
    """:func:`_anchor` when no personal name follows it (within the block, or to the page's end after "Nơi nhận")."""
    anchor = _anchor(lines)
    if anchor is None:
        return None
    start, block = anchor
    below = [ln.strip() for ln in lines[start + 1:] if ln.strip()]
    return None if any(is_name(ln) for ln in below[:NAME_WITHIN if block else TAIL]) else anchor


def missing_name(lines: list[str]) -> int | None:
    """The start of a signature block (or its "Nơi nhận") with no personal name under it, else None."""
    unnamed = _unnamed(lines)
    return None if unnamed is None else unnamed[0]


def restore_name(lines: list[str], clean: list[str]) -> list[str] | None:
    """``lines`` with the titles and name of ``clean`` (the stamp-free reading) under the block's start.

    When the OCR lost the whole block, its lines as the second pass read them end the page. None when
    ``lines`` has a name already or ``clean`` has none either.
    """
    unnamed = _unnamed(lines)
    other = block_start(clean)
    if unnamed is None or other is None:
        return None
    start, block = unnamed
    found = [ln.strip() for ln in clean[other:] if ln.strip()][:NAME_WITHIN + 1]
    name = next((i for i, ln in enumerate(found) if i and is_name(ln)), None)
    if name is None:
        return None
    if not block:  # only "Nơi nhận" was read: the block as the clean pass read it
        head = [run for ln in found[:name] for run in upper_runs(ln)]
        return [*lines, *head, found[name]]
    # the titles the stamp hid, as read (not the "Nơi nhận" column beside them), and the name
    titles = [run for ln in found[:name] for run in upper_runs(ln) if titles_in([run]) and run != lines[start].strip()]
    return [*lines[:start + 1], *titles, found[name], *lines[start + 1:]]
