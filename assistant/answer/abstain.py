"""Abstain when the question names something (a place, a body) that no indexed plan mentions."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache, partial

from assistant.answer.abbrev import expand_folded, name_key
from assistant.answer.lexicon import lexicon
from assistant.state import IndexState
from index.normalize import fold, normalize, strip_marks, words
from index.ocrtext import ocr_fold

_BODY = re.compile(r"\b(Sở|Bộ|Ban)\s+(\w+)\s+(\w+)")
# "Bộ phận", "bộ máy", "bộ ngành", "Ban hành" are not the names of a ministry or board
_NOT_A_BODY = {"phan", "may", "nganh", "hanh", "tai", "luat", "chung", "tieu", "cong", "ho"}
_QUESTION_WORDS = {"nao", "gi", "nay", "do", "ay", "kia", "ma"}
# "Văn phòng Sở gửi báo cáo", "Sở hạn chót …", "… của Bộ do ai ký": a lower-case verb, cue or function word after
# "Sở" names no department
_VERB_AFTER = {"gui", "nop", "han", "bao", "chu", "phoi", "phai", "se", "da", "duoc", "lam", "tong", "tham", "trinh",
               "ky", "cung", "va", "hoac", "den", "truoc", "sau", "theo", "ve", "cho", "voi", "thi", "la", "co", "chiu",
               "thuc", "dam", "phu", "lo", "huong", "kiem", "do", "ai", "cua", "o", "giao", "yeu", "can", "nao", "gi"}
_TOKEN = re.compile(r"[\w\-]+|[^\w\s]")
_GENERIC = {"sở", "phòng", "ủy", "ban", "uỷ", "ubnd", "văn", "trung", "tâm", "kế", "hoạch", "cchc", "tthc", "dvc",
            "nhân", "dân", "tỉnh", "xã", "nhà", "nước", "chính", "phủ", "cổng", "dịch", "vụ", "công", "quốc", "gia",
            "phụ", "lục", "điều", "mục", "phần", "khoản", "quyết", "định"}  # parts of a document: "Phụ lục II", "Điều 3"


@lru_cache(maxsize=8)
def _folded_corpus(key: str, text: str) -> str:
    return f" {' '.join(words(text))} {' '.join(words(ocr_fold(text)))} "


def _known(corpus: str, toks: list[str]) -> bool:
    return bool(toks) and f" {' '.join(words(' '.join(toks)))} " in corpus


def two_names(run: list[str], ext: list[str], known: Callable[[list[str]], bool]) -> bool:
    """Two adjacent names ("Hà Tĩnh" + "Bảo hiểm xã hội"): a known head, then a known tail.

    The tail may continue into the lower-case words after the run (``ext``). Each name has two words or more:
    one known syllable ("Tiên", "Sơn") is no name, so "Tiên Sơn" is not "Tiên" + "Sơn".
    """
    return any(known(run[:k]) and any(known(run[k:] + ext[:n]) for n in range(len(ext) + 1)
                                      if len(run) - k + n >= 2)
               for k in range(2, len(run)))


def capital_runs(tokens: list[str], accept: Callable[[str], bool],
                 splits: Callable[[str], bool] = lambda t: False) -> list[list[int]]:
    """Token indices of each run of capitalised tokens (``accept``) inside a question.

    The first token and a capital right after sentence punctuation ("Hải Phòng: Ai …") start a sentence, not a
    name; a token for which ``splits`` is true starts a new run ("… Y | Sở Y tế").
    """
    runs: list[list[int]] = []
    last = -2
    for i, tok in enumerate(tokens):
        if i == 0 or not accept(tok):
            continue
        if tokens[i - 1] in SENTENCE_START and i != last + 1:
            continue
        if i == last + 1 and not splits(tok):
            runs[-1].append(i)
        else:
            runs.append([i])
        last = i
    return runs


def unknown_names(question: str, corpus_key: str, corpus_text: str) -> list[str]:
    """Proper-name phrases of the question (capitalised runs) that occur nowhere in the indexed plans."""
    corpus = _folded_corpus(corpus_key, corpus_text)
    out = []
    tokens = _TOKEN.findall(question)
    known = partial(_known, corpus)
    for idx in capital_runs(tokens, lambda t: t[:1].isalpha() and t[0].isupper()):
        # the lower-case words that continue the run's last name ("Bảo" + "hiểm xã hội")
        after = tokens[idx[-1] + 1:idx[-1] + 3]
        ext = [t for t in after[:next((j for j, t in enumerate(after) if not t.isalpha()), len(after))]]
        toks = [tokens[i] for i in idx]
        # acronyms (DTTG, UBND, VHTTDL) split a run: "Sở DTTG Lào Cai" → "Lào Cai"
        segments: list[list[str]] = [[]]
        for t in toks:
            if t.isupper() and len(t) > 1:
                segments.append([])
            else:
                segments[-1].append(t)
        for n, seg in enumerate(segments):
            tail_ext = ext if n == len(segments) - 1 else []
            if known(seg) or two_names(seg, tail_ext, known):  # "Bộ Công Thương" as a whole
                continue
            # else each stretch of non-generic words: "Bộ Công Thương" is not "Bộ … Thương"
            parts: list[list[str]] = [[]]
            for t in seg:
                if t.lower() in _GENERIC:
                    parts.append([])
                else:
                    parts[-1].append(t)
            for part in parts:
                name = " ".join(words(" ".join(part)))
                if len(part) >= 2 and name and f" {name} " not in corpus:
                    out.append(" ".join(part))
    for m in _BODY.finditer(question):
        if len(m.group(2)) > 1 and m.group(2).isupper():  # an acronym: "Sở DTTG"
            continue
        if fold(m.group(2)) in _NOT_A_BODY or fold(m.group(3)) in _QUESTION_WORDS:  # "Bộ phận nào", "Ban hành"
            continue
        if m.group(2).islower() and fold(m.group(2)) in _VERB_AFTER:
            continue
        name = " ".join(words(m.group(0)))
        if f" {name} " not in corpus:
            out.append(m.group(0))
    return out


@lru_cache(maxsize=1)
def agency_pattern() -> re.Pattern[str]:
    """Folded agency names of the lexicon as one pattern (longest first)."""
    keys = sorted({name_key(n) for n in lexicon().agencies}, key=len, reverse=True)
    return re.compile(r"(?<![a-z0-9])(" + "|".join(re.escape(k) for k in keys if k) + r")(?![a-z0-9])")


def plan_key(state: IndexState, doc_id: str) -> str:
    """The plan's text as a padded name key (its OCR-folded reading added for OCR-damaged plans)."""
    def build() -> str:
        rec = state.docs[doc_id]
        key = name_key(rec.text)
        if rec.ocr_damaged:
            key += " " + " ".join(re.findall(r"[0-9a-z]+", ocr_fold(rec.text)))
        return f" {key} "
    return state.cached(f"plankey:{doc_id}", build)


