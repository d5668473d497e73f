"""Generate the batch-11 varied-format blind fixtures, their ground truth and QA sets.

Run from the repository root: ``.venv/bin/python -m eval.varied11.generate``.
Deterministic (fixed seeds, fixed timestamps, no network). ``--out DIR`` writes
everything under DIR instead of the repository (used by the test);
``--no-scans`` skips the bitmap renderings (the two 300-dpi scans).
Cross-plan items carry a list in ``doc`` (their format is that of their first
plan); the private ``_absent`` field of unanswerable items is checked, then
dropped. Ground-truth task rows (sub-task rows included, with ``parent``) are
batch 8's ``task_records``; metadata is batch 7's ``meta7``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from eval.varied6.text6 import source_text6
from eval.varied7.generate import meta7
from eval.varied8.generate import task_records
from eval.varied11.check import check_all, check_splits11, check_subtasks, check_table_count, docs_of
from eval.varied11.plans import IMAGES, PLANS, TEST_PLANS
from eval.varied11.qa import questions, summary

HERE = Path(__file__).resolve().parent
Row = dict[str, Any]


def _jsonl(path: Path, rows: list[Row]) -> None:
    path.write_bytes("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8"))


def generate(root: Path, datasets: Path, scans: bool = True) -> int:
    """Write batch 11 under ``root`` (plans, source texts, ground truth) and the QA splits; return the problem count."""
    plans_dir, src_dir = root / "plans", root / "source_text"
    plans_dir.mkdir(parents=True, exist_ok=True)
    src_dir.mkdir(exist_ok=True)
    datasets.mkdir(parents=True, exist_ok=True)
    sources: dict[str, str] = {}
    tasks: list[Row] = []
    problems: list[str] = []
    counts: list[str] = []
    for plan, render in PLANS:
        if scans or plan.fmt not in IMAGES:
            render(plan, plans_dir / plan.file)
        sources[plan.file] = source_text6(plan)
        (src_dir / (plan.file.rsplit(".", 1)[0] + ".txt")).write_bytes(sources[plan.file].encode("utf-8"))
        rows = task_records(plan)
        tasks += rows
        n_tasks = sum(len(g.tasks) for g in plan.groups)
        problems += check_table_count(plan.file, n_tasks, sources[plan.file])
        problems += check_subtasks(plan, rows)
        counts.append(f"{plan.file}: {n_tasks} tasks + {len(rows) - n_tasks} sub-tasks")
    _jsonl(root / "expected_tasks.jsonl", tasks)
    _jsonl(root / "expected_meta.jsonl", [meta7(p, TEST_PLANS) for p, _r in PLANS])
    fmt = {p.file: p.fmt for p, _r in PLANS}
    items = questions()
    for q in items:
        q["format"] = fmt.get(docs_of(q)[0], "?")
    problems += check_all(items, sources)
    dev = [q for q in items if docs_of(q)[0] not in TEST_PLANS]
    test = [q for q in items if docs_of(q)[0] in TEST_PLANS]
    problems += check_splits11(dev, test, fmt)
    for split, rows in (("dev", dev), ("test", test)):
        prefix = f"v11{split[0]}"
        _jsonl(datasets / f"varied11_{split}.jsonl",
               [{"id": f"{prefix}{i:03d}", **{k: v for k, v in q.items() if not k.startswith("_")}}
                for i, q in enumerate(rows, 1)])
    for p in problems:
        print("CHECK:", p, file=sys.stderr)
    print("\n".join(counts))
    print(f"{len(PLANS)} plans, {len(tasks)} task records, {len(dev)} dev + {len(test)} test questions, "
          f"{len(problems)} check problems")
    print(summary(dev, test))
    return len(problems)


def main(argv: list[str] | None = None) -> int:
    """Command line entry point (``--out DIR``, ``--no-scans``); exit 1 on any check problem."""
    ap = argparse.ArgumentParser(description="Generate the varied11 blind fixtures, ground truth and QA sets.")
    ap.add_argument("--out", type=Path, help="write under this directory instead of eval/varied11")
    ap.add_argument("--no-scans", action="store_true", help="do not render the 300-dpi scans")
    args = ap.parse_args(argv)
    root = args.out or HERE
    datasets = args.out / "datasets" if args.out else HERE.parent / "datasets"
    return 1 if generate(root, datasets, scans=not args.no_scans) else 0


if __name__ == "__main__":
    raise SystemExit(main())
