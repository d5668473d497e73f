"""Answers from whole task records (DESIGN.md §4.4): who leads / cooperates on / must finish / delivers a task.

The best-matching record is found lexically (folded content words of the question against the record's task
text, product and units, weighted by rarity among the candidate records) and stated completely —
"Nhiệm vụ «…»: chủ trì: …; phối hợp: …; thời hạn: … [1]" — citing the record's verbatim source lines.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from typing import Any

from assistant.answer.abbrev import expand_folded
from assistant.answer.extractive import Draft, citation, identity_words, plan_label, refuse
from assistant.answer.fillers import plan_view
from assistant.answer.lexicon import Lexicon, lexicon
from assistant.answer.mismatch import conflicts, unit_context
from assistant.answer.quotes import raw_lines
from assistant.state import IndexState
from index.normalize import fold
from index.ocrtext import ocr_fold

_COLUMN_ASKED = re.compile(r"kinh phi|ghi chu")  # a row's own budget or note column
_SENDS_REPORT = re.compile(r"\b(gui|nop|trinh)( cac)? bao cao\b|\bbao cao (cho|len)\b"  # sending a report,
                           r"|\bbao cao\b.{0,60}\b(gui|nop) (ve )?(so|ubnd|uy ban|bo|ban|van phong)\b")  # not its name
_PARTNERED = re.compile(r"phoi hop|cung voi|partner")
MIN_COVERAGE = 0.55  # share of the question's (weighted) content words a record must contain
TASK_ROLES = ("lead", "partner", "deadline", "product")


def _words(text: str, ocr: bool = False) -> set[str]:
    """Folded words, abbreviations expanded ("TTHC" → thủ tục hành chính) as in the question's content words.

    The initials of each run of 3–5 words are added too, so an abbreviation no list knows ("THPT" for "trung học
    phổ thông", "KCN" for "khu công nghiệp") matches the words it stands for.
    """
    found = re.findall(r"[0-9a-z]+", expand_folded(ocr_fold(text) if ocr else fold(text)))
    initials = {"".join(w[0] for w in found[i:i + n]) for n in (3, 4, 5) for i in range(len(found) - n + 1)}
    compounds = set(lexicon().compounds(" ".join(found) if ocr else text))  # "tài chính" as one word
    return set(found) | compounds | {a for a in initials if sum(c in "aeiouy" for c in a) <= 1}


def _annotated(state: IndexState) -> dict[str, list[dict[str, Any]]]:
    """Each plan's task records with their folded word sets, cached.

    ``_tw``: task + product; ``_uw``: units, and the section or table group the record sits in; ``_tf``: the task
    text folded to padded words (:func:`report_in_task`); ``_duty``: the task is itself a duty to report.
    """
    def annotate(t: dict[str, Any], ocr: bool) -> dict[str, Any]:
        text = _task_text(t)
        return t | {"_tw": _words(f"{t['task']} {t.get('product') or ''}", ocr),
                    "_uw": _words(" ".join([t.get("lead") or "", *(t.get("partners") or []), t.get("section") or ""]),
                                  ocr),
                    "_tf": text, "_duty": bool(_DUTY.search(text))}

    def build() -> dict[str, list[dict[str, Any]]]:
        # a scan's records are compared on the confusion-tolerant fold
        return {doc_id: [annotate(t, rec.ocr_damaged) for t in rec.tasks] for doc_id, rec in state.docs.items()}
    return state.cached("taskqa.records", build)


def candidate_tasks(state: IndexState, allowed: set[str] | None, named: list[str]) -> list[dict[str, Any]]:
    """Task records of the named plans (else of every allowed plan)."""
    docs = named or [d for d in sorted(state.docs) if allowed is None or d in allowed]
    table = _annotated(state)
    return [t for d in docs for t in table.get(d, [])]


def record_label(t: dict[str, Any]) -> str:
    """The record stated completely: task, lead, partners, deadline, product."""
    parts = [f"chủ trì: {t['lead']}" if t.get("lead") else ""]
    if t.get("partners"):
        parts.append("phối hợp: " + ", ".join(t["partners"]))
    if t.get("start"):
        parts.append(f"bắt đầu: {t['start']}")
    if t.get("schedule"):  # a schedule table marks periods; it writes no deadline
        parts.append(f"tiến độ: {', '.join(t['schedule'])}")
    elif t.get("deadline"):
        parts.append(f"thời hạn: {t['deadline']}")
    if t.get("product"):
        parts.append(f"sản phẩm: {t['product']}")
    parts += [f"{k}: {v}" for k, v in (t.get("extra") or {}).items()]  # "Kinh phí (triệu đồng): 300", "Ghi chú: …"
    body = "; ".join(p for p in parts if p)
    return f"Nhiệm vụ «{t['task']}»" + (f": {body}" if body else "")


def record_citation(state: IndexState, t: dict[str, Any], reading: str | None = None) -> dict[str, Any]:
    """The citation of a record: its verbatim source lines ``line_start..line_end``."""
    rec = state.docs[t["document"]]
    quote = raw_lines(rec.text, int(t["line_start"]), int(t["line_end"]))
    return citation(state, t["document"], t.get("section") or "", quote, t.get("page"), reading)


def record_item(t: dict[str, Any], n: int) -> dict[str, Any]:
    """The structured ``items`` entry of one record (``citation`` is the 1-based citation index)."""
    return {"task": t["task"], "lead": t.get("lead"), "partners": list(t.get("partners") or []),
            "deadline": t.get("deadline"), "due": t.get("due"), "product": t.get("product"),
            "document": t["document"], "citation": n} | ({"start": t["start"]} if t.get("start") else {}) | (
        {"schedule": list(t["schedule"])} if t.get("schedule") else {})


def _weights(records: list[dict[str, Any]]) -> dict[str, float]:
    df: Counter[str] = Counter()
    for t in records:
        df.update(t["_tw"])
    n = len(records)
    return {w: math.log(1 + n / c) for w, c in df.items()} | {"": math.log(1 + n)}


def ranked_records(lex: Lexicon, question: str, records: list[dict[str, Any]], ignore: frozenset[str],
                   n: int = 3) -> list[tuple[dict[str, Any], float]]:
    """The ``n`` records sharing most (rarity-weighted) content words with the question, with their coverage."""
    q = [w for w in dict.fromkeys(lex.content_words(lex.without_roles(question))) if w not in ignore]
    if not q or not records:
        return []
    weights = _weights(records)
    default = weights[""]
    total = sum(weights.get(w, default) for w in q)
    asks_report = " bao cao " in padded_words(question)
    scored = []
    for i, t in enumerate(records):
        tw, uw = t["_tw"], t["_uw"]
        task_score = sum(weights.get(w, default) for w in q if w in tw)
        unit_score = sum(weights.get(w, default) for w in q if w in uw and w not in tw)
        # on a tie a task wins over a duty to report on it when no report is asked ("… báo cáo Chủ tịch tình hình
        # tiếp nhận hồ sơ không phụ thuộc địa giới" is not the task "Tiếp nhận hồ sơ … không phụ thuộc địa giới"),
        # then the narrower record (a sub-task over its parent "… tiểu học và THCS")
        duty = not asks_report and t["_duty"]
        if task_score > 0:
            scored.append((-(task_score + unit_score), -task_score, duty, len(tw - set(q)), i, unit_score))
    # coverage of the *task* the question describes: words naming the record's units or its group ("nhóm cải cách
    # tài chính công") pick the record but do not make up for task words it lacks ("hoàn thành xây dựng bệnh viện
    # mới" is not "… tại Bệnh viện Đa khoa tỉnh")
    return [(records[i], -task / max(total - units, 1e-9)) for _, task, _, _, i, units in sorted(scored)[:n]]


def record_conflicts(state: IndexState, question: str, t: dict[str, Any], identity: frozenset[str]) -> list[str]:
    """Why the record is about a neighbour of the question's task (:func:`mismatch.conflicts`); empty if it is not."""
    unit = " ".join([t["task"], t.get("product") or "", t.get("lead") or "", *(t.get("partners") or [])])
    context = unit_context(state.docs[t["document"]].meta, t.get("section") or "")
    wording = f"{t['task']} {t.get('product') or ''}"
    return conflicts(question, unit, identity, context, plan_view(state, t["document"]), wording)


def report_in_task(question: str, records: list[dict[str, Any]]) -> bool:
    """"báo cáo" in the question is part of a task's own wording ("cắt giảm chỉ tiêu trong biểu mẫu báo cáo …").

    The word before and the word after it, with it, are found in one record's task text, or the word before it
    alone when that record is no duty to report to someone. A question that
    sends a report ("gửi báo cáo … cho", "nộp báo cáo") and a record that is itself a duty to send one
    ("báo cáo 6 tháng … gửi Sở Nội vụ") stay reporting questions.
    """
    folded = padded_words(question).strip()
    if _SENDS_REPORT.search(folded):
        return False
    words = folded.split()
    for i in range(1, len(words) - 1):
        if words[i:i + 2] == ["bao", "cao"]:
            # "thẩm định báo cáo NCKT": a verb acting on a report document, when the task has the pair too
            four, three = " ".join(words[i - 1:i + 3]), " ".join(words[i - 1:i + 2])
            for t in records:
                text = t.get("_tf") or _task_text(t)
                if _SENDS_REPORT.search(text):
                    continue
                if f" {four} " in text or (words[i - 1] not in _NOT_OBJECT and f" {three} " in text
                                           and not _DUTY.search(text)):
                    return True
    return False


def padded_words(text: str) -> str:
    """``text`` folded to its words, padded with spaces (" ra soat bao cao … ")."""
    return f" {' '.join(re.findall(r'[0-9a-z]+', fold(text)))} "


def _task_text(t: dict[str, Any]) -> str:
    """The record's task as :func:`padded_words`."""
    return padded_words(t["task"])


# a record that is itself a duty to report to someone ("… báo cáo UBND thành phố …")
_DUTY = re.compile(r"\bbao cao (?:ve |cho |len )?(?:ubnd|uy ban|so|bo|cuc truong|giam doc|chu tich|van phong|thu truong)\b")
# words before "báo cáo" that make it a reporting duty, not a report the task works on ("hạn báo cáo")
_NOT_OBJECT = frozenset("han gui nop trinh ky hop do va cac phai se".split())


def task_answer(state: IndexState, question: str, allowed: set[str] | None, named: list[str],
                expansion: str = "") -> Draft | None:
    """Who leads / who cooperates / by when / what product, from the single best-matching task record.

    ``expansion`` is the Vietnamese glossary expansion of an English question; its words are matched instead.
    """
    lex = lexicon()
    roles = [r for r in lex.asked_roles(question) if r in TASK_ROLES]
    column = _COLUMN_ASKED.search(fold(question).lower())  # "kinh phí cho việc X": a budget column of the row
    if column is not None and not roles and not re.search(r"\btong\b", fold(question).lower()):
        roles = ["column"]
    records = candidate_tasks(state, allowed, named)
    if not roles or ("report" in lex.asked_roles(question) and not report_in_task(question, records)):
        return None
    if roles == ["column"] and column is not None:
        records = [t for t in records if any(column.group(0) in fold(k).lower() for k in t.get("extra") or {})]
    identity = identity_words(state, named)
    # a column the question names ("ghi chú gì", "kinh phí") says what is asked, not which task
    asked = _COLUMN_ASKED.sub(" ", fold(expansion or question)) if column is not None else expansion or question
    ranked = [(t, c) for t, c in ranked_records(lex, asked, records, identity) if c >= MIN_COVERAGE]
    if not ranked:
        return None
    fitting = [(t, c) for t, c in ranked if not record_conflicts(state, question, t, identity)]
    if not fitting:  # the task asked about is a near neighbour of the plan's ("trong nước" for "quốc tế")
        return refuse("near_neighbour", round(ranked[0][1], 3))
    if len(named) > 1 and (each := _each_conjunct(state, lex, question, records, identity, bool(expansion))
                           or _each_plan(state, lex, question if expansion else asked, records, identity,
                                         bool(expansion), named)):
        return each
    best, coverage = fitting[0]
    if roles == ["partner"] and not best.get("partners") and not _PARTNERED.search(
            fold(raw_lines(state.docs[best["document"]].text, int(best["line_start"]), int(best["line_end"])).text)):
        return refuse("no_partner", round(coverage, 3))  # the plan names no partner for this task
    text = record_label(best)
    cit = record_citation(state, best, reading=text)
    answer = f"Theo kế hoạch của {plan_label(state, best['document'])}: {text} [1]."
    draft = Draft(answer, False, [cit], round(coverage, 3))
    draft.items = [record_item(best, 1)]
    return draft


_CONJUNCT = re.compile(r"\s(?:and|va|con)\s|[;]")


def _each_conjunct(state: IndexState, lex: Lexicon, question: str, records: list[dict[str, Any]],
                   identity: frozenset[str], english: bool) -> Draft | None:
    """One record per conjunct of a question about tasks of several plans, or None when it is not such a question.

    "… chữ ký số ở Sở Tài chính Ninh Bình và kết nối dữ liệu GPLX ở Cục Đường bộ …": each part matches its own
    record, and the records belong to different plans.
    """
    found: list[tuple[dict[str, Any], float]] = []
    for part in _CONJUNCT.split(fold(question)):
        ranked = _by_phrases(part, records) if english else [
            (t, c) for t, c in ranked_records(lex, part, records, identity, n=1) if c >= MIN_COVERAGE]
        if ranked and not record_conflicts(state, part, ranked[0][0], identity) and all(
                ranked[0][0] is not t for t, _ in found):
            found.append(ranked[0])
    return _per_plan_draft(state, found)


def _each_plan(state: IndexState, lex: Lexicon, question: str, records: list[dict[str, Any]],
               identity: frozenset[str], english: bool, named: list[str]) -> Draft | None:
    """One record per named plan for a question with one topic and several plans.

    "Ai chủ trì số hóa sổ hộ tịch ở Cà Mau và ở xã Bắc Hà?": each plan's best record, when it covers the question and
    is no near neighbour.
    """
    found: list[tuple[dict[str, Any], float]] = []
    ranked = [] if english else ranked_records(lex, question, records, identity, n=len(records))
    top = max((c for _, c in ranked), default=0.0)
    for doc_id in named:
        if english:
            best = _by_phrases(question, [t for t in records if t["document"] == doc_id])
        else:  # weighed over every named plan's records, and about as close as the best plan's record
            best = [(t, c) for t, c in ranked if t["document"] == doc_id][:1]
            best = [(t, c) for t, c in best if c >= max(MIN_COVERAGE, 0.8 * top)]
        if best and not record_conflicts(state, question, best[0][0], identity):
            found.append(best[0])
    return _per_plan_draft(state, found)


def _per_plan_draft(state: IndexState, found: list[tuple[dict[str, Any], float]]) -> Draft | None:
    """The records of two plans or more as one answer, a line and a citation each (None for fewer plans)."""
    if len(found) < 2 or len({t["document"] for t, _ in found}) < 2:
        return None
    lines = [f"- {plan_label(state, t['document'])}: {record_label(t)} [{i}]" for i, (t, _) in enumerate(found, 1)]
    draft = Draft(f"Theo {len(found)} kế hoạch:\n" + "\n".join(lines), False,
                  [record_citation(state, t, reading=record_label(t)) for t, _ in found],
                  round(min(c for _, c in found), 3))
    draft.items = [record_item(t, i) for i, (t, _) in enumerate(found, 1)]
    return draft


def _by_phrases(part: str, records: list[dict[str, Any]]) -> list[tuple[dict[str, Any], float]]:
    """The one record whose task holds most of an English part's glossary phrases (two words or more each).

    "the driving-licence data connection" → "giấy phép lái xe", "dữ liệu": a glossary value may list alternatives
    ("chữ ký số ký số"), so its longest leading run of words the task contains counts.
    """
    from assistant.answer.intent import english_terms

    terms = [fold(t).split() for t in english_terms(part)]
    scored = []
    for t in records:
        words = re.findall(r"[0-9a-z]+", fold(" ".join([t["task"], t.get("product") or ""])))
        text = " " + " ".join(words) + " "
        score = sum(max((k for k in range(2, len(w) + 1) if " " + " ".join(w[:k]) + " " in text), default=0)
                    for w in terms)
        scored.append((score, t))
    scored.sort(key=lambda x: -x[0])
    if not scored or scored[0][0] < 2 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return []
    return [(scored[0][1], 1.0)]
