"""Generate the batch-4 varied-format blind fixtures, their ground truth and QA sets.

Run from the repository root: ``.venv/bin/python -m eval.varied4.generate``.
Deterministic (fixed seeds, fixed timestamps, no network). ``--out DIR`` writes
everything under DIR instead of the repository (used by the test);
``--no-scans`` skips the slow image rendering.

Batch 4 uses the shared ``Batch`` description and the batch-2 ground-truth
records, but its own writer: cross-plan items carry a list in ``doc`` (their
format is that of their first plan), and the private ``_absent`` field of
unanswerable items is checked and then dropped.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from eval.varied2.generate import Batch, meta_record, task_records
from eval.varied2.text2 import source_text2
from eval.varied4.check import FORMATS, check_all, check_splits, docs_of
from eval.varied4.plans import PLANS, TEST_PLANS
from eval.varied4.qa import questions, summary

HERE = Path(__file__).resolve().parent
BATCH4 = Batch("varied4", "v4", PLANS, TEST_PLANS, questions, check_all, check_splits, FORMATS, summary)
Row = dict[str, Any]


def _jsonl(path: Path, rows: list[Row]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def _public(q: Row) -> Row:
    """The item as written to the QA file (private ``_…`` fields dropped)."""
    return {k: v for k, v in q.items() if not k.startswith("_")}


def write_batch4(batch: Batch, root: Path, datasets: Path, scans: bool = True) -> int:
    """Write plans, source texts, ground truth and QA splits under ``root``; return the problem count."""
    plans_dir, src_dir = root / "plans", root / "source_text"
    plans_dir.mkdir(parents=True, exist_ok=True)
    src_dir.mkdir(exist_ok=True)
    datasets.mkdir(parents=True, exist_ok=True)
    sources: dict[str, str] = {}
    for plan, render in batch.plans:
        if scans or plan.fmt != "scan":
            render(plan, plans_dir / plan.file)
        sources[plan.file] = source_text2(plan)
        (src_dir / (plan.file.rsplit(".", 1)[0] + ".txt")).write_text(sources[plan.file], encoding="utf-8")
    _jsonl(root / "expected_tasks.jsonl", [r for p, _r in batch.plans for r in task_records(p)])
    _jsonl(root / "expected_meta.jsonl", [meta_record(p, batch.test_plans) for p, _r in batch.plans])
    fmt = {p.file: p.fmt for p, _r in batch.plans}
    items = batch.questions()
    for q in items:
        q["format"] = fmt.get(docs_of(q)[0], "?")
    problems = batch.check_all(items, sources)
    dev = [q for q in items if docs_of(q)[0] not in batch.test_plans]
    test = [q for q in items if docs_of(q)[0] in batch.test_plans]
    problems += batch.check_splits(dev, test, {p.fmt for p, _r in batch.plans} & set(batch.formats))
    for split, rows in (("dev", dev), ("test", test)):
        prefix = f"{batch.prefix}{split[0]}"
        _jsonl(datasets / f"{batch.name}_{split}.jsonl",
               [{"id": f"{prefix}{i:03d}", **_public(q)} for i, q in enumerate(rows, 1)])
    for p in problems:
        print("CHECK:", p, file=sys.stderr)
    print(f"{len(batch.plans)} plans, {len(dev)} dev + {len(test)} test questions, {len(problems)} check problems")
    if batch.summary is not None:
        print(batch.summary(dev, test))
    return len(problems)


def generate(root: Path, datasets: Path, scans: bool = True) -> int:
    """Write batch 4 under ``root`` (plans, source texts, ground truth, QA splits); return the problem count."""
    return write_batch4(BATCH4, root, datasets, scans)


def main(argv: list[str] | None = None) -> int:
    """Command line entry point (``--out DIR``, ``--no-scans``); exit 1 on any check problem."""
    ap = argparse.ArgumentParser(description="Generate the varied4 blind fixtures, ground truth and QA sets.")
    ap.add_argument("--out", type=Path, help="write under this directory instead of eval/varied4")
    ap.add_argument("--no-scans", action="store_true", help="do not render the scanned PDFs")
    args = ap.parse_args(argv)
    root = args.out or HERE
    datasets = args.out / "datasets" if args.out else HERE.parent / "datasets"
    return 1 if generate(root, datasets, scans=not args.no_scans) else 0


if __name__ == "__main__":
    raise SystemExit(main())
