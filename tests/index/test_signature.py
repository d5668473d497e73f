"""The signer's own title (index.signature): delegation marks, side-by-side "Nơi nhận" columns, body text."""

from __future__ import annotations

from index.signature import own_title, titles_in


def test_signed_for_the_head_gives_the_deputy_title() -> None:
    assert own_title(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lê Hoàng Phúc"]) == "PHÓ GIÁM ĐỐC"
    assert own_title(["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Lưu Hoàng Nam"]) == "THỨ TRƯỞNG"
    assert own_title(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Quàng Văn Toản"]) == "CHỦ TỊCH"


def test_only_a_delegated_title_is_not_the_signers() -> None:
    assert own_title(["KT. BỘ TRƯỞNG", "Lưu Hoàng Nam"]) is None
    assert titles_in(["KT. BỘ TRƯỞNG"]) == [("BỘ TRƯỞNG", True)]


def test_titles_beside_the_recipients_column_and_not_in_body_text() -> None:
    lines = ["Nơi nhận: KT. GIÁM ĐỐC", "- UBND tỉnh (b/c); PHÓ GIÁM ĐỐC", "- Giám đốc, các PGĐ Sở;", "Lê Hoàng Phúc"]
    assert own_title(lines) == "PHÓ GIÁM ĐỐC"
    assert own_title(["Văn phòng tham mưu Giám đốc Sở báo cáo"]) is None


def test_ocr_damaged_title_still_read() -> None:
    assert own_title(["KT. CHỦ TỊCH", "PHÓ CHU TỊCH", "Lò Văn Piềng"]) == "PHÓ CHỦ TỊCH"


def test_signed_as_keeps_the_delegation_lines_as_written() -> None:
    from index.signature import signed_as

    assert signed_as(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lê Hoàng Phúc"], "PHÓ GIÁM ĐỐC") == "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"
    assert signed_as(["TL. BỘ TRƯỞNG", "CHÁNH VĂN PHÒNG", "Đặng Quang Huy"], "CHÁNH VĂN PHÒNG") \
        == "TL. BỘ TRƯỞNG / CHÁNH VĂN PHÒNG"
    # an acting head: the "Q." line is the signer's own title, not repeated
    assert signed_as(["TM. ỦY BAN NHÂN DÂN", "Q. CHỦ TỊCH", "Phạm Văn A"], "CHỦ TỊCH") == "TM. ỦY BAN NHÂN DÂN / Q. CHỦ TỊCH"
    assert signed_as(["GIÁM ĐỐC", "Nguyễn Văn B"], "GIÁM ĐỐC") == "GIÁM ĐỐC"
    assert signed_as(["Nguyễn Văn B"], None) is None
