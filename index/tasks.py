"""Task records: who does what by when, from task-table rows and from prose items (DESIGN.md §4.4).

A record is a plain dict::

    {"document", "task", "lead", "partners": [...], "deadline" (as written), "due" (ISO or None),
    "start" (only when a "Bắt đầu" column gives one), "schedule" (only in a schedule table: the marked periods,
    e.g. ["Quý II", "Quý III"], which also become the deadline "Quý II, Quý III"),
    "product", "section", "line_start", "line_end", "page", "source": "table" | "text"}

Table columns are mapped to roles by the folded words of their header ("Cơ quan chủ trì" → lead,
"Thời gian thực hiện - Hoàn thành" → deadline, …), never by position, so any header wording and
column order works. Prose items are read by :mod:`index.tasks_text`.
"""

from __future__ import annotations

import re
from typing import Any

from index.deadlines import due
from index.facts_text import section_label
from index.normalize import fold
from index.types import LoadedDocument, PlanMetadata, Section, TableRow

ROLES = ("label", "task", "lead", "partners", "deadline", "product")
_LEAD_WORDS = re.compile(
    r"chu tri|(?:co quan|don vi|bo phan|phong|ca nhan)\b.*\b(?:thuc hien|trach nhiem|phu trach|giao|giai quyet)\b"
    r"|^(?:co quan|don vi|trach nhiem|phan cong)(?: thuc hien)?$"
)
_DEADLINE_WORDS = re.compile(r"thoi gian|thoi han|tien do|moc|^(?:hoan thanh|bat dau|ket thuc)$|\bhan\b")
_TASK_WORDS = re.compile(r"nhiem vu|noi dung|cong viec|hoat dong|ten (?:de an|du an|chuong trinh|thu tuc|dich vu)"
                         r"|giai phap")  # "Tên thủ tục hành chính | Cơ quan giải quyết": a catalogue of online services
# Unit names start with one of these words; a "," or " và " only separates two units when one follows.
UNIT_HEADS = (
    "Sở", "Bộ", "Cục", "Chi cục", "Tổng cục", "Vụ", "Ban", "Phòng", "Văn phòng", "UBND", "Ủy ban", "Uỷ ban", "HĐND",
    "Hội đồng", "Trung tâm", "Công an", "Bộ Chỉ huy", "Thanh tra", "Kho bạc", "Bảo hiểm", "Ngân hàng", "Cổng",
    "Đài", "Báo", "Hội", "Liên đoàn", "Đoàn", "Mặt trận", "Tòa án", "Toà án", "Viện", "Cơ quan", "Đơn vị",
    "Các", "các", "Tỉnh ủy", "Tỉnh uỷ", "Học viện", "Trường", "Lãnh đạo", "Chủ tịch", "Giám đốc", "Quỹ", "Tổ công tác",
    "Tổng công ty", "Công ty", "Doanh nghiệp", "Bưu điện", "Viettel", "VNPT", "Trang", "Hiệp hội", "Trạm",
    "Bệnh viện", "Viễn thông", "Điện lực", "Hải quan", "Chi nhánh", "Úy ban", "Cảng vụ",
)
UNIT_HEAD_RE = re.compile(r"(?:" + "|".join(sorted((re.escape(h) for h in UNIT_HEADS), key=len, reverse=True))
                      + r")(?!\w)")


def header_role(header: str) -> str | None:
    """Role of a table column from its header text ("Cơ quan phối hợp" → "partners"), None when unknown."""
    f = " ".join(re.findall(r"[0-9a-z]+", fold(header)))
    if f in ("stt", "tt", "so tt", "so thu tu") or f.replace(" ", "") == "stt":  # "ST T": a narrow column wrapped
        return "label"
    if "phoi hop" in f:  # "Cơ quan chủ trì/phối hợp": one cell, lead first (:func:`split_roles`)
        return "lead" if "chu tri" in f else "partners"
    if _LEAD_WORDS.search(f):
        return "lead"
    if _DEADLINE_WORDS.search(f):
        return "deadline"
    if "san pham" in f or "ket qua" in f:
        return "product"
    if _TASK_WORDS.search(f):
        return "task"
    return None


