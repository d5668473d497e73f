"""Row accuracy of task records on the varied-format fixtures (eval/varied), and metadata field accuracy.

A row is exact when some task record of the same plan has the expected task, lead and deadline after
whitespace normalisation. Usage: ``python -m eval.task_accuracy [DIR] [--plans DIR] [--expected FILE] [--json]``
(``DIR`` holds ``plans/``, ``expected_tasks.jsonl`` and ``expected_meta.jsonl``; default ``eval/varied``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from index.loaders import load_document
from index.metadata import extract_metadata
from index.structure import parse_outline
from index.tasks import extract_tasks
from index.types import PlanMetadata

HERE = Path(__file__).parent / "varied"
META_FIELDS = {"issuer": "issuer", "plan_number": "number", "decision_number": "decision_number", "date": "date",
               "province": "province", "signer": "signer"}


def norm(text: Any) -> str:
    """Whitespace-normalised string ('' for None)."""
    return " ".join(str(text or "").split())


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def parse_plan(path: Path) -> tuple[PlanMetadata, list[dict[str, Any]]]:
    """Metadata and task records of one plan through the real loaders and parsers (no embedding)."""
    doc = load_document(path)
    outline = parse_outline(doc)
    meta = extract_metadata(doc, outline)
    return meta, extract_tasks(doc, outline, meta)


def evaluate(plans: Path, expected: list[dict[str, Any]], metas: list[dict[str, Any]]) -> dict[str, Any]:
    """Per-file and overall row accuracy (task + lead + deadline exact) and per-field hit rates."""
    by_file: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in expected:
        by_file[row["file"]].append(row)
    split = {m["file"]: m.get("split", "") for m in metas}
    files: dict[str, Any] = {}
    parsed: dict[str, tuple[PlanMetadata | None, list[dict[str, Any]], str | None]] = {}
    for name in sorted(set(by_file) | {m["file"] for m in metas}):
        try:
            meta, tasks = parse_plan(plans / name)
            parsed[name] = (meta, tasks, None)
        except Exception as exc:  # a failing loader is a result, not a crash of the measurement
            parsed[name] = (None, [], f"{type(exc).__name__}: {exc}")
    totals: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for name, rows in by_file.items():
        _, tasks, error = parsed[name]
        got = {(norm(t["task"]), norm(t["lead"]), norm(t["deadline"])) for t in tasks}
        got_task = {norm(t["task"]): t for t in tasks}
        counts = {"rows": len(rows), "exact": 0, "task": 0, "lead": 0, "deadline": 0, "due": 0, "partners": 0}
        misses = []
        for row in rows:
            # a schedule-table row has no deadline text: its marked periods ("Quý II, Quý III") are its deadline
            deadline = row["deadline"] if row["deadline"] or not row.get("schedule") else ", ".join(row["schedule"])
            key = (norm(row["task"]), norm(row["lead"]), norm(deadline))
            t = got_task.get(key[0])
            counts["exact"] += key in got
            if t is not None:
                counts["task"] += 1
                counts["lead"] += norm(t["lead"]) == key[1]
                counts["deadline"] += norm(t["deadline"]) == key[2]
                counts["due"] += t["due"] == row.get("due")
                counts["partners"] += [norm(p) for p in t["partners"]] == [norm(p) for p in row.get("partners", [])]
            if key not in got:
                misses.append({"expected": key, "got": None if t is None else
                               (norm(t["task"]), norm(t["lead"]), norm(t["deadline"]))})
        files[name] = {**counts, "records": len(tasks), "error": error, "split": split.get(name, ""),
                       "misses": misses[:5]}
        for group in ("all", split.get(name, "") or "none"):
            for k, v in counts.items():
                totals[group][k] += v
    meta_hits: dict[str, list[int]] = {f: [0, 0] for f in META_FIELDS}
    meta_misses = []
    for m in metas:
        meta_of: PlanMetadata | None = parsed[m["file"]][0]
        for field, attr in META_FIELDS.items():
            value = getattr(meta_of, attr) if meta_of else None
            ok = norm(value) == norm(m.get(field))
            meta_hits[field][0] += ok
            meta_hits[field][1] += 1
            if not ok:
                meta_misses.append({"file": m["file"], "field": field, "expected": m.get(field), "got": value})
    summary = {g: {**c, "row_accuracy": round(c["exact"] / c["rows"], 3) if c["rows"] else None}
               for g, c in totals.items()}
    return {"summary": summary, "files": files,
            "metadata": {f: f"{a}/{b}" for f, (a, b) in meta_hits.items()}, "metadata_misses": meta_misses}


def main(argv: list[str] | None = None) -> int:
    """Print the accuracy report (text, or JSON with ``--json``)."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("directory", nargs="?", type=Path, default=HERE)
    ap.add_argument("--plans", type=Path, default=None)
    ap.add_argument("--expected", type=Path, default=None)
    ap.add_argument("--meta", type=Path, default=None)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    args.plans = args.plans or args.directory / "plans"
    args.expected = args.expected or args.directory / "expected_tasks.jsonl"
    args.meta = args.meta or args.directory / "expected_meta.jsonl"
    metas = _read_jsonl(args.meta) if args.meta.exists() else []
    report = evaluate(args.plans, _read_jsonl(args.expected), metas)
    if args.json:
        sys.stdout.write(json.dumps(report, ensure_ascii=False, indent=1) + "\n")
        return 0
    for name, f in report["files"].items():
        err = f"  LỖI: {f['error']}" if f["error"] else ""
        sys.stdout.write(f"{name:58} [{f['split']:4}] exact {f['exact']:>2}/{f['rows']:<2} task {f['task']:>2} "
                         f"lead {f['lead']:>2} deadline {f['deadline']:>2} due {f['due']:>2} partners {f['partners']:>2} "
                         f"(records {f['records']}){err}\n")
    for g, s in report["summary"].items():
        sys.stdout.write(f"{g}: row accuracy {s['row_accuracy']} ({s['exact']}/{s['rows']})\n")
    sys.stdout.write("metadata: " + ", ".join(f"{k} {v}" for k, v in report["metadata"].items()) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
