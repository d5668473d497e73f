"""Generate the batch-3 varied-format blind fixtures, their ground truth and QA sets.

Run from the repository root: ``.venv/bin/python -m eval.varied3.generate``.
Deterministic (fixed seeds, fixed timestamps, no network). ``--out DIR`` writes
everything under DIR instead of the repository (used by the test);
``--no-scans`` skips the slow image rendering.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from eval.varied2.model2 import Plan2, due2
from eval.varied2.text2 import source_text2
from eval.varied3.check import FORMATS, check_all, check_splits
from eval.varied3.plans import PLANS, TEST_PLANS
from eval.varied3.qa import questions, summary

HERE = Path(__file__).resolve().parent
DATASETS = HERE.parent / "datasets"
Row = dict[str, Any]


def task_records(plan: Plan2) -> list[Row]:
    """Ground truth for each task-table row of ``plan``."""
    return [{"file": plan.file, "task": t.task, "lead": t.lead, "partners": t.partners, "deadline": t.deadline,
             "due": due2(t.deadline), "group": g.title, "product": t.product}
            for g in plan.groups for t in g.tasks]


def meta_record(plan: Plan2) -> Row:
    """Ground-truth metadata of ``plan``."""
    d = plan.decision
    return {"file": plan.file, "format": plan.fmt, "issuer": plan.issuer, "plan_number": plan.number,
            "decision_number": d.number if d else None, "date": plan.issued.isoformat(),
            "province": plan.province, "signer": d.signer if d else plan.signer,
            "title": f"Kế hoạch {plan.subtitle}", "split": "test" if plan.file in TEST_PLANS else "dev"}


def _jsonl(path: Path, rows: list[Row]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def generate(root: Path, datasets: Path, scans: bool = True) -> int:
    """Write plans, source texts, ground truth and QA splits under ``root``; return the number of problems."""
    plans_dir, src_dir = root / "plans", root / "source_text"
    plans_dir.mkdir(parents=True, exist_ok=True)
    src_dir.mkdir(exist_ok=True)
    datasets.mkdir(parents=True, exist_ok=True)
    sources: dict[str, str] = {}
    for plan, render in PLANS:
        if scans or plan.fmt != "scan":
            render(plan, plans_dir / plan.file)
        sources[plan.file] = source_text2(plan)
        (src_dir / (plan.file.rsplit(".", 1)[0] + ".txt")).write_text(sources[plan.file], encoding="utf-8")
    _jsonl(root / "expected_tasks.jsonl", [r for p, _r in PLANS for r in task_records(p)])
    _jsonl(root / "expected_meta.jsonl", [meta_record(p) for p, _r in PLANS])
    fmt = {p.file: p.fmt for p, _r in PLANS}
    items = questions()
    for q in items:
        q["format"] = fmt.get(q["doc"], "?")
    problems = check_all(items, sources)
    dev = [q for q in items if q["doc"] not in TEST_PLANS]
    test = [q for q in items if q["doc"] in TEST_PLANS]
    problems += check_splits(dev, test, {p.fmt for p, _r in PLANS} & FORMATS)
    for split, rows in (("dev", dev), ("test", test)):
        prefix = "v3d" if split == "dev" else "v3t"
        _jsonl(datasets / f"varied3_{split}.jsonl", [{"id": f"{prefix}{i:03d}", **q} for i, q in enumerate(rows, 1)])
    for p in problems:
        print("CHECK:", p, file=sys.stderr)
    print(f"{len(PLANS)} plans, {len(dev)} dev + {len(test)} test questions, {len(problems)} check problems")
    print(summary(dev, test))
    return len(problems)


def main(argv: list[str] | None = None) -> int:
    """Command line entry point; exit 1 on any check problem."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, help="write under this directory instead of eval/varied3")
    ap.add_argument("--no-scans", action="store_true", help="do not render the scanned PDFs")
    args = ap.parse_args(argv)
    root = args.out or HERE
    datasets = args.out / "datasets" if args.out else DATASETS
    return 1 if generate(root, datasets, scans=not args.no_scans) else 0

if __name__ == "__main__":
    raise SystemExit(main())
