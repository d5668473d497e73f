"""Generate the batch-3 varied-format blind fixtures, their ground truth and QA sets.

Run from the repository root: ``.venv/bin/python -m eval.varied3.generate``.
Deterministic (fixed seeds, fixed timestamps, no network). ``--out DIR`` writes
everything under DIR instead of the repository (used by the test);
``--no-scans`` skips the slow image rendering.
"""

from __future__ import annotations

from pathlib import Path

from eval.varied2.generate import Batch, batch_main, write_batch
from eval.varied3.check import FORMATS, check_all, check_splits
from eval.varied3.plans import PLANS, TEST_PLANS
from eval.varied3.qa import questions, summary

HERE = Path(__file__).resolve().parent
BATCH3 = Batch("varied3", "v3", PLANS, TEST_PLANS, questions, check_all, check_splits, FORMATS, summary)


def generate(root: Path, datasets: Path, scans: bool = True) -> int:
    """Write batch 3 under ``root`` (plans, source texts, ground truth, QA splits); return the problem count."""
    return write_batch(BATCH3, root, datasets, scans)


def main(argv: list[str] | None = None) -> int:
    """Command line entry point; exit 1 on any check problem."""
    return batch_main(BATCH3, HERE, argv)


if __name__ == "__main__":
    raise SystemExit(main())
