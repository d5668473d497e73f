"""Generate the batch-5 varied-format blind fixtures, their ground truth and QA sets.

Run from the repository root: ``.venv/bin/python -m eval.varied5.generate``.
Deterministic (fixed seeds, fixed timestamps, no network). ``--out DIR`` writes
everything under DIR instead of the repository (used by the test);
``--no-scans`` skips the slow image rendering. The writer is batch 4's
(cross-plan ``doc`` lists, private ``_absent`` fields checked then dropped)
with the batch-5 plans, questions and checks.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from eval.varied2.generate import Batch
from eval.varied4.generate import write_batch4
from eval.varied5.check import FORMATS, check_all, check_splits
from eval.varied5.plans import PLANS, TEST_PLANS
from eval.varied5.qa import questions, summary

HERE = Path(__file__).resolve().parent
BATCH5 = Batch("varied5", "v5", PLANS, TEST_PLANS, questions, check_all, check_splits, FORMATS, summary)


def generate(root: Path, datasets: Path, scans: bool = True) -> int:
    """Write batch 5 under ``root`` (plans, source texts, ground truth, QA splits); return the problem count."""
    return write_batch4(BATCH5, root, datasets, scans)


def main(argv: list[str] | None = None) -> int:
    """Command line entry point (``--out DIR``, ``--no-scans``); exit 1 on any check problem."""
    ap = argparse.ArgumentParser(description="Generate the varied5 blind fixtures, ground truth and QA sets.")
    ap.add_argument("--out", type=Path, help="write under this directory instead of eval/varied5")
    ap.add_argument("--no-scans", action="store_true", help="do not render the scanned PDFs")
    args = ap.parse_args(argv)
    root = args.out or HERE
    datasets = args.out / "datasets" if args.out else HERE.parent / "datasets"
    return 1 if generate(root, datasets, scans=not args.no_scans) else 0


if __name__ == "__main__":
    raise SystemExit(main())
