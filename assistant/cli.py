"""The ``cchc`` command line: ingest, documents, show, remove, search (and more, registered below)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from assistant.engine import DocumentNotFoundError, Engine
from assistant.retrieval import Filters
from assistant.settings import get_settings

app = typer.Typer(help="Trợ lý CCHC — hỏi đáp kế hoạch cải cách hành chính, có trích dẫn.", no_args_is_help=True)
console = Console()
err = Console(stderr=True)

DataDir = Annotated[Path | None, typer.Option("--data-dir", help="Thư mục dữ liệu (mặc định $CCHC_DATA_DIR hoặc ./.cchc)")]
_state: dict[str, Any] = {}


@app.callback()
def main(data_dir: DataDir = None) -> None:
    """Trợ lý CCHC."""
    _state["data_dir"] = data_dir


def engine(data_dir: Path | None = None) -> Engine:
    """The engine for the chosen data dir (command option > global option > env > ./.cchc)."""
    return Engine(get_settings(data_dir=data_dir or _state.get("data_dir")))


@contextmanager
def known_plan(ref: str) -> Iterator[None]:
    """Turn an unknown plan reference into a Vietnamese message and exit code 2."""
    try:
        yield
    except DocumentNotFoundError:
        err.print(f"Không tìm thấy kế hoạch '{ref}'.")
        raise typer.Exit(2) from None


def print_json(data: Any) -> None:
    """Print JSON (UTF-8, not escaped) to stdout."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def run_ingest(eng: Engine, paths: list[str], replace: str | None = None) -> Any:
    """Ingest with a rich progress bar; returns the report."""
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err, transient=False) as bar:
        task = bar.add_task("Nạp kế hoạch", total=None)

        def on(kind: str, data: dict[str, Any]) -> None:
            if kind == "start":
                bar.update(task, total=data["total"])
            elif kind == "file":
                bar.update(task, description=f"Đọc {Path(data['path']).name}")
            elif kind == "page":
                bar.update(task, description=f"OCR {Path(data['path']).name} trang {data['done']}/{data['total']}")
            elif kind == "embed":
                bar.update(task, description=f"Nhúng {data['chunks']} đoạn — {Path(data['path']).name}")
            elif kind == "commit":
                bar.update(task, description=f"Ghi chỉ mục ({data['plans']} kế hoạch)")
            elif kind == "done_file":
                bar.advance(task)

        return eng.ingest(paths, on, replace=replace)


def print_report(report: Any) -> None:
    """Per-file summary table of an ingest."""
    table = Table(title="Kết quả nạp")
    for col in ("Tệp", "Mã kế hoạch", "Trạng thái", "Số đoạn", "Giây", "Lỗi"):
        table.add_column(col)
    label = {"added": "đã thêm", "updated": "đã cập nhật", "unchanged": "không đổi", "duplicate": "trùng lặp",
             "failed": "LỖI"}
    for f in report.files:
        table.add_row(Path(f.path).name, f.doc_id or "", label[f.status], str(f.chunks), f"{f.seconds:.1f}",
                      f.error or "")
    console.print(table)
    ok = len(report.files) - len(report.failed)
    console.print(f"{ok}/{len(report.files)} tệp thành công, {len(report.failed)} lỗi; {report.embedded} đoạn được nhúng "
                  f"({report.cache_hits} lấy từ bộ nhớ đệm); {report.seconds:.1f} giây.")


@app.command()
def ingest(paths: Annotated[list[str], typer.Argument(help="Tệp hoặc thư mục")],
           replace: Annotated[str | None, typer.Option("--replace", help="Thay kế hoạch DOC bằng tệp này")] = None,
           data_dir: DataDir = None) -> None:
    """Nạp kế hoạch (TXT, MD, PDF, DOCX, ảnh) vào chỉ mục; mã thoát 1 nếu có tệp lỗi.

    Tệp trùng nội dung với kế hoạch đã nạp được báo "trùng lặp"; tên trùng với kế hoạch khác thì nhận mã mới.
    Muốn thay một kế hoạch, dùng --replace DOC với đúng một tệp.
    """
    eng = engine(data_dir)
    if replace is not None:
        from index.pipeline import expand_paths

        if len(expand_paths(paths)) != 1:
            err.print("--replace cần đúng một tệp.")
            raise typer.Exit(2)
        with known_plan(replace):
            eng.resolve(replace)
    report = run_ingest(eng, paths, replace)
    print_report(report)
    if report.failed:
        raise typer.Exit(1)


