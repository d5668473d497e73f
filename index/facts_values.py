"""Target facts (percentages with their indicator) and references to other documents."""

from __future__ import annotations

import re
from datetime import date

from index.facts_rules import find_unit
from index.facts_text import Block, Found, Span, cut_words, sentences
from index.facts_units import restore_phrase, restore_unit_name

_QUAL = r"(?:(?:dat\s+)?(?:toi thieu(?:\s+la)?|it nhat|tren|duoi|tu|toi da|khong qua|khong duoi|phan dau(?:\s+dat)?)|dat)"
VALUE_RE = re.compile(rf"(?:(?<![0-9a-z])(?P<q>{_QUAL})\s+)?(?P<v>\d{{1,3}}(?:[.,]\d+)?)\s?%")
_SEG_SPLIT_RE = re.compile(rf";|\((?![a-z0-9]{{2,8}}\))|,\s+(?=(?:{_QUAL}\s+)?\d{{1,3}}(?:[.,]\d+)?\s?%|ty le\b|muc do\b)")
_LEAD_RE = re.compile(r"^[\s\-+–]*(?:\d+(?:\.\d+)*\.\s+[^:]{0,40}:\s*|[a-zđ]\)\s*)?(?:(?:bao dam|dam bao|phan dau|thuc hien dam bao|den het nam \d{4},?|trong do,?)\s+)*")
_TRAIL_RE = re.compile(r"(?:[\s,:]|\s(?:dat|la|bang|o muc))*$")
_YEAR_RE = re.compile(r"(?:nam|het nam|den nam)\s+(20\d\d)\b")

_DOC_TYPES = {
    "nghi dinh": "Nghị định", "nghi quyet": "Nghị quyết", "quyet dinh": "Quyết định", "ke hoach": "Kế hoạch",
    "cong van": "Công văn", "thong tu": "Thông tư", "chi thi": "Chỉ thị", "ket luan": "Kết luận",
    "cong dien": "Công điện", "quy dinh": "Quy định", "thong bao": "Thông báo", "huong dan": "Hướng dẫn",
}
_NUM = r"\d{1,5}(?:/\d{4})?(?:[/-]\s?[a-zđ0-9]+)+"
REF_RE = re.compile(
    rf"(?P<t>{'|'.join(_DOC_TYPES)})\s+(?:so\s+(?:so\s+)?)?(?P<n>{_NUM})"
    r"(?:\s+ngay\s+(?P<d>\d{1,2}/\d{1,2}/\d{4}|\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+\d{4}))?"
    r"(?:\s+(?P<i>cua\s+(?:(?!\s(?:ve|ban hanh|quy dinh|sua doi|thuc hien)\b)[^,;.()])+))?"
    r"(?:\s+(?P<s>ve\s+[^;.()]+))?"
)


def _targets_in(span: Span, fs: int, fe: int, block: Block) -> list[Found]:
    out: list[Found] = []
    year_m = _YEAR_RE.search(span.folded, fs, fe)
    seg_starts = [fs] + [m.end() for m in _SEG_SPLIT_RE.finditer(span.folded, fs, fe)]
    seg_ends = [m.start() for m in _SEG_SPLIT_RE.finditer(span.folded, fs, fe)] + [fe]
    for ss, se in zip(seg_starts, seg_ends, strict=True):
        vals = list(VALUE_RE.finditer(span.folded, ss, se))
        for k, v in enumerate(vals):
            vs = v.start()
            prev_end = vals[k - 1].end() if k else ss
            nxt = vals[k + 1].start() if k + 1 < len(vals) else se
            before = span.folded[prev_end:vs]
            lead = _LEAD_RE.match(before)
            b_start = prev_end + (lead.end() if lead else 0)
            tro = re.match(r"\s*tro len\b", span.folded[v.end():nxt])
            v_end = v.end() + (tro.end() if tro else 0)
            after_text = span.folded[v_end:nxt]
            a_cut = re.search(r"\s*(?:\((?![a-z0-9]{2,8}\))|\)|;|\.\s|\.$|,\s*(?:tang|giam|gop|nang|khuyen|trong do)\b)", after_text)
            a_end = v_end + (a_cut.start() if a_cut else len(after_text))
            a_trim = re.search(r"(?:[\s,;:]|\s(?:va|voi|de|cua))*$", span.folded[v_end:a_end])
            a_end = v_end + (a_trim.start() if a_trim else a_end - v_end)
            dam = list(re.finditer(r"(?:dam bao|bao dam|phan dau)\s+(?:dat\s+)?", span.folded[b_start:vs]))
            if dam and dam[-1].end() < vs - b_start:
                b_start += dam[-1].end()
            if k:
                comma = before.rfind(", ")
                b_start = max(b_start, prev_end + comma + 2 if comma >= 0 else b_start)
                vm = re.match(r"\s*voi\s+", span.folded[b_start:vs])
                b_start += vm.end() if vm else 0
            n_before = len(span.folded[b_start:vs].split())
            verbish = re.search(r"(?:dam bao|bao dam|phan dau|thuc hien|hoan thanh|(?:de|nham)(?: [a-z]+){0,2})\s*$",
                                span.folded[b_start:vs])
            use_after = (k == 0 and (b_start >= vs or verbish or (
                n_before <= 2 and len(after_text.split()) >= 3))) or (
                k > 0 and len(span.folded[v_end:a_end].split()) >= 1 and not re.match(r"\s*\(", after_text))
            if use_after:
                ind = (v_end, a_end)
            else:
                tail = _TRAIL_RE.search(span.folded, b_start, vs)
                ind = (b_start, tail.start() if tail else vs)
            ind_text = span.folded[ind[0]:ind[1]].strip(" ,;:")
            if len(ind_text.split()) < 1 or ind[1] <= ind[0]:
                continue
            fields: dict[str, object] = {
                "indicator": cut_words(span.clean(*ind).strip(" ,;:.-"), 30),
                "value": span.clean(v.start("v"), v.end()).replace(" ", ""),
            }
            if v.group("q"):
                fields["qualifier"] = span.clean(v.start("q"), v.end("q"))
                fields["qualifier_norm"] = restore_phrase(v.group("q"))
            if tro:
                fields["qualifier"] = (str(fields.get("qualifier", "")) + " … trở lên").strip(" …")
            if year_m:
                fields["year"] = int(year_m.group(1))
            q0, q1 = (ss, se) if len(span.folded[ss:se].split()) >= 5 else (fs, fe)
            q0 += len(span.folded[q0:q1]) - len(span.folded[q0:q1].lstrip(" ,;"))
            out.append(Found("target", block, q0, q1, fields))
    return out


