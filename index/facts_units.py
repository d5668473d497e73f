"""Lexicon of unit names and fixed phrases, compared on the OCR-tolerant folded form.

Plan 001 spells "Sở Nội vụ" as "S& Noi vu" and "Văn phòng" as "Vian phong"; every name here is
matched through :func:`index.ocrtext.ocr_fold`, so :func:`restore_unit_name` maps such spellings
back to the canonical Vietnamese name. :func:`restore_phrase` does the same for the closed
vocabulary of reporting frequencies and deadlines ("Pinh ky" → "định kỳ").
"""

from __future__ import annotations

import re

from index.ocrtext import ocr_fold

UNIT_NAMES: tuple[str, ...] = (
    "Sở Nội vụ", "Văn phòng UBND tỉnh", "UBND tỉnh", "UBND xã", "Phòng Hành chính - Quản trị",
    "Trung tâm Phục vụ Hành chính công", "Sở Khoa học và Công nghệ", "Cổng Thông tin điện tử tỉnh",
    "Văn phòng Sở", "Văn phòng", "Lãnh đạo Sở", "Lãnh đạo Văn phòng", "Lãnh đạo UBND xã",
    "Chánh Văn phòng", "Giám đốc", "Chủ tịch UBND tỉnh", "Chủ tịch UBND xã", "Phòng Văn hóa - Xã hội",
    "Phòng Kinh tế", "Phòng Tổ chức - Pháp chế", "Phòng Quản lý Thông tin, Báo chí, Xuất bản",
    "Phòng Chính sách Dân tộc", "Phòng Tôn giáo", "Ban Tôn giáo", "Sở Dân tộc và Tôn giáo",
    "Sở Văn hóa, Thể thao và Du lịch", "Sở Tư pháp", "Sở Tài chính", "Văn phòng Chính phủ",
    "Chính phủ", "Thủ tướng Chính phủ", "Bộ Chính trị", "Ban Chấp hành Trung ương Đảng",
    "Ban Chấp hành Trung ương", "Ban Chấp hành Đảng bộ tỉnh", "Tỉnh ủy", "Ban Chỉ đạo CCHC",
    "Các phòng chuyên môn", "Các phòng thuộc Sở", "Các phòng, ban, đơn vị trực thuộc Văn phòng",
    "Các phòng, đơn vị trực thuộc Sở", "Các cơ quan, đơn vị", "Thanh tra Sở", "Cơ quan có thẩm quyền",
    "Cấp có thẩm quyền", "Ủy ban Mặt trận Tổ quốc Việt Nam", "Trung tâm Phục vụ hành chính công tỉnh",
    "Trang thông tin điện tử Sở", "Bộ phận Một cửa",
)
# The state's sectors, named by a ministry ("Bộ …") and by a provincial department ("Sở …"). Several start with a word
# the generic unit phrase stops at ("Xây dựng", "Tài chính" ← "tại"), so they are listed whole.
SECTORS: tuple[str, ...] = (
    "Nội vụ", "Tư pháp", "Tài chính", "Xây dựng", "Công Thương", "Y tế", "Giáo dục và Đào tạo", "Khoa học và Công nghệ",
    "Nông nghiệp và Môi trường", "Văn hóa, Thể thao và Du lịch", "Dân tộc và Tôn giáo", "Ngoại giao", "Quốc phòng",
    "Công an", "Tài nguyên và Môi trường", "Kế hoạch và Đầu tư", "Giao thông vận tải", "Thông tin và Truyền thông",
    "Lao động - Thương binh và Xã hội", "Nông nghiệp và Phát triển nông thôn",
)
UNIT_NAMES += tuple(f"{head} {sector}" for sector in SECTORS for head in ("Bộ", "Sở")
                    if f"{head} {sector}" not in UNIT_NAMES)
# Spelled-out forms folded to the abbreviation the lexicon uses.
_SYNONYMS: tuple[tuple[str, str], ...] = (("uy ban nhan dan", "ubnd"), ("cong thong tin dien tu", "cong ttdt"))
PLACES: tuple[str, ...] = ("Lào Cai", "Lai Châu", "Cao Bằng", "Yên Bái", "Phong Thổ")

# Folded word → canonical word, for frequencies and deadlines (a closed vocabulary).
_WORDS = {
    "dinh": "định", "ky": "kỳ", "hang": "hằng", "thang": "tháng", "quy": "quý", "nam": "năm",
    "dot": "đột", "xuat": "xuất", "cuoi": "cuối", "dau": "đầu", "hoac": "hoặc", "va": "và", "tuan": "tuần",
    "truoc": "trước", "ngay": "ngày", "cham": "chậm", "nhat": "nhất", "trong": "trong", "hoan": "hoàn",
    "thanh": "thành", "den": "đến", "het": "hết", "thuong": "thường", "xuyen": "xuyên", "kip": "kịp",
    "thoi": "thời", "khi": "khi", "co": "có", "yeu": "yêu", "cau": "cầu", "toi": "tối", "thieu": "thiểu",
    "it": "ít", "tren": "trên", "dat": "đạt", "tu": "từ", "tro": "trở", "len": "lên", "duoi": "dưới",
    "da": "đa", "khong": "không", "qua": "quá", "la": "là", "phan": "phấn",
}
_ROMAN_RE = re.compile(r"^(?:i{1,3}|iv|vi{0,3}|ix|x)$")
_KEY_RE = re.compile(r"[0-9a-z]+")


