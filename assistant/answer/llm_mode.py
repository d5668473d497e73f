"""LLM mode: a generated answer over numbered passages, accepted only when every sentence checks out.

Flow of :func:`generate_checked`:

1. build the configured backend (:func:`assistant.llm.make_llm`); none configured → reason, no answer;
2. with a conversation history, ask the model to rewrite the question as a standalone one
   (``prompts/condense.txt``);
3. show the model the retrieved hits as numbered passages (plan label + section path + text) with
   ``prompts/answer.txt`` and generate greedily;
4. verify the reply (:func:`assistant.answer.verify.verify`): markers in range, a marker on every
   sentence, lexical support ≥ 60 %, numbers and dates verbatim;
5. turn an accepted reply into a :class:`Draft` whose citations are verbatim quotes located in the source
   (the passage sentence that best overlaps the sentences citing it), markers renumbered to the
   citation order.

When the model says the passages do not answer ("Không tìm thấy thông tin này …"), the mode returns
``(None, reason)``: the caller only asks the model when the extractive answer did not abstain, so the
extractive answer (with its citations) is the more useful reply.
"""

from __future__ import annotations

import logging
import re

from assistant.answer.extractive import Candidate, Draft, cite, plan_label
from assistant.answer.quotes import sentences
from assistant.answer.scoring import Scored
from assistant.answer.verify import Passage, Verdict, content_words, renumber, strip_markers, verify
from assistant.llm import LLM, LLMError, make_llm
from assistant.retrieval import Hit
from assistant.settings import PROMPTS_DIR, Settings
from assistant.state import IndexState
from index.ocrtext import ocr_words

log = logging.getLogger(__name__)

NOT_CONFIGURED = ("Chưa cấu hình mô hình ngôn ngữ (đặt CCHC_LLM_BASE_URL hoặc CCHC_LLM_GGUF); "
                  "dùng câu trả lời trích xuất.")
PASSAGE_CHARS = 1200
ANSWER_TOKENS = 384
_REPLY_PREFIX_RE = re.compile(r"^\s*(?:trả lời|câu trả lời|answer)\s*:\s*", re.IGNORECASE)
_SPECIAL_TOKENS_RE = re.compile(r"<\s*/?\s*(?:end_of_turn|start_of_turn|eos|s)\s*>|<\|[^|>]*\|>")


def load_prompt(name: str) -> str:
    """A prompt template from ``prompts/`` (``str.format`` placeholders)."""
    return (PROMPTS_DIR / name).read_text(encoding="utf-8")


