"""Saved conversations, drafts, the character counter and the DOCX export in headless Debian chromium.

Screenshots go to ``$CCHC_UI_ARTEFACTS`` (default /tmp/cchc-ui-artefacts).
"""

from __future__ import annotations

import io
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import uvicorn

from assistant.engine import Engine
from tests.service.conftest import free_port
from tests.service.test_ui_browser import ARGS, CHROMIUM, page  # noqa: F401  (the shared Playwright fixture)
from tests.service.test_ui_chat import ask, shot

pytestmark = pytest.mark.slow
FIRST = "Đơn vị nào báo cáo Sở Nội vụ và khi nào?"
SECOND = "Tỷ lệ hồ sơ TTHC xử lý trực tuyến tối thiểu bao nhiêu?"
DRAFT = "Kế hoạch nào giao Sở Nội vụ chủ trì kiểm tra CCHC?"


def saved_rows(data_dir: Path, browser_id: str, columns: str, want: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """The browser's saved conversations, polled until they equal ``want`` (the save runs after the answer shows)."""
    deadline = time.monotonic() + 20
    while True:
        with sqlite3.connect(data_dir / "conversations.sqlite3") as con:
            rows = con.execute(f"SELECT {columns} FROM conversations WHERE browser=?", (browser_id,)).fetchall()
        if rows == want or time.monotonic() > deadline:
            return rows
        time.sleep(0.2)


@contextmanager
def serve_on(app: Any, port: int) -> Iterator[str]:
    """Serve ``app`` on ``port`` (the same origin again after a restart, so the page keeps its localStorage)."""
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                                           timeout_graceful_shutdown=1))  # the page's event stream stays open
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=5)
        server.force_exit = True
        thread.join(timeout=10)
        assert not thread.is_alive(), "uvicorn did not stop"


def test_conversation_survives_restart_reopens_and_is_private(svc_engine: Engine) -> None:
    from playwright.sync_api import expect, sync_playwright

    from assistant.api import create_app

    settings = svc_engine.settings
    port = free_port()
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        context = chromium.new_context(viewport={"width": 1400, "height": 1100}, locale="vi-VN")
        pg = context.new_page()
        with serve_on(create_app(settings, svc_engine), port) as url:
            pg.goto(f"{url}/", wait_until="domcontentloaded")
            expect(pg.locator("#plans input[type=checkbox]").first).to_be_attached(timeout=30_000)
            ask(pg, FIRST)
            ask(pg, SECOND)
            listed = pg.locator("#conv-list label")
            expect(listed).to_have_count(1, timeout=20_000)
            expect(listed.first).to_contain_text(FIRST)
            pg.locator("#question textarea").fill(DRAFT)  # typed, not sent, when the server goes away
            pg.wait_for_timeout(600)
        browser_id = pg.evaluate("localStorage.getItem('cchc_browser')")
        rows = saved_rows(settings.data_dir, browser_id, "title, turns", [(FIRST, 2)])
        assert rows == [(FIRST, 2)]

        # a new process' worth of server: a new engine and app on the same data dir, the same origin
        with serve_on(create_app(settings, Engine(settings)), port) as url:
            pg.reload(wait_until="domcontentloaded")
            expect(pg.locator("#question textarea")).to_have_value(DRAFT, timeout=30_000)
            expect(pg.locator("#q-counter")).to_contain_text(f"{len(DRAFT)}/{settings.max_question_chars} ký tự")
            item = pg.locator("#conv-list label").filter(has_text=FIRST)
            expect(item).to_have_count(1, timeout=30_000)
            assert pg.locator("#chat .cchc-card").count() == 0
            item.click()
            expect(pg.locator("#conv-status")).to_contain_text("Đã mở hội thoại", timeout=20_000)
            expect(pg.locator("#chat .cchc-copy")).to_have_count(2)
            expect(pg.locator("#chat .cchc-card .cchc-n").first).to_be_visible()
            expect(pg.locator("#chat .cchc-quote mark").first).to_be_visible()
            chat_text = pg.locator("#chat").inner_text()
            assert FIRST in chat_text and SECOND in chat_text and "Nguồn trích dẫn" in chat_text
            expect(pg.locator("#export-docx")).to_be_visible()
            shot(pg, "conversations.png")
            # a follow-up in the reopened conversation is saved into it
            ask(pg, "Còn báo cáo năm thì sao?")
            expect(pg.locator("#conv-list label")).to_have_count(1, timeout=20_000)
            assert saved_rows(settings.data_dir, browser_id, "turns", [(3,)]) == [(3,)]

            # another browser (its own localStorage) lists nothing of it, even with the id forged in the page
            other = chromium.new_context(viewport={"width": 1400, "height": 1100}, locale="vi-VN").new_page()
            other.goto(f"{url}/", wait_until="domcontentloaded")
            expect(other.locator("#plans input[type=checkbox]").first).to_be_attached(timeout=30_000)
            other_id = other.evaluate("localStorage.getItem('cchc_browser')")
            assert other_id and other_id != browser_id and len(other_id) == 32
            assert other.locator("#conv-list label").count() == 0

            # "Cuộc hội thoại mới" empties the chat; deleting the conversation removes it from the list
            pg.locator("#clear").click()
            expect(pg.locator("#chat .cchc-card")).to_have_count(0)
            pg.locator("#conv-list label").first.click()
            expect(pg.locator("#chat .cchc-copy")).to_have_count(3, timeout=20_000)
            pg.locator("#conv-delete").click()
            expect(pg.locator("#conv-status")).to_contain_text("Đã xóa hội thoại", timeout=20_000)
            expect(pg.locator("#conv-list label")).to_have_count(0)
            expect(pg.locator("#chat .cchc-card")).to_have_count(0)
        chromium.close()
    with sqlite3.connect(settings.data_dir / "conversations.sqlite3") as con:
        assert con.execute("SELECT COUNT(*) FROM turns WHERE browser=?", (browser_id,)).fetchone()[0] == 0


