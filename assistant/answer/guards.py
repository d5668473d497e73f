"""Abstention guards: check a chosen sentence against what the question pins down.

The question may pin down a year, a kind of value and key topic words (title holders: :mod:`titles`).
"""

from __future__ import annotations

import re
import unicodedata

from assistant.answer.compound import parts
from assistant.answer.extractive import Candidate
from assistant.answer.lexicon import lexicon
from assistant.answer.scoring import SentenceScorer, norm_words
from assistant.answer.valuetype import has_value, required_value
from assistant.state import IndexState
from index.normalize import fold, normalize
from index.ocrtext import ocr_fold
from index.tasks import UNIT_HEADS

_DOC_DATE = re.compile(r"\bso \S*\d\S*(?: \S+){0,3}? ngay \d{1,2}/\d{1,2}/\d{2,4}|\bngay \d{1,2}/\d{1,2}/\d{4} cua\b")
_YEAR = re.compile(r"\b(20\d\d)\b")


def _folded(state: IndexState, cand: Candidate) -> str:
    ocr = state.docs[cand.doc_id].ocr_damaged
    return ocr_fold(cand.scored.sentence) if ocr else fold(cand.scored.sentence)


def year_mismatch(state: IndexState, question: str, cand: Candidate) -> bool:
    """The question names a year that is neither the plan's year nor in the chosen passage."""
    years = set(_YEAR.findall(question))
    if not years:
        return False
    rec = state.docs[cand.doc_id]
    plan_years = {str(rec.meta.year)} if rec.meta.year else set()
    norm = ocr_fold if rec.ocr_damaged else fold  # "2O26" in a scan is 2026
    text = norm(cand.hit.chunk.text) + " " + norm(cand.hit.chunk.section)
    return not any(y in plan_years or y in text for y in years)


def value_candidate(state: IndexState, scorer: SentenceScorer, question: str, cands: list[Candidate],
                    exclude: frozenset[str], key_source: str | None = None) -> Candidate | None | bool:
    """For value questions, the best candidate holding the value *and* the question's key word.

    Returns True when the question demands no particular kind of value, None when no candidate qualifies.
    """
    pattern = required_value(question)
    if pattern is None:
        return True
    # the question's key words, without cue and domain words ("hạn chót", "CCHC" → "cải cách …", "để")
    # in a compound question, the words of the sub-question that asks for the value ("… là bao nhiêu, lấy từ nguồn nào?")
    asking = next((p for p in parts(question) if required_value(p) is not None), question)
    keys = scorer.key_words(key_source or asking, exclude | lexicon().stop, n=3)
    money = _money(pattern)  # an amount of money is what "kinh phí / tiền / ngân sách" asks
    for cand in cands[:60]:
        folded = _DOC_DATE.sub(" ", _folded(state, cand))  # a cited document's date is not a deadline
        if not has_value(pattern, folded):
            continue
        present = set(norm_words(folded)) | lexicon().equivalent_words(folded)  # "rút ngắn" asked, "giảm" written
        if money and _FUNDING.search(folded):  # "bố trí 350 triệu đồng từ nguồn ngân sách": the plan's funding
            present |= _MONEY_WORDS
        need = 1 if state.docs[cand.doc_id].ocr_damaged or key_source else 2
        if sum(k in present for k in keys) >= min(need, len(keys)) or cand.scored.coverage >= 0.6:
            return cand
    return None


_MONEY_WORDS = frozenset({"kinh", "phi", "tien", "ngan", "sach", "chi"})
_FUNDING = re.compile(r"\b(?:bo tri|nguon|ngan sach|du toan|chi thuong xuyen)\b")


def _money(pattern: re.Pattern[str]) -> bool:
    """The value kind ``pattern`` asks for is an amount of money."""
    return has_value(pattern, "100 trieu dong")


def asks_funding(question: str) -> bool:
    """The question asks for an amount of money ("kinh phí … bao nhiêu", "tốn bao nhiêu tiền")."""
    pattern = required_value(question)
    return pattern is not None and _money(pattern)


def _bare(text: str) -> str:
    """Diacritics removed, case kept ("Sở Tư pháp" → "So Tu phap"): OCR text often loses the marks, not the capitals."""
    marked = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in marked if not unicodedata.combining(ch))


