"""Reporting records, one per clause (index.reporting)."""

from __future__ import annotations

from pathlib import Path

from index.metadata import extract_metadata
from index.reporting import extract_reports
from index.structure import parse_outline
from index.types import LoadedDocument

DATA = Path(__file__).parent / "data"
CORPUS = Path(__file__).resolve().parents[2] / "corpus"
KEYS = ("reporter", "recipient", "via", "period", "deadline", "due", "line_start")


def _reports(doc: LoadedDocument) -> list[dict]:
    outline = parse_outline(doc)
    return extract_reports(doc, outline, extract_metadata(doc, outline))


def _load(path: Path) -> LoadedDocument:
    return LoadedDocument(doc_id=path.stem, path=str(path), format="txt", text=path.read_text(encoding="utf-8"))


def test_two_clauses_give_two_records_and_the_reporter_is_the_item_unit() -> None:
    doc = _load(DATA / "qd_ke_hoach_bo_tu_phap.txt")
    got = [tuple(r[k] for k in KEYS) for r in _reports(doc)]
    assert got == [
        ("Văn phòng Bộ", "Bộ trưởng", "qua Văn phòng Bộ", "quý", "trước ngày 15 của tháng cuối quý", None, 52),
        ("Văn phòng Bộ", "Bộ trưởng", "qua Văn phòng Bộ", "năm", "trước ngày 10/12/2026", "2026-12-10", 52),
        ("Các đơn vị thuộc Bộ", "Văn phòng Bộ", None, "Định kỳ", "trước ngày 10 của tháng cuối quý", None, 54),
    ]
    recs = _reports(doc)
    assert recs[0]["quote"] == "báo cáo quý trước ngày 15 của tháng cuối quý"
    assert recs[1]["quote"] == "báo cáo năm trước ngày 10/12/2026 gửi Bộ trưởng (qua Văn phòng Bộ)"
    for r in recs:
        assert r["quote"] in doc.text
        assert r["section"].startswith("III. TỔ CHỨC THỰC HIỆN")


def test_ocr_plan_service_centre_reports_to_the_office() -> None:
    doc = _load(next(CORPUS.glob("001_*.txt")))
    recs = {(r["reporter"], r["recipient"]): r for r in _reports(doc)}
    r = recs[("Trung tâm Phục vụ Hành chính công", "Văn phòng UBND tỉnh")]
    assert r["via"] == "qua Phòng Hành chính - Quản trị"
    assert r["deadline"] == "Trước ngày 14 tháng cuối quý" and r["due"] is None
    r = recs[("Phòng Hành chính - Quản trị", "UBND tỉnh")]
    assert r["via"] == "qua Sở Nội vụ" and r["period"] == "định kỳ"


def test_two_recipients_give_two_records_and_never_report_to_oneself() -> None:
    doc = _load(next(CORPUS.glob("003_*.txt")))
    recs = _reports(doc)
    pairs = {(r["reporter"], r["recipient"]) for r in recs}
    assert {("Phòng Văn hóa - xã hội", "UBND xã"), ("Phòng Văn hóa - xã hội", "Sở Nội vụ"),
            ("Các cơ quan, đơn vị", "UBND xã")} <= pairs
    for path in sorted(CORPUS.glob("*.txt")):
        for r in _reports(_load(path)):
            assert r["reporter"] != r["recipient"]


def test_second_deadline_after_va_is_its_own_record_and_list_subjects_report(tmp_path: Path) -> None:
    text = ("KẾ HOẠCH\nCải cách hành chính năm 2026\nII. TỔ CHỨC THỰC HIỆN\n1. Chế độ báo cáo\n"
            "a) Các phòng, đơn vị gửi báo cáo kết quả về Văn phòng Sở trước ngày 05/9/2026 đối với báo cáo quý III"
            " và trước ngày 20/11/2026 đối với báo cáo năm.\n"
            "b) Văn phòng Sở theo dõi, đôn đốc các phòng, đơn vị; tổng hợp báo cáo quý III gửi Sở Nội vụ trước ngày"
            " 12/9/2026 và báo cáo năm trước ngày 01/12/2026.\n"
            "c) Văn phòng HĐND và UBND phường tổng hợp, tham mưu UBND phường báo cáo UBND tỉnh (qua Sở Nội vụ) trước"
            " ngày 12 của tháng cuối quý; báo cáo năm trước ngày 05/12/2026.\n")
    path = tmp_path / "kh.txt"
    path.write_text(text, encoding="utf-8")
    got = [(r["reporter"], r["recipient"], r["period"], r["deadline"]) for r in _reports(_load(path))]
    assert got == [
        ("Các phòng, đơn vị", "Văn phòng Sở", "quý III", "trước ngày 05/9/2026"),
        ("Các phòng, đơn vị", "Văn phòng Sở", "năm", "trước ngày 20/11/2026"),
        ("Văn phòng Sở", "Sở Nội vụ", "quý III", "trước ngày 12/9/2026"),
        ("Văn phòng Sở", "Sở Nội vụ", "năm", "trước ngày 01/12/2026"),
        ("Văn phòng HĐND và UBND phường", "UBND tỉnh", "quý", "trước ngày 12 của tháng cuối quý"),
        ("Văn phòng HĐND và UBND phường", "UBND tỉnh", "năm", "trước ngày 05/12/2026"),
    ]


