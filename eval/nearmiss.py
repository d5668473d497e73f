"""A synthetic near-miss probe: answerable questions turned unanswerable by swapping one domain noun.

For each answerable single-plan Vietnamese who/when/lookup/multi item, the longest noun of
``nearmiss_pool.txt`` that both the question and its evidence contain is replaced by another pool noun the plan
never states ("… cơ sở chế biến **chè**" → "… cơ sở chế biến **đê điều**"). The plan then cannot answer the
question, so the answerer should refuse it. Nouns right after a unit head ("Sở **Y tế**") are left alone: they
name a body, not a task. The replacement is chosen by a hash of the item id, so a probe is reproducible.

This is a development instrument, not a benchmark: its questions are less natural than a helper's, but it needs
no new fixtures and measures the near-neighbour refusal on every DEV part alike. Its counterpart,
:func:`spelling_probe`, re-asks the answerable accented questions without diacritics and in lower case, as users
type them: a refusal there that the question as written does not get is a false abstention.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eval.qa import QAItem
from index.normalize import fold

POOL_PATH = Path(__file__).resolve().parent / "nearmiss_pool.txt"
_TYPES = frozenset({"who", "when", "lookup", "multi"})
_UNIT_HEADS = frozenset("so bo phong vu cuc ban nganh chi tong tam nha truong doi to va".split())


@dataclass(frozen=True)
class Mutant:
    """One near-miss question made from an answerable item."""

    id: str
    question: str
    original: str
    replaced: str
    doc: str


def load_pool(path: Path = POOL_PATH) -> list[str]:
    """The pool's nouns (comment and blank lines skipped)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [s for s in (line.strip() for line in lines) if s and not s.startswith("#")]


def _says(folded_text: str, noun: str) -> bool:
    return re.search(rf"(?<![0-9a-z]){re.escape(fold(noun).lower())}(?![0-9a-z])", folded_text) is not None


def mutate(item: QAItem, plan_text: str, pool: list[str]) -> Mutant | None:
    """The near-miss form of ``item`` against its plan's text, or None when no pool noun fits."""
    if item.unanswerable or item.type not in _TYPES or len(item.docs) != 1 or item.extra.get("style") == "en":
        return None
    question = fold(item.question).lower()
    evidence = fold(" ".join(item.evidence)).lower()
    plan = fold(plan_text).lower()
    shared = sorted((p for p in pool if _says(question, p) and _says(evidence, p)), key=len, reverse=True)
    absent = [p for p in pool if not _says(plan, p) and not _says(question, p)]
    if not shared or not absent:
        return None
    original = shared[0]
    accented = item.extra.get("style") != "noaccent" and fold(item.question) != item.question
    spelled = original if accented else fold(original)
    m = re.search(rf"(?i)(?<!\w){re.escape(spelled)}(?!\w)", item.question)
    before = fold(item.question[:m.start()]).lower().split()[-1:] if m else []
    if m is None or (before and before[0] in _UNIT_HEADS):
        return None
    pick = absent[int(hashlib.sha256(item.id.encode()).hexdigest(), 16) % len(absent)]
    replaced = pick if accented else fold(pick)
    return Mutant(f"{item.id}nm", item.question[:m.start()] + replaced + item.question[m.end():], original, pick,
                  item.docs[0])


def mutants(items: Iterable[QAItem], plan_text: Callable[[str], str | None], pool: list[str]) -> list[Mutant]:
    """Every item's near-miss form; ``plan_text(doc)`` gives the text of the plan an item names (None: unknown)."""
    out = []
    for item in items:
        text = plan_text(item.docs[0]) if len(item.docs) == 1 else None
        if text is not None and (m := mutate(item, text, pool)) is not None:
            out.append(m)
    return out


def probe(found: list[Mutant], ask: Callable[[str], Mapping[str, Any]]) -> dict[str, Any]:
    """Ask each near-miss question; the refusal rate and the questions answered anyway."""
    answered = []
    for m in found:
        a = ask(m.question)
        if not a.get("abstained"):
            answered.append({"id": m.id, "question": m.question, "swap": f"{m.original} → {m.replaced}",
                             "answer": str(a.get("answer", ""))[:300]})
    n = len(found)
    return {"n": n, "refused": n - len(answered), "refusal_rate": round((n - len(answered)) / n, 3) if n else None,
            "answered": answered}


def spelling_probe(items: Iterable[QAItem], ask: Callable[[str], Mapping[str, Any]]) -> dict[str, Any]:
    """Answerable accented questions re-asked unaccented and lower-cased: the refusals only those spellings get."""
    refused = []
    n = 0
    for item in items:
        if item.unanswerable or item.extra.get("style") not in (None, "vi") or fold(item.question) == item.question:
            continue
        n += 1
        if ask(item.question).get("abstained"):
            continue
        for spelled in (fold(item.question), item.question.lower()):
            a = ask(spelled)
            if a.get("abstained"):
                refused.append({"id": item.id, "question": spelled, "reason": a.get("abstain_reason")})
    return {"n": n, "false_refusals": len(refused), "refused": refused}
