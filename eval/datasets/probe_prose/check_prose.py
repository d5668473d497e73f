"""Check the decision-and-prose probe (eval/datasets/probe_prose/prose{4..12}.jsonl).

Run from the repository root as ``python eval/datasets/probe_prose/check_prose.py [FILE ...]``
(or ``python -m eval.datasets.probe_prose.check_prose``). Exit status 1 when a rule is
broken; every problem is printed.

Item rules come from the fresh probe: ``eval/datasets/fresh/check_fresh.py``'s
``check_file`` is run on a renamed copy of each file (``prose<N>`` -> ``fresh<N>``,
ids ``p<N>NNN`` -> ``f<N>NNN``) and its messages are mapped back, by the procedure
shared with the multi and list probes (``eval/datasets/fresh/probe_check.py``). That
covers keys, DEV plan and its format, verbatim evidence of >= 8 words, facts folded
in the evidence and short, multi 2-3 facts, list 2-7, who / when / lookup exactly
one, ``none`` items empty with their ``absent.json`` words absent from the plan, and
diacritics by style.

This probe adds its own rules:

- batches 4, 5, 6, 7, 8, 10, 11 and 12, six items each, ids ``p<N>001``..``p<N>006``
  in order;
- ``doc`` is one of the batch's DEV plans issued as a decision or with its tasks
  written in prose (:data:`PLANS`);
- the type mix of each batch (:data:`PER_BATCH`), 48 items overall: who 10, when 10,
  multi 12, lookup 6, list 4, none 6;
- ``noaccent`` on exactly every fourth question of the probe, counted over the batch
  files in order (so 1 or 2 per batch, 12 overall);
- exactly 2 ``en`` questions overall, and no stale ``absent.json`` ids.
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

STEM, PREFIX = "prose", "p"
BATCHES = (4, 5, 6, 7, 8, 10, 11, 12)
N_ITEMS = 6
EN_COUNT = 2
NOACCENT_EVERY = 4

# The DEV plans this probe is about: QUYẾT ĐỊNH that issue a plan, and plans whose
# tasks are sentences or paragraphs ("Giao X chủ trì …", "… do X thực hiện",
# "Cơ quan chủ trì: …; thời gian: …", "– X chủ trì …" bullets).
PLANS: dict[int, tuple[str, ...]] = {
    4: ("bo-cong-thuong_qd-kh-cchc-2026.pdf", "son-la_xa-mai-son_kh-cchc-2026.txt"),
    5: (
        "quang-tri_ubnd-tinh_qd-kh-cchc-2026.pdf",
        "hue_ubnd-thanh-pho_kh-cchc-2026.txt",
        "ha-noi_phuong-tay-ho_kh-cchc-2026.docx",
    ),
    6: ("hai-phong_ubnd-thanh-pho_qd-kh-cchc-2026.pdf", "bo-y-te_kh-cchc-2026.docx"),
    7: ("quang-ngai_ubnd-tinh_qd-kh-cchc-2026.pdf",),
    8: ("cuc-thong-ke_qd-kh-cchc-2026.pdf", "quang-ninh_dac-khu-van-don_kh-cchc-2026.txt"),
    10: (
        "cuc-quan-ly-de-dieu-pctt_qd-kh-cchc-2026.docx",
        "hung-yen_so-nong-nghiep-moi-truong_kh-cchc-2026.docx",
    ),
    11: ("bo-noi-vu_cuc-viec-lam_qd-kh-cchc-2026.pdf",),
    12: ("da-nang_phuong-hai-chau_qd-kh-cchc-2026.docx",),
}

PER_BATCH: dict[int, dict[str, int]] = {
    4: {"multi": 2, "who": 1, "lookup": 1, "when": 1, "none": 1},
    5: {"multi": 2, "who": 1, "list": 1, "when": 1, "none": 1},
    6: {"who": 1, "multi": 1, "lookup": 1, "when": 1, "list": 1, "none": 1},
    7: {"who": 2, "when": 1, "lookup": 1, "multi": 1, "none": 1},
    8: {"multi": 2, "who": 1, "when": 1, "list": 1, "none": 1},
    10: {"multi": 2, "when": 2, "lookup": 1, "who": 1},
    11: {"lookup": 1, "multi": 1, "when": 2, "who": 1, "none": 1},
    12: {"who": 2, "when": 1, "multi": 1, "list": 1, "lookup": 1},
}
TOTALS = {"who": 10, "when": 10, "multi": 12, "lookup": 6, "list": 4, "none": 6}


def noaccent_positions(batch: int) -> set[int]:
    """Positions (1-based, within the batch file) that are every fourth question of the probe."""
    before = BATCHES.index(batch) * N_ITEMS
    return {k for k in range(1, N_ITEMS + 1) if (before + k) % NOACCENT_EVERY == 0}


def _own_problems(name: str, batch: int, items: list[dict]) -> list[str]:
    """Rules of this probe for one batch: size, ids, plans, type mix, noaccent positions."""
    out: list[str] = []
    if len(items) != N_ITEMS:
        out.append(f"{name}: {len(items)} items, want {N_ITEMS}")
    out += id_order_problems(name, batch, items, PREFIX)
    for item in items:
        if item.get("doc") not in PLANS[batch]:
            out.append(
                f"{name}:{item.get('id')}: doc {item.get('doc')!r} is not a decision / prose plan of this probe"
            )
    out += type_mix_problems(name, items, PER_BATCH[batch])
    out += noaccent_problems(name, items, noaccent_positions(batch), what="every fourth of the probe")
    return out


def check_prose_file(
    path: Path,
    *,
    absent: dict[str, list[str]],
    seen_ids: set[str],
    seen_q: set[str],
    root: Path = ROOT,
) -> list[str]:
    """Check one prose<N>.jsonl: the fresh probe's item rules plus this probe's own."""
    return check_probe_file(path, stem=STEM, prefix=PREFIX, batches=BATCHES, own=_own_problems, absent=absent,
                            seen_ids=seen_ids, seen_q=seen_q, root=root)


def default_paths() -> list[Path]:
    """prose4.jsonl .. prose12.jsonl (the batches used) in this directory."""
    return [HERE / f"{STEM}{n}.jsonl" for n in BATCHES]


def check_all(paths: list[Path] | None = None, root: Path = ROOT) -> list[str]:
    """Check the given files (default: all eight) with ids/questions unique across them."""
    whole = paths is None
    files = default_paths() if paths is None else paths
    absent = load_absent(HERE / "absent.json")
    seen_ids: set[str] = set()
    seen_q: set[str] = set()
    problems: list[str] = []
    styles: Counter[str] = Counter()
    types: Counter[str] = Counter()
    for p in files:
        if not p.exists():
            problems.append(f"{p}: missing")
            continue
        problems += check_prose_file(p, absent=absent, seen_ids=seen_ids, seen_q=seen_q, root=root)
        items = read_items(p)[0]
        styles.update(str(item.get("style")) for item in items)
        types.update(str(item.get("type")) for item in items)
    if whole:
        stale = sorted(set(absent) - seen_ids)
        if stale:
            problems.append(f"absent.json: ids without an item: {stale}")
        if styles["en"] != EN_COUNT:
            problems.append(f"{styles['en']} en questions overall, want {EN_COUNT}")
        if dict(types) != TOTALS:
            problems.append(f"overall type mix {dict(types)} != {TOTALS}")
    return problems


def main(argv: list[str] | None = None) -> int:
    """Check the files named on the command line (default: all eight); 1 on a problem."""
    args = sys.argv[1:] if argv is None else argv
    paths = [Path(a) for a in args] or None
    problems = check_all(paths)
    for p in problems:
        print(p)
    n_items = sum(len(read_items(p)[0]) for p in (paths or default_paths()) if p.exists())
    print(f"{n_items} items, {len(problems)} problem(s)")
    return 1 if problems else 0


__all__ = [
    "BATCHES",
    "HERE",
    "N_ITEMS",
    "PER_BATCH",
    "PLANS",
    "TOTALS",
    "check_all",
    "check_prose_file",
    "default_paths",
    "main",
    "noaccent_positions",
]

if __name__ == "__main__":
    sys.exit(main())
