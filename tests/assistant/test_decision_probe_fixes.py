"""Question handling the prose-and-decision probe (eval/datasets/probe_prose/) led to; pure functions, no index."""

from __future__ import annotations

from assistant.answer.abstain import unknown_names
from assistant.answer.intent import classify
from assistant.answer.mismatch import contrast_conflicts
from assistant.answer.tasklist import named_group


def test_deadline_cues_of_the_lexicon_ask_when() -> None:
    assert "when" in classify("QD 88: cap giay phep kinh doanh truc tuyen trien khai quy may?").kinds
    assert "when" in classify("cấp giấy phép kinh doanh triển khai quý mấy?").kinds
    assert "when" in classify("By which day of each month must the centre report to the Director?").kinds


def test_function_words_after_bo_name_no_body() -> None:
    corpus = "Bộ Công Thương ban hành kế hoạch. Văn phòng Bộ tổng hợp báo cáo."
    assert unknown_names("QĐ 147/QĐ-BCT ban hành KH CCHC 2026 của Bộ do ai ký?", "k1", corpus) == []
    assert unknown_names("Bộ Công Thương: báo cáo năm của Bộ ai tổng hợp?", "k1", corpus) == []
    assert unknown_names("Bộ Ngoại giao ký kế hoạch nào?", "k1", corpus) == ["Bộ Ngoại giao"]


def test_domestic_and_enterprise_ownership_are_contrasts() -> None:
    assert contrast_conflicts("cấp giấy phép kinh doanh lữ hành quốc tế", "Cấp giấy phép kinh doanh dịch vụ lữ hành nội địa")
    assert contrast_conflicts("biểu mẫu báo cáo của doanh nghiệp FDI", "biểu mẫu báo cáo của doanh nghiệp nhà nước")
    assert not contrast_conflicts("biểu mẫu báo cáo của doanh nghiệp nhà nước", "Cắt giảm chỉ tiêu trong biểu mẫu báo "
                                  "cáo của doanh nghiệp nhà nước")


def test_a_part_named_as_included_is_no_filter() -> None:
    records = [{"section": "III. NHIỆM VỤ > 1. Cải cách thể chế", "lead": "Sở Tài chính"},
               {"section": "V. TỔ CHỨC THỰC HIỆN", "lead": "Sở Tài chính"}]
    assert named_group("Sở Tài chính làm những việc gì trong phần tổ chức thực hiện?", records) == "V. TỔ CHỨC THỰC HIỆN"
    assert named_group("Sở Tài chính được giao những việc gì, kể cả phần tổ chức thực hiện?", records) is None
    assert named_group("Sở Tài chính được giao những gì (cả phụ lục lẫn phần tổ chức thực hiện)?", records) is None
