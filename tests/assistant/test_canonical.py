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
    ("VP UBND cử mấy người đi tập huấn?", "VP UBND cử bao nhiêu người đi tập huấn?"),
    ("Thanh tra gửi kết quả trong mấy ngày làm việc?", "Thanh tra gửi kết quả trong bao nhiêu ngày làm việc?"),
])
def test_everyday_wordings_take_the_plans_terms(question: str, rewritten: str) -> None:
    assert lexicon().canonical(question) == rewritten


@pytest.mark.parametrize("question", [
    "Ngân sách tỉnh bố trí bao nhiêu tiền cho kế hoạch?",  # the plan says "ngân sách … bố trí", not "kinh phí"
    "Ai chủ trì cải tiến quy trình nộp hồ sơ trực tuyến?",  # "tiến", "nộp hồ sơ" are other words
    "Thời hạn chót là khi nào?",
    "Báo cáo tháng gửi trước ngày mấy?",  # "ngày mấy" asks a date, not a count
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


def test_equivalent_wordings_are_no_near_neighbours() -> None:
    from assistant.answer.fillers import PlanView, filler_conflicts

    plan = PlanView(frozenset(), frozenset({"tp", "hcm"}))
    unit = "Thời gian cấp giấy chứng nhận đăng ký doanh nghiệp không quá 02 ngày làm việc."
    assert filler_conflicts("Cấp giấy chứng nhận đăng ký doanh nghiệp mất tối đa mấy ngày?", unit, plan) == []
    # a qualifier where the unit has a preposition before the same words
    listed = "Niêm yết thủ tục hành chính bằng tiếng Việt và tiếng Hà Nhì tại Bộ phận Một cửa"
    assert filler_conflicts("Niêm yết thủ tục hành chính song ngữ tiếng Việt - tiếng Hà Nhì do ai phụ trách?",
                            listed, plan) == []
    # another thing in the slot is still a neighbour
    assert filler_conflicts("Niêm yết thủ tục hành chính lĩnh vực thú y tại Bộ phận Một cửa do ai phụ trách?",
                            listed, plan)


def test_lo_chinh_and_cung_tham_gia_ask_for_the_lead_and_the_partners() -> None:
    assert lexicon().asked_roles("Sở KH&CN lo chính, những đơn vị nào cùng tham gia?") == ["lead", "partner"]


def test_a_title_holder_presumed_in_the_passive() -> None:
    from assistant.answer.titles import presumed_signer_title

    assert presumed_signer_title("KH CCHC 2026 của Cao Bằng được Chủ tịch UBND tỉnh ký hôm nào?") == "chu tich"
    assert presumed_signer_title("Việc nào do Chủ tịch UBND xã chỉ đạo?") is None


def test_a_budget_asked_far_from_its_cue_demands_an_amount() -> None:
    from assistant.answer.valuetype import required_value

    long_q = "Kinh phí cho Cuộc thi tìm hiểu về cải cách hành chính năm 2026 của tỉnh Hà Tĩnh là bao nhiêu?"
    pattern = required_value(long_q)
    assert pattern is not None and pattern.search("120 trieu dong") and not pattern.search("thang 9/2026")
    assert required_value("Chi phí tuân thủ giảm bao nhiêu %?") is not None  # a share, not an amount
    assert not required_value("Chi phí tuân thủ giảm bao nhiêu %?").search("120 trieu dong")  # type: ignore[union-attr]


def test_the_letterhead_is_never_a_candidate_sentence() -> None:
    from assistant.answer.extractive import _LETTERHEAD

    assert _LETTERHEAD.search(fold("UBND TỈNH SƠN LA CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM ỦY BAN NHÂN DÂN"))
    assert _LETTERHEAD.search(fold("Độc lập - Tự do - Hạnh phúc"))


def test_equivalent_words_and_hyphenated_acronyms() -> None:
    from assistant.answer.abbrev import expand_folded

    assert {"rut", "ngan"} <= lexicon().equivalent_words("giam it nhat 25% thoi gian tham dinh")
    assert lexicon().equivalent_words("thoi gian tham dinh") == set()
    assert expand_folded("so vh-tt-dl cao bang") == "so van hoa the thao va du lich cao bang"
    assert expand_folded("so 19/kh-ubnd") == "so 19/ke hoach-uy ban nhan dan"  # a plan number: no run joined


def test_a_number_in_the_slot_is_the_value_asked_and_a_reported_share_is_no_target() -> None:
    from assistant.answer.fillers import PlanView, filler_conflicts
    from assistant.answer.reportqa import _PERCENT

    unit = "Đối với lĩnh vực đất đai, xây dựng, đầu tư đạt tối thiểu 85%"
    assert filler_conflicts("Mức hài lòng tối thiểu đối với lĩnh vực đất đai là bao nhiêu?", unit,
                            PlanView(frozenset(), frozenset())) == []
    assert not _PERCENT.search(fold("Văn phòng UBND tỉnh báo cáo tỷ lệ hồ sơ trực tuyến cho ai, trước ngày nào?"))
    assert _PERCENT.search(fold("Tỷ lệ báo cáo gửi đúng hạn là bao nhiêu?"))


def test_more_everyday_role_words_and_unit_acronyms() -> None:
    from assistant.answer.abbrev import expand_folded

    assert lexicon().asked_roles("Ai cầm trịch, bên nào hỗ trợ, thời hạn cuối?") == ["lead", "partner", "deadline"]
    assert lexicon().asked_roles("Phòng nào đứng ra làm?") == ["lead"]
    assert expand_folded("stc ninh binh") == "so tai chinh ninh binh"
    assert expand_folded("snv lam dau moi") == "so noi vu lam dau moi"