def unit_key(text: str) -> str:
    """Matching key of a unit name: OCR-folded words, punctuation dropped, synonyms unified."""
    key = " ".join(_KEY_RE.findall(ocr_fold(text)))
    for long, short in _SYNONYMS:
        key = re.sub(rf"\b{long}\b", short, key)
    return key


_LEXICON: dict[str, str] = {unit_key(n): n for n in UNIT_NAMES}
_PLACE_KEYS: dict[str, str] = {unit_key(p): p for p in PLACES}


def _distance(a: str, b: str) -> int:
    """Levenshtein distance (small strings)."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def _lookup(key: str) -> str | None:
    """Exact, then near-exact (OCR slips of one or two letters) lexicon lookup of a folded key."""
    if key in _LEXICON:
        return _LEXICON[key]
    n_words = len(key.split())
    best: list[tuple[int, str]] = []
    for k, name in _LEXICON.items():
        if len(k.split()) != n_words or abs(len(k) - len(key)) > 2:
            continue
        # a slip never turns one short word into another ("Văn phòng Bộ" is not "Văn phòng Sở")
        if any(a != b and min(len(a), len(b)) <= 3 for a, b in zip(k.split(), key.split(), strict=True)):
            continue
        d = _distance(k, key)
        if d <= (1 if len(k) < 12 else 2):
            best.append((d, name))
    best.sort()
    if best and (len(best) == 1 or best[0][0] < best[1][0]):
        return best[0][1]
    return None


def restore_unit_name(text: str) -> str | None:
    """Canonical Vietnamese unit name for an OCR/folded spelling, when confidently known.

    ``restore_unit_name("S& Noi vu") == "Sở Nội vụ"``; a known unit followed by a province or
    commune name keeps the place ("Sở Nội vụ Lai Châu"); unknown names give None.
    """
    key = unit_key(text)
    key = re.sub(r"^(?:qua|ve|cho|gui)\s+", "", key)
    key = re.sub(r"\s+(?:tong hop|b c)$", "", key)
    if not key:
        return None
    found = _lookup(key)
    if found:
        return found
    parts = [p for p in re.split(r"\s*,\s*|\s+va\s+", ocr_fold(text).strip(" ,;.")) if p]
    if len(parts) > 1:
        restored = [restore_unit_name(p) for p in parts]
        if all(restored):
            return ", ".join(r for r in restored if r)
    for pkey, place in _PLACE_KEYS.items():
        for sep, label in ((" tinh ", " tỉnh "), (" xa ", " xã "), (" ", " ")):
            if key.endswith(sep + pkey):
                base = _lookup(key[: -len(sep + pkey)])
                if base:
                    return f"{base}{label}{place}"
    return None


def unit_patterns() -> list[tuple[str, re.Pattern[str]]]:
    """(canonical name, regex over folded text) for every lexicon name, longest first."""
    out = []
    for key, name in sorted(_LEXICON.items(), key=lambda kv: -len(kv[0])):
        body = r"[\s,\-–]+".join(re.escape(w) for w in key.split())
        body = body.replace("ubnd", "(?:ubnd|uy ban nhan dan)")
        out.append((name, re.compile(rf"(?<![0-9a-z]){body}(?![0-9a-z])")))
    return out


UNIT_PATTERNS = unit_patterns()
# A generic unit phrase in folded text: a head word, then words up to a stop (punctuation or a verb).
GENERIC_UNIT_RE = re.compile(
    r"(?:cac\s+)?(?:ubnd|uy ban nhan dan|so|phong|ban|trung tam|van phong|lanh dao|chanh van phong|giam doc"
    r"|chu tich|co quan|cap co tham quyen|don vi|bo|cong thong tin|thu truong)\b"
    r"(?:(?!\s(?:theo|de|ve|trong|tong hop|xem xet|chi dao|giai quyet|thuc hien|bao cao|dinh ky|truoc|tai(?! chinh| nguyen| san| lieu| khoan)|khi"
    r"|tham muu|trien khai|xay dung|tuyen truyen|day manh|ban hanh|kiem tra|chu tri|phoi hop|duoc|kip thoi"
    r"|co trach nhiem|phan anh|ket qua|tinh hinh|so lieu|nam \d{4})\b)"
    r"[^,;.():\n])*"
)


def restore_phrase(folded: str) -> str:
    """Canonical spelling of a frequency/deadline phrase given in folded form ("dinh ky" → "định kỳ")."""
    out: list[str] = []
    for m in re.finditer(r"[0-9a-z]+|[^0-9a-z\s]+", folded):
        w = m.group(0)
        if _ROMAN_RE.match(w) and out and out[-1] in ("quý", "Quý"):
            out.append(w.upper())
        elif w == "dau" and out and out[-1] == "phấn":
            out.append("đấu")
        else:
            out.append(_WORDS.get(w, w))
    text = ""
    for tok in out:
        if not text or tok in (",", ")", ";", ".", "/") or text.endswith(("(", "/")) or tok.startswith("/"):
            text += tok
        else:
            text += " " + tok
    return text
