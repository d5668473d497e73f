"""Cross-plan questions (each needs two plans of the same split) and off-domain messages of batch 4."""

from __future__ import annotations

from typing import Any

from eval.varied4.content_a import MAI_SON, SON_LA
from eval.varied4.content_b import BAC_NINH, HAI_PHONG
from eval.varied4.content_c import AN_GIANG, BO_CONG_THUONG
from eval.varied4.content_d import DONG_NAI
from eval.varied4.content_e import DA_NANG, KINH_BAC
from eval.varied4.qa_util import N, X, day


def cross_dev() -> list[dict[str, Any]]:
    """Dev questions spanning two dev plans, plus off-domain messages filed under dev plans."""
    return [
        X([SON_LA.file, MAI_SON.file], "target",
          "Chỉ tiêu hồ sơ TTHC trực tuyến năm 2026 của tỉnh Sơn La và của xã Mai Sơn lần lượt là bao nhiêu?",
          ["80%", "70%"],
          ["Tối thiểu 80% hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến toàn trình.",
           "Tối thiểu 70% hồ sơ thủ tục hành chính của xã được tiếp nhận trực tuyến."]),
        X([MAI_SON.file, SON_LA.file], "lookup",
          "Xã Mai Sơn thực hiện kế hoạch CCHC số mấy của tỉnh Sơn La, và kế hoạch đó của tỉnh do ai ký?",
          ["12/KH-UBND", "Cầm Văn Thoại"],
          ["Thực hiện Kế hoạch số 12/KH-UBND ngày 09/01/2026 của UBND tỉnh Sơn La về cải cách hành chính nhà nước tỉnh Sơn La năm 2026",
           "- Lưu: VT, NC. TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Cầm Văn Thoại"]),
        X([HAI_PHONG.file, DONG_NAI.file], "when",
          "Sở Y tế Hải Phòng và Sở Tư pháp Đồng Nai mỗi bên phải gửi báo cáo CCHC năm trước ngày nào?",
          [day("30/11/2026"), day("25/11/2026")],
          ["Báo cáo năm | Sở Y tế | UBND thành phố (qua Sở Nội vụ); Bộ Y tế | Trước ngày 30/11/2026",
           "Văn phòng Sở tổng hợp, tham mưu Giám đốc Sở báo cáo UBND tỉnh (qua Sở Nội vụ) trước ngày 12 của tháng cuối quý; báo cáo năm trước ngày 25/11/2026."],
          strip=True),
        N(MAI_SON.file, "Cho tôi công thức nấu phở bò ngon", ("phở",)),
        N(BO_CONG_THUONG.file, "What is the US dollar to dong exchange rate today?", ("tỷ giá",), en=True),
    ]


def cross_test() -> list[dict[str, Any]]:
    """Test questions spanning two test plans, plus off-domain messages filed under test plans."""
    return [
        X([KINH_BAC.file, BAC_NINH.file], "multi",
          "Phường Kinh Bắc gửi báo cáo CCHC năm qua Sở Nội vụ trước ngày nào, và UBND tỉnh Bắc Ninh gửi báo cáo năm cho Bộ Nội vụ trước ngày nào?",
          [day("01/12/2026"), day("15/12/2026")],
          ["Văn phòng HĐND và UBND phường tổng hợp, tham mưu UBND phường báo cáo UBND tỉnh (qua Sở Nội vụ) trước ngày 10 của tháng cuối quý; báo cáo 6 tháng trước ngày 10/6/2026; báo cáo năm trước ngày 01/12/2026.",
           "Báo cáo năm của tỉnh | UBND tỉnh (Sở Nội vụ tham mưu) | Bộ Nội vụ | Trước ngày 15/12/2026"]),
        X([BAC_NINH.file, KINH_BAC.file], "lookup",
          "Kế hoạch CCHC 2026 của Sở Nội vụ Bắc Ninh và của phường Kinh Bắc cùng thực hiện kế hoạch số mấy của UBND tỉnh?",
          ["09/KH-UBND"],
          ["Thực hiện Kế hoạch số 09/KH-UBND ngày 05/01/2026 của UBND tỉnh Bắc Ninh về cải cách hành chính nhà nước năm 2026",
           "Kế hoạch số 09/KH-UBND ngày 05/01/2026 của UBND tỉnh Bắc Ninh."]),
        X([DA_NANG.file, AN_GIANG.file], "when",
          "Theo kế hoạch CCHC 2026 của Sở GD&ĐT Đà Nẵng và của tỉnh An Giang, báo cáo 6 tháng phải gửi trước ngày nào?",
          [day("10/6/2026")],
          ["Văn phòng Sở tổng hợp, tham mưu Giám đốc Sở báo cáo UBND thành phố (qua Sở Nội vụ) trước ngày 10 của tháng cuối quý; báo cáo 6 tháng trước ngày 10/6/2026",
           "báo cáo định kỳ hằng quý về UBND tỉnh (qua Sở Nội vụ) trước ngày 10 của tháng cuối quý; báo cáo 6 tháng trước ngày 10/6/2026"]),
        N(KINH_BAC.file, "Cho tôi xin mẫu đơn xin nghỉ phép năm", ("nghỉ phép",)),
    ]
