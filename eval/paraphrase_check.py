"""Consistency check for the paraphrase probe in ``eval/datasets/paraphrase/``.

Each file there holds paraphrased copies of DEV questions from the file of the
same name in ``eval/datasets/``. For every output line this script checks that:

* the original question exists (id without the trailing ``p``);
* every field except ``id``, ``question`` and ``paraphrase_of`` is unchanged;
* ``paraphrase_of`` equals the original question text;
* the paraphrase differs from the original question and is non-empty;
* ids are unique within the file and end with ``p``.

It prints answerable/unanswerable counts per file and exits non-zero on any
problem.

Run from the repository root::

    .venv/bin/python -m eval.paraphrase_check
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent
DATASETS = ROOT / "datasets"
PARAPHRASE_DIR = DATASETS / "paraphrase"
CHANGED_FIELDS = frozenset({"id", "question", "paraphrase_of"})


def load_jsonl(path: Path) -> list[dict[str, Any]]:
    """Return the JSON objects of a JSON-lines file, skipping blank lines."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def check_file(path: Path) -> tuple[list[str], Counter[str]]:
    """Check one paraphrase file against its original.

    Returns the list of problems found and a counter of answerable,
    unanswerable and per-type rows.
    """
    problems: list[str] = []
    counts: Counter[str] = Counter()
    original_path = DATASETS / path.name
    if not original_path.exists():
        return [f"{path.name}: no original file {original_path}"], counts
    originals = {row["id"]: row for row in load_jsonl(original_path)}
    seen: set[str] = set()
    for lineno, row in enumerate(load_jsonl(path), start=1):
        where = f"{path.name}:{lineno}"
        pid = row.get("id", "")
        if not isinstance(pid, str) or not pid.endswith(("p", "q")):
            problems.append(f"{where}: id {pid!r} does not end with 'p' or 'q'")
            continue
        if pid in seen:
            problems.append(f"{where}: duplicate id {pid}")
        seen.add(pid)
        original = originals.get(pid[:-1])
        if original is None:
            problems.append(f"{where}: original {pid[:-1]} not found")
            continue
        question = row.get("question")
        if not isinstance(question, str) or not question.strip():
            problems.append(f"{where}: empty question")
        if row.get("paraphrase_of") != original["question"]:
            problems.append(f"{where}: paraphrase_of differs from original question")
        if question == row.get("paraphrase_of"):
            problems.append(f"{where}: question equals paraphrase_of")
        kept = {k: v for k, v in row.items() if k not in CHANGED_FIELDS}
        expected = {k: v for k, v in original.items() if k not in CHANGED_FIELDS}
        if kept != expected:
            diff = sorted(
                k
                for k in set(kept) | set(expected)
                if kept.get(k, object()) != expected.get(k, object())
            )
            problems.append(f"{where}: fields changed or missing: {diff}")
        counts["unanswerable" if original.get("unanswerable") else "answerable"] += 1
        counts[f"type:{original.get('type')}"] += 1
    return problems, counts


def main() -> int:
    """Check every paraphrase file, print counts, return a process exit code."""
    files = sorted(PARAPHRASE_DIR.glob("*.jsonl"))
    if not files:
        print(f"no paraphrase files in {PARAPHRASE_DIR}")
        return 1
    all_problems: list[str] = []
    total: Counter[str] = Counter()
    for path in files:
        problems, counts = check_file(path)
        all_problems.extend(problems)
        total.update(counts)
        types = ", ".join(
            f"{k[5:]}={v}" for k, v in sorted(counts.items()) if k.startswith("type:")
        )
        print(
            f"{path.name:22s} answerable={counts['answerable']:3d} "
            f"unanswerable={counts['unanswerable']:3d}  [{types}]"
        )
    print(
        f"{'TOTAL':22s} answerable={total['answerable']:3d} "
        f"unanswerable={total['unanswerable']:3d}"
    )
    for problem in all_problems:
        print("PROBLEM:", problem)
    print("OK" if not all_problems else f"{len(all_problems)} problem(s)")
    return 0 if not all_problems else 1


if __name__ == "__main__":
    sys.exit(main())
