"""Reporting, responsibility and deadline facts from the prose of a plan.

Patterns match the OCR-tolerant folded text of a block; field values are cut from the source
(its spelling kept) and get a ``*_norm`` canonical reading when the lexicon knows them.
"""

from __future__ import annotations

import re

from index.facts_text import Block, Found, Span, cut_words, in_part, sentences
from index.facts_units import GENERIC_UNIT_RE, UNIT_PATTERNS, restore_phrase, restore_unit_name
from index.ocrtext import ocr_fold
from index.types import Section

_FW = r"(?:hang (?:thang|quy|nam|tuan)|dot xuat|dinh ky|quy(?: iv| i{1,3})?|6 thang|nam|cuoi nam)"
FREQ_RE = re.compile(
    rf"(?:dinh ky|hang (?:thang|quy|nam|tuan)|dot xuat)(?:\s*\([^)]*\))?"
    rf"(?:(?:\s*,\s*(?:hoac\s+)?|\s+hoac\s+|\s+va\s+|\s+){_FW}\b(?:\s*\([^)]*\))?)*"
)
DEADLINE_RE = re.compile(
    r"(?:truoc|cham nhat|han cuoi)\s+ngay\s+\d{1,2}(?:/\d{1,2}(?:/\d{2,4})?"
    r"|\s+thang\s+(?:\d{1,2}(?:\s+nam\s+\d{4})?|cuoi\s+quy|cuoi\s+nam|dau\s+quy))"
    r"|(?:(?:truoc|trong|cham nhat|hoan thanh trong)\s+)?(?:thang\s+\d{1,2}/\d{4}|quy\s+(?:iv|i{1,3})(?:/|\s+nam\s+)\d{4})"
)
_SUBJECT_VERB = (r"\s*(?:chu tri|phoi hop|co trach nhiem|thuc hien|kip thoi|dinh ky|tong hop|bao cao|gui|nop|"
                 r"theo doi|don doc|tham muu|hang (?:quy|thang|nam))(?![0-9a-z])")
# a unit followed by more units of a list (", đơn vị trực thuộc") and then its verb
_MORE_UNITS_RE = re.compile(r"(?:\s*,\s*(?:cac\s+)?(?:don vi|phong|co quan|ban|trung tam)(?:\s+[a-z]+){0,4}?)*"
                            rf"(?={_SUBJECT_VERB})")
_HEADED_SUBJECT_RE = re.compile(
    r"((?:cac\s+)?(?:van phong|phong|so|ban|trung tam|ubnd|uy ban nhan dan|bo phan|cong chuc|thanh tra|chi cuc|cuc|"
    rf"don vi|co quan)(?![0-9a-z])[^.;:0-9]{{0,60}}?){_SUBJECT_VERB}")
_REPORT_RE = re.compile(r"(?<![0-9a-z])bao cao(?![0-9a-z])")
_PREP_RE = re.compile(r"(?:^|\s)(ve|cho|gui|len)\s+$")
_VIA_RE = re.compile(r"\(\s*(qua\s+[^)]*?)\s*\)")
# "báo cáo UBND tỉnh qua Sở Nội vụ định kỳ …": an intermediary named without brackets
_VIA_BARE_RE = re.compile(r"(?<![a-z(])(qua\s+(?:so|van phong|phong|bo|trung tam|ubnd|uy ban)\s[^,;.()]*?)"
                          r"(?=\s+(?:dinh ky|hang|truoc|trong|vao|theo|de|khi)\b|\s*[,;.]|$)")
_ROLE_RE = re.compile(
    r"^(?:[a-zđ]\)\s*|[-+–]\s*|\d+(?:\.\d+)*\.\s*)?(?:giao \S+(?: \S+)? )?(?:truc tiep |chu dong |tiep tuc )?"
    r"(chu tri|phoi hop|tham muu)"
)
_ROLES = {"chu tri": "chủ trì", "phoi hop": "phối hợp", "tham muu": "tham mưu"}
_VERB_RE = re.compile(r"\s(?:duoc giao|chu tri|phoi hop|thuc hien|tham muu|co trach nhiem|can cu|kip thoi|huong dan|"
                      r"kiem tra|theo doi|don doc|tong hop|trien khai|la co quan|la dau moi|bao cao|gui bao cao)\b")
