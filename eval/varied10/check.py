"""Consistency checks for the batch-10 QA items and ground truth.

``check_all`` runs batch 9's item checks (batch 6's rules: evidence verbatim
and ≥ 8 words, facts in the evidence, no duplicates, list sizes 2–7,
``_absent`` words absent from the plan, cross-plan evidence from two plans)
with batch 10's formats. ``check_splits10``: each split asks about exactly
one plan of each format, holds ≥ ``MIN_NONE`` unanswerable and ≥ 2 cross-plan
items; no plan and no question in both splits. ``check_prose`` checks that
every prose task's paragraph states its task, lead, partners, deadline and
product, and that a count of tasks the plan prints ("10 nhiệm vụ") is right.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from eval.varied6.check import docs_of
from eval.varied9.check import check_all as check_all9
from eval.varied10.prose import ProseGroups, prose_problems

__all__ = ["FORMATS", "MIN_NONE", "check_all", "check_prose", "check_splits10", "docs_of"]

FORMATS = {"docx-prose", "docx-table", "decision", "scan"}
MIN_NONE = 5
_VALID9 = "docx"  # a format batch 9 accepts, standing in for a valid batch-10 format


def check_all(items: list[dict[str, Any]], sources: Mapping[str, str]) -> list[str]:
    """Every problem of the batch-10 items (empty when all is consistent)."""
    problems = [f"bad format {q.get('format')!r}: {q['question'][:60]}" for q in items if q.get("format") not in FORMATS]
    return problems + check_all9([{**q, "format": _VALID9} for q in items], sources)


def check_prose(file: str, groups: ProseGroups, source: str) -> list[str]:
    """Prose ground truth stated by its paragraphs; the printed task count equals the number of tasks."""
    problems = prose_problems(file, groups)
    count = sum(len(ts) for _g, ts in groups)
    for m in re.finditer(r"(\d+) nhiệm vụ cải cách hành chính", source):
        if int(m.group(1)) != count:
            problems.append(f"{file}: prints {m.group(1)} tasks, has {count}")
    return problems


def check_table_count(file: str, n_rows: int, source: str) -> list[str]:
    """A task count printed by a table plan ("gồm 11 nhiệm vụ", "triển khai 10 nhiệm vụ") equals its rows."""
    return [f"{file}: prints {m.group(1)} tasks, table has {n_rows}"
            for m in re.finditer(r"(?:gồm|triển khai|giao) (\d+) nhiệm vụ", source) if int(m.group(1)) != n_rows]


def check_splits10(dev: list[dict[str, Any]], test: list[dict[str, Any]], formats: Mapping[str, str]) -> list[str]:
    """Split checks; ``formats`` maps each plan file to its format."""
    problems: list[str] = []
    for name, rows in (("dev", dev), ("test", test)):
        plans = {d for q in rows for d in docs_of(q)}
        kinds = sorted(formats[d] for d in plans)
        if kinds != sorted(FORMATS):
            problems.append(f"{name} split does not hold one plan of each format: {kinds}")
        n_none = sum(1 for q in rows if q["unanswerable"])
        if n_none < MIN_NONE:
            problems.append(f"{name} split has only {n_none} unanswerable items")
        if sum(isinstance(q["doc"], list) for q in rows) < 2:
            problems.append(f"{name} split has fewer than 2 cross-plan items")
    both_docs = {d for q in dev for d in docs_of(q)} & {d for q in test for d in docs_of(q)}
    problems += [f"plan in both splits: {d}" for d in sorted(both_docs)]
    both = {q["question"] for q in dev} & {q["question"] for q in test}
    problems += [f"question in both splits: {x[:60]}" for x in sorted(both)]
    return problems
