"""Feedback from officials (đúng / sai + optional comment), kept in ``<data_dir>/feedback.jsonl``.

One record per answer (``answer_id``): voting again on the same answer replaces its record. Each record carries
the eval QA fields (DESIGN.md §4.3: ``id``, ``type``, ``question``, ``facts`` left empty for a reviewer,
``evidence`` = the cited quotes, ``unanswerable``) next to the answer, its citations and the verdict.
"""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

_LOCK = threading.Lock()


def _read(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            out.append(json.loads(line))
        except ValueError:
            continue
    return out


def _write(path: Path, records: list[dict[str, Any]]) -> None:
    tmp = path.with_suffix(".jsonl.tmp")
    tmp.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    tmp.replace(path)


def record_feedback(data_dir: Path, question: str, answer: str, citations: list[dict[str, Any]],
                    verdict: str, answer_id: str | None = None, abstained: bool = False) -> dict[str, Any]:
    """Store the vote on one answer (replacing an earlier vote on the same ``answer_id``) and return it."""
    record: dict[str, Any] = {
        "id": f"fb-{answer_id}" if answer_id else None, "type": "none" if abstained else "lookup",
        "question": question, "facts": [], "evidence": [str(c.get("quote", "")) for c in citations if c.get("quote")],
        "unanswerable": False, "answer": answer, "citations": citations, "verdict": verdict,
        "abstained": abstained, "answer_id": answer_id, "comment": "",
        "ts": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / "feedback.jsonl"
    with _LOCK:
        if answer_id is None:
            with path.open("a", encoding="utf-8") as f:
                f.write(json.dumps(record, ensure_ascii=False) + "\n")
            return record
        records = _read(path)
        old = next((r for r in records if r.get("answer_id") == answer_id), None)
        if old is not None:
            record["comment"] = old.get("comment", "")
        _write(path, [r for r in records if r.get("answer_id") != answer_id] + [record])
    return record


def add_comment(data_dir: Path, answer_id: str, comment: str) -> bool:
    """Attach ``comment`` to the stored vote of ``answer_id``; False when there is none."""
    path = data_dir / "feedback.jsonl"
    with _LOCK:
        records = _read(path)
        hit = False
        for r in records:
            if r.get("answer_id") == answer_id:
                r["comment"], hit = comment, True
        if hit:
            _write(path, records)
    return hit