# Heads of unit names ("Phòng Tin học", "Sở Du lịch", "Văn phòng Sở"), folded; the name is the head, a
# capitalised word and at most one more lower-case word.
_HEADS = ("van phong", "trung tam", "chi cuc", "thanh tra", "hoi dong", "ngan hang", "kho bac", "bao hiem", "benh vien",
          "cong an", "hai quan", "vien thong", "buu dien", "dien luc", "phong", "so", "ban", "cuc", "vu", "bo")
_WORD = re.compile(r"[^\W\d_]+(?:&[^\W\d_]+)*|\S")
_NAME_STOP = {"chu", "phoi", "duoc", "nao", "gi", "cua", "va", "trong", "co", "la", "lam", "giao", "tinh", "xa",
              "phuong", "huyen", "nam", "ve", "voi", "o", "thuc", "bao", "can", "phai", "se", "da", "qua", "truoc",
              "theo", "den", "ky", "dot"}  # "Bộ Tài chính kỳ 6 tháng"
# words that follow a whole unit name in a plan's text without continuing it ("Bộ Tài chính định kỳ 6 tháng")
_AFTER_NAME = frozenset({"dinh", "hang", "thang", "quy"})


def _surface_key(text: str) -> str:
    """Lower-case words with their diacritics (canonical tones): "Sở Du lịch" ≠ "sở dữ liệu"."""
    return " ".join(re.findall(r"[^\W_]+", normalize(text).lower()))


_LEVELLED = frozenset({"cong an"})  # heads that name a unit with a level word alone ("Công an xã")
_LEVELS = frozenset({"xa", "phuong", "tinh", "huyen", "thanh pho"})


