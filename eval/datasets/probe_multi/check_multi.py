"""Check the multi-fact and deadline probe (eval/datasets/probe_multi/multi{6..11}.jsonl).

Run from the repository root as ``python eval/datasets/probe_multi/check_multi.py [FILE ...]``
(or ``python -m eval.datasets.probe_multi.check_multi``). Exit status 1 when a rule is
broken; every problem is printed.

Item rules come from the fresh probe: ``eval/datasets/fresh/check_fresh.py``'s
``check_file`` is run on a renamed copy of each file (``multi<N>`` -> ``fresh<N>``,
ids ``m<N>NNN`` -> ``f<N>NNN``) and its messages are mapped back, exactly as the list
probe's ``check_lists.py`` does. That covers keys, DEV plan and format, verbatim
evidence of >= 8 words, facts folded in the evidence and short, multi 2-3 facts,
who / when exactly one, ``none`` items empty with their ``absent.json`` words absent
from the plan, and diacritics by style. This probe adds its own mix: batches 6-11,
ids ``m<N>001``..``m<N>008`` in order, per batch 3 multi + 3 when + 1 who + 1 none,
``noaccent`` on exactly every fourth question, 1-2 ``en`` questions overall, and no
stale ``absent.json`` ids.
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from eval.datasets.fresh.check_fresh import check_file, load_absent  # noqa: E402
from eval.datasets.probe_lists.check_lists import EN_RANGE, N_ITEMS  # noqa: E402

BATCHES = (6, 7, 8, 9, 10, 11)
PER_BATCH = {"multi": 3, "when": 3, "who": 1, "none": 1}
STEM, PREFIX = "multi", "m"


def _id_as_fresh(iid: object) -> str:
    return re.sub(rf"^{PREFIX}(?=\d)", "f", str(iid))


def _message_back(msg: str) -> str:
    msg = re.sub(r"fresh(\d+)\.jsonl", STEM + r"\1.jsonl", msg)
    return re.sub(r"(?<!\w)f(\d{4,5})(?!\d)", PREFIX + r"\1", msg)


def _read_items(path: Path) -> tuple[list[dict], list[str]]:
    items: list[dict] = []
    bad: list[str] = []
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    for n, line in enumerate(lines, 1):
        try:
            items.append(json.loads(line))
        except json.JSONDecodeError as exc:
            bad.append(f"{path.name}:{n}: bad JSON ({exc})")
    return items, bad


def _mix_problems(name: str, batch: int, items: list[dict]) -> list[str]:
    """Probe-specific rules for one batch: ids in order, type mix, noaccent every fourth."""
    out: list[str] = []
    if len(items) != N_ITEMS:
        out.append(f"{name}: {len(items)} items, want {N_ITEMS}")
    for k, item in enumerate(items, 1):
        iid, want = item.get("id"), f"{PREFIX}{batch}{k:03d}"
        if iid != want:
            out.append(f"{name}:{k}: id {iid!r}, expected {want!r}")
        fourth = k % 4 == 0
        if fourth != (item.get("style") == "noaccent"):
            rule = "must be" if fourth else "may not be"
            out.append(f"{name}:{iid}: question {k} {rule} noaccent (only every fourth is)")
    types = dict(Counter(item.get("type") for item in items))
    if types != PER_BATCH:
        out.append(f"{name}: type mix {types} != {PER_BATCH}")
    return out


def _item_rules(
    batch: int,
    items: list[dict],
    *,
    absent: dict[str, list[str]],
    seen_ids: set[str],
    seen_q: set[str],
    root: Path,
) -> list[str]:
    """The fresh probe's per-item rules, run on a renamed copy and mapped back."""
    renamed = [dict(item, id=_id_as_fresh(item.get("id"))) for item in items]
    as_fresh_absent = {_id_as_fresh(k): v for k, v in absent.items()}
    as_fresh_seen = {_id_as_fresh(i) for i in seen_ids}
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / f"fresh{batch}.jsonl"
        copy.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in renamed), encoding="utf-8")
        found = check_file(copy, root=root, absent=as_fresh_absent, seen_ids=as_fresh_seen, seen_q=seen_q)
    return [_message_back(p) for p in found]


def check_multi_file(
    path: Path,
    *,
    absent: dict[str, list[str]],
    seen_ids: set[str],
    seen_q: set[str],
    root: Path = ROOT,
) -> list[str]:
    """Check one multi<N>.jsonl: the fresh probe's item rules plus this probe's mix."""
    m = re.fullmatch(rf"{STEM}(\d+)\.jsonl", path.name)
    if not m:
        return [f"{path}: file name must be {STEM}<N>.jsonl"]
    batch = int(m.group(1))
    if batch not in BATCHES:
        return [f"{path.name}: batch {batch} not in {BATCHES}"]
    items, bad = _read_items(path)
    if bad:
        return bad
    problems = _mix_problems(path.name, batch, items)
    problems += _item_rules(batch, items, absent=absent, seen_ids=seen_ids, seen_q=seen_q, root=root)
    seen_ids.update(str(item.get("id")) for item in items)
    return problems


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
        n_en += sum(item.get("style") == "en" for item in _read_items(p)[0])
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
    n_items = sum(len(_read_items(p)[0]) for p in (paths or default_paths()) if p.exists())
    print(f"{n_items} items, {len(problems)} problem(s)")
    return 1 if problems else 0


__all__ = ["BATCHES", "HERE", "PER_BATCH", "check_all", "check_multi_file", "default_paths", "main"]

if __name__ == "__main__":
    sys.exit(main())
