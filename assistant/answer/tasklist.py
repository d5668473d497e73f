"""List answers: every task record led by (or shared with) a unit, or due in a period, enumerated and cited.

"Liệt kê các nhiệm vụ do Sở Nội vụ chủ trì", "Phòng X phối hợp những việc nào?", "nhiệm vụ nào đến hạn trong
quý II/2026", "mục 1 gồm những việc con nào": one numbered line per matching record, each with its own [n],
plus structured ``items``.
Across plans when the question names none.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

from assistant.answer.abbrev import name_key
from assistant.answer.abstain import unit_mentions
from assistant.answer.extractive import Draft, citation, identity_words, plan_label, raw_lines, refuse
from assistant.answer.lexicon import Lexicon, lexicon
from assistant.answer.taskqa import (
    MIN_COVERAGE,
    candidate_tasks,
    ranked_records,
    record_citation,
    record_item,
    record_label,
)
from assistant.state import IndexState
from index.normalize import fold, normalize
from index.structure import iter_sections
from index.tasks import split_units

MAX_ITEMS = 30
_EITHER = re.compile(r"\b(?:tham gia|chu tri (?:hay|hoac) phoi hop|chu tri hoac|involved in|takes part)\b")
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_QUARTER = re.compile(r"\bquy (iv|iii|ii|i|[1-4])(?:\s*(?:/|nam)\s*(20\d\d))?(?![\w/])")
_MONTH = re.compile(r"\bthang (\d{1,2})(?:\s*(?:/|nam)\s*(20\d\d))?(?![\w/])")
_HALF = re.compile(r"\b6 thang (dau|cuoi) nam\s*(20\d\d)?\b")


def _key(text: str) -> str:
    return f" {name_key(text)} "


# "do 2 cơ quan cùng chủ trì", "đồng chủ trì" (lower case: "… Lâm Đồng chủ trì" is a place and its lead)
_CO_LEAD = re.compile(r"\b(?:2|hai|nhieu) (?:co quan|don vi|phong|so|ban)\b.{0,20}\bcung chu tri\b")
_CO_LEAD_MARKED = re.compile(r"(?<!\w)đồng chủ trì(?!\w)")
# lists of a kind of record: its predicate and how the answer names it
_KINDS: dict[str, tuple[Callable[[dict[str, Any]], bool], str]] = {
    "product": (lambda t: bool(t.get("product")), "có sản phẩm đầu ra"),
    "colead": (lambda t: len(split_units(t.get("lead") or "")) > 1, "do hai cơ quan trở lên cùng chủ trì"),
}


def _kind(question: str, roles: list[str]) -> str | None:
    """"những nhiệm vụ nào do 2 cơ quan cùng chủ trì", "những sản phẩm đầu ra nào": a kind of record is listed."""
    if _CO_LEAD.search(fold(question)) or _CO_LEAD_MARKED.search(normalize(question)):
        return "colead"
    return "product" if "product" in roles else None


def _schedules(t: dict[str, Any], quarter: int | None) -> bool:
    """The record's schedule names the asked quarter among several ("Quý II, Quý III" of a Gantt row)."""
    if quarter is None:
        return False
    said = [_ROMAN[m.group(1)] for m in _QUARTER.finditer(fold(t.get("deadline") or "").lower())]
    return len(said) > 1 and quarter in said


def period(question: str, default_year: int | None) -> tuple[date, date] | None:
    """The date range a question restricts deadlines to ("quý II/2026", "tháng 5/2026", "6 tháng đầu năm").

    A quarter or month without a year ("quý II có những việc nào đến hạn?") is of ``default_year``.
    """
    q = fold(question)
    m = _QUARTER.search(q)
    if m and (m.group(2) or default_year):
        k, y = _ROMAN[m.group(1)], int(m.group(2) or default_year or 0)
        end = date(y, 3 * k, 31 if 3 * k in (3, 12) else 30)
        return date(y, 3 * k - 2, 1), end
    m = _MONTH.search(q)
    if m and 1 <= int(m.group(1)) <= 12 and (m.group(2) or default_year):
        mo, y = int(m.group(1)), int(m.group(2) or default_year or 0)
        nxt = date(y + (mo == 12), mo % 12 + 1, 1)
        return date(y, mo, 1), date.fromordinal(nxt.toordinal() - 1)
    half = _HALF.search(q)
    year = int(half.group(2)) if half and half.group(2) else default_year
    if half and year:
        first = half.group(1) == "dau"
        return (date(year, 1, 1), date(year, 6, 30)) if first else (date(year, 7, 1), date(year, 12, 31))
    return None


