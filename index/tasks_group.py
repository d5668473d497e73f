"""Block-level deadlines: "Các nhiệm vụ tại khoản này chưa nêu thời hạn thì hoàn thành trước 30/9/2026."

A plan that groups its tasks under a unit or a field may close a group with one deadline for the tasks that state
none. Each such sentence gives its deadline to the records of its group (the records sharing the parent section of
the last record before it) that have no deadline of their own.
"""

from __future__ import annotations

import re
from typing import Any

from index.deadlines import due
from index.normalize import fold

# "các nhiệm vụ tại khoản này …", "nhiệm vụ thuộc mục này …", "các việc ở phần này …" … then the deadline
_GROUP = re.compile(r"\b(?:cac )?(?:nhiem vu|viec|noi dung)\b.{0,12}\b(?:tai|thuoc|cua|o|trong) (?:khoan|muc|phan|nhom)"
                    r" nay\b.{0,60}?\b(?:hoan thanh|thuc hien|xong)\b")


def _parent(t: dict[str, Any]) -> str:
    return (t.get("section") or "").rsplit(" > ", 1)[0]


def group_deadlines(text: str, records: list[dict[str, Any]], year: int | None) -> list[dict[str, Any]]:
    """The records with each group's closing deadline given to those of the group that state none."""
    lines = text.splitlines()
    for number, line in enumerate(lines):
        folded = fold(line)
        m = _GROUP.search(folded)
        if m is None or len(folded) != len(line):
            continue
        said = line[m.end():].strip(" .;:,")  # the words after the verb (the fold kept the line's length)
        when = due(said, year) if said else None
        if when is None:
            continue
        before = [t for t in records if int(t.get("line_start", 0)) <= number + 1]  # line numbers are 1-based
        if not before:
            continue
        group = _parent(max(before, key=lambda t: int(t["line_start"])))
        for t in before:
            if _parent(t) == group and not t.get("deadline"):
                t["deadline"], t["due"] = said, when
    return records
