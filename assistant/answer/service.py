"""The ask pipeline shared by the CLI, the API, the UI and the evaluation harness."""

from __future__ import annotations

import re
import time
from typing import Any

from assistant.answer.abstain import absent_units, unknown_names, unknown_proper_names
from assistant.answer.catalogqa import catalog_answer, off_topic
from assistant.answer.compound import answers_part, merge, needs_own_answer, parts, resolve_back
from assistant.answer.extractive import (
    Candidate,
    Draft,
    best_first,
    candidates,
    complement,
    compose,
    identity_words,
    refuse,
    select,
    sibling_items,
)
from assistant.answer.factqa import reference_answer, reporting_answer
from assistant.answer.fillers import plan_view
from assistant.answer.followup import condense, strip_followup
from assistant.answer.guards import (
    asks_funding,
    has_content,
    misses_every_topic,
    names_agent,
    plan_year_mismatch,
    value_candidate,
    year_mismatch,
)
from assistant.answer.intent import classify, is_english
from assistant.answer.lexicon import lexicon
from assistant.answer.metaqa import metadata_answer, parent_question
from assistant.answer.mismatch import conflicts, unit_context
from assistant.answer.offdomain import english_without_terms
from assistant.answer.planref import PlanTable, named_plans, rank_named
from assistant.answer.reportqa import report_answer
from assistant.answer.scoring import SentenceScorer
from assistant.answer.sectionqa import section_answer
from assistant.answer.tasklist import list_answer
from assistant.answer.taskqa import task_answer
from assistant.answer.titles import asked_title, holds, presumed_signer_title
from assistant.answer.valuetype import has_value, required_value
from assistant.retrieval import Filters, Hit, HybridRetriever
from assistant.settings import Settings
from assistant.state import IndexState
from index.normalize import fold

_SIGNED_FOR = re.compile(r"\bky thay\b|\b(?:kt|tm|tl)\.? (?:giam doc|chu tich|bo truong|cuc truong|truong)")
MAX_NAMED = 8  # plans a question can single out (ranked); more only happen in archives of same-named bodies
PER_PLAN = 3  # named plans searched one by one for multi-plan questions (one filtered search each)
_COMPARE = re.compile(r"\b(so sanh|ca hai|hai (ke hoach|so|xa|don vi|co quan)|ca .* va|lan luot|moi ben|tung ben|both|"
                      r"(?:moi|tung) (?:noi|dia phuong|don vi|co quan|ke hoach)|compare|each)\b")