@app.command()
def documents(as_json: Annotated[bool, typer.Option("--json")] = False, data_dir: DataDir = None) -> None:
    """Liệt kê các kế hoạch đã nạp."""
    docs = engine(data_dir).documents()
    if as_json:
        print_json(docs)
        return
    table = Table(title=f"{len(docs)} kế hoạch")
    for col in ("Mã", "Số", "Ngày", "Cơ quan ban hành", "Kỳ", "Số đoạn", "OCR"):
        table.add_column(col)
    for d in docs:
        table.add_row(d["doc_id"], d["number"] or "—", d["date"] or "—", d["issuer"] or "—", d["period"] or "—",
                      str(d["chunks"]), "có" if d["ocr"] or d["ocr_damaged_text"] else "")
    console.print(table)


@app.command()
def show(doc: str, as_json: Annotated[bool, typer.Option("--json")] = False, data_dir: DataDir = None) -> None:
    """Xem dàn ý (cây mục) của một kế hoạch."""
    from index.structure import outline_summary
    from index.types import Section

    with known_plan(doc):
        d = engine(data_dir).document(doc)
    if as_json:
        print_json(d)
        return
    console.print(f"[bold]{d['doc_id']}[/] — {d['title'] or ''} ({d['number'] or 'không số'}, {d['date'] or 'không ngày'})")
    for line in outline_summary(Section.from_dict(d["outline"])):
        console.print(line, markup=False, highlight=False)


@app.command()
def remove(doc: str, data_dir: DataDir = None) -> None:
    """Xóa một kế hoạch khỏi mọi chỉ mục."""
    with known_plan(doc):
        doc_id = engine(data_dir).remove(doc)
    console.print(f"Đã xóa {doc_id}.")


FilterDoc = Annotated[list[str] | None, typer.Option("--doc", help="Chỉ tìm trong kế hoạch này (lặp lại được)")]
FilterProvince = Annotated[str | None, typer.Option("--province", help="Lọc theo tỉnh")]
FilterYear = Annotated[int | None, typer.Option("--year", help="Lọc theo năm của kỳ kế hoạch")]
FilterIssuer = Annotated[str | None, typer.Option("--issuer", help="Lọc theo cơ quan ban hành (một phần tên)")]


def make_filters(doc: list[str] | None, province: str | None, year: int | None, issuer: str | None = None) -> Filters:
    """CLI filter options → :class:`Filters`."""
    return Filters(documents=list(doc or []), province=province, year=year, issuer=issuer)


@app.command()
def search(query: str, k: Annotated[int, typer.Option("-k", help="Số đoạn")] = 5,
           as_json: Annotated[bool, typer.Option("--json")] = False, doc: FilterDoc = None,
           province: FilterProvince = None, year: FilterYear = None, issuer: FilterIssuer = None,
           data_dir: DataDir = None) -> None:
    """Tìm các đoạn liên quan (BM25 + vector, hợp nhất điểm)."""
    eng = engine(data_dir)
    if eng.is_empty():
        run_ingest(eng, [str(eng.settings.corpus_dir)])
    hits = [eng.passage(h) for h in eng.search(query, k, make_filters(doc, province, year, issuer))]
    if as_json:
        print_json(hits)
        return
    for i, h in enumerate(hits, 1):
        page = f", trang {h['page']}" if h["page"] else ""
        console.print(f"[bold]{i}. {h['document']}[/] — {h['section']} (dòng {h['line_start']}–{h['line_end']}{page}) "
                      f"điểm {h['score']:.3f}", highlight=False)
        console.print(h["text"], markup=False, highlight=False)
        console.print()


def print_answer(ans: dict[str, Any]) -> None:
    """Human-readable answer with its citations."""
    console.print(ans["answer"], markup=False, highlight=False)
    items = ans["citations"] or (ans.get("related") or [])
    if ans["citations"]:
        console.print("\n[bold]Nguồn:[/]")
    elif items:
        console.print("\n[bold]Có thể liên quan:[/]")
    for i, c in enumerate(items, 1):
        page = f", trang {c['page']}" if c.get("page") else ""
        console.print(f"[{i}] {c['document']} — {c['section']} (dòng {c['line_start']}–{c['line_end']}{page})",
                      markup=False, highlight=False)
        console.print(f"    “{c.get('quote') or c.get('text')}”", markup=False, highlight=False)
        if c.get("quote_restored"):
            console.print(f"    (Đọc là: {c['quote_restored']})", markup=False, highlight=False)
    console.print(f"\n({ans['latency_ms']:.0f} ms, chế độ {ans.get('mode', 'extractive')})", style="dim")