def _deadline_rank(header: str) -> int:
    """Which deadline column wins: "Hoàn thành"/"Kết thúc" over plain "Thời gian" over "Bắt đầu"."""
    f = fold(header)
    if re.search(r"hoan thanh|ket thuc|\bden\b|thoi han", f):
        return 0
    if "bat dau" in f or re.search(r"\btu\b", f):
        return 2
    return 1


def column_roles(keys: list[str]) -> dict[str, list[str]]:
    """Header keys of each role, best first (a role may have several columns, e.g. start and end dates)."""
    roles: dict[str, list[str]] = {r: [] for r in ROLES}
    for key in keys:
        role = header_role(key)
        if role:
            roles[role].append(key)
    roles["deadline"].sort(key=_deadline_rank)
    return roles


def clean(text: str) -> str:
    """Whitespace collapsed to single spaces, stripped."""
    return " ".join((text or "").split())


_SUFFIX_HEADS = ("Tỉnh ủy", "Tỉnh uỷ", "Thành ủy", "Huyện ủy", "Đảng ủy", "các")
_SPACE_HEAD_RE = re.compile(r"\s+(?=(?:" + "|".join(re.escape(h) for h in sorted(
    (h for h in UNIT_HEADS if h not in _SUFFIX_HEADS), key=len, reverse=True)) + r")(?!\w))")


# Level of a unit by its head word: a sub-unit (1) "of" a department (2) or a ministry / people's committee (3).
_LEVELS = {
    **dict.fromkeys(("Vụ", "Phòng", "Ban", "Văn phòng", "Chi cục", "Trung tâm", "Trạm", "Viện", "Trường",
                     "Bệnh viện"), 1),
    **dict.fromkeys(("Sở", "Cục", "Tổng cục", "Công an", "Bộ Chỉ huy", "Kho bạc", "Bảo hiểm"), 2),
    **dict.fromkeys(("Bộ", "UBND", "Ủy ban", "Uỷ ban", "Tỉnh ủy", "Tỉnh uỷ"), 3),
}


def _level(name: str) -> int | None:
    """Level of a unit name from its head word (see ``_LEVELS``), None for other names."""
    m = UNIT_HEAD_RE.match(name)
    return _LEVELS.get(m.group(0)) if m else None


def _of_parent(unit: str, nxt: str) -> bool:
    """True when ``nxt`` after " - " names the body ``unit`` belongs to ("Vụ Pháp chế - Bộ Tài chính").

    The parent is one named body ("Bộ Tài chính", "Công an tỉnh"; not "UBND các xã") of a higher level.
    """
    mine, theirs = _level(unit), _level(nxt)
    return (mine is not None and theirs is not None and theirs > mine
            and not re.search(r"(?<!\w)các(?!\w)", nxt, re.IGNORECASE))


def split_cell_units(text: str) -> list[str]:
    """:func:`split_units` for a table cell whose line breaks were flattened to spaces.

    "Văn phòng UBND tỉnh Sở Tư pháp" is two units: a capitalised unit head ("Sở", "Các", "UBND" …)
    after a name of two or more words starts a new unit ("Văn phòng Bộ", "Ủy ban Mặt trận …" stay whole).
    """
    out: list[str] = []
    for unit in split_units(text):
        pieces = _SPACE_HEAD_RE.split(unit)
        cur = pieces[0]
        for k, nxt in enumerate(pieces[1:], 2):
            bare = UNIT_HEAD_RE.fullmatch(cur.split(" ", 1)[0] if " " not in cur else cur) is not None
            collective = cur.lower().startswith("các ") and len(cur.split()) <= 3  # "Các Chi nhánh Văn phòng …"
            joined = re.search(r"(?:\s|^)(?:và|của|thuộc|với|[-–])$", cur)  # "Vụ Pháp chế - Bộ Tài chính"
            # "Cảng vụ Hàng hải Hải Phòng": a bare head word ending the cell ends a place name
            place = k == len(pieces) and UNIT_HEAD_RE.fullmatch(nxt.strip()) is not None
            if len(cur.split()) >= 2 and not bare and not collective and not joined and not place:
                out.append(cur)
                cur = nxt
            else:
                cur = f"{cur} {nxt}"
        out.append(cur)
    return out