def targets(block: Block) -> list[Found]:
    """One target fact per percentage value ("tối thiểu 80% hồ sơ TTHC được xử lý hoàn toàn trực tuyến")."""
    if block.node.kind in ("footnote", "preamble", "header"):
        return []
    out: list[Found] = []
    for fs, fe in sentences(block.span):
        if VALUE_RE.search(block.span.folded, fs, fe):
            out.extend(_targets_in(block.span, fs, fe, block))
    return out


def _iso(d: str) -> str | None:
    nums = [int(x) for x in re.findall(r"\d+", d)]
    if len(nums) != 3:
        return None
    try:
        return date(nums[2], nums[1], nums[0]).isoformat()
    except ValueError:
        return None


def references(block: Block) -> list[Found]:
    """Cited documents: type, number, date, issuer, subject and how the plan relates to them."""
    if block.node.kind == "header":
        return []
    span, out = block.span, []
    for fs, fe in sentences(span):
        for m in REF_RE.finditer(span.folded, fs, fe):
            number = re.sub(r"-\s+", "-", span.clean(*m.span("n")))
            fields: dict[str, object] = {"doc_type": _DOC_TYPES[m.group("t")], "number": number.rstrip(".,;")}
            end = m.end("n")
            if m.group("d"):
                fields["date"] = span.clean(*m.span("d"))
                iso = _iso(m.group("d"))
                if iso:
                    fields["date_iso"] = iso
                end = m.end("d")
            if m.group("i"):
                i0, i1 = m.span("i")
                unit = find_unit(span, i0 + 4, i1)
                stop = re.search(r"\s(?:trien khai|dam bao|phai|ban hanh|quy dinh|va|thuc hien|tai)\b", span.folded[i0:i1])
                i1 = unit[1] if unit else (i0 + stop.start() if stop else i1)
                place = re.match(r"\s+(?:tinh|xa)?\s*(?:lao cai|lai chau|cao bang|yen bai|phong tho)\b", span.folded[i1:])
                i1 += place.end() if place and unit else 0
                issuer = re.sub(r"(?<=[^\W\d])\d+$", "", span.clean(i0, i1).strip(" ,:;"))
                fields["issuer"] = issuer
                norm = restore_unit_name(issuer[4:])
                if norm:
                    fields["issuer_norm"] = f"của {norm}"
                end = m.end("i")
            if m.group("s"):
                subj = span.clean(*m.span("s"))
                fields["subject"] = cut_words(re.sub(r"(?i)^về\s+|^ve\s+", "", subj).rstrip(" ,"), 20)
                end = m.end("s") if len(m.group("s").split()) <= 25 else m.end("s") - len(
                    " ".join(m.group("s").split()[25:])) - 1
            before = span.folded[fs:m.start()]
            rel = re.findall(r"(?<![0-9a-z])(can cu|thuc hien|theo|tai)(?![0-9a-z])", before)
            fields["relation"] = {"can cu": "căn cứ", "thuc hien": "thực hiện", "tai": "theo", "theo": "theo"}[
                rel[-1]] if rel else "khác"
            out.append(Found("reference", block, m.start(), max(end, m.end("n")), fields))
    return out
