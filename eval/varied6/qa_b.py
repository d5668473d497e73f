"""Questions about Ban Chỉ đạo CCHC Cần Thơ (DOCX, merged table) and Bộ Y tế (DOCX, Word numbering), both dev."""

from __future__ import annotations

from typing import Any

from eval.varied6.content_b import BCD_CAN_THO, BO_Y_TE
from eval.varied6.qa_util import N, Q, day, in_quarter, month, quarter, report, row, sent


def bcd_can_tho() -> list[dict[str, Any]]:
    """Ban Chỉ đạo cải cách hành chính thành phố Cần Thơ, 02/KH-BCĐ (dev)."""
    p, d = BCD_CAN_THO, BCD_CAN_THO.file
    return [
        Q(d, "who", "Ai chủ trì kiểm tra đột xuất việc giải quyết hồ sơ đất đai ở các xã thuộc Hậu Giang cũ?",
          ["Sở Nội vụ"], [row(p, "Kiểm tra đột xuất")]),
        Q(d, "multi", "Khảo sát hài lòng của thương hộ chợ nổi Cái Răng: ai làm, ai phối hợp, bắt đầu và xong khi nào?",
          ["Sở Tài chính", "UBND phường Cái Răng", month(4), quarter("II")], [row(p, "Khảo sát mức độ hài lòng")]),
        Q(d, "list", "Ban Chỉ đạo CCHC Cần Thơ giao Sở Nội vụ chủ trì những việc gì?",
          [["Sóc Trăng (cũ)", "phường thuộc tỉnh Sóc Trăng"], ["hồ sơ đất đai", "kiểm tra đột xuất"], ["Bộ chỉ số"],
           ["tự đánh giá Chỉ số CCHC", "thẩm định"]],
          [row(p, "Kiểm tra công tác CCHC tại UBND các phường"), row(p, "Kiểm tra đột xuất"), row(p, "Xây dựng Bộ chỉ số"),
           row(p, "Tổng hợp, thẩm định")], strip=True),
        Q(d, "target", "BCĐ CCHC Cần Thơ đặt chỉ tiêu kiểm tra bao nhiêu phần trăm sở, ngành và bao nhiêu phần trăm UBND xã, phường?",
          ["40%", "30%"], [sent(p, "Kiểm tra công tác CCHC tại tối thiểu 40%", "năm 2026.")]),
        Q(d, "multi", "Thành viên Ban Chỉ đạo CCHC Cần Thơ nộp báo cáo quý cho ai, hạn ngày nào?",
          ["Tổ giúp việc Ban Chỉ đạo", in_quarter("12")], [report(p, "Thành viên Ban Chỉ đạo", "Hằng quý")]),
        Q(d, "multi", "Báo cáo năm của Ban Chỉ đạo CCHC Cần Thơ gửi những nơi nào, trước ngày nào?",
          ["Ban Thường vụ Thành ủy", "UBND thành phố", day("05/12/2026")], [report(p, "Ban Chỉ đạo", "Năm")]),
        Q(d, "lookup", "Ai ký kế hoạch hoạt động năm 2026 của BCĐ CCHC thành phố Cần Thơ, chức danh gì?",
          ["Huỳnh Thanh Phong", ["Phó Trưởng ban Thường trực", "Phó Trưởng ban"]],
          [sent(p, "Tổ giúp việc Ban Chỉ đạo; - Lưu", "Huỳnh Thanh Phong")], strip=True),
        Q(d, "lookup", "Ban Chỉ đạo cải cách hành chính Cần Thơ họp định kỳ bao lâu một lần?",
          [["6 tháng một lần", "6 tháng"]], [sent(p, "Ban Chỉ đạo họp định kỳ", "Trưởng ban.")]),
        Q(d, "lookup", "Which agency hosts the working group of Can Tho's administrative reform steering committee?",
          ["Sở Nội vụ"], [sent(p, "Sở Nội vụ là cơ quan thường trực, bố trí", "Ban Chỉ đạo.")], en=True),
        N(d, "Trưởng Ban Chỉ đạo cải cách hành chính thành phố Cần Thơ là ai?"),
        N(d, "BCĐ CCHC Cần Thơ giao ai kiểm tra công tác CCHC tại các phường thuộc tỉnh Bạc Liêu cũ?", ("Bạc Liêu",)),
        N(d, "Kinh phí hoạt động của Ban Chỉ đạo CCHC Cần Thơ năm 2026 là bao nhiêu tiền?", ("triệu đồng", "tỷ đồng"),
          strip=True),
    ]


