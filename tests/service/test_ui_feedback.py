"""Per-answer feedback in headless Debian chromium: the vote names the answer clicked, one vote per answer,
an optional comment, and the record carries the eval QA fields."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from assistant.engine import Engine
from tests.service.test_ui_browser import page  # noqa: F401  (the shared Playwright fixture)
from tests.service.test_ui_chat import ask, shot

pytestmark = pytest.mark.slow
FIRST = "Đơn vị nào báo cáo Sở Nội vụ và khi nào?"
SECOND = "Tỷ lệ hồ sơ TTHC xử lý trực tuyến tối thiểu bao nhiêu?"


def records_for(path: Path, question: str, want: int, timeout: float = 10) -> list[dict]:
    end = time.monotonic() + timeout
    found: list[dict] = []
    while time.monotonic() < end:
        lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
        found = [r for r in map(json.loads, lines) if r["question"] == question]
        if len(found) >= want:
            break
        time.sleep(0.1)
    return found


def test_vote_attaches_to_the_answer_clicked_once_with_comment(page: object,  # noqa: F811
                                                                svc_engine: Engine) -> None:
    from playwright.sync_api import Page, expect

    assert isinstance(page, Page)
    expect(page.locator("#plans input[type=checkbox]").first).to_be_attached(timeout=30_000)
    ask(page, FIRST)
    ask(page, SECOND)
    feedback = svc_engine.settings.data_dir / "feedback.jsonl"
    before = len(records_for(feedback, FIRST, 0, 0))
    page.locator("#chat").get_by_role("button", name="Câu trả lời đúng").first.click()  # the FIRST answer
    expect(page.locator("#fb-status")).to_contain_text("Đã ghi nhận", timeout=20_000)
    expect(page.locator("#fb-status")).to_contain_text("Đơn vị nào báo cáo")
    page.locator("#chat").get_by_role("button", name="Câu trả lời sai").first.click()  # changes the same vote
    expect(page.locator("#fb-status")).to_contain_text("sai", timeout=20_000)
    page.locator("#fb-comment textarea").fill("Thiếu thời hạn báo cáo quý.")
    page.locator("#fb-send").click()
    expect(page.locator("#fb-status")).to_contain_text("Đã lưu góp ý", timeout=20_000)
    found = records_for(feedback, FIRST, before + 1)
    assert len(found) == before + 1  # one record for this answer, whatever the number of clicks
    rec = found[-1]
    assert rec["verdict"] == "sai" and rec["comment"] == "Thiếu thời hạn báo cáo quý."
    assert rec["facts"] == [] and rec["evidence"] and rec["evidence"] == [c["quote"] for c in rec["citations"]]
    assert rec["unanswerable"] is False and rec["id"].startswith("fb-") and "[1]" in rec["answer"]
    assert not records_for(feedback, SECOND, 1, 0.5)
    shot(page, "feedback.png")
