"""Answers built from extracted reporting facts: who reports to whom, through whom, how often, by when.

"Đơn vị nào báo cáo Sở Nội vụ và khi nào?" aggregates the reporting duties of every plan whose recipient
(or intermediary) is the unit the question names, each cited at its verbatim source.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.answer.extractive import Draft, plan_label
from assistant.state import IndexState
from index.normalize import fold

_REPORT = re.compile(r"\b(bao cao|report|reports|reporting)\b")
_UNIT_WORDS = re.compile(r"\b(so|phong|van phong|ubnd|uy ban|trung tam|chanh van phong|lanh dao|giam doc|"
                         r"department|office|committee)\b")


def _norm(f: dict[str, Any], key: str) -> str:
    fields = f["fields"]
    return str(fields.get(f"{key}_norm") or fields.get(key) or "")


def _mentions(question_folded: str, unit: str) -> bool:
    u = fold(unit)
    u = re.sub(r"^qua\s+", "", u).strip()
    parts = [p.strip() for p in re.split(r",| va ", u) if len(p.strip()) > 3]
    return any(re.search(rf"(?<![a-z]){re.escape(p)}(?![a-z])", question_folded) for p in parts)


def reporting_answer(state: IndexState, question: str, allowed: set[str] | None, named: list[str],
                     english_expansion: str = "") -> Draft | None:
    """Aggregate reporting facts whose recipient, intermediary or reporter the question names."""
    q = fold(f"{question} {english_expansion}")
    if not _REPORT.search(q):
        return None
    docs = [d for d in sorted(state.docs) if allowed is None or d in allowed]
    facts = [f for d in docs for f in state.docs[d].facts if f["kind"] == "reporting"]
    by_target = [f for f in facts if _mentions(q, _norm(f, "to")) or _mentions(q, _norm(f, "via"))]
    by_reporter = [f for f in facts if _mentions(q, _norm(f, "reporter")) and f not in by_target]
    chosen = by_target or by_reporter
    if named:
        narrowed = [f for f in chosen if f["doc_id"] in named]
        chosen = narrowed or ([] if by_reporter and not by_target else chosen)
    if not chosen:
        return None
    # keep the duties that name a frequency or a deadline first; at most two per plan
    chosen.sort(key=lambda f: (f["doc_id"], not (_norm(f, "frequency") or _norm(f, "deadline"))))
    per_doc: dict[str, int] = {}
    picked = []
    for f in chosen:
        if per_doc.get(f["doc_id"], 0) < 2:
            picked.append(f)
            per_doc[f["doc_id"]] = per_doc.get(f["doc_id"], 0) + 1
    lines, citations = [], []
    for n, f in enumerate(picked, 1):
        rec = state.docs[f["doc_id"]]
        who = _norm(f, "reporter") or "Đơn vị"
        what = f["fields"].get("what")
        to, via = _norm(f, "to"), _norm(f, "via")
        when = "; ".join(x for x in (_norm(f, "frequency"), _norm(f, "deadline")) if x)
        text = f"{who} báo cáo" + (f" {what}" if what and not rec.ocr_damaged else "")
        text += f" về {to}" if to else ""
        text += f" ({via})" if via else ""
        text += f" — thời hạn/kỳ báo cáo: {when}" if when else ""
        lines.append(f"- {plan_label(state, f['doc_id'])}: {text} [{n}]")
        cit = {"document": f["doc_id"], "title": rec.meta.title, "plan": plan_label(state, f["doc_id"]),
               "section": f["section"], "quote": f["quote"], "page": f.get("page"), "line_start": f["line_start"],
               "line_end": f["line_end"], "ocr": rec.ocr_damaged}
        if rec.ocr_damaged:
            cit["reading"] = text
        citations.append(cit)
    plans = len({f["doc_id"] for f in picked})
    head = f"Theo {plans} kế hoạch:" if plans > 1 else "Theo kế hoạch:"
    return Draft(head + "\n" + "\n".join(lines), False, citations, 1.0)
