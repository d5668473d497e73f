"""Task records from prose: items of the "NHIỆM VỤ…" / "TỔ CHỨC THỰC HIỆN" parts that name a lead unit.

Three ways a prose item names its lead:

- the sentence says so: "Sở Tư pháp chủ trì, phối hợp với … thực hiện …; hoàn thành trước ngày 30/6/2026";
- it assigns: "Giao Văn phòng UBND tỉnh …";
- the item heading is the unit ("1. Văn phòng Sở", "2. Trách nhiệm của Văn phòng Sở") and its
  bullets/paragraphs are that unit's duties ("Phòng A, Phòng B: …" works the same way).

The task text is always a whole unit of the source — a whole bullet/lettered item, or a whole
sentence of a paragraph — never pieces glued across items.
"""

from __future__ import annotations

import re
from typing import Any

from index.deadlines import due, find_any_deadline, reads_as_deadline
from index.facts_rules import find_unit, item_unit
from index.facts_text import Block, Span, blocks, doc_tokens, section_path, sentences
from index.facts_units import restore_unit_name
from index.normalize import fold
from index.ocrtext import looks_ocr_damaged, ocr_fold
from index.tasks import UNIT_HEAD_RE, UNIT_HEADS, clean, split_units
from index.tasks_fields import field_tasks
from index.types import LoadedDocument, PlanMetadata, Section

_TASK_PARTS = ("nhiem vu", "giai phap", "to chuc thuc hien", "trach nhiem", "phan cong")
_LABEL_RE = re.compile(r"^(?:[a-zđ¢]\)|[-+–•]|\d+(?:\.\d+)*\.)\s*")
_LEAD_VERB = r"(?:la co quan |la don vi )?(?:co trach nhiem |chiu trach nhiem |truc tiep |tiep tuc )?chu tri\b"
_GIAO_RE = re.compile(r"(?:^|[,;:.]\s*|\s)(?:giao|de nghi|yeu cau)\s+(?:cho\s+)?")
_PARTNER_RE = re.compile(r"phoi hop(?:\s+chat che)?(?:\s+voi)?\s+")
_PRODUCT_RE = re.compile(r"san pham\s*(?:la|:)\s*")


def _task_part(block: Block) -> Section | None:
    """The part (or appendix) on the block's path whose heading announces tasks or implementation."""
    return next((n for n in block.path if n.kind in ("part", "appendix")
                 and any(w in ocr_fold(n.heading) for w in _TASK_PARTS)), None)


def _top_item(block: Block, part: Section) -> Section | None:
    i = block.path.index(part)
    rest = block.path[i + 1:]
    return rest[0] if rest and rest[0].kind == "item" else None


def _name(text: str, ocr: bool = False) -> str:
    """The unit as written; in OCR-damaged plans, the canonical spelling when the lexicon knows it.

    A name ends before "là" and "báo cáo" ("Văn phòng Ban là đầu mối …" → "Văn phòng Ban").
    """
    text = re.split(r"\s+(?:là|báo cáo)\s", clean(text), maxsplit=1, flags=re.IGNORECASE)[0].strip(" ,;:.")
    text = re.sub(r"\s+(?:cùng|đồng thời)$", "", text)  # "Phòng A và Phòng B cùng chủ trì"
    return (restore_unit_name(text) or text) if ocr else text


_STOPS = (r"theo|de|ve|trong|tong hop|xem xet|chi dao|giai quyet|thuc hien|bao cao|dinh ky|truoc|tai(?! chinh| nguyen| san| lieu| khoan)|khi|tham muu"
          r"|trien khai|xay dung|tuyen truyen|day manh|ban hanh|kiem tra|chu tri|phoi hop|duoc|kip thoi|co trach nhiem"
          r"|phan anh|ra soat|theo doi|don doc|huong dan|to chuc|cap nhat|hoan thanh|nghien cuu|danh gia|la|lam|gui|cho"
          r"|ket qua|tinh hinh|so lieu|nam \d{4}|cung cap|sap xep|chi tra|lien thong|so hoa|cat giam|rut ngan|thi diem"
          r"|nang cap|van hanh|khao sat|boi duong|thanh lap|sua doi|hop nhat|don gian hoa|tiep nhan|bao dam|dam bao"
          r"|tang cuong|nang cao|thu thap|lay y kien")
