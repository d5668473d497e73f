"""Near neighbours found by alignment: the question puts other words in the same place of the same phrase.

"… cấp mã số vùng trồng **hồ tiêu** phục vụ xuất khẩu" against a task "cấp mã số vùng trồng **cà phê, sầu riêng**
phục vụ xuất khẩu"; "… tại cửa khẩu **Trà Lĩnh**" against "… tại cửa khẩu **Pò Peo**"; "… lưu động cho **trẻ em**
tại các xã biên giới" against "… lưu động cho **người dân tộc thiểu số** tại các xã biên giới". No list of heads
or contrasts is needed: the question and the unit share an *anchor* (the two words before the filler, the head of
its noun phrase; words after a filler too often follow a verb the question merely words differently), the question
fills the slot with one to four content words the unit lacks (one word only when the plan nowhere says it after
the same word: "cảng biển" against "cảng cá"), and the unit fills it with other content words.

Guards against paraphrase: a run of the question is *uncovered* only when none of its word pairs occurs in the
unit; function words ("của", "ở", "cho" …, judged with their diacritics when the question has them), the asked
role ("do ai chủ trì", "hạn chót"), framing words ("chỉ tiêu", "bao nhiêu phần trăm") and numbers end a run;
the slot the question asks about ("cơ quan **nào**") is no filler; a comma does not end a clause, since it lists
one slot's fillers ("hộ tịch, chứng thực"); a function word that also opens a noun ("giao thông", "việc làm")
belongs to a run or a filler; the unit's filler restated elsewhere in the question (not in a unit's acronym, not as
the plan's name) is a reordering; the plan's own name at a run's edge is dropped and
a run still naming the plan (issuer, province), a filler the plan states anywhere, a filler sharing a word with
the unit's, and an abbreviation of the unit's words ("LLTP" for "lý lịch tư pháp") are not near neighbours.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from assistant.answer.abbrev import expand_folded
from assistant.answer.lexicon import lexicon
from assistant.state import IndexState
from index.normalize import fold, normalize
from index.ocrtext import ocr_fold

_FUNCTION = frozenset(
    "của ở tại cho theo năm mà do trên trong thuộc về với từ đến các những một lấy đạt đặt và hoặc là được phải nào "
    "ai gì khi để thì như sau trước hai ba bốn có không bao nhiêu giao kế hoạch cần làm này đó đã sẽ đang bằng qua "
    "ra vào hay nếu thế sao đâu mấy gồm tới cùng nơi tháng quý ngày xong việc chậm nhất muộn giữa quá đi lên".split())
_FUNCTION_FOLDED = frozenset(fold(w) for w in _FUNCTION)
_FRAME = re.compile(r"(?<![a-z0-9])(chi tieu|ty le|phan tram|phan dau|bao nhieu|giai doan|muc tieu|"
                    r"theo ke hoach|trong ke hoach|nam \d{4}|\d+)(?![a-z0-9])")
_TOKEN = re.compile(r"[^\W_]+(?:&[^\W_]+)*")
_WH = frozenset({"nao", "gi"})
_VOWEL = re.compile(r"[aeiouy]")
_CLAUSE = re.compile(r"[^\w&\s,]+")  # a comma lists fillers of one slot ("hộ tịch, chứng thực")

CONTENT, FUNCTION, CUE = 0, 1, 2


@dataclass(frozen=True)
class PlanView:
    """What the alignment check needs of the unit's plan: its words as one line, and the words naming it."""

    phrases: str
    identity: frozenset[str]


def _marked(tokens: list[str], pattern: re.Pattern[str]) -> set[int]:
    """Indices of the tokens a pattern match on their folded join covers."""
    folded = [fold(t) for t in tokens]
    starts, pos = [], 0
    for f in folded:
        starts.append(pos)
        pos += len(f) + 1
    line = " ".join(folded)
    out: set[int] = set()
    for m in pattern.finditer(line):
        out.update(i for i, s in enumerate(starts) if m.start() <= s < m.end())
    return out


