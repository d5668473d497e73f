"""The list-and-target probe (eval/datasets/probe_lists/) obeys its rules; fast, no answerer."""

from __future__ import annotations

import json
from pathlib import Path

from eval.datasets.fresh.check_fresh import load_absent
from eval.datasets.probe_lists.check_lists import BATCHES, HERE, check_all, check_lists_file


def _items(path: Path) -> list[dict]:
    return [json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]


def test_all_files_pass_the_checker() -> None:
    assert all((HERE / f"lists{n}.jsonl").exists() for n in BATCHES)
    assert check_all() == []


def test_counts_and_mix() -> None:
    items = [it for n in BATCHES for it in _items(HERE / f"lists{n}.jsonl")]
    assert len(items) == 40
    assert sum(it["type"] == "list" for it in items) == 25 and sum(it["type"] == "target" for it in items) == 10
    assert all(2 <= len(it["facts"]) <= 7 for it in items if it["type"] == "list")


def test_checker_catches_a_fact_missing_from_its_evidence(tmp_path: Path) -> None:
    items = _items(HERE / "lists9.jsonl")
    broken = dict(next(it for it in items if it["type"] == "list"), facts=[["Sở Ngoại vụ không có"], ["x y z"]])
    out = tmp_path / "lists9.jsonl"
    out.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in [broken, *items[1:]]), encoding="utf-8")
    problems = check_lists_file(out, absent=load_absent(HERE / "absent.json"), seen_ids=set(), seen_q=set())
    assert any("evidence" in p for p in problems), problems
