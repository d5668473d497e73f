"""OCR-tolerant folding for Vietnamese plans whose diacritics were lost or garbled.

The rules come from plan 001 (an OCR export) compared with the clean plans: "S&" is "Sở",
"s6"/"sé6" is "số", "Pay"/"Pinh" is "Đẩy"/"Định", "ctia"/"ciia" is "của", "Vin phong" is
"Văn phòng", "II1I" is "III". They are word-level and conservative: no key is a word of the
clean plans, so clean text folds exactly as :func:`index.normalize.fold` does.
"""

from __future__ import annotations

import re

from index.normalize import fold

_COMMON = {"cua", "va", "cac", "cong", "hanh", "chinh", "thuc", "hien", "nha", "nuoc", "tinh", "trong"}
_LETTER_WORD_RE = re.compile(r"[^\W\d_]+")

# Folded OCR token → folded intended word (evidence: plan 001 vs. the clean plans).
_WORD_FIXES: dict[str, str] = {
    # của, cửa, cũ, cụ
    "ctia": "cua", "ciia": "cua", "cta": "cua", "cia": "cua", "cira": "cua", "cy": "cu", "cir": "cu",
    "ctr": "cu",
    # chức, thức, thực, trực, thuộc
    "chirc": "chuc", "chire": "chuc", "chure": "chuc", "chue": "chuc", "chuec": "chuc", "chtrc": "chuc",
    "chtre": "chuc", "chitc": "chuc", "thirc": "thuc", "thire": "thuc", "thurc": "thuc", "thiic": "thuc",
    "thic": "thuc", "thyc": "thuc", "thyuc": "thuc", "thwe": "thuc", "trwe": "truc", "thudc": "thuoc",
    "thude": "thuoc",
    # bộ, nội, được, nước, người, nguồn, cường, cuối, hướng, thường, đường, trước, quốc, trường
    "bd": "bo", "bg": "bo", "by": "bo", "boe": "bo", "ndi": "noi", "nodi": "noi", "dugc": "duoc",
    "dugce": "duoc", "duge": "duoc", "nudc": "nuoc", "nuec": "nuoc", "nude": "nuoc", "ngudi": "nguoi",
    "ngudn": "nguon", "cudng": "cuong", "cudong": "cuong", "cudi": "cuoi", "cubi": "cuoi",
    "hudng": "huong", "hueng": "huong", "thudng": "thuong", "dudng": "duong", "trude": "truoc",
    "trudc": "truoc", "qudc": "quoc", "quec": "quoc", "trudng": "truong", "dudi": "duoi", "tudng": "tuong",
    # văn, năm, thống, với, lượng, tử, sử, xử, lý, số, hồ, tổ, đổi, mới, …
    "vin": "van", "vian": "van", "nim": "nam", "ndm": "nam", "theng": "thong", "vei": "voi",
    "lugng": "luong", "lrgng": "luong", "tir": "tu", "tur": "tu", "str": "su", "st": "su", "sir": "su",
    "stra": "sua", "xur": "xu", "xtr": "xu", "xir": "xu", "xt": "xu", "iy": "ly", "sb": "so", "sd": "so",
    "hd": "ho", "td": "to", "tdt": "tot", "ddi": "doi", "dbi": "doi", "doii": "doi", "mei": "moi",
    "dit": "du", "dir": "du", "tic": "tac", "nhitng": "nhung", "nhiing": "nhung", "nhirng": "nhung",
    "cec": "cac", "ceac": "cac", "ding": "dung", "dimg": "dung", "tmg": "ung", "tng": "ung",
    "hodc": "hoac", "ning": "nang", "chit": "chat", "khin": "khan", "vueng": "vuong", "cdo": "cao",
    "ceo": "cao", "vy": "vu", "coeng": "cong", "ceng": "cong", "cep": "cap", "cip": "cap", "cdp": "cap",
    "gidi": "gioi", "giita": "giua", "gitra": "giua", "gifra": "giua", "ngil": "ngu", "ngii": "ngu",
    "ngfi": "ngu", "ciu": "cau", "viee": "viec", "seng": "song", "gido": "giao", "nhen": "nhan",
    "hqi": "hoi", "dec": "doc", "phiic": "phuc", "thdo": "thao", "gd": "go", "meg": "me", "phei": "phoi",
    "deng": "dong", "viing": "vung", "cyc": "cuc", "tyc": "tuc", "lyc": "luc", "sudt": "suot",
    "dja": "dia", "meic": "mac", "mic": "mac", "cd": "co", "ddc": "doc", "ddng": "dong", "bey": "day",
    "dey": "day", "didy": "day", "nhem": "nhom", "thir": "thu", "phd": "pho", "ling": "lang",
    "hea": "hoa", "mtrc": "muc", "mirc": "muc", "xdy": "xay", "tei": "toi", "tdi": "toi", "ludn": "luan",
    "trd": "tro", "ce": "ca", "gidy": "giay", "giri": "gui", "dd": "do", "tlep": "tiep", "tlrep": "tiep",
    "lidu": "lieu", "dirc": "duc", "tip": "tap", "hudn": "huan", "gdp": "gop", "ngean": "ngan",
    "ddm": "dam", "ting": "tang", "se6": "so", "phdi": "phoi", "ii1i": "iii",
}
# Words that are only errors in a given neighbourhood (the bare word exists in Vietnamese).
_PAIR_FIXES: list[tuple[str, str]] = [
    ("trung tim", "trung tam"), ("thue hien", "thuc hien"), ("gin ket", "gan ket"),
    ("phep luat", "phap luat"), ("chet luong", "chat luong"), ("khe khan", "kho khan"),
    ("sep xep", "sap xep"), ("beo cao", "bao cao"), ("met cach", "mot cach"), ("que trinh", "qua trinh"),
    ("chuyen men", "chuyen mon"), ("tha tuc", "thu tuc"), ("chip hanh", "chap hanh"),
    ("cii cach", "cai cach"), ("thuc chet", "thuc chat"), ("hien tet", "hien tot"), ("gin cai", "gan cai"), ("manh mo", "manh me"), ("chinh pha", "chinh phu"),
]
_PAIR_RES = [(re.compile(rf"\b{a}\b"), b) for a, b in _PAIR_FIXES]
_LATE_FIXES = {"cii": "cu", "ci": "cu"}
# Đ read as P at the start of a word before a vowel ("Pay" → "Đẩy", "Pinh" → "Định").
_P_FOR_D_WORDS = {"day", "dinh", "dung", "dich", "doi", "doc", "dong", "dau", "dat", "dang", "dieu",
                  "diem", "dien", "don", "duoc", "duong", "dac", "dec", "ddi", "dam", "dao", "den"}
