"""Score candidate sentences against a question: IDF-weighted coverage, bigrams and intent cues."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from assistant.answer.abbrev import expand_folded
from index.normalize import fold, words
from index.ocrtext import ocr_fold


def norm_words(text: str, ocr: bool = False) -> list[str]:
    """Folded words with abbreviations expanded (OCR-damaged text repaired first)."""
    return words(expand_folded(ocr_fold(text) if ocr else fold(text)))

QUESTION_WORDS = {
    "nao", "gi", "khi", "bao", "nhieu", "la", "co", "cua", "va", "cac", "nhung", "duoc", "phai", "ai", "the", "sao",
    "o", "dau", "trong", "ve", "theo", "cho", "voi", "tu", "den", "thi", "con", "vay", "hay", "do", "nay", "mot",
    "khong", "ra", "gio", "nhu", "hoi", "biet", "toi", "minh", "can", "muon", "lam", "sau", "truoc", "nhat",
    "what", "which", "who", "when", "how", "of", "to", "is", "are", "does", "in", "for", "by", "and",
    "a", "an", "many", "much", "must", "should", "plan", "s", "did", "that", "on", "at", "with", "from", "it",
    "ke", "hoach", "don", "vi", "quan", "phan", "tram", "may", "percentage", "percent", "share",
    "chi", "tieu", "dat", "da", "muc", "ty", "le", "doi", "dang", "giu", "chuc", "nam",
}

INTENT_PATTERNS: dict[str, re.Pattern[str]] = {
    "when": re.compile(r"(truoc ngay|ngay \d|thang \d|\d{1,2}/\d{1,2}/\d{4}|\d{1,2}/\d{4}|hang (thang|quy|nam)|"
                       r"dinh ky|quy [ivx1-4]|thuong xuyen|6 thang|cuoi quy|thang cuoi|nam \d{4}|trudc ngay|dot xuat)"),
    "target": re.compile(r"\d+ ?%|\d+ phan tram|toi thieu|it nhat|tren \d"),
    "who": re.compile(r"\b(so|phong|van phong|ubnd|trung tam|ban|cong thong tin|lanh dao|chanh|giam doc|"
                      r"cac phong|don vi|chu tri|phoi hop|tham muu)\b"),
    "lookup": re.compile(r"\d+/\d{4}/[a-z\-]+|\d+/[a-z]+-[a-z]+|so: ?\d|ngay \d+ thang \d+|kinh phi|ngan sach|"
                         r"giam doc|chu tich|chanh van phong|\d+-[a-z]+/[a-z]+"),
}


@dataclass
class Scored:
    """A sentence with its score parts."""

    sentence: str
    score: float
    coverage: float
    intent_ok: bool


class SentenceScorer:
    """IDF statistics over all indexed passages, and sentence scoring for one question."""

    def __init__(self, passages: list[str]) -> None:
        df: Counter[str] = Counter()
        for p in passages:
            df.update(set(norm_words(p, ocr=True)))
        self.n = max(len(passages), 1)
        self.df = df

    def idf(self, w: str) -> float:
        """Smoothed inverse document frequency of a folded word."""
        return math.log(1 + self.n / (1 + self.df.get(w, 0)))

    def content_words(self, question: str, exclude: frozenset[str] = frozenset()) -> list[str]:
        """Folded question words that carry content (question words, stop words and ``exclude`` removed)."""
        return [w for w in dict.fromkeys(norm_words(question))
                if w not in QUESTION_WORDS and w not in exclude and not w.isdigit()]

    def key_words(self, question: str, exclude: frozenset[str] = frozenset(), n: int = 2) -> list[str]:
        """The ``n`` rarest content words of the question (what it is really about)."""
        known = [w for w in self.content_words(question, exclude) if self.df.get(w, 0) > 0]
        return sorted(known, key=lambda w: -self.idf(w))[:n]

    def score(self, question: str, sentence: str, kinds: list[str], ocr: bool = False,
              exclude: frozenset[str] = frozenset()) -> Scored:
        """Coverage of the question's content words (IDF-weighted) + bigram bonus + intent cue bonus.

        ``exclude``: words that only identify the plan (issuer, province), which the sentence need not repeat.
        """
        qw = self.content_words(question, exclude) or self.content_words(question)
        sw_list = norm_words(sentence, ocr)
        sw = set(sw_list)
        total = sum(self.idf(w) for w in qw) or 1.0
        coverage = sum(self.idf(w) for w in qw if w in sw) / total
        qb = {f"{a} {b}" for a, b in zip(qw, qw[1:], strict=False)}
        sb = {f"{a} {b}" for a, b in zip(sw_list, sw_list[1:], strict=False)}
        bigram = len(qb & sb) / len(qb) if qb else 0.0
        folded = (ocr_fold(sentence) if ocr else fold(sentence))
        checks = [INTENT_PATTERNS[k].search(folded) is not None for k in kinds if k in INTENT_PATTERNS]
        intent_ok = all(checks) if checks else True
        bonus = 0.25 * sum(checks) / max(len(checks), 1) if checks else 0.0
        length_pen = 0.1 if len(sw_list) < 5 else 0.0
        return Scored(sentence, coverage + 0.3 * bigram + bonus - length_pen, coverage, intent_ok)