@lru_cache(maxsize=8192)
def _clauses(text: str, question: bool) -> tuple[tuple[tuple[str, int], ...], ...]:
    """Clauses as (folded word, kind) lists; abbreviations expanded; asked roles and framing marked in questions."""
    lowered = normalize(text).lower()
    accented = fold(lowered) != lowered
    out = []
    for clause in _CLAUSE.split(lowered):
        tokens = _TOKEN.findall(clause)
        cues: set[int] = set()
        if question:
            for cue in [*lexicon().roles.values(), _FRAME]:
                cues |= _marked(tokens, cue)
        words: list[tuple[str, int]] = []
        for i, t in enumerate(tokens):
            function = t in _FUNCTION if accented else fold(t) in _FUNCTION_FOLDED
            kind = CUE if i in cues else FUNCTION if function else CONTENT
            words.extend((w, kind) for w in expand_folded(ocr_fold(t)).split())
        if words:
            out.append(tuple(words))
    return tuple(out)


def _pairs(clauses: tuple[tuple[tuple[str, int], ...], ...]) -> dict[tuple[str, str], list[tuple[int, int]]]:
    out: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for ci, words in enumerate(clauses):
        for i in range(len(words) - 1):
            out.setdefault((words[i][0], words[i + 1][0]), []).append((ci, i))
    return out


def _runs(words: tuple[tuple[str, int], ...], pairs: dict[tuple[str, str], list[tuple[int, int]]]) -> list[tuple[int, int]]:
    """Maximal runs ``[s, e)`` of content words of the question that no word pair of the unit covers."""
    w = [x for x, _ in words]
    covered = [(i > 0 and (w[i - 1], w[i]) in pairs) or (i + 1 < len(w) and (w[i], w[i + 1]) in pairs)
               for i in range(len(w))]
    runs, start = [], None
    for i in range(len(words) + 1):
        open_word = i < len(words) and not covered[i] and (words[i][1] == CONTENT or (
            words[i][1] == FUNCTION and w[i] in _PART_OF_NOUN and (i + 1 < len(words) and words[i + 1][1] == CONTENT
                                                                  and not covered[i + 1])))
        if open_word and start is None:
            start = i
        elif not open_word and start is not None:
            runs.append((start, i))
            start = None
    return runs


# connectives between an anchor and its filler ("vùng trồng **của các** hộ"); other function words can fill the slot
# themselves ("vị trí **việc làm**")
_CONNECTIVE = frozenset(fold(w) for w in "của ở tại cho theo trên trong thuộc về với từ đến các những một và hoặc là "
                                         "được do mà để trước sau khi".split())


# function words that also open a content noun ("giao thông", "cơ sở", "đất đai" unaccented): uncovered before an
# uncovered content word, they belong to its run
_PART_OF_NOUN = frozenset({"giao", "viec", "co", "dat", "hai", "ba", "bon", "sau", "bang", "noi", "quy"})


def _fill_after(unit: tuple[tuple[str, int], ...], j: int) -> list[str]:
    rest = unit[j:]
    while rest and rest[0][1] == FUNCTION and rest[0][0] in _CONNECTIVE:
        rest = rest[1:]
    return [x for x, k in rest[:2] if k == CONTENT or x not in _CONNECTIVE]


def _restated(fill: list[str], clauses: tuple[tuple[tuple[str, int], ...], ...], ignore: frozenset[str]) -> bool:
    """The question says the unit's filler elsewhere (a reordering): its words in a row, outside ``ignore``."""
    fill = [w for w in fill if w not in ignore] or fill  # "tổng số" when "số" is a word of the plan's name
    n = len(fill)
    for clause in clauses:
        words = [w for w, _ in clause if w not in ignore]
        if any(words[i:i + n] == fill for i in range(len(words) - n + 1)):
            return True
    return False


def _anchored_fill(words: tuple[tuple[str, int], ...], s: int, unit: tuple[tuple[tuple[str, int], ...], ...],
                   pairs: dict[tuple[str, str], list[tuple[int, int]]]) -> list[str]:
    """The unit's own content words after the anchor ``words[s-2:s]`` (empty: no usable anchor the unit shares)."""
    if s < 2:
        return []
    a, b = words[s - 2], words[s - 1]
    if CUE in (a[1], b[1]) or (a[1] == FUNCTION and b[1] == FUNCTION):
        return []
    for ci, j in pairs.get((a[0], b[0]), []):
        if fill := _fill_after(unit[ci], j + 2):
            return fill
    return []


