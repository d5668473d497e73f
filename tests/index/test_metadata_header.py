"""The issuing body from the letterhead (two-column headers, parents, OCR noise) and the signer's name."""

from __future__ import annotations

import pytest

from index.metadata import extract_metadata
from index.metadata_header import letterhead_issuer, letterhead_lines
from index.structure import parse_outline
from index.types import LoadedDocument

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]


@pytest.mark.parametrize(("header", "text", "want"), [
    (["SỞ Y TẾ TỈNH LAI CHÂU             CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "BỆNH VIỆN ĐA KHOA TỈNH            Độc lập - Tự do - Hạnh phúc", "Số: 15/KH-BVĐK"],
     "Bệnh viện Đa khoa tỉnh xây dựng Kế hoạch", "Bệnh viện Đa khoa tỉnh Lai Châu"),  # "TỈNH" of its parent
    (["UBND TỈNH SƠN LA                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "TRUNG TÂM PHỤC VỤ                 Độc lập - Tự do - Hạnh phúc", "HÀNH CHÍNH CÔNG", "Số: 07/KH-TTPVHCC"],
     "năm 2026 của Trung tâm Phục vụ hành chính công tỉnh", "Trung tâm Phục vụ hành chính công tỉnh Sơn La"),  # a name over two lines
    (["TỈNH QUẢNG NINH                   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "ỦY BAN NHÂN DÂN                   Độc lập - Tự do - Hạnh phúc", "ĐẶC KHU VÂN ĐỒN", "Số: 05/KH-UBND"],
     "", "Ủy ban nhân dân đặc khu Vân Đồn"),
    (["UBND TỈNH QUẢNG NGÃI              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "SỞ XÂY DỰNG                       Độc lập - Tự do - Hạnh phúc", "Số: 19/KH-SXD"],
     "Sở Xây dựng ban hành Kế hoạch", "Sở Xây dựng tỉnh Quảng Ngãi"),
    (["1", "BỘ NÔNG NGHIỆP", "VÀ MÔI TRƯỜNG", *MOTTO, "Số: 85/QĐ-BNNMT Hà Nội, ngày 08 tháng 01 năm 2026"],
     "", "Bộ Nông nghiệp và Môi trường"),
    (["ỦY BAN NHÂN DÂN                   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "XÃ CON CUÔNG                      Độc lập - Tự do - Hạnh phúc"],
     "UBND xã Con Cuông ban hành", "Ủy ban nhân dân xã Con Cuông"),
    (["UBND TỈNH BẮC NINH                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "BAN QUẢN LÝ                       Độc lập - Tự do - Hạnh phúc", "CÁC KHU CÔNG NGHIỆP", "Số: 09/KH-BQL"],
     "Ban Quản lý các khu công nghiệp tỉnh", "Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh"),
    ([f"{MOTTO[0]} .", "UBND TỈNH BÌNH DƯƠNG", "SỞ CÔNG THƯƠNG", ": -_ Độc lập - Tự do - Hạnh phúc",
      "Cự li ái Lo bà g Bình Dương, ngày 16 tháng 01 năm 2026 ."],
     "năm 2026, Sở Công Thương xây dựng Kế hoạch như sau", "Sở Công Thương tỉnh Bình Dương"),
    (["UBND TỈNH LÀO CAI  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "VĂN PHÒNG Độc lập - Tự do - Hạnh phúc"],
     "", "Văn phòng UBND tỉnh Lào Cai"),
    (["UBND TỈNH ĐỒNG THÁP", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", *MOTTO], "", "Sở Giáo dục và Đào tạo tỉnh Đồng Tháp"),
    # three lines (parent, council, locality); the right column's place and date on the locality's line
    (["UBND TỈNH TÂY NINH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ỦY BAN NHÂN DÂN Độc lập - Tự do - Hạnh phúc", "",
      "PHƯỜNG TÂN NINH Tân Ninh, ngày 14 tháng 01 năm 2026", "Số: 09/KH-UBND"], "", "Ủy ban nhân dân phường Tân Ninh"),
    (["UBND TỈNH NINH BÌNH", "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"], "", "Sở Lao động - Thương binh và Xã hội tỉnh Ninh Bình"),
])
def test_letterhead_issuer(header: list[str], text: str, want: str) -> None:
    assert letterhead_issuer(header, text) == want


def test_no_letterhead() -> None:
    assert letterhead_lines(["Số: /KH-SDTTG", "Lai Châu, ngày tháng 12 năm 2025"]) == []
    assert letterhead_issuer([" KẾ HOẠCH", "Triển khai công tác cải cách hành chính"], "") is None
    assert letterhead_issuer(["CHƯƠNG TRÌNH HÀNH ĐỘNG"], "") is None  # capitals that name no body


PLAN = """UBND TỈNH QUẢNG TRỊ
SỞ TƯ PHÁP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 07/KH-STP Quảng Trị, ngày 20 tháng 01 năm 2026
KẾ HOẠCH
Thực hiện công tác cải cách hành chính năm 2026 của Sở Tư pháp
Sở Tư pháp xây dựng Kế hoạch thực hiện công tác cải cách hành chính năm 2026 với các nội dung sau:
I. MỤC ĐÍCH, YÊU CẦU
- Nâng cao chất lượng.
II. TỔ CHỨC THỰC HIỆN
Các phòng báo cáo Văn phòng Sở.
Nơi nhận:
- Sở Nội vụ;
- Lưu: VT.
GIÁM ĐỐC
Phan Thị Thu Hiền
PHỤ LỤC
STT: 1; Nhiệm vụ: Rà soát thủ tục; Chủ trì: Văn phòng Sở
"""


def test_plan_metadata_from_letterhead_and_signer_before_annex() -> None:
    doc = LoadedDocument(doc_id="qt", path="", format="txt", text=PLAN)
    meta = extract_metadata(doc, parse_outline(doc))
    assert (meta.issuer, meta.province, meta.level) == ("Sở Tư pháp tỉnh Quảng Trị", "Quảng Trị", "sở")
    assert (meta.number, meta.date) == ("07/KH-STP", "2026-01-20")
    assert meta.signer == "Phan Thị Thu Hiền"


def test_stamp_debris_under_the_title_is_no_signer() -> None:
    """A stamp over the signature leaves OCR debris ("š", "Ca") where the name was: no signer, not "š"."""
    for tail, want in (("GIÁM ĐỐC\nCa\nš\n", None), ("GIÁM ĐỐC\nPhan Thj Thu Hien\n", "Phan Thj Thu Hien")):
        text = PLAN.split("GIÁM ĐỐC\n")[0] + tail
        doc = LoadedDocument(doc_id="qt", path="", format="txt", text=text)
        assert extract_metadata(doc, parse_outline(doc)).signer == want


def test_title_that_reads_like_a_preamble_opener() -> None:
    text = PLAN.replace("Thực hiện công tác cải cách hành chính năm 2026 của Sở Tư pháp\n",
                        "Thực hiện công tác cải cách hành chính năm 2026\n"
                        "Thực hiện Kế hoạch số 95/KH-UBND ngày 05/01/2026 của UBND tỉnh Quảng Trị;\n")
    doc = LoadedDocument(doc_id="qt", path="", format="txt", text=text)
    meta = extract_metadata(doc, parse_outline(doc))
    assert meta.title == "Thực hiện công tác cải cách hành chính năm 2026"
    assert meta.implements_number == "95/KH-UBND"


@pytest.mark.parametrize(("head", "issuer", "province"), [
    ("ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\n", "Ủy ban nhân dân tỉnh Hà Tĩnh", "Hà Tĩnh"),  # "Tĩnh" folds to "tinh"
    ("BỘ TÀI CHÍNH\nCỤC THUẾ\n", "Cục Thuế", None),  # "Thuế" contains no "Huế"
])
def test_province_is_named_once_and_only_when_there_is_one(head: str, issuer: str, province: str | None) -> None:
    text = head + "Số: 26/KH-UBND Hà Nội, ngày 16 tháng 01 năm 2026\nKẾ HOẠCH\nCải cách hành chính năm 2026\n" \
        "I. MỤC ĐÍCH\n- Nâng cao chất lượng.\n"
    doc = LoadedDocument(doc_id="x", path="", format="txt", text=text)
    meta = extract_metadata(doc, parse_outline(doc))
    assert (meta.issuer, meta.province) == (issuer, province)
