"""Vietnamese personal names: the surname of a name OCR misread is restored ("Định Quang Vinh" → "Đinh Quang Vinh").

OCR confuses the tone marks of a syllable far more often than its letters. A signer's first word that is no
Vietnamese surname, but folds (marks removed) to exactly one surname, is that surname. Only scans are repaired.
"""

from __future__ import annotations

from index.normalize import fold

SURNAMES = (
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương",
    "Lý", "Đinh", "Đoàn", "Trịnh", "Lương", "Đào", "Mai", "Cao", "Lâm", "Tạ", "Tô", "Hà", "Lưu", "Chu", "Triệu",
    "Vương", "Quách", "Thái", "Tăng", "Văn", "Kiều", "Âu", "Khổng", "Lục", "Mạc", "Nông", "Hứa", "Giang", "Tống",
    "Lại", "Khúc", "Doãn", "Thân", "Ông", "La", "Diệp", "Vi", "Lò", "Quàng", "Hầu", "Sầm", "Bế", "Tòng", "Thào",
    "Sùng", "Giàng", "Vàng", "Mùa", "Lầu", "Chẩu", "Hoàng", "Lã", "Bạch", "Phùng", "Ninh", "Từ", "Đàm", "Nghiêm",
)
_BY_FOLD: dict[str, list[str]] = {}
for _s in dict.fromkeys(SURNAMES):
    _BY_FOLD.setdefault(fold(_s), []).append(_s)


def restore_surname(name: str | None) -> str | None:
    """``name`` with its first word replaced by the one surname it folds to, when it is no surname itself."""
    if not name:
        return name
    first, _, rest = name.partition(" ")
    if first in _BY_FOLD.get(fold(first), []) or not rest:
        return name
    found = _BY_FOLD.get(fold(first), [])
    return f"{found[0]} {rest}" if len(found) == 1 else name


def is_name(line: str) -> bool:
    """A personal name: 2–5 capitalised words of letters ("Nông Văn Thắng", OCR'd "Lé Tri Ha", "Vàng A Sáng").

    A one-letter word inside the name ("A" of many Hmông and Dao names) counts; the first and last do not.
    """
    words = line.split()
    return 2 <= len(words) <= 5 and all(
        w[:1].isupper() and w.rstrip(".").isalpha()
        and (w.rstrip(".")[1:].islower() or (len(w) == 1 and 0 < i < len(words) - 1)) for i, w in enumerate(words))
