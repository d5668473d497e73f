"""Answers that are a whole heading's content: "Mục đích của kế hoạch là gì?", "Yêu cầu đặt ra gồm những gì?".

The plan's outline is searched for the part or item whose title is the asked heading ("1. Mục đích", or a part
"I. MỤC ĐÍCH, YÊU CẦU" without such a child); its lines are quoted whole, as the plan sets them out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant.answer.extractive import Draft, citation, plan_label
from assistant.answer.quotes import raw_lines
from assistant.state import IndexState
from index.normalize import fold
from index.ocrtext import ocr_fold
from index.types import Section

MAX_LINES = 14  # a heading's content longer than this is not one answer
# the asked heading, and a word that asks for its content ("là gì", "gồm những gì", "nêu", "what is")
# "khi có yêu cầu", "theo yêu cầu", "đáp ứng yêu cầu" are a request, not the heading
_ASKED = re.compile(r"\b(muc dich|(?<!co )(?<!theo )(?<!ung )yeu cau|purpose|aims?|requirements?)\b")
# "yêu cầu" as a verb: someone asks a unit (or its staff) to do something
_REQUESTS = re.compile(r"\byeu cau (?:cac |nhung |moi )?(?:so|phong|ubnd|uy ban|chi cuc|cuc|vu|don vi|co quan|trung tam|ban"
                       r"|xa|phuong|can bo|cong chuc|vien chuc|khoa|truong|phai|nop|gui|bao cao|thuc hien)\b")
_CONTENT = re.compile(r"\b(la gi|gom|nhung gi|the nao|ra sao|nhu the nao|neu|what|which|nhung|cac)\b")
_HEADING = {"muc dich": "muc dich", "purpose": "muc dich", "aim": "muc dich", "aims": "muc dich",
            "yeu cau": "yeu cau", "requirement": "yeu cau", "requirements": "yeu cau"}


def _nodes(node: Section) -> Iterator[Section]:
    for child in node.children:
        if child.kind in ("part", "item"):
            yield child
            yield from _nodes(child)


def _titled(outline: Section, heading: str) -> Section | None:
    """The node titled exactly ``heading`` ("1. Mục đích"), else one whose title starts with it.

    The second is a part "I. MỤC ĐÍCH, YÊU CẦU" without such a child, whose bullets state both.
    """
    nodes = list(_nodes(outline))
    exact = next((n for n in nodes if ocr_fold(n.title).strip(" .:") == heading), None)
    if exact is not None:
        return exact
    return next((n for n in nodes if re.match(rf"(?:[a-z ]+(?:,| va) )?{heading}\b", ocr_fold(n.title).strip())), None)


def section_answer(state: IndexState, question: str, named: list[str]) -> Draft | None:
    """The content of the heading the question asks about, in the one plan it names; None otherwise."""
    q = fold(question)
    asked = _ASKED.search(q)
    if asked is None or not _CONTENT.search(q) or len(named) != 1:
        return None
    if re.search(r"\b(muc dich|yeu cau)\s+(cua|khi|trong)\s+(viec|nhiem vu)\b", q):  # a task's purpose, not the plan's
        return None
    if asked.group(1) == "yeu cau" and _REQUESTS.search(q, asked.start()):  # "Cục yêu cầu các Chi cục nộp …"
        return None
    doc_id = named[0]
    rec = state.docs[doc_id]
    node = _titled(rec.outline, _HEADING[asked.group(1)])
    if node is None:
        return None
    first = node.line_start + 1 if node.children or node.line_end > node.line_start else node.line_start
    if node.line_end - first + 1 > MAX_LINES or first > node.line_end:
        return None
    quote = raw_lines(rec.text, first, node.line_end)
    cit = citation(state, doc_id, node.heading, quote)
    body = "\n".join(line.strip() for line in quote.text.splitlines() if line.strip())
    return Draft(f"Theo kế hoạch của {plan_label(state, doc_id)}, {node.heading.strip()}:\n{body} [1]",
                 False, [cit], 1.0)
