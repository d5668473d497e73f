"""``cchc tasks`` and ``cchc reports``: list, filter and export task and reporting records.

Registered onto the main app by ``assistant.cli`` (one import line); the commands reuse its engine,
data-dir option and messages.
"""

from __future__ import annotations

import sys
from typing import Annotated, Any

import typer
from rich.table import Table

from assistant.cli import DataDir, app, console, engine, err, known_plan, print_json
from assistant.tasks_export import to_csv
from assistant.tasks_query import BadDateError, filter_reports, filter_tasks, parse_date

Doc = Annotated[str | None, typer.Argument(help="Mã/số kế hoạch (bỏ trống: mọi kế hoạch)")]
AsJson = Annotated[bool, typer.Option("--json", help="In danh sách bản ghi JSON")]
AsCsv = Annotated[bool, typer.Option("--csv", help="In CSV (UTF-8 có BOM, mở được bằng Excel)")]


def _ready(data_dir: Any) -> Any:
    eng = engine(data_dir)
    if eng.is_empty():
        from assistant.cli import run_ingest

        run_ingest(eng, [str(eng.settings.corpus_dir)])
    return eng


def _write_csv(text: str) -> None:
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.flush()


@app.command()
def tasks(doc: Doc = None,
          lead: Annotated[str | None, typer.Option("--lead", help="Cơ quan chủ trì (gõ có hoặc không dấu)")] = None,
          partner: Annotated[str | None, typer.Option("--partner", help="Cơ quan phối hợp")] = None,
          due_before: Annotated[str | None, typer.Option("--due-before", help="Hạn cuối đến ngày (30/6/2026)")] = None,
          due_after: Annotated[str | None, typer.Option("--due-after", help="Hạn cuối từ ngày (1/1/2026)")] = None,
          as_json: AsJson = False, as_csv: AsCsv = False, data_dir: DataDir = None) -> None:
    """Liệt kê nhiệm vụ (ai chủ trì, phối hợp, thời hạn) từ bảng phụ lục và nội dung kế hoạch."""
    try:
        before, after = parse_date(due_before, "--due-before"), parse_date(due_after, "--due-after")
    except BadDateError as exc:
        err.print(str(exc))
        raise typer.Exit(2) from None
    with known_plan(doc or ""):
        records = filter_tasks(_ready(data_dir).tasks(doc), lead, partner, before, after)
    if as_json:
        print_json(records)
        return
    if as_csv:
        _write_csv(to_csv(records, "tasks"))
        return
    table = Table(title=f"{len(records)} nhiệm vụ")
    for col in ("Kế hoạch", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời hạn", "Hạn cuối", "Dòng"):
        table.add_column(col)
    for t in records:
        table.add_row(t["document"], t["task"], t["lead"] or "—", "; ".join(t["partners"]) or "—",
                      t["deadline"] or "—", t["due"] or "—", str(t["line_start"]))
    console.print(table)


@app.command()
def reports(doc: Doc = None,
            reporter: Annotated[str | None, typer.Option("--reporter", help="Đơn vị báo cáo")] = None,
            recipient: Annotated[str | None, typer.Option("--recipient", help="Nơi nhận báo cáo (hoặc 'qua …')")] = None,
            as_json: AsJson = False, as_csv: AsCsv = False, data_dir: DataDir = None) -> None:
    """Liệt kê nghĩa vụ báo cáo: ai báo cáo ai, qua đâu, kỳ nào, hạn khi nào."""
    with known_plan(doc or ""):
        records = filter_reports(_ready(data_dir).reports(doc), reporter, recipient)
    if as_json:
        print_json(records)
        return
    if as_csv:
        _write_csv(to_csv(records, "reports"))
        return
    table = Table(title=f"{len(records)} nghĩa vụ báo cáo")
    for col in ("Kế hoạch", "Đơn vị báo cáo", "Nơi nhận", "Qua", "Kỳ", "Thời hạn", "Dòng"):
        table.add_column(col)
    for r in records:
        table.add_row(r["document"], r["reporter"] or "—", r["recipient"] or "—", r["via"] or "—", r["period"] or "—",
                      r["deadline"] or "—", str(r["line_start"]))
    console.print(table)