def bo_y_te() -> list[dict[str, Any]]:
    """Bộ Y tế, 86/KH-BYT (dev, Word numbering)."""
    p, d = BO_Y_TE, BO_Y_TE.file
    return [
        Q(d, "who", "Đơn vị nào của Bộ Y tế chủ trì đưa thủ tục cấp giấy đăng ký lưu hành thuốc lên trực tuyến toàn trình?",
          ["Cục Quản lý Dược"], [sent(p, "Cục Quản lý Dược chủ trì", "năm 2026.")]),
        Q(d, "when", "Thông tư hướng dẫn cấp giấy phép hành nghề trực tuyến của Bộ Y tế phải xong khi nào?",
          [["quý đầu năm 2026", "quý I/2026", "quý 1/2026"]],
          [sent(p, "Vụ Pháp chế chủ trì, phối hợp với Cục Quản lý Khám", "quý đầu năm 2026.")]),
        Q(d, "multi", "Chi trả trợ cấp xã hội không dùng tiền mặt: Bộ Y tế giao Cục nào chủ trì, Vụ nào phối hợp, làm khi nào?",
          ["Cục Bảo trợ xã hội", "Vụ Kế hoạch - Tài chính", "6 tháng cuối năm 2026"],
          [sent(p, "Cục Bảo trợ xã hội chủ trì", "cuối năm 2026.")]),
        Q(d, "list", "Vụ Tổ chức cán bộ Bộ Y tế được giao những việc gì trong kế hoạch CCHC 2026?",
          [["đơn vị sự nghiệp công lập", "sắp xếp"], ["đánh giá công chức, viên chức", "kết quả, sản phẩm"],
           ["đầu mối theo dõi", "đầu mối"]],
          [sent(p, "Vụ Tổ chức cán bộ chủ trì, phối hợp với các Cục", "quý IV/2026."),
           sent(p, "Vụ Tổ chức cán bộ đánh giá công chức", "hằng quý."),
           sent(p, "Vụ Tổ chức cán bộ là đầu mối", "thực hiện Kế hoạch.")]),
        Q(d, "target", "Bộ Y tế đặt mục tiêu giảm bao nhiêu phần trăm thời gian cấp giấy phép hành nghề khám bệnh, chữa bệnh?",
          ["30%"], [sent(p, "Giảm tối thiểu 30%", "năm 2025.")]),
        Q(d, "multi", "Các Vụ, Cục của Bộ Y tế báo cáo CCHC qua đơn vị nào, hạn báo cáo quý là ngày mấy?",
          ["Vụ Tổ chức cán bộ", in_quarter("12")],
          [sent(p, "Các Vụ, Cục, Văn phòng Bộ, Thanh tra Bộ báo cáo", "tháng cuối quý")], strip=True),
        Q(d, "lookup", "Ai ký kế hoạch CCHC 2026 của Bộ Y tế và ký dưới hình thức nào?",
          ["Đặng Quang Huy", ["TL. BỘ TRƯỞNG", "thừa lệnh Bộ trưởng"], "Chánh Văn phòng"],
          [sent(p, "Các Vụ, Cục, Văn phòng Bộ, Thanh tra Bộ; - Lưu", "Đặng Quang Huy")]),
        Q(d, "when", "By when must the Ministry of Health link electronic referral papers with the VNeID app?",
          [month(10)], [sent(p, "Cục Công nghệ thông tin chủ trì", "tháng 10/2026.")], en=True),
        Q(d, "when", "Bộ Y tế phải gửi Bộ Nội vụ báo cáo CCHC năm trước ngày nào?",
          [day("05/12/2026")], [sent(p, "Vụ Tổ chức cán bộ tổng hợp", "05/12/2026.")]),
        N(d, "Kinh phí thực hiện kế hoạch CCHC năm 2026 của Bộ Y tế là bao nhiêu tỷ đồng?", ("triệu đồng", "tỷ đồng")),
        N(d, "Cục nào của Bộ Y tế chủ trì cấp giấy đăng ký lưu hành trang thiết bị y tế trực tuyến?", ("trang thiết bị",)),
        N(d, "Bộ trưởng Bộ Y tế hiện nay là ai?"),
    ]