def deadline_wording(question: str, records: list[dict[str, Any]]) -> str | None:
    """A deadline without a date that the records use and the question names ("thường xuyên", "hằng quý")."""
    q = f" {' '.join(re.findall(r'[a-z0-9]+', fold(question)))} "
    wordings = {" ".join(re.findall(r"[a-z]+", fold(t.get("deadline") or ""))) for t in records
                if t.get("deadline") and not re.search(r"\d", t["deadline"])}
    found = [w for w in wordings if len(w) > 4 and f" {w} " in q]
    return max(found, key=len) if found else None


_NUMBERING = re.compile(r"^(?:[ivxl]+|[a-z]|\d{1,2})[.)]?\s+")


def group_of(t: dict[str, Any]) -> str:
    """The table group or section a record sits in: the last part of its section path."""
    return (t.get("section") or "").rsplit(" > ", 1)[-1]


def _path(t: dict[str, Any]) -> list[str]:
    return (t.get("section") or "").split(" > ")


# part titles that only say "tasks" ("II. NHIỆM VỤ", "NHIỆM VỤ, GIẢI PHÁP"): a list question names them in passing
_GENERIC_TITLE = frozenset("nhiem vu cu the cong viec noi dung giai phap chu yeu trong tam va cac".split())


_INCLUDING = re.compile(r" (?:ke ca|bao gom ca|tinh ca|ca (?:phan|phu luc)|lan (?:phan|phu luc)|(?:va|cung) phan) ")


def named_group(question: str, records: list[dict[str, Any]]) -> str | None:
    """The group or part (a section on the records' paths, numbering dropped, two words or more) the question names.

    "Nhóm cải cách thể chế … gồm những nhiệm vụ nào?" names the table group "II. CẢI CÁCH THỂ CHẾ"; "… trong phần
    tổ chức thực hiện" the part "IV. TỔ CHỨC THỰC HIỆN". A title of generic words ("II. NHIỆM VỤ") or naming a unit
    ("2. Sở Nội vụ:", whose duties a unit question wants with its table tasks) is no group.
    """
    q = _key(question)
    if _INCLUDING.search(q):  # "kể cả phần tổ chức thực hiện", "cả phụ lục lẫn phần …": a part added, not a filter
        return None
    titles = {g: _NUMBERING.sub("", name_key(g)) for g in {p for t in records for p in _path(t)}}
    units = {_key(t["lead"]).strip() for t in records if t.get("lead")}  # "2. Sở Nội vụ:" heads a unit's duties
    found = [g for g, title in titles.items() if len(title.split()) >= 2 and f" {title} " in q
             and not set(title.split()) <= _GENERIC_TITLE and not any(u and u in title for u in units)]
    return max(found, key=len) if found else None


def named_unit(question: str, records: list[dict[str, Any]], partners: bool) -> str | None:
    """The longest lead (or partner) unit of the records that the question names.

    Spellings of one unit with equal keys (OCR's "Văn phòng hđnd" beside "Văn phòng HĐND") tie; the one with more
    capitals wins, then the first in order, so the answer does not follow set order.
    """
    q = _key(question)
    units = {t.get("lead") or "" for t in records}
    if partners:
        units |= {p for t in records for p in t.get("partners") or []}
    found = [u for u in units if len(_key(u)) > 4 and _key(u) in q]
    if not found:  # "Phòng ĐKKD", "TT CNTT TN&MT", "BQL KKT …": the unit by its initials
        stream = _initial_stream(question)
        found = [u for u in units if _by_initials(u, stream)]
    return max(sorted(found), key=lambda u: (len(_key(u)), sum(c.isupper() for c in u))) if found else None


_VOWELS = re.compile(r"[aeiouy]")


def _initial_stream(text: str) -> tuple[str, set[int], set[int]]:
    """The question's initials: an abbreviation (no vowel: "dkkd", "tn&mt") gives all its letters, a word its first.

    Returns the stream, the positions where a token starts or ends, and the positions inside abbreviations.
    """
    stream, bounds, short = "", {0}, set()
    for token in re.findall(r"[0-9a-z&]+", fold(text).lower()):
        letters = token.replace("&", "")
        if not letters:
            continue
        part = letters if not _VOWELS.search(letters) and len(letters) >= 2 else letters[0]
        if len(part) > 1:
            short |= set(range(len(stream), len(stream) + len(part)))
        stream += part
        bounds.add(len(stream))
    return stream, bounds, short