_SYLLABLE_RE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?"
)
_TOKEN_RE = re.compile(r"[0-9a-z]+")
_RAW_TOKEN_RE = re.compile(r"\S+")


def looks_ocr_damaged(text: str) -> bool:
    """True for Vietnamese-looking text with very few diacritics (an OCR export that lost them)."""
    ws = _LETTER_WORD_RE.findall(text)
    if len(ws) < 50:
        return False
    folded = [fold(w) for w in ws]
    common = sum(1 for w in folded if w in _COMMON)
    if common / len(ws) < 0.05:
        return False  # not Vietnamese administrative prose
    marked = sum(1 for w in ws if any(ord(c) > 127 for c in w))
    return marked / len(ws) < 0.5


def _fix_symbols(token: str) -> str:
    """Raw-token repairs before folding: "S&" → "So", "ngh¢" → "nghe", "k¥" → "ky", "Pay" → "Đay"."""
    if "&" in token:
        token = re.sub(r"(?<=[^\W\d_])&(?![A-Z])", "o", token)
    if "¢" in token or "€" in token:
        token = re.sub(r"^[¢€](?=\))", "c", token)
        token = re.sub(r"(?<=[hi1])[¢€](?!a)", "e", token)
        token = token.replace("¢", "").replace("€", "")
    if "¥" in token:
        token = token.replace("¥", "y")
    m = re.match(r"([“\"'(]*)P(?=[^\W\dA-Z_])", token)
    if m and not token[m.end()].isupper() and "d" + fold(token[m.end():]).strip("“”\"'.,;:()") in _P_FOR_D_WORDS:
        token = m.group(1) + "Đ" + token[m.end():]
    return token


def _fix_digits(word: str) -> str:
    """Repair digit look-alikes inside a folded word ("s6" → "so", "t6i" → "toi", "1y" → "ly", "nguo1" → "nguoi")."""
    if word.isdigit() or not any(c.isdigit() for c in word):
        return word
    if re.fullmatch(r"[iv]*1[iv1]*", word) and "i" in word:
        return word.replace("1", "")
    stem = re.match(r"[a-z]*", word)
    head = stem.group(0) if stem else ""
    out = []
    for i, ch in enumerate(word):
        last = i == len(word) - 1
        prev = word[i - 1] if i else ""
        if ch in "60" and (not last or len(head) <= 2):
            out.append("o")
        elif ch == "4" and prev.isalpha() and (not last or len(head) <= 2):
            out.append("a")
        elif ch == "1" and i == 0 and len(word) > 1 and word[1].isalpha():
            out.append("l")
        elif ch == "1" and prev in ("o", "d", "0") and last:
            out.append("i")
        elif ch == "1" and prev == "i" and last:
            out.append("")
        else:
            out.append(ch)
    fixed = "".join(out)
    if fixed in _WORD_FIXES or _SYLLABLE_RE.fullmatch(fixed):
        return fixed
    return word


def _fix_word(m: re.Match[str]) -> str:
    w = m.group(0)
    if w in _WORD_FIXES:
        return _WORD_FIXES[w]
    w = _fix_digits(w)
    return _WORD_FIXES.get(w, w)


def ocr_fold(text: str) -> str:
    """Folded, confusion-tolerant form of OCR'd text (equal to ``fold(text)`` on clean text)."""
    repaired = _RAW_TOKEN_RE.sub(lambda m: _fix_symbols(m.group(0)), text)
    folded = _TOKEN_RE.sub(_fix_word, fold(repaired))
    for rx, repl in _PAIR_RES:
        folded = rx.sub(repl, folded)
    return _TOKEN_RE.sub(lambda m: _LATE_FIXES.get(m.group(0), m.group(0)), folded)


def ocr_words(text: str) -> list[str]:
    """Alphanumeric words of :func:`ocr_fold` (the OCR-tolerant counterpart of ``normalize.words``)."""
    return _TOKEN_RE.findall(ocr_fold(text))


PAIR_FIXES: dict[str, str] = dict(_PAIR_FIXES)  # "thue hien" → "thuc hien": two-word repairs on folded words


def repair_raw_token(token: str) -> str:
    """Symbol repairs of one raw (unfolded) token: "S&" → "So", "ngh¢" → "nghe", "Pay" → "Đay"."""
    return _fix_symbols(token)


def repair_word(word: str, *, late: bool = True) -> str:
    """The intended folded word for one folded OCR word ("ctia" → "cua", "s6" → "so"); others unchanged.

    ``late=False`` leaves out the repairs that must wait for :data:`PAIR_FIXES` ("cii" → "cu").
    """
    fixed = _WORD_FIXES.get(word)
    if fixed is None:
        digits = _fix_digits(word)
        fixed = _WORD_FIXES.get(digits, digits)
    return _LATE_FIXES.get(fixed, fixed) if late else fixed
