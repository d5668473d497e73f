"""Shared checking procedure of the blind probes built on the fresh probe's rules.

The fresh probe's ``check_fresh.check_file`` holds the per-item rules (keys, DEV plan
and its format, verbatim evidence of >= 8 words, facts folded in the evidence and
short, fact counts by type, ``none`` items empty with their ``absent.json`` words
absent from the plan, diacritics by style, unique ids and questions). It derives the
batch from a ``fresh<N>.jsonl`` file name and wants ids ``f<N>NNN``. The other probes
(``probe_multi``: ``multi<N>`` / ``m<N>NNN``; ``probe_lists``: ``lists<N>`` /
``l<N>NNN``; ``probe_prose``: ``prose<N>`` / ``p<N>NNN``) differ only in those
names, so each file is handed to ``check_file`` as a renamed copy in a temporary
directory and the messages are mapped back (:func:`fresh_rule_problems`).

The helpers for the probes' own mixes (ids in order, ``noaccent`` positions, type
counts) live here too, so that each probe's checker only states its numbers.
"""

from __future__ import annotations

import json
import re
import tempfile
from collections import Counter
from collections.abc import Callable, Collection, Mapping
from pathlib import Path

from eval.datasets.fresh.check_fresh import ROOT, check_file

FRESH_STEM, FRESH_PREFIX = "fresh", "f"


def read_items(path: Path) -> tuple[list[dict], list[str]]:
    """The JSON objects of a JSONL file (blank lines skipped) and its bad-JSON problems."""
    items: list[dict] = []
    bad: list[str] = []
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    for n, line in enumerate(lines, 1):
        try:
            items.append(json.loads(line))
        except json.JSONDecodeError as exc:
            bad.append(f"{path.name}:{n}: bad JSON ({exc})")
    return items, bad


def file_batch(path: Path, stem: str) -> int | None:
    """N of a ``<stem><N>.jsonl`` file name, None when the name has another shape."""
    m = re.fullmatch(rf"{re.escape(stem)}(\d+)\.jsonl", path.name)
    return int(m.group(1)) if m else None


def id_as_fresh(iid: object, prefix: str) -> str:
    """``<prefix><N>NNN`` -> ``f<N>NNN`` (anything else unchanged)."""
    return re.sub(rf"^{re.escape(prefix)}(?=\d)", FRESH_PREFIX, str(iid))


def message_back(msg: str, stem: str, prefix: str) -> str:
    """Undo the renaming in one of ``check_file``'s messages (file name and ids)."""
    msg = re.sub(rf"{FRESH_STEM}(\d+)\.jsonl", stem + r"\1.jsonl", msg)
    return re.sub(rf"(?<!\w){FRESH_PREFIX}(\d{{4,5}})(?!\d)", prefix + r"\1", msg)


def fresh_rule_problems(
    batch: int,
    items: list[dict],
    *,
    stem: str,
    prefix: str,
    absent: Mapping[str, list[str]],
    seen_ids: Collection[str],
    seen_q: set[str],
    root: Path = ROOT,
) -> list[str]:
    """Run the fresh probe's item rules on a renamed copy of ``items`` and map the messages back.

    ``seen_ids`` are ids (in this probe's scheme) already met in earlier files, so that
    duplicates across files are caught; ``seen_q`` (folded questions) is updated in place.
    """
    renamed = [dict(item, id=id_as_fresh(item.get("id"), prefix)) for item in items]
    fresh_absent = {id_as_fresh(k, prefix): list(v) for k, v in absent.items()}
    fresh_seen = {id_as_fresh(i, prefix) for i in seen_ids}
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / f"{FRESH_STEM}{batch}.jsonl"
        copy.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in renamed), encoding="utf-8")
        found = check_file(copy, root=root, absent=fresh_absent, seen_ids=fresh_seen, seen_q=seen_q)
    return [message_back(p, stem, prefix) for p in found]


def id_order_problems(name: str, batch: int, items: list[dict], prefix: str) -> list[str]:
    """Ids must run ``<prefix><N>001``, ``<prefix><N>002`` … in file order."""
    out: list[str] = []
    for k, item in enumerate(items, 1):
        iid, want = item.get("id"), f"{prefix}{batch}{k:03d}"
        if iid != want:
            out.append(f"{name}:{k}: id {iid!r}, expected {want!r}")
    return out


def noaccent_problems(name: str, items: list[dict], positions: Collection[int], *, what: str) -> list[str]:
    """``noaccent`` on exactly the questions at ``positions`` (1-based, within the file).

    ``what`` says which rule the positions stand for (used in the messages).
    """
    out: list[str] = []
    for k, item in enumerate(items, 1):
        want = k in positions
        if want != (item.get("style") == "noaccent"):
            rule = "must be" if want else "may not be"
            out.append(f"{name}:{item.get('id')}: question {k} {rule} noaccent ({what})")
    return out


def type_mix_problems(name: str, items: list[dict], want: Mapping[str, int]) -> list[str]:
    """The file's count of items per type must be ``want`` exactly."""
    got = dict(Counter(item.get("type") for item in items))
    return [] if got == dict(want) else [f"{name}: type mix {got} != {dict(want)}"]


__all__ = [
    "file_batch",
    "fresh_rule_problems",
    "id_as_fresh",
    "id_order_problems",
    "message_back",
    "noaccent_problems",
    "read_items",
    "type_mix_problems",
]


OwnRules = Callable[[str, int, list[dict]], list[str]]


def check_probe_file(path: Path, *, stem: str, prefix: str, batches: Collection[int], own: OwnRules,
                     absent: dict[str, list[str]], seen_ids: set[str], seen_q: set[str], root: Path = ROOT
                     ) -> list[str]:
    """Check one ``<stem><N>.jsonl`` of a probe.

    First its own rules (``own(name, batch, items)``), then the fresh probe's item rules on a renamed copy; the
    file's ids join ``seen_ids``.
    """
    batch = file_batch(path, stem)
    if batch is None:
        return [f"{path}: file name must be {stem}<N>.jsonl"]
    if batch not in batches:
        return [f"{path.name}: batch {batch} not in {tuple(batches)}"]
    items, bad = read_items(path)
    if bad:
        return bad
    problems = own(path.name, batch, items)
    problems += fresh_rule_problems(
        batch, items, stem=stem, prefix=prefix, absent=absent, seen_ids=seen_ids, seen_q=seen_q, root=root
    )
    seen_ids.update(str(item.get("id")) for item in items)
    return problems
