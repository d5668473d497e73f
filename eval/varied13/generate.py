"""Generate the batch-13 varied-format blind fixtures, their ground truth and QA sets.

Run from the repository root: ``.venv/bin/python -m eval.varied13.generate``.
Deterministic (fixed seeds, fixed timestamps, no network). ``--out DIR`` writes
everything under DIR instead of the repository (used by the test);
``--no-scans`` skips the two 300-dpi scans. Ground-truth task rows are batch
8's ``task_records`` (the two tables with a combined unit column),
``block_records`` (the labelled-line DOCX), ``unit_records`` (the decisions,
whose tasks are grouped by unit) or batch 10's ``prose_records`` (the prose
scans); metadata is batch 7's ``meta7``. Cross-plan items carry a list in
``doc``; the private ``_absent`` and ``_q3`` fields are checked, then dropped.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from eval.varied6.text6 import source_text6
from eval.varied7.generate import meta7
from eval.varied8.generate import task_records
from eval.varied8.model8 import Plan8
from eval.varied10.prose import prose_records
from eval.varied11.generate import _jsonl
from eval.varied11.qa import summary
from eval.varied13.blocks import block_records
from eval.varied13.byunit import unit_records
from eval.varied13.check import (
    check_all,
    check_layout13,
    check_no_partner,
    check_quarter_lists,
    check_scan_cut,
    check_splits11,
    docs_of,
)
from eval.varied13.plans import BLOCKS, IMAGES, PLANS, PROSE, TEST_PLANS, UNITS
from eval.varied13.qa import questions

HERE = Path(__file__).resolve().parent
Row = dict[str, Any]


def records(plan: Plan8) -> list[Row]:
    """Ground-truth task rows of ``plan``, by its task layout."""
    if plan.file in BLOCKS:
        return block_records(plan.file, BLOCKS[plan.file][0], plan.year)
    if plan.file in UNITS:
        return unit_records(plan.file, UNITS[plan.file], plan.year)
    if plan.file in PROSE:
        return prose_records(plan.file, PROSE[plan.file], plan.year)
    return task_records(plan)


def _plans(root: Path, scans: bool) -> tuple[dict[str, str], list[Row], list[str]]:
    """Render every plan and its source text; return the sources, the task records and the plan problems."""
    plans_dir, src_dir = root / "plans", root / "source_text"
    plans_dir.mkdir(parents=True, exist_ok=True)
    src_dir.mkdir(exist_ok=True)
    sources: dict[str, str] = {}
    tasks: list[Row] = []
    problems: list[str] = []
    for plan, render in PLANS:
        if scans or plan.fmt not in IMAGES:
            render(plan, plans_dir / plan.file)
        text = sources[plan.file] = source_text6(plan)
        (src_dir / (plan.file.rsplit(".", 1)[0] + ".txt")).write_bytes(text.encode("utf-8"))
        rows = records(plan)
        problems += check_layout13(plan, rows, text, BLOCKS.get(plan.file), UNITS.get(plan.file),
                                   PROSE.get(plan.file))
        if plan.fmt in IMAGES:
            problems += check_scan_cut(plan, PROSE[plan.file])
        tasks += rows
        print(f"{plan.file}: {len(rows)} tasks")
    return sources, tasks, problems


def generate(root: Path, datasets: Path, scans: bool = True) -> int:
    """Write batch 13 under ``root`` (plans, source texts, ground truth) and the QA splits; return the problem count."""
    datasets.mkdir(parents=True, exist_ok=True)
    sources, tasks, problems = _plans(root, scans)
    _jsonl(root / "expected_tasks.jsonl", tasks)
    _jsonl(root / "expected_meta.jsonl", [meta7(p, TEST_PLANS) for p, _r in PLANS])
    fmt = {p.file: p.fmt for p, _r in PLANS}
    items = questions()
    for q in items:
        q["format"] = fmt.get(docs_of(q)[0], "?")
    problems += check_all(items, sources) + check_quarter_lists(items, tasks) + check_no_partner(items, tasks)
    dev = [q for q in items if docs_of(q)[0] not in TEST_PLANS]
    test = [q for q in items if docs_of(q)[0] in TEST_PLANS]
    problems += check_splits11(dev, test, fmt)
    for split, rows in (("dev", dev), ("test", test)):
        _jsonl(datasets / f"varied13_{split}.jsonl",
               [{"id": f"v13{split[0]}{i:03d}", **{k: v for k, v in q.items() if not k.startswith("_")}}
                for i, q in enumerate(rows, 1)])
    for p in problems:
        print("CHECK:", p, file=sys.stderr)
    print(f"{len(PLANS)} plans, {len(tasks)} task records, {len(dev)} dev + {len(test)} test questions, "
          f"{len(problems)} check problems")
    print(summary(dev, test))
    return len(problems)


def main(argv: list[str] | None = None) -> int:
    """Command line entry point (``--out DIR``, ``--no-scans``); exit 1 on any check problem."""
    ap = argparse.ArgumentParser(description="Generate the varied13 blind fixtures, ground truth and QA sets.")
    ap.add_argument("--out", type=Path, help="write under this directory instead of eval/varied13")
    ap.add_argument("--no-scans", action="store_true", help="do not render the 300-dpi scans")
    args = ap.parse_args(argv)
    root = args.out or HERE
    datasets = args.out / "datasets" if args.out else HERE.parent / "datasets"
    return 1 if generate(root, datasets, scans=not args.no_scans) else 0


if __name__ == "__main__":
    raise SystemExit(main())
