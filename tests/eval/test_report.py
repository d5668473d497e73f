"""run_eval with toy systems: answers, metrics.json, report.md, PNG plots; the threshold gate."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eval.qa import QAItem
from eval.runner import check_thresholds, run_eval
from tests.eval._toys import abstainer, knower, toy_items

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def test_run_eval_writes_everything(tmp_path: Path) -> None:
    calls: list[tuple[str, int, int]] = []
    result = run_eval(
        toy_items(),
        {"abstainer": abstainer, "ours": knower},
        tmp_path,
        progress=lambda s, d, n: calls.append((s, d, n)),
        qa_name="toy.jsonl",
    )
    assert calls[0] == ("ours", 1, 3) and calls[-1] == ("abstainer", 3, 3)
    lines = (tmp_path / "answers.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["t1", "t2", "t3"]
    other = [
        json.loads(line)
        for line in (tmp_path / "answers_abstainer.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert all(isinstance(a["latency_ms"], float) for a in other)  # measured by the runner

    ours, abst = result["systems"]["ours"], result["systems"]["abstainer"]
    assert ours["hit@1"] == 1.0 and ours["mrr@10"] == 1.0 and ours["fact_accuracy"] == 1.0
    assert ours["citation_precision"] == 1.0 and ours["abstention_precision"] == 1.0
    assert ours["failed"] == [] and ours["latency_p50_ms"] == 12.0
    assert abst["hit@10"] == 0.0 and abst["fact_accuracy"] == 0.0
    assert abst["abstention_recall"] == 1.0 and abst["abstention_precision"] == pytest.approx(1 / 3)
    assert abst["false_abstention_rate"] == 1.0 and abst["citation_precision"] is None
    assert json.loads((tmp_path / "metrics.json").read_text(encoding="utf-8"))["primary"] == "ours"

    for name in ("hitk.png", "per_type.png", "latency.png"):
        assert (tmp_path / name).read_bytes()[:8] == PNG_MAGIC
    report = (tmp_path / "report.md").read_text(encoding="utf-8")
    assert "| ours | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 |" in report
    assert "| abstainer | 0.000 |" in report
    assert "## Theo loại câu hỏi (ours)" in report and "| when |" in report
    assert "## Theo kế hoạch (ours)" in report and "| 003_plan |" in report
    assert "Không có câu nào sai." in report and "![hitk.png](hitk.png)" in report


def test_crashing_system_counts_as_missing(tmp_path: Path) -> None:
    def flaky(item: QAItem) -> dict:
        if item.id == "t2":
            raise RuntimeError("mô hình hết bộ nhớ")
        return knower(item)

    result = run_eval(toy_items(), {"ours": flaky}, tmp_path)
    ours = result["systems"]["ours"]
    assert ours["n_missing"] == 1 and ours["hit@1"] == 0.5 and ours["false_abstention_rate"] == 0.5
    assert [f["id"] for f in ours["failed"]] == ["t2"]
    assert "mô hình hết bộ nhớ" in ours["failed"][0]["reasons"][0]
    assert len((tmp_path / "answers.jsonl").read_text(encoding="utf-8").splitlines()) == 2
    report = (tmp_path / "report.md").read_text(encoding="utf-8")
    assert "**t2** (target)" in report


def test_unknown_primary_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        run_eval(toy_items(), {"bm25": knower}, tmp_path)


def test_check_thresholds(tmp_path: Path) -> None:
    result = run_eval(toy_items(), {"ours": knower, "abstainer": abstainer}, tmp_path)
    assert (
        check_thresholds(
            result, {"ours": {"hit@5": 0.9, "fact_accuracy": 0.8, "max_false_abstention_rate": 0.1}}
        )
        == []
    )
    failures = check_thresholds(
        result["systems"],
        {
            "abstainer": {"hit@5": 0.5, "max_false_abstention_rate": 0.2, "citation_precision": 0.5},
            "ghost": {"hit@1": 0.1},
        },
    )
    assert len(failures) == 4
    assert any("hit@5 = 0.000 < tối thiểu 0.5" in f for f in failures)
    assert any("false_abstention_rate = 1.000 > tối đa 0.2" in f for f in failures)
    assert any("citation_precision" in f and "không có giá trị" in f for f in failures)
    assert any(f.startswith("ghost") for f in failures)
