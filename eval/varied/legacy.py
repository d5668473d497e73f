"""Legacy Vietnamese font encodings (TCVN3/ABC and VNI) written as they look when opened as text.

A real legacy export is a byte stream in a single-byte font encoding; opened
as cp1252/latin-1 it shows "KÕ ho¹ch" (TCVN3) or "Keá hoaïch" (VNI). We encode
Unicode to those bytes with our own tables and decode them as latin-1, then
save the result as UTF-8, which is what such a file looks like after a naive
conversion. TCVN3 (.VnTime fonts) has no capital letters with tone marks:
text typed in the capital font (.VnTimeH) uses the lowercase codes, so a
capital toned letter is written with its lowercase code here too.
"""

from __future__ import annotations

import unicodedata

# TCVN 5712:1993 (VN3) codes for lowercase letters and the capital base letters.
_TCVN3_ROWS = {
    "ă": "¨", "â": "©", "ê": "ª", "ô": "«", "ơ": "¬", "ư": "\xad", "đ": "®",
    "Ă": "¡", "Â": "¢", "Ê": "£", "Ô": "¤", "Ơ": "¥", "Ư": "¦", "Đ": "§",
    "à": "µ", "ả": "¶", "ã": "·", "á": "¸", "ạ": "¹",
    "ằ": "»", "ẳ": "¼", "ẵ": "½", "ắ": "¾", "ặ": "Æ",
    "ầ": "Ç", "ẩ": "È", "ẫ": "É", "ấ": "Ê", "ậ": "Ë",
    "è": "Ì", "ẻ": "Î", "ẽ": "Ï", "é": "Ð", "ẹ": "Ñ",
    "ề": "Ò", "ể": "Ó", "ễ": "Ô", "ế": "Õ", "ệ": "Ö",
    "ì": "×", "ỉ": "Ø", "ĩ": "Ü", "í": "Ý", "ị": "Þ",
    "ò": "ß", "ỏ": "á", "õ": "â", "ó": "ã", "ọ": "ä",
    "ồ": "å", "ổ": "æ", "ỗ": "ç", "ố": "è", "ộ": "é",
    "ờ": "ê", "ở": "ë", "ỡ": "ì", "ớ": "í", "ợ": "î",
    "ù": "ï", "ủ": "ñ", "ũ": "ò", "ú": "ó", "ụ": "ô",
    "ừ": "õ", "ử": "ö", "ữ": "÷", "ứ": "ø", "ự": "ù",
    "ỳ": "ú", "ỷ": "û", "ỹ": "ü", "ý": "ý", "ỵ": "þ",
}

# VNI: base letter followed by a mark character (VNI-Times font).
_VNI_BASE = {"ă": ("a", "ê"), "â": ("a", "â"), "ê": ("e", "â"), "ô": ("o", "â"), "ơ": ("ô", ""), "ư": ("ö", "")}
_VNI_TONE = {"\u0301": "ù", "\u0300": "ø", "\u0309": "û", "\u0303": "õ", "\u0323": "ï"}
# Tone marks after a circumflex (â ê ô) or breve (ă) use other characters.
_VNI_TONE_HAT = {"\u0301": "á", "\u0300": "à", "\u0309": "å", "\u0303": "ã", "\u0323": "ä"}
_VNI_TONE_BREVE = {"\u0301": "é", "\u0300": "è", "\u0309": "ú", "\u0303": "ü", "\u0323": "ë"}
_VNI_I = {"\u0301": "í", "\u0300": "ì", "\u0309": "æ", "\u0303": "ó", "\u0323": "ò"}


def to_tcvn3(text: str) -> str:
    """Unicode → TCVN3 bytes shown as latin-1 characters."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in _TCVN3_ROWS:
            out.append(_TCVN3_ROWS[ch])
        elif ch.lower() in _TCVN3_ROWS and ch.isupper():
            out.append(_TCVN3_ROWS[ch.lower()])  # .VnTimeH: capital glyphs on lowercase codes
        elif ord(ch) < 0x80:
            out.append(ch)
        else:
            raise ValueError(f"no TCVN3 code for {ch!r}")
    return "".join(out)


def _vni_char(ch: str) -> str:
    upper = ch.isupper()
    low = ch.lower()
    if low == "đ":
        return "Ñ" if upper else "ñ"
    parts = unicodedata.normalize("NFD", low)
    base, marks = parts[0], parts[1:]
    tone = next((m for m in marks if m in _VNI_TONE), "")
    shape = "".join(m for m in marks if m not in _VNI_TONE)
    letter = unicodedata.normalize("NFC", base + shape)
    if letter == "i" and tone:
        s = _VNI_I[tone]
    elif letter == "y" and tone == "\u0323":
        s = "î"
    elif letter in _VNI_BASE:
        b, hat = _VNI_BASE[letter]
        table = _VNI_TONE_BREVE if letter == "ă" else _VNI_TONE_HAT if hat == "â" else _VNI_TONE
        s = b + (table[tone] if tone else hat)
    else:
        s = letter + (_VNI_TONE[tone] if tone else "")
    return s.upper() if upper else s


def to_vni(text: str) -> str:
    """Unicode → VNI bytes shown as latin-1 characters."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        out.append(ch if ord(ch) < 0x80 else _vni_char(ch))
    return "".join(out)
