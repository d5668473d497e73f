"""Cross-plan questions (two plans of one split)."""

from __future__ import annotations

from typing import Any

from eval.varied8.qa_util import X, cells, day, quarter, sent
from eval.varied10.content_a import HUNG_YEN, PHU_THO_BV
from eval.varied10.content_b import BAO_LAC, CUC_DE_DIEU
from eval.varied10.content_c import HOI_AN, NGHE_AN_SYT
from eval.varied10.content_d import HA_LONG


def cross_dev() -> list[dict[str, Any]]:
    """Dev: two 6-month report deadlines, two satisfaction targets, two database leads (English)."""
    return [
        X([HUNG_YEN.file, BAO_LAC.file], "when",
          "Hạn báo cáo CCHC 6 tháng 2026 của VP Sở NN&MT Hưng Yên và của VP HĐND-UBND xã Bảo Lạc là ngày nào?",
          [day("17/6/2026"), day("11/6/2026")],
          [sent(HUNG_YEN, "Tổng hợp, báo cáo UBND tỉnh (qua Sở Nội vụ)", "17/11/2026."),
           sent(BAO_LAC, "Văn phòng HĐND và UBND xã giúp UBND xã", "11/11/2026.")]),
        X([PHU_THO_BV.file, CUC_DE_DIEU.file], "target",
          "So sánh chỉ tiêu mức độ hài lòng năm 2026 của BVĐK tỉnh Phú Thọ và Cục Quản lý đê điều và PCTT.",
          ["92%", "95%"],
          [sent(PHU_THO_BV, "Tỷ lệ người bệnh hài lòng", "92%."),
           sent(CUC_DE_DIEU, "Tối thiểu 95% tổ chức, cá nhân hài lòng", "của Cục.")]),
        X([HUNG_YEN.file, CUC_DE_DIEU.file], "who",
          "Which units lead the land database connection at the Hung Yen Department of Agriculture and Environment and the "
          "national dyke database at the Department of Dyke Management?",
          ["Trung tâm Công nghệ thông tin tài nguyên và môi trường", "Trung tâm Dữ liệu và Truyền thông phòng, chống thiên tai"],
          [sent(HUNG_YEN, "Giao Trung tâm Công nghệ thông tin tài nguyên và môi trường chủ trì", "chia sẻ."),
           cells(CUC_DE_DIEU, "Xây dựng cơ sở dữ liệu đê điều")], en=True),
    ]


def cross_test() -> list[dict[str, Any]]:
    """Test: two annual report deadlines, two online targets, two deadlines (English)."""
    return [
        X([HOI_AN.file, NGHE_AN_SYT.file], "when",
          "Hạn báo cáo CCHC năm 2026 của VP HĐND-UBND phường Hội An và của Văn phòng Sở Y tế Nghệ An?",
          [day("09/11/2026"), day("10/11/2026")],
          [sent(HOI_AN, "Tham mưu UBND phường báo cáo UBND thành phố Đà Nẵng", "09/11/2026."),
           sent(NGHE_AN_SYT, "Báo cáo UBND tỉnh (qua Sở Nội vụ) và Bộ Y tế", "10/11/2026.")]),
        X([HA_LONG.file, HOI_AN.file], "target",
          "Chỉ tiêu hài lòng 2026: BQL vịnh Hạ Long (du khách) và phường Hội An (người dân, du khách) mỗi bên bao nhiêu %?",
          ["95%", "90%"],
          [sent(HA_LONG, "Tối thiểu 95% du khách", "dịch vụ tham quan."),
           sent(HOI_AN, "Mức độ hài lòng của người dân, du khách", "90%.")]),
        X([NGHE_AN_SYT.file, HA_LONG.file], "when",
          "What are the deadlines for linking e-prescriptions to the national prescription system (Nghe An health "
          "department) and for digitising heritage and cave records (Ha Long Bay management board)?",
          [quarter("III"), day("31/10/2026")],
          [cells(NGHE_AN_SYT, "Liên thông đơn thuốc điện tử"), cells(HA_LONG, "Số hóa hồ sơ di sản")], en=True),
    ]
