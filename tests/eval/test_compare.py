"""compare_runs: metric deltas and questions whose outcome changed between two runs."""

from __future__ import annotations

from pathlib import Path

import pytest

from eval.compare import compare_runs
from eval.qa import QAItem
from eval.runner import run_eval
from tests.eval._toys import abstainer, knower, toy_items


def test_compare_runs(tmp_path: Path) -> None:
    def half(item: QAItem) -> dict:  # right on t1 and t3, abstains wrongly on t2
        return abstainer(item) if item.id == "t2" else knower(item)

    run_a, run_b = tmp_path / "a", tmp_path / "b"
    run_eval(toy_items(), {"ours": half}, run_a)
    run_eval(toy_items(), {"ours": knower}, run_b)
    text = compare_runs(run_a, run_b)
    assert "| hit@1 | 0.500 | 1.000 | +0.500 |" in text
    assert "| false_abstention_rate | 0.500 | 0.000 | -0.500 |" in text
    assert "## Sai → đúng (1)" in text and "**t2** Mức hài lòng bao nhiêu?" in text
    assert "## Đúng → sai (0)" in text

    back = compare_runs(run_b, run_a)
    assert "## Đúng → sai (1)" in back and "từ chối trả lời sai" in back


def test_compare_needs_metrics(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        compare_runs(tmp_path, tmp_path)
