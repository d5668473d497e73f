"""GET /api/tasks and /api/reports on a real uvicorn server (own data dir, API key on)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from assistant.engine import Engine
from assistant.settings import get_settings
from tests.assistant.test_cli_tasks import ROWS, make_plans
from tests.service.conftest import running

KEY = "khoa-thu"


@pytest.fixture(scope="module")
def tasks_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    from assistant.api import create_app

    d = tmp_path_factory.mktemp("tasks-api")
    engine = Engine(get_settings(data_dir=d, embedding_backend="hashing", api_key=KEY))
    assert not engine.ingest([make_plans(d / "in")]).failed
    with running(create_app(engine.settings, engine)) as url, httpx.Client(
            base_url=url, timeout=60, headers={"Authorization": f"Bearer {KEY}"}) as client:
        yield client


def test_needs_the_api_key(tasks_client: httpx.Client) -> None:
    r = httpx.get(f"{tasks_client.base_url}/api/tasks")
    assert r.status_code == 401


def test_tasks_json_and_filters(tasks_client: httpx.Client) -> None:
    r = tasks_client.get("/api/tasks", params={"document": "kh-lao-cai-2026"})
    assert r.status_code == 200
    rows = [t for t in r.json() if t["source"] == "table"]
    assert [(t["task"], t["lead"], t["deadline"]) for t in rows] == [(x[1], x[2], x[4]) for x in ROWS]
    r = tasks_client.get("/api/tasks", params={"lead": "so noi vu", "due_before": "2026-06-30"})
    assert [t["task"] for t in r.json()] == [ROWS[0][1]]
    r = tasks_client.get("/api/tasks", params={"partner": "Sở Nội vụ"})
    assert [t["task"] for t in r.json()] == [ROWS[1][1]]


def test_bad_date_and_unknown_plan(tasks_client: httpx.Client) -> None:
    r = tasks_client.get("/api/tasks", params={"due_after": "hôm qua"})
    assert r.status_code == 422 and "dd/mm/yyyy" in r.json()["detail"]
    r = tasks_client.get("/api/tasks", params={"document": "khong-co"})
    assert r.status_code == 404


def test_csv_and_xlsx_exports(tasks_client: httpx.Client, tmp_path: Path) -> None:
    r = tasks_client.get("/api/tasks", params={"document": "kh-lao-cai-2026", "format": "csv"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert r.content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(r.content.decode("utf-8-sig"))))
    assert rows[0][1:3] == ["Nhiệm vụ", "Cơ quan chủ trì"] and rows[1][2] == "Sở Nội vụ"
    r = tasks_client.get("/api/tasks", params={"lead": "Sở Nội vụ", "format": "xlsx"})
    assert r.status_code == 200
    from openpyxl import load_workbook

    path = tmp_path / "tasks.xlsx"
    path.write_bytes(r.content)
    ws = load_workbook(path).active
    values = [[c.value for c in row] for row in ws.iter_rows()]
    assert values[0][:3] == ["Kế hoạch", "Nhiệm vụ", "Cơ quan chủ trì"]
    assert [v[1] for v in values[1:]] == [ROWS[0][1], ROWS[2][1]]


def test_reports(tasks_client: httpx.Client) -> None:
    r = tasks_client.get("/api/reports", params={"document": "qd-bo-tu-phap"})
    assert r.status_code == 200
    recs = r.json()
    assert [(x["reporter"], x["period"], x["deadline"]) for x in recs[:2]] == [
        ("Văn phòng Bộ", "quý", "trước ngày 15 của tháng cuối quý"), ("Văn phòng Bộ", "năm", "trước ngày 10/12/2026")]
    r = tasks_client.get("/api/reports", params={"format": "csv"})
    assert r.content.startswith(b"\xef\xbb\xbf") and "Đơn vị báo cáo" in r.content.decode("utf-8-sig")
