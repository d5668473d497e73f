"""QA sets (DESIGN.md §4.3): one JSON object per line, loaded and validated into ``QAItem``s.

Unknown extra fields are kept in ``QAItem.extra``; malformed lines raise ``QAFormatError`` naming the
file and 1-based line number.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

QA_TYPES = ("who", "when", "target", "lookup", "multi", "list", "none")
_KNOWN = {"id", "type", "question", "facts", "evidence", "unanswerable", "doc"}


class QAFormatError(ValueError):
    """A QA file line that does not follow the §4.3 format."""


@dataclass(frozen=True)
class QAItem:
    """One evaluation question with its acceptable facts and evidence spans."""

    id: str
    type: str
    question: str
    facts: list[list[str]]
    evidence: list[str]
    unanswerable: bool
    docs: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Back to the §4.3 JSON object (``doc`` is a string, a list or null)."""
        doc: str | list[str] | None = None
        if len(self.docs) == 1:
            doc = self.docs[0]
        elif self.docs:
            doc = list(self.docs)
        return {
            "id": self.id,
            "type": self.type,
            "question": self.question,
            "facts": [list(f) for f in self.facts],
            "evidence": list(self.evidence),
            "unanswerable": self.unanswerable,
            "doc": doc,
            **self.extra,
        }


def _fail(where: str, message: str) -> QAFormatError:
    return QAFormatError(f"{where}: {message}")


def _str_list(value: Any, where: str, name: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _fail(where, f"'{name}' phải là danh sách chuỗi không rỗng")
    return list(value)


def parse_item(obj: Any, where: str = "<qa>") -> QAItem:
    """Validate one decoded JSON object and build a ``QAItem``; ``where`` prefixes error messages."""
    if not isinstance(obj, dict):
        raise _fail(where, "mỗi dòng phải là một đối tượng JSON")
    for key in ("id", "type", "question"):
        if not isinstance(obj.get(key), str) or not obj[key].strip():
            raise _fail(where, f"thiếu trường '{key}' (chuỗi không rỗng)")
    if obj["type"] not in QA_TYPES:
        raise _fail(where, f"'type' không hợp lệ: {obj['type']!r} (hợp lệ: {', '.join(QA_TYPES)})")
    raw_facts = obj.get("facts", [])
    if not isinstance(raw_facts, list):
        raise _fail(where, "'facts' phải là danh sách các danh sách cách viết")
    facts = [_str_list(f, where, "facts[]") for f in raw_facts]
    if any(not f for f in facts):
        raise _fail(where, "mỗi fact phải có ít nhất một cách viết")
    evidence = _str_list(obj.get("evidence", []), where, "evidence")
    unanswerable = obj.get("unanswerable", False)
    if not isinstance(unanswerable, bool):
        raise _fail(where, "'unanswerable' phải là true/false")
    if unanswerable and (facts or evidence):
        raise _fail(where, "câu không trả lời được phải có 'facts' và 'evidence' rỗng")
    if not unanswerable and not (facts or evidence):
        raise _fail(where, "câu trả lời được cần ít nhất một fact hoặc một evidence")
    doc = obj.get("doc")
    if doc is None:
        docs: list[str] = []
    elif isinstance(doc, str):
        docs = [doc]
    else:
        docs = _str_list(doc, where, "doc")
    extra = {k: v for k, v in obj.items() if k not in _KNOWN}
    return QAItem(
        id=obj["id"],
        type=obj["type"],
        question=obj["question"],
        facts=facts,
        evidence=evidence,
        unanswerable=unanswerable,
        docs=docs,
        extra=extra,
    )


def load_qa(path: Path | str) -> list[QAItem]:
    """Load and validate a QA JSONL file; blank lines are skipped, ids must be unique."""
    path = Path(path)
    items: list[QAItem] = []
    seen: set[str] = set()
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            where = f"{path}:{lineno}"
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise _fail(where, f"JSON không hợp lệ ({exc.msg}, cột {exc.colno})") from exc
            item = parse_item(obj, where)
            if item.id in seen:
                raise _fail(where, f"trùng id {item.id!r}")
            seen.add(item.id)
            items.append(item)
    if not items:
        raise QAFormatError(f"{path}: tệp không có câu hỏi nào")
    return items
