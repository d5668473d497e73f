"""Administrative abbreviations, expanded so "TTHC" matches "thủ tục hành chính" (folded forms)."""

from __future__ import annotations

import re

from index.normalize import fold

ABBREVIATIONS: dict[str, str] = {
    "cchc": "cai cach hanh chinh", "tthc": "thu tuc hanh chinh", "dvc": "dich vu cong",
    "dvctt": "dich vu cong truc tuyen", "qppl": "quy pham phap luat", "vbqppl": "van ban quy pham phap luat",
    "cbccvc": "can bo cong chuc vien chuc", "ubnd": "uy ban nhan dan", "hdnd": "hoi dong nhan dan",
    "vhttdl": "van hoa the thao va du lich", "dttg": "dan toc va ton giao", "vp": "van phong", "kh": "ke hoach",
    "cds": "chuyen doi so", "csdl": "co so du lieu", "hc-qt": "hanh chinh quan tri",
    "gd&dt": "giao duc va dao tao", "gddt": "giao duc va dao tao", "kh&cn": "khoa hoc va cong nghe",
    "khcn": "khoa hoc va cong nghe", "nn&mt": "nong nghiep va moi truong", "nnmt": "nong nghiep va moi truong",
    "tn&mt": "tai nguyen va moi truong", "tnmt": "tai nguyen va moi truong", "kh&dt": "ke hoach va dau tu",
    "khdt": "ke hoach va dau tu", "tt&tt": "thong tin va truyen thong", "tttt": "thong tin va truyen thong",
    "dt&tg": "dan toc va ton giao", "kcn": "khu cong nghiep", "kkt": "khu kinh te", "cntt": "cong nghe thong tin",
    "bhxh": "bao hiem xa hoi", "thpt": "trung hoc pho thong", "thcs": "trung hoc co so",
    "mttq": "mat tran to quoc", "lltp": "ly lich tu phap", "pvhcc": "phuc vu hanh chinh cong",
    "bhyt": "bao hiem y te", "snv": "so noi vu", "stc": "so tai chinh", "stp": "so tu phap", "sxd": "so xay dung",
    "dvhc": "don vi hanh chinh", "tmdt": "thuong mai dien tu", "gcn": "giay chung nhan", "dn": "doanh nghiep",
    "vb": "van ban", "bc": "bao cao", "bv": "benh vien", "bvdk": "benh vien da khoa", "tccb": "to chuc can bo",
    "pctt": "phong chong thien tai", "ttyt": "trung tam y te", "ctxh": "cong tac xa hoi", "vhxh": "van hoa xa hoi",
    "ql": "quan ly", "qltt": "quan ly thi truong", "nv": "nhiem vu", "xd": "xay dung",
}
_RE = re.compile(r"(?<![a-z0-9])(" + "|".join(re.escape(k) for k in sorted(ABBREVIATIONS, key=len, reverse=True))
                 + r")(?![a-z0-9])")


def name_key(text: str) -> str:
    """Matching key of a name or a plan text: folded, abbreviations expanded, punctuation dropped."""
    return " ".join(re.findall(r"[0-9a-z]+", expand_folded(fold(text))))


_HYPHENATED = re.compile(r"(?<![a-z0-9/-])([a-z&]{1,4}(?:-[a-z&]{1,4}){1,3})(?![a-z0-9/-])")


_BODIES = frozenset({"hdnd", "ubnd", "mttq"})  # elected and mass bodies: "VP HĐND-UBND" is "VP HĐND và UBND"


def _joined(m: re.Match[str]) -> str:
    """"vh-tt-dl" → "vhttdl" when that is a known abbreviation; "hdnd-ubnd" → "hdnd va ubnd" (two bodies).

    Plan numbers such as "kh-ubnd" stay.
    """
    joined = m.group(1).replace("-", "")
    if joined in ABBREVIATIONS:
        return joined
    parts = m.group(1).split("-")
    return " va ".join(parts) if all(p in _BODIES for p in parts) else m.group(1)


def expand_folded(folded: str) -> str:
    """Replace known abbreviations in folded text by their folded long forms ("VH-TT-DL" as "VHTTDL")."""
    return _CENTRE.sub("trung tam", _RE.sub(lambda m: ABBREVIATIONS[m.group(1)], _HYPHENATED.sub(_joined, folded)))


# "TT" before a name is a centre ("TT CNTT", "TT Khuyến nông"); before a number it is a circular ("TT 01/2023")
_CENTRE = re.compile(r"(?<![a-z0-9/&-])tt(?= [a-z])(?! so \d)")
