"""Compare two evaluation runs (directories written by ``eval.runner.run_eval``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from eval.metrics import METRIC_KEYS
from eval.report import fmt


def load_run(run_dir: Path) -> dict[str, Any]:
    """Read ``metrics.json`` of a run directory."""
    path = Path(run_dir) / "metrics.json"
    if not path.is_file():
        raise FileNotFoundError(f"không thấy {path}")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _delta(a: Any, b: Any, latency: bool) -> str:
    if not isinstance(a, int | float) or not isinstance(b, int | float):
        return "—"
    d = b - a
    return f"{d:+.1f}" if latency else f"{d:+.3f}"


def compare_runs(run_a: Path, run_b: Path) -> str:
    """Markdown: metric deltas B − A of the primary system and the questions whose outcome changed."""
    a, b = load_run(run_a), load_run(run_b)
    primary = str(b.get("primary") or a.get("primary"))
    if primary not in a.get("systems", {}) or primary not in b.get("systems", {}):
        raise ValueError(f"hệ thống {primary!r} không có trong cả hai lần chạy")
    ma, mb = a["systems"][primary], b["systems"][primary]
    lines = [
        f"# So sánh: A = {run_a}, B = {run_b} (hệ thống {primary})",
        "",
        "| Chỉ số | A | B | Δ (B − A) |",
        "|---|---|---|---|",
    ]
    for key in ("accuracy", *METRIC_KEYS):
        latency = key.startswith("latency")
        va, vb = ma.get(key), mb.get(key)
        lines.append(f"| {key} | {fmt(va, latency)} | {fmt(vb, latency)} | {_delta(va, vb, latency)} |")
    oa: dict[str, bool] = ma.get("outcomes", {})
    ob: dict[str, bool] = mb.get("outcomes", {})
    questions = {**a.get("questions", {}), **b.get("questions", {})}
    worse = [q for q in ob if q in oa and oa[q] and not ob[q]]
    better = [q for q in ob if q in oa and not oa[q] and ob[q]]
    reasons = {e["id"]: "; ".join(e.get("reasons", [])) for e in mb.get("failed", [])}
    lines += ["", f"## Đúng → sai ({len(worse)})", ""]
    lines += [f"- **{q}** {questions.get(q, '')} — {reasons.get(q, '')}" for q in worse] or ["Không có."]
    lines += ["", f"## Sai → đúng ({len(better)})", ""]
    lines += [f"- **{q}** {questions.get(q, '')}" for q in better] or ["Không có."]
    only_a = sorted(set(oa) - set(ob))
    only_b = sorted(set(ob) - set(oa))
    if only_a or only_b:
        lines += ["", f"Chỉ có ở A: {', '.join(only_a) or '—'}; chỉ có ở B: {', '.join(only_b) or '—'}"]
    return "\n".join(lines) + "\n"
