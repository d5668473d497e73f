"""Cross-plan questions (two plans of one split)."""

from __future__ import annotations

from typing import Any

from eval.varied6.qa_util import report
from eval.varied8.qa_util import X, cells, day, sent
from eval.varied11.content_a import GDDT_LAM_DONG, SCT_VINH_LONG
from eval.varied11.content_b import CUC_VIEC_LAM, MU_CANG_CHAI
from eval.varied11.content_c import BUON_MA_THUOT, DH_CAN_THO, VP
from eval.varied11.content_d import BHXH_THAI_NGUYEN, BV_YDCT_QUANG_TRI


def cross_dev() -> list[dict[str, Any]]:
    """Dev: two online-filing targets, two annual report deadlines, two leads (English)."""
    return [
        X([SCT_VINH_LONG.file, CUC_VIEC_LAM.file], "target",
          "So sánh chỉ tiêu tỷ lệ hồ sơ nộp trực tuyến 2026 của SCT Vĩnh Long và Cục Việc làm.",
          ["85%", "80%"],
          [sent(SCT_VINH_LONG, "Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến", "85%."),
           sent(CUC_VIEC_LAM, "Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến", "80%.")]),
        X([GDDT_LAM_DONG.file, MU_CANG_CHAI.file], "when",
          "hạn BC năm CCHC: VP Sở GDĐT Lâm Đồng và VP HĐND-UBND xã Mù Cang Chải là ngày nào?",
          [day("16/11/2026"), day("13/11/2026")],
          [sent(GDDT_LAM_DONG, "Tổng hợp, báo cáo UBND tỉnh (qua Sở Nội vụ)", "16/11/2026."),
           sent(MU_CANG_CHAI, "Văn phòng HĐND và UBND xã là đầu mối", "13/11/2026.")]),
        X([CUC_VIEC_LAM.file, SCT_VINH_LONG.file], "who",
          "Which units lead the digital-signature rollout at the Employment Department and the digitisation of valid "
          "administrative records at the Vinh Long Department of Industry and Trade?",
          ["Văn phòng Cục", "Văn phòng Sở"],
          [cells(CUC_VIEC_LAM, "Ứng dụng chữ ký số"), cells(SCT_VINH_LONG, "Số hóa hồ sơ, kết quả")], en=True),
    ]


def cross_test() -> list[dict[str, Any]]:
    """Test: two annual report deadlines, two satisfaction targets, two leads (English)."""
    return [
        X([BUON_MA_THUOT.file, BHXH_THAI_NGUYEN.file], "when",
          "Hạn báo cáo năm CCHC 2026 của VP HĐND-UBND phường BMT và của Văn phòng BHXH tỉnh Thái Nguyên?",
          [day("10/11/2026"), day("15/11/2026")],
          [report(BUON_MA_THUOT, VP, "Báo cáo năm"),
           sent(BHXH_THAI_NGUYEN, "Tổng hợp, báo cáo Bảo hiểm xã hội Việt Nam", "15/11/2026.")]),
        X([DH_CAN_THO.file, BV_YDCT_QUANG_TRI.file], "target",
          "chỉ tiêu hài lòng 2026: người học ĐH Cần Thơ và người bệnh BV YDCT Quảng Trị mỗi bên bao nhiêu %?",
          ["85%", "95%"],
          [sent(DH_CAN_THO, "Tỷ lệ người học hài lòng", "85%."),
           sent(BV_YDCT_QUANG_TRI, "Tối thiểu 95% người bệnh hài lòng", "chữa bệnh.")]),
        X([BHXH_THAI_NGUYEN.file, BV_YDCT_QUANG_TRI.file], "who",
          "Which units lead linking health-insurance data to the electronic health book (Thai Nguyen social insurance) "
          "and the electronic medical records (Quang Tri traditional medicine hospital)?",
          ["Phòng Giám định bảo hiểm y tế", "Phòng Công nghệ thông tin"],
          [cells(BHXH_THAI_NGUYEN, "Liên thông dữ liệu khám chữa bệnh"),
           cells(BV_YDCT_QUANG_TRI, "Triển khai bệnh án điện tử")], en=True),
    ]
