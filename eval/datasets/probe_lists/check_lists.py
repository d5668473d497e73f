"""Check the list-and-target probe (eval/datasets/probe_lists/lists{7..11}.jsonl).

Run from the repository root as ``python eval/datasets/probe_lists/check_lists.py [FILE ...]``
(or ``python -m eval.datasets.probe_lists.check_lists``). Exit status 1 when a rule is broken;
every problem is printed.

The per-item rules are those of the fresh probe and are checked by
``eval/datasets/fresh/check_fresh.py``'s own ``check_file`` (keys, DEV plan and its
format, verbatim evidence of >= 8 words, facts folded in the evidence and short,
list 2-7 facts, target exactly one fact, ``none`` items empty with their
``absent.json`` words absent from the plan, ``noaccent`` / ``vi`` diacritics).
That function derives the batch from a ``fresh<N>.jsonl`` file name and wants
ids ``f<N>NNN``; only that differs here, so each file is handed to it as a
renamed copy (``lists<N>`` -> ``fresh<N>``, ``l<N>`` -> ``f<N>``) and the
problems are mapped back, by the procedure shared with the multi and prose
probes (``eval/datasets/fresh/probe_check.py``). On top, this probe checks its own mix: batches 7-11,
ids ``l<N>001``..``l<N>008`` in order, per batch 5 list + 2 target + 1 none,
every fourth question ``noaccent``, 1-2 ``en`` questions overall, no stale
``absent.json`` ids.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from eval.datasets.fresh.check_fresh import load_absent  # noqa: E402
from eval.datasets.fresh.probe_check import (  # noqa: E402
    check_probe_file,
    id_order_problems,
    noaccent_problems,
    read_items,
    type_mix_problems,
)

BATCHES = (7, 8, 9, 10, 11)
PER_BATCH = {"list": 5, "target": 2, "none": 1}
N_ITEMS = sum(PER_BATCH.values())
EN_RANGE = (1, 2)
STEM, PREFIX = "lists", "l"


def _mix_problems(name: str, batch: int, items: list[dict]) -> list[str]:
    """The list probe's own rules: ids in order, every fourth question without diacritics, the type mix."""
    fourths = range(4, len(items) + 1, 4)
    return (id_order_problems(name, batch, items, PREFIX)
            + noaccent_problems(name, items, fourths, what="only every fourth is")
            + type_mix_problems(name, items, PER_BATCH))


def check_lists_file(
    path: Path,
    *,
    absent: dict[str, list[str]],
    seen_ids: set[str],
    seen_q: set[str],
    root: Path = ROOT,
) -> list[str]:
    """Check one lists<N>.jsonl: the fresh probe's item rules plus this probe's mix."""
    return check_probe_file(path, stem=STEM, prefix=PREFIX, batches=BATCHES, own=_mix_problems, absent=absent,
                            seen_ids=seen_ids, seen_q=seen_q, root=root)


def check_all(paths: list[Path] | None = None, root: Path = ROOT) -> list[str]:
    """Check the given files (default: lists7..lists11) with ids/questions unique across them."""
    default = paths is None
    paths = [HERE / f"lists{n}.jsonl" for n in BATCHES] if paths is None else paths
    absent = load_absent(HERE / "absent.json")
    seen_ids: set[str] = set()
    seen_q: set[str] = set()
    problems: list[str] = []
    styles: Counter[str] = Counter()
    for p in paths:
        if not p.exists():
            problems.append(f"{p}: missing")
            continue
        problems += check_lists_file(p, absent=absent, seen_ids=seen_ids, seen_q=seen_q, root=root)
        styles.update(str(item.get("style")) for item in read_items(p)[0])
    if default:
        stale = set(absent) - seen_ids
        if stale:
            problems.append(f"absent.json: ids without an item: {sorted(stale)}")
        lo, hi = EN_RANGE
        if not lo <= styles["en"] <= hi:
            problems.append(f"{styles['en']} en questions overall, want {lo}-{hi}")
    return problems


def main(argv: list[str] | None = None) -> int:
    """Check the files given on the command line (default: all five); 1 on a problem."""
    args = sys.argv[1:] if argv is None else argv
    paths = [Path(a) for a in args] or None
    problems = check_all(paths)
    for p in problems:
        print(p)
    files = paths or [HERE / f"lists{b}.jsonl" for b in BATCHES]
    n = sum(1 for p in files if p.exists() for ln in p.read_text(encoding="utf-8").splitlines() if ln.strip())
    print(f"{n} items, {len(problems)} problem(s)")
    return 1 if problems else 0


__all__ = ["check_all", "check_lists_file", "main"]

if __name__ == "__main__":
    sys.exit(main())
