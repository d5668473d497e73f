"""Cross-plan questions (two plans of one split), off-domain messages and questions naming a plan that does not exist."""

from __future__ import annotations

from typing import Any

from eval.varied5.content_a import GIA_LAI, HUE
from eval.varied5.content_b import SXD_HUE, TAY_HO
from eval.varied5.content_c import QUANG_TRI, SOTC_HCM
from eval.varied5.content_d import CA_MAU, TUYEN_QUANG
from eval.varied5.content_e import KHANH_HOA, VHTTDL_TQ
from eval.varied5.content_f import CAN_GIO, HAI_QUAN
from eval.varied5.qa_util import N, X, day, row, sent


def cross_dev() -> list[dict[str, Any]]:
    """Dev items spanning two dev plans, plus off-domain and mixed messages filed under dev plans."""
    return [
        X([SXD_HUE.file, HUE.file], "when",
          "Sở Xây dựng Huế phải gửi báo cáo năm trước ngày nào, còn UBND thành phố Huế báo cáo năm lên Bộ Nội vụ trước ngày nào?",
          [day("25/11/2026"), day("10/12/2026")],
          [sent(SXD_HUE, "Văn phòng Sở tổng hợp, tham mưu Giám đốc Sở", "25/11/2026."),
           sent(HUE, "Sở Nội vụ tham mưu UBND thành phố báo cáo Bộ Nội vụ", "10/12/2026.")]),
        X([SXD_HUE.file, HUE.file], "lookup",
          "Kế hoạch của thành phố mà Sở Xây dựng Huế triển khai do ai ký?",
          ["Tôn Thất Khiêm"],
          [sent(SXD_HUE, "Thực hiện Kế hoạch số 11/KH-UBND", "năm 2026;"), sent(HUE, "UBND các xã, phường; - Lưu", "Tôn Thất Khiêm")]),
        X([GIA_LAI.file, QUANG_TRI.file], "target",
          "So sanh chi tieu ho so TTHC giai quyet truc tuyen toan trinh nam 2026 cua Gia Lai va Quang Tri",
          ["82%", "80%"],
          [sent(GIA_LAI, "Tối thiểu 82%", "toàn trình."), sent(QUANG_TRI, "Tối thiểu 80% hồ sơ TTHC", "toàn trình.")], strip=True),
        N(TAY_HO.file, "Hôm nay Hà Nội có mưa không?", ("mưa",)),
        N(SOTC_HCM.file, "Giá vàng SJC hôm nay bao nhiêu một lượng?", ("vàng",)),
        N(HUE.file, "How do I cook bun bo Hue at home?", ("bún",), en=True),
        N(GIA_LAI.file, "Kế hoạch 08/KH-UBND của Gia Lai quy định mức phụ cấp cho công chức bộ phận một cửa là bao nhiêu?",
          ("phụ cấp",)),
        N(QUANG_TRI.file, "Quyet dinh 74/QD-UBND cua Quang Tri quy dinh muc luong cho cong chuc dac khu Con Co bao nhieu?",
          ("lương",), strip=True),
        N(GIA_LAI.file, "Kế hoạch CCHC 2026 của xã Ia Grai giao ai số hóa sổ hộ tịch?", ("Ia Grai",)),
    ]


def cross_test() -> list[dict[str, Any]]:
    """Test items spanning two test plans, plus off-domain and mixed messages filed under test plans."""
    return [
        X([VHTTDL_TQ.file, TUYEN_QUANG.file], "lookup",
          "Kế hoạch CCHC của tỉnh mà Sở VHTTDL Tuyên Quang thực hiện được ban hành ngày nào và do ai ký?",
          [day("07/01/2026"), "Hoàng Văn Sùng"],
          [sent(VHTTDL_TQ, "Thực hiện Kế hoạch số 05/KH-UBND", "năm 2026;"),
           sent(TUYEN_QUANG, "UBND các xã, phường; - Lưu: VT, NC.", "Hoàng Văn Sùng")]),
        X([TUYEN_QUANG.file, VHTTDL_TQ.file], "multi",
          "Cấp phép lữ hành nội địa và quốc tế trực tuyến toàn trình: tỉnh Tuyên Quang giao cho sở nào, và trong sở đó phòng nào chủ trì?",
          ["Sở Văn hóa, Thể thao và Du lịch", "Phòng Quản lý du lịch"],
          [row(TUYEN_QUANG, "Cấp giấy phép kinh doanh dịch vụ lữ hành"),
           sent(VHTTDL_TQ, "Cấp giấy phép kinh doanh dịch vụ lữ hành", "Quý III/2026.")]),
        X([CA_MAU.file, KHANH_HOA.file], "when",
          "Báo cáo CCHC năm: Sở NN&MT Cà Mau gửi UBND tỉnh trước ngày nào, còn các sở, ngành của Khánh Hòa gửi trước ngày nào?",
          [day("22/11/2026"), day("16/11/2026")],
          [sent(CA_MAU, "Văn phòng Sở tổng hợp, tham mưu Giám đốc Sở", "22/11/2026."),
           sent(KHANH_HOA, "Các sở, ban, ngành tỉnh và UBND các xã, phường, đặc khu Trường Sa", "16/11/2026.")]),
        N(KHANH_HOA.file, "Dự báo thời tiết Nha Trang cuối tuần này thế nào?", ("thời tiết",)),
        N(CAN_GIO.file, "Cách làm gỏi cuốn tôm thịt ngon?", ("gỏi",)),
        N(HAI_QUAN.file, "Who won the 2026 World Cup final?", ("World Cup",), en=True),
        N(CA_MAU.file, "Kế hoạch 39/KH-SNNMT của Cà Mau quy định mức hỗ trợ cho ngư dân nộp hồ sơ trực tuyến là bao nhiêu?",
          ("mức hỗ trợ",)),
        N(TUYEN_QUANG.file, "Kế hoạch 05/KH-UBND của Tuyên Quang giao bao nhiêu chỉ tiêu biên chế cho các xã biên giới?",
          ("biên chế",)),
        N(KHANH_HOA.file, "Kế hoạch CCHC 2026 của phường Nha Trang giao ai số hóa hồ sơ hộ tịch?", ("phường Nha Trang",)),
    ]
