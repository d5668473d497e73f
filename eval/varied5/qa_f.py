"""Questions about the Cục Hải quan decision (DOCX) and UBND xã Cần Giờ (scan), both test."""

from __future__ import annotations

from typing import Any

from eval.varied5.content_f import CAN_GIO, HAI_QUAN
from eval.varied5.qa_util import N, Q, day, in_quarter, month, row, sent


def hai_quan() -> list[dict[str, Any]]:
    """Cục Hải quan, QĐ 38/QĐ-CHQ (test)."""
    p, d = HAI_QUAN, HAI_QUAN.file
    return [
        Q(d, "lookup", "Kế hoạch CCHC 2026 của Cục Hải quan được ban hành kèm quyết định số mấy, ngày nào?",
          ["38/QĐ-CHQ", day("06/01/2026")], [sent(p, "(Kèm theo Quyết định số 38/QĐ-CHQ", "Cục Hải quan)")]),
        Q(d, "lookup", "Quyết định 38/QĐ-CHQ được ban hành theo đề nghị của ai, tại tờ trình số mấy?",
          ["Chánh Văn phòng Cục", "04/TTr-VP"], [sent(p, "Theo đề nghị của Chánh Văn phòng Cục", "02/01/2026.")]),
        Q(d, "lookup", "Ai ký quyết định ban hành kế hoạch CCHC năm 2026 của Cục Hải quan, chức danh gì?",
          ["Vũ Đức Thắng", "Phó Cục trưởng"], [sent(p, "Cục trưởng (để b/c);", "Vũ Đức Thắng")]),
        Q(d, "who", "Việc giảm thời gian kiểm tra thực tế hàng hóa ở cảng Cát Lái giao cho đơn vị nào?",
          ["Chi cục Hải quan khu vực II"], [row(p, "Giảm thời gian kiểm tra thực tế")]),
        Q(d, "multi", "Hệ thống xử lý dữ liệu hải quan tập trung thay VNACCS/VCIS: đơn vị chủ trì, đơn vị phối hợp và thời hạn?",
          ["Ban Công nghệ thông tin và Thống kê hải quan", "Ban Giám sát quản lý về hải quan", "Bộ Công an", month(12)],
          [row(p, "Xây dựng Hệ thống xử lý dữ liệu")]),
        Q(d, "when", "Thông quan tự động tờ khai xuất khẩu luồng xanh phải được áp dụng trước ngày nào?",
          [day("30/6/2026")], [row(p, "Áp dụng thông quan tự động")]),
        Q(d, "list", "Cac nhiem vu CCHC 2026 cua Cuc Hai quan do Ban Cong nghe thong tin va Thong ke hai quan chu tri",
          [["VNACCS/VCIS", "xử lý dữ liệu hải quan tập trung"], ["dữ liệu thuế xuất nhập khẩu", "CSDL quốc gia về dân cư"],
           ["an toàn thông tin"]],
          [row(p, "Xây dựng Hệ thống xử lý dữ liệu"), row(p, "Kết nối dữ liệu thuế"), row(p, "Giám sát an toàn thông tin")],
          strip=True),
        Q(d, "multi", "Cục Hải quan báo cáo CCHC năm lên Bộ Tài chính qua đơn vị nào, hạn ngày nào?",
          ["Vụ Tổ chức cán bộ", day("20/11/2026")], [sent(p, "Văn phòng Cục tham mưu Cục trưởng", "20/11/2026.")]),
        Q(d, "target", "By how much should import clearance time fall in 2026 under the Customs Department's reform plan?",
          ["10%"], [sent(p, "Thời gian thông quan hàng hóa nhập khẩu", "năm 2025.")], en=True),
        N(d, "Kinh phí thực hiện kế hoạch CCHC 2026 của Cục Hải quan là bao nhiêu tỷ đồng?", ("triệu đồng", "tỷ đồng")),
        N(d, "Cục trưởng Cục Hải quan là ai?", strip=True),
        N(d, "Ai chủ trì áp dụng thông quan tự động cho tờ khai hàng hóa nhập khẩu luồng vàng?", ("luồng vàng",)),
    ]


def can_gio() -> list[dict[str, Any]]:
    """UBND xã Cần Giờ (TP. Hồ Chí Minh), 09/KH-UBND (test, scan)."""
    p, d = CAN_GIO, CAN_GIO.file
    return [
        Q(d, "who", "Ở xã Cần Giờ, ai hướng dẫn ngư dân đăng ký tàu cá và xin giấy phép khai thác thủy sản trực tuyến?",
          ["Phòng Kinh tế"], [row(p, "Hướng dẫn ngư dân")]),
        Q(d, "multi", "Tổ công nghệ số cộng đồng ở các ấp của xã Cần Giờ do ai chủ trì, phối hợp với ai, thời hạn thế nào?",
          ["Văn phòng HĐND và UBND xã", "Đoàn Thanh niên xã", "Công an xã", "Thường xuyên"], [row(p, "Thành lập và duy trì")]),
        Q(d, "when", "Số hóa hồ sơ đất đai của các hộ nuôi hàu ven sông Lòng Tàu phải xong khi nào?",
          [month(9)], [row(p, "Số hóa hồ sơ đất đai")]),
        Q(d, "target", "Xã Cần Giờ đặt chỉ tiêu bao nhiêu phần trăm hồ sơ TTHC được nộp trực tuyến?",
          ["65%"], [sent(p, "Tối thiểu 65% hồ sơ TTHC", "nộp trực tuyến.")]),
        Q(d, "lookup", "Kinh phi thuc hien ke hoach CCHC nam 2026 cua xa Can Gio la bao nhieu?",
          [["120 triệu đồng", "120 triệu"]], [sent(p, "Kinh phí thực hiện Kế hoạch là 120", "năm 2026.")], strip=True),
        Q(d, "lookup", "Xã Cần Giờ xây dựng kế hoạch CCHC để thực hiện kế hoạch số mấy của UBND TP.HCM?",
          ["112/KH-UBND"], [sent(p, "Thực hiện Kế hoạch số 112/KH-UBND", "năm 2026")]),
        Q(d, "multi", "UBND xã Cần Giờ báo cáo CCHC lên đâu, qua cơ quan nào và trước ngày mấy hằng quý?",
          ["UBND Thành phố", "Sở Nội vụ", in_quarter("10")],
          [sent(p, "Văn phòng HĐND và UBND xã tham mưu UBND xã báo cáo", "tháng cuối quý.")]),
        Q(d, "lookup", "Kế hoạch CCHC 2026 của xã Cần Giờ do ai ký?",
          ["Trương Văn Nhựt"], [sent(p, "TT Đảng ủy, TT HĐND xã;", "Trương Văn Nhựt")]),
        Q(d, "who", "Ai hướng dẫn khách du lịch đăng ký lưu trú trực tuyến ở các homestay ven biển Cần Giờ?",
          ["Công an xã"], [row(p, "Hướng dẫn khách du lịch")], strip=True),
        N(d, "Who is the vice chairman of Can Gio commune?", en=True),
        N(d, "Xã Cần Giờ giao ai số hóa hồ sơ đất đai của các hộ nuôi nghêu?", ("nghêu",)),
        N(d, "Xã Cần Giờ bố trí bao nhiêu công chức làm việc tại Trung tâm Phục vụ hành chính công?", ("biên chế", "số lượng công chức")),
    ]
