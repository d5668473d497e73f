"""Markdown report of an evaluation run (the ``report.md`` written by ``eval.runner.run_eval``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

# (metric key, column header, is a latency in ms)
SUMMARY_COLUMNS: tuple[tuple[str, str, bool], ...] = (
    ("hit@1", "hit@1", False),
    ("hit@3", "hit@3", False),
    ("hit@5", "hit@5", False),
    ("hit@10", "hit@10", False),
    ("mrr@10", "MRR@10", False),
    ("fact_accuracy", "Đúng fact", False),
    ("abstention_precision", "Từ chối P", False),
    ("abstention_recall", "Từ chối R", False),
    ("false_abstention_rate", "Từ chối sai", False),
    ("citation_precision", "Trích dẫn P", False),
    ("latency_p50_ms", "p50 (ms)", True),
    ("latency_p95_ms", "p95 (ms)", True),
)
BREAKDOWN_COLUMNS: tuple[tuple[str, str, bool], ...] = (
    ("n", "Số câu", False),
    ("accuracy", "Đúng hoàn toàn", False),
    ("hit@1", "hit@1", False),
    ("hit@5", "hit@5", False),
    ("mrr@10", "MRR@10", False),
    ("fact_accuracy", "Đúng fact", False),
    ("abstention_recall", "Từ chối R", False),
    ("false_abstention_rate", "Từ chối sai", False),
    ("citation_precision", "Trích dẫn P", False),
)


def fmt(value: Any, latency: bool = False) -> str:
    """Format one metric cell: '—' for undefined, 3 decimals for ratios, 1 decimal for ms, ints as is."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "có" if value else "không"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return f"{value:.1f}" if latency else f"{value:.3f}"
    return str(value)


def _table(
    first: str, rows: Sequence[tuple[str, Mapping[str, Any]]], columns: Sequence[tuple[str, str, bool]]
) -> list[str]:
    lines = [
        "| " + " | ".join([first, *(c[1] for c in columns)]) + " |",
        "|" + "---|" * (len(columns) + 1),
    ]
    for name, metrics in rows:
        cells = [fmt(metrics.get(key), latency) for key, _, latency in columns]
        lines.append("| " + " | ".join([name.replace("|", "\\|"), *cells]) + " |")
    return lines


def _format_tables(systems: Mapping[str, Mapping[str, Any]], primary: str) -> list[str]:
    """Per-format tables (only when the QA items carry a ``format`` field): the primary system, then each other."""
    if not systems[primary].get("by_format"):
        return []
    lines: list[str] = []
    for name in [primary, *(n for n in systems if n != primary)]:
        rows = list(systems[name].get("by_format", {}).items())
        lines += [f"## Theo định dạng ({name})", "", *_table("Định dạng", rows, BREAKDOWN_COLUMNS), ""]
    return lines


def render_report(result: Mapping[str, Any], plots: Sequence[str] = ()) -> str:
    """Markdown: systems side by side, per-type and per-plan tables and failed questions of the primary system."""
    systems: Mapping[str, Mapping[str, Any]] = result["systems"]
    primary = str(result["primary"])
    main = systems[primary]
    lines = [
        "# Báo cáo đánh giá Trợ lý CCHC",
        "",
        f"- Bộ câu hỏi: {result.get('qa') or '—'} ({result.get('n_questions', main.get('n'))} câu; "
        f"{main.get('n_answerable')} trả lời được, {main.get('n_unanswerable')} ngoài kế hoạch)",
        f"- Hệ thống chính: **{primary}**; so sánh: {', '.join(n for n in systems if n != primary) or '—'}",
        "- hit@k / MRR@10: đoạn truy hồi chứa ≥ 6 từ liên tiếp của bằng chứng (chỉ câu trả lời được).",
        "- Đúng fact: câu trả lời chứa mọi fact; Từ chối P/R: độ chính xác / độ phủ của việc từ chối; "
        "Từ chối sai: tỷ lệ câu trả lời được mà hệ thống từ chối; Trích dẫn P: tỷ lệ trích dẫn chứa bằng chứng hoặc fact.",
        "",
        "## Tổng quan các hệ thống",
        "",
        *_table("Hệ thống", list(systems.items()), SUMMARY_COLUMNS),
        "",
    ]
    for plot in plots:
        lines += [f"![{plot}]({plot})", ""]
    lines += [
        f"## Theo loại câu hỏi ({primary})",
        "",
        *_table("Loại", list(main.get("by_type", {}).items()), BREAKDOWN_COLUMNS),
        "",
        *_format_tables(systems, primary),
        f"## Theo kế hoạch ({primary})",
        "",
        *_table("Kế hoạch", list(main.get("by_plan", {}).items()), BREAKDOWN_COLUMNS),
        "",
    ]
    failed: Sequence[Mapping[str, Any]] = main.get("failed", [])
    lines += [f"## Câu hỏi sai ({primary}: {len(failed)}/{main.get('n')})", ""]
    if not failed:
        lines.append("Không có câu nào sai.")
    for entry in failed:
        reasons = "; ".join(entry.get("reasons", []))
        lines.append(f"- **{entry['id']}** ({entry['type']}) {entry['question']} — {reasons}")
    return "\n".join(lines) + "\n"
