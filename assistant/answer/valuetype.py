"""The kind of value a question demands (money, a count of people, a phone number, a date, a percentage …).

A sentence can only answer such a question if it contains a value of that kind; when no retrieved sentence
on the question's topic does, the assistant abstains instead of quoting something unrelated.
"""

from __future__ import annotations

import re

from index.normalize import fold

_AMOUNT = r"\d[\d.,]*\s*(?:(?:ty|trieu)(?:\s*(?:dong|vnd))?|(?:nghin\s*)?(?:dong|vnd))\b"  # "320 triệu (đồng)", "100.000 đồng"
_HEADCOUNT = r"\d+\s*(nguoi|can bo|cong chuc|luot|hoc vien|dong chi)"  # "45 công chức"

# (question cue, value pattern) on folded text; the first matching cue wins
_RULES: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = (
    (re.compile(r"bao nhieu (tien|ty|trieu|dong|kinh phi|von)|ty dong|trieu dong|kinh phi (la )?bao nhieu|(kinh phi|ngan sach)\b[^?;]{0,120}\bbao nhieu(?! ?%| phan tram| ty le)|"
                r"(muc ho tro|muc chi|dinh muc|phu cap|tro cap|thu lao|muc luong|muc thuong)\b[^?;]{0,80}\bbao nhieu|budget|how much money|"
                r"phat bao nhieu|muc phat"),
     re.compile(_AMOUNT + r"(?! (bo|thoi|y|tinh|nghiep|chi))")),
    (re.compile(r"bao nhieu (nguoi|luot|hoc vien)|how many (people|staff|officials)"), re.compile(_HEADCOUNT)),
    (re.compile(r"bao nhieu (can bo|cong chuc|vien chuc)"),  # a head count, or a share *of* the staff
     re.compile(_HEADCOUNT + r"|\d+\s*%\s*(so\s+)?(can bo|cong chuc|vien chuc|cbccvc|nguoi)")),
    (re.compile(r"\b(le phi|muc phi|muc thu|gia ve|gia ban)\b.*\bbao nhieu\b"),  # a fee ("bao nhiêu tiền": above)
     re.compile(_AMOUNT + r"|mien phi|khong thu")),
    (re.compile(r"so dien thoai|duong day nong|hotline|phone"),  # the number itself, not the word
     re.compile(r"\(?\d{2,4}\)?[ .-]?\d{3,4}[ .-]?\d{3,4}|\b1900[ .]?\d{3,4}\b")),
    (re.compile(r"\bemail\b|thu dien tu"), re.compile(r"\S@\S")),
    (re.compile(r"bao nhieu diem|may diem|diem so|score"), re.compile(r"\d+([.,]\d+)?\s*diem")),
    (re.compile(r"thu may|thu hang (bao nhieu|may)|xep thu (bao nhieu|may)|dung thu|rank"),
     re.compile(r"\bthu (hang )?\d+\b(?!\s*%)|\bhang \d+\b(?!\s*%)|\btop ?\d+\b")),
    (re.compile(r"bao nhieu (nhiem vu|muc tieu|chi tieu|van ban|thu tuc|tthc)|how many (tasks|targets)"),
     re.compile(r"\d+\s*(nhiem vu|muc tieu|chi tieu|van ban|thu tuc|tthc)")),
    (re.compile(r"phan tram|bao nhieu ?%|ty le .*bao nhieu|bao nhieu .*ty le|percent|share of|what share|rate"),
     re.compile(r"\d+([.,]\d+)?\s*%|\d+\s*phan tram")),
    (re.compile(r"ngay nao|han cuoi|han chot|truoc ngay nao|deadline|by what date|what date|ngay may|thoi diem nao|"
                r"when (will|is|does|must|do|should)"),
     re.compile(r"ngay\s+\d|\d{1,2}/\d{1,2}(/\d{2,4})?|truoc ngay|thang cuoi quy|trudc ngay|thang \d{1,2}|"
                r"(het|den|trong|cuoi) nam \d{4}|quy [ivx1-4]\b")),
)


def required_value(question: str) -> re.Pattern[str] | None:
    """The value pattern a sentence must contain to answer ``question`` (None when any sentence may)."""
    q = fold(question)
    for cue, value in _RULES:
        if cue.search(q):
            return value
    return None


def has_value(pattern: re.Pattern[str] | None, folded_sentence: str) -> bool:
    """True when ``pattern`` is None or the folded sentence contains such a value."""
    return pattern is None or pattern.search(folded_sentence) is not None
