"""Compound questions (sub-questions, back references, merged citations) and title-holder questions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from assistant.answer.compound import merge, parts, resolve_back
from assistant.answer.extractive import Draft
from assistant.answer.titles import asked_title, holds
from assistant.answer.valuetype import has_value, required_value
from index.normalize import fold


def test_parts_split_only_where_each_piece_asks_something() -> None:
    assert parts("Kinh phí kế hoạch của Bộ Công Thương là bao nhiêu, đơn vị nào hướng dẫn lập dự toán?") == [
        "Kinh phí kế hoạch của Bộ Công Thương là bao nhiêu?", "đơn vị nào hướng dẫn lập dự toán?"]
    assert parts("Xã Mai Sơn thực hiện kế hoạch số mấy của tỉnh, và kế hoạch đó do ai ký?") == [
        "Xã Mai Sơn thực hiện kế hoạch số mấy của tỉnh?", "kế hoạch đó do ai ký?"]
    assert parts("Sở Văn hóa, Thể thao và Du lịch chủ trì những nhiệm vụ nào?") == []
    assert parts("Ai ký kế hoạch?") == []


def test_back_reference_takes_the_number_the_previous_answer_quotes() -> None:
    prev = Draft("Theo kế hoạch của UBND xã Mai Sơn (05/KH-UBND): Thực hiện Kế hoạch số 12/KH-UBND … [1]", False,
                 [{"quote": "Thực hiện Kế hoạch số 12/KH-UBND ngày 09/01/2026 của UBND tỉnh"}])
    assert resolve_back("kế hoạch đó do ai ký?", prev) == "kế hoạch 12/KH-UBND do ai ký?"
    assert resolve_back("ai chủ trì?", prev) == "ai chủ trì?"


def test_merge_renumbers_the_citations_of_later_answers() -> None:
    a = Draft("A [1] [2]", False, [{"quote": "a"}, {"quote": "b"}])
    b = Draft("B [1]", False, [{"quote": "c"}])
    out = merge(a, [b])
    assert out.answer == "A [1] [2]\nB [3]" and [c["quote"] for c in out.citations] == ["a", "b", "c"]


def test_asked_title_needs_a_person_question_about_that_title() -> None:
    assert asked_title("Chủ tịch UBND tỉnh Gia Lai hiện nay là ai?") == "chu tich"
    assert asked_title("pho giam doc so xay dung phu trach cai cach hanh chinh ten la gi?") == "pho giam doc"
    assert asked_title("Phó Chủ tịch nào ký quyết định ban hành kế hoạch?") == "pho chu tich"
    # "Chủ tịch UBND tỉnh … ký … ngày nào?" takes the Chủ tịch for the signer; "ký số" is no signing
    from assistant.answer.titles import presumed_signer_title

    assert presumed_signer_title("chu tich ubnd tinh cao bang ky ke hoach cchc 2026 ngay nao?") == "chu tich"
    assert presumed_signer_title("Chủ tịch UBND tỉnh giao ai chủ trì việc ký số?") is None
    assert asked_title("chu tich ubnd tinh cao bang ky ke hoach cchc 2026 ngay nao?") is None
    assert asked_title("Phó Chủ tịch UBND phường Hạc Thành nào ký kế hoạch CCHC 2026?") == "pho chu tich"
    assert asked_title("Who is the deputy director of the Department of Justice?") == "pho giam doc"
    assert asked_title("Ai là người tham mưu Giám đốc Sở báo cáo?") is None
    assert asked_title("Văn phòng Sở tham mưu Giám đốc Sở báo cáo cho ai?") is None
    assert asked_title("Ai ký kế hoạch?") is None


def test_holds_compares_the_signers_own_title() -> None:
    assert holds("pho chu tich", "PHÓ CHỦ TỊCH") and holds("giam doc", "GIÁM ĐỐC")
    assert not holds("chu tich", "KT. CHỦ TỊCH PHÓ CHỦ TỊCH") and not holds("giam doc", None)


def test_budget_question_wants_an_amount_even_with_words_between() -> None:
    pattern = required_value("Kinh phí kế hoạch CCHC năm 2026 của Bộ Công Thương là bao nhiêu")
    assert pattern is not None
    assert has_value(pattern, fold("là 1.200 triệu cho chính quyền số")) and not has_value(pattern, fold("5 đồng bộ"))


def test_parent_plan_question_is_asked_of_the_cited_plan(hashing_engine: Any, tmp_path: Path) -> None:
    """"Kế hoạch của thành phố mà Sở X triển khai do ai ký?" is answered from the city plan the Sở's plan cites."""
    city = ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HUẾ\nSố: 11/KH-UBND\nHuế, ngày 08 tháng 01 năm 2026\nKẾ HOẠCH\n"
            "Cải cách hành chính nhà nước thành phố Huế năm 2026\nI. NHIỆM VỤ\n1. Giao Sở Tư pháp chủ trì rà soát văn"
            " bản; hoàn thành trong tháng 9/2026.\nNơi nhận:\n- Bộ Nội vụ;\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\n"
            "PHÓ CHỦ TỊCH\n\nTôn Thất Khiêm\n")
    dept = ("UBND THÀNH PHỐ HUẾ\nSỞ XÂY DỰNG\nSố: 26/KH-SXD\nHuế, ngày 19 tháng 01 năm 2026\nKẾ HOẠCH\n"
            "Cải cách hành chính năm 2026 của Sở Xây dựng\nThực hiện Kế hoạch số 11/KH-UBND ngày 08/01/2026 của UBND"
            " thành phố Huế;\nI. NHIỆM VỤ\n1. Phòng Quản lý xây dựng chủ trì cấp phép trực tuyến; hoàn thành trong"
            " Quý III/2026.\nNơi nhận:\n- UBND thành phố;\nGIÁM ĐỐC\n\nHồ Đăng Khoa\n")
    for name, text in (("hue_ubnd_kh.txt", city), ("hue_so-xay-dung_kh.txt", dept)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert not hashing_engine.ingest([tmp_path]).failed
    out = hashing_engine.ask("Kế hoạch của thành phố mà Sở Xây dựng Huế triển khai do ai ký?")
    assert not out["abstained"] and "Tôn Thất Khiêm" in out["answer"] and "Hồ Đăng Khoa" not in out["answer"]