@app.command()
def ask(question: str, as_json: Annotated[bool, typer.Option("--json")] = False, doc: FilterDoc = None,
        province: FilterProvince = None, year: FilterYear = None, issuer: FilterIssuer = None,
        llm: Annotated[bool, typer.Option("--llm", help="Dùng LLM (cần CCHC_LLM_BASE_URL hoặc CCHC_LLM_GGUF)")] = False,
        data_dir: DataDir = None) -> None:
    """Trả lời câu hỏi, kèm trích dẫn nguyên văn."""
    eng = engine(data_dir)
    if eng.is_empty():
        run_ingest(eng, [str(eng.settings.corpus_dir)])
    ans = eng.ask(question, filters=make_filters(doc, province, year, issuer), mode="llm" if llm else "extractive")
    if as_json:
        print_json(ans)
    else:
        print_answer(ans)


@app.command()
def facts(doc: Annotated[str | None, typer.Argument()] = None,
          kind: Annotated[str | None, typer.Option("--kind", help="reporting|responsibility|target|deadline|reference")] = None,
          as_json: Annotated[bool, typer.Option("--json")] = False, data_dir: DataDir = None) -> None:
    """Liệt kê các dữ kiện trích xuất (báo cáo, trách nhiệm, chỉ tiêu, thời hạn, văn bản dẫn chiếu)."""
    from index.facts import Fact, facts_table

    with known_plan(doc or ""):
        rows = engine(data_dir).facts(doc, kind)
    if as_json:
        print_json(rows)
        return
    flat = facts_table([Fact.from_dict(r) for r in rows])
    table = Table(title=f"{len(flat)} dữ kiện")
    cols = list(flat[0].keys()) if flat else ["kind"]
    for col in cols:
        table.add_column(col)
    for row in flat:
        table.add_row(*[str(row.get(c, "")) for c in cols])
    console.print(table)


def _register_eval() -> None:
    from eval.cli import eval_app

    app.add_typer(eval_app, name="eval")


_register_eval()


@app.command()
def doctor(repair: Annotated[bool, typer.Option("--repair", help="Dựng lại các phần hỏng")] = False,
           as_json: Annotated[bool, typer.Option("--json")] = False, data_dir: DataDir = None) -> None:
    """Kiểm tra chỉ mục (tệp đã lưu, BM25, kho vector); --repair dựng lại từ văn bản gốc đã lưu."""
    from assistant.maintenance import doctor as run_doctor

    report = run_doctor(engine(data_dir), repair=repair, say=lambda m: err.print(m, markup=False))
    if as_json:
        print_json(report)
    elif not report["problems"]:
        console.print(f"Chỉ mục ổn ({report['generation'] or 'trống'}).")
    else:
        console.print("Phát hiện lỗi:", style="bold")
        for p in report["problems"]:
            console.print(f"- {p}", markup=False, highlight=False, soft_wrap=True)
        if report["repaired"]:
            console.print(f"Đã sửa: giữ {len(report['kept'])}, dựng lại {len(report['rebuilt'])}, "
                          f"mất {len(report['lost'])} kế hoạch ({', '.join(report['lost']) or 'không'}).",
                          markup=False)
        else:
            console.print("Chạy `cchc doctor --repair` để dựng lại.")
    if report["problems"] and (not report["repaired"] or report.get("remaining") or report.get("lost")):
        raise typer.Exit(1)


def run() -> None:
    """Console entry point: the app, with a damaged index reported in one paragraph instead of a traceback."""
    from index.doctor import StoreDamagedError

    try:
        app()
    except StoreDamagedError as exc:
        err.print(str(exc), markup=False, highlight=False, soft_wrap=True)
        sys.exit(3)


@app.command()
def serve(host: Annotated[str, typer.Option("--host", help="Địa chỉ lắng nghe")] = "127.0.0.1",
          port: Annotated[int, typer.Option("--port", help="Cổng")] = 8000,
          workers: Annotated[int, typer.Option("--workers", min=1, max=16,
                                               help="Số tiến trình (>1 cần CCHC_CHROMA_URL)")] = 1,
          data_dir: DataDir = None) -> None:
    """Chạy API + giao diện (nạp sẵn corpus/ nếu thư mục dữ liệu trống)."""
    from assistant.serve import serve as run_server

    run_server(get_settings(data_dir=data_dir or _state.get("data_dir")), host=host, port=port, workers=workers)
import assistant.cli_tasks  # noqa: E402,F401  (registers `cchc tasks` and `cchc reports`)
