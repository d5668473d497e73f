"""Consistency checks for the varied QA items against the plans' source text.

Every evidence span must occur in its plan's source text (whitespace
normalised, exact characters) and every fact must occur, on the folded
form, in one of its evidence spans or else in the plan.
"""

from __future__ import annotations

import re
from typing import Any

from eval.varied.model import fold

TYPES = {"who", "when", "target", "lookup", "multi", "list", "none"}


def _ws(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def check_questions(items: list[dict[str, Any]], sources: dict[str, str]) -> list[str]:
    """Return a list of problems (empty when everything is consistent)."""
    problems: list[str] = []
    seen: set[str] = set()
    for q in items:
        tag = q["question"][:60]
        if q["question"] in seen:
            problems.append(f"duplicate question: {tag}")
        seen.add(q["question"])
        if q["type"] not in TYPES:
            problems.append(f"bad type {q['type']}: {tag}")
        if q["doc"] not in sources:
            problems.append(f"unknown doc {q['doc']}: {tag}")
            continue
        src = _ws(sources[q["doc"]])
        fsrc = fold(src)
        if q["unanswerable"]:
            if q["facts"] or q["evidence"] or q["type"] != "none":
                problems.append(f"unanswerable item with facts/evidence: {tag}")
            continue
        if not q["facts"] or not q["evidence"]:
            problems.append(f"answerable item without facts/evidence: {tag}")
        for ev in q["evidence"]:
            if len(ev.split()) < 8:
                problems.append(f"evidence shorter than 8 words: {ev!r}")
            if _ws(ev) not in src:
                problems.append(f"evidence not in {q['doc']}: {ev!r}")
        fev = " ".join(fold(e) for e in q["evidence"])
        for fact in q["facts"]:
            if not any(fold(s) in fev for s in fact):
                if any(fold(s) in fsrc for s in fact):
                    continue
                problems.append(f"fact {fact[0]!r} not in evidence or plan: {tag}")
        if q["type"] == "list" and not 2 <= len(q["facts"]) <= 6:
            problems.append(f"list with {len(q['facts'])} items: {tag}")
    return problems