_HEAD_RE = re.compile(r"^(?:cac\s+)?(?:phong|so|ban|trung tam|van phong|ubnd|uy ban|lanh dao|co quan|don vi|cong"
                      r"|thanh tra|bo phan|chi cuc|cuc|vu|khoa|tram|benh vien|truong|bo)\b")
_LEAD_RE = re.compile(r"^(?:[a-zđ]\)|[-+–]|\d+(?:\.\d+)*\.)\s*")


def find_unit(span: Span, pos: int, end: int) -> tuple[int, int] | None:
    """Folded range of a unit name starting at ``pos`` (lexicon first, then a generic unit phrase)."""
    text = span.folded[:end]
    for _, rx in UNIT_PATTERNS:
        m = rx.match(text, pos)
        if m:
            return m.start(), m.end()
    m = GENERIC_UNIT_RE.match(text, pos)
    if m and m.end() - m.start() > 2:
        e = m.end()
        while e > m.start() and text[e - 1] == " ":
            e -= 1
        return m.start(), e
    return None


def unit_fields(span: Span, rng: tuple[int, int], name: str) -> dict[str, object]:
    """``{name: source spelling, name_norm: canonical}`` for a unit range."""
    src = span.clean(*rng).strip(" ,;:.")
    out: dict[str, object] = {name: src}
    norm = restore_unit_name(src)
    if norm:
        out[f"{name}_norm"] = norm
    return out


def _units_after(span: Span, pos: int, end: int) -> tuple[int, int] | None:
    """A unit at ``pos`` followed by more units joined by ", " / " và " (one range over all)."""
    first = find_unit(span, pos, end)
    if not first:
        return None
    s, e = first
    while True:
        m = re.match(r"\s*(?:,|va)\s+", span.folded[e:end])
        nxt = find_unit(span, e + m.end(), end) if m else None
        if not m or not nxt:
            return s, e
        e = nxt[1]


def item_unit(item: Section) -> tuple[str, bool] | None:
    """The unit named by a "TỔ CHỨC THỰC HIỆN" item heading, and whether the heading is only that name."""
    title = re.sub(r"\*\*", "", item.title).strip()
    folded = ocr_fold(title)
    words = title.split()
    strip = re.match(r"^(?:trach nhiem cua|doi voi)\s+", folded)
    if strip:
        n = len(folded[: strip.end()].split())
        words, folded = words[n:], folded[strip.end():]
    if ":" in folded:
        folded = folded.split(":")[0]
        words = words[: len(folded.split())]
    m = _VERB_RE.search(" " + folded)
    if not m and len(words) <= 12 and _HEAD_RE.match(folded):
        return " ".join(words).rstrip(" :;,."), True
    if m and _HEAD_RE.match(folded):
        k = len(folded[: max(0, m.start() - 1)].split())
        if k:
            return " ".join(words[:k]).rstrip(" :;,"), False
    return None


def _tcth_item(block: Block) -> Section | None:
    """The numbered item right under the "TỔ CHỨC THỰC HIỆN" part on the block's path."""
    for i, node in enumerate(block.path):
        if node.kind == "part" and "to chuc thuc hien" in ocr_fold(node.heading):
            rest = block.path[i + 1:]
            return rest[0] if rest and rest[0].kind == "item" else None
    return None


