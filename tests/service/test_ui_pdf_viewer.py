"""Source viewer with PDF page images, clickable outline items and OCR plans (badge, restored reading),
in headless Debian chromium; the page-image API route with its checks."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from assistant.engine import Engine
from assistant.settings import CORPUS_DIR, get_settings
from tests.service.conftest import running
from tests.service.test_ui_browser import ARGS, CHROMIUM
from tests.service.test_ui_chat import shot

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]
PDF = ROOT / "eval" / "varied" / "plans" / "nghe-an_ubnd-tinh_kh-cchc-2026.pdf"
OCR_PLAN = CORPUS_DIR / "001_lao-cai_van-phong-ubnd_2025-h2.txt"


@pytest.fixture(scope="module")
def pdf_engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    """A PDF plan (original kept) and the OCR export of the corpus (plan 001)."""
    engine = Engine(get_settings(data_dir=tmp_path_factory.mktemp("pdf-ui"), embedding_backend="hashing"))
    report = engine.ingest([PDF, OCR_PLAN])
    assert not report.failed, report.failed
    return engine


@pytest.fixture(scope="module")
def pdf_server(pdf_engine: Engine) -> Iterator[str]:
    from assistant.api import create_app

    with running(create_app(pdf_engine.settings, pdf_engine)) as url:
        yield url


@pytest.fixture
def pg(pdf_server: str) -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), "Debian chromium is missing: run `make apt-browser`"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        page = browser.new_page(viewport={"width": 1400, "height": 1100}, locale="vi-VN")
        page.goto(f"{pdf_server}/ui/", wait_until="domcontentloaded")
        yield page
        browser.close()


def _doc(engine: Engine, pdf: bool) -> dict[str, object]:
    return next(d for d in engine.documents() if bool(d["original_pdf"]) is pdf)


def _ask(page: object, question: str, only: str | None = None) -> None:
    """Ask in the chat (searching only the plan whose sidebar label contains ``only``, when given)."""
    from playwright.sync_api import Page, expect

    assert isinstance(page, Page)
    expect(page.locator("#plans input[type=checkbox]").first).to_be_attached(timeout=30_000)
    if only:
        page.locator("#plans label").filter(has_text=only).locator("input").check()
    page.locator("#question textarea").fill(question)
    page.locator("#send").click()
    expect(page.locator("#chat .cchc-card").first).to_be_visible(timeout=60_000)


def test_cited_pdf_source_opens_at_page_image_and_lines(pg: object, pdf_engine: Engine) -> None:
    from playwright.sync_api import Page, expect

    assert isinstance(pg, Page)
    _ask(pg, "Ai chủ trì nhiệm vụ số hóa hồ sơ đất đai trong kế hoạch CCHC năm 2026 của UBND tỉnh Nghệ An?")
    card = pg.locator("#chat .cchc-card").filter(has_text="trang").first
    loc = card.locator(".cchc-loc").inner_text()
    page_no = int(loc.split("trang ")[1].split(",")[0])
    card.locator(".cchc-open").click()
    image = pg.locator("#source-page img")
    expect(image).to_be_visible(timeout=30_000)
    expect(pg.locator("#source-page")).to_contain_text(f"Trang {page_no} của bản gốc PDF")
    assert pg.evaluate("(el) => el.naturalWidth", image.element_handle()) > 300
    cited = pg.locator("#source-view .cchc-cited")
    expect(cited.first).to_be_visible()
    expect(pg.locator("#source-view .cchc-src-head")).to_contain_text(f"trang {page_no}, dòng")
    assert "cchc-badge-ocr" not in pg.locator("#source-view").inner_html()  # a text PDF is not OCR
    shot(pg, "ui-pdf-viewer.png")


def test_outline_item_opens_the_viewer(pg: object, pdf_engine: Engine) -> None:
    from playwright.sync_api import Page, expect

    from assistant.ui.cards import plan_label

    assert isinstance(pg, Page)
    doc = _doc(pdf_engine, True)
    expect(pg.locator("#plans input[type=checkbox]").first).to_be_attached(timeout=30_000)
    pg.get_by_role("tab", name="Xem kế hoạch").click()
    pg.locator("#viewer-plan input").click()
    pg.get_by_role("option").filter(has_text=plan_label(doc)).first.click()
    item = pg.locator("#outline .cchc-outline-item").nth(1)
    expect(item).to_be_visible(timeout=30_000)
    heading = item.inner_text().strip()
    item.click()
    expect(pg.locator("#outline-source .cchc-cited").first).to_be_visible(timeout=30_000)
    first_cited = pg.locator("#outline-source .cchc-cited").first.inner_text()
    assert heading.split()[0] in first_cited, (heading, first_cited)
    expect(pg.locator("#outline-page img")).to_be_visible(timeout=30_000)
    shot(pg, "outline-click.png")


def test_ocr_plan_shows_badge_and_restored_reading(pg: object, pdf_engine: Engine) -> None:
    from playwright.sync_api import Page, expect

    assert isinstance(pg, Page)
    doc = _doc(pdf_engine, False)
    assert doc["ocr"]
    _ask(pg, "so noi vu bao cao khi nao", only="[văn bản OCR]")
    card = pg.locator("#chat .cchc-card").filter(has=pg.locator(".cchc-badge-ocr")).first
    expect(card).to_be_visible()
    expect(card.locator(".cchc-badge-ocr")).to_have_text("văn bản OCR")
    quote = card.locator(".cchc-quote").inner_text()
    reading = card.locator(".cchc-reading").inner_text()
    assert reading.startswith("Đọc là:") and reading.removeprefix("Đọc là:").strip() != quote
    assert any(ord(ch) > 127 for ch in reading.removeprefix("Đọc là:"))
    labels = pg.locator("#plans label").all_inner_texts()
    assert any("[văn bản OCR]" in label for label in labels), labels
    card.locator(".cchc-open").click()
    expect(pg.locator("#source-view .cchc-reading")).to_be_visible(timeout=30_000)
    expect(pg.locator("#source-page img")).to_have_count(0)  # a text export has no page image
    shot(pg, "ocr-plan.png")


def test_page_image_route(pdf_server: str, pdf_engine: Engine) -> None:
    doc_id = str(_doc(pdf_engine, True)["doc_id"])
    other = str(_doc(pdf_engine, False)["doc_id"])
    with httpx.Client(base_url=pdf_server, timeout=60) as c:
        r = c.get(f"/api/documents/{doc_id}/pages/1")
        assert r.status_code == 200 and r.headers["content-type"] == "image/png" and r.content[:4] == b"\x89PNG"
        assert c.get(f"/api/documents/{doc_id}/pages/99").status_code == 404
        assert c.get(f"/api/documents/{doc_id}/pages/0").status_code == 422
        assert c.get(f"/api/documents/{doc_id}/pages/..%2F..%2Fetc").status_code in (404, 422)
        assert c.get(f"/api/documents/{other}/pages/1").json()["detail"].startswith("Kế hoạch này không lưu")
        assert c.get("/api/documents/khong-co/pages/1").status_code == 404


def test_page_image_route_needs_the_key(tmp_path: Path, pdf_engine: Engine) -> None:
    from fastapi.testclient import TestClient

    from assistant.api import create_app

    settings = pdf_engine.settings.model_copy(update={"api_key": "khoa-bi-mat"})
    doc_id = str(_doc(pdf_engine, True)["doc_id"])
    with TestClient(create_app(settings, Engine(settings))) as c:
        assert c.get(f"/api/documents/{doc_id}/pages/1").status_code == 401
        ok = c.get(f"/api/documents/{doc_id}/pages/1", headers={"Authorization": "Bearer khoa-bi-mat"})
        assert ok.status_code == 200 and ok.content[:4] == b"\x89PNG"
