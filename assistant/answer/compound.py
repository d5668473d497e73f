"""Compound questions: two questions in one ("Kinh phí … là bao nhiêu, đơn vị nào hướng dẫn lập dự toán?").

The whole question is answered first. When it joins sub-questions that each have their own topic, every
sub-question the first answer does not cover (its cited text misses most of the sub-question's content words)
is answered on its own and appended, citations renumbered. A sub-question that points back ("kế hoạch đó do
ai ký?") is read with the plan number the previous answer cited ("kế hoạch 12/KH-UBND do ai ký?").

Sub-questions that only ask for another slot of the same record ("… do ai chủ trì, phối hợp với ai, hạn chót
khi nào?") have no topic of their own and are left to the whole-question answer.
"""

from __future__ import annotations

import re

from assistant.answer.extractive import Draft
from assistant.answer.scoring import SentenceScorer, norm_words
from assistant.answer.valuetype import has_value, required_value
from index.normalize import fold

MAX_PARTS = 3
_CUE = re.compile(r"\b(ai|nao|bao nhieu|khi nao|bao gio|bao lau|gi|dau|the nao|ra sao|so may|may|chua)\b")
_SPLIT = re.compile(r"\s*[,;]\s*(?:va\s+|con\s+)?|\s+va\s+(?=(?:\S+\s+){0,6}?(?:ai|nao|bao nhieu|khi nao|bao gio|bao lau|gi"
                    r"|so may)\b)")
# words that name an answer slot, not a topic ("phối hợp với những đơn vị nào", "hạn chót khi nào")
_SLOT = frozenset(
    "chu tri phoi hop thuc hien han chot thoi han hoan thanh xong luc lo viec dam nhan phu trach giao "
    "co quan nhung cung ngay thang truoc bat dau ket thuc ky nhiem vu san pham ket qua lien quan".split())
_BACK = re.compile(r"\b(ke hoach|quyet dinh|van ban)\s+(do|nay|ay|tren|vua neu)\b")
_NUMBER = re.compile(r"\b\d{1,4}/(?:KH|QĐ|QD)-[A-ZĐ0-9]+(?:-[A-ZĐ0-9]+)*")


def parts(question: str) -> list[str]:
    """The sub-questions of a compound question, in its own spelling ([] when it is one question).

    A piece without a question word is glued to the one before it; at most :data:`MAX_PARTS` pieces.
    """
    folded = fold(question)
    if len(folded) != len(question):  # folding changed the length (rare characters): do not split
        return []
    pieces: list[tuple[int, int]] = []
    start = 0
    for m in _SPLIT.finditer(folded):
        pieces.append((start, m.start()))
        start = m.end()
    pieces.append((start, len(folded)))
    merged: list[tuple[int, int]] = []
    for a, b in pieces:
        if merged and not _CUE.search(folded[a:b]):
            merged[-1] = (merged[-1][0], b)
        elif merged and not _CUE.search(folded[merged[-1][0]:merged[-1][1]]):
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    if not 2 <= len(merged) <= MAX_PARTS or not all(_CUE.search(folded[a:b]) for a, b in merged):
        return []
    return [question[a:b].strip(" ,;?") + "?" for a, b in merged]


def topic_words(scorer: SentenceScorer, part: str, exclude: frozenset[str]) -> list[str]:
    """Content words of a sub-question that name its topic (not a slot word, not a plan identity word)."""
    return [w for w in scorer.content_words(part, exclude) if w not in _SLOT and scorer.df.get(w, 0) > 0]


def covered(scorer: SentenceScorer, words: list[str], draft: Draft) -> float:
    """IDF-weighted share of ``words`` in the answer and the passages it quotes (not their section headings)."""
    text = draft.answer + " " + " ".join(str(c.get("quote") or "") for c in draft.citations)
    have = set(norm_words(text, ocr=True))
    total = sum(scorer.idf(w) for w in words) or 1.0
    return sum(scorer.idf(w) for w in words if w in have) / total


def resolve_back(part: str, previous: Draft) -> str:
    """"kế hoạch đó …" → "kế hoạch 12/KH-UBND …" with the first plan number the previous answer states."""
    m = _BACK.search(fold(part))
    if not m or len(fold(part)) != len(part):
        return part
    quoted = previous.answer + " " + " ".join(str(c.get("quote") or "") for c in previous.citations)
    numbers = [n for n in _NUMBER.findall(quoted) if n not in previous.answer[:previous.answer.find(":")]]
    if not numbers:
        return part
    return part[:m.start(2)] + numbers[0] + part[m.end(2):]


def _shift(answer: str, offset: int) -> str:
    return re.sub(r"\[(\d+)\]", lambda m: f"[{int(m.group(1)) + offset}]", answer)


def merge(first: Draft, more: list[Draft]) -> Draft:
    """One draft: the first answer, then each further answer with its citation markers shifted."""
    answer, cits = first.answer, list(first.citations)
    for d in more:
        answer += "\n" + _shift(d.answer, len(cits))
        cits += d.citations
    out = Draft(answer, False, cits, first.confidence)
    out.items = first.items
    return out


def needs_own_answer(scorer: SentenceScorer, part: str, draft: Draft, exclude: frozenset[str],
                     min_words: int = 2, min_cover: float = 0.5) -> bool:
    """True when ``part`` has a topic of its own that the draft's cited text leaves mostly uncovered."""
    pattern = required_value(part)
    if pattern is not None and not has_value(pattern, fold(draft.answer)):
        return True  # "… là bao nhiêu": no amount in the answer
    meta = _META.search(fold(part))
    if meta:  # "…, ai ký?": the plan's signer, number or date, a slot of its own the draft may not state
        return not re.search(rf"\b{_META_WORD[meta.group(1)]}\b", fold(draft.answer))
    words = topic_words(scorer, part, exclude)
    return len(words) >= min_words and covered(scorer, words, draft) < min_cover


# a sub-question about the document itself: its signer, number or dates ("ai ký", "ngày ban hành", "hiệu lực")
_META = re.compile(r"\b(ai ky|ngay ky|nguoi ky|so hieu|ky hieu|ngay ban hanh|hieu luc|who signed)\b")
# what an answer covering the part says: a signing ("do X ký", not "kể từ ngày ký"), a number, a date
_SIGNED = r"(?<!ngay )ky"
_META_WORD = {"ai ky": _SIGNED, "ngay ky": "ngay", "nguoi ky": _SIGNED, "so hieu": "so", "ky hieu": "so",
              "ngay ban hanh": "ngay", "hieu luc": "hieu luc", "who signed": _SIGNED}


def answers_part(scorer: SentenceScorer, part: str, sub: Draft, exclude: frozenset[str],
                 min_cover: float = 0.75) -> bool:
    """A sub-question's own answer is kept when it states records or covers most of the sub-question's topic.

    Records were matched by their own rules; a sub-question without topic words has nothing to judge.
    """
    if sub.items:
        return True
    words = topic_words(scorer, part, exclude)
    return not words or covered(scorer, words, sub) >= min_cover
