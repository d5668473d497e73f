"""Recognise which plan(s) a question names (issuer, place, number, period) so retrieval can favour them."""

from __future__ import annotations

import math
import re

from index.catalog import DocRecord
from index.normalize import fold

_ABBREV = {
    "van hoa, the thao va du lich": ["vhttdl", "van hoa the thao", "van hoa"],
    "dan toc va ton giao": ["dan toc", "ton giao", "dttg", "sdttg"],
    "van phong ubnd": ["van phong ubnd", "van phong uy ban", "vp ubnd", "vpubnd"],
    "uy ban nhan dan": ["ubnd"],
}
_STOP = {"so", "tinh", "xa", "ubnd", "uy ban nhan dan", "van phong", "ke hoach", "nam", "cchc"}


def identity_phrases(rec: DocRecord) -> set[str]:
    """Folded phrases that identify a plan: issuer (and its usual abbreviations), province, commune, number."""
    m = rec.meta
    phrases: set[str] = set()
    issuer = fold(m.issuer or "")
    if issuer:
        phrases.add(issuer)
        core = re.sub(r"\b(tinh|xa)\s+.*$", "", issuer).strip(" ,")
        phrases.add(core)
        for key, alts in _ABBREV.items():
            if key in issuer:
                phrases.update(alts)
        place = re.search(r"\b(?:tinh|xa)\s+(.+)$", issuer)
        if place:
            phrases.add(place.group(1).strip())
    if m.province:
        phrases.add(fold(m.province))
    if m.number:
        phrases.add(fold(m.number))
        phrases.add(fold(m.number).split("/")[0] + "/kh")
    return {p for p in phrases if p and p not in _STOP and len(p) >= 3}


def plan_scores(question: str, docs: dict[str, DocRecord]) -> dict[str, float]:
    """Per plan, the IDF-weighted sum of its identity phrases found in the question (0 when none)."""
    q = f" {fold(question)} "
    table = {doc_id: identity_phrases(rec) for doc_id, rec in docs.items()}
    n = max(len(docs), 1)
    df: dict[str, int] = {}
    for phrases in table.values():
        for p in phrases:
            df[p] = df.get(p, 0) + 1
    scores: dict[str, float] = {}
    for doc_id, phrases in table.items():
        s = 0.0
        for p in phrases:
            if re.search(rf"(?<![a-z0-9]){re.escape(p)}(?![a-z0-9])", q):
                s += math.log(1 + n / df[p])
        year = docs[doc_id].meta.year
        if s and year and str(year) in q:
            s += 0.5
        scores[doc_id] = s
    # a province named in the question rules out same-named bodies of other provinces
    # ("Sở Dân tộc và Tôn giáo Lai Châu" is not the Lào Cai one)
    named_provinces = {fold(r.meta.province) for r in docs.values() if r.meta.province
                       and re.search(rf"(?<![a-z]){re.escape(fold(r.meta.province))}(?![a-z])", q)}
    if named_provinces:
        for doc_id, rec in docs.items():
            prov = fold(rec.meta.province or "")
            if prov and prov not in named_provinces:
                scores[doc_id] *= 0.3
    return scores


def named_plans(question: str, docs: dict[str, DocRecord]) -> list[str]:
    """The plans the question singles out (best-scoring ones), or [] when it names none."""
    scores = plan_scores(question, docs)
    best = max(scores.values(), default=0.0)
    if best <= 0:
        return []
    return [d for d, s in scores.items() if s >= 0.75 * best]
