"""Cross-plan questions (two plans of one split), off-domain messages, wrong years and units or plans never named."""

from __future__ import annotations

from typing import Any

from eval.varied7.content_a import BQL_BAC_NINH, PHU_THO
from eval.varied7.content_b import BAT_XAT, HOA_LU
from eval.varied7.content_c import QUANG_NGAI, STC_HA_TINH
from eval.varied7.content_d import DH_HUE, SCT_GIA_LAI
from eval.varied7.content_e import EA_SUP, VUNG_TAU
from eval.varied7.content_f import LN_THAI_NGUYEN, SNV_TAY_NINH
from eval.varied7.qa_util import N, X, day, in_quarter, report, sent


def cross_dev() -> list[dict[str, Any]]:
    """Dev items spanning two dev plans, plus off-domain and near-miss messages filed under dev plans."""
    return [
        X([PHU_THO.file, QUANG_NGAI.file], "target",
          "So sánh chỉ tiêu hồ sơ TTHC giải quyết trực tuyến toàn trình năm 2026 của Phú Thọ và Quảng Ngãi",
          ["85%", "82%"], [sent(PHU_THO, "Tối thiểu 85% hồ sơ", "toàn trình."), sent(QUANG_NGAI, "Tối thiểu 82% hồ sơ", "toàn trình.")],
          strip=True),
        X([BQL_BAC_NINH.file, STC_HA_TINH.file], "when",
          "Báo cáo CCHC quý gửi Sở Nội vụ: Ban Quản lý các KCN Bắc Ninh hạn ngày nào, Sở Tài chính Hà Tĩnh hạn ngày nào?",
          [in_quarter("12"), in_quarter("15")],
          [sent(BQL_BAC_NINH, "Văn phòng Ban là đầu mối", "10/11/2026."),
           sent(STC_HA_TINH, "Tổng hợp báo cáo cải cách hành chính quý", "15/12/2026.")]),
        X([HOA_LU.file, BAT_XAT.file], "lookup",
          "How much does each of Hoa Lu ward and Bat Xat commune budget for its 2026 administrative reform plan?",
          [["85 triệu"], ["50 triệu"]],
          [sent(HOA_LU, "Kinh phí thực hiện Kế hoạch là 85", "giấy phép xây dựng."), sent(BAT_XAT, "Kinh phí thực hiện là 50", "năm 2026.")],
          en=True),
        N(PHU_THO.file, "Thời tiết Phú Thọ cuối tuần này thế nào?", ("thời tiết",)),
        N(STC_HA_TINH.file, "Công thức nấu bún cá Hà Tĩnh ngon?", ("bún",)),
        N(QUANG_NGAI.file, "What is the gold price today?", ("gold", "giá vàng"), en=True),
        N(BAT_XAT.file, "Ke hoach CCHC nam 2025 cua xa Bat Xat dat chi tieu nop truc tuyen bao nhieu?", ("năm 2025",), strip=True),
        N(PHU_THO.file, "Sở Công Thương Phú Thọ được giao nhiệm vụ gì trong kế hoạch 23/KH-UBND?", ("Sở Công Thương",)),
        N(PHU_THO.file, "Kế hoạch CCHC 2026 của phường Việt Trì giao ai số hóa sổ hộ tịch?", ("Việt Trì",)),
        N(STC_HA_TINH.file, "Kế hoạch 31/KH-STC của Sở Tài chính Hà Tĩnh quy định mức chi hỗ trợ cho công chức một cửa là bao nhiêu?",
          ("mức chi",)),
    ]


def cross_test() -> list[dict[str, Any]]:
    """Test items spanning two test plans, plus off-domain and near-miss messages filed under test plans."""
    return [
        X([SCT_GIA_LAI.file, SNV_TAY_NINH.file], "target",
          "So sánh tỷ lệ hài lòng mục tiêu năm 2026 của Sở Công Thương Gia Lai và Sở Nội vụ Tây Ninh",
          ["90%", "92%"], [sent(SCT_GIA_LAI, "Tối thiểu 90% tổ chức", "của Sở."), sent(SNV_TAY_NINH, "Tối thiểu 92% người dân", "của Sở.")],
          strip=True),
        X([VUNG_TAU.file, EA_SUP.file], "when",
          "Hạn gửi báo cáo CCHC năm: phường Vũng Tàu là ngày nào, xã Ea Súp là ngày nào?",
          [day("12/11/2026"), day("14/11/2026")],
          [sent(VUNG_TAU, "Văn phòng HĐND và UBND phường tổng hợp", "12/11/2026."),
           sent(EA_SUP, "Văn phòng HĐND và UBND xã tham mưu", "14/11/2026.")]),
        X([DH_HUE.file, LN_THAI_NGUYEN.file], "when",
          "When are the annual reports due: Hue University's to the Ministry of Education, and each Thai Nguyen department's under the joint plan?",
          [day("20/11/2026"), day("10/12/2026")],
          [report(DH_HUE, "Đại học Huế", "Năm"), sent(LN_THAI_NGUYEN, "Mỗi Sở báo cáo UBND tỉnh", "10/12/2026.")], en=True),
        N(VUNG_TAU.file, "Giá xăng RON 95 hôm nay bao nhiêu?", ("xăng",)),
        N(SCT_GIA_LAI.file, "Cách nấu bún chả cá Quy Nhơn?", ("bún",)),
        N(VUNG_TAU.file, "Recommend a seafood restaurant near Bai Sau beach", ("nhà hàng", "hải sản"), en=True),
        N(EA_SUP.file, "Ke hoach CCHC nam 2025 cua xa Ea Sup dat chi tieu bao nhieu phan tram ho so truc tuyen?", ("năm 2025",),
          strip=True),
        N(SNV_TAY_NINH.file, "Trong kế hoạch của Sở Nội vụ Tây Ninh, Phòng Thi đua - Khen thưởng được giao việc gì?", ("Thi đua",)),
        N(DH_HUE.file, "Kế hoạch CCHC 2026 của Trường Đại học Kinh tế Huế giao ai số hóa hồ sơ sinh viên?", ("Đại học Kinh tế",)),
        N(SCT_GIA_LAI.file, "Kế hoạch 17/KH-SCT của Gia Lai quy định mức phụ cấp cho công chức một cửa là bao nhiêu?", ("phụ cấp",)),
    ]
