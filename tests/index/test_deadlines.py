"""Deadline text → the last day it allows (index.deadlines)."""

from __future__ import annotations

import pytest

from index.deadlines import due, find_any_deadline, find_deadline
from index.normalize import fold


@pytest.mark.parametrize(("text", "expected"), [
    ("Trước ngày 30/6/2026", "2026-06-30"),
    ("30/6/2026", "2026-06-30"),
    ("30/06/2026", "2026-06-30"),
    ("30.06.2026", "2026-06-30"),
    ("2026-06-30", "2026-06-30"),
    ("ngày 30 tháng 6 năm 2026", "2026-06-30"),
    ("Tháng 5/2026", "2026-05-31"),
    ("tháng 5 năm 2026", "2026-05-31"),
    ("Tháng 02/2026", "2026-02-28"),
    ("Quý III/2026", "2026-09-30"),
    ("quý 3 năm 2026", "2026-09-30"),
    ("Quý I, II/2026", "2026-06-30"),
    ("Quý II - Quý III/2026", "2026-09-30"),
    ("6 tháng đầu năm 2026", "2026-06-30"),
    ("6 tháng cuối năm 2026", "2026-12-31"),
    ("Năm 2026", "2026-12-31"),
    ("trong năm 2026", "2026-12-31"),
    ("Tháng 3 - 6/2026", "2026-06-30"),
    ("Từ tháng 3/2026 đến tháng 6/2026", "2026-06-30"),
    ("Tháng 12/2025 - Tháng 3/2026", "2026-03-31"),
    ("2026-2030", "2030-12-31"),
    ("Thường xuyên", None),
    ("Hằng năm", None),
    ("trước ngày 15 của tháng cuối quý", None),
    ("Trước ngày 14 tháng cuối quý", None),
    ("", None),
    ("31/02/2026", None),
    ("Thuong xuyen; bao cao truoc 15/12/2026", "2026-12-15"),
    # set by reference to another schedule or an event: the year names that document, not a last day
    ("Theo Chương trình xây dựng văn bản năm 2026", None),
    ("Theo kế hoạch kiểm tra năm 2026", None),
    ("Theo Kế hoạch số 12/KH-UBND ngày 15/3/2026 của UBND tỉnh", None),
    ("Theo Chương trình công tác của Sở Văn hóa, Thể thao và Du lịch năm 2026", None),
    ("Trong vòng 05 ngày kể từ ngày 01/3/2026", None),
    ("Sau khi Nghị định được ban hành năm 2026", None),
    # ... but a deadline clause of its own still counts
    ("Theo kế hoạch, trước ngày 30/6/2026", "2026-06-30"),
    ("Theo Kế hoạch số 12/KH-UBND ngày 15/3/2026, Quý IV/2026", "2026-12-31"),
    ("Quý III/2026 (theo Kế hoạch số 5/KH-UBND ngày 10/01/2026)", "2026-09-30"),
    ("Báo cáo theo quy định trước ngày 15/12/2026", "2026-12-15"),
    ("Quý II/2026 và các năm tiếp theo", "2026-06-30"),
])
def test_due(text: str, expected: str | None) -> None:
    assert due(text, 2026) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Quý IV", "2026-12-31"), ("Trước ngày 15/12", "2026-12-15"), ("Tháng 5", "2026-05-31"),
    ("6 tháng đầu năm", "2026-06-30"), ("Cuối năm", "2026-12-31"), ("ngày 30 tháng 6", "2026-06-30"),
])
def test_missing_year_takes_the_plan_year(text: str, expected: str) -> None:
    assert due(text, 2026) == expected
    assert due(text, None) is None


def test_deadline_phrases_in_prose() -> None:
    def found(text: str) -> str | None:
        f = fold(text)
        r = find_deadline(f)
        return f[r[0]:r[1]] if r else None

    assert found("Sở Tư pháp chủ trì thực hiện; hoàn thành trước ngày 30/6/2026.") == "truoc ngay 30/6/2026"
    assert found("Thời gian hoàn thành: Quý II/2026.") == "quy ii/2026"
    assert found("Thời gian thực hiện: Thường xuyên.") == "thuong xuyen"
    assert found("thực hiện trong tháng 5/2026") == "trong thang 5/2026"
    assert found("xây dựng kế hoạch năm 2026 của Sở") is None
    assert found("khen thưởng hằng năm.") is None
    f = fold("báo cáo quý trước ngày 15 của tháng cuối quý; báo cáo năm trước ngày 10/12/2026")
    r = find_any_deadline(f)
    assert r and f[r[0]:r[1]] == "truoc ngay 15 cua thang cuoi quy"


def test_deadlines_in_words() -> None:
    """Quarter and half-year written in words; a full date in words is one phrase, not a relative deadline."""
    from index.deadlines import due, find_any_deadline
    from index.normalize import fold

    assert due("trong quý đầu năm", 2026) == "2026-03-31"
    assert due("Quý cuối năm 2026") == "2026-12-31"
    assert due("Sáu tháng đầu năm 2026") == "2026-06-30"
    assert due("nửa cuối năm 2026") == "2026-12-31"
    assert due("trước ngày 12 của tháng cuối quý", 2026) is None
    text = fold("Bán hàng trên sàn, trước ngày 15 tháng 12 năm 2026.")
    found = find_any_deadline(text)
    assert found and text[found[0]:found[1]] == "truoc ngay 15 thang 12 nam 2026"


def test_start_without_end_is_not_a_due_date() -> None:
    """"Từ tháng 4 năm 2026" says when the work begins; with "đến …" the end counts; "đến hết năm" is 31/12."""
    from index.deadlines import due

    assert due("Từ tháng 4 năm 2026") is None
    assert due("bắt đầu từ Quý II/2026") is None
    assert due("từ tháng 4 năm 2026 đến tháng 6 năm 2026") == "2026-06-30"
    assert due("Từ ngày 01/3/2026 đến 30/6/2026") == "2026-06-30"
    assert due("từ tháng 3/2026 đến hết năm", 2026) == "2026-12-31"
    assert due("Trong năm 2026, bắt đầu từ tháng 4/2026") == "2026-12-31"


def test_ocr_readings_of_roman_quarters() -> None:
    from index.deadlines import due

    assert due("Quý 11/2026") == "2026-06-30" and due("Quý 111/2026") == "2026-09-30"
    assert due("Quý 1V/2026") == "2026-12-31" and due("Quý 1/2026") == "2026-03-31"


def test_a_start_still_reads_as_a_time_frame() -> None:
    from index.deadlines import reads_as_deadline

    assert reads_as_deadline("từ tháng 4 năm 2026") and not reads_as_deadline("pháp luật về hộ tịch")
