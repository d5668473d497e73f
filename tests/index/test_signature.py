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