def _by_initials(unit: str, stream: tuple[str, set[int], set[int]]) -> bool:
    """The unit's initials occur in the question's stream at token bounds, through one of its abbreviations.

    "và" and a leading "các" give no initial; fewer than four initials are too short to tell units apart.
    """
    words = [w for w in re.findall(r"[0-9a-z]+", fold(unit).lower()) if w != "va"]
    if words[:1] == ["cac"]:
        words = words[1:]
    initials = "".join(w[0] for w in words)
    text, bounds, short = stream
    if len(initials) < 4:
        return False
    start = text.find(initials)
    while start >= 0:
        end = start + len(initials)
        if start in bounds and end in bounds and short & set(range(start, end)):
            return True
        start = text.find(initials, start + 1)
    return False


_ITEM_NUMBER = re.compile(r"\b(?:muc|nhiem vu|stt|so|item|task)\s+(?:so\s+)?(\d{1,2}(?:\.\d{1,2})*)\b")


def parent_of(lex: Lexicon, question: str, records: list[dict[str, Any]],
              identity: frozenset[str]) -> dict[str, Any] | None:
    """The parent row whose sub-tasks the question asks for: by its number ("mục 1") or by its words.

    The words are matched without the sub-task cue ("việc con") and the plan's own names (``identity``).
    """
    parents = {(t["document"], t["parent"]) for t in records if t.get("parent")}
    rows = [t for t in records if (t["document"], t["task"]) in parents]
    m = _ITEM_NUMBER.search(fold(question).lower())
    if m is not None:
        numbered = [t for t in rows if t.get("number") == m.group(1)]
        return numbered[0] if len(numbered) == 1 else None
    ranked = ranked_records(lex, lex.subtask_cue.sub(" ", fold(question)), rows, identity, n=1)
    return ranked[0][0] if ranked and ranked[0][1] >= MIN_COVERAGE else None


def _prose_duty(state: IndexState, unit: str, docs: set[str]) -> bool:
    """A plan's text gives ``unit`` a duty in prose ("Sở X chủ trì …", "giao Sở X …", an item "2. Sở X: …")."""
    key = re.escape(fold(unit))
    pattern = re.compile(rf"(?:giao|^\W*(?:\d+|[a-z])[.)]\s*){key}|{key}\s*(?::|chu tri|co trach nhiem|thuc hien)",
                         re.MULTILINE)
    return any(pattern.search(_folded_lines(state, d)) for d in docs if d in state.docs)


def _folded_lines(state: IndexState, doc_id: str) -> str:
    """The plan's text folded line by line (line starts kept for item numbers)."""
    def build() -> str:
        return "\n".join(fold(line) for line in state.docs[doc_id].text.splitlines())
    return state.cached(f"foldedlines:{doc_id}", build)