_HEADS_FOLDED = sorted({fold(h) for h in UNIT_HEADS}, key=len, reverse=True)
_GENERIC_RE = re.compile(r"(?:cac\s+)?(?:" + "|".join(re.escape(h) for h in _HEADS_FOLDED) + r")(?![0-9a-z])"
                         r"(?:(?!\s(?:" + _STOPS + r")(?![0-9a-z]))[^,;.():\n])*")


_CONTINUE_RE = re.compile(r"\S+(?:(?!\s(?:" + _STOPS + r")(?![0-9a-z]))[^,;.():\n])*")


def _capitalised_rest(span: Span, e: int, end: int) -> int:
    """The end of a unit name that goes on with capitalised words a stop word hides when folded.

    "Cục Quản lý Dược" ("duoc" folds like "được"), "Vụ Tổ chức cán bộ" ("to chuc" like "tổ chức" the verb).
    """
    while True:
        nxt = re.match(r" (\S)", span.folded[e:end])
        if not nxt or not span.raw(e + 1, e + 2)[:1].isupper():
            return e
        m = _CONTINUE_RE.match(span.folded[:end], e + 1)
        if not m:
            return e
        e = len(span.folded[: m.end()].rstrip())


def find_unit_longest(span: Span, pos: int, end: int) -> tuple[int, int] | None:
    """A unit name at folded ``pos``.

    The lexicon/generic unit (:func:`index.facts_rules.find_unit`), or a longer unit-head phrase ("Văn phòng Bộ",
    "Vụ Pháp chế") when the name goes on with a capitalised word.
    """
    known = find_unit(span, pos, end)
    m = _GENERIC_RE.match(span.folded[:end], pos)
    if not m or not (span.raw(m.start(), m.end())[:1].isupper() or m.group(0).startswith("cac ")):
        return known
    generic = (m.start(), _capitalised_rest(span, len(span.folded[: m.end()].rstrip()), end))
    if generic[1] - generic[0] <= 2:
        return known
    if known is None:
        return generic
    if generic[1] > known[1]:
        nxt = re.match(r"\s*(\S+)", span.folded[known[1]:generic[1]])
        if nxt and span.raw(known[1] + nxt.start(1), known[1] + nxt.end(1))[:1].isupper():
            return generic
    return known


def units_after(span: Span, pos: int, end: int) -> tuple[int, int] | None:
    """A unit at ``pos`` followed by more units joined by ", " / " và " (one folded range over all)."""
    first = find_unit_longest(span, pos, end)
    if not first:
        return None
    s, e = first
    while True:
        m = re.match(r"\s*(?:,|va)\s+", span.folded[e:end])
        nxt = find_unit_longest(span, e + m.end(), end) if m else None
        if not m or not nxt:
            return s, e
        e = nxt[1]


def _unit_at(span: Span, pos: int, end: int) -> tuple[int, int] | None:
    u = find_unit_longest(span, pos, end)
    if u is None:
        return None
    # a generic head phrase may run into "chủ trì"; keep the unit words only
    s, e = u
    cut = re.search(r"\s(?:chu tri|phoi hop|thuc hien|duoc giao|la co quan|co trach nhiem)\b", span.folded[s:e])
    if cut:
        return s, s + cut.start()
    level = _LEVEL_AFTER.match(span.folded[:end], e)  # "Trung tâm Phục vụ hành chính công phường chủ trì …"
    return (s, _capitalised_rest(span, level.end(), end)) if level else (s, e)


# the level of government a known unit name goes on with ("… hành chính công phường", "Công an xã Sìn Hồ")
_LEVEL_AFTER = re.compile(r" (?:xa|phuong|tinh|huyen|quan|thi xa|thi tran|thanh pho|dac khu)(?![0-9a-z])")


def explicit_lead(span: Span, fs: int, fe: int) -> tuple[int, int] | None:
    """Folded range of the unit a sentence makes lead ("X chủ trì", "Giao X …"), or None."""
    lead = _LABEL_RE.match(span.folded[fs:fe])
    start = fs + (lead.end() if lead else 0)
    when = _LEADING_TIME.match(span.folded, start, fe)  # "Trong tháng 7/2026, Văn phòng … chủ trì …"
    for at in (when.end(), start) if when else (start,):
        u = _unit_at(span, at, fe)
        if u and re.match(r"\s*(?:,\s*)?" + _LEAD_VERB, span.folded[u[1]:fe]):
            return u
    for g in _GIAO_RE.finditer(span.folded[start:fe]):
        u = _unit_at(span, start + g.end(), fe)
        if u:
            return u
    for d in re.finditer(r"(?:^|\s)(?:do|giao cho)\s+(?=\S)", span.folded[start:fe]):
        u = _unit_at(span, start + d.end(), fe)
        # "… do Chi cục Thủy lợi chủ trì", "… do Chi cục Thủy lợi thực hiện, hoàn thành trước …" (the clause ends)
        if u and (re.match(r"\s*" + _LEAD_VERB, span.folded[u[1]:fe]) or re.match(
                _DONE_BY, span.folded[u[1]:fe])):
            return u
    return _subject(span, start, fe)


