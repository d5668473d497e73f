"""Vietnamese text normalisation: NFC, canonical tone placement, folding, BM25 tokens.

The original text is never modified; these functions derive matching forms from it.
"""

from __future__ import annotations

import re
import unicodedata

# Tone placement: canonicalise open syllables with oa/oe/uy to the classic style that official
# documents use ("hoá" → "hóa", "khoẻ" → "khỏe", "thuỷ" → "thủy"); "quý" and closed syllables
# ("hoàng") are left alone.
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_NEW_TO_CLASSIC = re.compile(
    r"(?<![qQ])([oOuU])([aAeEyY])([\u0300\u0301\u0303\u0309\u0323])(?![a-zA-Z\u0300-\u036f])"
)

_CASED_TABLE = str.maketrans({"đ": "d", "Đ": "D", "ð": "d", "Ð": "D"})
_TOKEN_RE = re.compile(r"[0-9a-z]+(?:[.,/][0-9a-z]+)*")
_WORD_RE = re.compile(r"[0-9a-z]+")


def nfc(text: str) -> str:
    """Unicode NFC composition."""
    return unicodedata.normalize("NFC", text)


def canonical_tones(text: str) -> str:
    """Put the tone of open "oa", "oe", "uy" syllables on the first vowel ("hoá" → "hóa", "thuỷ" → "thủy")."""
    decomposed = unicodedata.normalize("NFD", text)
    moved = _NEW_TO_CLASSIC.sub(lambda m: m.group(1) + m.group(3) + m.group(2), decomposed)
    return unicodedata.normalize("NFC", moved)


def normalize(text: str) -> str:
    """NFC + canonical tone placement: the form used for exact (diacritic-aware) matching."""
    return canonical_tones(nfc(text))


def strip_marks(text: str) -> str:
    """``text`` without diacritics, its letter case kept: "Khoa Dược" → "Khoa Duoc" (đ → d, Đ → D)."""
    decomposed = unicodedata.normalize("NFD", text.translate(_CASED_TABLE))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).translate(_CASED_TABLE)


def fold(text: str) -> str:
    """Folded form for lexical matching: lowercase, marks removed, đ→d, whitespace collapsed."""
    return " ".join(strip_marks(text).lower().split())


def words(text: str) -> list[str]:
    """Folded alphanumeric words (syllables) of ``text``."""
    return _WORD_RE.findall(fold(text))


def tokens(text: str) -> list[str]:
    """BM25 tokens: folded syllable unigrams plus adjacent bigrams ("so", "noi", "vu", "so_noi", "noi_vu")."""
    ws = words(text)
    return ws + [f"{a}_{b}" for a, b in zip(ws, ws[1:], strict=False)]