def _fill_before(unit: tuple[tuple[str, int], ...], j: int) -> list[str]:
    """The unit's own words just before position ``j`` (connectives skipped), at most two, in reading order."""
    rest = list(unit[:j])
    while rest and rest[-1][1] == FUNCTION and rest[-1][0] in _CONNECTIVE:
        rest.pop()
    return [x for x, k in rest[-2:] if k == CONTENT or x not in _CONNECTIVE]


def _named_fill(words: tuple[tuple[str, int], ...], e: int, unit: tuple[tuple[tuple[str, int], ...], ...],
                pairs: dict[tuple[str, str], list[tuple[int, int]]], names: set[str]) -> list[str]:
    """The unit's words before the proper name ``words[e:e+2]`` that follows the run ("bến xe **Nhơn Hội**")."""
    if e + 1 >= len(words) or not {words[e][0], words[e + 1][0]} <= names:
        return []
    for ci, j in pairs.get((words[e][0], words[e + 1][0]), []):
        if fill := _fill_before(unit[ci], j):
            return fill
    return []


def _abbreviates(run: list[str], unit_words: list[str], acronyms: set[str]) -> bool:
    """A run word spells the initials of consecutive unit words, or a unit word those of the run ("lltp").

    Only a word written in capitals or without a vowel can be an abbreviation: "so" and "tộc" are syllables.
    """
    initials = "".join(w[0] for w in run)
    if initials in unit_words:
        return True
    for short in run:
        n = len(short)
        if short not in acronyms and _VOWEL.search(short):
            continue
        if n >= 2 and any("".join(w[0] for w in unit_words[i:i + n]) == short for i in range(len(unit_words))):
            return True
    return False


def _typo(typed: str, word: str) -> bool:
    """``typed`` is ``word`` (3+ letters) with one letter left out, one added or two neighbours swapped.

    A changed letter is not a typo here: "Bãi Dâu" against "Bãi Sau" is another place.
    """
    if len(word) < 3 or typed == word:
        return False
    if abs(len(typed) - len(word)) == 1:
        short, long_ = sorted((typed, word), key=len)
        return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))
    return len(typed) == len(word) and any(
        typed == word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1))


def _only_a_preposition(fill: list[str], after: list[str]) -> bool:
    """The unit's filler is function words followed by what the question says right after its run.

    "bằng tiếng Việt" against "song ngữ tiếng Việt": the unit's own word is only the "bằng" before the shared
    "tiếng Việt", so the question adds a qualifier where the unit has a preposition, and names nothing else.
    """
    for k in range(1, len(fill)):
        if fill[k:] == after[:len(fill) - k]:
            return all(w in _FUNCTION_FOLDED for w in fill[:k])
    return False


def _is_acronym(token: str) -> bool:
    """Capitals ("SIPAS", "VNeID"), an ampersand ("kh&cn") or no vowel at all ("tthc", "pvhcc")."""
    return sum(c.isupper() for c in token) >= 2 or "&" in token or (len(token) >= 2 and not _VOWEL.search(fold(token)))


