"""Abstain when the question names something (a place, a body) that no indexed plan mentions."""

from __future__ import annotations

import re
from functools import lru_cache

from index.normalize import words
from index.ocrtext import ocr_fold

_BODY = re.compile(r"\b(Sở|Bộ|Ban)\s+(\w+)\s+(\w+)")
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
        name = " ".join(words(m.group(0)))
        if f" {name} " not in corpus:
            out.append(m.group(0))
    return out
