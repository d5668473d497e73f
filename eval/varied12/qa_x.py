"""Cross-plan questions (two plans of one split)."""

from __future__ import annotations

from typing import Any

from eval.varied8.qa_util import X, cells, day, sent
from eval.varied12.content_a import DANG_KIEM, SXD_TAY_NINH
from eval.varied12.content_b import CDC_NINH_BINH, HAI_CHAU
from eval.varied12.content_c import KKT_QUANG_TRI, PHU_QUOC
from eval.varied12.content_d import HANG_HAI, SIN_HO


def cross_dev() -> list[dict[str, Any]]:
    """Dev: two online-filing targets, two annual report deadlines, two leads of digital signing (English)."""
    return [
        X([SXD_TAY_NINH.file, DANG_KIEM.file], "target",
          "So sánh chỉ tiêu tỷ lệ hồ sơ nộp trực tuyến năm 2026 của Sở Xây dựng Tây Ninh và Cục Đăng kiểm.",
          ["80%", "90%"],
          [sent(SXD_TAY_NINH, "Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến", "80%."),
           sent(DANG_KIEM, "Tối thiểu 90% hồ sơ", "trực tuyến.")]),
        X([SXD_TAY_NINH.file, HAI_CHAU.file], "when",
          "hạn BC năm CCHC của VP Sở XD Tây Ninh và của VP HĐND-UBND phường Hải Châu lệch nhau mấy ngày, mỗi bên ngày nào?",
          [day("18/11/2026"), day("15/11/2026")],
          [sent(SXD_TAY_NINH, "Văn phòng Sở là đầu mối theo dõi", "18/11/2026."),
           sent(HAI_CHAU, "Tổng hợp, báo cáo UBND thành phố (qua Sở Nội vụ)", "15/11/2026.")]),
        X([SXD_TAY_NINH.file, CDC_NINH_BINH.file], "who",
          "Who leads digital signing of outgoing documents at the Tay Ninh Department of Construction, and who at the "
          "Ninh Binh CDC?", ["Văn phòng Sở", "Phòng Tổ chức - Hành chính"],
          [cells(SXD_TAY_NINH, "Ký số văn bản đi"), cells(CDC_NINH_BINH, "Ký số 100%")], en=True),
    ]


def cross_test() -> list[dict[str, Any]]:
    """Test: two satisfaction targets, two annual report deadlines, two leads of civil-status digitisation (English)."""
    return [
        X([PHU_QUOC.file, KKT_QUANG_TRI.file], "target",
          "chỉ tiêu hài lòng 2026 của đặc khu Phú Quốc và của BQL KKT Quảng Trị mỗi bên bao nhiêu %?",
          ["93%", "85%"],
          [sent(PHU_QUOC, "Mức độ hài lòng của người dân, doanh nghiệp đạt tối thiểu", "93%."),
           sent(KKT_QUANG_TRI, "Tối thiểu 85% doanh nghiệp hài lòng", "thủ tục hành chính.")]),
        X([HANG_HAI.file, SIN_HO.file], "when",
          "Hạn gửi báo cáo năm CCHC 2026: Văn phòng Cục Hàng hải và Đường thủy và VP HĐND-UBND xã Sìn Hồ?",
          [day("15/11/2026"), day("11/11/2026")],
          [sent(HANG_HAI, "Văn phòng Cục tổng hợp, báo cáo Bộ Xây dựng", "15/11/2026."),
           sent(SIN_HO, "Văn phòng HĐND và UBND xã là đầu mối", "11/11/2026.")]),
        X([PHU_QUOC.file, SIN_HO.file], "who",
          "Who leads the digitisation of the civil-status (hộ tịch) registers in Phu Quoc special zone and in Sin Ho "
          "commune?", ["Văn phòng HĐND và UBND đặc khu", "Văn phòng HĐND và UBND xã"],
          [cells(PHU_QUOC, "Số hóa sổ hộ tịch"), cells(SIN_HO, "Số hóa sổ hộ tịch")], en=True),
    ]