# a time phrase opening the sentence before its lead ("Trong Quý II/2026, …", "Từ tháng 3 đến tháng 6/2026, …")
_LEADING_TIME = re.compile(r"(?:trong|tu|truoc|den|cham nhat|ngay|nam|quy|thang)\s[^,;.]{2,40}?\d[^,;.]{0,12},\s*")


# the passive lead's verb, then the end of its clause ("do X thực hiện; …", "do X đảm nhận, hoàn thành …")
_DONE_BY = (r"\s*(?:thuc hien|dam nhan|dam nhiem|phu trach)"  # "… do X thực hiện hằng quý, Y phối hợp"
            r"(?:\s+(?:hang (?:quy|thang|nam|tuan)|thuong xuyen|dinh ky(?: hang (?:quy|thang|nam))?))?\s*(?:[,;.]|$)")


_ACTION_RE = re.compile(r"\s+(?:la dau moi|la co quan|" + _STOPS + r")(?![0-9a-z])")


def _subject(span: Span, start: int, fe: int) -> tuple[int, int] | None:
    """A named unit opening the sentence, followed by what it does ("Vụ Pháp chế rà soát …").

    A collective ("Các sở, ngành …", "Cơ quan, đơn vị …") names no one in particular and gives no lead.
    """
    u = _unit_at(span, start, fe)
    if u is None or re.match(r"(?:cac|co quan|don vi|cap)\b", span.folded[u[0]:u[1]]):
        return None
    # a name, not a verb folding onto a head ("Bố trí" → "Bộ", "Ban hành" → "Ban"): a capitalised word after the
    # head, an acronym head ("UBND xã") or a name the lexicon knows
    raw = span.raw(u[0], u[1]).split()
    named = len(raw) > 1 and (raw[1][:1].isupper() or raw[0].isupper()) or restore_unit_name(span.clean(*u)) is not None
    return u if named and _ACTION_RE.match(span.folded[u[1]:fe]) else None


def _colon_unit(span: Span, fs: int, fe: int) -> tuple[int, int] | None:
    """"Phòng A, Phòng B: …" — the units before a colon opening a paragraph."""
    m = re.match(r"([^:.;]{3,100}):\s*", span.folded[fs:fe])
    if m and find_unit(span, fs, fs + len(m.group(1))):
        return fs, fs + len(m.group(1))
    return None


def _record(doc: LoadedDocument, meta: PlanMetadata, block: Block, span: Span, fs: int, fe: int,
            lead: str, partners: list[str]) -> dict[str, Any]:
    text = span.clean(fs, fe)
    task = _LABEL_RE.sub("", text, count=1).strip()
    dl = find_any_deadline(span.folded, fs, fe)
    deadline = span.clean(*dl).rstrip(" .;,") if dl else None
    product = None
    pm = _PRODUCT_RE.search(span.folded, fs, fe)
    if pm:
        stop = re.search(r"[;.]", span.folded[pm.end():fe])
        pe = pm.end() + (stop.start() if stop else fe - pm.end())
        product = span.clean(pm.end(), pe).strip(" ,;.") if pe > pm.end() else None
    l0, l1 = span.lines(fs, fe)
    return {
        "document": doc.doc_id, "task": task, "lead": lead, "partners": partners,
        "deadline": deadline, "due": due(deadline, meta.year), "product": product,
        "section": section_path(block.path), "line_start": l0, "line_end": l1,
        "page": doc.page_of_line(l0), "source": "text",
    }


_FIELD_RE = re.compile(r"(?:(?<=\s)|(?<=^)|(?<=[.;,]))(?:(co quan|don vi|bo phan) )?(chu tri|phoi hop)\s*:\s*"
                       r"|(?:(?<=\s)|(?<=[.;,]))(thoi gian(?: hoan thanh| thuc hien)?|thoi han|tien do|san pham|ket qua)\s*:\s*")


