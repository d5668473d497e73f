"""Generate the batch-2 varied-format blind fixtures, their ground truth and QA sets.

Run from the repository root: ``.venv/bin/python -m eval.varied2.generate``.
Deterministic (fixed seeds, fixed timestamps, no network). ``--out DIR`` writes
everything under DIR instead of the repository (used by the test);
``--no-scans`` skips the slow image rendering.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eval.varied2.check import FORMATS, check_all, check_splits
from eval.varied2.model2 import Plan2, due2
from eval.varied2.plans import PLANS, TEST_PLANS
from eval.varied2.qa import questions
from eval.varied2.text2 import source_text2

HERE = Path(__file__).resolve().parent
DATASETS = HERE.parent / "datasets"
Row = dict[str, Any]


@dataclass(frozen=True)
class Batch:
    """One batch of blind fixtures: its plans (with renderers), test plans, questions, checks and id prefix."""

    name: str  # "varied2" → eval/varied2, eval/datasets/varied2_{dev,test}.jsonl
    prefix: str  # "v2" → ids v2d001 / v2t001
    plans: Sequence[tuple[Plan2, Callable[[Plan2, Path], object]]]
    test_plans: Collection[str]
    questions: Callable[[], list[Row]]
    check_all: Callable[[list[Row], dict[str, str]], list[str]]
    check_splits: Callable[[list[Row], list[Row], set[str]], list[str]]
    formats: Collection[str]
    summary: Callable[[list[Row], list[Row]], str] | None = None


def task_records(plan: Plan2) -> list[Row]:
    """Ground truth for each task-table row of ``plan``."""
    return [{"file": plan.file, "task": t.task, "lead": t.lead, "partners": t.partners, "deadline": t.deadline,
             "due": due2(t.deadline), "group": g.title, "product": t.product}
            for g in plan.groups for t in g.tasks]


def meta_record(plan: Plan2, test_plans: Collection[str] = TEST_PLANS) -> Row:
    """Ground-truth metadata of ``plan``."""
    d = plan.decision
    return {"file": plan.file, "format": plan.fmt, "issuer": plan.issuer, "plan_number": plan.number,
            "decision_number": d.number if d else None, "date": plan.issued.isoformat(),
            "province": plan.province, "signer": d.signer if d else plan.signer,
            "title": f"Kế hoạch {plan.subtitle}", "split": "test" if plan.file in test_plans else "dev"}


def _jsonl(path: Path, rows: list[Row]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def write_batch(batch: Batch, root: Path, datasets: Path, scans: bool = True) -> int:
    """Write a batch's plans, source texts, ground truth and QA splits under ``root``; return the problem count."""
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
        q["format"] = fmt.get(q["doc"], "?")
    problems = batch.check_all(items, sources)
    dev = [q for q in items if q["doc"] not in batch.test_plans]
    test = [q for q in items if q["doc"] in batch.test_plans]
    problems += batch.check_splits(dev, test, {p.fmt for p, _r in batch.plans} & set(batch.formats))
    for split, rows in (("dev", dev), ("test", test)):
        prefix = f"{batch.prefix}{split[0]}"
        _jsonl(datasets / f"{batch.name}_{split}.jsonl", [{"id": f"{prefix}{i:03d}", **q} for i, q in enumerate(rows, 1)])
    for p in problems:
        print("CHECK:", p, file=sys.stderr)
    print(f"{len(batch.plans)} plans, {len(dev)} dev + {len(test)} test questions, {len(problems)} check problems")
    if batch.summary is not None:
        print(batch.summary(dev, test))
    return len(problems)


def batch_main(batch: Batch, here: Path, argv: list[str] | None = None) -> int:
    """Command line of a batch generator (``--out DIR``, ``--no-scans``); exit 1 on any check problem."""
    ap = argparse.ArgumentParser(description=f"Generate the {batch.name} blind fixtures, ground truth and QA sets.")
    ap.add_argument("--out", type=Path, help=f"write under this directory instead of eval/{batch.name}")
    ap.add_argument("--no-scans", action="store_true", help="do not render the scanned PDFs")
    args = ap.parse_args(argv)
    root = args.out or here
    datasets = args.out / "datasets" if args.out else here.parent / "datasets"
    return 1 if write_batch(batch, root, datasets, scans=not args.no_scans) else 0


BATCH2 = Batch("varied2", "v2", PLANS, TEST_PLANS, questions, check_all, check_splits, FORMATS)


def generate(root: Path, datasets: Path, scans: bool = True) -> int:
    """Write batch 2 under ``root`` (plans, source texts, ground truth, QA splits); return the problem count."""
    return write_batch(BATCH2, root, datasets, scans)


def main(argv: list[str] | None = None) -> int:
    """Command line entry point; exit 1 on any check problem."""
    return batch_main(BATCH2, HERE, argv)



if __name__ == "__main__":
    raise SystemExit(main())
