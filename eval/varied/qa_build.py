"""Helper that turns compact question tuples into QA items (DESIGN §4.3 + doc/format/style)."""

from __future__ import annotations

from typing import Any

from eval.varied.model import fold

Fact = str | list[str]


def Q(doc: str, qtype: str, question: str, facts: list[Fact] | None = None,
      evidence: list[str] | None = None, strip: bool = False, en: bool = False) -> dict[str, Any]:
    """One QA item; ``strip`` types the question without diacritics, as many officials do."""
    none = qtype == "none"
    style = "en" if en else "noaccent" if strip else "vi"
    return {
        "type": qtype,
        "question": fold(question) if strip else question,
        "facts": [] if none else [f if isinstance(f, list) else [f] for f in (facts or [])],
        "evidence": [] if none else list(evidence or []),
        "unanswerable": none,
        "doc": doc,
        "style": style,
    }