def _labelled(doc: LoadedDocument, meta: PlanMetadata, block: Block, span: Span, fs: int, fe: int,
              ocr: bool) -> dict[str, Any] | None:
    """A task written with labelled fields after it: "Task. Cơ quan chủ trì: X; cơ quan phối hợp: Y; thời gian: Z."

    The task is the text before the first label; each field runs to the next label.
    """
    labels = list(_FIELD_RE.finditer(span.folded, fs, fe))
    first = next((i for i, m in enumerate(labels) if m.group(2) == "chu tri"), None)
    if first is None or labels[0].start() - fs < 12:
        return None
    fields: dict[str, str] = {}
    for i, m in enumerate(labels):
        end = labels[i + 1].start() if i + 1 < len(labels) else fe
        name = m.group(2) or ("san pham" if m.group(3) in ("san pham", "ket qua") else "thoi gian")
        fields.setdefault(name, span.clean(m.end(), end).strip(" ;,."))
    rec = _record(doc, meta, block, span, fs, fe, _name(fields["chu tri"], ocr),
                  [_name(u, ocr) for u in split_units(fields.get("phoi hop", ""))])
    rec["task"] = _LABEL_RE.sub("", span.clean(fs, labels[0].start()), count=1).strip(" ;,")
    if fields.get("thoi gian"):
        rec["deadline"] = fields["thoi gian"]
        rec["due"] = due(fields["thoi gian"], meta.year)
    if fields.get("san pham"):
        rec["product"] = fields["san pham"]
    return rec


def _colon_fields(doc: LoadedDocument, meta: PlanMetadata, block: Block, span: Span, fs: int, fe: int,
                  ocr: bool) -> dict[str, Any] | None:
    """A short item "Task: Unit[, phối hợp …]; deadline." — the assignee after a colon, the deadline after ";".

    The shape itself is the evidence: the text after the semicolon must read as a deadline ("6 tháng cuối năm
    2026", "trong quý đầu năm", "thường xuyên"), and the assignee field is short (a unit or an official, e.g.
    "công chức Tư pháp - Hộ tịch").
    """
    folded = span.folded
    colon = folded.find(":", fs, fe)
    if colon < 0 or colon - fs < 12:
        return None
    semi = folded.find(";", colon, fe)
    if semi < 0 or not re.search(r"\w", folded[colon + 1:semi]) or not re.search(r"\w", folded[semi + 1:fe]):
        return None  # "Chủ trì: …;" with nothing after the semicolon is no "Task: Unit; deadline." item
    field = span.clean(colon + 1, semi).strip(" ,.")
    deadline = span.clean(semi + 1, fe).strip(" .;,")
    if not field[:1].isalpha() or len(field.split()) > 12 or due(field, meta.year) is not None \
            or not deadline or len(deadline.split()) > 16:
        return None
    if not reads_as_deadline(deadline, meta.year):
        return None
    pm = _PARTNER_RE.search(folded, colon + 1, semi)
    lead_end = pm.start() if pm else semi
    rec = _record(doc, meta, block, span, fs, fe, _name(span.clean(colon + 1, lead_end), ocr),
                  [_name(u, ocr) for u in split_units(span.clean(pm.end(), semi))] if pm else [])
    rec["task"] = _LABEL_RE.sub("", span.clean(fs, colon), count=1).strip(" ;,")
    rec["deadline"], rec["due"] = deadline, due(deadline, meta.year)
    return rec


def _partners(span: Span, fs: int, fe: int, lead_rng: tuple[int, int] | None, ocr: bool) -> list[str]:
    m = _PARTNER_RE.search(span.folded, lead_rng[1] if lead_rng else fs, fe)
    rng = units_after(span, m.end(), fe) if m else None
    if rng is None:
        return _partners_before(span, fs, fe, lead_rng, ocr)
    pe = rng[1]
    level = _LEVEL_AFTER.match(span.folded[:fe], pe)  # "… phối hợp với Trung tâm Phục vụ hành chính công xã."
    if level and re.match(r"\s*(?:[,;.]|$)", span.folded[level.end():fe]):
        pe = level.end()
    return [_name(u, ocr) for u in split_units(span.clean(rng[0], pe))]


