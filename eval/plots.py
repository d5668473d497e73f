"""PNG charts of an evaluation run (matplotlib, Agg backend): hit@k curves, per-type accuracy, latency."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

from eval.metrics import K_VALUES  # noqa: E402

HITK_PNG = "hitk.png"
PER_TYPE_PNG = "per_type.png"
LATENCY_PNG = "latency.png"


def _save(fig: Any, path: Path) -> Path:
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)
    return path


def plot_hitk(systems: Mapping[str, Mapping[str, Any]], path: Path) -> Path:
    """One hit@k curve (k = 1, 3, 5, 10) per system."""
    fig, ax = plt.subplots(figsize=(6, 4))
    for name, metrics in systems.items():
        ys = [metrics.get(f"hit@{k}") or 0.0 for k in K_VALUES]
        ax.plot(list(K_VALUES), ys, marker="o", label=name)
    ax.set_xticks(list(K_VALUES))
    ax.set_ylim(0, 1.05)
    ax.set_xlabel("k")
    ax.set_ylabel("hit@k")
    ax.set_title("Tỷ lệ tìm thấy bằng chứng trong top k")
    ax.grid(alpha=0.3)
    ax.legend()
    return _save(fig, path)


def plot_per_type(systems: Mapping[str, Mapping[str, Any]], path: Path) -> Path:
    """Grouped bars: share of fully correct answers per question type, one bar per system."""
    types = sorted({t for m in systems.values() for t in m.get("by_type", {})})
    fig, ax = plt.subplots(figsize=(max(6, len(types) * 1.2), 4))
    width = 0.8 / max(1, len(systems))
    for i, (name, metrics) in enumerate(systems.items()):
        by_type = metrics.get("by_type", {})
        ys = [(by_type.get(t, {}).get("accuracy") or 0.0) for t in types]
        xs = [j + i * width for j in range(len(types))]
        ax.bar(xs, ys, width=width, label=name)
    ax.set_xticks([j + width * (len(systems) - 1) / 2 for j in range(len(types))])
    ax.set_xticklabels(types)
    ax.set_ylim(0, 1.05)
    ax.set_ylabel("tỷ lệ đúng hoàn toàn")
    ax.set_title("Độ chính xác theo loại câu hỏi")
    ax.legend()
    return _save(fig, path)


def plot_latency(systems: Mapping[str, Mapping[str, Any]], path: Path) -> Path:
    """Overlaid latency histograms (ms), one per system."""
    fig, ax = plt.subplots(figsize=(6, 4))
    for name, metrics in systems.items():
        values = metrics.get("latencies_ms") or []
        if values:
            ax.hist(values, bins=20, alpha=0.5, label=name)
    ax.set_xlabel("độ trễ (ms)")
    ax.set_ylabel("số câu")
    ax.set_title("Phân bố độ trễ")
    if ax.get_legend_handles_labels()[0]:
        ax.legend()
    return _save(fig, path)


def write_plots(systems: Mapping[str, Mapping[str, Any]], out_dir: Path) -> list[Path]:
    """Write hitk.png, per_type.png and latency.png into ``out_dir``; returns their paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    return [
        plot_hitk(systems, out_dir / HITK_PNG),
        plot_per_type(systems, out_dir / PER_TYPE_PNG),
        plot_latency(systems, out_dir / LATENCY_PNG),
    ]
