"""Run QA items through one or more systems and write answers, metrics, report and plots.

Output directory layout: ``answers.jsonl`` (primary system), ``answers_<system>.jsonl`` (others),
``metrics.json`` ({"primary", "qa", "n_questions", "questions", "systems": {name: metrics}}),
``report.md``, ``hitk.png``, ``per_type.png``, ``latency.png``.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from eval.metrics import compute_metrics
from eval.plots import write_plots
from eval.qa import QAItem
from eval.report import render_report

System = Callable[[QAItem], dict]
Progress = Callable[[str, int, int], None]


def answers_filename(system: str, primary: str) -> str:
    """``answers.jsonl`` for the primary system, ``answers_<system>.jsonl`` (sanitised) for the others."""
    if system == primary:
        return "answers.jsonl"
    return f"answers_{re.sub(r'[^A-Za-z0-9_.-]+', '_', system)}.jsonl"


def _ask_all(
    name: str, system: System, items: Sequence[QAItem], progress: Progress | None
) -> tuple[dict[str, dict[str, Any]], dict[str, str]]:
    answers: dict[str, dict[str, Any]] = {}
    errors: dict[str, str] = {}
    for done, item in enumerate(items, start=1):
        started = time.perf_counter()
        try:
            raw = system(item)
        except Exception as exc:  # a crashing system counts as a missing answer, the run goes on
            errors[item.id] = f"{type(exc).__name__}: {exc}"
            raw = None
        elapsed_ms = (time.perf_counter() - started) * 1000.0
        if raw is not None and not isinstance(raw, dict):
            errors[item.id] = f"kết quả không phải dict: {type(raw).__name__}"
        elif raw is not None:
            answer = {"id": item.id, **{k: v for k, v in raw.items() if k != "id"}}
            answer.setdefault("question", item.question)
            if not isinstance(answer.get("latency_ms"), int | float):
                answer["latency_ms"] = round(elapsed_ms, 3)
            answers[item.id] = answer
        if progress is not None:
            progress(name, done, len(items))
    return answers, errors


def _write_jsonl(path: Path, rows: Sequence[Mapping[str, Any]]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def run_eval(
    items: list[QAItem],
    systems: dict[str, System],
    out_dir: Path,
    primary: str = "ours",
    progress: Progress | None = None,
    plan_texts: Mapping[str, str] | None = None,
    qa_name: str | None = None,
) -> dict:
    """Ask every system every question, score them and write the run directory; returns metrics.json's dict.

    ``progress(system, done, total)`` is called after each question; ``plan_texts`` (doc id → text) lets
    items without ``doc`` be attributed to a plan; ``qa_name`` is shown in the report.
    """
    if primary not in systems:
        raise ValueError(f"hệ thống chính {primary!r} không có trong {sorted(systems)}")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    ordered = [primary, *(n for n in systems if n != primary)]
    all_metrics: dict[str, dict[str, Any]] = {}
    for name in ordered:
        answers, errors = _ask_all(name, systems[name], items, progress)
        _write_jsonl(
            out_dir / answers_filename(name, primary), [answers[i.id] for i in items if i.id in answers]
        )
        all_metrics[name] = compute_metrics(items, answers, errors, plan_texts)
    result: dict[str, Any] = {
        "primary": primary,
        "qa": qa_name,
        "n_questions": len(items),
        "questions": {i.id: i.question for i in items},
        "systems": all_metrics,
    }
    (out_dir / "metrics.json").write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    plots = write_plots(all_metrics, out_dir)
    report = render_report(result, [p.name for p in plots])
    (out_dir / "report.md").write_text(report, encoding="utf-8")
    return result


def check_thresholds(metrics: Mapping[str, Any], thresholds: Mapping[str, Mapping[str, float]]) -> list[str]:
    """Regression gate: messages for every threshold not met (empty list = pass).

    ``metrics`` is run_eval's result (or its ``systems`` mapping); ``thresholds`` maps system → metric →
    lower bound, or upper bound when the key starts with ``max_`` (e.g. "max_false_abstention_rate").
    """
    systems = metrics.get("systems", metrics)
    failures: list[str] = []
    for system, bounds in thresholds.items():
        if any(isinstance(v, Mapping) for v in bounds.values()):
            continue  # the thresholds of another QA set (e.g. "varied_dev": {"ours": {…}})
        if system not in systems:
            failures.append(f"{system}: không có kết quả của hệ thống này")
            continue
        for key, bound in bounds.items():
            is_max = key.startswith("max_")
            name = key[4:] if is_max else key
            value = systems[system].get(name)
            if not isinstance(value, int | float):
                failures.append(f"{system}: chỉ số {name} không có giá trị (ngưỡng {bound})")
            elif is_max and value > bound:
                failures.append(f"{system}: {name} = {value:.3f} > tối đa {bound}")
            elif not is_max and value < bound:
                failures.append(f"{system}: {name} = {value:.3f} < tối thiểu {bound}")
    return failures