def split_units(text: str) -> list[str]:
    """Unit names of a cell or phrase.

    Splits on ";" and line breaks always, on " - ", "," and " và " only before another unit name
    ("Sở Văn hóa, Thể thao và Du lịch" stays one unit), and on " - " not before the body the unit
    belongs to ("Vụ Pháp chế - Bộ Tài chính", like "Phòng Hành chính - Quản trị", is one unit), nor before a bare
    head word ("Phòng Pháp chế - Thanh tra" is one office).
    """
    out: list[str] = []
    for piece in re.split(r"\s*(?:;|\n)\s*", text or ""):
        piece = clean(piece).strip(" ,.;:-–•+")
        if not piece:
            continue
        parts = [piece]
        for sep, joiner in ((r"\s+[-–•+]\s+", " - "), (r",\s*", ", "), (r"\s+và\s+", " và ")):
            parts = [u for p in parts for u in _split_on(p, sep, joiner)]
        out.extend(q.strip(" ,.;:") for q in parts if q.strip(" ,.;:"))
    return out


# "Văn phòng HĐND và UBND xã", "Văn phòng Đoàn ĐBQH và HĐND tỉnh": one office serving two bodies
_JOINT_OFFICE_RE = re.compile(r"^van phong (?:hdnd|hoi dong nhan dan|doan dbqh|doan dai bieu quoc hoi)$")
_COUNCIL_RE = re.compile(r"^(?:ubnd|uy ban nhan dan|hdnd|hoi dong nhan dan)\b")


def _split_on(text: str, sep: str, joiner: str) -> list[str]:
    """Split ``text`` at ``sep`` only where the next piece starts with a unit head word.

    At " - " the next piece must also not be the parent body of the unit before it.
    """
    bits = re.split(sep, text)
    units = [bits[0]]
    for bit in bits[1:]:
        bare = UNIT_HEAD_RE.fullmatch(bit.strip()) is not None  # "Phòng Pháp chế - Thanh tra": one office's name
        if UNIT_HEAD_RE.match(bit) and not (joiner == " - " and (bare or _of_parent(units[-1], bit))) and not (
                joiner == " và " and _JOINT_OFFICE_RE.match(fold(units[-1])) and _COUNCIL_RE.match(fold(bit))):
            units.append(bit)
        else:
            units[-1] += joiner + bit
    return units


def outline_path(outline: Section, line: int) -> list[Section]:
    """Outline nodes holding ``line``, root first."""
    path, node = [outline], outline
    while True:
        nxt = next((c for c in node.children if c.line_start <= line <= c.line_end and c.kind != "table_row"), None)
        if nxt is None:
            return path
        path.append(nxt)
        node = nxt


def section_of(outline: Section, line: int, group: str = "") -> str:
    """" > "-joined section path of ``line`` plus the table group title when not already on it."""
    labels = [x for x in (section_label(n) for n in outline_path(outline, line)) if x]
    group = clean(group)
    if group and not any(fold(group) in fold(x) or fold(x) in fold(group) for x in labels[-1:]):
        labels.append(group)
    return " > ".join(labels)


def _is_group_row(values: dict[str, str], roles: dict[str, list[str]]) -> bool:
    """A row that only carries a title ("II. CẢI CÁCH THỂ CHẾ"): no unit and no deadline, upper-case text."""
    filled = [v for k, v in values.items() if v and k not in roles["label"]]
    others = [values.get(k, "") for r in ("lead", "partners", "deadline", "product") for k in roles[r]]
    if any(others):
        return False
    if len(filled) <= 1:
        text = filled[0] if filled else ""
        letters = [c for c in text if c.isalpha()]
        return not text or (bool(letters) and sum(c.isupper() for c in letters) >= 0.8 * len(letters))
    return False


def _first(values: dict[str, str], keys: list[str]) -> str:
    return next((clean(values[k]) for k in keys if clean(values.get(k, ""))), "")


_ROLE_LABELS = re.compile(r"(?:^|[;.\n]\s*|\s+)(Chủ trì|Phối hợp)\s*:\s*", re.IGNORECASE)


def split_roles(cell: str) -> tuple[str, list[str]]:
    """(lead, partners) of a combined "Đơn vị thực hiện" cell: "Chủ trì: X; Phối hợp: A, B" → ("X", ["A", "B"]).

    A cell without the labels is the lead as written, with no partners.
    """
    parts = _ROLE_LABELS.split(cell)
    if len(parts) < 3:
        return _marked_roles(cell)
    found = {parts[i].lower(): parts[i + 1].strip(" ;.") for i in range(1, len(parts) - 1, 2)}
    lead = found.get("chủ trì", "") or parts[0].strip(" ;.")
    return lead, split_cell_units(found.get("phối hợp", ""))