def _shorten(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;") + " …"


def passage_header(state: IndexState, hit: Hit) -> str:
    """The identity line of a numbered passage: plan label and section path."""
    c = hit.chunk
    head = f"Kế hoạch: {plan_label(state, c.doc_id)}"
    return f"{head} | Mục: {c.section}" if c.section else head


def numbered_passages(state: IndexState, hits: list[Hit], limit: int = PASSAGE_CHARS) -> list[Passage]:
    """The hits as the passages shown to the model (header + text), with their OCR flag."""
    out = []
    for hit in hits:
        body = _shorten(" ".join(hit.chunk.text.split()), limit)
        out.append(Passage(f"{passage_header(state, hit)}\n{body}", state.docs[hit.chunk.doc_id].ocr_damaged))
    return out


def passages_block(passages: list[Passage]) -> str:
    """Passages numbered [1]..[n] for the prompt."""
    return "\n\n".join(f"[{i}] {p.text}" for i, p in enumerate(passages, 1))


def answer_prompt(question: str, passages: list[Passage]) -> str:
    """The filled ``prompts/answer.txt``."""
    return load_prompt("answer.txt").format(passages=passages_block(passages), question=question.strip())


def history_block(history: list[dict[str, str]], turns: int = 6, chars: int = 300) -> str:
    """The last turns of a conversation as "Người dùng: …" / "Trợ lý: …" lines."""
    lines = []
    for h in history[-turns:]:
        text = " ".join(strip_markers(h.get("content", "")).split())
        if not text:
            continue
        who = "Người dùng" if h.get("role") == "user" else "Trợ lý"
        lines.append(f"{who}: {_shorten(text, chars)}")
    return "\n".join(lines)


def clean_reply(text: str) -> str:
    """The model's reply without chat-template tokens, a "Trả lời:" prefix or surrounding quotes."""
    text = _SPECIAL_TOKENS_RE.sub("", text).strip()
    text = _REPLY_PREFIX_RE.sub("", text).strip()
    if len(text) >= 2 and text[0] in "\"“'" and text[-1] in "\"”'":
        text = text[1:-1].strip()
    return text


def condense_question(llm: LLM, question: str, history: list[dict[str, str]] | None) -> str:
    """A standalone question for a follow-up (the model rewrites it); the question itself without history."""
    convo = history_block(history or [])
    if not convo:
        return question
    prompt = load_prompt("condense.txt").format(history=convo, question=question.strip())
    lines = [ln for ln in clean_reply(llm.complete(prompt, max_tokens=96)).splitlines() if ln.strip()]
    if not lines:
        return question
    rewritten = re.sub(r"^\s*câu hỏi( độc lập)?\s*:\s*", "", lines[0], flags=re.IGNORECASE).strip(" \"“”")
    if not rewritten or len(rewritten) > 3 * len(question) + 200:
        return question
    return rewritten


def _overlap(sentence: str, target: set[str], ocr: bool) -> float:
    ws = set(content_words(sentence))
    if ocr:
        ws |= set(ocr_words(sentence))
    return len(ws & target) / (len(target) or 1)


def to_draft(state: IndexState, hits: list[Hit], answer: str, verdict: Verdict) -> Draft:
    """A Draft for an accepted answer: one verbatim citation per cited passage, markers renumbered."""
    citations = []
    for n in verdict.cited:
        hit = hits[n - 1]
        ocr = state.docs[hit.chunk.doc_id].ocr_damaged
        claims = " ".join(c.sentence for c in verdict.sentences if n in c.markers)
        target = set(content_words(claims))
        options = sentences(hit.chunk.text) or [hit.chunk.text]
        best = max(options, key=lambda s: _overlap(s, target, ocr))  # first of the best on ties
        score = _overlap(best, target, ocr)
        citations.append(cite(state, Candidate(hit, n - 1, Scored(best, score, score, True))))
    confidence = min((c.support for c in verdict.sentences if c.markers), default=0.0)
    return Draft(answer=renumber(answer, verdict.cited), abstained=False, citations=citations,
                 confidence=confidence)


def generate_checked(settings: Settings, question: str, hits: list[Hit], state: IndexState,
                     history: list[dict[str, str]] | None) -> tuple[Draft | None, str | None]:
    """(draft, None) when the generated answer passed verification; (None, reason in Vietnamese) when the LLM is not configured, failed, or its answer failed the check — the caller then keeps the extractive answer and reports the reason."""
    try:
        llm = make_llm(settings)
    except LLMError as exc:
        return None, f"Không dùng được mô hình ngôn ngữ: {exc}"
    if llm is None:
        return None, NOT_CONFIGURED
    if not hits:
        return None, "Không có đoạn trích nào để mô hình ngôn ngữ trả lời; dùng câu trả lời trích xuất."
    passages = numbered_passages(state, hits)
    try:
        standalone = condense_question(llm, question, history) if history else question
        reply = clean_reply(llm.complete(answer_prompt(standalone, passages), max_tokens=ANSWER_TOKENS))
    except LLMError as exc:
        return None, f"Mô hình ngôn ngữ ({llm.name}) không trả lời được: {exc}; dùng câu trả lời trích xuất."
    verdict = verify(reply, passages)
    if verdict.abstained and verdict.ok:
        return None, ("Mô hình ngôn ngữ không tìm thấy câu trả lời trong các đoạn trích; "
                      "dùng câu trả lời trích xuất.")
    if not verdict.ok:
        log.info("LLM answer rejected (%s): %r", "; ".join(verdict.problems), reply)
        return None, ("Câu trả lời của mô hình ngôn ngữ không qua kiểm chứng ("
                      + "; ".join(verdict.problems[:2]) + "); dùng câu trả lời trích xuất.")
    return to_draft(state, hits, reply, verdict), None
