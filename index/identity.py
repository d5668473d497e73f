"""Which plan id a newly loaded file gets: plans are identified by content, never replaced by a name.

- identical content (same SHA-256) as an indexed plan → that plan (``unchanged`` when it is the same file
  path, ``duplicate`` otherwise), so re-uploading a plan under another name adds nothing;
- a name that collides with a different indexed plan → a fresh id (``slug-2``, ``slug-3`` …);
- the same source path re-ingested with new content (an operator editing their own folder) → an update;
- replacing a plan by another file is explicit: ``replace=<doc id>`` (``cchc ingest --replace``,
  ``PUT /api/documents/{id}``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Assignment:
    """The id a file is stored under and why."""

    doc_id: str
    action: str  # new | update | replace | same | duplicate
    duplicate_of: str | None = None


def assign_id(slug: str, sha256: str, path: str, docs: dict[str, dict[str, Any]], taken: set[str],
              replace: str | None = None) -> Assignment:
    """Decide the doc id of a loaded file.

    ``docs`` is the manifest's ``{doc_id: {sha256, path, …}}`` including plans added earlier in the same
    batch; ``taken`` holds ids assigned earlier in this batch.
    """
    if replace:
        return Assignment(replace, "replace")
    for doc_id, info in docs.items():
        if info.get("sha256") == sha256:
            recorded = info.get("path")
            same_file = recorded == path or (recorded is None and info.get("source") == Path(path).name)
            return Assignment(doc_id, "same" if same_file else "duplicate", None if same_file else doc_id)
    if slug in docs and docs[slug].get("path") == path and slug not in taken:
        return Assignment(slug, "update")
    candidate, n = slug, 2
    while candidate in docs or candidate in taken:
        candidate, n = f"{slug}-{n}", n + 1
    return Assignment(candidate, "new")
