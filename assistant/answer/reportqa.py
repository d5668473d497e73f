"""Reporting answers from the reporting records (``DocRecord.reports``): who reports to whom, via whom, by when.

"Ai báo cáo … về …", "gửi báo cáo quý qua đâu, trước ngày nào?", "báo cáo năm trước ngày nào?": the records of
the named plans (else of every plan) are narrowed by the report period the question names (quý / 6 tháng /
năm) and by the units it names (recipient, intermediary, reporter), then each is stated completely —
"Văn phòng Sở báo cáo UBND tỉnh (qua Sở Nội vụ) — báo cáo quý, thời hạn: trước ngày 15 … [n]" — citing the
record's own lines. The reporter is never the recipient.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.answer.abbrev import expand_folded, name_key
from assistant.answer.abstain import agency_pattern, unit_mentions
from assistant.answer.extractive import Draft, citation, plan_label, refuse
from assistant.answer.intent import expand_english
from assistant.answer.quotes import raw_lines
from assistant.answer.taskqa import candidate_tasks, report_in_task
from assistant.answer.valuetype import has_value, required_value
from assistant.state import IndexState
from index.normalize import fold
from index.ocrtext import ocr_fold

MAX_RECORDS = 12
# a share asked for ("tỷ lệ … là bao nhiêu", "bao nhiêu %"), not a report *of* a share ("báo cáo tỷ lệ hồ sơ … cho ai")
_PERCENT = re.compile(r"\b(bao nhieu phan tram|bao nhieu ?%|(?:ty le|ti le)\b[^?]*\b(?:bao nhieu|may phan tram)|percent"
                      r"|percentage)|%[^?]*\bbao nhieu\b|\bchi tieu\b.*\bbao nhieu\b")
_ASKS_PERIOD = re.compile(r"\b(ky nao|nhung ky|moc nao|how often|which periods?)\b")
_REPORT = re.compile(r"\b(bao cao|report|reports|reporting)\b")
_TASK_ONLY = re.compile(r"\b(xay dung|ban hanh|soan thao|chu tri|phoi hop|san pham)\b[^?]*\bbao cao\b")
_REPORT_CUE = re.compile(r"\b(gui|ve dau|cho ai|ve co quan|qua (dau|co quan|don vi)|truoc ngay|han|khi nao|"
                         r"dinh ky|ai bao cao|nao bao cao|bao cao (ve|cho|len|quy|nam|6 thang|dinh ky)|to whom|"
                         r"when|deadline|via)\b")
# words a reporter phrase stops at ("Văn phòng Sở là đầu mối, tổng hợp báo cáo …" → "Văn phòng Sở")
_VERB = re.compile(r"\s+(?:là|tổng hợp|báo cáo|gửi|tham mưu|chủ trì|theo dõi|có trách nhiệm|thực hiện|trình)\b"
                   r"|[,;:]\s*(?:tổng hợp|báo cáo|gửi|tham mưu|theo dõi)\b", re.IGNORECASE)
_LEAD_IN = re.compile(r"^\s*(?:[-+•*]\s*|\(?[0-9]+(?:\.[0-9]+)*[.)]\s*|[a-zđ]\)\s*)*(?:chế độ báo cáo\s*:\s*)?",
                      re.IGNORECASE)
_OF_UNIT = re.compile(r"^báo cáo[^;:]*?\bcủa\s+(.+?)\s+gửi\b", re.IGNORECASE)
_UNIT_START = re.compile(r"^(cac|so|phong|van phong|ubnd|uy ban|cong chuc|thu truong|vu|bo|don vi|trung tam|ban|"
                         r"giam doc|chanh|lanh dao|co quan|hoi dong|thanh tra|cuc|chi cuc)\b")
_PERIODS = (("6 thang", r"\b6 thang\b|\bsau thang\b|\bsemi"), ("9 thang", r"\b9 thang\b|\bchin thang\b"),
            ("quy", r"\bquy\b|\bquarter"),
            ("nam", r"\b(bao cao|report)(?: [a-z]+){0,3} nam\b(?! \d)|\bhang nam\b|\bannual|\byearly\b"
                    r"|\bhan (?:bao cao )?nam\b(?! \d)"  # "hạn 6 tháng và hạn năm"
                    r"|\b(?:quy|thang),?(?: [a-z0-9]+,?){0,3} (?:va|hoac) nam\b(?! \d)"  # "quý, 6 tháng và năm"
                    r"|\b(?:quy|thang)(?:,? [a-z0-9]+){0,3}, nam\b(?! \d)"))  # "hạn báo cáo quý, 6 tháng, năm"


def _f(text: str | None, ocr: bool) -> str:
    return (ocr_fold(text) if ocr else fold(text)) if text else ""


def _clean_unit(text: str | None) -> str | None:
    if not text:
        return None
    t = _LEAD_IN.sub("", " ".join(text.split()))
    m = _OF_UNIT.match(t)
    if m:
        t = m.group(1)
    t = _VERB.split(t, maxsplit=1)[0].strip(" ,;:.")
    return t if t and _UNIT_START.match(fold(t)) and len(t.split()) <= 16 else None


def reporter(r: dict[str, Any]) -> str | None:
    """The reporting unit: the record's reporter, else the subject of its quote or of its item heading.

    None when it would be the recipient itself.
    """
    recipient = fold(r.get("recipient") or "")
    section_tail = (r.get("section") or "").split(" > ")[-1]
    for source in (r.get("reporter"), r.get("quote"), section_tail):
        unit = _clean_unit(source)
        folded = fold(unit or "")
        # "Văn phòng UBND tỉnh" is the office of "UBND tỉnh", not the recipient itself
        # "Các phòng, đơn vị thuộc Sở" reporting to "Sở" (a bare head) are members of it, not the recipient itself
        if unit and folded != recipient and (not folded.endswith(" " + recipient) or folded.startswith("van phong ")
                                             or " " not in recipient):
            return unit
    return None


def _period(r: dict[str, Any], ocr: bool) -> str | None:
    text = f"{r.get('period') or ''} {r.get('deadline') or ''}"
    folded = _f(text, ocr)
    if re.search(r"\b6 thang\b", folded):
        return "6 thang"
    if re.search(r"\b9 thang\b", folded):
        return "9 thang"
    if re.search(r"\bquy\b", folded):
        return "quy"
    quote = _f(r.get("quote"), ocr)
    if re.search(r"\bnam\b", folded) or re.search(r"\bbao cao nam\b", quote):
        return "nam"
    for name in ("6 thang", "9 thang"):  # "báo cáo kết quả cải cách hành chính 6 tháng về …": named after the subject
        if re.search(rf"\bbao cao\b.*\b{name}\b", quote):
            return name
    return None


def _asked_periods(q: str) -> list[str]:
    """Every report period the question names ("hạn báo cáo quý và báo cáo năm": both)."""
    return [name for name, pat in _PERIODS if re.search(pat, q)]


def _mentions(q: str, unit: str | None, ocr: bool) -> bool:
    if not unit:
        return False
    u = re.sub(r"^qua\s+", "", expand_folded(_f(unit, ocr))).strip()  # "UBND tỉnh" as the question spells it out
    parts = [p.strip() for p in re.split(r",| va ", u) if len(p.strip()) > 3] or [u]
    # a bare head ("Bộ", "Sở") is the plan's own body: "Bộ Nội vụ" in the question names another one
    tail = [rf"(?![a-z])(?! (?!{_AFTER_HEAD})[a-z])" if " " not in p else r"(?![a-z])" for p in parts]
    return any(re.search(rf"(?<![a-z]){re.escape(p)}{t}", q) for p, t in zip(parts, tail, strict=True))


_AFTER_HEAD = r"(?:cua|va|qua|truoc|theo|hang|ve|ke|nam|quy|thang|dinh|bao|khi|nao|gi|la|thi|phai|o|tai|cham|han)\b"


def _issuer(state: IndexState, doc_id: str) -> str:
    return fold(state.docs[doc_id].meta.issuer or "")


_LEVEL = re.compile(r"^(so|bo|cuc|uy ban nhan dan|ubnd)\b")


def _issuer_named(state: IndexState, doc_id: str, subject: str) -> bool:
    """The question's subject names the plan's issuer ("Sở Xây dựng Ninh Bình gửi …")."""
    issuer = re.sub(r"\s+(tinh|thanh pho)\s.*$", "", _issuer(state, doc_id))
    at = f" {subject} ".find(f" {issuer} ") if issuer else -1
    # "Các Cục, Vụ thuộc Bộ Xây dựng …" are units of the issuer, not the issuer itself
    return at >= 0 and not re.search(r"\b(thuoc|cua|trong|tai|cac|nhung)\b", subject[:at])


def _internal(state: IndexState, r: dict[str, Any]) -> bool:
    """The record's recipient is part of the issuer itself ("Văn phòng Sở", "Giám đốc Sở" in a Sở's plan)."""
    to = fold(r.get("recipient") or "")
    level = _LEVEL.match(_issuer(state, r["document"]))
    if not to or level is None:
        return False
    word = level.group(1)
    if word in ("uy ban nhan dan", "ubnd"):  # a UBND's own level: "UBND xã" in a xã plan
        lvl = re.match(r"(?:uy ban nhan dan|ubnd)\s+(xa|phuong|huyen|tinh|thi tran|thanh pho)\b",
                       _issuer(state, r["document"]))
        word = rf"(?:ubnd|uy ban nhan dan) {lvl.group(1)}" if lvl else "ubnd"
    return bool(re.search(rf"\b{word}$", to)) or to in _issuer(state, r["document"])


def _unknown_recipient(question: str, obj: str, records: list[dict[str, Any]]) -> bool:
    """The question sends the report to a unit (after "báo cáo") that no reporting record names as recipient or via."""
    obj_key = name_key(obj)
    asked = {m.group(1) for m in agency_pattern().finditer(obj_key)}
    asked |= {k for forms in unit_mentions(question) if (k := name_key(forms[0])) and k in obj_key}
    # only a unit the report is sent to ("… cho Bộ X", "gửi về Sở Y"), not a subject added after ("… — Sở Văn hóa?")
    asked = {a for a in asked if re.search(rf"\b(cho|ve|gui|len|toi|den)\s+{re.escape(a)}\b", obj_key)}
    if not asked:
        return False
    named = " | ".join(name_key(f"{r.get('recipient') or ''} {r.get('via') or ''} {r.get('quote') or ''}")
                       for r in records)
    return not any(a in named for a in asked)


def _useful(r: dict[str, Any]) -> bool:
    return bool(r.get("recipient") or r.get("via")) or bool(
        (r.get("deadline") or r.get("period")) and "bao cao" in fold(r.get("quote") or ""))


def _display(unit: str) -> str:
    """A unit name as officials write it: the word after " - " capitalised ("Văn hóa - xã hội" → "- Xã hội")."""
    return re.sub(r"(\s-\s+)(\w)", lambda m: m.group(1) + m.group(2).upper(), unit)


# words right after "báo cáo" that name its period, not its subject ("báo cáo định kỳ hằng quý", "báo cáo năm")
_PERIOD_WORDS = frozenset("dinh ky hang quy nam thang tuan 6 9 sau dau cuoi i ii iii iv so tong dot xuat".split())
# a word that ends the subject of a report ("… trước ngày 15/6", "… về Văn phòng Cục", "… định kỳ hằng quý")
_SUBJECT_END = frozenset("truoc cham vao ve gui cho len khi".split())  # "qua" also folds "kết quả": a pair below
_SUBJECT_END_PAIR = re.compile(r"^(?:dinh ky|hang (?:quy|thang|nam|tuan|ngay)|trong (?:thoi|vong|quy|thang|nam|ngay)"
                               r"|(?:tu|den) ngay|qua (?:so|van|phong|bo|ubnd|uy|cong|he|trung|ban|cuc|vu))$")


def report_subject(r: dict[str, Any]) -> str | None:
    """What is reported, from the record's quote: "Báo cáo Cục trưởng tình hình vận hành … trước ngày 15/6/2026".

    The words after "báo cáo" (its period words and the recipient skipped) up to a deadline, recipient or period
    cue; None when that leaves fewer than two words.
    """
    toks = " ".join((r.get("quote") or "").split()).split(" ")
    words = [fold(t).strip(",;.:()") for t in toks]
    at = next((i for i in range(len(words) - 1) if words[i:i + 2] == ["bao", "cao"]), None)
    if at is None:
        return None
    j = at + 2
    while j < len(words) and words[j] in _PERIOD_WORDS:
        j += 1
    to = fold(re.sub(r"\s*\([^)]*\)", "", r.get("recipient") or "")).split()
    for k in (j, j + 1):  # "báo cáo Cục trưởng …", "báo cáo về Sở Nội vụ …"
        if to and [w.strip(",;.:()") for w in words[k:k + len(to)]] == to:
            j = k + len(to)
            break
    out: list[str] = []
    for k, (tok, w) in enumerate(zip(toks[j:], words[j:], strict=True), j):
        if w in _SUBJECT_END or not w or _SUBJECT_END_PAIR.match(" ".join(words[k:k + 2])):
            break
        out.append(tok)
        if re.search(r"[,;.:]$", tok):
            break
    text = " ".join(out).strip(" ,;.:")
    return text if len(text.split()) >= 2 else None


def _label(r: dict[str, Any], subject: str | None) -> str:
    who = _display(reporter(r) or "Đơn vị")
    text = f"{who} báo cáo"
    text += f" {_display(r['recipient'])}" if r.get("recipient") else ""
    via = _display((r.get("via") or "").strip())
    if via:
        text += f" ({via if fold(via).startswith('qua ') else 'qua ' + via})"
    if subject and fold(subject) not in fold(text):  # what is reported (:func:`report_subject`)
        text += f" {subject}"
    when = "; ".join(x for x in (f"kỳ: {r['period']}" if r.get("period") else "",
                                 f"thời hạn: {r['deadline']}" if r.get("deadline") else "") if x)
    return text + (f" — {when}" if when else "")


_SUB_UNIT = re.compile(r"(?<!\w)(?:Thanh tra|Văn phòng|Phòng|Trung tâm|Chi cục|Vụ|Cục|Ban)\s+[A-ZĐ]\w*")


def _other_reporter(subject: str, records: list[dict[str, Any]], ocr: dict[str, bool]) -> bool:
    """The words before "báo cáo" open with a unit ("Thanh tra Sở", "Phòng Kế hoạch") that reports in no record."""
    m = _SUB_UNIT.match(subject.strip())
    if not m:
        return False
    name = fold(m.group(0))
    return not any(_f(reporter(r), ocr[r["document"]]).startswith(name) for r in records)


_OWNER = re.compile(r"(?:\bcua\b|:)\s*(.+)$")  # the unit whose report it is, named after "báo cáo … của" / ":"
_SENDS = re.compile(r"\b(?:gui|nop|trinh)\b")  # "… : xã A gửi trước ngày nào": a clause of its own


def report_answer(state: IndexState, question: str, allowed: set[str] | None, named: list[str],
                  english_expansion: str = "") -> Draft | None:
    """Every reporting record matching the period and units the question names, each cited at its own lines."""
    q = expand_folded(fold(f"{question} {english_expansion}"))  # "Phòng TCCB", "hạn BC năm": spelled out
    m = _REPORT.search(q)
    if not m or (_TASK_ONLY.search(q) and not _REPORT_CUE.search(q)):
        return None
    if _PERCENT.search(q):  # "what percentage of reports …", "chỉ tiêu cắt giảm … báo cáo … là bao nhiêu": a target
        return None
    docs = named or [d for d in sorted(state.docs) if allowed is None or d in allowed]
    if report_in_task(question, candidate_tasks(state, allowed, named)):
        return None  # "thẩm định báo cáo nghiên cứu khả thi": a task's own wording, not a reporting duty
    records = [r for d in docs if d in state.docs for r in state.docs[d].reports if _useful(r)]
    if not records:
        return None
    ocr = {d: state.docs[d].ocr_damaged for d in docs if d in state.docs}
    asked = _asked_periods(q)
    every = records
    if asked:
        records = [r for r in records if _period(r, ocr[r["document"]]) in asked] or (
            [] if not named else [r for r in records if _period(r, ocr[r["document"]]) is None])
    # "báo cáo 6 tháng" of a named plan whose duties name other periods only ("năm" is too often left unnamed)
    stated = {_period(r, ocr[r["document"]]) for r in every} - {None}
    period_missing = bool(named) and bool(asked) and "nam" not in asked and bool(stated) and not stated & set(asked)
    obj, subject = q[m.end():], q[:m.start()]
    sent = re.search(r"\b(?:gui|nop|trinh)\b(?! (?:bao cao|ket qua)\b)", subject)
    if sent:  # "Bộ Y tế gửi Bộ Nội vụ báo cáo …": the recipient comes before "báo cáo"
        subject, obj = subject[:sent.start()], f"{subject[sent.end():]} {obj}"
    english = _REPORT.search(question.lower()) if english_expansion else None
    if english:  # glossary terms of each side ("Department of Home Affairs" … "to the Ministry of Home Affairs")
        subject, obj = (fold(expand_english(part)) for part in (question[:english.start()], question[english.end():]))
    def names_target(r: dict[str, Any]) -> bool:
        return _mentions(obj, r.get("recipient"), ocr[r["document"]]) or _mentions(obj, r.get("via"), ocr[r["document"]])
    by_target = [r for r in records if names_target(r)]
    if period_missing and not by_target:  # only a duty sent to the unit the question names may lack the period
        return refuse("report_period")
    if asked and not by_target:  # the named recipient's duty states no period ("… báo cáo Bộ Nội vụ trước ngày 05/12")
        by_target = [r for r in every if _period(r, ocr[r["document"]]) is None and names_target(r)]
    # the plan's own issuer named as the plan ("kế hoạch của Sở Nội vụ Đồng Tháp") does not pick a reporter
    by_reporter = [r for r in records if _mentions(subject, reporter(r), ocr[r["document"]])
                   and fold(reporter(r) or "") not in _issuer(state, r["document"])]
    own = _REPORT.search(fold(question))  # the question's own words (not an English glossary expansion)
    if not by_target and own and _unknown_recipient(question, fold(question)[own.end():], records):
        return refuse("unknown_recipient")  # "… gửi báo cáo cho Bộ Khoa học và Công nghệ …": no duty names that recipient
    both = {r["document"] for r in by_target if r in by_reporter}  # "X báo cáo Y …": in a plan naming both, X's duty
    chosen = [r for r in by_target if r["document"] not in both or r in by_reporter] or by_reporter
    owner = _OWNER.search(obj)
    if owner and not by_reporter and not _SENDS.search(owner.group(1)):  # "hạn BC năm: VP Sở …": the reporter named after
        by_owner = [r for r in records if _mentions(owner.group(1), reporter(r), ocr[r["document"]])]
        chosen = [r for r in by_owner if r in by_target] or by_owner or chosen
    if not chosen and own and len(fold(question)) == len(question) and _other_reporter(question[:own.start()],
                                                                                       records, ocr):
        return None  # "Thanh tra Sở … báo cáo kết quả kiểm tra trong bao lâu?": no record is that unit's duty
    if not chosen and not _ASKS_PERIOD.search(q) and any(_issuer_named(state, d, subject) for d in docs):
        # "Sở Xây dựng gửi báo cáo cho ai?": the plan's own unit reports outward, not to its own office
        chosen = [r for r in records if not _internal(state, r)]
    if not chosen:
        if not named and not asked and not _REPORT_CUE.search(q):
            return None
        chosen = records
    if not chosen:
        return None
    if len(named) > 1 and asked:  # "hạn BC năm của Sở A và của xã B": every named plan answers for itself
        for d in named:
            mine = [r for r in records if r["document"] == d]
            if mine and not any(r["document"] == d for r in chosen):
                chosen = chosen + ([r for r in mine if r in by_target or r in by_reporter] or mine)
    pattern = required_value(question)
    if pattern is not None:  # "trước ngày nào?" needs a date in the duty itself, not just "định kỳ"
        chosen = [r for r in chosen if has_value(pattern, _f(f"{r.get('deadline') or ''} {r['quote']}",
                                                             ocr[r["document"]]))]
        if not chosen:
            return None
    if _ASKS_PERIOD.search(q):  # "theo những kỳ nào?": the records that state a period or a deadline
        chosen = [r for r in chosen if r.get("period") or r.get("deadline")] or chosen
    chosen = sorted(chosen, key=lambda r: (r["document"], int(r["line_start"])))[:MAX_RECORDS]
    lines, cits, items = [], [], []
    where: dict[tuple[str, int, int], int] = {}
    for r in chosen:
        what = report_subject(r)
        text = _label(r, what)
        key = (r["document"], int(r["line_start"]), int(r["line_end"]))
        if key not in where:
            rec = state.docs[r["document"]]
            quote = raw_lines(rec.text, key[1], key[2])
            cits.append(citation(state, r["document"], r.get("section") or "", quote, r.get("page"), text))
            where[key] = len(cits)
        n = where[key]
        lines.append(f"- {plan_label(state, r['document'])}: {text} [{n}]")
        items.append({"reporter": reporter(r), "recipient": r.get("recipient"), "via": r.get("via"),
                      "what": what,
                      "period": r.get("period"), "deadline": r.get("deadline"), "due": r.get("due"),
                      "document": r["document"], "citation": n})
    plans = len({r["document"] for r in chosen})
    head = f"Theo {plans} kế hoạch:" if plans > 1 else "Theo kế hoạch:"
    draft = Draft(head + "\n" + "\n".join(lines), False, cits, 1.0)
    draft.items = items
    return draft
