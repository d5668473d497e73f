"""OCR citations in the chat: "văn bản OCR" badge, restored title and reading, "(Đọc là: …)" in plain text."""

from __future__ import annotations

from assistant.engine import Engine
from assistant.ui.cards import cards_html, plain_text, plan_label
from assistant.ui.viewer import outline_html

OCR_CITATION = {"document": "001", "title": "Trién Khai thwe hién cong tac cai cach hanh chinh", "ocr": True,
                "section": "IV. TO CHUC THUC HIEN", "quote": "d) Pinh ky béo cdo két qua vé UBND tinh (qua S& Noi vu)",
                "line_start": 295, "line_end": 296}


def test_ocr_card_has_badge_restored_title_and_reading() -> None:
    html = cards_html({"citations": [OCR_CITATION]}, "so noi vu")
    assert 'class="cchc-badge-ocr">văn bản OCR<' in html and "Triển khai thực hiện công tác" in html.replace(
        "Triển Khai", "Triển khai")
    assert "IV. TỔ CHỨC THỰC HIỆN" in html
    assert "S&amp; <mark>Noi vu</mark>" in html  # the quote itself stays verbatim
    assert '<span class="cchc-reading-label">Đọc là:</span> d&#41; Định kỳ báo cáo kết quả về UBND tỉnh' in html
    assert "<mark>Sở Nội vụ</mark>" in html  # the reading is highlighted like the quote
    clean = cards_html({"citations": [{**OCR_CITATION, "ocr": False}]}, "x")
    assert "cchc-badge-ocr" not in clean and "Đọc là" not in clean


def test_plain_text_adds_the_reading_after_an_ocr_quote() -> None:
    text = plain_text({"answer": "…", "citations": [OCR_CITATION, {**OCR_CITATION, "ocr": False}]})
    first, second = text.splitlines()[3:5]
    assert first.endswith("(qua S& Noi vu)” (Đọc là: d) Định kỳ báo cáo kết quả về UBND tỉnh (qua Sở Nội vụ))")
    assert "Đọc là" not in second
    given = plain_text({"answer": "…", "citations": [{**OCR_CITATION, "quote_restored": "đọc sẵn"}]})
    assert given.endswith("(Đọc là: đọc sẵn)")


def test_ocr_plan_label_outline_and_answer_field(corpus_engine_hashing: Engine) -> None:
    doc = next(d for d in corpus_engine_hashing.documents() if d["doc_id"].startswith("001"))
    assert doc["ocr"] and not doc["original_pdf"]
    assert plan_label(doc).endswith("[văn bản OCR]") and "Lào Cai" in plan_label(doc)
    outline = outline_html(corpus_engine_hashing.document(doc["doc_id"])["outline"], doc_id=doc["doc_id"], ocr=True)
    assert "TỔ CHỨC THỰC HIỆN" in outline and 'class="cchc-open cchc-outline-item cchc-ref-' in outline
    answer = corpus_engine_hashing.ask("so noi vu bao cao khi nao", top_k=10)
    ocr_cits = [c for c in answer["citations"] if c.get("ocr")]
    assert ocr_cits and all(c["quote_restored"] != c["quote"] for c in ocr_cits if "quote_restored" in c)
    assert any("Sở Nội vụ" in c.get("quote_restored", "") for c in ocr_cits)
