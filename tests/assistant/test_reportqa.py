"""Reporting answers: the reporter derived from a record (never the recipient) and the record's report period."""

from __future__ import annotations

from typing import Any

from assistant.answer.reportqa import _asked_periods, _period, reporter
from index.normalize import fold


def _rec(**kw: object) -> dict:
    base = {"reporter": None, "recipient": None, "via": None, "period": None, "deadline": None, "quote": "",
            "section": ""}
    return base | kw


def test_reporter_from_field_quote_or_heading() -> None:
    assert reporter(_rec(reporter="Văn phòng Sở là đầu mối", recipient="Sở Nội vụ")) == "Văn phòng Sở"
    assert reporter(_rec(reporter="Các đơn vị thuộc Bộ gửi", recipient="Văn phòng Bộ")) == "Các đơn vị thuộc Bộ"
    quote = "1. Văn phòng Sở là đầu mối, tổng hợp báo cáo kết quả cải cách hành chính của Sở gửi UBND tỉnh"
    assert reporter(_rec(quote=quote, recipient="UBND tỉnh")) == "Văn phòng Sở"
    assert reporter(_rec(quote="3. Chế độ báo cáo: các phòng, đơn vị gửi báo cáo về Phòng Cải cách hành chính",
                         recipient="Phòng Cải cách hành chính")) == "các phòng, đơn vị"
    assert reporter(_rec(quote="2. Báo cáo năm 2026 của UBND xã gửi Sở Nội vụ trước ngày 05/12/2026.",
                         recipient="Sở Nội vụ")) == "UBND xã"
    heading = "IV. TỔ CHỨC THỰC HIỆN > 1. Công chức Văn phòng - Thống kê tổng hợp, báo cáo UBND xã trước ngày…"
    assert reporter(_rec(quote="báo cáo UBND xã trước ngày 10", section=heading, recipient="UBND xã")) == \
        "Công chức Văn phòng - Thống kê"


def test_reporter_is_never_the_recipient() -> None:
    assert reporter(_rec(reporter="Sở Nội vụ", recipient="Sở Nội vụ")) is None
    assert reporter(_rec(quote="tham mưu UBND xã báo cáo UBND tỉnh", recipient="UBND tỉnh")) is None


def test_report_periods() -> None:
    assert _period(_rec(deadline="trước ngày 15 của tháng cuối quý"), False) == "quy"
    assert _period(_rec(period="năm", deadline="trước ngày 10/12/2026"), False) == "nam"
    assert _period(_rec(quote="báo cáo năm trước ngày 10/12/2026", deadline="trước ngày 10/12/2026"), False) == "nam"
    assert _period(_rec(period="6 tháng"), False) == "6 thang"
    assert _asked_periods(fold("gửi báo cáo quý về đâu"))[:1] == ["quy"]
    assert _asked_periods(fold("gửi báo cáo năm trước ngày nào"))[:1] == ["nam"]
    assert _asked_periods(fold("gửi báo cáo về đâu")) == []


def test_unit_display_capitalises_after_dash() -> None:
    from assistant.answer.reportqa import _display

    assert _display("Phòng Văn hóa - xã hội") == "Phòng Văn hóa - Xã hội"
    assert _display("Phòng Hành chính - Quản trị") == "Phòng Hành chính - Quản trị"


_PLAN = ("ỦY BAN NHÂN DÂN TỈNH HÀ NAM\nSố: 03/KH-UBND\nKẾ HOẠCH\nCải cách hành chính năm 2026\n"
         "IV. TỔ CHỨC THỰC HIỆN\n"
         "1. Các sở, ban, ngành tỉnh báo cáo kết quả cải cách hành chính quý về UBND tỉnh (qua Sở Nội vụ) trước\n"
         "ngày 10 của tháng cuối quý; báo cáo năm trước ngày 05/12/2026.\n"
         "2. Sở Nội vụ tổng hợp, tham mưu UBND tỉnh báo cáo Bộ Nội vụ kết quả cải cách\n"
         "hành chính năm 2026 trước ngày 15/12/2026.\n")