_ROLE_MARK = re.compile(r"\s*\((chủ trì|phối hợp)\)\s*", re.IGNORECASE)


def _marked_roles(cell: str) -> tuple[str, list[str]]:
    """(lead, partners) of a cell marking its units: "Sở Tư pháp (chủ trì); Sở Nội vụ, Văn phòng UBND tỉnh".

    The unit marked "(chủ trì)", wherever it stands, leads; the others are partners. A cell marking partners only
    ("Sở Tư pháp (phối hợp)", a sub-task's) has no lead. A cell without marks is the lead as written.
    """
    marks = list(_ROLE_MARK.finditer(cell))
    if not marks:
        return cell, []
    lead, partners, start = "", [], 0
    for m in marks:
        units = split_cell_units(cell[start:m.start()])
        start = m.end()
        if not units:
            continue
        if m.group(1).lower() == "chủ trì" and not lead:
            lead, units = units[-1], units[:-1]
        partners += units
    partners += split_cell_units(cell[start:])
    return lead, partners


# A schedule ("Gantt") column: one period of the year, marked in the rows that are done in it ("Tiến độ - Quý II",
# "Q3", "Tháng 5", "T5/2026"); the mark is a short sign ("x", "✓", "•", "+", "*").
_PERIOD_COLUMN = re.compile(r"^(?:quy\s*(?:[ivx]{1,3}|[1-4])|q\s*[1-4]|(?:thang|t)\s*(?:0?[1-9]|1[0-2]))(?:\s*/\s*\d{4})?$")
_MARK = re.compile(r"^\S{1,3}$")  # "x", "✓", "•"; in a scan also what OCR made of one ("X", "b4", "»")
# OCR readings of a quarter's Roman numeral in a header ("Quý H", "Quý Il", "Quý 111")
_OCR_QUARTER = {"h": "II", "il": "II", "li": "II", "11": "II", "ll": "II", "ill": "III", "lil": "III", "iil": "III",
                "111": "III", "lll": "III", "1v": "IV", "lv": "IV", "l": "I"}


_SUB_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{1,3})+$")  # "1.2", "2.1.3": a sub-task of "1", "2.1"


def _period_label(key: str) -> str | None:
    """The period a schedule column stands for ("Tiến độ thực hiện - Quý II" → "Quý II"), None for other columns."""
    label = clean(key.rsplit(" - ", 1)[-1])
    words = re.findall(r"[0-9a-z/]+", fold(label))
    if len(words) == 2 and words[0] == "quy" and words[1] in _OCR_QUARTER:
        return f"Quý {_OCR_QUARTER[words[1]]}"
    return label if _PERIOD_COLUMN.match(" ".join(words)) else None


