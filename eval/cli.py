"""``cchc eval run`` and ``cchc eval compare``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console

if TYPE_CHECKING:
    from assistant.engine import Engine

eval_app = typer.Typer(help="Đánh giá độ chính xác trên bộ câu hỏi (QA JSONL).", no_args_is_help=True)
console = Console(stderr=True)
THRESHOLDS = Path(__file__).resolve().parent / "thresholds.json"


@eval_app.command("run")
def run(qa: Annotated[Path, typer.Option("--qa", help="Tệp câu hỏi JSONL (định dạng §4.3)")],
        out: Annotated[Path, typer.Option("--out", help="Thư mục kết quả")],
        baselines: Annotated[bool, typer.Option("--baselines", help="Chạy cả naive, bm25, dense")] = False,
        gate: Annotated[bool, typer.Option("--gate", help="Thoát 1 nếu dưới ngưỡng eval/thresholds.json")] = False,
        data_dir: Annotated[Path | None, typer.Option("--data-dir")] = None,
        corpus: Annotated[Path | None, typer.Option(
            "--corpus", help="Thư mục kế hoạch thay cho corpus/ (mặc định dữ liệu ở .cchc-eval/<3 cấp cuối của đường dẫn>)")] = None,
        ) -> None:
    """Chạy bộ câu hỏi qua đúng pipeline của /api/ask và ghi answers.jsonl, metrics.json, report.md, biểu đồ.

    Với ``--corpus DIR`` thư mục đó được nạp vào một thư mục dữ liệu riêng (dùng lại giữa các lần chạy; chỉ
    tệp mới hoặc đã đổi được nạp lại), để chạy được bộ câu hỏi về kế hoạch ngoài corpus/.
    """
    from eval.qa import load_qa
    from eval.runner import check_thresholds, run_eval
    from eval.systems import build_systems

    items = load_qa(qa)
    eng = _engine(corpus, data_dir)
    systems = build_systems(eng, baselines)
    plan_texts = {d: rec.text for d, rec in eng.state.docs.items()}
    result = run_eval(items, systems, out, plan_texts=plan_texts, qa_name=str(qa),
                      progress=lambda s, done, total: console.print(f"\r{s}: {done}/{total}", end="")
                      if done % 10 == 0 or done == total else None)
    console.print()
    sys_metrics = result["systems"]
    for name, m in sys_metrics.items():
        console.print(f"{name:6s} hit@1={m.get('hit@1')} hit@5={m.get('hit@5')} facts={m.get('fact_accuracy')} "
                      f"abst_recall={m.get('abstention_recall')} false_abst={m.get('false_abstention_rate')} "
                      f"p95={m.get('latency_p95_ms')}")
    console.print(f"Báo cáo: {out / 'report.md'}")
    if gate:
        thresholds = json.loads(THRESHOLDS.read_text(encoding="utf-8"))
        failures = check_thresholds(result, thresholds.get(qa.stem, thresholds))  # "varied_dev" has its own
        for f in failures:
            console.print(f"[red]Dưới ngưỡng:[/] {f}")
        if failures:
            raise typer.Exit(1)


def _engine(corpus: Path | None, data_dir: Path | None) -> Engine:
    """The engine over ``corpus`` (its own data dir under .cchc-eval/), else over the configured corpus."""
    from assistant.cli import _state, engine, run_ingest

    if corpus is not None:
        if not corpus.is_dir():
            console.print(f"[red]Không thấy thư mục kế hoạch:[/] {corpus}")
            raise typer.Exit(2)
        eng = engine(data_dir or Path(".cchc-eval") / "-".join(corpus.resolve().parts[-3:]))  # eval-varied-plans
        run_ingest(eng, [str(corpus)])
    else:
        eng = engine(data_dir or _state.get("data_dir"))
        if eng.is_empty():
            run_ingest(eng, [str(eng.settings.corpus_dir)])
        else:
            eng.ensure_corpus()
    return eng


@eval_app.command("nearmiss")
def nearmiss(qa: Annotated[Path, typer.Option("--qa", help="Tệp câu hỏi JSONL (chỉ dùng phần DEV)")],
             corpus: Annotated[Path | None, typer.Option("--corpus", help="Thư mục kế hoạch")] = None,
             data_dir: Annotated[Path | None, typer.Option("--data-dir")] = None,
             out: Annotated[Path | None, typer.Option("--out", help="Ghi kết quả JSON vào tệp này")] = None,
             ) -> None:
    """Thăm dò "gần đúng" (đổi một danh từ thành danh từ kế hoạch không có: phải từ chối) và viết không dấu.

    Xem eval/nearmiss.py; chỉ chạy trên phần DEV.
    """
    from eval.nearmiss import load_pool, mutants, probe, spelling_probe
    from eval.qa import load_qa
    from index.loaders import slugify

    eng = _engine(corpus, data_dir)
    docs = eng.state.docs

    def plan_text(doc: str) -> str | None:
        rec = docs.get(slugify(Path(doc).stem))
        return rec.text if rec is not None else None

    items = load_qa(qa)
    result = probe(mutants(items, plan_text, load_pool()), eng.ask)
    for row in result["answered"]:
        console.print(f"[yellow]trả lời:[/] {row['id']} ({row['swap']}) {row['question']}")
    typer.echo(f"near-miss: {result['refused']}/{result['n']} từ chối (tỉ lệ {result['refusal_rate']})")
    spelling = spelling_probe(items, eng.ask)
    for row in spelling["refused"]:
        console.print(f"[red]từ chối sai:[/] {row['id']} ({row['reason']}) {row['question']}")
    typer.echo(f"không dấu / chữ thường: {spelling['false_refusals']} từ chối sai trên {spelling['n']} câu")
    if out is not None:
        out.write_text(json.dumps({"near_miss": result, "spelling": spelling}, ensure_ascii=False, indent=1),
                       encoding="utf-8")


@eval_app.command("compare")
def compare(run_a: Path, run_b: Path) -> None:
    """So sánh hai lần chạy: chênh lệch chỉ số và các câu đổi kết quả."""
    from eval.compare import compare_runs

    typer.echo(compare_runs(run_a, run_b))
