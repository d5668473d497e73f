"""Plan metadata: number, date, issuer, province, level, period, implemented plan, signer, recipients.

Values are read from the header block, the preamble ("Thực hiện …", "… ban hành Kế hoạch"),
the title and the closing blocks. Anything not found is None — never guessed. A sidecar JSON
file next to the source (``<file>.meta.json`` or ``<stem>.meta.json``) overrides any field.
"""

from __future__ import annotations

import json
import re
from dataclasses import fields
from pathlib import Path
from typing import Any

from index.metadata_decision import CENTRAL_RE, Decision, find_decision, plan_view
from index.metadata_header import letterhead_issuer
from index.names import is_name, restore_surname
from index.normalize import fold
from index.ocrtext import looks_ocr_damaged, ocr_fold
from index.signature import own_title
from index.structure import iter_sections, parse_outline
from index.textclean import join_lines, strip_markup
from index.types import LoadedDocument, PlanMetadata, Section

PROVINCES = [
    "An Giang", "Bà Rịa - Vũng Tàu", "Bạc Liêu", "Bắc Giang", "Bắc Kạn", "Bắc Ninh", "Bến Tre", "Bình Dương",
    "Bình Định", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Cần Thơ", "Đà Nẵng", "Đắk Lắk", "Đắk Nông",
    "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Nội", "Hà Tĩnh", "Hải Dương",
    "Hải Phòng", "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu",
    "Lạng Sơn", "Lào Cai", "Lâm Đồng", "Long An", "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ",
    "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La",
    "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế", "Huế", "Tiền Giang",
    "Thành phố Hồ Chí Minh", "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
]
_PROVINCE_BY_FOLD = {fold(p): p for p in PROVINCES}
# Canonical spellings used to restore OCR-damaged names (every word must be known, else raw text is kept).
_LEXICON = {fold(w): w for w in [
    "Văn phòng", "UBND", "Ủy ban nhân dân", "tỉnh", "xã", "phường", "Sở", "Nội vụ", "Lãnh đạo", "Dân tộc",
    "và", "Tôn giáo", "Văn hóa", "Thể thao", "Du lịch", "Tài chính", "Xây dựng", "Y tế", "Giáo dục",
    "Đào tạo", "Tư pháp", "Khoa học", "Công nghệ", *PROVINCES]}
_ORG_START = r"(?:Sở|UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Văn phòng|Ban|Trung tâm|Phòng|Bộ|Cục|Tổng cục|Chi cục)\b"


