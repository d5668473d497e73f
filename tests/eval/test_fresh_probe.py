"""The fresh-question probe (eval/datasets/fresh/) obeys its rules; fast, no answerer."""

from __future__ import annotations

import json
from pathlib import Path

from eval.datasets.fresh.check_fresh import BATCHES, HERE, check_all, check_file, load_absent

FILES = [HERE / f"fresh{n}.jsonl" for n in BATCHES]


def _items(path: Path) -> list[dict]:
    return [json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]


def test_all_files_pass_the_checker() -> None:
    assert all(p.exists() for p in FILES)
    assert check_all() == []


def test_counts_and_mix() -> None:
    total = 0
    for path in FILES:
        items = _items(path)
        total += len(items)
        assert 20 <= len(items) <= 26, path.name
        types = {it["type"] for it in items}
        assert {"who", "when", "multi", "list", "none"} <= types, path.name
        assert sum(it["unanswerable"] for it in items) >= 2, path.name
        assert sum(it["style"] == "noaccent" for it in items) >= 4, path.name
        assert any(it["style"] == "en" for it in items), path.name
        assert any(isinstance(it["doc"], list) for it in items), path.name
    assert 140 <= total <= 160


def test_checker_catches_broken_items(tmp_path: Path) -> None:
    items = _items(HERE / "fresh5.jsonl")
    answerable = next(it for it in items if not it["unanswerable"])
    bad_ev = dict(answerable, evidence=["Câu này không hề có trong kế hoạch nào cả đâu nhé"])
    bad_fact = dict(
        answerable, id="f5998", question=answerable["question"] + " (2)", facts=[["Sở Ngoại vụ không có"]]
    )
    bad_doc = dict(
        answerable,
        id="f5997",
        question=answerable["question"] + " (3)",
        doc="ca-mau_so-nong-nghiep-moi-truong_kh-cchc-2026.pdf",
    )
    out = tmp_path / "fresh5.jsonl"
    out.write_text(
        "\n".join(json.dumps(x, ensure_ascii=False) for x in (bad_ev, bad_fact, bad_doc)), encoding="utf-8"
    )
    problems = check_file(out, absent=load_absent())
    assert any("not verbatim" in p for p in problems)
    assert any("not in the evidence" in p for p in problems)
    assert any("not dev" in p for p in problems)


def test_checker_catches_a_present_absent_word(tmp_path: Path) -> None:
    items = _items(HERE / "fresh5.jsonl")
    none_item = next(it for it in items if it["unanswerable"])
    out = tmp_path / "fresh5.jsonl"
    out.write_text(json.dumps(none_item, ensure_ascii=False), encoding="utf-8")
    problems = check_file(out, absent={none_item["id"]: ["Sở Nội vụ"]})
    assert any("absent word" in p for p in problems)
