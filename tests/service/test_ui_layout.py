"""Phone layout and accessibility of the chat in headless Debian chromium (screenshots in the artefact dir)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.service.test_ui_browser import ARGS, CHROMIUM
from tests.service.test_ui_chat import shot

pytestmark = pytest.mark.slow


@pytest.fixture
def phone(server: str) -> Iterator[object]:
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian chromium is missing: run `make apt-browser`")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        pg = browser.new_page(viewport={"width": 390, "height": 844}, locale="vi-VN", is_mobile=True,
                              has_touch=True, device_scale_factor=2)
        pg.goto(f"{server}/", wait_until="domcontentloaded")
        yield pg
        browser.close()


def in_first_screen(pg: object, selector: str) -> bool:
    box = pg.locator(selector).bounding_box()  # type: ignore[attr-defined]
    return bool(box and box["y"] >= 0 and box["y"] + box["height"] <= 844 and box["x"] + box["width"] <= 390)


def test_phone_opens_on_the_chat_with_question_box_and_send_visible(phone: object) -> None:
    from playwright.sync_api import Page, expect

    assert isinstance(phone, Page)
    expect(phone.locator("#question textarea")).to_be_visible(timeout=30_000)
    phone.wait_for_timeout(800)
    sidebar_open = phone.evaluate("!!document.querySelector('.sidebar.open')")
    assert not sidebar_open
    assert in_first_screen(phone, "#question textarea"), phone.locator("#question textarea").bounding_box()
    assert in_first_screen(phone, "#send"), phone.locator("#send").bounding_box()
    shot(phone, "phone.png")