def test_reporting_schedule_table_rows_are_reporting_records_not_tasks(tmp_path: Path) -> None:
    from index.loaders import load_document
    from index.tasks import extract_tasks

    text = ("KẾ HOẠCH\nCải cách hành chính năm 2026\nIII. TỔ CHỨC THỰC HIỆN\n"
            "1. Phòng Kế hoạch chủ trì rà soát thủ tục, hoàn thành trước ngày 30/6/2026.\n"
            "Lịch báo cáo\n"
            "STT\tLoại báo cáo\tĐơn vị báo cáo\tNơi nhận báo cáo\tThời hạn gửi\n"
            "1\tBáo cáo kết quả cải cách hành chính quý I\tCác phòng thuộc Sở\tVăn phòng Sở\tTrước ngày 05/3/2026\n"
            "2\tBáo cáo kết quả cải cách hành chính năm\tSở Tài chính\tUBND tỉnh (qua Sở Nội vụ)\t"
            "Trước ngày 30/11/2026\n"
            "Nơi nhận:\n- Như trên.\n")
    path = tmp_path / "lich.txt"
    path.write_text(text, encoding="utf-8")
    doc = load_document(path)
    outline = parse_outline(doc)
    meta = extract_metadata(doc, outline)
    table = [r for r in extract_reports(doc, outline, meta) if r["line_start"] >= 7]
    assert [(r["reporter"], r["recipient"], r["via"], r["period"], r["deadline"], r["due"]) for r in table] == [
        ("Các phòng thuộc Sở", "Văn phòng Sở", None, "quý I", "Trước ngày 05/3/2026", "2026-03-05"),
        ("Sở Tài chính", "UBND tỉnh", "qua Sở Nội vụ", "năm", "Trước ngày 30/11/2026", "2026-11-30"),
    ]
    assert all(r["quote"] in doc.text for r in table)
    assert all(t["line_start"] < 6 for t in extract_tasks(doc, outline, meta))


def test_hard_wrapped_item_whose_next_line_starts_with_a_name_is_one_sentence(tmp_path: Path) -> None:
    text = ("KẾ HOẠCH\nCải cách hành chính năm 2026\nIV. TỔ CHỨC THỰC HIỆN\n"
            "1. Văn phòng Sở theo dõi, đôn đốc các phòng, đơn vị; tổng hợp báo cáo quý III gửi\n"
            "Sở Nội vụ trước ngày 12/9/2026 và báo cáo năm trước ngày 01/12/2026.\n")
    path = tmp_path / "wrap.txt"
    path.write_text(text, encoding="utf-8")
    got = [(r["reporter"], r["recipient"], r["period"], r["deadline"]) for r in _reports(_load(path))]
    assert got == [("Văn phòng Sở", "Sở Nội vụ", "quý III", "trước ngày 12/9/2026"),
                   ("Văn phòng Sở", "Sở Nội vụ", "năm", "trước ngày 01/12/2026")]


