"""Answers built from extracted reporting facts: who reports to whom, through whom, how often, by when.

"Đơn vị nào báo cáo Sở Nội vụ và khi nào?" aggregates the reporting duties of every plan whose recipient
(or intermediary) is the unit the question names, each cited at its verbatim source.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.answer.extractive import Draft, citation, plan_label
from assistant.answer.quotes import Quote
from assistant.answer.valuetype import has_value, required_value
from assistant.state import IndexState
from index.normalize import fold
from index.ocrtext import ocr_fold

_REPORT = re.compile(r"\b(bao cao|report|reports|reporting)\b")
_PERIOD = re.compile(r"\b(khi nao|bao gio|moc nao|ky nao|thoi han|han|dinh ky|hang (thang|quy|nam)|how often|"
                     r"when|truoc ngay)\b")
_UNIT_WORDS = re.compile(r"\b(so|phong|van phong|ubnd|uy ban|trung tam|chanh van phong|lanh dao|giam doc|"
                         r"department|office|committee)\b")


def _norm(f: dict[str, Any], key: str) -> str:
    fields = f["fields"]
    return str(fields.get(f"{key}_norm") or fields.get(key) or "")


def fact_citation(state: IndexState, f: dict[str, Any], reading: str | None = None) -> dict[str, Any]:
    """The citation of an extracted fact (its verbatim quote and provenance)."""
    quote = Quote(f["quote"], f["line_start"], f["line_end"])
    return citation(state, f["doc_id"], f["section"], quote, f.get("page"), reading)


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
    m = _REPORT.search(q)
    subject, obj = (q[: m.start()], q[m.end():]) if m else (q, q)
    by_target = [f for f in facts if _mentions(obj, _norm(f, "to")) or _mentions(obj, _norm(f, "via"))]
    by_reporter = [f for f in facts if _mentions(subject, _norm(f, "reporter")) and f not in by_target]
    chosen = by_target or by_reporter
    if not chosen and len(named) == 1 and _PERIOD.search(q):  # "xã X báo cáo định kỳ vào những mốc nào?"
        chosen = [f for f in facts if f["doc_id"] == named[0] and (_norm(f, "frequency") or _norm(f, "deadline"))]
    pattern = required_value(question)
    if pattern is not None:  # "trước ngày nào?" needs a date in the duty itself, not just "định kỳ"
        chosen = [f for f in chosen if has_value(pattern, ocr_fold(f["quote"]))]
    if named:
        chosen = [f for f in chosen if f["doc_id"] in named]  # a named plan's question: never another plan's duty
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
        citations.append(fact_citation(state, f, reading=text))
    plans = len({f["doc_id"] for f in picked})
    head = f"Theo {plans} kế hoạch:" if plans > 1 else "Theo kế hoạch:"
    return Draft(head + "\n" + "\n".join(lines), False, citations, 1.0)


_CITES = re.compile(r"\b((thuc hien|trien khai) (ke hoach|nghi quyet|quyet dinh|van ban)( so)? (nao|may|so may|gi|"
                    r"cua)|can cu (vao )?((van ban|ke hoach|nghi quyet|nghi dinh|quyet dinh|cong van) )?(nao|gi|so)|"
                    r"dan chieu|implements? (which|what)|which (plan|document)s? does)\b")
_DOC_TYPES = {"ke hoach": "Kế hoạch", "nghi dinh": "Nghị định", "nghi quyet": "Nghị quyết", "quyet dinh": "Quyết định",
              "cong van": "Công văn", "thong tu": "Thông tư", "chi thi": "Chỉ thị", "ket luan": "Kết luận",
              "resolution": "Nghị quyết", "decree": "Nghị định", "decision": "Quyết định"}
_NUMBER = re.compile(r"\d+[\-/][0-9a-z\-/đ]+")


def _reference_line(state: IndexState, f: dict[str, Any], n: int) -> tuple[str, dict[str, Any]]:
    fl = f["fields"]
    label = " ".join(x for x in (fl.get("doc_type"), "số" if fl.get("number") else "", fl.get("number")) if x)
    extra = " ".join(x for x in (f"ngày {fl['date']}" if fl.get("date") else "", fl.get("issuer") or "") if x)
    text = f"{fl.get('relation', '').capitalize()} {label} {extra}".strip()
    return f"- {plan_label(state, f['doc_id'])}: {text} [{n}]", fact_citation(state, f)


def reference_answer(state: IndexState, question: str, allowed: set[str] | None, named: list[str],
                     english_expansion: str = "") -> Draft | None:
    """Which documents a plan cites / implements, or which plans cite a given document number."""
    q = fold(f"{question} {english_expansion}")
    numbers = {n.strip("/-") for n in _NUMBER.findall(q) if "/" in n or "-" in n}
    # a loaded plan's own number identifies the plan asked about, not a cited document (unless citing is asked)
    if numbers and not re.search(r"\b(dan|vien dan|dan chieu|trien khai|thuc hien|can cu|implement|cite)", q):
        numbers -= {fold(state.docs[d].meta.number or "").strip("/-") for d in state.docs}
    docs = [d for d in sorted(state.docs) if allowed is None or d in allowed]
    refs = [f for d in docs for f in state.docs[d].facts if f["kind"] == "reference"]
    if numbers:  # "Quyết định 1085/QĐ-TTg được dẫn trong những kế hoạch nào?"
        hits = [f for f in refs if fold(f["fields"].get("number") or "") in numbers]
        seen: set[str] = set()
        picked = [f for f in hits if not (f["doc_id"] in seen or seen.add(f["doc_id"]))]  # type: ignore[func-returns-value]
    else:
        if not _CITES.search(q) or len(named) != 1:
            return None
        relation = "thực hiện" if re.search(r"thuc hien ke hoach|trien khai ke hoach|implement", q) else None
        wanted = [v for k, v in _DOC_TYPES.items() if re.search(rf"\b{k}\b", q)]
        picked = [f for f in refs if f["doc_id"] == named[0]
                  and (relation is None or f["fields"].get("relation") == relation)
                  and (not wanted or f["fields"].get("doc_type") in wanted)]
        issuer_words = [w for w in ("ubnd", "chinh phu", "thu tuong", "so noi vu", "ban dan toc", "tinh uy", "dang bo")
                        if w in q]
        if issuer_words:
            narrowed = [f for f in picked if any(w in fold(f["fields"].get("issuer") or "") for w in issuer_words)]
            picked = narrowed or picked
        if relation is None:
            primary = [f for f in picked if f["fields"].get("relation") in ("căn cứ", "thực hiện")]
            picked = primary or picked
        picked = picked[:3]
    if not picked:
        return None
    lines, cits = [], []
    for n, f in enumerate(picked, 1):
        line, cit = _reference_line(state, f, n)
        lines.append(line)
        cits.append(cit)
    plans = len({f["doc_id"] for f in picked})
    head = f"Theo {plans} kế hoạch:" if plans > 1 else "Theo kế hoạch:"
    return Draft(head + "\n" + "\n".join(lines), False, cits, 1.0)