def _partners_before(span: Span, fs: int, fe: int, lead_rng: tuple[int, int] | None, ocr: bool) -> list[str]:
    """Partners named before a closing "phối hợp": "…; Trung tâm A, UBND các xã, phường phối hợp."

    The units run from just after a clause break (";", ",", ".") to the verb, and none of them is the lead.
    """
    for m in re.finditer(r"\s(?:cung )?phoi hop(?=\s*(?:[,;.]|$|thuc hien|trien khai))", span.folded[fs:fe]):
        verb = fs + m.start()
        for b in re.finditer(r"[;,.]\s*", span.folded[fs:verb]):
            start = fs + b.end()
            if lead_rng and start < lead_rng[1]:
                continue
            rng = units_after(span, start, verb)
            # "UBND các xã, phường": a collective's short lower-case tail belongs to it
            if rng and rng[0] == start and re.fullmatch(r"(?:,\s*[a-z]+(?: [a-z]+)?)?\s*", span.folded[rng[1]:verb]):
                return [_name(u, ocr) for u in split_units(span.clean(start, verb))]
    return []


def is_unit_name(name: str) -> bool:
    """True when ``name`` starts like a unit ("Sở …", "Văn phòng …", "Các phòng …") or the lexicon knows it."""
    return bool(UNIT_HEAD_RE.match(name.strip())) or restore_unit_name(name) is not None


def _units(block: Block, span: Span) -> list[tuple[int, int]]:
    """Folded ranges of the units of text in a block: whole bullets/letters, else sentences."""
    if block.node.kind in ("bullet", "letter"):
        return [span.all()]
    return list(sentences(span))


def _is_unit_heading(block: Block, item: Section | None, found: tuple[str, bool] | None) -> bool:
    """True for the heading line of an item that only names a unit ("1. Văn phòng Sở")."""
    if block.node is not item or item is None:
        return False
    return all(t.line == item.line_start for t in block.span.toks) and (found is None or found[1])


def text_tasks(doc: LoadedDocument, outline: Section, meta: PlanMetadata) -> list[dict[str, Any]]:
    """Task records of the prose items that name a lead, in source order."""
    table_lines = {r.line for r in doc.table_rows}
    toks = [t for t in doc_tokens(doc) if t.line not in table_lines]
    ocr = looks_ocr_damaged(doc.text)
    tasked = [(b, part) for b in blocks(doc, outline, toks) if (part := _task_part(b)) is not None]
    out, used = field_tasks(doc, meta, [b for b, _ in tasked])
    for block, part in tasked:
        if id(block) in used or block.node.kind in ("part", "appendix", "footnote", "closing"):
            continue
        item = _top_item(block, part)
        found = item_unit(item) if item is not None else None
        if found is not None and not is_unit_name(found[0]):
            found = None
        if _is_unit_heading(block, item, found):
            continue
        span = block.span
        para_lead: str | None = None
        prev: int | None = None  # start of the previous sentence of the block when it gave no record
        for fs, fe in _units(block, span):
            if fe - fs < 12 or span.folded[fs] in "([":
                continue
            # "… Cơ quan chủ trì: X; cơ quan phối hợp: Y; thời gian: Z." (the fields may start a sentence of their own)
            labelled = _labelled(doc, meta, block, span, fs, fe, ocr) or (
                _labelled(doc, meta, block, span, prev, fe, ocr) if prev is not None else None)
            prev = fs
            labelled = labelled or _colon_fields(doc, meta, block, span, fs, fe, ocr)
            if labelled is not None:
                out.append(labelled)
                prev = None
                continue
            rng = explicit_lead(span, fs, fe)
            colon = None if rng else _colon_unit(span, fs, fe)
            if rng:
                lead = _name(span.clean(*rng), ocr)
            elif colon:
                lead = para_lead = _name(span.clean(*colon), ocr)
            elif para_lead is not None:
                lead = para_lead
            elif found is not None:
                lead = _name(found[0], ocr)
            else:
                continue
            head = span.folded[fs:fe]
            head = _LABEL_RE.sub("", head)
            partners = _partners(span, fs, fe, rng, ocr)
            if not rng and head.startswith("phoi hop") and found is not None:
                continue  # the item's unit only coordinates here; the lead is named elsewhere
            out.append(_record(doc, meta, block, span, fs, fe, lead, partners))
            prev = None
    return sorted(out, key=lambda t: int(t["line_start"]))
