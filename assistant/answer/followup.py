"""Resolve a follow-up question ("còn Sở Văn hóa thì sao?") against the previous turns."""

from __future__ import annotations

import re

from index.normalize import fold

_FOLLOWUP = re.compile(r"^(con|the con|vay con|va|con voi|thi|vay|the)\b|thi sao\??$|the nao\??$|nhu the nao\??$|"
                       r"^(how about|what about|and)\b")


def is_followup(question: str) -> bool:
    """Short questions that lean on the previous turn ("còn …?", "… thì sao?", "what about …?")."""
    q = fold(question).strip(" ?.!")
    return bool(_FOLLOWUP.search(q)) or len(q.split()) <= 3


def strip_followup(question: str) -> str:
    """The new subject of a follow-up ("còn Sở Văn hóa thì sao?" → "Sở Văn hóa")."""
    q = question.strip().rstrip("?.! ")
    q = re.sub(r"^(còn|thế còn|vậy còn|và|còn với|con|the con|vay con|what about|how about|and)\s+", "", q,
               flags=re.IGNORECASE)
    q = re.sub(r"\s+(thì sao|thi sao|thế nào|the nao|như thế nào|nhu the nao)$", "", q, flags=re.IGNORECASE)
    return q.strip()


def condense(question: str, history: list[dict[str, str]] | None) -> str:
    """A standalone question: a follow-up is merged with the last user question; others are kept as is."""
    if not history or not is_followup(question):
        return question
    previous = [h.get("content", "") for h in history if h.get("role") == "user" and h.get("content")]
    if not previous:
        return question
    return f"{previous[-1].rstrip(' ?')} — {strip_followup(question)}?"