def filler_conflicts(question: str, unit: str, plan: PlanView) -> list[str]:
    """Slots the question fills with words the unit lacks while the unit fills them with others ("hồ tiêu≠cà phê")."""
    unit_clauses = _clauses(unit, question=False)
    pairs = _pairs(unit_clauses)
    unit_words = [w for c in unit_clauses for w, _ in c]
    said_unit = f" {' '.join(unit_words)} "
    q_clauses = _clauses(question, question=True)
    acronyms = {w for t in _TOKEN.findall(question) if _is_acronym(t)  # "SIPAS", "VNeID", "KH&CN", typed "kh&cn"
                for w in expand_folded(ocr_fold(t.lower())).split()}
    # a unit's acronym ("Sở VHTTDL") restates nothing
    plain = _clauses(_TOKEN.sub(lambda m: " " if _is_acronym(m.group(0)) else m.group(0), question), question=True)
    tokens = _TOKEN.findall(normalize(question))
    names = {w for t in tokens[1:] if t[:1].isupper() and not _is_acronym(t)
             for w in expand_folded(ocr_fold(t.lower())).split()}
    out = []
    for words in q_clauses:
        for s, e in _runs(words, pairs):
            while s < e and words[s][0] in plan.identity:  # "… Sở Tư pháp **Thanh Hóa**": the plan's own name
                s += 1
            while e > s and words[e - 1][0] in plan.identity:
                e -= 1
            if e < len(words) and words[e][0] in _WH:  # "cơ quan **nào**", "việc **gì**": the slot asked about
                continue
            run = [w for w, _ in words[s:e]]
            # one word is judged with the word before it ("cảng biển", "chế biến gỗ"): the plan never says that
            if not 1 <= len(run) <= 4 or set(run) & plan.identity or s < 1 or set(run) <= set(unit_words):
                continue  # the unit has these words elsewhere ("phủ sóng 4G" for "phủ sóng di động 4G")
            if len(run) == 1 and (len(run[0]) < 2 or not run[0].isalpha() or run[0] in acronyms
                                  or words[s][1] == FUNCTION):
                continue  # "lên Cổng …" where the unit says "trên Cổng …": where, not what
            said = " ".join(run) if len(run) > 1 else f"{words[s - 1][0]} {run[0]}"
            if f" {said} " in plan.phrases:
                continue
            # the unit's filler after the same two words, or before the same proper name ("… tại Khu kinh tế
            # Nhơn Hội" against "… ở bến xe Nhơn Hội"; a name is no verb the question may word differently)
            # ("bán **chè** Trùng Khánh" opening a clause is judged by the name after it only)
            fill = _anchored_fill(words, s, unit_clauses, pairs) or _named_fill(words, e, unit_clauses, pairs, names)
            # the question says the unit's filler elsewhere (a reordering), outside the plan's own name
            if not fill or _restated(fill, plain, plan.identity | {words[max(s - 2, 0)][0], words[s - 1][0]}) \
                    or _abbreviates(run, unit_words, acronyms):
                continue
            if len(run) <= len(fill) and all(a == b or _typo(a, b) for a, b in zip(run, fill, strict=False)):
                continue  # "Cổng Dịch vụ công quốc ga": a letter left out, not another filler
            if any(lexicon().equivalent(" ".join(run[i:]), " ".join(fill[:k]))
                   for i in range(len(run)) for k in range(1, len(fill) + 1)):
                continue  # "mất tối đa" against "không quá"
            if any(f" {alt} " in said_unit for i in range(len(run)) for alt in lexicon().equivalents_of(" ".join(run[i:]))):
                continue  # "khám bình quân" against "khám bệnh trung bình": the unit words it its way nearby
            if all(w.isdigit() for w in fill):
                continue  # "đạt tối thiểu **85**%": the unit's filler is the value asked for, not another thing
            if " ".join(fill) in _GENERIC_FILL:
                continue  # "giá vé tàu khách" against "giá dịch vụ tàu khách": the plan's word covers the question's
            if _only_a_preposition(fill, [w for w, _ in words[e:e + len(fill)]]):
                continue  # "… hành chính song ngữ tiếng Việt" against "… hành chính bằng tiếng Việt": a qualifier added
            out.append(f"{' '.join(run)}≠{' '.join(fill)}")
    return out


# fillers that name a whole class ("giá dịch vụ", "các hoạt động"): any particular one the question says falls in it
_GENERIC_FILL = frozenset({"dich vu", "hoat dong", "cong tac", "noi dung", "linh vuc"})

# generic words of an issuer's name ("Ủy ban nhân dân tỉnh", "Sở", "Bộ"): they do not name *this* plan
_GENERIC_IDENTITY = frozenset({"tinh", "xa", "so", "thanh", "pho", "phuong", "uy", "ban", "nhan", "dan", "bo"})


def plan_view(state: IndexState, doc_id: str) -> PlanView:
    """The :class:`PlanView` of one plan, built once per snapshot."""
    def build() -> PlanView:
        from assistant.answer.extractive import identity_words

        folded = expand_folded(ocr_fold(normalize(state.docs[doc_id].text).lower()))
        phrases = " " + " ".join(" ".join(_TOKEN.findall(c)) for c in _CLAUSE.split(folded)) + " "
        return PlanView(phrases, identity_words(state, [doc_id]) - _GENERIC_IDENTITY)
    return state.cached(f"fillers.plan:{doc_id}", build)
