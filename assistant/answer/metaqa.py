"""Questions answered from a plan's metadata (signer, issue date, plan number), cited at their source lines."""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant.answer.abbrev import name_key
from assistant.answer.abstain import plan_text
from assistant.answer.extractive import Draft, citation, plan_label, refuse
from assistant.answer.quotes import Quote, raw_lines
from assistant.answer.titles import asked_title, holds
from assistant.state import IndexState
from index.normalize import fold
from index.signature import signed_as
from index.textclean import strip_markup
from index.types import Section

_SIGNER = re.compile(r"\b(ai ky|nguoi ky|ky ke hoach|ky ban hanh|ky boi|who signed|signed by|signer|ky van ban)\b"
                     r"|\bke hoach\b.*\bdo (?:[a-z]+ ){1,8}ky\b(?! (?:so|ket|thuat|nang|hop dong))")  # "… nào do Giám đốc … ký"
_WRITTEN_DATE = re.compile(r"ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}", re.IGNORECASE)
_ALSO_DATE = re.compile(r"\b(on what date|what date|which date|when|ngay nao|ngay may|ngay bao nhieu|hom nao|khi nao"
                        r"|bao gio|ngay thang nao)\b")  # a signer question that also asks the date
# the plan's own date: "ký / ban hành / lập … ngày nào" with the date cue close to the verb ("đăng ký", "công lập",
# "thành lập" are other words; "hạn chót … đăng ký … là ngày nào" asks for a task deadline)
_DATE = re.compile(r"\b((?<!dang )(?<!cong )(?<!thanh )(?<!thiet )(ban hanh|ky|lap|phat hanh)(?: \S+){0,3} "
                   r"(ngay nao|ngay may|ngay bao nhieu|hom nao|khi nao|bao gio|thoi gian nao)|ngay ban hanh|"
                   r"ngay ky|(?:mang|de|ghi) ngay(?: thang)?(?: nam)? (?:nao|may|bao nhieu)|"
                   r"when was .* (issued|signed)|issue date|date of (issue|signature))\b")
_NUMBER = re.compile(r"\b(so hieu|so may|so bao nhieu|so ke hoach|ke hoach so may|plan number|what number)\b")
_IMPLEMENTS = re.compile(r"\b((thuc hien|trien khai)( theo)? ke hoach|can cu|implements?"
                         r"|(thuc hien|trien khai)\b[^?]{0,30}?\btheo (ke hoach|kh))\b")  # "triển khai KH CCHC theo KH số mấy"
# "Kế hoạch của thành phố mà Sở Xây dựng Huế triển khai do ai ký?": a question about the plan a plan implements
_PARENT = re.compile(r"\bke hoach\b[^?]{0,40}?\bma\b[^?]{0,60}?\b(?:thuc hien|trien khai|cu the hoa)\b")
_DATE_LINE = re.compile(r"ngay\s+\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+\d{4}")
_NUMBER_LINE = re.compile(r"^\s*(so|s6|s0|so:)\s*[:.]?\s*\d*\s*/\s*kh", re.IGNORECASE)
_DECISION_LINE = re.compile(r"^\s*(so|s6|s0)\s*[:.]?\s*\d+\s*/\s*q[dđ]", re.IGNORECASE)
_DECISION = re.compile(r"\b(quyet dinh|qd|decision)\b")
_PROPOSAL = re.compile(r"\b(de nghi|to trinh|proposal|proposed)\b")  # "ban hành theo đề nghị của ai / tờ trình số mấy"
_OTHER_ACT = re.compile(r"\b(qd|quyet dinh|nghi quyet|nghi dinh|thong tu|cong van|chi thi|luat)\b")  # not a plan
_WHICH_DEPARTMENT = re.compile(r"\bsở (?:nào|gì)\b")  # "sở nào chủ trì" folds like "số nào"
_WHAT_PLAN = re.compile(r"\b(?:ke hoach|kh|van ban) (?:gi|nao)\b|\bve viec gi\b|\b(?:which|what) plan\b"
                        r"|\bban hanh (?:cai )?gi\b")  # what a decision issues
_PROPOSAL_LINE = re.compile(r"^\s*(theo|xet) (de nghi|to trinh)\b")
_DECISION_NUMBER = re.compile(r"\b(so may|so bao nhieu|so hieu|so nao|so gi|la so|what number|number)\b")
_ARTICLE = re.compile(r"\bdieu ([1-9])\b")
_EFFECT = re.compile(r"\b(hieu luc|take effect|in force|effective)\b")


def _cites_other_plan(state: IndexState, doc_id: str) -> bool:
    """The plan names another plan by its number ("Kế hoạch số 12/KH-UBND", "Kế hoạch 12/KH-UBND")."""
    rec = state.docs[doc_id]
    own = fold(rec.meta.number or "-")
    found = re.findall(r"ke hoach (?:so )?(\d+/[a-z0-9\-]+)", plan_text(state, doc_id, folded=True))
    return bool(rec.meta.implements) or any(n != own for n in found)


