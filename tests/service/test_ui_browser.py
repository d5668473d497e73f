"""The Gradio chat driven in headless Debian chromium (Playwright): ask, see cited cards, give feedback."""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.engine import Engine

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
QUESTION = "Đơn vị nào báo cáo Sở Nội vụ và khi nào?"

pytestmark = pytest.mark.slow


@pytest.fixture
def page(server: str) -> Iterator[object]:
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian chromium is missing: run `make apt-browser`")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        pg = browser.new_page(viewport={"width": 1400, "height": 1100}, locale="vi-VN")
        pg.goto(f"{server}/", wait_until="domcontentloaded")
        yield pg
        browser.close()


def test_ask_shows_cited_cards_and_feedback_is_recorded(page: object, svc_engine: Engine, tmp_path: Path) -> None:
    from playwright.sync_api import Page, expect

    assert isinstance(page, Page)
    assert page.url.endswith("/ui/")
    expect(page.locator("#plans input[type=checkbox]").first).to_be_attached(timeout=30_000)
    assert page.locator("#plans input[type=checkbox]").count() >= 5
    expect(page.get_by_text("Câu hỏi mẫu")).to_be_visible()
    expect(page.get_by_text("Kéo thả tệp vào đây")).to_be_visible()

    page.locator("#question textarea").fill(QUESTION)
    page.locator("#send").click()
    cards = page.locator("#chat .cchc-card")
    expect(cards.first).to_be_visible(timeout=60_000)
    assert cards.count() >= 1
    expect(page.locator("#chat .cchc-quote mark").first).to_be_visible()
    answer_text = page.locator("#chat").inner_text()
    assert "[1]" in answer_text and "Nguồn trích dẫn" in answer_text
    shot = tmp_path / "chat.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000
    shutil.copy(shot, Path("/tmp/cchc-ui-chat.png"))

    feedback = svc_engine.settings.data_dir / "feedback.jsonl"
    lines_before = feedback.read_text(encoding="utf-8").splitlines() if feedback.exists() else []
    page.locator("#chat").get_by_role("button", name="Câu trả lời sai").last.click()
    expect(page.locator("#fb-status")).to_contain_text("Đã ghi nhận", timeout=20_000)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and (not feedback.exists()
                                           or len(feedback.read_text(encoding="utf-8").splitlines()) == len(lines_before)):
        time.sleep(0.1)
    record = json.loads(feedback.read_text(encoding="utf-8").splitlines()[-1])
    assert record["verdict"] == "sai" and record["question"] == QUESTION
    assert record["citations"] and "[1]" in record["answer"] and record["ts"]


def test_example_without_diacritics_and_plan_viewer(page: object, tmp_path: Path) -> None:
    from playwright.sync_api import Page, expect

    assert isinstance(page, Page)
    page.locator("#examples").get_by_text("so noi vu bao cao khi nao").click()  # an example sends at once
    expect(page.locator("#chat .cchc-card").first).to_be_visible(timeout=60_000)

    page.get_by_role("tab", name="Xem kế hoạch").click()
    page.locator("#viewer-plan input").click()
    page.get_by_role("option").first.click()
    expect(page.locator("#outline li").first).to_be_visible(timeout=30_000)
    expect(page.locator("#viewer-meta")).to_contain_text("Mã:")
    page.screenshot(path=str(tmp_path / "viewer.png"), full_page=True)
    shutil.copy(tmp_path / "viewer.png", Path("/tmp/cchc-ui-viewer.png"))


def test_upload_in_sidebar_shows_progress_and_per_file_errors(page: object, svc_engine: Engine,
                                                             tmp_path: Path) -> None:
    from playwright.sync_api import Page, expect

    from tests.service.test_api import NEW_PLAN

    assert isinstance(page, Page)
    good = tmp_path / "ke-hoach-giao-dien.txt"
    good.write_text(NEW_PLAN, encoding="utf-8")
    bad = tmp_path / "hong.pdf"
    bad.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 8)
    page.locator("#upload input[type=file]").set_input_files([str(good), str(bad)])
    expect(page.locator("#upload")).to_contain_text("2.0 KB", timeout=20_000)
    page.locator("#upload-btn").click()
    status = page.locator("#upload-status")
    expect(status).to_contain_text("Hoàn tất", timeout=60_000)
    expect(status).to_contain_text("ke-hoach-giao-dien.txt: đã thêm")
    expect(status).to_contain_text("hong.pdf: lỗi")
    expect(page.locator("#plans")).to_contain_text("99/KH-SKHCN", timeout=20_000)
    page.screenshot(path=str(tmp_path / "upload.png"), full_page=True)
    svc_engine.remove("ke-hoach-giao-dien")