def _subject(span: Span, fs: int, at: int) -> tuple[int, int] | None:
    """The unit that is the subject of a report verb at folded ``at`` in the sentence starting at ``fs``."""
    lead = _LEAD_RE.match(span.folded[fs:at])
    start = fs + (lead.end() if lead else 0)
    u = find_unit(span, start, at)
    if u:  # "Sở Nội vụ tổng hợp …", "Các phòng, đơn vị gửi báo cáo …", "Văn phòng Sở theo dõi, …"
        more = _MORE_UNITS_RE.match(span.folded, u[1], at + 8)
        if more:
            return u[0], more.end()
    head = _HEADED_SUBJECT_RE.match(span.folded, start, at + 8)  # "Văn phòng HĐND và UBND phường tổng hợp …"
    if head:
        return head.span(1)
    ms = list(re.finditer(r"(?:de nghi|,)\s+((?:cac\s+)?(?:phong|co quan|don vi|can bo)[^.;]*?)\s+(?:kip thoi\s+)?"
                          r"(?:bao cao|phan anh)", span.folded[fs: at + 8]))
    if ms:
        m = ms[-1]
        return fs + m.start(1), fs + m.end(1)
    return None


def _reporter(block: Block, span: Span, fs: int, at: int) -> dict[str, object]:
    subj = _subject(span, fs, at)
    if subj:
        return unit_fields(span, subj, "reporter")
    item = _tcth_item(block)
    found = item_unit(item) if item else None
    if found:
        out: dict[str, object] = {"reporter": found[0]}
        norm = restore_unit_name(found[0])
        if norm:
            out["reporter_norm"] = norm
        return out
    return {}


def _deadline_fields(span: Span, fs: int, fe: int) -> dict[str, object]:
    m = DEADLINE_RE.search(span.folded, fs, fe)
    if not m:
        return {}
    norm = restore_phrase(m.group(0))
    return {"deadline": span.clean(m.start(), m.end()), "deadline_norm": norm[:1].upper() + norm[1:]}


def reporting(block: Block) -> list[Found]:
    """Reporting duties: who reports what to whom (via whom), how often, by when."""
    from index.tasks_text import units_after  # tasks_text builds on find_unit of this module
    if block.node.kind in ("preamble", "header", "footnote"):
        return []
    aims = in_part(block, "muc dich")  # "MỤC ĐÍCH, YÊU CẦU": only concrete duties (recipient and timing)
    span, out = block.span, []
    for fs, fe in sentences(span):
        sent = span.folded[fs:fe]
        m = _REPORT_RE.search(sent)
        if not m or re.match(r"(?:can cu|thuc hien ke hoach)", sent):
            continue
        at = fs + m.start()
        before = span.folded[max(fs, at - 25): at]
        if "he thong" in before or re.search(r"\d\s*%\s*$", before):
            continue
        fields: dict[str, object] = {}
        to = None
        for pm in re.finditer(r"(?:^|\s)(?:ve|cho|gui|bao cao)\s+", span.folded[at:fe]):
            # the longest name: "về Văn phòng Bộ", "về Văn phòng HĐND và UBND xã" (not "Văn phòng")
            to = units_after(span, at + pm.end(), fe)
            if to:
                break
        if to:
            fields.update(unit_fields(span, to, "to"))
        via = (_VIA_RE.search(span.folded, at, fe) or _VIA_RE.search(span.folded, fs, at)
               or _VIA_BARE_RE.search(span.folded, at, fe))
        if via:
            fields["via"] = span.clean(*via.span(1))
            inner = restore_unit_name(span.clean(via.start(1) + 4, via.end(1)))
            if inner:
                fields["via_norm"] = f"qua {inner}"
        freq = FREQ_RE.search(span.folded, fs, fe)
        if freq:
            fields["frequency"] = span.clean(*freq.span())
            fields["frequency_norm"] = restore_phrase(freq.group(0))
        fields.update(_deadline_fields(span, fs, fe))
        if not (to or freq or "deadline" in fields) or (aims and not (to and (freq or "deadline" in fields))):
            continue
        w0 = at + len("bao cao")
        if freq and w0 <= freq.start() <= w0 + 1:
            w0 = freq.end()
        w1 = min([x for x in (to[0] if to else fe, via.start() if via and via.start() > at else fe) if x > w0] + [fe])
        a = w0 + re.match(r"[\s,]*(?:ve\s+)?", span.folded[w0:w1]).end()  # type: ignore[union-attr]
        tail = re.search(r"(?:[\s,;.]|\s(?:ve|cho|gui|theo quy dinh|theo|de))*$", span.folded[a:w1])
        b = a + (tail.start() if tail else w1 - a)
        if b > a and not re.match(r"(?:theo quy dinh|khi )", span.folded[a:b]):
            fields["what"] = span.clean(a, b)
        out.append(Found("reporting", block, fs, fe, {**_reporter(block, span, fs, at), **fields}))
    return out