def test_joint_office_recipient_bare_via_and_recipient_stops_before_the_report_subject(tmp_path: Path) -> None:
    text = ("KẾ HOẠCH\nCải cách hành chính năm 2026\nIV. TỔ CHỨC THỰC HIỆN\n"
            "1. Các phòng chuyên môn gửi báo cáo kết quả thực hiện quý về Văn phòng HĐND và UBND xã trước\n"
            "ngày 05 của tháng cuối quý.\n"
            "2. Văn phòng HĐND và UBND xã tổng hợp, tham mưu UBND xã báo cáo UBND tỉnh qua\n"
            "Sở Nội vụ định kỳ hằng quý trước ngày 10 của tháng cuối quý.\n"
            "3. Sở Nội vụ tổng hợp, tham mưu UBND tỉnh báo cáo Bộ Nội vụ kết quả cải cách\n"
            "hành chính năm 2026 trước ngày 15/12/2026.\n")
    path = tmp_path / "joint.txt"
    path.write_text(text, encoding="utf-8")
    got = [(r["recipient"], r["via"]) for r in _reports(_load(path))]
    assert got == [("Văn phòng HĐND và UBND xã", None), ("UBND tỉnh", "qua Sở Nội vụ"), ("Bộ Nội vụ", None)]


def test_running_header_is_not_a_signature_and_ministries_with_stop_words_are_units(tmp_path: Path) -> None:
    text = ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HUẾ\nSố: 11/KH-UBND\nKẾ HOẠCH\nCải cách hành chính năm 2026\n"
            "I. NHIỆM VỤ\n1. Giao Sở Tư pháp chủ trì rà soát văn bản; hoàn thành trong tháng 9/2026.\n\n - 1 -\n\n"
            "UBND THÀNH PHỐ HUẾ - KH 11/KH-UBND\n"
            "II. CHẾ ĐỘ BÁO CÁO\n"
            "1. Văn phòng Sở tham mưu báo cáo năm gửi UBND thành phố (qua Sở Nội vụ) và Bộ Xây dựng trước ngày"
            " 25/11/2026.\n"
            "2. Phòng Đăng ký kinh doanh tham mưu Sở báo cáo Bộ Tài chính định kỳ 6 tháng trước ngày 20/6/2026.\n")
    path = tmp_path / "hue.txt"
    path.write_text(text, encoding="utf-8")
    got = {(r["recipient"], r["deadline"]) for r in _reports(_load(path))}
    assert {("UBND thành phố", "trước ngày 25/11/2026"), ("Bộ Xây dựng", "trước ngày 25/11/2026"),
            ("Bộ Tài chính", "trước ngày 20/6/2026")} <= got


def test_respective_deadlines_monthly_day_and_the_recipient_after_ve(tmp_path: Path) -> None:
    """"báo cáo 6 tháng và báo cáo năm … trước ngày 15/6 và 15/12/2026" pairs in order; "hằng tháng trước ngày 25"
    is a monthly deadline; "Báo cáo số doanh nghiệp … về Văn phòng Sở" reports to the office; "X là đầu mối" is X."""
    text = ("KẾ HOẠCH\nCải cách hành chính năm 2026\nI. MỤC ĐÍCH\nPhục vụ tốt hơn.\nII. TỔ CHỨC THỰC HIỆN\n"
            "1. Văn phòng Sở\na) Tổng hợp báo cáo cải cách hành chính quý gửi Sở Nội vụ trước ngày 15 của tháng cuối quý; báo cáo 6"
            " tháng và báo cáo năm gửi Sở Nội vụ trước ngày 15/6 và 15/12/2026.\n"
            "2. Phòng Đăng ký kinh doanh\n"
            "a) Báo cáo số doanh nghiệp thành lập mới, giải thể hằng quý về Văn phòng Sở trước ngày 10 của tháng"
            " cuối quý.\n"
            "3. Văn phòng UBND tỉnh theo dõi việc cung cấp dịch vụ công trực tuyến, báo cáo UBND tỉnh hằng tháng"
            " trước ngày 25.\n"
            "4. Văn phòng HĐND và UBND phường là đầu mối theo dõi; tham mưu UBND phường báo cáo UBND tỉnh kết quả"
            " CCHC quý trước ngày 14 của tháng cuối quý.\n")
    path = tmp_path / "kh.txt"
    path.write_text(text, encoding="utf-8")
    got = [(r["reporter"], r["recipient"], r["period"], r["deadline"], r["due"]) for r in _reports(_load(path))]
    assert got == [
        ("Văn phòng Sở", "Sở Nội vụ", "quý", "trước ngày 15 của tháng cuối quý", None),
        ("Văn phòng Sở", "Sở Nội vụ", "6 tháng", "trước ngày 15/6/2026", "2026-06-15"),
        ("Văn phòng Sở", "Sở Nội vụ", "năm", "trước ngày 15/12/2026", "2026-12-15"),
        ("Phòng Đăng ký kinh doanh", "Văn phòng Sở", "hằng quý", "trước ngày 10 của tháng cuối quý", None),
        ("Văn phòng UBND tỉnh", "UBND tỉnh", "hằng tháng", "hằng tháng trước ngày 25", None),
        ("Văn phòng HĐND và UBND phường", "UBND tỉnh", "quý", "trước ngày 14 của tháng cuối quý", None),
    ]


