"""Plan management in the sidebar (headless Debian chromium): duplicate upload reported, delete with confirmation,
labels of same-named bodies carry their province."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from assistant.engine import Engine
from assistant.settings import CORPUS_DIR
from tests.service.test_ui_browser import page  # noqa: F401  (the shared Playwright fixture)
from tests.service.test_ui_chat import shot

pytestmark = pytest.mark.slow


def test_duplicate_upload_is_reported_and_a_plan_is_deleted_with_confirmation(
        page: object, svc_engine: Engine, tmp_path: Path) -> None:  # noqa: F811
    from playwright.sync_api import Page, expect

    from tests.service.test_api import NEW_PLAN

    assert isinstance(page, Page)
    expect(page.locator("#plans input[type=checkbox]").first).to_be_attached(timeout=30_000)
    labels = page.locator("#plans label").all_inner_texts()
    same = [t for t in labels if t.startswith("Sở Dân tộc và Tôn giáo")]
    assert len(same) == 2 and any("Lào Cai" in t for t in same) and any("Lai Châu" in t for t in same), labels
    before = {d["doc_id"] for d in svc_engine.documents()}

    copy = tmp_path / "ban-sao-ten-khac.txt"
    copy.write_bytes(sorted(CORPUS_DIR.glob("000_*.txt"))[0].read_bytes())
    fresh = tmp_path / "ke-hoach-se-xoa.txt"
    fresh.write_text(NEW_PLAN.replace("99/KH-SKHCN", "98/KH-SKHCN") + "\nGhi chú: bản dùng để thử xóa.\n",
                     encoding="utf-8")
    page.locator("#upload input[type=file]").set_input_files([str(copy), str(fresh)])
    expect(page.locator("#upload a")).to_have_count(2, timeout=20_000)
    page.locator("#upload-btn").click()
    status = page.locator("#upload-status")
    expect(status).to_contain_text("Hoàn tất", timeout=60_000)
    expect(status).to_contain_text("ban-sao-ten-khac.txt: trùng lặp")
    deadline = time.monotonic() + 10  # the engine's snapshot follows the committed generation
    while time.monotonic() < deadline and not ({d["doc_id"] for d in svc_engine.documents()} - before):
        time.sleep(0.2)
    added = {d["doc_id"] for d in svc_engine.documents()} - before
    assert len(added) == 1, (added, status.inner_text())  # the duplicate added no plan
    new_id = added.pop()
    shot(page, "upload-duplicate.png")

    expect(page.locator("#plans")).to_contain_text("98/KH-SKHCN", timeout=20_000)  # lists refreshed after upload
    page.locator("#manage").get_by_text("Quản lý kế hoạch").click()
    page.locator("#delete-plan input").click()
    page.get_by_role("option").filter(has_text="98/KH-SKHCN").first.click()
    page.locator("#delete-btn").click()
    expect(page.locator("#delete-status")).to_contain_text("Xóa vĩnh viễn")
    page.locator("#delete-no").click()
    expect(page.locator("#delete-status")).to_contain_text("Đã hủy")
    assert new_id in {d["doc_id"] for d in svc_engine.documents()}
    page.locator("#delete-btn").click()
    page.locator("#delete-yes").click()
    expect(page.locator("#delete-status")).to_contain_text("Đã xóa", timeout=30_000)
    deadline = time.monotonic() + 10  # the engine's snapshot follows the committed generation
    while time.monotonic() < deadline and new_id in {d["doc_id"] for d in svc_engine.documents()}:
        time.sleep(0.2)
    assert new_id not in {d["doc_id"] for d in svc_engine.documents()}
    expect(page.locator("#plans")).not_to_contain_text("98/KH-SKHCN", timeout=20_000)
    shot(page, "plan-deleted.png")
