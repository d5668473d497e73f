"""Cross-plan questions (two plans of one split)."""

from __future__ import annotations

from typing import Any

from eval.varied8.qa_util import X, day, sent, sub
from eval.varied13.content_a import CA_MAU, KHCN_BAC_NINH, VP_T
from eval.varied13.content_b import BAC_HA, LONG_BIEN, TT_X, VP_X
from eval.varied13.content_c import CUC_SHTT, SCT_HAI_PHONG
from eval.varied13.content_d import CA_D, CON_DAO, PVHCC_GIA_LAI


def cross_dev() -> list[dict[str, Any]]:
    """Dev: two satisfaction targets, two annual report deadlines, two leads of civil-status digitisation (English)."""
    return [
        X([CA_MAU.file, LONG_BIEN.file], "target",
          "So sánh chỉ tiêu mức độ hài lòng năm 2026 của tỉnh Cà Mau và của phường Long Biên.", ["92%", "95%"],
          [sent(CA_MAU, "Mức độ hài lòng của người dân, doanh nghiệp đạt tối thiểu", "92%."),
           sent(LONG_BIEN, "Mức độ hài lòng của người dân đạt tối thiểu", "95%.")]),
        X([CA_MAU.file, KHCN_BAC_NINH.file], "when",
          "hạn gửi BC năm CCHC 2026 ở Cà Mau (Sở Nội vụ tham mưu) và ở VP Sở KHCN Bắc Ninh lần lượt là ngày nào?",
          [day("14/11/2026"), day("15/11/2026")],
          [sent(CA_MAU, "Sở Nội vụ là cơ quan thường trực", "14/11/2026."),
           sent(KHCN_BAC_NINH, "Tổng hợp, báo cáo UBND tỉnh (qua Sở Nội vụ)", "15/11/2026.")]),
        X([CA_MAU.file, BAC_HA.file], "who",
          "Who leads the digitisation of the civil-status (hộ tịch) registers in Ca Mau province and in Bac Ha commune?",
          [VP_T, VP_X],
          sub(CA_MAU, "Số hóa hồ sơ, kết quả giải quyết", "Số hóa sổ hộ tịch")
          + [sent(BAC_HA, "Trong tháng 7/2026, Văn phòng", f"phối hợp với {TT_X}.")], en=True),
    ]


def cross_test() -> list[dict[str, Any]]:
    """Test: two online-filing targets, two annual report deadlines, two leads of electronic-ID work (English)."""
    return [
        X([SCT_HAI_PHONG.file, CON_DAO.file], "target",
          "chỉ tiêu tỷ lệ hồ sơ nộp trực tuyến 2026 của Sở Công Thương HP và của đặc khu Côn Đảo mỗi bên bao nhiêu %?",
          ["85%", "70%"],
          [sent(SCT_HAI_PHONG, "Tối thiểu 85% hồ sơ", "trực tuyến."),
           sent(CON_DAO, "Tối thiểu 70% hồ sơ", "trực tuyến.")]),
        X([CUC_SHTT.file, PVHCC_GIA_LAI.file], "when",
          "Hạn báo cáo năm CCHC 2026: Văn phòng Cục SHTT và TT PVHCC Gia Lai, mỗi bên ngày nào?",
          [day("12/11/2026"), day("13/11/2026")],
          [sent(CUC_SHTT, "Tổng hợp, báo cáo Bộ Khoa học và Công nghệ", "12/11/2026."),
           sent(PVHCC_GIA_LAI, "Phòng Hành chính - Tổng hợp tham mưu", "13/11/2026.")]),
        X([CON_DAO.file, PVHCC_GIA_LAI.file], "who",
          "Who is in charge of electronic identification (định danh điện tử) accounts in Con Dao special zone, and who "
          "at the Gia Lai public administrative service centre?", [CA_D, "Chi nhánh Trung tâm tại phường Quy Nhơn"],
          [sent(CON_DAO, f"{CA_D}: a) Chủ trì, phối hợp", "tháng 10/2026."),
           sent(PVHCC_GIA_LAI, "Chi nhánh Trung tâm tại phường Quy Nhơn chủ trì", "30/4/2026.")], en=True),
    ]
