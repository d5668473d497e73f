"""Administrative abbreviations, expanded so "TTHC" matches "thủ tục hành chính" (folded forms)."""

from __future__ import annotations

import re

ABBREVIATIONS: dict[str, str] = {
    "cchc": "cai cach hanh chinh", "tthc": "thu tuc hanh chinh", "dvc": "dich vu cong",
    "dvctt": "dich vu cong truc tuyen", "qppl": "quy pham phap luat", "vbqppl": "van ban quy pham phap luat",
    "cbccvc": "can bo cong chuc vien chuc", "ubnd": "uy ban nhan dan", "hdnd": "hoi dong nhan dan",
    "vhttdl": "van hoa the thao va du lich", "dttg": "dan toc va ton giao", "vp": "van phong", "kh": "ke hoach",
    "cds": "chuyen doi so", "csdl": "co so du lieu", "hc-qt": "hanh chinh quan tri",
}
_RE = re.compile(r"(?<![a-z0-9])(" + "|".join(re.escape(k) for k in sorted(ABBREVIATIONS, key=len, reverse=True))
                 + r")(?![a-z0-9])")


def expand_folded(folded: str) -> str:
    """Replace known abbreviations in folded text by their folded long forms."""
    return _RE.sub(lambda m: ABBREVIATIONS[m.group(1)], folded)