def test_english_reporting_question_keeps_reporter_and_recipient_apart(hashing_engine: Any, tmp_path: Any) -> None:
    """"Department of Home Affairs … to the Ministry of Home Affairs": only the duty sent to Bộ Nội vụ."""
    plan = tmp_path / "ha-nam_kh-cchc-2026.txt"
    plan.write_text(_PLAN, encoding="utf-8")
    assert not hashing_engine.ingest([plan]).failed
    out = hashing_engine.ask("By when must the Department of Home Affairs report the reform results to the "
                             "Ministry of Home Affairs?")
    assert not out["abstained"], out["answer"]
    assert [i["recipient"] for i in out["items"]] == ["Bộ Nội vụ"]
    assert "15/12/2026" in out["answer"] and "05/12/2026" not in out["answer"]


def test_bare_head_recipient_is_the_plans_own_body() -> None:
    """A record "báo cáo Bộ" (the plan's own ministry) is not named by "Bộ Nội vụ"; "báo cáo Bộ trước …" still is."""
    from assistant.answer.reportqa import _mentions

    assert not _mentions("bo noi vu truoc ngay nao", "Bộ", False)
    assert _mentions("bo truoc ngay nao", "Bộ", False)
    assert _mentions("bo noi vu truoc ngay nao", "Bộ Nội vụ", False)


def test_every_period_the_question_names() -> None:
    assert _asked_periods(fold("hạn báo cáo quý và báo cáo năm là khi nào")) == ["quy", "nam"]
    assert _asked_periods(fold("gửi báo cáo về đâu")) == []


def test_periods_listed_before_nam() -> None:
    """"hạn báo cáo quý, 6 tháng và năm": all three periods; "kế hoạch năm 2026" names no period."""
    from assistant.answer.reportqa import _asked_periods
    from index.normalize import fold

    assert sorted(_asked_periods(fold("Phường Hoa Lư báo cáo UBND tỉnh qua đâu, hạn báo cáo quý, 6 tháng và năm?"))) \
        == ["6 thang", "nam", "quy"]
    assert _asked_periods(fold("Kế hoạch năm 2026: báo cáo quý khi nào?")) == ["quy"]


def test_the_office_of_the_recipient_is_the_reporter() -> None:
    """"Văn phòng UBND tỉnh … báo cáo UBND tỉnh": the office reports; it is not the recipient itself."""
    from assistant.answer.reportqa import reporter

    r = {"reporter": "Văn phòng UBND tỉnh", "recipient": "UBND tỉnh", "quote": "", "section": ""}
    assert reporter(r) == "Văn phòng UBND tỉnh"
    assert reporter({"reporter": "UBND tỉnh", "recipient": "UBND tỉnh", "quote": "", "section": ""}) is None


def test_a_target_about_reports_is_no_reporting_duty() -> None:
    """"Chỉ tiêu cắt giảm chỉ tiêu trong các chế độ báo cáo … là bao nhiêu?" asks for a target, not who reports."""
    from assistant.answer.reportqa import report_answer

    state: Any = None  # never reached: the question is turned away before any plan is read
    assert report_answer(state, "Chỉ tiêu cắt giảm chỉ tiêu trong các chế độ báo cáo thống kê ngành năm 2026 "
                                "là bao nhiêu?", None, []) is None


def test_report_words_inside_a_task_name_make_a_task_question() -> None:
    from assistant.answer.taskqa import report_in_task

    records = [{"task": "Cắt giảm chỉ tiêu trong biểu mẫu báo cáo của doanh nghiệp nhà nước"}]
    assert report_in_task("viec cat giam chi tieu trong bieu mau bao cao cua doanh nghiep nha nuoc xong khi nao?",
                          records)
    assert not report_in_task("Phòng Kinh tế báo cáo ai, hạn khi nào?", records)


def test_a_report_duty_asked_by_its_reports_stays_a_reporting_question() -> None:
    from assistant.answer.taskqa import report_in_task

    duty = [{"task": "Tổng hợp báo cáo quý gửi Sở Nội vụ; báo cáo 6 tháng và báo cáo năm gửi Sở Nội vụ "
                     "trước ngày 15/6 và 15/12/2026"}]
    # the question sends the reports ("gửi báo cáo … cho"): a reporting question, whatever the records say
    assert not report_in_task("Văn phòng Sở phải gửi báo cáo 6 tháng và báo cáo năm cho Sở Nội vụ trước ngày nào?",
                              duty)
    # the record itself is a duty to send reports: its words in the question do not make a task question
    assert not report_in_task("Hạn báo cáo 6 tháng và báo cáo năm là khi nào?", duty)
    named = [{"task": "Cắt giảm chỉ tiêu trong biểu mẫu báo cáo của doanh nghiệp nhà nước"}]
    assert report_in_task("Ai chủ trì cắt giảm biểu mẫu báo cáo của doanh nghiệp nhà nước?", named)


