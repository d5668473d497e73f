"""Regression gate: the dev set through the real pipeline (default configuration) must meet eval/thresholds.json."""

from __future__ import annotations

import json
from pathlib import Path

from assistant.engine import Engine
from eval.qa import load_qa
from eval.runner import check_thresholds, run_eval
from eval.systems import build_systems

ROOT = Path(__file__).resolve().parents[2]


def test_dev_set_meets_thresholds(corpus_engine: Engine, tmp_path: Path) -> None:
    items = load_qa(ROOT / "eval" / "datasets" / "dev.jsonl")
    plan_texts = {d: rec.text for d, rec in corpus_engine.state.docs.items()}
    result = run_eval(items, build_systems(corpus_engine, baselines=False), tmp_path, plan_texts=plan_texts)
    thresholds = json.loads((ROOT / "eval" / "thresholds.json").read_text(encoding="utf-8"))
    failures = check_thresholds(result, thresholds)
    assert not failures, "\n".join(failures)
    for name in ("answers.jsonl", "metrics.json", "report.md", "hitk.png", "per_type.png", "latency.png"):
        assert (tmp_path / name).stat().st_size > 0
    answers = [json.loads(line) for line in (tmp_path / "answers.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(answers) == len(items)
    for ans in answers:  # every quote is verbatim from its plan
        for cit in ans["citations"]:
            assert cit["quote"] in plan_texts[cit["document"]], (ans["id"], cit["quote"])


def test_reference_question_cites_reporting_units_of_three_plans(corpus_engine: Engine) -> None:
    ans = corpus_engine.ask("Đơn vị nào báo cáo Sở Nội vụ và khi nào?")
    assert not ans["abstained"]
    docs = {c["document"][:3] for c in ans["citations"]}
    assert {"001", "002", "003"} <= docs
    text = ans["answer"]
    for unit in ("Phòng Hành chính - Quản trị", "Văn phòng", "Phòng Văn hóa - Xã hội"):
        assert unit in text
    assert "định kỳ" in text and "[1]" in text and "[3]" in text
