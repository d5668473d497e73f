"""Legacy Vietnamese font encodings (TCVN3/ABC and VNI) → Unicode NFC.

Before Unicode, Vietnamese documents were typed in 8-bit fonts (.VnTime for TCVN3, VNI-Times for
VNI): the bytes were Latin-1 letters that those fonts drew as Vietnamese letters, so the text read
without the font is "KÕ ho¹ch c¶i c¸ch hµnh chÝnh" (TCVN3) or "Keá hoaïch caûi caùch" (VNI).

:func:`detect` measures how many words carry characters that Unicode Vietnamese never uses (¸ µ ¹ ¶
for TCVN3; ï ø û ö ñ after a vowel for VNI); :func:`convert` maps them with the tables below. When a
text looks legacy but neither conversion yields clean Vietnamese, :class:`LegacyEncodingError` is
raised with a Vietnamese message so the user can re-save the file in Unicode.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

from index.loaders.errors import LoaderError

# TCVN3 (ABC, TCVN 5712:1993 VN3): code point (as Latin-1 char) → Unicode. The upper-case toned
# letters of VN1 (0xAF, 0xBA, 0xBF–0xC5 …) are included: some .VnTime exports use them too.
TCVN3: dict[str, str] = {
    "\xa1": "Ă", "\xa2": "Â", "\xa3": "Ê", "\xa4": "Ô", "\xa5": "Ơ", "\xa6": "Ư", "\xa7": "Đ",
    "\xa8": "ă", "\xa9": "â", "\xaa": "ê", "\xab": "ô", "\xac": "ơ", "\xad": "ư", "\xae": "đ",
    "\xaf": "Ằ", "\xb0": "\u0300", "\xb1": "\u0309", "\xb2": "\u0303", "\xb3": "\u0301", "\xb4": "\u0323",
    "\xb5": "à", "\xb6": "ả", "\xb7": "ã", "\xb8": "á", "\xb9": "ạ", "\xba": "Ẳ", "\xbb": "ằ",
    "\xbc": "ẳ", "\xbd": "ẵ", "\xbe": "ắ", "\xbf": "Ẵ",
    "\xc0": "Ắ", "\xc1": "Ầ", "\xc2": "Ẩ", "\xc3": "Ẫ", "\xc4": "Ấ", "\xc5": "Ề", "\xc6": "ặ", "\xc7": "ầ",
    "\xc8": "ẩ", "\xc9": "ẫ", "\xca": "ấ", "\xcb": "ậ", "\xcc": "è", "\xcd": "Ể", "\xce": "ẻ", "\xcf": "ẽ",
    "\xd0": "é", "\xd1": "ẹ", "\xd2": "ề", "\xd3": "ể", "\xd4": "ễ", "\xd5": "ế", "\xd6": "ệ", "\xd7": "ì",
    "\xd8": "ỉ", "\xd9": "Ễ", "\xda": "Ế", "\xdb": "Ồ", "\xdc": "ĩ", "\xdd": "í", "\xde": "ị", "\xdf": "ò",
    "\xe0": "Ổ", "\xe1": "ỏ", "\xe2": "õ", "\xe3": "ó", "\xe4": "ọ", "\xe5": "ồ", "\xe6": "ổ", "\xe7": "ỗ",
    "\xe8": "ố", "\xe9": "ộ", "\xea": "ờ", "\xeb": "ở", "\xec": "ỡ", "\xed": "ớ", "\xee": "ợ", "\xef": "ù",
    "\xf0": "Ỗ", "\xf1": "ủ", "\xf2": "ũ", "\xf3": "ú", "\xf4": "ụ", "\xf5": "ừ", "\xf6": "ử", "\xf7": "ữ",
    "\xf8": "ứ", "\xf9": "ự", "\xfa": "ỳ", "\xfb": "ỷ", "\xfc": "ỹ", "\xfd": "ý", "\xfe": "ỵ", "\xff": "Ố",
}

# VNI (VNI-Windows): a base letter followed by a mark character → Unicode; single characters last.
_VNI_VOWELS: dict[str, tuple[str, str]] = {  # VNI form (lower) → (Unicode lower, Unicode upper)
    "aù": ("á", "Á"), "aø": ("à", "À"), "aû": ("ả", "Ả"), "aõ": ("ã", "Ã"), "aï": ("ạ", "Ạ"),
    "aâ": ("â", "Â"), "aá": ("ấ", "Ấ"), "aà": ("ầ", "Ầ"), "aå": ("ẩ", "Ẩ"), "aã": ("ẫ", "Ẫ"), "aä": ("ậ", "Ậ"),
    "aê": ("ă", "Ă"), "aé": ("ắ", "Ắ"), "aè": ("ằ", "Ằ"), "aú": ("ẳ", "Ẳ"), "aü": ("ẵ", "Ẵ"), "aë": ("ặ", "Ặ"),
    "eù": ("é", "É"), "eø": ("è", "È"), "eû": ("ẻ", "Ẻ"), "eõ": ("ẽ", "Ẽ"), "eï": ("ẹ", "Ẹ"),
    "eâ": ("ê", "Ê"), "eá": ("ế", "Ế"), "eà": ("ề", "Ề"), "eå": ("ể", "Ể"), "eã": ("ễ", "Ễ"), "eä": ("ệ", "Ệ"),
    "où": ("ó", "Ó"), "oø": ("ò", "Ò"), "oû": ("ỏ", "Ỏ"), "oõ": ("õ", "Õ"), "oï": ("ọ", "Ọ"),
    "oâ": ("ô", "Ô"), "oá": ("ố", "Ố"), "oà": ("ồ", "Ồ"), "oå": ("ổ", "Ổ"), "oã": ("ỗ", "Ỗ"), "oä": ("ộ", "Ộ"),
    "ôù": ("ớ", "Ớ"), "ôø": ("ờ", "Ờ"), "ôû": ("ở", "Ở"), "ôõ": ("ỡ", "Ỡ"), "ôï": ("ợ", "Ợ"),
    "uù": ("ú", "Ú"), "uø": ("ù", "Ù"), "uû": ("ủ", "Ủ"), "uõ": ("ũ", "Ũ"), "uï": ("ụ", "Ụ"),
    "öù": ("ứ", "Ứ"), "öø": ("ừ", "Ừ"), "öû": ("ử", "Ử"), "öõ": ("ữ", "Ữ"), "öï": ("ự", "Ự"),
    "yù": ("ý", "Ý"), "yø": ("ỳ", "Ỳ"), "yû": ("ỷ", "Ỷ"), "yõ": ("ỹ", "Ỹ"),
}
_VNI_SINGLE: dict[str, str] = {
    "ô": "ơ", "Ô": "Ơ", "ö": "ư", "Ö": "Ư", "ñ": "đ", "Ñ": "Đ", "í": "í", "Í": "Í", "ì": "ì", "Ì": "Ì",
    "æ": "ỉ", "Æ": "Ỉ", "ó": "ĩ", "Ó": "Ĩ", "ò": "ị", "Ò": "Ị", "î": "ỵ", "Î": "Ỵ",
}


def _vni_table() -> dict[str, str]:
    """Every two-character VNI sequence (lower, UPPER and Title case) → Unicode."""
    out: dict[str, str] = {}
    for seq, (low, up) in _VNI_VOWELS.items():
        out[seq] = low
        out[seq.upper()] = up
        out[seq[0].upper() + seq[1]] = up  # "Aù" as typed in title case
    return out


VNI: dict[str, str] = {**_vni_table(), **_VNI_SINGLE}
_VNI_RE = re.compile("|".join(re.escape(k) for k in sorted(VNI, key=len, reverse=True)))

# Characters that Unicode Vietnamese text never contains but each legacy encoding uses a lot.
_TCVN3_MARKS = frozenset("¡¢£¤¥¦§¨©ª«¬®µ¶·¸¹»¼½¾ÆÇËÎÏÐÑÖ×ØÜÞßäåæçëîïñö÷øûüþ")
_VNI_MARKS = frozenset("ïøûöñåäëüæîÏØÛÖÑÅÄËÜÆÎ")
_VIET_LETTERS = frozenset(
    "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵfjwz"
)
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")
_SYLLABLE = re.compile(
    r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[aăâeêioôơuưy]{1,3}(?:ch|ng|nh|[cmnpt])?$"
)
_WORD = re.compile(r"[^\s\d.,;:!?()\[\]\"'“”/\\\-–—_%&*+=<>|…]+")
MIN_WORDS = 8
LEGACY_SHARE = 0.12  # share of words with a marker character above which a text looks legacy
CLEAN_SHARE = 0.85  # share of words made only of Vietnamese letters required after conversion


class LegacyEncodingError(LoaderError):
    """The text is in a legacy Vietnamese font encoding that could not be converted confidently."""


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _share(words: list[str], marks: frozenset[str]) -> float:
    return sum(1 for w in words if any(c in marks for c in w)) / len(words) if words else 0.0


def plausible_word(word: str) -> bool:
    """True for a plain ASCII word, or a Vietnamese syllable shape with at most one tone mark."""
    if word.isascii():
        return True
    low = word.lower()
    if not all(c in _VIET_LETTERS for c in low):
        return False
    decomposed = unicodedata.normalize("NFD", low)
    if sum(1 for c in decomposed if c in _TONES) > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
    return _SYLLABLE.match(bare) is not None


def vietnamese_share(text: str) -> float:
    """Share of words that are plausible Vietnamese syllables (NFC, case-insensitive)."""
    words = _words(unicodedata.normalize("NFC", text))
    if not words:
        return 0.0
    return sum(1 for w in words if plausible_word(w)) / len(words)


def looks_legacy(text: str) -> bool:
    """True when enough words carry TCVN3 or VNI marker characters (never on Unicode Vietnamese)."""
    words = _words(text)
    if len(words) < MIN_WORDS:
        return False
    return max(_share(words, _TCVN3_MARKS), _share(words, _VNI_MARKS)) >= LEGACY_SHARE


def _caps(word: str) -> bool:
    """A word typed in capitals: 2+ upper-case letters, no lower-case ASCII letter, no digit."""
    return (sum(1 for c in word if c.isupper()) >= 2 and not any("a" <= c <= "z" for c in word)
            and not any(c.isdigit() for c in word))


def _title(word: str) -> bool:
    """One upper-case letter followed only by (converted) toned letters: "Sở", "Và", "Kế"."""
    return len(word) >= 2 and word[0].isupper() and not any("a" <= c <= "z" or c.isdigit() for c in word[1:])


def restore_capitals(line: str) -> str:
    """Upper-case words typed in capitals with TCVN3's lower-case toned codes ("TỉNH" → "TỈNH").

    TCVN3 has no upper-case toned vowels (.VnTimeH fonts draw the lower-case codes as capitals),
    so "KẾ HOẠCH" comes out as "Kế HOạCH". A run of capitalised words ("Vụ Và") joins the
    upper-casing when the words around it in the same column segment are capitals.
    """
    out: list[str] = []
    for segment in re.split(r"(\s{2,})", line):
        words = segment.split(" ")
        caps = [_caps(w) for w in words]
        i = 0
        while i < len(words):
            if not _title(words[i]) or caps[i]:
                i += 1
                continue
            j = i
            while j < len(words) and _title(words[j]) and not caps[j]:
                j += 1
            sides = [caps[k] for k in (i - 1, j) if 0 <= k < len(words) and words[k]]
            if sides and all(sides):
                for k in range(i, j):
                    caps[k] = True
            i = j
        out.append(" ".join(w.upper() if c else w for w, c in zip(words, caps, strict=True)))
    return "".join(out)


def convert_tcvn3(text: str) -> str:
    """Map TCVN3 (ABC) characters to Unicode, NFC (combining marks 0xB0–0xB4 compose), capitals restored."""
    converted = unicodedata.normalize("NFC", "".join(TCVN3.get(c, c) for c in text))
    return "".join(restore_capitals(line) for line in converted.splitlines(keepends=True))


def convert_vni(text: str) -> str:
    """Map VNI sequences (base letter + mark character) to Unicode, NFC."""
    return unicodedata.normalize("NFC", _VNI_RE.sub(lambda m: VNI[m.group(0)], text))


def detect(text: str) -> str | None:
    """"tcvn3" or "vni" when ``text`` is legacy-encoded and converts to clean Vietnamese, else None.

    Raises :class:`LegacyEncodingError` (path "văn bản") when it looks legacy but no conversion
    is clean; callers with a file path re-raise with it (see :func:`convert_if_legacy`).
    """
    if not looks_legacy(text):
        return None
    before = vietnamese_share(text)
    # VNI first: TCVN3 maps every Latin-1 letter to a Vietnamese one, so VNI text would also
    # "convert" as TCVN3 into nonsense, while TCVN3 text keeps ¸ µ ¹ … under the VNI table.
    for name, fn in (("vni", convert_vni), ("tcvn3", convert_tcvn3)):
        score = vietnamese_share(fn(text))
        if score >= CLEAN_SHARE and score > before:
            return name
    raise LegacyEncodingError(
        "văn bản",
        "văn bản dùng bảng mã tiếng Việt cũ (TCVN3/ABC hoặc VNI) nhưng không chuyển được sang Unicode một "
        "cách chắc chắn; hãy mở tệp bằng Word/Unikey, chuyển mã sang Unicode rồi nạp lại",
    )


def _is_unicode_vietnamese(text: str) -> bool:
    """True when ``text`` holds letters only Unicode can encode (ă đ ơ ư ạ … ỹ): never legacy."""
    return any("\u0102" <= c <= "\u01b0" or "\u1ea0" <= c <= "\u1ef9" for c in text)


def converter(text: str, path: str | Path) -> Callable[[str], str] | None:
    """A function converting one line of a legacy-encoded document, None when ``text`` is Unicode.

    Lines that already contain Unicode-only Vietnamese letters are left as they are (documents that
    mix legacy and Unicode runs).
    """
    try:
        name = detect(text)
    except LegacyEncodingError as exc:
        raise LegacyEncodingError(path, exc.reason) from None
    if name is None:
        return None
    base = convert_tcvn3 if name == "tcvn3" else convert_vni

    def convert_line(line: str) -> str:
        return line if _is_unicode_vietnamese(line) else base(line)

    return convert_line


def convert_if_legacy(text: str, path: str | Path) -> str:
    """``text`` converted to Unicode when it is TCVN3/VNI, unchanged otherwise (line count kept)."""
    fn = converter(text, path)
    if fn is None:
        return text
    return "".join(fn(line) for line in text.splitlines(keepends=True))
