"""Questions answered from a plan's metadata (signer, issue date, plan number), cited at their source lines."""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant.answer.extractive import Draft, citation, plan_label
from assistant.answer.quotes import Quote, raw_lines
from assistant.state import IndexState
from index.normalize import fold
from index.types import Section

_SIGNER = re.compile(r"\b(ai ky|nguoi ky|ky ke hoach|ky ban hanh|ky boi|who signed|signed by|signer|ky van ban)\b")
_DATE = re.compile(r"\b((ban hanh|ky|lap|phat hanh)\b.*\b(ngay nao|khi nao|bao gio|thoi gian nao)|ngay ban hanh|"
                   r"ngay ky|when was .* (issued|signed)|issue date|date of (issue|signature))\b")
_NUMBER = re.compile(r"\b(so hieu|so may|so bao nhieu|so ke hoach|ke hoach so may|plan number|what number)\b")
_IMPLEMENTS = re.compile(r"\b(thuc hien ke hoach|trien khai ke hoach|can cu|implements?)\b")
_DATE_LINE = re.compile(r"ngay\s+\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+\d{4}")
_NUMBER_LINE = re.compile(r"^\s*(so|s6|s0|so:)\s*[:.]?\s*\d*\s*/\s*kh", re.IGNORECASE)


def _walk(sec: Section) -> Iterator[Section]:
    yield sec
    for c in sec.children:
        yield from _walk(c)


def _line_quote(text: str, pattern: re.Pattern[str], last: bool = False) -> Quote | None:
    lines = text.splitlines()
    order = range(len(lines) - 1, -1, -1) if last else range(len(lines))
    for i in order:
        if pattern.search(fold(lines[i])):
            return raw_lines(text, i + 1, i + 1)
    return None


def signers_answer(state: IndexState, question: str, only: list[str] | None = None) -> Draft | None:
    """"Những kế hoạch nào do Giám đốc … ký?": every plan's signer (filtered by the title the question names)."""
    q = fold(question)
    if not _SIGNER.search(q):
        return None
    wanted = [t for t in ("giam doc", "chu tich", "chanh van phong") if t in q]
    lines, cits = [], []
    for doc_id, rec in sorted(state.docs.items()):
        m = rec.meta
        if only and doc_id not in only:
            continue
        if not m.signer or (wanted and not any(t in fold(m.signer_title or "") for t in wanted)):
            continue
        sig = next((s for s in _walk(rec.outline) if s.kind == "signature"), None)
        if sig is None:
            continue
        cits.append(citation(state, doc_id, "Chữ ký", raw_lines(rec.text, sig.line_start, sig.line_end)))
        title = f" ({m.signer_title})" if m.signer_title else ""
        lines.append(f"- {plan_label(state, doc_id)}: {m.signer}{title} ký [{len(cits)}]")
    if not cits:
        return None
    return Draft(f"Theo {len(cits)} kế hoạch:\n" + "\n".join(lines), False, cits, 1.0)


def metadata_answer(state: IndexState, question: str, plans: list[str]) -> Draft | None:
    """Answer signer / issue-date / plan-number questions about one named plan from its metadata."""
    if len(plans) != 1:
        return signers_answer(state, question, plans)
    q = fold(question)
    if _IMPLEMENTS.search(q):
        return None
    rec = state.docs[plans[0]]
    m = rec.meta
    label = plan_label(state, rec.doc_id)
    if _SIGNER.search(q):
        if not m.signer:
            return None
        sig = next((s for s in _walk(rec.outline) if s.kind == "signature"), None)
        pat = re.compile(re.escape(fold(m.signer)))
        quote = (raw_lines(rec.text, sig.line_start, sig.line_end) if sig else None) or _line_quote(rec.text, pat, True)
        if quote is None:
            return None
        title = f" ({m.signer_title})" if m.signer_title else ""
        cit = citation(state, rec.doc_id, "Chữ ký", quote)
        return Draft(f"Kế hoạch của {label} do {m.signer}{title} ký [1].", False, [cit], 1.0)
    if _DATE.search(q) and m.date:
        quote = _line_quote(rec.text, _DATE_LINE)
        if quote is None:
            return None
        y, mo, d = m.date.split("-")
        cit = citation(state, rec.doc_id, "Phần đầu văn bản", quote)
        return Draft(f"Kế hoạch của {label} ban hành ngày {int(d)} tháng {int(mo)} năm {y} ({int(d)}/{int(mo)}/{y}) [1].",
                     False, [cit], 1.0)
    if _NUMBER.search(q):
        quote = _line_quote(rec.text, _NUMBER_LINE)
        if quote is None:
            return None
        cit = citation(state, rec.doc_id, "Phần đầu văn bản", quote)
        if m.number:
            return Draft(f"Kế hoạch của {label} có số {m.number} [1].", False, [cit], 1.0)
        return Draft(f"Kế hoạch của {label} chưa ghi số hiệu (dòng số để trống: “{quote.text.strip()}”) [1].",
                     False, [cit], 1.0)
    return None