def list_answer(state: IndexState, question: str, allowed: set[str] | None, named: list[str],
                expansion: str = "") -> Draft | None:
    """Enumerate every task record matching the unit and/or period the question names.

    ``expansion`` holds the Vietnamese glossary terms of an English question; the unit is looked up there too.
    """
    lex = lexicon()
    q = fold(question)
    roles = lex.asked_roles(question)
    if not lex.is_list(question) or "report" in roles:
        return None
    records = candidate_tasks(state, allowed, named)
    if "partner" in roles:  # "được giao phối hợp": "giao" says assigned, not which role; the partner side only
        roles = lex.asked_roles(re.sub(r"\b(?:duoc )?giao\b", " ", q))
    as_partner = "partner" in roles and "lead" not in roles
    either = {"lead", "partner"} <= set(roles) or bool(_EITHER.search(q))  # "tham gia, chủ trì hay phối hợp"
    unit = named_unit(question, records, as_partner or either) or (
        named_unit(expansion, records, as_partner or either) if expansion else None)
    years = {state.docs[d].meta.year for d in (named or {t["document"] for t in records})} - {None}
    span = period(question, years.pop() if len(years) == 1 else None)  # no year asked: the plans' one year
    wording = deadline_wording(question, records) if span is None else None
    group = named_group(question, records)
    parent = parent_of(lex, question, records, identity_words(state, named)) if lex.is_subtasks(question) else None
    if parent is not None:
        records = [t for t in records if t.get("parent") == parent["task"] and t["document"] == parent["document"]]
        group = None
    kind = _kind(question, roles)
    if unit is None and span is None and wording is None and group is None and parent is None \
            and kind is None and not unit_mentions(question):
        return None
    asked_quarter = _QUARTER.search(q)
    quarter = _ROMAN[asked_quarter.group(1)] if asked_quarter else None
    picked = []
    for t in records:
        if group is not None and group not in _path(t):
            continue
        if kind is not None and not _KINDS[kind][0](t):
            continue
        if unit is not None:
            names = (t.get("partners") or []) if as_partner else [t.get("lead") or ""]
            if either:
                names = [t.get("lead") or "", *(t.get("partners") or [])]
            if not any(_key(unit) in _key(n) for n in names):
                continue
        if span is not None:
            due = t.get("due")
            if not (due and span[0] <= date.fromisoformat(due) <= span[1]) and not _schedules(t, quarter):
                continue
        if wording is not None and wording not in fold(t.get("deadline") or ""):
            continue
        picked.append(t)
    if (not picked or unit is None) and not as_partner and span is None and wording is None and group is None \
            and parent is None and records and (unit is not None or unit_mentions(question)):
        # "Kế hoạch giao Sở X làm những gì?" when Sở X leads no task: the tasks it joins, else nothing to list
        unit = unit or named_unit(question, records, True)
        picked = [t for t in records if unit and any(_key(unit) in _key(n) for n in t.get("partners") or [])]
        as_partner = bool(picked)
        asked = unit or next(iter(unit_mentions(question)), [""])[0]
        if not picked and not _prose_duty(state, asked, {t["document"] for t in records}):
            return refuse("no_tasks")
    if not picked or ("den han" not in q and unit is None and span is None and wording is None and group is None
                      and parent is None and kind is None):
        return None
    picked = picked[:MAX_ITEMS]
    lines, cits, items = [], [], []
    for n, t in enumerate(picked, 1):
        text = record_label(t)
        cits.append(record_citation(state, t, reading=text))
        items.append(record_item(t, n))
        lines.append(f"{n}. {text} [{n}]")
    plans = sorted({t["document"] for t in picked})
    where = plan_label(state, plans[0]) if len(plans) == 1 else f"{len(plans)} kế hoạch"
    role = "chủ trì hoặc phối hợp" if either else "phối hợp" if as_partner else "chủ trì"
    what = f"do {unit} {role}" if unit else (
        f"con của nhiệm vụ «{parent['task']}»" if parent is not None else '')
    what = what or (
        "có thời hạn như câu hỏi nêu" if wording else "đến hạn trong kỳ hỏi" if span else
        f"thuộc nhóm «{group}»" if group else _KINDS[kind][1] if kind else "")
    head = f"Theo {where}, có {len(picked)} nhiệm vụ {what}:"
    if len(plans) > 1:
        lines = [f"{line} — {plan_label(state, t['document'])}" for line, t in zip(lines, picked, strict=True)]
    if unit is not None and not as_partner and span is None and wording is None and group is None and parent is None:
        for doc_id, quote in unit_duties(state, unit, plans, picked):  # "3. Vụ Tổ chức cán bộ: là đầu mối theo dõi …"
            cits.append(citation(state, doc_id, "Tổ chức thực hiện", quote))
            lines.append(f"Nhiệm vụ giao {unit} trong phần tổ chức thực hiện: {' '.join(quote.text.split())} "
                         f"[{len(cits)}]")
    draft = Draft(head + "\n" + "\n".join(lines), False, cits, 1.0)
    draft.items = items
    return draft


MAX_DUTY_LINES = 8


def unit_duties(state: IndexState, unit: str, docs: list[str], picked: list[dict[str, Any]]) -> list[tuple[str, Any]]:
    """The prose items a plan heads with the unit's name ("3. Vụ Tổ chức cán bộ: …"), not already a listed record."""
    key = _key(unit)
    out = []
    for doc_id in docs:
        rec = state.docs[doc_id]
        taken = [(int(t["line_start"]), int(t["line_end"])) for t in picked if t["document"] == doc_id]
        for node in iter_sections(rec.outline):
            if node.kind != "item" or not _key(node.title).startswith(key) or \
                    node.line_end - node.line_start + 1 > MAX_DUTY_LINES:
                continue
            if any(a <= node.line_end and node.line_start <= b for a, b in taken):
                continue
            out.append((doc_id, raw_lines(rec.text, node.line_start, node.line_end)))
    return out