def responsibility(block: Block) -> list[Found]:
    """Duties of units in "TỔ CHỨC THỰC HIỆN": one fact per lettered/bulleted duty (or unit paragraph)."""
    item = _tcth_item(block)
    if item is None:
        return []
    span = block.span
    found = item_unit(item)
    fs, fe = span.all()
    if block.node is item:
        first_line = [i for i, t in enumerate(span.toks) if t.line == item.line_start]
        if found and found[1] and first_line:
            head_end = span._fstart[first_line[-1]] + len(span.toks[first_line[-1]].fold)
            cpos = span.folded.find(":", 0, head_end + 1)
            fs = cpos + 1 if cpos >= 0 else head_end + 1
        elif found and not found[1]:
            fs = 0
    unit: dict[str, object] = {}
    rest = span.folded[fs:fe].lstrip()
    fs = fe - len(rest)
    colon = re.match(r"([^:.;]{3,80}):\s*", rest)
    if colon and _HEAD_RE.match(colon.group(1)):
        unit = unit_fields(span, (fs, fs + len(colon.group(1))), "unit")
        fs += colon.end()
    elif found:
        unit = {"unit": found[0]}
        norm = restore_unit_name(found[0])
        if norm:
            unit["unit_norm"] = norm
    if not unit or fs >= fe:
        return []
    sent = next(iter(sentences(span.sub(fs, fe))), None)
    if sent is None:
        return []
    send = fs + sent[1]
    lead_m = _LEAD_RE.match(span.folded[fs:send])
    dfs = fs + (lead_m.end() if lead_m else 0)
    duty_f = span.folded[dfs:send]
    role_m = _ROLE_RE.match(duty_f) or _ROLE_RE.match(span.folded[fs:send])
    role = _ROLES[role_m.group(1)] if role_m else (
        "chủ trì" if "chu tri" in " ".join(duty_f.split()[:8]) else "thực hiện")
    fields: dict[str, object] = {**unit, "role": role,
                                 "duty": cut_words(span.clean(dfs, send).rstrip(" .;"), 30)}
    pm = re.search(r"phoi hop(?: voi)?\s+", span.folded[fs:send])
    if pm:
        partners = _units_after(span, fs + pm.end(), send)
        if partners:
            fields["partners"] = span.clean(*partners).strip(" ,;")
    return [Found("responsibility", block, fs, send, fields)]


def deadlines(block: Block, reports: list[Found]) -> list[Found]:
    """Deadlines stated in prose ("Trước ngày 14 tháng cuối quý, báo cáo …"), with the task and unit."""
    if block.node.kind in ("preamble", "footnote"):
        return []
    span, out = block.span, []
    for fs, fe in sentences(span):
        dl = _deadline_fields(span, fs, fe)
        rep = next((r for r in reports if r.fs == fs), None)
        if not dl or (rep is None and in_part(block, "muc dich")):
            continue
        fields: dict[str, object] = dict(dl)
        if rep is not None:
            fields["task"] = "báo cáo " + str(rep.fields.get("what", "")).strip()
            for k in ("reporter", "reporter_norm"):
                if k in rep.fields:
                    fields[k.replace("reporter", "unit")] = rep.fields[k]
        else:
            m = DEADLINE_RE.search(span.folded, fs, fe)
            assert m is not None
            task = (span.clean(fs, m.start()) if m.start() > fs else "") + " " + (
                span.clean(m.end(), fe) if m.end() < fe else "")
            fields["task"] = cut_words(_LEAD_RE.sub("", task.strip(" ,;.")), 25)
            item = _tcth_item(block)
            found = item_unit(item) if item else None
            if found:
                fields["unit"] = found[0]
        out.append(Found("deadline", block, fs, fe, fields))
    return out
