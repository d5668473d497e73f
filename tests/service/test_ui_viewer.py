"""Plan viewer in headless Debian chromium: task records with Vietnamese headers, filter, CSV/XLSX download;
facts table without internal column names."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from assistant.engine import Engine
from assistant.ui.cards import plan_label
from tests.service.test_ui_browser import page  # noqa: F401  (the shared Playwright fixture)
from tests.service.test_ui_chat import shot

pytestmark = pytest.mark.slow
HEADERS = ["Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời hạn", "Hạn (ngày)", "Sản phẩm"]


def test_task_table_filter_and_exports(page: object, svc_engine: Engine, tmp_path: Path) -> None:  # noqa: F811
    from openpyxl import load_workbook
    from playwright.sync_api import Page, expect

    assert isinstance(page, Page)
    doc = max(svc_engine.documents(), key=lambda d: len(svc_engine.tasks(d["doc_id"])))
    records = svc_engine.tasks(doc["doc_id"])
    assert records
    expect(page.locator("#plans input[type=checkbox]").first).to_be_attached(timeout=30_000)
    page.get_by_role("tab", name="Xem kế hoạch").click()
    page.locator("#viewer-plan input").click()
    page.get_by_role("option").filter(has_text=plan_label(doc)).first.click()
    table = page.locator("#tasks")
    cells = table.get_by_role("gridcell")
    expect(cells.filter(has_text=" ".join(records[0]["task"].split()[:3])).first).to_be_attached(timeout=30_000)
    head = " | ".join(table.locator("thead th").all_inner_texts())
    for h in HEADERS:
        assert h in head, head
    facts_head = " ".join(page.locator("#facts thead th").all_inner_texts())
    assert facts_head and "_norm" not in facts_head and "Trích dẫn" in facts_head, facts_head
    with page.expect_download() as dl:
        page.locator("#task-csv").click()
    target = tmp_path / "tasks.csv"
    dl.value.save_as(target)
    csv_text = target.read_text(encoding="utf-8-sig")
    assert csv_text.startswith("Kế hoạch,Nhiệm vụ") and len(csv_text.splitlines()) >= len(records) + 1
    with page.expect_download() as dl:
        page.locator("#task-xlsx").click()
    sheet = load_workbook(io.BytesIO(Path(dl.value.path()).read_bytes())).active
    assert sheet.cell(1, 2).value == "Nhiệm vụ" and sheet.max_row == len(records) + 1
    lead = next(r["lead"] for r in records if r.get("lead"))
    page.locator("#task-filter textarea").fill(lead)
    page.locator("#task-filter textarea").press("Enter")
    other = next((r for r in records if lead not in " ".join(str(v) for v in r.values())), None)
    if other is not None:
        expect(cells.filter(has_text=other["task"][:40])).to_have_count(0, timeout=20_000)
    expect(cells.filter(has_text=lead).first).to_be_attached(timeout=20_000)
    shot(page, "viewer-tasks.png")
