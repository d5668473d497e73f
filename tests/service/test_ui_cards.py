"""Citation cards: highlighting on the folded form, escaping, the "not found" state, plan labels, facts."""

from __future__ import annotations

from assistant.engine import Engine
from assistant.ui.cards import cards_html, highlight, plan_label
from assistant.ui.viewer import fact_tables, outline_html


def test_highlight_matches_folded_words_and_escapes() -> None:
    out = highlight("báo cáo về S& Noi vu <b>trước</b> ngày 14", "so noi vu bao cao khi nao")
    assert "<mark>báo cáo</mark>" in out and "<mark>Noi vu</mark>" in out
    assert "&lt;b&gt;" in out and "<b>" not in out
    assert "<mark>ngày" not in out
    assert "<mark>" not in highlight("bao nhiêu phần trăm", "Tỷ lệ tối thiểu bao nhiêu?")


def test_cards_for_citations_and_for_abstention() -> None:
    answer = {"citations": [{"document": "d1", "title": "KH CCHC", "section": "IV. > 1.", "quote": "báo cáo\n\nSở Nội vụ",
                             "page": 3, "line_start": 10, "line_end": 12}]}
    html = cards_html(answer, "Sở Nội vụ")
    assert html.count('class="cchc-card"') == 1 and "[1]" in html and "trang 3, dòng 10–12" in html
    assert "báo cáo <mark>Sở Nội vụ</mark>" in html
    none = cards_html({"citations": [], "abstained": True,
                       "related": [{"document": "d2", "title": "KH", "section": "I.", "text": "giá vàng"}]}, "giá vàng")
    assert "Không tìm thấy" in none and "<mark>giá vàng</mark>" in none and "[1]" not in none


def test_plan_labels_outline_and_fact_tables(corpus_engine_hashing: Engine) -> None:
    docs = corpus_engine_hashing.documents()
    labels = [plan_label(d) for d in docs]
    assert any("23/KH-UBND" in label and "28/07/2025" in label for label in labels)
    doc_id = docs[0]["doc_id"]
    outline = outline_html(corpus_engine_hashing.document(doc_id)["outline"])
    assert "<li>" in outline and "dòng" in outline
    tables = fact_tables(corpus_engine_hashing.facts(doc_id))
    assert tables
    for headers, rows in tables.values():
        assert "Trích dẫn" in headers and not any("_" in h for h in headers) and all(len(r) == len(headers) for r in rows)


def test_highlight_respects_diacritics_typed() -> None:
    out = highlight("Sở sơ kết; tình hình tỉnh Điện Biên, biến động; qua S& Noi vu", "Sở Nội vụ tỉnh Biên")
    assert "<mark>Sở</mark> sơ" in out and "tình hình <mark>tỉnh</mark>" in out
    assert "<mark>Biên</mark>, biến" in out and "<mark>Noi vu</mark>" in out