def table_tasks(doc: LoadedDocument, outline: Section, meta: PlanMetadata) -> list[dict[str, Any]]:
    """One task record per task-table row (group rows, repeated headers and non-task tables skipped)."""
    from index.report_tables import is_report_table  # imports this module
    by_table: dict[int, list[TableRow]] = {}
    for row in doc.table_rows:
        by_table.setdefault(row.table_index, []).append(row)
    out: list[dict[str, Any]] = []
    for rows in by_table.values():
        keys = list(dict.fromkeys(k for r in rows for k in r.cells))
        if is_report_table(keys):  # a reporting schedule: its rows are reporting records (index.report_tables)
            continue
        periods = {k: label for k in keys if (label := _period_label(k))}
        if len(periods) == 4 and all(v.startswith("Quý") for v in periods.values()):  # four quarters, in order
            periods = dict(zip(periods, ("Quý I", "Quý II", "Quý III", "Quý IV"), strict=True))  # OCR misreads
        roles = column_roles([k for k in keys if k not in periods])
        if not roles["task"]:
            assigned = {k for keys_of in roles.values() for k in keys_of}
            roles["task"] = [k for k in keys if k not in assigned][:1]
        if not roles["task"] or not (roles["lead"] or roles["deadline"] or periods):
            continue
        numbered: dict[str, dict[str, Any]] = {}  # "1" → its record: sub-task "1.2" inherits what it leaves empty
        for row in rows:
            values = row.cells
            task = _first(values, roles["task"])
            if not task or all(clean(values.get(k, "")) == clean(k) for k in roles["task"] + roles["lead"]):
                continue
            if _is_group_row(values, roles):
                continue
            deadline = re.sub(r"(?<=\d)\s*/\s*(?=\d)", "/", _first(values, roles["deadline"]))  # "30/ 6/2026"
            schedule = [label for k, label in periods.items() if _MARK.match(clean(values.get(k, "")))]
            if schedule and not deadline:  # the marked periods of a schedule table are its time frame
                deadline = ", ".join(schedule)
            lead, partners = split_roles(_first(values, roles["lead"]))
            # "Thời gian: Bắt đầu | Hoàn thành": the start too, when its own column holds another value
            start = next((clean(values[k]) for k in roles["deadline"] if _deadline_rank(k) == 2
                          and clean(values.get(k, "")) and clean(values[k]) != deadline), None)
            label = re.sub(r"(?<=\d)\.\s+(?=\d)", ".", _first(values, roles["label"])).rstrip(".")  # "11. 1"
            parent = _parent(label, lead, numbered, row.group)
            if parent is not None and not lead:  # the lead is written once, on the parent row
                lead = parent["lead"] or ""
            out.append({
                "document": doc.doc_id, "task": task, "lead": lead or None,
                "partners": partners + [u for k in roles["partners"] for u in split_cell_units(values.get(k, ""))],
                "deadline": deadline or None, "due": due(deadline, meta.year),
                "product": _first(values, roles["product"]) or None,
                "section": section_of(outline, row.line, row.group), "line_start": row.line, "line_end": row.line,
                "page": row.page if row.page is not None else doc.page_of_line(row.line), "source": "table",
            } | ({"start": start} if start else {}) | ({"schedule": schedule} if schedule else {})
                | ({"parent": parent["task"]} if parent is not None else {})
                | ({"number": label} if re.fullmatch(r"\d{1,3}(?:\.\d{1,3})*", label) else {})
                | ({"extra": extra} if (extra := _extra(values, roles, periods)) else {}))
            if _SUB_NUMBER.match(label):
                numbered[label] = out[-1]
            elif label.isdigit() and parent is None:  # a top-level row (its own lead, or the next number)
                numbered[label] = numbered[""] = out[-1] | {"_group": row.group}
    return out


_EXTRA = re.compile(r"kinh phi|ghi chu|du toan|nguon")  # other columns worth stating: budget, notes, funding


def _extra(values: dict[str, str], roles: dict[str, list[str]], periods: dict[str, str]) -> dict[str, str]:
    """A row's filled cells under a budget, note or funding column ("Kinh phí (triệu đồng)": "300")."""
    assigned = {k for keys in roles.values() for k in keys} | set(periods)
    return {k: clean(v) for k, v in values.items()
            if k not in assigned and clean(v) and _EXTRA.search(fold(k).lower())}


def _parent(label: str, lead: str, numbered: dict[str, dict[str, Any]], group: str) -> dict[str, Any] | None:
    """The parent record of a sub-task row ("1.2" under "1"), None for a top-level row.

    A row with no lead of its own whose number is not the next top-level one (empty, or misread by OCR: "17",
    "lấy" for "1.1") sits under the last top-level row of its group.
    """
    if _SUB_NUMBER.match(label):
        return numbered.get(label.rsplit(".", 1)[0])
    last = numbered.get("")
    if lead or last is None or last["_group"] != group:
        return None
    top = max(int(k) for k in numbered if k.isdigit())
    return None if label.isdigit() and int(label) == top + 1 else last


def extract_tasks(doc: LoadedDocument, outline: Section, meta: PlanMetadata) -> list[dict[str, Any]]:
    """Every task record of a plan: table rows first (in table order), then prose items in source order.

    For a plan issued by a decision, the outline parser makes the decision's Điều 1–3 "article" sections,
    which hold no task part, so only the plan part (its I./II./… parts and annex) yields prose tasks.
    """
    from index.tasks_group import group_deadlines
    from index.tasks_text import text_tasks

    return group_deadlines(doc.text, table_tasks(doc, outline, meta) + text_tasks(doc, outline, meta), meta.year)
