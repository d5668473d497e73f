"""Phone layout and accessibility of the chat in headless Debian chromium (screenshots in the artefact dir)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.service.test_ui_browser import (
    ARGS,
    CHROMIUM,
    page,  # noqa: F401  (the shared Playwright fixture)
)
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


CONTRAST_JS = """
([sel, pseudo]) => {
  const el = document.querySelector(sel);
  const parse = (c) => { const m = c.match(/rgba?\\(([^)]+)\\)/); if (!m) return null;
    const p = m[1].split(/[ ,\\/]+/).filter(Boolean).map(Number); return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1]; };
  const fg = parse(getComputedStyle(el, pseudo || null).color);
  let node = el, bg = null;
  while (node && node.nodeType === 1) {
    const b = parse(getComputedStyle(node).backgroundColor);
    if (b && b[3] > 0.5) { bg = b; break; }
    node = node.parentElement;
  }
  bg = bg || [255, 255, 255, 1];
  const lum = (c) => { const [r, g, b] = c.slice(0, 3).map((v) => { v /= 255;
    return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
  const mix = fg[3] < 1 ? fg.slice(0, 3).map((v, i) => v * fg[3] + bg[i] * (1 - fg[3])) : fg;
  const [a, b] = [lum(mix), lum(bg)].sort((x, y) => y - x);
  return (a + 0.05) / (b + 0.05);
}
"""


def test_contrast_skip_link_and_vietnamese_labels(page: object) -> None:  # noqa: F811
    from playwright.sync_api import Page, expect

    assert isinstance(page, Page)
    expect(page.locator("#question textarea")).to_be_visible(timeout=30_000)
    page.wait_for_timeout(500)
    for sel, pseudo in (("#send", None), ("button[role=tab][aria-selected=true]", None),
                        ("#question textarea", "::placeholder"), (".cchc-skip", None)):
        ratio = page.evaluate(CONTRAST_JS, [sel, pseudo])
        assert ratio >= 4.5, (sel, pseudo, ratio)
    for _ in range(3):  # the skip link is among the first tab stops (after the sidebar toggle)
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.className").startswith("cchc-skip"):
            break
    assert page.evaluate("document.activeElement.className").startswith("cchc-skip")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement === document.querySelector('#question textarea')")
    labels = page.evaluate("[...document.querySelectorAll('[aria-label]')].map(e => e.getAttribute('aria-label'))")
    assert "Toggle Sidebar" not in labels and "Đóng/mở thanh bên" in labels, labels
    shot(page, "contrast.png")
