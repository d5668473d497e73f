"""English questions that name nothing a plan contains ("What is the dollar exchange rate today?").

An English question is matched through the glossary (``lexicon.json`` "english"); when none of its terms is in
the glossary, no plan can answer it and it is refused with the closest passages instead of a confident quote.
"""

from __future__ import annotations

from assistant.answer.intent import expand_english


def english_without_terms(question: str) -> bool:
    """An English question that names nothing of the glossary (no plan term to look for)."""
    return expand_english(question) == question
