"""Evaluation metrics over §4.2 answer dicts and §4.3 QA items (pure functions, no I/O).

Matching is on folded words (``index.normalize.words``): a passage *hits* when it shares a run of
``RUN`` consecutive folded words with an evidence span (a shorter span must appear whole); a fact is
present when one of its spellings appears as a folded word sequence in the text.

A missing answer counts as wrong everywhere: no evidence hit, facts missing, and the wrong abstention
decision (an answerable item counts as abstained, an unanswerable one as not abstained).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from eval.qa import QAItem
from index.normalize import fold, words

RUN = 6
K_VALUES = (1, 3, 5, 10)
NO_PLAN = "(không thuộc kế hoạch nào)"
METRIC_KEYS = (
    "hit@1",
    "hit@3",
    "hit@5",
    "hit@10",
    "mrr@10",
    "fact_accuracy",
    "abstention_precision",
    "abstention_recall",
    "false_abstention_rate",
    "citation_precision",
    "latency_p50_ms",
    "latency_p95_ms",
)


def _padded(ws: Sequence[str]) -> str:
    return " " + " ".join(ws) + " "


def _runs(ws: Sequence[str], n: int = RUN) -> set[tuple[str, ...]]:
    return {tuple(ws[i : i + n]) for i in range(len(ws) - n + 1)}


def _row_hits(span: str, padded_text: str) -> bool:
    """A table-row span ("cell | cell | …") held cell by cell, in order, by a passage that labels its cells."""
    cells = [words(c) for c in span.split(" | ")]
    if len(cells) < 3 or not all(cells):
        return False
    pos = 0
    for cell in cells:
        at = padded_text.find(_padded(cell), pos)
        if at < 0:
            return False
        pos = at + 1
    return True


def passage_hits(text: str, evidence: Iterable[str]) -> bool:
    """True when ``text`` shares a run of 6 folded words with an evidence span (short spans: whole span).

    A table-row span of three or more cells ("Phòng A | Bộ Tư pháp | 6 tháng | Trước ngày 20/6/2026") also hits a
    passage holding every cell in order: a row rendered "Đơn vị báo cáo: Phòng A; Nơi nhận: …" is that row even
    when no cell is six words long.
    """
    tw = words(text)
    if not tw:
        return False
    t_runs: set[tuple[str, ...]] | None = None
    for span in evidence:
        sw = words(span)
        if not sw:
            continue
        if " | " in span and _row_hits(span, _padded(tw)):
            return True
        if len(sw) < RUN:
            if _padded(sw) in _padded(tw):
                return True
            continue
        if t_runs is None:
            t_runs = _runs(tw)
        if t_runs & _runs(sw):
            return True
    return False


def fact_present(spellings: Iterable[str], text: str) -> bool:
    """True when one acceptable spelling appears in ``text`` (folded word sequence, else folded substring)."""
    padded = _padded(words(text))
    folded = fold(text)
    for spelling in spellings:
        sw = words(spelling)
        if sw and _padded(sw) in padded:
            return True
        if not sw and fold(spelling) and fold(spelling) in folded:
            return True
    return False


def missing_facts(facts: Iterable[Sequence[str]], text: str) -> list[str]:
    """The facts (by their first spelling) that do not appear in ``text``."""
    return [f[0] for f in facts if not fact_present(f, text)]


def first_hit_rank(
    retrieved: Sequence[Mapping[str, Any]], evidence: Sequence[str], k: int = 10
) -> int | None:
    """1-based rank of the first retrieved passage (top ``k``) that hits the evidence, else None."""
    for rank, passage in enumerate(retrieved[:k], start=1):
        if passage_hits(str(passage.get("text", "")), evidence):
            return rank
    return None


def percentile(values: Sequence[float], q: float) -> float | None:
    """Linear-interpolated percentile (``q`` in 0..100) of ``values``; None when empty."""
    if not values:
        return None
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q / 100.0
    lo, hi = math.floor(pos), math.ceil(pos)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)


@dataclass
class ItemScore:
    """How one answer did on one QA item."""

    id: str
    type: str
    question: str
    plans: list[str]
    answerable: bool
    missing: bool
    abstained: bool
    has_evidence: bool = True
    format: str | None = None
    hit_rank: int | None = None
    facts_ok: bool = False
    missing_facts: list[str] = field(default_factory=list)
    citations: int = 0
    citations_ok: int = 0
    latency_ms: float | None = None
    reasons: list[str] = field(default_factory=list)

    @property
    def correct(self) -> bool:
        """No failure reason at all."""
        return not self.reasons


def item_plans(item: QAItem, plan_texts: Mapping[str, str] | None = None) -> list[str]:
    """The plans an item is about: its ``doc`` field, else the plans containing its evidence."""
    if item.docs:
        return list(item.docs)
    if plan_texts and item.evidence:
        found = [
            doc for doc, text in plan_texts.items() if any(passage_hits(text, [e]) for e in item.evidence)
        ]
        if found:
            return found
    return [NO_PLAN]


def score_item(
    item: QAItem,
    answer: Mapping[str, Any] | None,
    error: str | None = None,
    plan_texts: Mapping[str, str] | None = None,
) -> ItemScore:
    """Score one answer (None = missing) against its QA item."""
    answerable = not item.unanswerable
    score = ItemScore(
        id=item.id,
        type=item.type,
        question=item.question,
        plans=item_plans(item, plan_texts),
        answerable=answerable,
        missing=answer is None,
        abstained=answerable if answer is None else bool(answer.get("abstained", False)),
        has_evidence=bool(item.evidence),
        format=str(item.extra["format"]) if item.extra.get("format") else None,
    )
    if answer is None:
        score.reasons.append("không có câu trả lời" + (f" ({error})" if error else ""))
        score.missing_facts = [f[0] for f in item.facts]
        return score
    latency = answer.get("latency_ms")
    score.latency_ms = float(latency) if isinstance(latency, int | float) else None
    if not answerable:
        if not score.abstained:
            score.reasons.append("không từ chối dù kế hoạch không trả lời câu này")
        return score
    score.hit_rank = first_hit_rank(list(answer.get("retrieved") or []), item.evidence)
    if score.abstained:
        score.reasons.append("từ chối trả lời sai (câu có trong kế hoạch)")
        score.missing_facts = [f[0] for f in item.facts]
    else:
        score.missing_facts = missing_facts(item.facts, str(answer.get("answer", "")))
        score.facts_ok = not score.missing_facts
        if score.missing_facts:
            score.reasons.append("thiếu fact: " + "; ".join(score.missing_facts))
    if item.evidence and (score.hit_rank is None or score.hit_rank > 5):
        score.reasons.append("không có đoạn bằng chứng trong top 5")
    for citation in answer.get("citations") or []:
        quote = str(citation.get("quote", ""))
        score.citations += 1
        if passage_hits(quote, item.evidence) or any(fact_present(f, quote) for f in item.facts):
            score.citations_ok += 1
    return score


def _ratio(num: float, den: float) -> float | None:
    return num / den if den else None


def aggregate(scores: Sequence[ItemScore]) -> dict[str, Any]:
    """Headline metrics over a group of item scores (None where a metric is undefined)."""
    ans = [s for s in scores if s.answerable]
    unans = [s for s in scores if not s.answerable]
    out: dict[str, Any] = {
        "n": len(scores),
        "n_answerable": len(ans),
        "n_unanswerable": len(unans),
        "n_missing": sum(s.missing for s in scores),
        "n_correct": sum(s.correct for s in scores),
        "accuracy": _ratio(sum(s.correct for s in scores), len(scores)),
    }
    with_ev = [s for s in ans if s.has_evidence]
    for k in K_VALUES:
        out[f"hit@{k}"] = _ratio(
            sum(1 for s in with_ev if s.hit_rank is not None and s.hit_rank <= k), len(with_ev)
        )
    out["mrr@10"] = _ratio(sum(1.0 / s.hit_rank for s in with_ev if s.hit_rank), len(with_ev))
    out["fact_accuracy"] = _ratio(sum(s.facts_ok for s in ans), len(ans))
    predicted = [s for s in scores if s.abstained]
    true_pos = sum(1 for s in predicted if not s.answerable)
    out["abstention_precision"] = _ratio(true_pos, len(predicted))
    out["abstention_recall"] = _ratio(true_pos, len(unans))
    out["false_abstention_rate"] = _ratio(sum(s.abstained for s in ans), len(ans))
    n_cit = sum(s.citations for s in ans)
    out["n_citations"] = n_cit
    out["citation_precision"] = _ratio(sum(s.citations_ok for s in ans), n_cit)
    lat = [s.latency_ms for s in scores if s.latency_ms is not None]
    out["latency_p50_ms"] = percentile(lat, 50)
    out["latency_p95_ms"] = percentile(lat, 95)
    return out


def _failed_entry(s: ItemScore) -> dict[str, Any]:
    return {
        "id": s.id,
        "type": s.type,
        "question": s.question,
        "plans": s.plans,
        "reasons": s.reasons,
        "missing_facts": s.missing_facts,
        "no_evidence_top5": any("top 5" in r for r in s.reasons),
        "wrong_abstention": s.abstained == s.answerable,
    }


def compute_metrics(
    items: Sequence[QAItem],
    answers: Mapping[str, Mapping[str, Any]],
    errors: Mapping[str, str] | None = None,
    plan_texts: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """All metrics for one system: headline numbers, ``by_type``, ``by_plan``, ``by_format``, ``failed``, ``outcomes``.

    ``answers`` maps QA id → answer dict (absent id = missing answer); ``errors`` optional id → message;
    ``plan_texts`` (doc id → text) lets items without a ``doc`` field be attributed to plans.
    """
    errors = errors or {}
    scores = [score_item(it, answers.get(it.id), errors.get(it.id), plan_texts) for it in items]
    result = aggregate(scores)
    by_type: dict[str, list[ItemScore]] = {}
    by_plan: dict[str, list[ItemScore]] = {}
    for s in scores:
        by_type.setdefault(s.type, []).append(s)
        for plan in s.plans:
            by_plan.setdefault(plan, []).append(s)
    result["by_type"] = {t: aggregate(group) for t, group in sorted(by_type.items())}
    result["by_plan"] = {p: aggregate(group) for p, group in sorted(by_plan.items())}
    by_format: dict[str, list[ItemScore]] = {}
    for s in scores:  # the items' optional ``format`` extra field (varied corpus: pdf-table, docx-numbering, …)
        if s.format:
            by_format.setdefault(s.format, []).append(s)
    result["by_format"] = {f: aggregate(group) for f, group in sorted(by_format.items())}
    result["failed"] = [_failed_entry(s) for s in scores if not s.correct]
    result["outcomes"] = {s.id: s.correct for s in scores}
    result["latencies_ms"] = [s.latency_ms for s in scores if s.latency_ms is not None]
    return result
