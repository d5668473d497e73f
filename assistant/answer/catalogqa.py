"""Questions about the collection itself, answered from the catalog (every plan's metadata).

"Có bao nhiêu kế hoạch?", "Những kế hoạch nào của Lai Châu?", "Bộ Tư pháp có những kế hoạch nào?": counted
or listed from ``state.docs`` metadata, each plan cited at its title lines. A topic no plan regulates (from
the lexicon's ``off_domain`` list, present in no plan's text) is refused instead of answered from the nearest
passage.
"""

from __future__ import annotations

import re

from assistant.answer.extractive import Draft, citation, plan_label
from assistant.answer.lexicon import lexicon
from assistant.answer.quotes import raw_lines
from assistant.state import IndexState
from index.normalize import fold
from index.ocrtext import ocr_fold


def off_topic(state: IndexState, question: str, named: list[str]) -> bool:
    """The question asks about an off-domain topic that the (named) plans never mention."""
    topic = lexicon().off_topic(question)
    if topic is None:
        return False
    docs = named or list(state.docs)
    pat = re.compile(rf"(?<![a-z0-9]){re.escape(topic)}(?![a-z0-9])")
    return not any(pat.search(fold(state.docs[d].text))
                   or (state.docs[d].ocr_damaged and pat.search(ocr_fold(state.docs[d].text))) for d in docs)


def _vn_date(iso: str) -> str:
    y, mo, d = iso.split("-")
    return f"{int(d)}/{int(mo)}/{y}"


def _title_quote(state: IndexState, doc_id: str) -> dict:
    rec = state.docs[doc_id]
    title = fold(rec.meta.title or "")[:30]
    lines = rec.text.splitlines()
    at = next((i for i, line in enumerate(lines, 1) if title and title in fold(line)), None)
    at = at or next((i for i, line in enumerate(lines, 1) if line.strip()), 1)
    return citation(state, doc_id, "Phần đầu văn bản", raw_lines(rec.text, at, at))


def catalog_answer(state: IndexState, question: str, allowed: set[str] | None) -> Draft | None:
    """Count or list the indexed plans, narrowed to the province / issuer words the question names."""
    q = fold(question)
    if not lexicon().catalog.search(q) or not state.docs:
        return None
    docs = [d for d in sorted(state.docs) if allowed is None or d in allowed]
    narrowed = []
    for d in docs:
        m = state.docs[d].meta
        names = [fold(x) for x in (m.province, m.issuer) if x]
        if any(re.search(rf"(?<![a-z0-9]){re.escape(n)}(?![a-z0-9])", q) for n in names):
            narrowed.append(d)
    words_of_names = {w for d in narrowed for x in (state.docs[d].meta.province, state.docs[d].meta.issuer) if x
             for w in re.findall(r"[0-9a-z]+", fold(x))}
    rest = [w for w in lexicon().content_words(question) if w not in words_of_names and w not in lexicon().catalog_words]
    if rest:
        return None  # "Những kế hoạch nào nêu Nghị quyết 76?" asks about content, not the catalog
    if narrowed:
        docs = narrowed
    elif re.search(r"\b(cua|o|tai|thuoc) (tinh|xa|so|bo|ubnd)\b", q):
        return None  # the question names a body no indexed plan belongs to
    if not docs:
        return None
    lines, cits = [], []
    for n, d in enumerate(docs, 1):
        m = state.docs[d].meta
        cits.append(_title_quote(state, d))
        lines.append(f"{n}. {plan_label(state, d)}: {m.title or d}" + (f" (ngày {_vn_date(m.date)})" if m.date else "") + f" [{n}]")
    head = f"Có {len(docs)} kế hoạch" + (" phù hợp" if narrowed else " trong kho") + ":"
    return Draft(head + "\n" + "\n".join(lines), False, cits, 1.0)
