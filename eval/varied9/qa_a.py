"""Questions about UBND tỉnh Lạng Sơn (PDF, Phụ lục over 3+ pages) and Sở Tài chính tỉnh Ninh Bình (numbered DOCX)."""

from __future__ import annotations

from typing import Any

from eval.varied8.qa_util import N, Q, cells, day, in_quarter, month, quarter, sent
from eval.varied9.content_a import LANG_SON, NINH_BINH


def lang_son() -> list[dict[str, Any]]:
    """UBND tỉnh Lạng Sơn, 38/KH-UBND (dev, pdf-table)."""
    p, d = LANG_SON, LANG_SON.file
    return [
        Q(d, "who", "Ở Lạng Sơn ai lo việc rà soát, hệ thống hóa văn bản QPPL do HĐND, UBND tỉnh ban hành trước khi sắp xếp ĐVHC?",
          ["Sở Tư pháp"], [cells(p, "Rà soát, hệ thống hóa văn bản")]),
        Q(d, "list", "Nền tảng cửa khẩu số ở cửa khẩu Hữu Nghị thì những cơ quan nào phối hợp với Ban Quản lý Khu kinh tế?",
          ["Sở Khoa học và Công nghệ", "Bộ đội Biên phòng tỉnh", "Hải quan cửa khẩu Hữu Nghị"],
          [cells(p, "Triển khai nền tảng cửa khẩu số")]),
        Q(d, "when", "Hạn chót xây dựng quy định phân cấp quản lý hạ tầng khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn là khi nào?",
          [day("30/9/2026")], [cells(p, "Xây dựng quy định phân cấp")]),
        Q(d, "multi", "KH 38/KH-UBND: bồi dưỡng tiếng Trung cho công chức làm việc ở cửa khẩu thì sản phẩm là gì, bao giờ xong?",
          ["20 lớp bồi dưỡng", month(10)], [cells(p, "Bồi dưỡng kỹ năng số và tiếng Trung")]),
        Q(d, "list", "Những nhiệm vụ nào trong phụ lục do Sở Khoa học và Công nghệ Lạng Sơn chủ trì?",
          [["Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính"], ["kho dữ liệu dùng chung"],
           ["Trung tâm giám sát, điều hành thông minh", "IOC"]],
          [cells(p, "Nâng cấp Hệ thống thông tin"), cells(p, "Xây dựng kho dữ liệu dùng chung"), cells(p, "Vận hành Trung tâm giám sát")]),
        Q(d, "list", "UBND các xã, phường ở Lạng Sơn phải đứng ra chủ trì những việc gì theo phụ lục kế hoạch CCHC 2026?",
          [["Số hóa hồ sơ, kết quả giải quyết"], ["Phổ cập kỹ năng số"], ["Thu phí, lệ phí không dùng tiền mặt"]],
          [cells(p, "Số hóa hồ sơ, kết quả giải quyết"), cells(p, "Phổ cập kỹ năng số"), cells(p, "Thu phí, lệ phí")]),
        Q(d, "multi", "Sở Nội vụ Lạng Sơn phải báo cáo những ai, hạn báo cáo 6 tháng và báo cáo năm là ngày nào?",
          ["UBND tỉnh", "Bộ Nội vụ", day("12/6/2026"), day("12/11/2026")],
          [sent(p, "Sở Nội vụ là cơ quan thường trực", "12/11/2026.")]),
        Q(d, "when", "Văn phòng UBND tỉnh Lạng Sơn báo cáo tỷ lệ hồ sơ trực tuyến toàn trình cho ai, trước ngày nào?",
          ["Chủ tịch UBND tỉnh", ["ngày 05 của tháng sau", "05 của tháng sau"]],
          [sent(p, "Văn phòng UBND tỉnh hướng dẫn", "của tháng sau.")]),
        Q(d, "target", "Chỉ tiêu hồ sơ TTHC giải quyết trực tuyến toàn trình ở Lạng Sơn năm 2026 là bao nhiêu %?",
          ["85%"], [sent(p, "Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình", "85%.")]),
        Q(d, "lookup", "Ai ký kế hoạch CCHC 2026 của UBND tỉnh Lạng Sơn, chức vụ gì?",
          ["Nông Đức Toàn", ["PHÓ CHỦ TỊCH", "Phó Chủ tịch"]], [sent(p, "UBND các xã, phường; - Lưu: VT, NC.", "Nông Đức Toàn")]),
        Q(d, "lookup", "Mục đích của kế hoạch CCHC năm 2026 tỉnh Lạng Sơn đặt ra gì đối với thủ tục ở cửa khẩu?",
          [["chuyển biến rõ nét trong giải quyết thủ tục hành chính tại cửa khẩu"]],
          [sent(p, "Tạo chuyển biến rõ nét", "hai cấp;")]),
        Q(d, "list", "Theo kế hoạch CCHC 2026 của tỉnh Lạng Sơn, những cơ quan nào có nghĩa vụ báo cáo định kỳ?",
          [["Sở Nội vụ"], ["Văn phòng UBND tỉnh"], ["Các sở, ban, ngành"], ["UBND các xã, phường"]],
          [sent(p, "Sở Nội vụ là cơ quan thường trực", "12/11/2026."), sent(p, "Văn phòng UBND tỉnh hướng dẫn", "của tháng sau."),
           sent(p, "Các sở, ban, ngành và UBND các xã, phường gửi báo cáo", "tháng cuối quý.")]),
        Q(d, "multi", "LS - vận hành IOC tỉnh: ai lo, hạn?",
          ["Sở Khoa học và Công nghệ", quarter("IV")], [cells(p, "Vận hành Trung tâm giám sát")]),
        N(d, "Ai chủ trì đơn giản hóa thủ tục xuất nhập khẩu tại cửa khẩu Tân Thanh theo kế hoạch của tỉnh Lạng Sơn?",
          ("Tân Thanh",)),
        N(d, "Kinh phí thực hiện kế hoạch CCHC 2026 của UBND tỉnh Lạng Sơn là bao nhiêu triệu đồng?", ("triệu",)),
    ]


