"""Everyday wordings rewritten into the plans' terms (lexicon ``canonical``), and the guards they meet."""

from __future__ import annotations

import pytest

from assistant.answer.abstain import unknown_names
from assistant.answer.lexicon import lexicon
from assistant.answer.metaqa import _DATE
from index.normalize import fold


@pytest.mark.parametrize(("question", "rewritten"), [
    ("Xã Tiên Yên dành bao nhiêu tiền cho KH CCHC 2026?", "Xã Tiên Yên kinh phí bao nhiêu cho KH CCHC 2026?"),
    ("xa bat xat danh bao nhieu tien cho cai cach hanh chinh?", "xa bat xat kinh phí bao nhiêu cho cai cach hanh chinh?"),
    ("TP Huế bố trí tiền làm KH CCHC từ nguồn nào?", "TP Huế bố trí kinh phí làm KH CCHC từ nguồn nào?"),
    ("Phường Thành Sen làm kế hoạch dựa trên KH số mấy của UBND tỉnh?",
     "Phường Thành Sen làm kế hoạch căn cứ KH số mấy của UBND tỉnh?"),
    ("Văn phòng Sở nộp báo cáo năm cho Sở Nội vụ trước ngày nào?",
     "Văn phòng Sở gửi báo cáo năm cho Sở Nội vụ trước ngày nào?"),
])
def test_everyday_wordings_take_the_plans_terms(question: str, rewritten: str) -> None:
    assert lexicon().canonical(question) == rewritten


@pytest.mark.parametrize("question", [
    "Ngân sách tỉnh bố trí bao nhiêu tiền cho kế hoạch?",  # the plan says "ngân sách … bố trí", not "kinh phí"
    "Ai chủ trì cải tiến quy trình nộp hồ sơ trực tuyến?",  # "tiến", "nộp hồ sơ" are other words
    "Thời hạn chót là khi nào?",
])
def test_other_wordings_are_left_as_typed(question: str) -> None:
    assert lexicon().canonical(question) == question


def test_a_verb_after_so_names_no_department() -> None:
    corpus = " so tai chinh ha tinh van phong so so noi vu bao cao "
    assert unknown_names("Hạn Văn phòng Sở gửi báo cáo năm cho Sở Nội vụ là ngày nào?", "k1", corpus) == []
    assert unknown_names("Các phòng nộp báo cáo về Văn phòng Sở hạn chót ngày mấy?", "k2", corpus) == []
    assert unknown_names("Sở Du lịch Hà Tĩnh báo cáo khi nào?", "k3", corpus) != []  # a real name stays checked


@pytest.mark.parametrize("question", ["KH 19/KH-SXD đề ngày bao nhiêu?", "Kế hoạch ban hành ngày mấy?",
                                      "Kế hoạch ký hôm nào?"])
def test_plan_date_wordings(question: str) -> None:
    assert _DATE.search(fold(lexicon().canonical(question)))
