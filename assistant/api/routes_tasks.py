"""Task and reporting records over HTTP: ``GET /api/tasks`` and ``GET /api/reports`` (JSON, CSV or XLSX)."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import Response

from assistant.api.deps import get_engine
from assistant.engine import Engine
from assistant.tasks_export import to_csv, to_xlsx
from assistant.tasks_query import BadDateError, filter_reports, filter_tasks, parse_date

router = APIRouter(prefix="/api", tags=["nhiệm vụ"])
Format = Literal["json", "csv", "xlsx"]
_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _export(records: list[dict[str, Any]], kind: str, fmt: str) -> Any:
    if fmt == "csv":
        return Response(to_csv(records, kind).encode("utf-8"), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": f'attachment; filename="{kind}.csv"'})
    if fmt == "xlsx":
        return Response(to_xlsx(records, kind), media_type=_XLSX,
                        headers={"Content-Disposition": f'attachment; filename="{kind}.xlsx"'})
    return records


@router.get("/tasks", summary="Nhiệm vụ: chủ trì, phối hợp, thời hạn (lọc và xuất CSV/XLSX)")
def get_tasks(document: str | None = Query(None, description="Mã/số kế hoạch"),
              lead: str | None = Query(None, description="Cơ quan chủ trì (có hoặc không dấu)"),
              partner: str | None = Query(None, description="Cơ quan phối hợp"),
              due_before: str | None = Query(None, description="Hạn cuối đến ngày: 30/6/2026 hoặc 2026-06-30"),
              due_after: str | None = Query(None, description="Hạn cuối từ ngày"),
              format: Format = Query("json", description="json | csv | xlsx"),
              engine: Engine = Depends(get_engine)) -> Any:
    """Task records (DESIGN.md §4.4) of one or every plan; 422 for a malformed date, 404 for an unknown plan."""
    try:
        before, after = parse_date(due_before, "due_before"), parse_date(due_after, "due_after")
    except BadDateError as exc:
        raise HTTPException(status_code=422, detail=str(exc)) from None
    records = filter_tasks(engine.tasks(document or None), lead, partner, before, after)
    return _export(records, "tasks", format)


@router.get("/reports", summary="Nghĩa vụ báo cáo: ai báo cáo ai, qua đâu, kỳ nào, hạn khi nào")
def get_reports(document: str | None = Query(None, description="Mã/số kế hoạch"),
                reporter: str | None = Query(None, description="Đơn vị báo cáo"),
                recipient: str | None = Query(None, description="Nơi nhận báo cáo (hoặc 'qua …')"),
                format: Format = Query("json", description="json | csv | xlsx"),
                engine: Engine = Depends(get_engine)) -> Any:
    """Reporting records, one per (reporter, recipient, via, period, deadline)."""
    records = filter_reports(engine.reports(document or None), reporter, recipient)
    return _export(records, "reports", format)