def test_counter_long_question_typing_while_streaming_and_docx(page: object, svc_engine: Engine,  # noqa: F811
                                                               monkeypatch: pytest.MonkeyPatch,
                                                               tmp_path: Path) -> None:
    import docx
    from playwright.sync_api import Page, expect

    assert isinstance(page, Page)
    limit = svc_engine.settings.max_question_chars
    box = page.locator("#question textarea")
    counter = page.locator("#q-counter .cchc-count")
    expect(page.locator("#plans input[type=checkbox]").first).to_be_attached(timeout=30_000)
    expect(counter).to_have_text(f"0/{limit} ký tự")
    box.fill("Sở Nội vụ")
    expect(counter).to_have_text(f"9/{limit} ký tự")
    assert "cchc-over" not in (counter.get_attribute("class") or "")

    too_long = "Kế hoạch cải cách hành chính " * (limit // 20)
    box.fill(too_long)
    expect(counter).to_contain_text(f"{len(too_long.strip())}/{limit} ký tự — câu hỏi quá dài")
    expect(counter).to_have_class("cchc-count cchc-over")
    assert counter.evaluate("e => getComputedStyle(e).borderLeftStyle") == "solid"
    page.locator("#send").click()
    expect(page.locator("#chat")).to_contain_text("Câu hỏi quá dài", timeout=20_000)
    expect(box).to_have_value(too_long)  # kept, so it can be shortened
    shot(page, "question-too-long.png")

    # a slow answer: what is typed while it is being produced stays in the box
    slow_ask = svc_engine.ask

    def slow(*args: Any, **kwargs: Any) -> dict[str, Any]:
        time.sleep(2.5)
        return slow_ask(*args, **kwargs)

    monkeypatch.setattr(svc_engine, "ask", slow)
    box.fill(FIRST)
    page.locator("#send").click()
    expect(page.locator("#chat")).to_contain_text("Đang tìm trong các kế hoạch", timeout=20_000)
    expect(box).to_have_value("")
    box.press_sequentially("Câu tiếp theo", delay=20)
    assert page.locator("#chat .cchc-copy").count() == 0  # still answering while it was typed
    expect(page.locator("#chat .cchc-copy")).to_have_count(1, timeout=60_000)
    page.wait_for_timeout(500)
    expect(box).to_have_value("Câu tiếp theo")
    monkeypatch.undo()

    with page.expect_download() as dl:
        page.locator("#export-docx").click()
    target = tmp_path / "hoi-thoai.docx"
    dl.value.save_as(target)
    assert dl.value.suggested_filename.endswith(".docx")
    texts = [p.text for p in docx.Document(io.BytesIO(target.read_bytes())).paragraphs]
    assert texts[0] == "Hội thoại với Trợ lý CCHC"
    assert f"1. {FIRST}" in texts and "Nguồn:" in texts
    sources = [t for t in texts if t.startswith("[1] ")]
    assert sources and " — " in sources[0] and "dòng" in sources[0], texts
    quotes = [t for t in texts if t.startswith("“") and t.endswith("”")]
    first_quote = page.locator("#chat .cchc-card .cchc-quote").first.inner_text()
    assert quotes and quotes[0].strip("“”") == " ".join(first_quote.split()), (quotes[0], first_quote)
    assert not any("<" in t or "&#" in t for t in texts)
