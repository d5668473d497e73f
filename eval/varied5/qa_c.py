"""Questions about the Quảng Trị decision (PDF) and Sở Tài chính TP. Hồ Chí Minh (scan), both dev."""

from __future__ import annotations

from typing import Any

from eval.varied5.content_c import QUANG_TRI, SOTC_HCM
from eval.varied5.qa_util import N, Q, day, in_quarter, quarter, row, sent


def quang_tri() -> list[dict[str, Any]]:
    """UBND tỉnh Quảng Trị, QĐ 74/QĐ-UBND (dev)."""
    p, d = QUANG_TRI, QUANG_TRI.file
    return [
        Q(d, "lookup", "Quyết định ban hành kế hoạch CCHC 2026 của Quảng Trị do ai ký, với chức vụ gì?",
          ["Trần Quốc Hưng", "Chủ tịch"], [sent(p, "Các PCT UBND tỉnh;", "Trần Quốc Hưng")]),
        Q(d, "lookup", "Quyết định 74/QĐ-UBND của Quảng Trị được ban hành trên cơ sở tờ trình nào?",
          ["22/TTr-SNV"], [sent(p, "Xét đề nghị", "09/01/2026.")]),
        Q(d, "lookup", "Kế hoạch CCHC năm 2026 của tỉnh Quảng Trị được ban hành ngày nào, kèm quyết định số mấy?",
          [day("15/01/2026") + ["15 tháng 01 năm 2026"], "74/QĐ-UBND"],
          [sent(p, "(Ban hành kèm theo Quyết định số 74/QĐ-UBND", "Quảng Trị)")]),
        Q(d, "who", "Ai được giao làm liên thông khai sinh, thường trú và thẻ BHYT cho trẻ dưới 6 tuổi ở Quảng Trị?",
          ["Sở Tư pháp"], [row(p, "Thực hiện liên thông")]),
        Q(d, "multi", "Quảng Trị: đưa dịch vụ công trực tuyến ra đặc khu Cồn Cỏ do ai chủ trì, phối hợp với ai, thời hạn thế nào?",
          ["Văn phòng UBND tỉnh", "UBND đặc khu Cồn Cỏ", "Viễn thông Quảng Trị", quarter("III")], [row(p, "Đưa dịch vụ công")]),
        Q(d, "when", "Quang Tri giao quyen tu chu tai chinh cho don vi su nghiep y te, giao duc han cuoi la ngay nao?",
          [day("30/9/2026")], [row(p, "Giao quyền tự chủ")], strip=True),
        Q(d, "target", "Tỉnh Quảng Trị đặt chỉ tiêu giải ngân vốn đầu tư công năm 2026 ở mức nào?",
          ["95%"], [sent(p, "Tỷ lệ giải ngân", "được giao.")]),
        Q(d, "lookup", "Ngân sách cho việc thực hiện kế hoạch CCHC của Quảng Trị năm 2026 là bao nhiêu?",
          [["2.800 triệu đồng", "2.800 triệu", "2,8 tỷ"]], [sent(p, "Kinh phí thực hiện Kế hoạch năm 2026 là 2.800", "ngân sách tỉnh.")]),
        Q(d, "when", "Sở Tài chính Quảng Trị phải gửi Sở Nội vụ kết quả đánh giá cải cách tài chính công trước ngày nào?",
          [day("30/11/2026")], [sent(p, "Sở Tài chính chủ trì đánh giá", "30/11/2026.")]),
        N(d, "Phó Chủ tịch nào ký quyết định ban hành kế hoạch CCHC 2026 của Quảng Trị?"),
        N(d, "Quảng Trị giao ai cấp giấy phép khai thác thủy sản trực tuyến cho ngư dân tại cảng cá Cửa Tùng?", ("Cửa Tùng",)),
        N(d, "Kế hoạch CCHC của Quảng Trị phân công nhiệm vụ gì cho Sở Công Thương?", ("Công Thương",)),
    ]


def sotc_hcm() -> list[dict[str, Any]]:
    """Sở Tài chính Thành phố Hồ Chí Minh, 145/KH-STC (dev, scan)."""
    p, d = SOTC_HCM, SOTC_HCM.file
    return [
        Q(d, "who", "Việc cấp giấy chứng nhận đăng ký doanh nghiệp trong 2 ngày ở Sở Tài chính TP.HCM giao cho phòng nào?",
          ["Phòng Đăng ký kinh doanh"], [row(p, "Cấp giấy chứng nhận đăng ký doanh nghiệp")]),
        Q(d, "when", "Sở Tài chính TP HCM phải công khai dự toán ngân sách thành phố năm 2026 trước ngày nào?",
          [day("31/01/2026")], [row(p, "Công khai dự toán")]),
        Q(d, "list", "Phòng Quản lý công sản của Sở Tài chính TP.HCM chủ trì những nhiệm vụ nào?",
          [["nhà, đất dôi dư", "xử lý nhà, đất"], ["CSDL tài sản công", "CSDL quốc gia về tài sản công"]],
          [row(p, "Sắp xếp lại, xử lý"), row(p, "Kết nối CSDL tài sản công")]),
        Q(d, "multi", "Phòng Đăng ký kinh doanh tham mưu Sở Tài chính TP.HCM báo cáo bộ nào, vào những hạn nào?",
          ["Bộ Tài chính", day("20/6/2026"), day("20/12/2026")], [sent(p, "Phòng Đăng ký kinh doanh tổng hợp", "20/12/2026.")]),
        Q(d, "when", "So Tai chinh TPHCM bao cao UBND thanh pho hang quy truoc ngay may?",
          [in_quarter("10")], [sent(p, "Văn phòng Sở là đầu mối tổng hợp", "tháng cuối quý")], strip=True),
        Q(d, "target", "Sở Tài chính TP.HCM đặt mục tiêu thời gian cấp giấy chứng nhận đăng ký doanh nghiệp là bao lâu?",
          [["02 ngày làm việc", "2 ngày làm việc"]],
          [sent(p, "Thời gian cấp giấy chứng nhận đăng ký doanh nghiệp không quá", "làm việc.")]),
        Q(d, "lookup", "Kế hoạch 145/KH-STC được ký bởi ai, ở cương vị nào?",
          ["Lâm Thị Ngọc Diệp", "Phó Giám đốc"], [sent(p, "Lưu: VT, VP.", "Lâm Thị Ngọc Diệp")]),
        Q(d, "who", "Which office leads the digital signing of all outgoing documents at the HCMC Department of Finance?",
          ["Văn phòng Sở"], [row(p, "Ký số")], en=True),
        N(d, "Sở Tài chính TP.HCM chi bao nhiêu tiền cho kế hoạch CCHC 2026?", ("triệu đồng", "tỷ đồng")),
        N(d, "Phòng nào chủ trì thẩm định chủ trương đầu tư dự án sử dụng vốn ngân sách theo quy trình rút gọn?",
          ("vốn ngân sách",)),
        N(d, "Giám đốc Sở Tài chính TP.HCM là ai?"),
    ]
