"""Chat helpers shared by the OpenAI-compatible endpoint and the Gradio UI (one code path for both)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

MODEL_ID = "tro-ly-cchc"
_PIECE = re.compile(r"\S+\s*|\s+")


def sources_text(citations: list[dict[str, Any]]) -> str:
    """The "Nguồn:" block: one ``[n] <title> — <section>: “<quote>”`` line per citation."""
    lines = []
    for i, c in enumerate(citations, 1):
        title = c.get("title") or c.get("document") or ""
        lines.append(f"[{i}] {title} — {c.get('section') or ''}: “{c.get('quote', '')}”")
    return "Nguồn:\n" + "\n".join(lines)


def message_content(answer: dict[str, Any]) -> str:
    """Assistant message text: the answer with its [n] markers, then the sources block."""
    text = str(answer.get("answer", ""))
    citations = answer.get("citations") or []
    return f"{text}\n\n{sources_text(citations)}" if citations else text


def pieces(text: str, words: int = 4) -> Iterator[str]:
    """Split ``text`` into consecutive pieces of a few words (joined they give ``text`` back exactly)."""
    parts = _PIECE.findall(text)
    for i in range(0, len(parts), words):
        yield "".join(parts[i:i + words])


def split_messages(messages: list[tuple[str, str]]) -> tuple[str | None, list[dict[str, str]]]:
    """(last user message, earlier user/assistant turns) from (role, text) pairs; system turns are dropped."""
    last = max((i for i, (role, _) in enumerate(messages) if role == "user"), default=None)
    if last is None:
        return None, []
    history = [{"role": r, "content": t} for r, t in messages[:last] if r in ("user", "assistant") and t.strip()]
    return messages[last][1], history
