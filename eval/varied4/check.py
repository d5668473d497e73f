"""Consistency checks for the batch-4 QA items.

Single-plan items get the batch-2/3 checks (evidence verbatim and ≥ 8 words,
facts present, no duplicates, valid type/style/format). Batch 4 adds:
cross-plan items (``doc`` is a list; each evidence span must occur in one of
its plans, each fact in the evidence or one of the plans); unanswerable items
whose ``_absent`` words must not occur (folded, as whole words) in their plan; and stricter
split rules (≥ 20 unanswerable items per split, every format in each split, no
plan and no question in both splits).
"""

from __future__ import annotations

import re
from typing import Any

from eval.varied.check import TYPES
from eval.varied.model import fold
from eval.varied2.check import FORMATS, STYLES
from eval.varied2.check import check_all as check_single

__all__ = ["FORMATS", "MIN_NONE", "check_all", "check_splits", "docs_of"]

MIN_NONE = 20


def docs_of(q: dict[str, Any]) -> list[str]:
    """The plans an item is about (``doc`` is a file name or a list of them)."""
    d = q["doc"]
    return list(d) if isinstance(d, list) else [d]


def _ws(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _check_cross(q: dict[str, Any], sources: dict[str, str]) -> list[str]:
    tag = q["question"][:60]
    docs = docs_of(q)
    missing = [d for d in docs if d not in sources]
    if missing:
        return [f"unknown doc {missing}: {tag}"]
    problems: list[str] = []
    if len(docs) < 2 or q["unanswerable"] or not q["facts"] or not q["evidence"]:
        problems.append(f"cross-plan item needs ≥ 2 docs, facts and evidence: {tag}")
    if q["type"] not in TYPES or q.get("style") not in STYLES or q.get("format") not in FORMATS:
        problems.append(f"bad type/style/format: {tag}")
    srcs = [_ws(sources[d]) for d in docs]
    used: set[int] = set()
    for ev in q["evidence"]:
        if len(ev.split()) < 8:
            problems.append(f"evidence shorter than 8 words: {ev!r}")
        hits = [i for i, s in enumerate(srcs) if _ws(ev) in s]
        if not hits:
            problems.append(f"evidence not in {docs}: {ev!r}")
        used.update(hits[:1])
    if len(used) < 2:
        problems.append(f"cross-plan evidence comes from one plan only: {tag}")
    fev = " ".join(fold(e) for e in q["evidence"])
    fsrc = " ".join(fold(s) for s in srcs)
    for fact in q["facts"]:
        if not any(fold(s) in fev or fold(s) in fsrc for s in fact):
            problems.append(f"fact {fact[0]!r} not in evidence or plans: {tag}")
    return problems


def check_all(items: list[dict[str, Any]], sources: dict[str, str]) -> list[str]:
    """Every problem of the batch-4 items (empty when all is consistent)."""
    single = [q for q in items if not isinstance(q["doc"], list)]
    problems = check_single(single, sources)
    seen: set[str] = {q["question"] for q in single}
    for q in items:
        if isinstance(q["doc"], list):
            if q["question"] in seen:
                problems.append(f"duplicate question: {q['question'][:60]}")
            seen.add(q["question"])
            problems += _check_cross(q, sources)
        for word in q.get("_absent", []):
            text = " ".join(fold(_ws(sources.get(d, ""))) for d in docs_of(q))
            if re.search(rf"(?<!\w){re.escape(fold(word))}(?!\w)", text):
                problems.append(f"unanswerable item names something its plan states ({word!r}): {q['question'][:60]}")
    return problems


def check_splits(dev: list[dict[str, Any]], test: list[dict[str, Any]], formats: set[str]) -> list[str]:
    """Each split covers every format and holds ≥ 20 unanswerable items; no plan or question is in both splits."""
    problems: list[str] = []
    for name, rows in (("dev", dev), ("test", test)):
        missing = formats - {q["format"] for q in rows}
        if missing:
            problems.append(f"{name} split misses formats {sorted(missing)}")
        n_none = sum(1 for q in rows if q["unanswerable"])
        if n_none < MIN_NONE:
            problems.append(f"{name} split has only {n_none} unanswerable items")
    both_docs = {d for q in dev for d in docs_of(q)} & {d for q in test for d in docs_of(q)}
    problems += [f"plan in both splits: {d}" for d in sorted(both_docs)]
    both = {q["question"] for q in dev} & {q["question"] for q in test}
    problems += [f"question in both splits: {x[:60]}" for x in sorted(both)]
    return problems
