"""Abstain when the question names something (a place, a body) that no indexed plan mentions."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.answer.abbrev import expand_folded
from assistant.answer.lexicon import lexicon
from assistant.state import IndexState
from index.normalize import fold, words
from index.ocrtext import ocr_fold

_BODY = re.compile(r"\b(Sở|Bộ|Ban)\s+(\w+)\s+(\w+)")
# "Bộ phận", "bộ máy", "bộ ngành", "Ban hành" are not the names of a ministry or board
_NOT_A_BODY = {"phan", "may", "nganh", "hanh", "tai", "luat", "chung", "tieu", "cong", "ho"}
_QUESTION_WORDS = {"nao", "gi", "nay", "do", "ay", "kia", "ma"}
_TOKEN = re.compile(r"[\w\-]+|[^\w\s]")
_GENERIC = {"sở", "phòng", "ủy", "ban", "uỷ", "ubnd", "văn", "trung", "tâm", "kế", "hoạch", "cchc", "tthc", "dvc",
            "nhân", "dân", "tỉnh", "xã", "nhà", "nước", "chính", "phủ", "cổng", "dịch", "vụ", "công", "quốc", "gia"}


@lru_cache(maxsize=8)
def _folded_corpus(key: str, text: str) -> str:
    return f" {' '.join(words(text))} {' '.join(words(ocr_fold(text)))} "


def unknown_names(question: str, corpus_key: str, corpus_text: str) -> list[str]:
    """Proper-name phrases of the question (capitalised runs) that occur nowhere in the indexed plans."""
    corpus = _folded_corpus(corpus_key, corpus_text)
    out = []
    runs: list[list[str]] = []
    last = -2
    for i, tok in enumerate(_TOKEN.findall(question)):
        if tok[:1].isalpha() and tok[0].isupper() and i > 0:
            if i == last + 1:
                runs[-1].append(tok)
            else:
                runs.append([tok])
            last = i
    for toks in runs:
        # acronyms (DTTG, UBND, VHTTDL) split a run: "Sở DTTG Lào Cai" → "Lào Cai"
        segments: list[list[str]] = [[]]
        for t in toks:
            if t.isupper() and len(t) > 1:
                segments.append([])
            else:
                segments[-1].append(t)
        for seg in segments:
            seg = [t for t in seg if t.lower() not in _GENERIC]
            if len(seg) < 2:
                continue
            name = " ".join(words(" ".join(seg)))
            if name and f" {name} " not in corpus:
                out.append(" ".join(seg))
    for m in _BODY.finditer(question):
        if len(m.group(2)) > 1 and m.group(2).isupper():  # an acronym: "Sở DTTG"
            continue
        if fold(m.group(2)) in _NOT_A_BODY or fold(m.group(3)) in _QUESTION_WORDS:  # "Bộ phận nào", "Ban hành"
            continue
        name = " ".join(words(m.group(0)))
        if f" {name} " not in corpus:
            out.append(m.group(0))
    return out


def name_key(text: str) -> str:
    """Matching key of a name or a plan text: folded, abbreviations expanded, punctuation dropped."""
    return " ".join(re.findall(r"[0-9a-z]+", expand_folded(fold(text))))


@lru_cache(maxsize=1)
def _agency_pattern() -> re.Pattern[str]:
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


def absent_agencies(state: IndexState, question: str, docs: list[str]) -> list[str]:
    """Agencies (``lexicon.json`` "agencies") the question names that none of ``docs`` mentions.

    "Sở Giáo dục giao Sở Du lịch nhiệm vụ gì?" about a plan that never names Sở Du lịch cannot be
    answered from that plan; quoting its nearest passage would answer a different question.
    """
    named = {m.group(1) for m in _agency_pattern().finditer(name_key(question))}
    if not named or not docs:
        return []
    return [n for n in sorted(named) if not any(f" {n} " in plan_key(state, d) for d in docs)]
