"""Cross-plan questions (two plans of one split), off-domain messages, wrong years and plans never loaded."""

from __future__ import annotations

from typing import Any

from eval.varied8.content_a import BV_LAI_CHAU, CAO_BANG
from eval.varied8.content_b import CUC_THONG_KE, HAC_THANH
from eval.varied8.content_c import TTHCC_SON_LA, VAN_DON
from eval.varied8.content_d import BHXH_AN_GIANG, DONG_NAI
from eval.varied8.content_e import BA_DINH, BO_DTTG
from eval.varied8.content_f import PHONG_NHA, VPDK_KHANH_HOA
from eval.varied8.qa_util import N, X, cells, day, sent


def cross_dev() -> list[dict[str, Any]]:
    """Dev items spanning two dev plans, plus off-domain and never-loaded messages filed under dev plans."""
    return [
        X([CAO_BANG.file, VAN_DON.file], "target",
          "So sánh chỉ tiêu hồ sơ TTHC giải quyết trực tuyến toàn trình năm 2026 của tỉnh Cao Bằng và đặc khu Vân Đồn",
          ["78%", "80%"], [sent(CAO_BANG, "Tối thiểu 78% hồ sơ", "toàn trình."), sent(VAN_DON, "Tối thiểu 80% hồ sơ", "toàn trình.")]),
        X([HAC_THANH.file, VAN_DON.file], "when",
          "bao cao 6 thang ve CCHC: phuong Hac Thanh han ngay nao, dac khu Van Don han ngay nao?",
          [day("20/6/2026"), day("18/6/2026")],
          [sent(HAC_THANH, "1. Văn phòng HĐND và UBND phường:", "20/6/2026;"), sent(VAN_DON, "1. Văn phòng HĐND và UBND đặc khu:", "18/6/2026;")],
          strip=True),
        X([BV_LAI_CHAU.file, TTHCC_SON_LA.file], "who",
          "Who leads the ki-osk installation at Lai Chau general hospital and at the Son La public service centre?",
          ["Phòng Kế hoạch tổng hợp", "Phòng Tiếp nhận và trả kết quả"],
          [cells(BV_LAI_CHAU, "Cải tiến quy trình"), cells(BV_LAI_CHAU, "Bố trí ki-ốt"),
           cells(TTHCC_SON_LA, "Nâng cao chất lượng"), cells(TTHCC_SON_LA, "Lắp đặt ki-ốt")], en=True),
        N(CAO_BANG.file, "Thời tiết Cao Bằng tuần này có rét đậm không?", ("thời tiết", "rét đậm")),
        N(VAN_DON.file, "Cách làm chả mực Vân Đồn ngon?", ("chả mực",)),
        N(CUC_THONG_KE.file, "What is the USD exchange rate today?", ("USD", "tỷ giá"), en=True),
        N(HAC_THANH.file, "Kế hoạch CCHC 2026 của phường Hàm Rồng giao ai số hóa hồ sơ hộ tịch?", ("Hàm Rồng",)),
        N(TTHCC_SON_LA.file, "Ke hoach CCHC nam 2025 cua Trung tam PVHCC Son La co bao nhieu nhiem vu?", ("năm 2025",), strip=True),
        N(BV_LAI_CHAU.file, "Kết quả trận bóng đá Việt Nam - Thái Lan tối qua thế nào?", ("bóng đá",)),
    ]


def cross_test() -> list[dict[str, Any]]:
    """Test items spanning two test plans, plus off-domain and never-loaded messages filed under test plans."""
    return [
        X([DONG_NAI.file, BA_DINH.file], "target",
          "Chỉ tiêu trực tuyến năm 2026 của tỉnh Đồng Nai và của phường Ba Đình khác nhau thế nào?",
          ["86%", "88%"], [sent(DONG_NAI, "Tối thiểu 86% hồ sơ", "toàn trình."), sent(BA_DINH, "Tối thiểu 88% hồ sơ", "nộp trực tuyến.")]),
        X([BHXH_AN_GIANG.file, BO_DTTG.file], "when",
          "Báo cáo năm về CCHC: BHXH tỉnh An Giang hạn ngày nào, Bộ Dân tộc và Tôn giáo hạn ngày nào?",
          [day("16/11/2026"), day("19/11/2026")],
          [sent(BHXH_AN_GIANG, "1. Văn phòng:", "16/11/2026."), sent(BO_DTTG, "1. Vụ Tổ chức cán bộ:", "19/11/2026.")]),
        X([PHONG_NHA.file, VPDK_KHANH_HOA.file], "lookup",
          "How much do Phong Nha commune and the Khanh Hoa land registration office each budget for their 2026 reform plans?",
          [["75 triệu", "75 million"], ["140 triệu", "140 million"]],
          [sent(PHONG_NHA, "Tổng kinh phí là 75", "hồ sơ hộ tịch."), sent(VPDK_KHANH_HOA, "Kinh phí thực hiện là 140", "của Văn phòng.")],
          en=True),
        N(DONG_NAI.file, "Giá xăng RON 95 hôm nay bao nhiêu?", ("xăng",)),
        N(PHONG_NHA.file, "Công thức nấu cháo canh Quảng Bình?", ("cháo canh",)),
        N(BA_DINH.file, "Who won the football match last night?", ("football", "bóng đá"), en=True),
        N(BO_DTTG.file, "Kế hoạch CCHC 2026 của Ủy ban Dân tộc tỉnh Gia Lai giao ai rà soát chính sách?", ("Gia Lai",)),
        N(VPDK_KHANH_HOA.file, "Kế hoạch CCHC năm 2027 của VP Đăng ký đất đai Khánh Hòa đặt chỉ tiêu bao nhiêu?", ("năm 2027",)),
        N(BHXH_AN_GIANG.file, "Giá vàng SJC ở Long Xuyên hôm nay?", ("giá vàng",)),
    ]