def unit_mentions(question: str) -> list[list[str]]:
    """Units a question names with a capitalised head, each as its spellings from longest to shortest.

    "Phòng Tin học - Thống kê" → ["Phòng Tin học", "Phòng Tin"]; :func:`_named_in` decides whether a plan names it.
    """
    toks = _WORD.findall(question)
    out = []
    for i, tok in enumerate(toks):
        if not tok[:1].isupper():
            continue
        for head in _HEADS:
            n = head.count(" ") + 1
            if fold(" ".join(toks[i:i + n])) != head or not toks[i].isalpha():
                continue
            rest = toks[i + n:i + n + 2]
            if head in _LEVELLED and rest and fold(rest[0]) in _LEVELS:  # "Công an xã": a unit named by its level
                out.append([f"{head} {fold(rest[0])}"])
                break
            if not rest or not rest[0][:1].isupper() or not rest[0].isalpha() or fold(rest[0]) in _NAME_STOP:
                break
            if fold(rest[0]) in _HEADS or fold(rest[0]) in ("ubnd", "uy"):  # "Văn phòng Sở …": the Sở is checked
                break
            if len(rest[0]) > 1 and rest[0].isupper():  # an acronym: judged only when its long form is known
                long = expand_folded(fold(rest[0]))
                if any(long.startswith(f"{h} ") for h in _HEADS):  # "Văn phòng SXD" = "Văn phòng Sở Xây dựng"
                    break
                if long != fold(rest[0]):
                    out.append([f"{fold(' '.join(toks[i:i + n]))} {long}"])
                break
            name = [*toks[i:i + n], rest[0]]
            for more in toks[i + n + 1:i + n + 4]:  # "Phòng Quản lý du lịch": lower-case words up to a stop word
                if not (more.isalpha() and more.islower()) or fold(more) in _NAME_STOP:
                    break
                name.append(more)
            out.append([" ".join(name[:k]) for k in range(len(name), n, -1)])
            break
    return out


def _plan_surface(state: IndexState, doc_id: str) -> str:
    return state.cached(f"plansurface:{doc_id}", lambda: f" {_surface_key(state.docs[doc_id].text)} ")


def plan_text(state: IndexState, doc_id: str, folded: bool) -> str:
    """The plan's text folded, or normalised with its diacritics, built once per snapshot."""
    norm = fold if folded else normalize
    return state.cached(f"plantext:{folded}:{doc_id}", lambda: norm(state.docs[doc_id].text))


def _mentioned(state: IndexState, spelling: str, doc_id: str) -> bool:
    """``spelling`` occurs in the plan: with its diacritics when it has any (and the plan is not OCR text).

    A spelling without diacritics whose second (or only) word is capitalised ("Khoa Duoc", "Duoc") needs that word
    capitalised in the plan too: "các khoa được giao" folds to the same letters but names no unit.
    """
    if state.docs[doc_id].ocr_damaged or spelling.isascii():
        if f" {name_key(spelling)} " not in plan_key(state, doc_id):
            return False
        words = spelling.split()[:2]
        name = words[-1]  # the word that must keep its capital: the second, or a lone word
        if state.docs[doc_id].ocr_damaged or not name[:1].isupper() or name.isupper() or not all(
                w.isalpha() for w in words):
            return True
        cased = state.cached(f"plancased:{doc_id}", lambda: strip_marks(state.docs[doc_id].text))
        before = rf"(?i:{re.escape(words[0])})\s+" if len(words) == 2 else ""
        return re.search(rf"(?<!\w){before}{re.escape(name[0])}(?i:{re.escape(name[1:])})(?!\w)", cased) is not None
    return f" {_surface_key(spelling)} " in _plan_surface(state, doc_id)


