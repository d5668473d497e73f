"""Consistency checks for the batch-6 QA items (batch 5's rules, self-contained).

Every evidence span occurs verbatim (whitespace-normalised) in its plan's
source text (a cross-plan item: in one of its plans, spans from at least two
plans) and has ≥ 8 words; every fact occurs (folded) in the item's
evidence; no duplicate questions; valid type/style/format; a list item has
2–7 facts; every ``_absent`` word of an unanswerable item is absent (folded,
whole words) from its plan; each split covers every format and holds ≥ 20
unanswerable items; no plan and no question is in both splits.
"""

from __future__ import annotations

import re
from typing import Any

from eval.varied.check import TYPES
from eval.varied.model import fold

FORMATS = {"pdf-table", "docx-merged", "docx-numbering", "decision", "scan", "txt"}
STYLES = {"vi", "noaccent", "en"}
MIN_NONE = 20


def docs_of(q: dict[str, Any]) -> list[str]:
    """The plans an item is about (``doc`` is a file name or a list of them)."""
    d = q["doc"]
    return list(d) if isinstance(d, list) else [d]


def _ws(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _check_none(q: dict[str, Any], sources: dict[str, str], docs: list[str], tag: str) -> list[str]:
    problems: list[str] = []
    if q["facts"] or q["evidence"] or q["type"] != "none" or len(docs) != 1:
        problems.append(f"unanswerable item with facts/evidence or several docs: {tag}")
    text = " ".join(fold(_ws(sources[d])) for d in docs)
    for word in q.get("_absent", []):
        if re.search(rf"(?<!\w){re.escape(fold(word))}(?!\w)", text):
            problems.append(f"unanswerable item names something its plan states ({word!r}): {tag}")
    return problems


def _check_item(q: dict[str, Any], sources: dict[str, str]) -> list[str]:
    tag = q["question"][:60]
    docs = docs_of(q)
    problems: list[str] = []
    if q["type"] not in TYPES or q.get("style") not in STYLES or q.get("format") not in FORMATS:
        problems.append(f"bad type/style/format: {tag}")
    missing = [d for d in docs if d not in sources]
    if missing:
        return problems + [f"unknown doc {missing}: {tag}"]
    if q["unanswerable"]:
        return problems + _check_none(q, sources, docs, tag)
    if q["type"] == "none" or not q["facts"] or not q["evidence"]:
        problems.append(f"answerable item without facts/evidence: {tag}")
    srcs = [_ws(sources[d]) for d in docs]
    used: set[int] = set()
    for ev in q["evidence"]:
        if len(ev.split()) < 8:
            problems.append(f"evidence shorter than 8 words: {ev!r}")
        hits = [i for i, s in enumerate(srcs) if _ws(ev) in s]
        if not hits:
            problems.append(f"evidence not in {docs}: {ev!r}")
        used.update(hits[:1])
    if len(docs) > 1 and len(used) < 2:
        problems.append(f"cross-plan evidence comes from one plan only: {tag}")
    fev = " ".join(fold(e) for e in q["evidence"])
    for fact in q["facts"]:
        if not any(fold(s) in fev for s in fact):
            problems.append(f"fact {fact[0]!r} not in the evidence: {tag}")
    if q["type"] == "list" and not 2 <= len(q["facts"]) <= 7:
        problems.append(f"list with {len(q['facts'])} items: {tag}")
    return problems


def check_all(items: list[dict[str, Any]], sources: dict[str, str]) -> list[str]:
    """Every problem of the batch-6 items (empty when all is consistent)."""
    problems: list[str] = []
    seen: set[str] = set()
    for q in items:
        if q["question"] in seen:
            problems.append(f"duplicate question: {q['question'][:60]}")
        seen.add(q["question"])
        problems += _check_item(q, sources)
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
