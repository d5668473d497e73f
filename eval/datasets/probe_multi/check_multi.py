"""Check the multi-fact and deadline probe (eval/datasets/probe_multi/multi{6..11}.jsonl).

Run from the repository root as ``python eval/datasets/probe_multi/check_multi.py [FILE ...]``
(or ``python -m eval.datasets.probe_multi.check_multi``). Exit status 1 when a rule is
broken; every problem is printed.

Item rules come from the fresh probe: ``eval/datasets/fresh/check_fresh.py``'s
``check_file`` is run on a renamed copy of each file (``multi<N>`` -> ``fresh<N>``,
ids ``m<N>NNN`` -> ``f<N>NNN``) and its messages are mapped back, by the procedure
shared with the list and prose probes (``eval/datasets/fresh/probe_check.py``).
That covers keys, DEV plan and format, verbatim evidence of >= 8 words, facts
folded in the evidence and short, multi 2-3 facts, who / when exactly one,
``none`` items empty with their ``absent.json`` words absent from the plan, and
diacritics by style. This probe adds its own mix: batches 6-11, ids
``m<N>001``..``m<N>008`` in order, per batch 3 multi + 3 when + 1 who + 1 none,
``noaccent`` on exactly every fourth question, 1-2 ``en`` questions overall, and no
stale ``absent.json`` ids.
"""

from __future__ import annotations

import sys
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
from eval.datasets.probe_lists.check_lists import EN_RANGE, N_ITEMS  # noqa: E402

BATCHES = (6, 7, 8, 9, 10, 11)
PER_BATCH = {"multi": 3, "when": 3, "who": 1, "none": 1}
STEM, PREFIX = "multi", "m"


def _mix_problems(name: str, batch: int, items: list[dict]) -> list[str]:
    """Probe-specific rules for one batch: ids in order, type mix, noaccent every fourth."""
    out: list[str] = []
    if len(items) != N_ITEMS:
        out.append(f"{name}: {len(items)} items, want {N_ITEMS}")
    out += id_order_problems(name, batch, items, PREFIX)
    fourths = range(4, len(items) + 1, 4)
    out += noaccent_problems(name, items, fourths, what="only every fourth is")
    out += type_mix_problems(name, items, PER_BATCH)
    return out


def check_multi_file(
    path: Path,
    *,
    absent: dict[str, list[str]],
    seen_ids: set[str],
    seen_q: set[str],
    root: Path = ROOT,
) -> list[str]:
    """Check one multi<N>.jsonl: the fresh probe's item rules plus this probe's mix."""
    return check_probe_file(path, stem=STEM, prefix=PREFIX, batches=BATCHES, own=_mix_problems, absent=absent,
                            seen_ids=seen_ids, seen_q=seen_q, root=root)


def default_paths() -> list[Path]:
    """multi6.jsonl .. multi11.jsonl in this directory."""
    return [HERE / f"{STEM}{n}.jsonl" for n in BATCHES]


def check_all(paths: list[Path] | None = None, root: Path = ROOT) -> list[str]:
    """Check the given files (default: all six) with ids/questions unique across them."""
    whole = paths is None
    files = default_paths() if paths is None else paths
    absent = load_absent(HERE / "absent.json")
    seen_ids: set[str] = set()
    seen_q: set[str] = set()
    problems: list[str] = []
    n_en = 0
    for p in files:
        if not p.exists():
            problems.append(f"{p}: missing")
            continue
        problems += check_multi_file(p, absent=absent, seen_ids=seen_ids, seen_q=seen_q, root=root)
        n_en += sum(item.get("style") == "en" for item in read_items(p)[0])
    if whole:
        stale = sorted(set(absent) - seen_ids)
        if stale:
            problems.append(f"absent.json: ids without an item: {stale}")
        lo, hi = EN_RANGE
        if not lo <= n_en <= hi:
            problems.append(f"{n_en} en questions overall, want {lo}-{hi}")
    return problems


def main(argv: list[str] | None = None) -> int:
    """Check the files named on the command line (default: all six); 1 on a problem."""
    args = sys.argv[1:] if argv is None else argv
    paths = [Path(a) for a in args] or None
    problems = check_all(paths)
    for p in problems:
        print(p)
    n_items = sum(len(read_items(p)[0]) for p in (paths or default_paths()) if p.exists())
    print(f"{n_items} items, {len(problems)} problem(s)")
    return 1 if problems else 0


__all__ = ["BATCHES", "HERE", "PER_BATCH", "check_all", "check_multi_file", "default_paths", "main"]

if __name__ == "__main__":
    sys.exit(main())