def ninh_binh() -> list[dict[str, Any]]:
    """Sở Tài chính tỉnh Ninh Bình, 27/KH-STC (dev, docx with Word numbering and merged cells)."""
    p, d = NINH_BINH, NINH_BINH.file
    return [
        Q(d, "who", "Sở Tài chính Ninh Bình giao phòng nào phụ trách rà soát, đơn giản hóa thủ tục đăng ký doanh nghiệp và hộ kinh doanh?",
          ["Phòng Đăng ký kinh doanh"], [cells(p, "Rà soát, đơn giản hóa thủ tục đăng ký")]),
        Q(d, "multi", "Thẩm định phương án tự chủ tài chính của ĐVSN công lập (STC Ninh Bình): ai chủ trì, ai phối hợp, hạn chót?",
          ["Phòng Tài chính hành chính sự nghiệp", "Sở Nội vụ", day("30/9/2026")], [cells(p, "Thẩm định phương án tự chủ")]),
        Q(d, "list", "Phòng Quản lý ngân sách của Sở Tài chính Ninh Bình chủ trì những nhiệm vụ nào trong bảng phân công?",
          [["phân cấp nguồn thu"], ["định mức phân bổ dự toán"], ["Công khai tình hình thực hiện dự toán"]],
          [cells(p, "Rà soát quy định của tỉnh về phân cấp"), cells(p, "Tham mưu quy định định mức"),
           cells(p, "Công khai tình hình thực hiện dự toán")]),
        Q(d, "when", "Bao giờ phải xong việc cập nhật quy trình nội bộ giải quyết TTHC trên hệ thống của tỉnh (Sở TC Ninh Bình)?",
          [quarter("I")], [cells(p, "Cập nhật quy trình nội bộ")]),
        Q(d, "multi", "so hoa ho so dang ky doanh nghiep luu tru giay tu 2015 den 2020: ket qua dau ra la gi, han bao gio?",
          ["Dữ liệu số hóa", month(11)], [cells(p, "Số hóa hồ sơ đăng ký doanh nghiệp")], strip=True),
        Q(d, "multi", "Văn phòng Sở Tài chính Ninh Bình gửi báo cáo CCHC cho cơ quan nào; hạn báo cáo quý, 6 tháng và năm?",
          ["Sở Nội vụ", in_quarter("10"), day("10/6/2026"), day("10/11/2026")],
          [sent(p, "Tổng hợp báo cáo quý gửi Sở Nội vụ", "10/11/2026.")]),
        Q(d, "lookup", "Kinh phí CCHC năm 2026 của Sở Tài chính Ninh Bình bao nhiêu?",
          ["320 triệu đồng"], [sent(p, "Bố trí kinh phí cải cách hành chính năm 2026 của Sở", "320 triệu đồng;")]),
        Q(d, "multi", "Thanh tra Sở TC Ninh Bình kiểm tra kỷ luật kỷ cương xong thì gửi kết quả cho ai, trong bao lâu?",
          ["Giám đốc Sở", "05 ngày làm việc"], [sent(p, "Gửi kết quả kiểm tra cho Giám đốc Sở", "sau mỗi đợt kiểm tra.")]),
        Q(d, "target", "Sở TC Ninh Bình đặt chỉ tiêu bao nhiêu % hồ sơ đăng ký doanh nghiệp nộp qua mạng?",
          ["95%"], [sent(p, "Tối thiểu 95% hồ sơ đăng ký doanh nghiệp", "qua mạng.")]),
        Q(d, "lookup", "KH 27/KH-STC do ai ký, ban hành ngày nào?",
          ["Đinh Thị Ngân", ["ngày 20 tháng 01 năm 2026", "20/01/2026", "20/1/2026"]],
          [sent(p, "Số: 27/KH-STC", "năm 2026"), sent(p, "Các phòng, đơn vị thuộc Sở; - Lưu: VT, VP.", "Đinh Thị Ngân")]),
        N(d, "Ai là người ký thay Giám đốc (KT. Giám đốc) kế hoạch CCHC 2026 của Sở Tài chính Ninh Bình?", ("KT. GIÁM ĐỐC",)),
        N(d, "Sở Tài chính Ninh Bình giao phòng nào chủ trì giao dự toán bảo trì đường bộ theo kết quả đầu ra?", ("bảo trì",)),
    ]
