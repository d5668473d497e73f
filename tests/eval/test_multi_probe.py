"""The multi-fact and deadline probe (eval/datasets/probe_multi/) obeys its rules; fast, no answerer."""

from __future__ import annotations

import json
from pathlib import Path

from eval.datasets.fresh.check_fresh import load_absent
from eval.datasets.probe_multi.check_multi import BATCHES, HERE, check_all, check_multi_file, default_paths


def _items(path: Path) -> list[dict]:
    return [json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]


def _write(path: Path, items: list[dict]) -> Path:
    path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in items), encoding="utf-8")
    return path


def _check(path: Path) -> list[str]:
    return check_multi_file(path, absent=load_absent(HERE / "absent.json"), seen_ids=set(), seen_q=set())


def test_all_files_pass_the_checker() -> None:
    assert all(p.exists() for p in default_paths())
    assert check_all() == []


def test_counts_and_mix() -> None:
    items = [it for p in default_paths() for it in _items(p)]
    assert len(items) == 8 * len(BATCHES) == 48
    kinds = {k: sum(it["type"] == k for it in items) for k in ("multi", "when", "who", "none")}
    assert kinds == {"multi": 18, "when": 18, "who": 6, "none": 6}
    assert all(2 <= len(it["facts"]) <= 3 for it in items if it["type"] == "multi")
    assert sum(it["style"] == "noaccent" for it in items) == 12
    assert 1 <= sum(it["style"] == "en" for it in items) <= 2
    assert sorted(load_absent(HERE / "absent.json")) == sorted(
        it["id"] for it in items if it["type"] == "none"
    )


def test_checker_catches_a_fact_missing_from_its_evidence(tmp_path: Path) -> None:
    items = _items(HERE / "multi9.jsonl")
    broken = dict(items[0], facts=[["Sở Ngoại vụ không có"], ["Tháng 10/2026"]])
    problems = _check(_write(tmp_path / "multi9.jsonl", [broken, *items[1:]]))
    assert any("m9001" in p and "evidence" in p for p in problems), problems


def test_checker_catches_a_broken_mix_and_a_present_absent_word(tmp_path: Path) -> None:
    items = _items(HERE / "multi10.jsonl")
    items[6] = dict(items[6], type="when")  # who -> when: 4 when, 0 who
    items[1] = dict(items[1], style="noaccent")  # noaccent off the fourth place
    problems = _check(_write(tmp_path / "multi10.jsonl", items))
    assert any("type mix" in p for p in problems), problems
    assert any("m10002" in p and "noaccent" in p for p in problems), problems
    absent = {"m10008": ["Phòng Điều dưỡng"]}  # a unit the BVĐK Phú Thọ plan does name
    found = check_multi_file(
        _write(tmp_path / "multi10.jsonl", _items(HERE / "multi10.jsonl")),
        absent=absent,
        seen_ids=set(),
        seen_q=set(),
    )
    assert any("m10008" in p and "absent word" in p for p in found), found
