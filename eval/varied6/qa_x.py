"""Cross-plan questions (two plans of one split), off-domain messages, wrong years and units or plans never named."""

from __future__ import annotations

from typing import Any

from eval.varied6.content_a import LAM_DONG, TRUNG_KHANH
from eval.varied6.content_b import BCD_CAN_THO, BO_Y_TE
from eval.varied6.content_c import HAI_PHONG, STP_THANH_HOA
from eval.varied6.content_d import DA_NANG, DIEN_BIEN
from eval.varied6.content_e import SYT_LANG_SON, TAM_DUONG
from eval.varied6.content_f import BO_GDDT, SKHCN_HUNG_YEN
from eval.varied6.qa_util import N, X, day, quarter, report, row, sent


def cross_dev() -> list[dict[str, Any]]:
    """Dev items spanning two dev plans, plus off-domain and near-miss messages filed under dev plans."""
    return [
        X([LAM_DONG.file, HAI_PHONG.file], "target",
          "So sanh chi tieu ho so TTHC giai quyet truc tuyen toan trinh nam 2026 cua Lam Dong va Hai Phong",
          ["84%", "88%"],
          [sent(LAM_DONG, "Tối thiểu 84% hồ sơ", "toàn trình."), sent(HAI_PHONG, "Tối thiểu 88% hồ sơ TTHC", "toàn trình.")],
          strip=True),
        X([TRUNG_KHANH.file, LAM_DONG.file], "when",
          "Báo cáo CCHC năm: xã Trùng Khánh gửi trước ngày nào, còn các sở, ngành của Lâm Đồng gửi trước ngày nào?",
          [["14 tháng 11 năm 2026", "14/11/2026"], day("16/11/2026")],
          [sent(TRUNG_KHANH, "Văn phòng HĐND và UBND xã tham mưu UBND xã báo cáo", "năm 2026."),
           sent(LAM_DONG, "Các sở, ban, ngành tỉnh, UBND các xã, phường, đặc khu báo cáo", "16/11/2026.")]),
        X([STP_THANH_HOA.file, HAI_PHONG.file], "multi",
          "Sở Tư pháp Thanh Hóa và Sở Tư pháp Hải Phòng đều có việc về hộ tịch: mỗi nơi làm gì và hạn khi nào?",
          [["sổ hộ tịch", "số hóa"], quarter("IV"), ["làm sạch dữ liệu hộ tịch", "dữ liệu hộ tịch"], "6 tháng cuối năm 2026"],
          [row(STP_THANH_HOA, "Số hóa sổ hộ tịch"), row(HAI_PHONG, "Làm sạch dữ liệu hộ tịch")]),
        N(LAM_DONG.file, "Thời tiết Đà Lạt cuối tuần này thế nào?", ("thời tiết",)),
        N(HAI_PHONG.file, "Cách nấu bánh đa cua Hải Phòng ngon?", ("bánh đa",)),
        N(BO_Y_TE.file, "What is the US dollar exchange rate today?", ("dollar", "đô la"), en=True),
        N(LAM_DONG.file, "Kế hoạch 19/KH-UBND của Lâm Đồng quy định mức hỗ trợ cho công chức cấp xã học kỹ năng số là bao nhiêu?",
          ("mức hỗ trợ",)),
        N(TRUNG_KHANH.file, "Ke hoach CCHC nam 2025 cua xa Trung Khanh giao ai so hoa so ho tich?", ("năm 2025",), strip=True),
        N(LAM_DONG.file, "Sở Công Thương Lâm Đồng được giao nhiệm vụ CCHC gì trong kế hoạch 19/KH-UBND?", ("Sở Công Thương",)),
        N(BCD_CAN_THO.file, "Kế hoạch CCHC 2026 của phường Ninh Kiều giao ai kiểm tra hồ sơ đất đai?", ("Ninh Kiều",)),
    ]


def cross_test() -> list[dict[str, Any]]:
    """Test items spanning two test plans, plus off-domain and near-miss messages filed under test plans."""
    return [
        X([DA_NANG.file, DIEN_BIEN.file], "when",
          "Hạn gửi báo cáo CCHC năm của các sở, ngành: ở Đà Nẵng là ngày nào, ở Điện Biên là ngày nào?",
          [day("19/11/2026"), ["15 tháng 11 năm 2026", "15/11/2026"]],
          [report(DA_NANG, "Các sở, ban, ngành", "Năm"),
           sent(DIEN_BIEN, "Các sở, ban, ngành, UBND các xã, phường báo cáo", "năm 2026.")]),
        X([TAM_DUONG.file, DIEN_BIEN.file], "target",
          "So sanh chi tieu ho so TTHC nop truc tuyen cua xa Tam Duong va tinh Dien Bien nam 2026",
          ["68%", "75%"],
          [sent(TAM_DUONG, "Tối thiểu 68% hồ sơ TTHC", "nộp trực tuyến."), sent(DIEN_BIEN, "Tối thiểu 75% hồ sơ TTHC", "qua DVCTT.")],
          strip=True),
        X([SYT_LANG_SON.file, SKHCN_HUNG_YEN.file], "lookup",
          "Who signed the 2026 reform plans of the Lang Son Health Department and the Hung Yen Science and Technology Department?",
          ["Hoàng Thị Mai Lan", "Đoàn Văn Thái"],
          [sent(SYT_LANG_SON, "Các phòng, đơn vị thuộc Sở; - Lưu", "Hoàng Thị Mai Lan"),
           sent(SKHCN_HUNG_YEN, "Các phòng, đơn vị thuộc Sở; - Lưu", "Đoàn Văn Thái")], en=True),
        N(DA_NANG.file, "Giá xăng RON 95 hôm nay bao nhiêu một lít?", ("xăng",)),
        N(TAM_DUONG.file, "Cách nấu thắng cố ngon?", ("thắng cố",)),
        N(DA_NANG.file, "Recommend a good hotel near My Khe beach in Da Nang", ("khách sạn", "Mỹ Khê"), en=True),
        N(SYT_LANG_SON.file, "Kế hoạch 21/KH-SYT của Lạng Sơn quy định mức lương cho bác sĩ trạm y tế xã là bao nhiêu?", ("lương",)),
        N(DIEN_BIEN.file, "Ke hoach CCHC nam 2025 cua tinh Dien Bien dat chi tieu DVCTT bao nhieu?", ("năm 2025",), strip=True),
        N(SYT_LANG_SON.file, "Trong kế hoạch của Sở Y tế Lạng Sơn, Phòng Quản lý hành nghề được giao việc gì?",
          ("Phòng Quản lý hành nghề",)),
        N(BO_GDDT.file, "Kế hoạch CCHC 2026 của Sở Giáo dục và Đào tạo Hà Nội giao ai số hóa học bạ?", ("học bạ",)),
    ]
