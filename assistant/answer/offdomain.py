"""Questions in words the plans do not use: "Cho tôi công thức nấu phở bò ngon", "dollar exchange rate today".

A CCHC question is made of the plans' own vocabulary (thủ tục, hồ sơ, chủ trì, báo cáo …) plus names. When most
of a Vietnamese question's syllables — with their diacritics, so "phở" is not "phố" — occur in no indexed plan,
or when an English question contains no term of the glossary, no plan can answer it and it is refused with the
closest passages instead of a confident quote.
"""

from __future__ import annotations

import re

from assistant.answer.intent import expand_english
from assistant.state import IndexState
from index.normalize import fold, normalize

MIN_WORDS = 3  # shorter questions are judged by the other checks
UNKNOWN_SHARE = 0.5
# conversational words a question may add that no plan uses ("cho tôi", "giúp mình", "nhé")
_CHAT = {"tôi", "mình", "bạn", "em", "anh", "chị", "hãy", "giúp", "nhé", "ạ", "vậy", "thế", "hả", "nhỉ", "ơi",
         "xin", "cảm", "ơn", "làm", "sao", "bao", "nhiêu", "gì", "nào", "đâu", "không", "có", "là", "cho", "với"}
_SYLLABLE = re.compile(r"[^\W\d_]+")


def _vocabulary(state: IndexState) -> frozenset[str]:
    def build() -> frozenset[str]:
        out: set[str] = set()
        for rec in state.docs.values():
            out.update(_SYLLABLE.findall(normalize(rec.text).lower()))
        return frozenset(out)
    return state.cached("offdomain.vocabulary", build)


def unfamiliar(state: IndexState, question: str) -> bool:
    """Most syllables of an accented question (chat words aside) occur in no plan (unless every plan is OCR)."""
    if fold(question) == question.lower() or all(rec.ocr_damaged for rec in state.docs.values()):
        return False  # unaccented questions fold onto the plans' words; OCR plans alone have no clean vocabulary
    syllables = [s for s in _SYLLABLE.findall(normalize(question).lower()) if s not in _CHAT]
    if len(syllables) < MIN_WORDS:
        return False
    vocab = _vocabulary(state)
    unknown = [s for s in syllables if s not in vocab]
    return len(unknown) >= UNKNOWN_SHARE * len(syllables)


def english_without_terms(question: str) -> bool:
    """An English question that names nothing of the glossary (no plan term to look for)."""
    return expand_english(question) == question