def _named_in(state: IndexState, forms: list[str], docs: list[str]) -> bool:
    """Some plan of ``docs`` names the unit spelled ``forms`` (longest first).

    The full name found: yes. Only a shorter spelling found ("Phòng Quản lý" for "Phòng Quản lý du lịch"): yes when a
    plan uses that spelling as a whole name (followed by punctuation, a capital or a stop word — "xã Phong Thổ, …"
    for "Phong Thổ duy trì"), no when every use continues into another name ("Phòng Quản lý công nghệ").
    """
    if any(_mentioned(state, forms[0], d) for d in docs):
        return True
    for k, form in enumerate(forms[1:], 1):
        found = [d for d in docs if _mentioned(state, form, d)]
        if not found:
            continue
        nxt = fold(forms[k - 1].split()[-1])
        ascii_form = form.isascii()
        probe = fold(form) if ascii_form else normalize(form)
        for d in found:
            if state.docs[d].ocr_damaged:
                return True
            text = plan_text(state, d, folded=ascii_form)
            for m in re.finditer(rf"(?<!\w){re.escape(probe)}(?!\w)\s*(\S*)", text, re.IGNORECASE):
                after = m.group(1)
                word = re.match(r"[^\W\d_]+", after)
                if not word or fold(word.group(0)) in _NAME_STOP | _AFTER_NAME | {nxt} or (
                        not ascii_form and not word.group(0).islower()):
                    return True
        return False
    return False


def absent_units(state: IndexState, question: str, docs: list[str]) -> list[str]:
    """Units the question names (:func:`unit_mentions`, or lexicon agencies) that no plan of ``docs`` mentions.

    Those plans cannot say what such a unit does or must do, so the question is refused.
    """
    if not docs:
        return []
    out = [forms[0] for forms in unit_mentions(question) if not _named_in(state, forms, docs)]
    agencies = {m.group(1) for m in agency_pattern().finditer(name_key(question))}
    out += [n for n in sorted(agencies) if not any(_mentioned(state, n, d) for d in docs)]
    if fold(question) != question.lower():  # accented questions: capitalised unit names are judged above
        return out
    return out + [n for n in folded_units(question) if not any(f" {n} " in plan_key(state, d) for d in docs)]


_FOLDED_HEAD = re.compile(r"(?<![a-z0-9])(?<!tich )(chi cuc|cuc|trung tam)((?: [a-z0-9]+){1,2})")
_FOLDED_STOP = {"o", "tai", "cua", "cho", "va", "voi", "den", "tu", "trong", "theo", "ve", "la", "nao", "gi", "khi",
                "de", "lam", "phai", "co", "duoc", "chu", "phoi", "thuc", "giao", "bao", "nam", "tinh", "xa"}


def folded_units(question: str) -> list[str]:
    """Units named without diacritics ("cuc dang kiem viet nam"): the head and the first word of the name."""
    out = []
    for m in _FOLDED_HEAD.finditer(name_key(question)):
        words: list[str] = []
        for w in m.group(2).split():
            if w in _FOLDED_STOP:
                break
            words.append(w)
        if words and len(words[0]) > 1 and re.search(r"[aeiouy]", words[0]):  # an acronym no list knows: unjudged
            out.append(f"{m.group(1)} {words[0]}")
    return out


# punctuation after which a capital starts a sentence, not a name
SENTENCE_START = {":", "?", ".", "!", ";", "–", "—", "\"", "“", "«", "("}
_RUN_HEADS = {"so", "bo", "phong", "ban", "cuc", "ubnd", "uy", "chi", "trung", "van", "xa", "phuong", "tinh",
              "phu", "dieu", "muc", "phan", "khoan"}  # a document part starts another run: "Quảng Ngãi | Phụ lục II"


def unknown_proper_names(state: IndexState, question: str, docs: list[str]) -> list[str]:
    """Runs of capitalised words inside the question ("đặc khu Cô Tô", "tiếng Chăm") that no plan of ``docs`` has.

    The first word, acronyms and English questions are not judged (callers skip English); a plan can only answer
    about a place, language or programme it names.
    """
    if not docs:
        return []
    toks = re.findall(r"[\w&]+|[^\w\s]", question)  # "4G" is one token, not a capitalised "G"

    def mentioned(words: list[str]) -> bool:
        return any(_mentioned(state, " ".join(words), d) for d in docs)

    out = []
    # an abbreviation with inner capitals ("QNg", "ĐNai") is not a place's name
    runs = capital_runs(toks, lambda t: t.isalpha() and t[:1].isupper() and not any(c.isupper() for c in t[1:]),
                        lambda t: fold(t) in _RUN_HEADS)  # a unit head starts another name: "… Y | Sở Y tế"
    for idx in runs:
        run = [toks[i] for i in idx]
        after = [t for t in toks[idx[-1] + 1:idx[-1] + 3] if t.isalpha() and t.islower()]
        if not (mentioned(run) or two_names(run, after, mentioned)):  # "Hà Tĩnh Bảo hiểm …": two known names
            out.append(" ".join(run))
    return out