_DUTIES = ("BỘ XÂY DỰNG\nCỤC ĐĂNG KIỂM VIỆT NAM\nSố: 18/KH-CĐKVN\nKẾ HOẠCH\nCải cách hành chính năm 2026\n"
           "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nNâng cao chất lượng phục vụ người dân.\n2. Yêu cầu\n"
           "a) Phân công cụ thể đơn vị chủ trì, đơn vị phối hợp và thời hạn.\n"
           "II. NHIỆM VỤ\n1. Phòng Kiểm định chủ trì cấp giấy chứng nhận kiểm định điện tử; hoàn thành trong Quý II/2026.\n"
           "III. TỔ CHỨC THỰC HIỆN\n1. Phòng Tài chính - Kế toán\n"
           "a) Báo cáo Cục trưởng kết quả thu giá dịch vụ kiểm định không dùng tiền mặt trước ngày 30/9/2026.\n"
           "2. Trung tâm Công nghệ thông tin\n"
           "a) Báo cáo Cục trưởng tình hình vận hành giấy chứng nhận kiểm định điện tử trước ngày 15/6/2026.\n"
           "3. Các Chi cục Đăng kiểm khu vực\n"
           "a) Gửi báo cáo kết quả cải cách hành chính về Văn phòng Cục trước ngày 12 của tháng cuối quý.\n")


def test_duties_state_what_is_reported_and_a_period_the_plan_never_asks_is_refused(
        hashing_engine: Any, tmp_path: Any) -> None:
    """"TT CNTT … báo cáo Cục trưởng việc gì": that unit's duty only, with its subject; "báo cáo 6 tháng" of a plan
    whose duties are quarterly is refused, and "Cục … yêu cầu các Chi cục …" is no question about the "Yêu cầu" part."""
    from assistant.answer.reportqa import report_subject

    plan = tmp_path / "bo-xay-dung_cuc-dang-kiem_kh-cchc-2026.txt"
    plan.write_text(_DUTIES, encoding="utf-8")
    assert not hashing_engine.ingest([plan]).failed
    out = hashing_engine.ask("TT CNTT của Cục Đăng kiểm phải báo cáo Cục trưởng việc gì, trước ngày nào?")
    assert [i["recipient"] for i in out["items"]] == ["Cục trưởng"], out["answer"]
    assert "tình hình vận hành giấy chứng nhận kiểm định điện tử" in out["answer"]
    assert "15/6/2026" in out["answer"] and "30/9/2026" not in out["answer"]
    out = hashing_engine.ask("Cục Đăng kiểm yêu cầu các Chi cục nộp báo cáo 6 tháng trước ngày nào?")
    assert out["abstained"], out["answer"]
    assert report_subject({"quote": "Gửi báo cáo quý về Sở Nội vụ trước ngày 15.", "recipient": "Sở Nội vụ"}) is None
    assert report_subject({"quote": "báo cáo Giám đốc tiến độ cập nhật dữ liệu hằng tuần.",
                           "recipient": "Giám đốc"}) == "tiến độ cập nhật dữ liệu"
    assert report_subject({"quote": "a) Gửi báo cáo kết quả cải cách hành chính 6 tháng về Văn phòng Sở trước ngày 05/6.",
                           "recipient": "Văn phòng Sở"}) == "kết quả cải cách hành chính 6 tháng"
    assert _period(_rec(quote="Gửi báo cáo kết quả cải cách hành chính 6 tháng về Văn phòng Sở"), False) == "6 thang"


def test_members_of_a_bare_head_recipient_are_the_reporters() -> None:
    """"Các phòng, đơn vị thuộc Sở báo cáo … về Sở": the members report; the bare "Sở" is the recipient."""
    r = _rec(reporter="Các phòng, đơn vị thuộc Sở", recipient="Sở")
    assert reporter(r) == "Các phòng, đơn vị thuộc Sở"
    assert reporter(_rec(reporter="Lãnh đạo UBND tỉnh", recipient="UBND tỉnh")) is None
