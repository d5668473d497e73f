"""Helpers for the batch-13 questions: batch 8's builders plus quarter-list and no-partner markers.

``q3`` marks a list item whose facts must be every task of its plan due in
quý III (checked by batch 12's ``check_quarter_lists``); ``NP`` makes an
unanswerable item asking for the partner of a task that has none (its
``_nopartner`` phrase must name exactly one task of the plan, whose ground
truth lists no partner; checked by ``check_no_partner``).
"""

from __future__ import annotations

from typing import Any

from eval.varied.model import fold
from eval.varied8.qa_util import N

Item = dict[str, Any]


def q3(item: Item) -> Item:
    """Mark a list item whose facts must be every task due in quý III."""
    item["_q3"] = True
    return item


def NP(doc: str, question: str, task: str, strip: bool = False) -> Item:
    """An unanswerable item: the partner of the task named by ``task``, which has none."""
    item = N(doc, question, (), strip=strip)
    item["_nopartner"] = task
    return item


def check_no_partner(items: list[Item], records: list[dict[str, Any]]) -> list[str]:
    """Each ``_nopartner`` phrase names exactly one task of its plan, and that task has no partner."""
    problems: list[str] = []
    for q in items:
        phrase = q.get("_nopartner")
        if not phrase:
            continue
        hits = [r for r in records if r["file"] == q["doc"] and fold(phrase) in fold(r["task"])]
        if len(hits) != 1 or hits[0]["partners"]:
            problems.append(f"{q['question'][:50]}: {len(hits)} tasks match {phrase!r} or it has partners")
    return problems
