"""The decision-and-prose probe (eval/datasets/probe_prose/) obeys its rules; fast, no answerer."""

from __future__ import annotations

import json
from pathlib import Path

from eval.datasets.fresh.check_fresh import load_absent
from eval.datasets.fresh.probe_check import id_as_fresh, message_back
from eval.datasets.probe_prose.check_prose import (
    BATCHES,
    HERE,
    N_ITEMS,
    PLANS,
    TOTALS,
    check_all,
    check_prose_file,
    default_paths,
    noaccent_positions,
)


def _items(path: Path) -> list[dict]:
    return [json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]


def _write(path: Path, items: list[dict]) -> Path:
    path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in items), encoding="utf-8")
    return path


def _check(path: Path, absent: dict[str, list[str]] | None = None) -> list[str]:
    absent = load_absent(HERE / "absent.json") if absent is None else absent
    return check_prose_file(path, absent=absent, seen_ids=set(), seen_q=set())


def test_all_files_pass_the_checker() -> None:
    assert all(p.exists() for p in default_paths())
    assert check_all() == []


def test_counts_and_mix() -> None:
    items = [it for p in default_paths() for it in _items(p)]
    assert len(items) == N_ITEMS * len(BATCHES) == 48
    assert {k: sum(it["type"] == k for it in items) for k in TOTALS} == TOTALS
    assert all(2 <= len(it["facts"]) <= 3 for it in items if it["type"] == "multi")
    assert all(2 <= len(it["facts"]) <= 7 for it in items if it["type"] == "list")
    assert sum(it["style"] == "noaccent" for it in items) == 12
    assert [k for k, it in enumerate(items, 1) if it["style"] == "noaccent"] == list(range(4, 49, 4))
    assert sum(it["style"] == "en" for it in items) == 2
    assert all(it["doc"] in PLANS[int(it["id"][1:-3])] for it in items)
    assert {it["format"] for it in items} <= {"decision", "txt", "docx-prose", "docx-numbering"}
    assert sorted(load_absent(HERE / "absent.json")) == sorted(
        it["id"] for it in items if it["type"] == "none"
    )
    assert sum(len(noaccent_positions(b)) for b in BATCHES) == 12


def test_checker_catches_a_fact_missing_from_its_evidence(tmp_path: Path) -> None:
    items = _items(HERE / "prose12.jsonl")
    broken = dict(items[0], facts=[["Phòng Tư pháp không có"]])
    problems = _check(_write(tmp_path / "prose12.jsonl", [broken, *items[1:]]))
    assert any("p12001" in p and "evidence" in p for p in problems), problems


def test_checker_catches_a_broken_mix_a_foreign_plan_and_a_present_absent_word(tmp_path: Path) -> None:
    items = _items(HERE / "prose8.jsonl")
    items[1] = dict(items[1], type="when")  # who -> when
    items[0] = dict(items[0], style="noaccent")  # noaccent off its place
    items[2] = dict(items[2], doc="son-la_trung-tam-pvhcc_kh-cchc-2026.jpg")  # a DEV plan, but a table one
    problems = _check(_write(tmp_path / "prose8.jsonl", items))
    assert any("type mix" in p for p in problems), problems
    assert any("p8001" in p and "noaccent" in p for p in problems), problems
    assert any("p8003" in p and "decision / prose plan" in p for p in problems), problems
    absent = {"p8006": ["Ban Thu thập thông tin"]}  # a unit the Cục Thống kê plan does name
    found = _check(_write(tmp_path / "prose8.jsonl", _items(HERE / "prose8.jsonl")), absent)
    assert any("p8006" in p and "absent word" in p for p in found), found


def test_shared_renaming_round_trips() -> None:
    assert id_as_fresh("p10003", "p") == "f10003"
    assert id_as_fresh("x4001", "p") == "x4001"
    msg = "fresh10.jsonl:f10003: duplicate id (also f4001)"
    assert message_back(msg, "prose", "p") == "prose10.jsonl:p10003: duplicate id (also p4001)"
