"""Cross-plan questions (two plans of one split) and off-topic questions asked about one plan."""

from __future__ import annotations

from typing import Any

from eval.varied8.qa_util import N, X, cells, day, quarter, sent
from eval.varied9.content_a import LANG_SON, NINH_BINH
from eval.varied9.content_b import CUC_DUONG_BO, DONG_VAN
from eval.varied9.content_c import DH_TAY_NGUYEN, THU_DAU_MOT
from eval.varied9.content_d import PC06_CA_MAU, THUE_DONG_THAP


def cross_dev() -> list[dict[str, Any]]:
    """Dev: two 6-month report deadlines, two online targets, two leads (English), one off-topic question."""
    return [
        X([LANG_SON.file, DONG_VAN.file], "when",
          "Sở Nội vụ Lạng Sơn và Văn phòng HĐND-UBND xã Đồng Văn: hạn báo cáo CCHC 6 tháng năm 2026 của mỗi bên là ngày nào?",
          [day("12/6/2026"), day("16/6/2026")],
          [sent(LANG_SON, "Sở Nội vụ là cơ quan thường trực", "12/11/2026."),
           sent(DONG_VAN, "Văn phòng HĐND và UBND xã tham mưu Chủ tịch", "16/11/2026.")]),
        X([LANG_SON.file, DONG_VAN.file], "target",
          "So sánh chỉ tiêu hồ sơ trực tuyến năm 2026 của tỉnh Lạng Sơn và của xã Đồng Văn.",
          ["85%", "60%"],
          [sent(LANG_SON, "Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình", "85%."),
           sent(DONG_VAN, "Tối thiểu 60% hồ sơ", "nộp trực tuyến.")]),
        X([NINH_BINH.file, CUC_DUONG_BO.file], "who",
          "Which units lead the digital-signature task at the Ninh Binh Department of Finance and the driving-licence data "
          "connection at the Vietnam Road Administration?",
          ["Văn phòng Sở", "Trung tâm Công nghệ thông tin"],
          [cells(NINH_BINH, "Áp dụng chữ ký số"), cells(CUC_DUONG_BO, "Kết nối dữ liệu giấy phép lái xe")], en=True),
        N(LANG_SON.file, "Giá vé xe khách Lạng Sơn - Hà Nội hiện nay bao nhiêu tiền?", ("vé xe",)),
    ]


def cross_test() -> list[dict[str, Any]]:
    """Test: two annual report deadlines, two online targets, two deadlines (English), one off-topic question."""
    return [
        X([THU_DAU_MOT.file, DH_TAY_NGUYEN.file], "when",
          "Hạn gửi báo cáo CCHC năm 2026 của VP HĐND-UBND phường Thủ Dầu Một và của Phòng TCCB trường ĐH Tây Nguyên?",
          [day("14/11/2026"), day("20/11/2026")],
          [sent(THU_DAU_MOT, "Văn phòng HĐND và UBND phường là đầu mối", "14/11/2026."),
           sent(DH_TAY_NGUYEN, "Tổng hợp, báo cáo Bộ Giáo dục và Đào tạo", "20/11/2026.")]),
        X([THUE_DONG_THAP.file, PC06_CA_MAU.file], "target",
          "Thuế tỉnh Đồng Tháp và PC06 Cà Mau đặt chỉ tiêu trực tuyến bao nhiêu (doanh nghiệp nộp thuế điện tử / hồ sơ cư trú)?",
          ["98%", "90%"],
          [sent(THUE_DONG_THAP, "Tối thiểu 98% người nộp thuế", "nộp thuế điện tử."),
           sent(PC06_CA_MAU, "Tối thiểu 90% hồ sơ đăng ký cư trú", "trực tuyến.")]),
        X([THU_DAU_MOT.file, DH_TAY_NGUYEN.file], "when",
          "What are the deadlines for digitising civil-status records in Thu Dau Mot ward and for digitising theses at "
          "Tay Nguyen University?",
          [quarter("IV"), day("30/11/2026")],
          [cells(THU_DAU_MOT, "Số hóa hồ sơ hộ tịch"), cells(DH_TAY_NGUYEN, "Số hóa luận văn")], en=True),
        N(PC06_CA_MAU.file, "Thời tiết Cà Mau tuần này có mưa không?", ("thời tiết",)),
    ]