# a body that can be given a duty: a capitalised unit head ("Sở Tư pháp", "UBND xã", "Văn phòng …", "Chủ tịch") or
# a plural collective ("các sở, ngành", "các phòng chuyên môn", "UBND các xã"), matched without diacritics
_AGENT = re.compile(r"(?<!\w)(?:" + "|".join(sorted({re.escape(_bare(h)) for h in UNIT_HEADS if h[:1].isupper()
                                                       and h not in ("Các", "Trang", "Báo")}, key=len, reverse=True))
                    + r")(?!\w)|(?<!\w)[Cc]ac (?:so|ban|nganh|phong|xa|phuong|huyen|co quan|don vi|cap|bo|cuc|vu|"
                      r"trung tam|dia phuong|thanh vien)(?!\w)")


def names_agent(text: str) -> bool:
    """The text names a body that can carry a duty (a unit, an office holder, a collective of units)."""
    return _AGENT.search(_bare(normalize(text))) is not None


TOPIC_COVERAGE = 0.45  # the share (IDF-weighted) of the question's topic words a quoted unit must hold


def misses_topic(scorer: SentenceScorer, question: str, unit: str, exclude: frozenset[str]) -> bool:
    """The unit holds too little of the question's topic (asked roles, plan names and stop words aside).

    "Ai chịu trách nhiệm tổ chức đấu giá tài sản công trực tuyến?" is not answered by a sentence that shares only
    "trách nhiệm" with it: that word frames the question; the topic is "tổ chức đấu giá tài sản công trực tuyến".
    A topic word no plan uses weighs most (:meth:`SentenceScorer.idf`).
    """
    topic = _topic(scorer, question, exclude)
    return bool(topic) and _misses(scorer, topic, unit)


def misses_every_topic(scorer: SentenceScorer, questions: list[str], unit: str, exclude: frozenset[str]) -> bool:
    """Every part of a compound question that has a topic misses it in ``unit`` (:func:`misses_topic`).

    "… hỗ trợ học nghề cho lao động nông thôn giao phòng nào, hạn khi nào?": the second part has no topic of its own,
    so the first one decides; a question without any topic word misses nothing.
    """
    topics = [topic for q in questions if (topic := _topic(scorer, q, exclude))]
    return bool(topics) and all(_misses(scorer, topic, unit) for topic in topics)


def _topic(scorer: SentenceScorer, question: str, exclude: frozenset[str]) -> list[str]:
    """The question's topic words: its content words without the asked roles, plan names and stop words."""
    return scorer.content_words(lexicon().without_roles(question), exclude | lexicon().stop)


def _misses(scorer: SentenceScorer, topic: list[str], unit: str) -> bool:
    """``unit`` holds less than :data:`TOPIC_COVERAGE` of the topic's (IDF-weighted) words."""
    present = set(norm_words(unit, ocr=True))
    total = sum(scorer.idf(w) for w in topic)
    return sum(scorer.idf(w) for w in topic if w in present) < TOPIC_COVERAGE * total


_LATIN_WORD = re.compile(r"(?<![a-z])[a-z]{2,25}(?![a-z])")


def has_content(question: str) -> bool:
    """False for questions with no word a plan could contain (emoji only, symbols, other scripts)."""
    return bool(_LATIN_WORD.search(fold(question)))


# "kế hoạch CCHC năm 2025 của xã …", "KH cải cách hành chính 2025": the year of the plan asked about
# ("tổng kết CCHC năm 2025" names an event of another year, not the plan)
_PLAN_YEAR = re.compile(r"\b(?:ke hoach|kh)(?: (?:cai cach hanh chinh|cchc))?(?: nam)? (20\d\d)\b")


def plan_year_mismatch(state: IndexState, question: str, named: list[str]) -> bool:
    """The question asks about the plan of a year that none of the plans it names is for (nor mentions as its year).

    "Kế hoạch CCHC năm 2025 của xã Trùng Khánh giao ai …?" when only the 2026 plan of that commune is loaded.
    """
    if not named:
        return False
    years = set(_PLAN_YEAR.findall(fold(question)))
    if not years:
        return False
    for doc_id in named:
        meta = state.docs[doc_id].meta
        own = {str(meta.year)} if meta.year else set()
        if years & own or not own:
            return False
    return True
