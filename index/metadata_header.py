"""The issuing body read from a plan's letterhead: "UBND TỈNH QUẢNG TRỊ / SỞ TƯ PHÁP" → "Sở Tư pháp tỉnh Quảng Trị".

Vietnamese administrative documents open with a two-column header: on the left the issuing body in
capitals, often under its parent ("UBND TỈNH X" over "SỞ Y", "ỦY BAN NHÂN DÂN" over "XÃ Z", "BỘ NÔNG
NGHIỆP" over "VÀ MÔI TRƯỜNG"), on the right the national motto. Text extraction gives the columns
either on separate lines (PDF, DOCX) or side by side on one line (TXT, OCR), so each line is cut at
the motto ("CỘNG HÒA …", "Độc lập …", OCR variants included) and only the capitalised left part is
kept. The parts are combined into the body's full name (a Sở takes its parent's locality, a Văn
phòng its parent's name), then spelled in mixed case: as the plan's own text writes it when it
does ("Sở Công Thương"), by the naming rules otherwise (:func:`index.metadata_decision.org_case`).
"""

from __future__ import annotations

import re
from collections import Counter

from index.metadata_decision import org_case
from index.ocrtext import ocr_fold
from index.textclean import strip_markup

_MOTTO = ("cong hoa", "doc lap", "dec lap", "doc lip", "tu do")
_ORG = re.compile(r"^(?:ubnd|uy ban|hdnd|hoi dong|so|bo|cuc|tong cuc|chi cuc|van phong|ban|trung tam|thanh tra"
                  r"|phong|vien|truong|dai|cong an|bo chi huy|kho bac|bao hiem|benh vien)\b")
_PLACE = re.compile(r"^(?:tinh|thanh pho|xa|phuong|huyen|quan|thi xa|thi tran|dac khu)\b")
_END = re.compile(r"^(?:s\S{0,2}\s*:|ke hoach|quyet dinh)")  # "Số:" or the title: the letterhead is over
_DATE = re.compile(r"^ngay\b|\bngay\s+\d*\s*thang\b")
_COUNCIL = re.compile(r"^(?:ubnd|uy ban nhan dan|hdnd|hoi dong nhan dan)$")


def _left_part(line: str) -> str:
    """The left column of a header line: before a wide gap and the motto, its leading run of capitalised words."""
    piece = re.split(r"\s{2,}|\t", line.strip())[0] if line.strip() else ""
    words = piece.split()
    for i in range(len(words)):
        if ocr_fold(" ".join(words[i : i + 2])) in _MOTTO:
            words = words[:i]
            break
    kept: list[str] = []
    for w in words:
        if w != w.upper():
            break  # "PHƯỜNG TÂN NINH Tân Ninh, ngày …": the place and date of the right column
        if any(ch.isalnum() for ch in w) or (kept and w in ("-", "–")):
            kept.append(w)  # OCR debris ("-_", ":") is dropped, a dash inside a name kept
    while kept and not any(ch.isalnum() for ch in kept[-1]):
        kept.pop()
    return " ".join(kept).strip(" .,:;-_")


def letterhead_lines(header: list[str]) -> list[str]:
    """Capitalised lines naming the issuing body (and its parent), top to bottom, before "Số:" or the title."""
    out: list[str] = []
    for raw in header:
        line = strip_markup(raw)
        left = _left_part(line)
        key = ocr_fold(left)
        folded = ocr_fold(line.strip())
        if _END.match(folded) or (_DATE.search(folded) and not (_ORG.match(key) or _PLACE.match(key))):
            break
        letters = [ch for ch in left if ch.isalpha()]
        if len(letters) < 2:
            continue
        if out and re.match(r"^(?:va|cac|khu|cua)\b", key):
            out[-1] = f"{out[-1]} {left}"  # "BỘ NÔNG NGHIỆP" / "VÀ MÔI TRƯỜNG", "BAN QUẢN LÝ" / "CÁC KHU CÔNG NGHIỆP"
        elif out and _PLACE.match(key) and _COUNCIL.match(ocr_fold(out[-1])):
            out[-1] = f"{out[-1]} {left}"  # "ỦY BAN NHÂN DÂN" / "XÃ CON CUÔNG"
        elif _ORG.match(key) or (out and _PLACE.match(key)):
            out.append(left)
        elif out and _ORG.match(ocr_fold(out[-1])) and len(left.split()) >= 2:
            out[-1] = f"{out[-1]} {left}"  # "TRUNG TÂM PHỤC VỤ" / "HÀNH CHÍNH CÔNG": a name over two lines
        if len(out) >= 3:
            break
    return out


def _locality(name: str) -> str | None:
    """The locality part of a body's name: "UBND TỈNH QUẢNG TRỊ" → "TỈNH QUẢNG TRỊ" ("XÃ HỘI", "QUẢN LÝ" are none)."""
    words = name.split()
    for i in range(1, len(words)):
        rest = ocr_fold(" ".join(words[i:]))
        if _PLACE.match(rest) and not rest.startswith(("xa hoi", "quan ly")):  # "XÃ HỘI", "QUẢN LÝ" are no places
            return " ".join(words[i:])
    return None


def _spelled(upper: str, text: str) -> str:
    """Mixed-case spelling of an upper-case name: the plan text's most frequent non-capitals spelling, else the rules."""
    words = upper.split()
    if not words:
        return upper
    pattern = re.compile(r"(?<!\w)" + r"\s+".join(re.escape(w) for w in words) + r"(?!\w)", re.IGNORECASE)
    seen = Counter(" ".join(m.group(0).split()) for m in pattern.finditer(text) if m.group(0) != m.group(0).upper())
    if seen:
        best = max(seen.items(), key=lambda kv: (kv[1], kv[0][:1].isupper()))[0]
        return best[:1].upper() + best[1:]
    return org_case(upper)


def letterhead_issuer(header: list[str], text: str) -> str | None:
    """The issuing body named by the letterhead, in mixed case, or None when the header has no letterhead."""
    parts = letterhead_lines(header)
    if not parts:
        return None
    body = parts[-1]
    if len(parts) == 1:
        return _spelled(body, text) if not _PLACE.match(ocr_fold(body)) else None
    parent = parts[-2]
    body_key = ocr_fold(body)
    if body_key.startswith("van phong") and len(body.split()) <= 2:
        return f"{_spelled(body, text)} {org_case(parent)}"  # "Văn phòng UBND tỉnh Lào Cai"
    place = _locality(parent)
    own = _locality(body)
    if place and own is None:
        return f"{_spelled(body, text)} {org_case(place)}"  # "Sở Tư pháp tỉnh Quảng Trị"
    if place and own is not None and len(own.split()) == 1:  # "BỆNH VIỆN ĐA KHOA TỈNH" under "SỞ Y TẾ TỈNH LAI CHÂU"
        return f"{_spelled(body[: -len(own)].strip(), text)} {org_case(place)}"
    return _spelled(body, text)
