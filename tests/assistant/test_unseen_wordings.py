"""Wordings found on blind DEV questions: stop-word compounds, "HĐND-UBND", a request that is no heading, days to report."""

from __future__ import annotations

from assistant.answer.abbrev import expand_folded, name_key
from assistant.answer.lexicon import lexicon
from assistant.answer.sectionqa import _ASKED
from index.normalize import fold
from index.reporting import _report_deadline


def test_stop_word_compounds_are_content_words() -> None:
    words = lexicon().content_words("giao tu chu tai chinh cho tt khuyen nong")
    assert "taichinh" in words and "tuchu" in words
    assert "taichinh" not in lexicon().content_words("báo cáo tại chính Sở Nội vụ")  # "tại chính" is no compound
    assert "motcua" in lexicon().content_words("bộ phận một cửa")


def test_two_bodies_joined_by_a_hyphen_are_both_named() -> None:
    assert name_key("VP HĐND-UBND xã") == name_key("Văn phòng HĐND và UBND xã")
    assert expand_folded("vh-tt-dl") == expand_folded("vhttdl")
    assert "hoi dong nhan dan va uy ban nhan dan" in expand_folded("vp hdnd-ubnd xa")


def test_a_request_is_not_the_requirements_heading() -> None:
    assert _ASKED.search(fold("Yêu cầu của kế hoạch là gì?"))
    assert not _ASKED.search(fold("khi có yêu cầu báo cáo đột xuất thì trong mấy ngày phải gửi?"))
    assert not _ASKED.search(fold("báo cáo theo yêu cầu của Sở Nội vụ"))


def test_a_report_due_days_after_the_request_has_a_deadline() -> None:
    text = fold("b) Báo cáo đột xuất khi có yêu cầu trong thời hạn 03 ngày làm việc.")
    found = _report_deadline(text, 0, len(text))
    assert found is not None and text[found[0]:found[1]] == "trong thoi han 03 ngay lam viec"
    dated = fold("Báo cáo quý trước ngày 15 của tháng cuối quý.")
    found = _report_deadline(dated, 0, len(dated))
    assert found is not None and "15" in dated[found[0]:found[1]]


def test_school_levels_and_holidays_are_read() -> None:
    assert lexicon().off_topic("lịch nghỉ Tết Nguyên đán của Sở Công Thương thế nào?")
    assert any("trung học phổ thông" in [g for g in grp] or "trung hoc pho thong" in grp for grp in lexicon().contrasts)
    assert "quan ly thi truong" in expand_folded("chi cuc qltt")


def test_report_role_read_through_abbreviations_and_place_initials() -> None:
    assert "report" in lexicon().asked_roles("hạn BC năm của VP Sở là ngày nào?")
    from assistant.answer.planref import _initials

    assert _initials("mu cang chai") == {"mcc"} and _initials("vinh long") == set()


def test_a_preposition_of_place_is_no_other_filler() -> None:
    from assistant.answer.fillers import PlanView, filler_conflicts

    unit = "Công khai thủ tục hành chính lĩnh vực công thương trên Cổng Dịch vụ công quốc gia"
    question = "công khai TTHC công thương lên Cổng DVC quốc gia thời gian thế nào?"
    assert filler_conflicts(question, unit, PlanView(" ", frozenset())) == []


def test_list_shapes_units_by_initials_and_mixed_english() -> None:
    from assistant.answer.intent import is_english
    from assistant.answer.tasklist import _by_initials, _initial_stream, _schedules

    assert lexicon().is_list("phong DKKD chu tri nhung NV nao?")
    assert lexicon().is_list("Công an xã chủ trì những nhiệm vụ CCHC nào?")
    assert _by_initials("Phòng Đăng ký kinh doanh", _initial_stream("phong DKKD chu tri nhung nv nao"))
    assert _by_initials("Trung tâm Công nghệ thông tin tài nguyên và môi trường", _initial_stream("TT CNTT TN&MT"))
    assert not _by_initials("Phòng Kế toán", _initial_stream("phòng kinh tế chủ trì"))  # no abbreviation typed
    assert is_english("in which annex tasks is the Trung tâm Tin học thống kê a partner?")
    assert not is_english("Ai chủ trì việc triển khai app VNeID online cho người dân ở xã?")
    gantt = {"deadline": "Quý II, Quý III"}
    assert _schedules(gantt, 3) and not _schedules(gantt, 4)  # quý III and quý IV asked
    assert "trung binh" in lexicon().equivalents_of("binh quan")


def test_lists_of_a_kind_of_record() -> None:
    from assistant.answer.tasklist import _KINDS, _kind

    assert _kind("những nhiệm vụ nào do 2 cơ quan cùng chủ trì?", []) == "colead"
    assert _kind("Sở Nội vụ Lâm Đồng chủ trì những nhiệm vụ nào?", ["lead"]) is None  # "Đồng chủ trì" of a place
    assert _kind("ghi rõ những sản phẩm đầu ra nào?", lexicon().asked_roles("những sản phẩm đầu ra nào")) == "product"
    assert _KINDS["colead"][0]({"lead": "Công an tỉnh, Sở Ngoại vụ"})
    assert not _KINDS["colead"][0]({"lead": "Sở Văn hóa, Thể thao và Du lịch"})  # one Sở with a comma in its name
    assert lexicon().is_list("ghi rõ những sản phẩm đầu ra nào?")
