"""Extractive answers: pick the sentences that answer, quote them verbatim, compose a cited Vietnamese reply."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from assistant.answer.quotes import Quote, locate, raw_lines, sentences
from assistant.answer.scoring import Scored, SentenceScorer, norm_words
from assistant.retrieval import Hit
from assistant.state import IndexState
from index.normalize import fold, words
from index.restore import restored_reading
from index.types import Chunk

NO_ANSWER = "Không tìm thấy thông tin này trong các kế hoạch đã nạp."


@dataclass
class Candidate:
    """A scored sentence of a retrieved passage."""

    hit: Hit
    rank: int
    scored: Scored

    @property
    def doc_id(self) -> str:
        """Plan of the sentence."""
        return self.hit.chunk.doc_id


@dataclass
class Draft:
    """An answer before serialisation."""

    answer: str
    abstained: bool
    citations: list[dict[str, Any]] = field(default_factory=list)
    confidence: float = 0.0
    items: list[dict[str, Any]] | None = None  # structured records of a record / list answer (``items`` in JSON)
    reason: str | None = None  # why the answer abstained (``abstain_reason`` in JSON)


def refuse(reason: str, confidence: float = 0.0) -> Draft:
    """An abstention with the check that caused it ("unknown_name", "near_neighbour", "low_coverage" …)."""
    return Draft(NO_ANSWER, True, confidence=confidence, reason=reason)


def plan_label(state: IndexState, doc_id: str) -> str:
    """Short name of a plan for answers: issuer + number or period."""
    m = state.docs[doc_id].meta
    who = m.issuer or doc_id
    if m.province and fold(m.province) not in fold(who):
        who = f"{who} tỉnh {m.province}"
    extra = m.number or m.period
    return f"{who} ({extra})" if extra else who


def identity_words(state: IndexState, named: list[str]) -> frozenset[str]:
    """Folded words that name the given plans (issuer, province, number, period words)."""
    from assistant.answer.planref import identity_phrases, number_phrases

    out: set[str] = set()
    for doc_id in named:
        m = state.docs[doc_id].meta
        for value in (m.issuer, m.province, m.number):
            out.update(words(value or ""))
        place = words(m.province or "")
        if len(place) > 1:  # "TP HCM", "TP.HCM": the province by its initials
            out.update({"".join(w[0] for w in place), "tp"})
        # "KH 38", "QĐ 205" name the plan by number: their kind words are no name
        for phrase in identity_phrases(state.docs[doc_id]) - number_phrases(state.docs[doc_id]):
            out.update(words(phrase))
    return frozenset(out | ({"tinh", "xa", "so"} if out else set()))


_LETTERHEAD = re.compile(r"cong hoa xa hoi chu nghia viet nam|doc lap\s*-\s*tu do\s*-\s*hanh phuc")


def candidates(state: IndexState, scorer: SentenceScorer, question: str, kinds: list[str], hits: list[Hit],
               named: list[str]) -> list[Candidate]:
    """Every sentence of the top passages, scored; passages of plans the question names are favoured."""
    out: list[Candidate] = []
    exclude = identity_words(state, named)
    for rank, hit in enumerate(hits):
        ocr = state.docs[hit.chunk.doc_id].ocr_damaged
        for sent in sentences(hit.chunk.text):
            if _LETTERHEAD.search(fold(sent)):  # the national motto block: plan metadata (metaqa), never an answer
                continue
            sc = scorer.score(question, sent, kinds, ocr, exclude)
            sc.score += 0.25 / (1 + rank)
            if named and hit.chunk.doc_id not in named:
                sc.score *= 0.6
            out.append(Candidate(hit, rank, sc))
    out.sort(key=lambda c: -c.scored.score)
    return out


def best_first(cands: list[Candidate]) -> list[Candidate]:
    """Put the best sentence that has the asked kind of information first, when it is close to the top."""
    if not cands or cands[0].scored.intent_ok:
        return cands
    top = cands[0].scored.score
    for i, c in enumerate(cands[1:40], 1):
        if c.scored.intent_ok and c.scored.score >= 0.6 * top:
            return [c, *cands[:i], *cands[i + 1:]]
    return cands


def select(cands: list[Candidate], multi: bool, max_items: int = 4, named: list[str] | None = None) -> list[Candidate]:
    """The best sentence, plus close runners-up (from other plans when the question spans plans).

    When the question names several plans ("so sánh … Sở VHTTDL Cao Bằng và Sở DTTG Lai Châu"), the best
    sentence of each named plan is given.
    """
    if not cands:
        return []
    if named and len(named) > 1:
        per_plan = [next((c for c in cands if c.doc_id == d), None) for d in named]
        found = [c for c in per_plan if c is not None and c.scored.score >= 0.4 * cands[0].scored.score]
        if len(found) > 1:
            return sorted(found, key=lambda c: -c.scored.score)[:max_items]
    best = cands[0].scored.score
    chosen: list[Candidate] = [cands[0]]
    seen_text = {cands[0].scored.sentence}
    per_doc = {cands[0].doc_id: 1}
    ratio = 0.7 if multi else 0.85
    limit = max_items if multi else 2
    for c in cands[1:]:
        if len(chosen) >= limit or c.scored.score < ratio * best:
            break
        if c.scored.sentence in seen_text or any(c.scored.sentence in s or s in c.scored.sentence for s in seen_text):
            continue
        if not c.scored.intent_ok and chosen[0].scored.intent_ok:
            continue
        if not multi and per_doc.get(c.doc_id, 0) >= 2:
            continue
        chosen.append(c)
        seen_text.add(c.scored.sentence)
        per_doc[c.doc_id] = per_doc.get(c.doc_id, 0) + 1
    return chosen


def complement(scorer: SentenceScorer, question: str, chosen: list[Candidate], cands: list[Candidate],
               exclude: frozenset[str], fits: Callable[[Candidate], bool] = lambda c: True) -> list[Candidate]:
    """The chosen sentences plus one that states what they leave out of a question about two things.

    "Chỉ tiêu giải quyết trực tuyến toàn trình và mức hài lòng là bao nhiêu?": the first sentence gives one target;
    a close candidate holding most of the question's remaining content words (and, through ``fits``, the asked
    kind of value) gives the other.
    """
    said = {w for c in chosen for w in norm_words(c.scored.sentence, ocr=True)}
    missing = [w for w in scorer.content_words(question, exclude) if w not in said and scorer.df.get(w, 0)]
    if len(missing) < 2:
        return chosen
    best = chosen[0].scored.score
    for c in cands[1:12]:
        if c in chosen or c.scored.score < 0.4 * best or not fits(c):
            continue
        found = set(missing) & set(norm_words(c.scored.sentence, ocr=True))
        if len(found) >= max(2, 0.6 * len(missing)):
            return [*chosen, c]
    return chosen


_ITEM = re.compile(r"^(?:[a-zđ]\)|\d{1,2}[.)])$")


def sibling_items(section: str, other: str) -> bool:
    """Whether two sections are different numbered or lettered items of one parent ("3. Thanh tra Sở > a)" / "> b)")."""
    a, b = section.rsplit(" > ", 1), other.rsplit(" > ", 1)
    return (len(a) == 2 == len(b) and a[0] == b[0] and a[1] != b[1]
            and all(_ITEM.match(x[1].strip().lower()) for x in (a, b)))


def citation(state: IndexState, doc_id: str, section: str, quote: Quote, page: int | None = None,
             reading: str | None = None) -> dict[str, Any]:
    """A citation (§4.2) of a verbatim quote; the page is taken from the plan's pages when it has them.

    ``reading`` (a normalised reading of the quote) is kept only when the cited text is OCR text.
    """
    rec = state.docs[doc_id]
    if rec.pages:
        page = max((p["number"] for p in rec.pages if p["line_start"] <= quote.line_start), default=page)
    ocr = bool(rec.ocr_damaged or any(p["number"] == page and p.get("ocr") for p in rec.pages))
    cit = {"document": doc_id, "title": rec.meta.title, "plan": plan_label(state, doc_id), "section": section,
           "quote": quote.text, "page": page, "line_start": quote.line_start, "line_end": quote.line_end, "ocr": ocr}
    if ocr and reading:
        cit["reading"] = reading
    if ocr and (restored := restored_reading(quote.text, ocr=True)):
        cit["quote_restored"] = restored  # the quote with diacritics restored (index.restore); quote stays verbatim
    return cit


def cite(state: IndexState, cand: Candidate) -> dict[str, Any]:
    """A citation for a chosen sentence, with the verbatim quote located in the source."""
    chunk = cand.hit.chunk
    rec = state.docs[chunk.doc_id]
    q: Quote | None = locate(rec.text, cand.scored.sentence, chunk.line_start, chunk.line_end)
    if q is None:
        q = raw_lines(rec.text, chunk.line_start, chunk.line_end)
    return citation(state, chunk.doc_id, chunk.section, q, chunk.page, reading=cand.scored.sentence)


def where(chunk_section: str) -> str:
    """The innermost headings of a section path, as context for a quoted sentence ("1. Văn phòng Sở > a)")."""
    parts = [p.strip() for p in chunk_section.split(" > ") if p.strip()]
    tail = [p for p in parts[1:] if not p.startswith(("-", "+"))][-2:]
    return " > ".join(tail)


def section_text(state: IndexState, chunk: Chunk) -> str:
    """The text around a unit: its own text, or for a fact, the section chunk that holds it."""
    if chunk.kind != "fact":
        return chunk.text
    for unit in state.docs[chunk.doc_id].chunks:
        if unit.line_start <= chunk.line_start <= unit.line_end:
            return unit.text
    return chunk.text


def paragraph_lead(text: str, sentence: str) -> str | None:
    """The "Subject:" label opening the paragraph that holds ``sentence`` ("Phòng Chính sách Dân tộc, …")."""
    for para in text.split("\n"):
        if sentence in para and not para.startswith(sentence):
            head, sep, _ = para.partition(":")
            if sep and 1 <= len(head.split()) <= 16 and sentence not in head:
                return head.strip(" -–+")
    return None


def compose(state: IndexState, chosen: list[Candidate]) -> Draft:
    """A short Vietnamese answer: each chosen sentence under its plan's name, followed by its marker."""
    citations = [cite(state, c) for c in chosen]
    docs = list(dict.fromkeys(c.doc_id for c in chosen))
    lines: list[str] = []
    for i, c in enumerate(chosen, 1):
        label = plan_label(state, c.doc_id)
        note = " (văn bản OCR)" if citations[i - 1]["ocr"] else ""
        sent = c.scored.sentence.rstrip(" ;,")
        ctx = where(c.hit.chunk.section)
        lead = paragraph_lead(section_text(state, c.hit.chunk), c.scored.sentence)
        if lead and lead not in sent:
            sent = f"{lead}: {sent}"
        if ctx and ctx not in sent:
            sent = f"[{ctx}] {sent}"
        lines.append(f"- {label}{note}: {sent} [{i}]" if len(docs) > 1 else f"{sent} [{i}]")
    if len(docs) > 1:
        answer = f"Theo {len(docs)} kế hoạch:\n" + "\n".join(lines)
    else:
        answer = f"Theo kế hoạch của {plan_label(state, docs[0])}: " + " ".join(lines)
    return Draft(answer=answer, abstained=False, citations=citations, confidence=chosen[0].scored.score)
