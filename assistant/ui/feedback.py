"""Feedback from officials (đúng / sai), appended as JSONL to ``<data_dir>/feedback.jsonl``."""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

_LOCK = threading.Lock()


def record_feedback(data_dir: Path, question: str, answer: str, citations: list[dict[str, Any]],
                    verdict: str) -> dict[str, Any]:
    """Append one record {ts, question, answer, citations, verdict} and return it."""
    record = {"ts": datetime.now(UTC).isoformat(timespec="seconds"), "question": question, "answer": answer,
              "citations": citations, "verdict": verdict}
    data_dir.mkdir(parents=True, exist_ok=True)
    with _LOCK, (data_dir / "feedback.jsonl").open("a", encoding="utf-8") as f:
        f.write(json.dumps(record, ensure_ascii=False) + "\n")
    return record
