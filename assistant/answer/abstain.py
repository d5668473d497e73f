"""When to abstain: nothing supports an answer, the asked kind of information is missing, or the question
names something (a place, a body) that no indexed plan mentions."""

from __future__ import annotations

import re
from functools import lru_cache

from index.normalize import fold
from index.ocrtext import ocr_fold

_NAME = re.compile(r"(?<![\w])((?:[A-ZĐÀ-Ỹ][\wÀ-ỹđ]*)(?:\s+[A-ZĐÀ-Ỹ][\wÀ-ỹđ]*)+)")
_GENERIC = {"sở", "phòng", "ủy", "ban", "uỷ", "ubnd", "văn", "trung", "tâm", "kế", "hoạch", "cchc", "tthc", "dvc",
            "nhân", "dân", "tỉnh", "xã", "nhà", "nước", "chính", "phủ", "cổng", "dịch", "vụ", "công", "quốc", "gia"}


@lru_cache(maxsize=8)
def _folded_corpus(key: str, text: str) -> str:
    return f" {' '.join(fold(text).split())} {' '.join(ocr_fold(text).split())} "


def unknown_names(question: str, corpus_key: str, corpus_text: str) -> list[str]:
    """Proper-name phrases of the question (capitalised runs) that occur nowhere in the indexed plans."""
    corpus = _folded_corpus(corpus_key, corpus_text)
    out = []
    for m in _NAME.finditer(question):
        phrase = m.group(1)
        toks = phrase.split()
        if m.start() == 0:
            toks = toks[1:]
        toks = [t for t in toks if t.lower() not in _GENERIC or len(toks) <= 2]
        if len(toks) < 2:
            continue
        name = fold(" ".join(toks))
        if name and f" {name} " not in corpus:
            out.append(" ".join(toks))
    return out