def parent_question(state: IndexState, question: str, plans: list[str]) -> str | None:
    """The question asked of the plan the named plan implements, by its number, or None.

    "Kế hoạch của thành phố mà Sở Xây dựng Huế triển khai do ai ký?" → "Kế hoạch 11/KH-UBND do ai ký?" when the
    Sở's plan cites "Kế hoạch số 11/KH-UBND".
    """
    q = fold(question)
    m = _PARENT.search(q)
    if not m or len(plans) != 1 or len(q) != len(question):
        return None
    rec = state.docs[plans[0]]
    own = fold(rec.meta.number or "-")
    cited = [n for n in re.findall(r"(?i)kế hoạch (?:số )?(\d+/[\wĐđ\-]+)", rec.text) if fold(n) != own]
    return f"Kế hoạch {cited[0]}{question[m.end():]}" if cited else None


def _walk(sec: Section) -> Iterator[Section]:
    yield sec
    for c in sec.children:
        yield from _walk(c)


def _signature(outline: Section) -> Section | None:
    """The plan's signature block, if the outline has one."""
    return next((s for s in _walk(outline) if s.kind == "signature"), None)


def _signed_as(own_title: str | None, block: str) -> str:
    """" (KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC)": how the signer signs, read from the signature block's quoted text."""
    title = signed_as([strip_markup(x) for x in block.splitlines()], own_title)
    return f" ({title})" if title else ""


def _lower_first(text: str) -> str:
    """"Theo đề nghị …" continuing a sentence: "theo đề nghị …"."""
    return text[:1].lower() + text[1:]


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
        sig = _signature(rec.outline)
        if sig is None:
            continue
        block = raw_lines(rec.text, sig.line_start, sig.line_end)
        cits.append(citation(state, doc_id, "Chữ ký", block))
        title = _signed_as(m.signer_title, block.text)
        lines.append(f"- {plan_label(state, doc_id)}: {m.signer}{title} ký [{len(cits)}]")
    if not cits:
        return None
    return Draft(f"Theo {len(cits)} kế hoạch:\n" + "\n".join(lines), False, cits, 1.0)


def _key(text: str) -> str:
    return f" {name_key(text)} "


def _issuer_named(state: IndexState, question: str, plans: list[str]) -> list[str]:
    """The plans whose whole issuer name the question contains, when exactly one does."""
    q = _key(question)
    hits = [d for d in plans if state.docs[d].meta.issuer and _key(state.docs[d].meta.issuer or "") in q]
    return hits if len(hits) == 1 else []


def decision_answer(state: IndexState, question: str, doc_id: str) -> Draft | None:
    """Questions about the decision that issues a plan: its number and date, an article, when it takes effect."""
    q = fold(question)
    rec = state.docs[doc_id]
    m = rec.meta
    if not m.decision_number or not _DECISION.search(q):
        return None
    known = {str(m.year), (m.decision_date or "")[:4], (m.date or "")[:4]}
    if any(y not in known for y in re.findall(r"\b(20\d\d)\b", q)):  # a year this plan is not about
        return None
    head = rec.text  # the decision comes first: its articles are the first "Điều N" lines
    article = _ARTICLE.search(q)
    if article or _EFFECT.search(q):
        pat = re.compile(rf"^\s*dieu {article.group(1)}\b" if article else r"^\s*dieu \d+\b.*\bhieu luc\b")
        quote = _line_quote(head, pat)
        whole = next((s for s in rec.outline.children if s.kind == "article" and quote is not None
                      and s.line_start == quote.line_start), None)
        if whole is not None:  # the whole article, not its first line ("Điều 3. Chánh Văn phòng …, Thủ trưởng …")
            quote = raw_lines(rec.text, whole.line_start, whole.line_end)
        if quote is None:
            return None
        cit = citation(state, doc_id, "Quyết định ban hành", quote)
        return Draft(f"Theo Quyết định số {m.decision_number} ban hành kế hoạch của {plan_label(state, doc_id)}: "
                     f"{' '.join(quote.text.split())} [1]", False, [cit], 1.0)
    first = next((s for s in rec.outline.children if s.kind == "article"), None)
    if _WHAT_PLAN.search(q) and first is not None:  # "QĐ 112 ban hành kế hoạch gì?": its Điều 1
        quote = raw_lines(rec.text, first.line_start, first.line_end)
        cit = citation(state, doc_id, "Quyết định ban hành", quote)
        return Draft(f"Quyết định số {m.decision_number}: {' '.join(quote.text.split())} [1]", False, [cit], 1.0)
    if _PROPOSAL.search(q) and first is not None:  # the preamble's "Theo đề nghị của … (tại Tờ trình số …)"
        preamble = "\n".join(rec.text.splitlines()[:first.line_start - 1])
        proposal = _line_quote(preamble, _PROPOSAL_LINE)
        if proposal is not None:
            cit = citation(state, doc_id, "Quyết định ban hành", proposal)
            return Draft(f"Quyết định số {m.decision_number} ban hành kế hoạch của {plan_label(state, doc_id)} được ban "
                         f"hành {_lower_first(' '.join(proposal.text.split()).rstrip('.;'))} [1].", False, [cit], 1.0)
    if not ((_DECISION_NUMBER.search(q) and not _WHICH_DEPARTMENT.search(question.lower())) or _DATE.search(q)):
        return None
    quote = _line_quote(rec.text, _DECISION_LINE)
    if quote is None:
        return None
    cits = [citation(state, doc_id, "Phần đầu văn bản", quote)]
    text = f"Kế hoạch của {plan_label(state, doc_id)} được ban hành kèm theo Quyết định số {m.decision_number}"
    if m.decision_date:
        y, mo, d = m.decision_date.split("-")
        text += f" ngày {int(d)} tháng {int(mo)} năm {y} ({int(d)}/{int(mo)}/{y})"
        dq = _line_quote(rec.text, _DATE_LINE)
        if dq is not None and dq.line_start != quote.line_start:
            cits.append(citation(state, doc_id, "Phần đầu văn bản", dq))
    text += " " + " ".join(f"[{i}]" for i in range(1, len(cits) + 1))
    sig = _signature(rec.outline)
    sq = raw_lines(rec.text, sig.line_start, sig.line_end) if sig and m.signer and _SIGNER.search(q) else None
    if sq is not None:  # "… số mấy, ai ký?": the signer too, cited at the signature
        cits.append(citation(state, doc_id, "Chữ ký", sq))
        title = _signed_as(m.signer_title, sq.text)
        text += f"; người ký: {m.signer}{title} [{len(cits)}]"
    return Draft(text + ".", False, cits, 1.0)