def test_periods_listed_with_their_own_deadlines_and_weekday_deadlines() -> None:
    text = ("KẾ HOẠCH\nCải cách hành chính năm 2026\nIV. TỔ CHỨC THỰC HIỆN\n"
            "1. Văn phòng Cục tổng hợp báo cáo Bộ Xây dựng (qua Vụ Tổ chức cán bộ) kết quả cải cách hành chính quý I "
            "trước ngày 15/3/2026, 6 tháng trước ngày 15/6/2026, 9 tháng trước ngày 15/9/2026 và năm trước ngày "
            "15/11/2026.\n"
            "2. Văn phòng HĐND và UBND xã báo cáo UBND tỉnh (qua Sở Nội vụ) kết quả 6 tháng trước ngày 16/6/2026 và "
            "kết quả năm trước ngày 16/11/2026.\n"
            "3. Trung tâm Phục vụ hành chính công xã báo cáo Chủ tịch UBND xã số hồ sơ trễ hạn vào thứ Sáu hằng tuần.\n")
    doc = LoadedDocument(doc_id="p", path="p.txt", format="txt", text=text)
    got = [(r["recipient"], r["period"], r["deadline"]) for r in _reports(doc)]
    assert got == [
        ("Bộ Xây dựng", "quý I", "trước ngày 15/3/2026"), ("Bộ Xây dựng", "6 tháng", "trước ngày 15/6/2026"),
        ("Bộ Xây dựng", "9 tháng", "trước ngày 15/9/2026"), ("Bộ Xây dựng", "năm", "trước ngày 15/11/2026"),
        ("UBND tỉnh", "6 tháng", "trước ngày 16/6/2026"), ("UBND tỉnh", "năm", "trước ngày 16/11/2026"),
        ("Chủ tịch UBND xã", "hằng tuần", "vào thứ Sáu hằng tuần"),
    ]


def test_a_clause_without_a_subject_reports_for_its_item_unit() -> None:
    text = ("KẾ HOẠCH\nCải cách hành chính năm 2026\nIV. TỔ CHỨC THỰC HIỆN\n"
            "1. Sở Nội vụ là cơ quan thường trực, theo dõi, đôn đốc.\n"
            "2. Văn phòng UBND tỉnh hướng dẫn, kiểm tra việc giải quyết thủ tục hành chính; hằng tháng báo cáo Chủ "
            "tịch UBND tỉnh tỷ lệ hồ sơ trực tuyến toàn trình trước ngày 05 của tháng sau.\n")
    doc = LoadedDocument(doc_id="p", path="p.txt", format="txt", text=text)
    got = [(r["reporter"], r["recipient"], r["period"]) for r in _reports(doc)]
    assert got == [("Văn phòng UBND tỉnh", "Chủ tịch UBND tỉnh", "hằng tháng")]


def test_a_second_deadline_of_the_same_period_keeps_it() -> None:
    """"… định kỳ 6 tháng trước ngày 20/6/2026 và trước ngày 20/12/2026": both deadlines are 6-month reports."""
    text = ("KẾ HOẠCH\nCải cách hành chính năm 2026\nIV. TỔ CHỨC THỰC HIỆN\n"
            "1. Văn phòng Sở là đầu mối tổng hợp, báo cáo năm trước ngày 20/11/2026.\n"
            "2. Phòng Đăng ký kinh doanh tổng hợp tình hình đăng ký doanh nghiệp, tham mưu Sở báo cáo Bộ Tài chính "
            "định kỳ 6 tháng trước ngày 20/6/2026 và trước ngày 20/12/2026.\n")
    doc = LoadedDocument(doc_id="p", path="p.txt", format="txt", text=text)
    got = [(r["recipient"], r["period"], r["deadline"]) for r in _reports(doc) if r["recipient"] == "Bộ Tài chính"]
    assert got == [("Bộ Tài chính", "định kỳ 6 tháng", "trước ngày 20/6/2026"),
                   ("Bộ Tài chính", "định kỳ 6 tháng", "trước ngày 20/12/2026")]