def load_sidecar(path: str) -> dict[str, Any]:
    """Read a sidecar JSON object (metadata overrides); raise ValueError when it is not an object."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{path}: tệp metadata phải là một đối tượng JSON")
    return data


def sidecar_path(source: str) -> Path | None:
    """The sidecar next to ``source`` (``<file>.meta.json`` first, then ``<stem>.meta.json``), if any."""
    p = Path(source)
    for cand in (p.with_name(p.name + ".meta.json"), p.with_name(p.stem + ".meta.json")):
        if cand.is_file():
            return cand
    return None


def restore(text: str) -> str:
    """Canonical spelling of an OCR-damaged name when every word group is known, else ``text`` unchanged."""
    words = ocr_fold(text).replace(",", " ").split()
    out: list[str] = []
    i = 0
    while i < len(words):
        for n in (4, 3, 2, 1):
            key = " ".join(words[i: i + n])
            if len(words[i: i + n]) == n and key in _LEXICON:
                out.append(_LEXICON[key])
                i += n
                break
        else:
            return text
    return " ".join(out)


def _province(name: str) -> str | None:
    return _PROVINCE_BY_FOLD.get(ocr_fold(name).strip())


def _section(outline: Section, kind: str) -> Section | None:
    return next((s for s in iter_sections(outline) if s.kind == kind), None)


def _text(lines: list[str], sec: Section | None) -> str:
    return join_lines(lines[sec.line_start - 1: sec.line_end]).replace("\n", " ") if sec else ""


def _header_lines(lines: list[str], outline: Section) -> list[str]:
    header = _section(outline, "header")
    first_body = next((s.line_start for s in outline.children if s.kind not in ("header", "preamble")),
                      min(len(lines), 20) + 1)
    end = header.line_end if header else min(first_body - 1, 20)
    return [strip_markup(x) for x in lines[:end]]


def _number(header: list[str]) -> str | None:
    for line in header:
        m = re.search(r"\bS\S{0,2}\s*:\s*(\d*)\s*/\s*([A-ZĐ][\wĐđ\-]*)", line)
        if m:
            return f"{m.group(1)}/{m.group(2)}" if m.group(1) else None
    return None


def _date_place(header: list[str]) -> tuple[str | None, str | None]:
    for line in header:
        f = ocr_fold(line)
        m = re.search(r"ngay\s+(?:(\d{1,2})\s+)?thang\s+(\d{1,2})\s+nam\s+(\d{4})", f)
        if not m:
            continue
        before = re.split(r",\s*ng\S*\s", line)[0]
        words = before.split()
        place: list[str] = []
        while words and words[-1][:1].isupper() and not words[-1].isupper() and len(place) < 4:
            place.insert(0, words.pop())
        date = f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}" if m.group(1) else None
        return date, " ".join(place) or None
    return None, None


def _issuer(title: str, pre: str, ocr: bool) -> str | None:
    m = re.search(r"\b(?:của|cua|ctia|ciia)\s+(" + _ORG_START + r".*)$", title) if title else None
    cand = m.group(1) if m else None
    if cand is None and pre:
        key = ocr_fold(pre) if ocr else pre
        src = pre if not ocr else key
        org = _ORG_START if not ocr else r"(?:so|ubnd|uy ban nhan dan|van phong|ban|trung tam|phong)\b"
        verb = r"(?:ban hành|xây dựng)\s+[Kk]ế hoạch" if not ocr else r"(?:ban hanh|xay dung)\s+ke hoach"
        m2 = re.search(r"(?:^|[.;,]\s+)(" + org + r"[^.;]*?)\s+" + verb, src)
        if m2:
            cand = m2.group(1)
            if ocr:
                cand = " ".join(pre.split()[len(key[: m2.start(1)].split()):][: len(cand.split())])
    if not cand:
        return None
    cand = re.sub(r"\s*\([^)]*\)", "", cand).strip(" ,.;:")
    return restore(cand) if ocr else cand


def _level(issuer: str | None) -> str | None:
    f = fold(issuer or "")
    if f.startswith("so "):
        return "sở"
    if re.search(r"\b(xa|phuong|dac khu)\b", f):
        return "xã"
    if re.search(r"\b(ubnd|uy ban nhan dan) tinh\b", f):
        return "tỉnh"
    return None


def _period(text: str) -> tuple[str | None, int | None]:
    f = ocr_fold(text)
    m = re.search(r"6 thang (dau|cuoi) nam (\d{4})", f)
    if m:
        return f"6 tháng {'đầu' if m.group(1) == 'dau' else 'cuối'} năm {m.group(2)}", int(m.group(2))
    m = re.search(r"\bnam (\d{4})", f)
    return (f"năm {m.group(1)}", int(m.group(1))) if m else (None, None)


def _implements(pre: str, ocr: bool) -> tuple[str | None, str | None]:
    for sentence in re.split(r"(?<=[.;])\s+", pre):
        if not ocr_fold(sentence).startswith("thuc hien"):
            continue
        m = re.search(r"(\d+/[A-ZĐ][\wĐđ\-]*)", sentence)
        if not m:
            continue
        words = sentence.split()[2:]
        text = " ".join(words)
        text = re.split(r"\s+(?:về|ve|vé)\s+|[;,]\s", text)[0].strip(" .;,")
        return text, m.group(1)
    return None, None


def _bare_locality(issuer: str) -> bool:
    """True when a name ends with "tỉnh" / "thành phố" but no place ("Ủy ban nhân dân tỉnh"; not "… Hà Tĩnh")."""
    last = issuer.split()[-1].lower() if issuer.split() else ""
    return last in ("tỉnh", "tinh", "phố", "pho") and (last in ("tỉnh", "phố") or fold(issuer) == issuer.lower())


def _signature(lines: list[str], outline: Section) -> tuple[str | None, str | None]:
    sig = [s for s in outline.children if s.kind == "signature"]
    if not sig:
        return None, None
    body = [strip_markup(x).strip() for x in lines[sig[-1].line_start - 1: sig[-1].line_end] if x.strip()]
    # the signer is the first personal name under the titles (an annex may follow in the same block)
    signer = next((x for x in body if is_name(x)), None)
    if signer is None and body and not body[-1].isupper() and len(re.findall(r"[^\W\d_]{2,}", body[-1])) >= 2:
        signer = body[-1]  # a name OCR misspelt; not debris of a stamp over it ("š", "Ca")
    # the titles above the name, from the line that holds the block's heading (beside "Nơi nhận" in a scan)
    first = next((i for i in range(sig[-1].line_start - 1, max(sig[-1].line_start - 12, 0) - 1, -1)
                  if sig[-1].title in lines[i]), sig[-1].line_start - 1)
    last = next((i for i in range(sig[-1].line_start - 1, sig[-1].line_end) if signer and signer in lines[i]),
                sig[-1].line_end - 1)
    return signer, own_title([strip_markup(x) for x in lines[first:last + 1]])


def _recipients(lines: list[str], outline: Section, ocr: bool) -> list[str]:
    out: list[str] = []
    for rec in (s for s in outline.children if s.kind == "recipients"):
        for b in rec.children:
            text = join_lines(lines[b.line_start - 1: b.line_end]).lstrip("-–•+ ").strip()
            text = re.sub(r"[\s;,.=]+$", "", text)
            if text and not ocr_fold(text).startswith("luu"):
                out.append(restore(text) if ocr else text)
    return out


def _central(meta: PlanMetadata) -> None:
    """A central body (Bộ, Cục, …) has no province unless its name carries one; its level is "bộ"."""
    f = fold(meta.issuer or "")
    if meta.issuer and CENTRAL_RE.match(f):
        meta.level = "bộ"
        named = [p for p in PROVINCES if re.search(rf"\b{fold(p)}\b", f)]  # "Cục Thuế" names no Huế
        meta.province = named[0] if named else None


def _apply_decision(meta: PlanMetadata, dec: Decision, doc: LoadedDocument, outline: Section) -> None:
    """Fill the fields a decision-issued plan takes from its decision (the plan's own values win)."""
    meta.doc_type = "quyet_dinh"
    if meta.title:
        meta.title = re.sub(r"\s*\((?:Ban hành )?[Kk]èm theo[^)]*\)?\s*$", "", meta.title).strip() or meta.title
    meta.decision_number, meta.decision_date = dec.number, dec.date
    # ``number`` stays the plan's own number (None when it has none); the decision's is ``decision_number``
    meta.date = meta.date or dec.date
    meta.issuer = meta.issuer or dec.issuer
    meta.level = _level(meta.issuer)
    if not meta.signer:
        meta.signer, meta.signer_title = dec.signer, dec.signer_title
    elif not meta.signer_title and meta.signer == dec.signer:  # the annex block omits the title the decision has
        meta.signer_title = dec.signer_title
    if not meta.recipients:
        meta.recipients = _recipients(doc.text.splitlines(), outline, False)
    if meta.issuer:  # the province the issuer names wins over one counted in the text ("thành phố Hải Phòng")
        m = re.search(r"\b(?:tinh|thanh pho)\s+(\w+(?:\s+\w+){0,2})", fold(meta.issuer))
        words = m.group(1).split() if m else []
        meta.province = next((p for n in (3, 2) if (p := _province(" ".join(words[:n])))), None) or meta.province


def extract_metadata(doc: LoadedDocument, outline: Section) -> PlanMetadata:
    """Metadata of ``doc`` read from its text and ``outline``; a sidecar JSON overrides any field.

    A plan issued by a decision ("QUYẾT ĐỊNH Ban hành Kế hoạch …") is read from its plan part, then
    completed from the decision (number, date, signer, issuing body; see :mod:`index.metadata_decision`).
    """
    dec = find_decision(doc.text)
    if dec is None:
        meta = _extract(doc, outline)
    else:
        view = plan_view(doc, dec)
        meta = _extract(view, parse_outline(view))
        _apply_decision(meta, dec, doc, outline)
    _central(meta)
    if meta.issuer and meta.province and _bare_locality(meta.issuer):
        meta.issuer = f"{meta.issuer} {meta.province}"  # "Ủy ban nhân dân tỉnh" → "… tỉnh Nghệ An"
    side = sidecar_path(doc.path) if doc.path else None
    if side is not None:
        known = {f.name for f in fields(PlanMetadata)} - {"doc_id"}
        for key, value in load_sidecar(str(side)).items():
            if key in known:
                setattr(meta, key, value)
    return meta


_CITATION = re.compile(r"^(?:Căn cứ|Thực hiện\s+(?:các\s+)?(?:Kế hoạch|Quyết định|Công văn|Nghị quyết|Chỉ thị|Thông báo"
                       r"|Văn bản|Chương trình|Hướng dẫn))\b|\bsố\s*\d+/", re.IGNORECASE)


def _title_line(lines: list[str], head: Section | None, pre: Section | None) -> tuple[str, str] | None:
    """(title, rest of the preamble) when the outline took the title under "KẾ HOẠCH" for the preamble's start.

    A title such as "Thực hiện công tác cải cách hành chính năm 2026" reads like a preamble opener;
    it is the title when it directly follows the "KẾ HOẠCH" heading and cites no document.
    """
    if head is None or pre is None or fold(strip_markup(head.label)).strip(" *") != "ke hoach":
        return None
    body = lines[pre.line_start - 1: pre.line_end]
    first = strip_markup(body[0]).strip() if body else ""
    if not first or _CITATION.search(first):
        return None
    return first, join_lines(body[1:]).replace("\n", " ")


def _extract(doc: LoadedDocument, outline: Section) -> PlanMetadata:
    """Metadata read from the text and outline of a plan (no sidecar)."""
    lines = doc.text.splitlines()
    ocr = looks_ocr_damaged(doc.text)
    header = _header_lines(lines, outline)
    head_sec = _section(outline, "header")
    title = head_sec.title if head_sec and head_sec.title else None
    pre_sec = _section(outline, "preamble")
    pre = _text(lines, pre_sec)
    if title is None and (found := _title_line(lines, head_sec, pre_sec)):
        title, pre = found
    date, place = _date_place(header)
    issuer = letterhead_issuer(header, doc.text)
    if issuer and ocr:
        issuer = restore(issuer)
    issuer = issuer or _issuer(title or "", pre, ocr)
    m = re.search(r"\b(?:tinh|thanh pho)\s+(\S+(?:\s+\S+){0,3})", ocr_fold(issuer or ""))
    words = m.group(1).split() if m else []
    # the province the issuer names wins over the place of signing ("…, ngày …" may name another city)
    province = next((p for n in (4, 3, 2, 1) if len(words) >= n and (p := _province(" ".join(words[:n])))), None)
    if province is None and place:
        province = _province(place)
    if province is None:
        counts: dict[str, int] = {}
        for m in re.finditer(r"\btinh\s+(\w+(?:\s+\w+){1,2})", ocr_fold(doc.text)):
            for n in (3, 2):
                p = _province(" ".join(m.group(1).split()[:n]))
                if p:
                    counts[p] = counts.get(p, 0) + 1
                    break
        province = max(counts, key=lambda k: counts[k]) if counts else None
    if issuer and ocr and province and _bare_locality(issuer):
        issuer = f"{issuer} {province}"
    period, year = _period(title or pre)
    implements, impl_number = _implements(pre, ocr)
    signer, signer_title = _signature(lines, outline)
    if ocr or doc.ocr:  # "Định Quang Vinh" read from a scan is "Đinh Quang Vinh"
        signer = restore_surname(signer)
    meta = PlanMetadata(
        doc_id=doc.doc_id, title=title, number=_number(header), date=date, issuer=issuer, province=province,
        level=_level(issuer), period=period, year=year, implements=implements, implements_number=impl_number,
        signer=signer, signer_title=signer_title, recipients=_recipients(lines, outline, ocr),
        source=Path(doc.path).name if doc.path else None, format=doc.format, sha256=doc.sha256 or None,
        ocr=doc.ocr, ocr_confidence=doc.ocr_confidence,
    )
    return meta
