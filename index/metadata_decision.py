"""Plans issued by a decision: "QUYẾT ĐỊNH Ban hành Kế hoạch …" + Điều 1–3 + signer, then "KẾ HOẠCH …".

:func:`find_decision` locates the two parts and reads what belongs to the decision (its number,
date, signer, issuing body); :func:`plan_view` gives the document with the decision blanked out
(same offsets and line numbers), so the plan part parses like a stand-alone plan.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from index.normalize import fold
from index.signature import own_title, titles_in
from index.structure import parse_outline
from index.textclean import strip_markup
from index.types import LoadedDocument, Section

_OFFICIALS = r"(?:Phó\s+)?(?:Bộ trưởng|Thứ trưởng|Chủ tịch|Giám đốc|Tổng Cục trưởng|Cục trưởng|Chánh Văn phòng|Trưởng ban)\s+"
# Issuers that belong to no province (central bodies).
CENTRAL_RE = re.compile(r"^(?:bo|cuc|tong cuc|vu|van phong chinh phu|thanh tra chinh phu|uy ban dan toc"
                        r"|ngan hang nha nuoc|kiem toan nha nuoc|bao hiem xa hoi viet nam|thong tan xa)\b")
_TYPE_WORDS = {"bo": "Bộ", "so": "Sở", "cuc": "Cục", "tong cuc": "Tổng cục", "chi cuc": "Chi cục", "ubnd": "UBND",
               "uy ban nhan dan": "Ủy ban nhân dân", "van phong": "Văn phòng", "ban": "Ban", "vu": "Vụ"}
_PLACE_WORDS = ("tinh", "thanh pho", "xa", "huyen", "phuong", "quan", "thi xa")


@dataclass
class Decision:
    """What a decision-issued plan says about the decision itself."""

    plan_line: int  # 1-based line of "KẾ HOẠCH" (the plan part's title)
    plan_start: int  # 1-based first line of the plan part (its own header, if any)
    number: str | None
    date: str | None
    issuer: str | None  # from the "Kèm theo Quyết định … của …" note or the header, mixed case
    signer: str | None
    signer_title: str | None


def _key(line: str) -> str:
    return fold(strip_markup(line)).strip(" :.*")


def _iso(text: str) -> str | None:
    f = fold(text)
    m = re.search(r"ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})", f) or \
        re.search(r"ngay\s+(\d{1,2})/(\d{1,2})/(\d{4})", f)
    return f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}" if m else None


def org_case(upper: str) -> str:
    """Mixed-case spelling of an upper-case body name ("BỘ TƯ PHÁP" → "Bộ Tư pháp")."""
    words = upper.split()
    f = fold(upper)
    out: list[str] = []
    rest = words
    for key in sorted(_TYPE_WORDS, key=len, reverse=True):
        if f == key or f.startswith(key + " "):
            out.append(_TYPE_WORDS[key])
            rest = words[len(key.split()):]
            break
    cap_next, place = True, False
    for i, w in enumerate(rest):
        fw = fold(w)
        if len(w) <= 5 and w.isupper() and not re.search(r"[aeiouy]", fw) or fw in ("ubnd", "hdnd"):
            out.append(w)
        elif place or cap_next:
            out.append(w[:1].upper() + w[1:].lower())
        else:
            out.append(w.lower())
        cap_next = fw == "va" or w in ("-", "–") or w.endswith(",")
        if i + 1 < len(rest) and fw == "xa" and fold(rest[i + 1]) == "hoi":
            continue  # "XÃ HỘI" is no commune
        if fw in ("tinh", "pho", "xa", "huyen", "phuong", "quan") and not place:
            place = True
            out[-1] = w.lower()
        elif fw == "khu" and i > 0 and fold(rest[i - 1]) == "dac" and not place:  # "ĐẶC KHU VÂN ĐỒN"
            place = True
            out[-2:] = [rest[i - 1].lower(), w.lower()]
    return " ".join(out)


def _signature(lines: list[str], start: int, end: int) -> tuple[str | None, str | None]:
    """(signer, title) of the decision's signature block between 0-based ``start`` and ``end``."""
    title_at = None
    for i in range(start, end):
        s = strip_markup(lines[i]).strip()
        if s and s.upper() == s and titles_in([s]) and len(s.split()) <= 10:
            title_at = i
    if title_at is None:
        return None, None
    title = own_title([strip_markup(x) for x in lines[max(start, title_at - 3):title_at + 1]])
    for i in range(title_at + 1, end):
        s = strip_markup(lines[i]).strip()
        if not s:
            continue
        ok = 2 <= len(s.split()) <= 5 and all(w[:1].isupper() for w in s.split()) and s.upper() != s
        return (s if ok else None), title
    return None, title


