"""Does a cited unit (a task record, a sentence) answer the question's *specific* thing, or a near neighbour of it?

A question can share almost every word with a task and still ask about something the plan does not state:
"… giấy phép lái xe **trong nước**" against a task on the **international** licence, "… ở đặc khu **Cô Tô**"
against the same pilot "tại đặc khu **Vân Đồn**", "… lĩnh vực **giáo dục**" against "lĩnh vực đất đai".
Word coverage cannot see this; two general checks can:

- **Contrast groups** (``lexicon.json`` ``contrasts``): mutually exclusive qualifiers (trong nước / quốc tế,
  trực tuyến / trực tiếp, cấp tỉnh / cấp xã …). The question uses one member, the unit lacks it and uses another.
- **Slots** (``lexicon.json`` ``contrast_slots``): a head word whose complement names the thing ("lĩnh vực X").
  The question fills it with words the unit lacks while the unit fills it with others.
- **Places and bodies**: the question names one ("đặc khu Cô Tô", "Sở Tư pháp") where the unit names another of
  the same kind ("đặc khu Vân Đồn") and not the one asked about.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.answer.abbrev import name_key
from assistant.answer.fillers import PlanView, filler_conflicts
from assistant.answer.intent import is_english
from assistant.answer.lexicon import lexicon
from index.normalize import fold, normalize
from index.types import PlanMetadata


@lru_cache(maxsize=1)
def _tables() -> tuple[re.Pattern[str], dict[str, int]]:
    member_group = {m: i for i, g in enumerate(lexicon().contrasts) for m in g}
    members = sorted(member_group, key=len, reverse=True)  # "ngoai cong lap" before "cong lap"
    pattern = re.compile(r"(?<![a-z0-9])(" + "|".join(re.escape(m) for m in members) + r")(?![a-z0-9])")
    return pattern, member_group


# function words that end a slot's filler; words that fold onto content words ("bao"/"bảo", "duoc"/"dược") are not
_FILL_STOP = {"o", "tai", "cua", "cho", "va", "voi", "den", "tu", "trong", "theo", "ve", "la", "nao", "gi", "khi", "de",
              "thi", "nhu", "tren", "hoac", "ai", "khong", "doi", "nay", "cac", "nhung"}


# words that go on from a filler into the question's verb or role ("tiếng Thái làm …", "tiếng Thái hạn khi nào"),
# stopping it only after its first word ("tiếng Hàn" keeps "han")
_SECOND_STOP = {"lam", "han", "xong", "phai", "bao", "thuc", "duoc", "co", "se", "da", "can"}


def _fills(folded: str, head: str) -> list[str]:
    """The words after each ``head`` in folded text, up to two, stopping at a function word or punctuation."""
    n = len(head.split())
    out = []
    for clause in re.split(r"[^\w ]+", folded):
        words = clause.split()
        for i in range(len(words) - n):
            if " ".join(words[i:i + n]) != head:
                continue
            fill: list[str] = []
            for w in words[i + n:i + n + 2]:
                if fold(w) in _FILL_STOP or (fill and fold(w) in _SECOND_STOP):
                    break
                fill.append(w)
            if fill:
                out.append(" ".join(fill))
    return out


def _members(folded: str) -> dict[int, set[str]]:
    pattern, member_group = _tables()
    out: dict[int, set[str]] = {}
    for m in pattern.finditer(folded):
        out.setdefault(member_group[m.group(1)], set()).add(m.group(1))
    return out


def contrast_conflicts(question: str, unit: str) -> list[str]:
    """Qualifiers of the question that the unit replaces by another member of their group ("trong nước→quốc tế")."""
    q, u = fold(question), fold(unit)
    qm, um = _members(q), _members(u)
    out = []
    for g, asked in qm.items():
        stated = um.get(g, set())
        if stated and not asked & stated:
            out.append(f"{'/'.join(sorted(asked))}≠{'/'.join(sorted(stated))}")
    lex = lexicon()
    slots = [(u, q, h) for h in lex.contrast_slots]
    if fold(question) != question.lower():  # accented slots ("sổ X") only where the diacritics tell "sổ" from "số"
        nu, nq = _surface(unit), _surface(question)
        slots += [(nu, nq, h) for h in lex.contrast_slots_accented]
    for u_text, q_text, head in slots:
        stated_fills = _fills(u_text, head)
        unit_text = " " + " ".join(re.findall(r"\w+", u_text)) + " "
        for fill in _fills(q_text, head):
            if stated_fills and f" {fill} " not in unit_text:
                out.append(f"{head} {fill}≠{head} {stated_fills[0]}")
    return out


def _surface(text: str) -> str:
    """Lower-case words with their diacritics, punctuation kept as separators."""
    return re.sub(r"[ \t\n]+", " ", re.sub(r"[^\w\s]", " , ", normalize(text).lower())).strip()


_PLACE_HEADS = ("đặc khu", "thị xã", "thành phố", "xã", "phường", "huyện", "quận", "thị trấn", "tỉnh")
_BODY_HEADS = ("Trung tâm", "Chi cục", "Bệnh viện", "Văn phòng", "Sở", "Cục", "Vụ", "Phòng", "Ban", "Trường")
_HEADED = re.compile(r"(?<!\w)(" + "|".join(_PLACE_HEADS) + r"|" + "|".join(_BODY_HEADS) + r")\s+([^\W\d_]+)",
                     re.IGNORECASE)


def headed_names(text: str) -> set[tuple[str, str]]:
    """(head, first name word) of the places and bodies a text names, folded: ("dac khu", "co") for "đặc khu Cô Tô".

    Place heads may be lower case ("xã Tiên Yên"); body heads are capitalised ("Sở Tư pháp", not "sở hữu").
    """
    out = set()
    for m in _HEADED.finditer(normalize(text)):
        head, word = m.group(1), m.group(2)
        if not word[:1].isupper() or (len(word) > 1 and word.isupper()):
            continue
        if fold(head) not in _PLACE_FOLDED and not head[:1].isupper():
            continue
        out.add((fold(head), fold(word)))
    return out


_PLACE_FOLDED = {fold(h) for h in _PLACE_HEADS}


def name_conflicts(question: str, unit: str, identity: frozenset[str], context: str = "") -> list[str]:
    """Places and bodies the question names that the unit replaces by another of the same kind.

    "… ở đặc khu Cô Tô" against a task "tại đặc khu Vân Đồn"; the plan's own issuer and province (``identity``)
    and names found in the unit or its ``context`` (section, plan title) are never a conflict.
    """
    stated = headed_names(unit)
    if not stated:
        return []
    present = f" {name_key(unit + ' ' + context)} "
    out = []
    for head, word in headed_names(question):
        if word in identity or (head, word) in stated or f" {word} " in present:
            continue
        others = [w for h, w in stated if h == head and w != word]
        if others:
            out.append(f"{head} {word}≠{head} {others[0]}")
    return out


# a label number after a word ("lớp 6", "khu vực I"), not a quantity ("trong 2 ngày", "giảm 30 %")
_NUMERAL = re.compile(r"\b([a-z]+) (i{1,3}|iv|vi{0,3}|ix|x|\d{1,2})(?![\w.,%/])"
                      r"(?! ?(?:ngay|thang|nam|gio|phut|tuan|lan|nguoi|ho so|muc|phan tram|ty|trieu|dong|%)\b)")
_DATE_WORDS = frozenset({"ngay", "thang", "nam", "quy", "so", "tu", "den", "truoc", "sau", "va", "hoac"})


def numeral_conflicts(question: str, unit: str) -> list[str]:
    """A number the question puts after a word ("khu vực bảo vệ I", "lớp 6") that the unit gives another one."""
    q, u = fold(question), fold(unit)
    out = []
    for m in _NUMERAL.finditer(q):
        word, asked = m.groups()
        if word in _DATE_WORDS:
            continue
        stated = {n.lstrip("0") for w, n in _NUMERAL.findall(u) if w == word}
        if stated and asked.lstrip("0") not in stated:
            out.append(f"{word} {asked}≠{word} {'/'.join(sorted(stated))}")
    return out


def unit_context(meta: PlanMetadata, section: str) -> str:
    """What surrounds a unit and may name its place or body: its section and the plan's issuer, province, title."""
    return " ".join([section, meta.issuer or "", meta.province or "", meta.title or ""])


def conflicts(question: str, unit: str, identity: frozenset[str], context: str = "",
              plan: PlanView | None = None, wording: str | None = None) -> list[str]:
    """Every reason the unit is about a neighbour of what the question asks (empty: no conflict).

    ``plan`` (:func:`fillers.plan_view` of the unit's plan) enables the alignment check of :mod:`fillers`, on
    ``wording`` when given (a record's task and product, without the names of its units).
    """
    if is_english(question):  # English capitalises common words: only the contrasts are judged
        return contrast_conflicts(question, unit)
    fills = filler_conflicts(question, wording or unit, PlanView(plan.phrases, plan.identity | identity)) \
        if plan else []
    return (contrast_conflicts(question, unit) + numeral_conflicts(question, unit)
            + name_conflicts(question, unit, identity, context) + fills)