class Answerer:
    """Answers questions over one index snapshot (extractive by default)."""

    def __init__(self, state: IndexState, retriever: HybridRetriever, settings: Settings) -> None:
        self.state = state
        self.retriever = retriever
        self.settings = settings
        self.scorer = SentenceScorer([u.text for u in state.units.values()])
        self._corpus_key = state.generation or ""
        self._corpus_text = "\n".join(rec.text for rec in state.docs.values())

    def ask(self, question: str, history: list[dict[str, str]] | None = None, filters: Filters | None = None,
            top_k: int = 10, mode: str = "extractive", retrieval: str = "hybrid") -> dict[str, Any]:
        """Answer JSON (DESIGN.md §4.2) plus ``mode``, ``standalone_question`` and ``related`` when abstaining.

        ``retrieval`` (hybrid | bm25 | dense) exists for the evaluation baselines.
        """
        t0 = time.perf_counter()
        standalone = condense(question, history)
        # everyday wordings in the plans' own terms ("bao nhiêu tiền" → "kinh phí bao nhiêu") for every step below
        working, asked_as = lexicon().canonical(standalone), lexicon().canonical(question)
        draft, hits, named, intent = self._draft(working, asked_as, filters, top_k, retrieval)
        retrieved = [self._passage(h) for h in hits[:top_k]]
        parent = parent_question(self.state, working, named)
        if parent is not None:  # "kế hoạch … mà Sở X triển khai do ai ký?": asked of the plan Sở X implements
            asked = self._draft(parent, parent, filters, top_k, retrieval)[0]
            draft = asked if not asked.abstained else draft
        if not intent.english:
            draft = self._compound(working, draft, named, filters, top_k, retrieval)
        used_mode = "extractive"
        llm_note: str | None = None
        if mode == "llm" and not draft.abstained:
            from assistant.answer.llm_mode import generate_checked

            llm_draft, rejected = generate_checked(self.settings, standalone, hits[:6], self.state, history)
            if llm_draft is not None:
                draft, used_mode = llm_draft, "llm"
            else:
                used_mode = "extractive"
                llm_note = rejected
        if not draft.abstained:
            retrieved = self._cited_first(draft.citations, hits, top_k)
        out: dict[str, Any] = {
            "question": question, "answer": draft.answer, "abstained": draft.abstained,
            "citations": draft.citations, "retrieved": retrieved,
            "latency_ms": round((time.perf_counter() - t0) * 1000, 1), "mode": used_mode,
            "intent": intent.kinds, "plans": named,
        }
        if llm_note:
            out["llm_fallback"] = llm_note
        if standalone != question:
            out["standalone_question"] = standalone
        if draft.abstained:
            out["related"] = retrieved[:3]
            out["abstain_reason"] = draft.reason or "no_answer"
        elif draft.items is not None:
            out["items"] = draft.items
        return out

    def _draft(self, standalone: str, question: str, filters: Filters | None, top_k: int, retrieval: str,
               inherited: list[str] | None = None) -> tuple[Draft, list[Any], list[str], Any]:
        """The extractive draft of one question, with its hits, named plans and intent.

        ``inherited``: the plans of the question a sub-question belongs to, when it names none itself.
        """
        intent = classify(standalone)
        intent.expanded = lexicon().expand(intent.expanded)  # paraphrases → canonical terms for the lexical side
        table = self._table()
        named = named_plans(intent.expanded, self.state.docs, table) or list(inherited or [])
        if standalone != question:  # a follow-up that names a plan moves the focus to it
            named = named_plans(strip_followup(question), self.state.docs, table) or named
        refs = table.referenced(intent.expanded)
        # "so sánh … Cao Bằng và … Lai Châu", "… Ban Quản lý các KCN Bắc Ninh …, Sở Tài chính Hà Tĩnh …": every one
        if len(refs) > 1 and (_COMPARE.search(fold(standalone)) or (
                standalone == question and len(set(refs) & set(named)) < len(refs))):  # a follow-up keeps its focus
            named = sorted({*named, *refs}, key=lambda d: table.order.get(d, 0))
        elif _COMPARE.search(fold(standalone)):  # "so sánh … tỉnh Lạng Sơn và … xã Đồng Văn", "… của mỗi bên"
            scores = table.scores(intent.expanded)
            top = max(scores.values(), default=0.0)
            close = [d for d, v in scores.items() if v >= 0.5 * top]
            if len({*named, *refs, *close}) > 1:
                named = sorted({*named, *refs, *close}, key=lambda d: table.order.get(d, 0))
        boost = {d: self.settings.plan_boost for d in named}
        hits = self.retriever.search(intent.expanded, max(top_k, 10), filters, mode=retrieval, boost=boost)
        named = rank_named(named, intent.expanded, table, hits, MAX_NAMED)
        if len(named) > 1:  # a question about several named plans: make sure each one contributes passages
            searched = rank_named(named, intent.expanded, table, hits, PER_PLAN)
            hits = self._per_plan(intent.expanded, hits, searched, filters, retrieval)
        expansion = intent.expanded[len(standalone):] if intent.english else ""
        return self._extractive(standalone, intent.kinds, hits[:12], named, filters, expansion), hits, named, intent

    def _compound(self, question: str, draft: Draft, named: list[str], filters: Filters | None, top_k: int,
                  retrieval: str) -> Draft:
        """The draft with an answer for each sub-question it leaves uncovered (:mod:`compound`)."""
        subs = parts(question)
        if not subs:
            return draft
        identity = identity_words(self.state, named)
        if draft.abstained:  # the whole is refused: answered only when every sub-question is answered on its own
            each = [self._draft(p, p, filters, top_k, retrieval, named)[0] for p in subs]
            if all(not d.abstained and answers_part(self.scorer, p, d, identity) for p, d in zip(subs, each, strict=True)):
                return merge(each[0], each[1:])
            return draft
        quoted = {c["quote"] for c in draft.citations}
        extra: list[Draft] = []
        previous = draft
        for part in subs:
            resolved = resolve_back(part, previous)
            if resolved == part and not needs_own_answer(self.scorer, part, draft, identity):
                continue
            sub = self._draft(resolved, resolved, filters, top_k, retrieval, named if resolved == part else None)[0]
            if sub.abstained or all(c["quote"] in quoted for c in sub.citations) or (
                    resolved == part and not answers_part(self.scorer, part, sub, identity)):
                continue
            quoted |= {c["quote"] for c in sub.citations}
            extra.append(sub)
            previous = sub
        return merge(draft, extra) if extra else draft

    def _extractive(self, question: str, kinds: list[str], hits: list[Any], named: list[str],
                    filters: Filters | None = None, expansion: str = "") -> Draft:
        if not hits or not has_content(question):
            return refuse("no_content")
        unknown = [] if is_english(question) else unknown_names(question, self._corpus_key, self._corpus_text)
        if unknown:
            return refuse("unknown_name")
        if off_topic(self.state, question, named):
            return refuse("off_domain")
        if is_english(question) and english_without_terms(question):
            return refuse("english_no_terms")
        allowed = filters.allowed(self.state) if filters else None
        if allowed is not None:  # the sidebar/API filters bound every answer path, named plans included
            named = [d for d in named if d in allowed]
        refs = self._table().referenced(question)
        scope = sorted({*named, *(d for d in refs if allowed is None or d in allowed)}) or (
            sorted(allowed) if allowed is not None else list(self.state.docs))
        # any plan the question names at all ("… xã Trùng Khánh …, còn … của Lâm Đồng …") can hold its names
        scope = sorted({*scope, *(d for d in self._table().scores(question) if allowed is None or d in allowed)})
        # a unit, place or language the plans in question never mention (English word order is not judged)
        if not is_english(question) and absent_units(self.state, question, scope):
            return refuse("absent_unit")
        if not is_english(question) and unknown_proper_names(self.state, question, scope):
            return refuse("unknown_place")
        title = asked_title(question)  # "Chủ tịch UBND tỉnh … là ai?": only a signer with that very title is named
        if title and not any(self.state.docs[d].meta.signer and holds(title, self.state.docs[d].meta.signer_title)
                             for d in (named or scope)):
            return refuse("title_holder")
        presumed = presumed_signer_title(question)  # refused only when every named plan's signer title is known
        if presumed and named and all(self.state.docs[d].meta.signer_title for d in named) and not any(
                holds(presumed, self.state.docs[d].meta.signer_title) for d in named):
            return refuse("title_holder")
        if _SIGNED_FOR.search(fold(question)) and named and all(
                self.state.docs[d].meta.signer_title and not fold(self.state.docs[d].meta.signer_title or "").startswith(
                    ("kt", "tm", "tl", "pho ", "thu truong")) for d in named):
            return refuse("title_holder")  # "ai ký thay Giám đốc (KT. Giám đốc)?" of a plan the head signed in person
        if plan_year_mismatch(self.state, question, named):  # "kế hoạch năm 2025 của …" when only 2026's is loaded
            return refuse("plan_year")
        listed = catalog_answer(self.state, question, allowed)
        if listed is not None:
            return listed
        meta = metadata_answer(self.state, question, named or (sorted(allowed) if allowed is not None else []))
        if meta is not None:
            return meta
        sectioned = section_answer(self.state, question, named)  # "Mục đích của kế hoạch là gì?": the heading's content
        if sectioned is not None:
            return sectioned
        for records in (list_answer, task_answer):
            drafted = records(self.state, question, allowed, named, expansion)
            if drafted is not None:
                return drafted
        for special in (report_answer, reporting_answer, reference_answer):
            drafted = special(self.state, question, allowed, named, expansion)
            if drafted is not None:
                return drafted
        cands = best_first(candidates(self.state, self.scorer, question, kinds, hits, named))
        if not cands:
            return refuse("no_candidates")
        if named and "multi" not in kinds:
            cands = [c for c in cands if c.doc_id in named] or cands
        identity = identity_words(self.state, named)
        cands = self._fitting(question, cands, identity)
        if not cands:  # every close sentence is about a neighbour of what is asked ("trong nước" for "quốc tế")
            return refuse("near_neighbour")
        who_or_when = not {"target", "lookup"} & set(kinds)  # a question about a duty's unit or time
        if "who" in kinds and who_or_when:  # "ai / đơn vị nào …": a sentence naming one
            agents = [c for c in cands if names_agent(c.hit.chunk.section + " " + (
                c.hit.chunk.text if c.hit.chunk.kind == "table_row" else c.scored.sentence))]
            if not agents or agents[0].scored.coverage < 0.9 * cands[0].scored.coverage:
                return refuse("no_agent")  # the closest match names nobody; a weaker one is not the answer either
            cands = agents
        valued = value_candidate(self.state, self.scorer, question, cands, identity,
                                 expansion or None)
        if valued is None and len(named) == 1 and asks_funding(question):  # a funding sentence retrieval missed:
            whole = candidates(self.state, self.scorer, question, kinds,
                               [Hit(c, 0.0) for c in self.state.docs[named[0]].chunks], named)
            valued = value_candidate(self.state, self.scorer, question, whole, identity, expansion or None)
            if isinstance(valued, Candidate):
                valued.scored.score = max(valued.scored.score, cands[0].scored.score)
        if valued is None:
            return refuse("value_missing")
        if isinstance(valued, Candidate) and valued is not cands[0]:
            cands = [valued, *[c for c in cands if c is not valued]]
        if year_mismatch(self.state, question, cands[0]):  # "Năm 2025 … đạt bao nhiêu?": a passage of that year
            pattern, years = required_value(question), re.findall(r"\b20\d\d\b", question)
            dated = [c for c in cands[1:12] if all(y in c.scored.sentence for y in years)
                     and c.scored.coverage >= self.settings.abstain_threshold
                     and has_value(pattern, fold(c.scored.sentence))]
            if not dated:
                return refuse("year_mismatch", cands[0].scored.score)
            cands = [dated[0], *[c for c in cands if c is not dated[0]]]
        best = cands[0].scored
        quoted = f"{cands[0].hit.chunk.section} {best.sentence}"
        # (a compound question about several plans is answered part by part, each part checked on its own)
        subs = parts(question)
        if who_or_when and {"who", "when"} & set(kinds) and not is_english(question) \
                and (len(named) < 2 or not subs) and misses_every_topic(self.scorer, subs or [question], quoted, identity):
            return refuse("off_topic_unit", best.score)
        if best.coverage < self.settings.abstain_threshold:
            return refuse("low_coverage", best.score)
        multi = "multi" in kinds or (not named and len({c.doc_id for c in cands[:4]}) > 1 and "who" in kinds)
        pattern = required_value(question)
        if pattern is not None and len(named) > 1:  # "kinh phí của A và của B": each plan's sentence with an amount
            cands = [c for c in cands if has_value(pattern, fold(c.scored.sentence))] or cands
        chosen = select(cands, multi, named=named)
        if len(chosen) == 1 and (pattern is not None or "target" in kinds):  # two values asked ("chỉ tiêu A và B")
            chosen = complement(self.scorer, question, chosen, cands, identity | lexicon().stop,
                                lambda c: c.doc_id == chosen[0].doc_id
                                and has_value(pattern, fold(c.scored.sentence)))
        if len(chosen) == 1 and who_or_when:  # "kiểm tra … xong thì gửi kết quả cho ai?": the follow-up item b)
            chosen = complement(self.scorer, question, chosen, cands, identity | lexicon().stop,
                                lambda c: sibling_items(c.hit.chunk.section, chosen[0].hit.chunk.section)
                                and c.doc_id == chosen[0].doc_id)
        return compose(self.state, chosen)

    def _fitting(self, question: str, cands: list[Candidate], identity: frozenset[str]) -> list[Candidate]:
        """The candidates without the best ones that are about a near neighbour of the question (:mod:`mismatch`).

        A table row is judged whole: when its task is a neighbour, none of its cells answers either; and when the best
        match is a neighbour, a clearly weaker sentence (under 90 % of its coverage) is not taken instead.
        """
        rejected: set[str] = set()
        for i, c in enumerate(cands[:8]):
            chunk = c.hit.chunk
            if chunk.chunk_id in rejected:
                continue
            context = unit_context(self.state.docs[c.doc_id].meta, chunk.section)
            unit = chunk.text if chunk.kind == "table_row" else c.scored.sentence
            if not conflicts(question, unit, identity, context, plan_view(self.state, c.doc_id)):
                if i and c.scored.coverage < 0.9 * cands[0].scored.coverage:
                    return []  # the best match is a neighbour; a weaker one is not the answer either
                return [x for x in cands[i:] if x.hit.chunk.chunk_id not in rejected]
            if chunk.kind == "table_row":
                rejected.add(chunk.chunk_id)
        return []

    def _table(self) -> PlanTable:
        return self.state.cached("planref", lambda: PlanTable.build(self.state.docs))

    def _per_plan(self, query: str, hits: list[Any], named: list[str], filters: Filters | None,
                  retrieval: str) -> list[Any]:
        merged: list[Any] = []
        seen: set[str] = set()
        per_plan = []
        for doc_id in named:
            plan_filter = Filters(documents=[doc_id], province=filters.province if filters else None,
                                  year=filters.year if filters else None)
            per_plan.append(self.retriever.search(query, 6, plan_filter, mode=retrieval))
        for group in zip(*per_plan, strict=False):  # interleave: best of each plan first
            for h in group:
                if h.chunk.chunk_id not in seen:
                    seen.add(h.chunk.chunk_id)
                    merged.append(h)
        merged += [h for h in hits if h.chunk.chunk_id not in seen]
        return merged

    def _cited_first(self, citations: list[dict[str, Any]], hits: list[Any], top_k: int) -> list[dict[str, Any]]:
        """Retrieved passages re-ranked so the passages the answer cites come first (in citation order)."""
        from assistant.retrieval import Hit

        order: list[Any] = []
        for cit in citations:
            doc, a, b = cit["document"], cit["line_start"], cit["line_end"]
            pool = [h for h in hits if h.chunk.doc_id == doc] + [Hit(u, 0.0) for u in self.state.doc_units(doc)]
            # the narrowest passage holding the cited line (a table row before the section that holds the table)
            holding = [h for h in pool if h.chunk.kind != "fact" and h.chunk.line_start <= a <= h.chunk.line_end]
            best = min(holding, key=lambda h: h.chunk.line_end - h.chunk.line_start, default=None) or next(
                (h for h in pool if h.chunk.line_start <= b and a <= h.chunk.line_end), None)
            if best is not None and all(best.chunk.chunk_id != o.chunk.chunk_id for o in order):
                order.append(best)
        rest = [h for h in hits if all(h.chunk.chunk_id != o.chunk.chunk_id for o in order)]
        return [self._passage(h) for h in (order + rest)[:top_k]]

    def _passage(self, hit: Any) -> dict[str, Any]:
        return self.state.passage(hit.chunk, hit.score)