def _header_org(lines: list[str]) -> str | None:
    """The issuing body named in the first lines (the lowest org line above "CỘNG HÒA …"/"Số:")."""
    org = None
    for raw in lines[:8]:
        s = strip_markup(raw).strip()
        k = fold(s)
        if not s or set(s) <= set("-_=. "):
            continue
        if k.startswith(("cong hoa", "so:", "so :", "doc lap")) or re.match(r"so\s*:", k):
            break
        if s.upper() == s and re.match(r"(?:bo|so|cuc|tong cuc|chi cuc|ubnd|uy ban|van phong|ban)\b", k):
            org = s
    return org_case(org) if org else None


def find_decision(text: str) -> Decision | None:
    """The decision part of a "QUYẾT ĐỊNH Ban hành Kế hoạch …" document, or None for a plain plan."""
    lines = text.splitlines()
    head = [i for i, ln in enumerate(lines[:40]) if _key(ln) == "quyet dinh"]
    if not head:
        return None
    q = head[0]
    follow = " ".join(_key(ln) for ln in lines[q + 1: q + 4])
    if not re.search(r"(?:ban hanh|phe duyet)\s+ke hoach", follow):
        return None
    plan_line = next((i for i in range(q + 1, len(lines)) if _key(lines[i]).startswith("ke hoach")
                      and strip_markup(lines[i]).strip()[:8].isupper()), None)
    if plan_line is None:
        return None
    start = plan_line
    while start > q + 1:
        s = strip_markup(lines[start - 1]).strip()
        k = fold(s)
        if s and not (s.upper() == s or re.match(r"so\s*:", k) or re.search(r"ngay .* thang .* nam", k)):
            break
        start -= 1
    number = None
    for ln in lines[:q]:
        m = re.search(r"\bS\S{0,2}\s*:\s*(\d+)\s*/\s*([A-ZĐ][\wĐđ\-]*)", strip_markup(ln))
        if m:
            number = f"{m.group(1)}/{m.group(2)}"
            break
    date = next((d for d in (_iso(ln) for ln in lines[:q]) if d), None)
    note = " ".join(strip_markup(ln) for ln in lines[plan_line: plan_line + 6])
    m = re.search(r"[Kk]èm theo Quyết định(?: số)?\s*([\w/Đđ\-]*)\s*(.*?)\)", note)
    issuer = None
    if m:
        number = number or (m.group(1) if "/" in m.group(1) else None)
        date = date or _iso(m.group(2))
        by = re.search(r"\bcủa\s+(?:" + _OFFICIALS + r")?(.+)$", m.group(2))
        issuer = by.group(1).strip(" .;,") if by else None
    signer, title = _signature(lines, q, start)
    return Decision(plan_line + 1, start + 1, number, date, issuer or _header_org(lines), signer, title)


def plan_view(doc: LoadedDocument, decision: Decision) -> LoadedDocument:
    """``doc`` with the decision part blanked by spaces: same offsets and line numbers, plan part only."""
    lines = doc.text.splitlines(keepends=True)
    cut = decision.plan_start - 1
    blanked = "".join(re.sub(r"[^\r\n]", " ", ln) for ln in lines[:cut]) + "".join(lines[cut:])
    return replace(doc, text=blanked, table_rows=[r for r in doc.table_rows if r.line >= decision.plan_start])


def plan_part(doc: LoadedDocument, outline: Section) -> tuple[LoadedDocument, Section]:
    """The plan part of a decision-issued document and its outline; ``(doc, outline)`` for a plain plan."""
    dec = find_decision(doc.text)
    if dec is None:
        return doc, outline
    view = plan_view(doc, dec)
    return view, parse_outline(view)