def metadata_answer(state: IndexState, question: str, plans: list[str]) -> Draft | None:
    """Answer signer / issue-date / plan-number questions about one named plan from its metadata."""
    if len(plans) > 1:  # "của UBND tỉnh Nghệ An" names one plan's issuer in full, not the commune's
        plans = _issuer_named(state, question, plans) or plans
    if len(plans) != 1:
        return signers_answer(state, question, plans)
    q = fold(question)
    if _IMPLEMENTS.search(q) and not _PROPOSAL.search(q):  # "căn cứ tờ trình nào" asks for the proposal
        # "thực hiện kế hoạch số mấy của UBND tỉnh?": refused when the plan cites no other plan by number
        if _DECISION_NUMBER.search(q) and not _cites_other_plan(state, plans[0]) and not _OTHER_ACT.search(q):
            return refuse("no_cited_plan")
        return None
    decided = decision_answer(state, question, plans[0])
    if decided is not None:
        return decided
    rec = state.docs[plans[0]]
    m = rec.meta
    label = plan_label(state, rec.doc_id)
    if _NUMBER.search(q) and _DATE.search(q) and m.date and not _SIGNER.search(q):
        nq, dq = _line_quote(rec.text, _NUMBER_LINE), _line_quote(rec.text, _DATE_LINE)
        if nq is not None and dq is not None and m.number:
            y, mo, d = m.date.split("-")
            cits = [citation(state, rec.doc_id, "Phần đầu văn bản", x) for x in (nq, dq)]
            return Draft(f"Kế hoạch của {label} có số {m.number} [1], ban hành ngày {int(d)} tháng {int(mo)} năm {y} "
                         f"({int(d)}/{int(mo)}/{y}) [2].", False, cits, 1.0)
    holder = asked_title(question)  # "Ai là Giám đốc Sở …?": the plan names one only in its own signature
    if holder and not (m.signer and holds(holder, m.signer_title)):
        return None  # "Ai là Bộ trưởng …?" when a Thứ trưởng signed: not stated
    if _SIGNER.search(q) or holder:
        if not m.signer:
            return None
        sig = _signature(rec.outline)
        pat = re.compile(re.escape(fold(m.signer)))
        quote = (raw_lines(rec.text, sig.line_start, sig.line_end) if sig else None) or _line_quote(rec.text, pat, True)
        if quote is None:
            return None
        title = _signed_as(m.signer_title, quote.text if sig else "")
        cits = [citation(state, rec.doc_id, "Chữ ký", quote)]
        text = f"Kế hoạch của {label} do {m.signer}{title} ký [1]"
        dq = _line_quote(rec.text, _DATE_LINE) if m.date and (_DATE.search(q) or _ALSO_DATE.search(q)) else None
        if dq is not None and m.date:  # "ai ký, ngày nào?", "who signed …, and on what date?"
            y, mo, d = m.date.split("-")
            cits.append(citation(state, rec.doc_id, "Phần đầu văn bản", dq))
            written = _WRITTEN_DATE.search(dq.text)  # the date as the plan writes it ("ngày 21 tháng 01 năm 2026")
            said = " ".join(written.group(0).split()) if written else f"ngày {int(d)} tháng {int(mo)} năm {y}"
            text += f", {said} ({int(d)}/{int(mo)}/{y}) [2]"
        return Draft(text + ".", False, cits, 1.0)
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
