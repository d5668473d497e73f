"""Questions about Sở Nội vụ Tây Ninh (rotated scan, one-cell units) and the joint Thái Nguyên plan (DOCX, prose), test."""

from __future__ import annotations

from typing import Any

from eval.varied7.content_f import LN_THAI_NGUYEN, SNV_TAY_NINH
from eval.varied7.qa_util import N, Q, cells, day, in_quarter, quarter, sent


def snv_tay_ninh() -> list[dict[str, Any]]:
    """Sở Nội vụ tỉnh Tây Ninh, 26/KH-SNV (test, rotated 150-dpi scan)."""
    p, d = SNV_TAY_NINH, SNV_TAY_NINH.file
    return [
        Q(d, "multi", "Ở Sở Nội vụ Tây Ninh, ai chủ trì, ai phối hợp số hóa hồ sơ người có công của tỉnh Long An cũ, hạn khi nào?",
          ["Phòng Người có công", "Chi cục Văn thư - Lưu trữ", day("31/10/2026")], [cells(p, "Số hóa hồ sơ người có công")]),
        Q(d, "when", "Thi tuyển công chức cấp xã tập trung toàn tỉnh Tây Ninh phải xong khi nào?",
          [quarter("II")], [cells(p, "Tổ chức thi tuyển")], strip=True),
        Q(d, "lookup", "San pham cua viec theo doi, danh gia Chi so CCHC 2026 cua So Noi vu Tay Ninh la gi?",
          ["Quyết định công bố Chỉ số cải cách hành chính"], [cells(p, "Theo dõi, đánh giá Chỉ số")], strip=True),
        Q(d, "list", "Phòng Cải cách hành chính Sở Nội vụ Tây Ninh chủ trì mấy nhiệm vụ trong bảng, là những việc gì?",
          [["2", "hai"], ["Chỉ số cải cách hành chính"], ["Khảo sát sự hài lòng"]],
          [cells(p, "Theo dõi, đánh giá Chỉ số"), cells(p, "Khảo sát sự hài lòng")]),
        Q(d, "when", "Phòng Cải cách hành chính tham mưu báo cáo Bộ Nội vụ 6 tháng và năm trước ngày nào?",
          [["20/6", "20/6/2026"], day("20/12/2026")], [sent(p, "Phòng Cải cách hành chính: theo dõi", "20/12/2026.")]),
        Q(d, "multi", "Van phong So Noi vu Tay Ninh bao cao tinh hinh giai quyet ho so ve dau, han ngay may?",
          ["Phòng Cải cách hành chính", ["ngày 22", "trước ngày 22"]], [sent(p, "Văn phòng Sở: bảo đảm", "trước ngày 22.")],
          strip=True),
        Q(d, "lookup", "Chi cục Văn thư - Lưu trữ Tây Ninh báo cáo tiến độ chỉnh lý tài liệu bao lâu một lần?",
          [["6 tháng một lần", "6 tháng"]], [sent(p, "Chi cục Văn thư - Lưu trữ: hướng dẫn", "6 tháng một lần.")]),
        Q(d, "target", "Sở Nội vụ Tây Ninh đặt chỉ tiêu bao nhiêu phần trăm người dân, tổ chức hài lòng?",
          ["92%"], [sent(p, "Tối thiểu 92% người dân", "của Sở.")]),
        Q(d, "lookup", "What is the Tay Ninh Home Affairs Department's budget for its 2026 plan, and how much goes to the satisfaction survey?",
          [["260 triệu"], ["120 triệu"]], [sent(p, "Kinh phí thực hiện Kế hoạch là 260", "sự hài lòng.")], en=True),
        Q(d, "lookup", "Ai ký kế hoạch CCHC 2026 của Sở Nội vụ Tây Ninh, chức danh gì?",
          ["Đặng Thị Kim Loan", ["GIÁM ĐỐC", "Giám đốc"]], [sent(p, "Các phòng, đơn vị thuộc Sở; - Lưu", "Đặng Thị Kim Loan")]),
        Q(d, "who", "Bên nào giúp Phòng Lao động - Việc làm giải quyết trực tuyến thủ tục xác nhận lao động nước ngoài không thuộc diện cấp giấy phép?",
          ["Công an tỉnh"], [cells(p, "Giải quyết trực tuyến toàn trình")]),
        N(d, "Phó Giám đốc Sở Nội vụ Tây Ninh phụ trách cải cách hành chính là ai?", ("Phó Giám đốc",)),
        N(d, "So Noi vu Tay Ninh so hoa ho so nguoi khuyet tat khi nao?", ("người khuyết tật",), strip=True),
        N(d, "Sở Nội vụ Tây Ninh giao ai số hóa hồ sơ người có công của tỉnh Bình Phước cũ?", ("Bình Phước",)),
    ]


def ln_thai_nguyen() -> list[dict[str, Any]]:
    """Sở Nội vụ và Sở KH&CN Thái Nguyên, 03/KH-LN (test, joint plan, DOCX, prose)."""
    p, d = LN_THAI_NGUYEN, LN_THAI_NGUYEN.file
    return [
        Q(d, "lookup", "Kế hoạch liên ngành 03/KH-LN của Thái Nguyên do những sở nào cùng ban hành?",
          ["Sở Nội vụ", "Sở Khoa học và Công nghệ"],
          [sent(p, "Thực hiện Kế hoạch cải cách hành chính nhà nước tỉnh Thái Nguyên", "liên ngành như sau:")]),
        Q(d, "when", "Bộ tiêu chí đánh giá mức độ chuyển đổi số trong giải quyết TTHC cấp xã phải trình UBND tỉnh trước ngày nào?",
          [day("31/5/2026")], [sent(p, "Xây dựng bộ tiêu chí", "31/5/2026.")]),
        Q(d, "who", "Ai chu tri xay dung bo tieu chi danh gia muc do chuyen doi so va tap huan ky nang so o Thai Nguyen?",
          ["Sở Khoa học và Công nghệ"], [sent(p, "Sở Khoa học và Công nghệ a) Chủ trì xây dựng", "kỹ năng số.")], strip=True),
        Q(d, "list", "Sở Nội vụ Thái Nguyên được giao những việc gì trong kế hoạch liên ngành?",
          [["kiểm tra liên ngành"], ["chuẩn hóa dữ liệu"], ["Tổng hợp kết quả", "báo cáo cải cách hành chính 6 tháng và năm"]],
          [sent(p, "Sở Nội vụ a) Chủ trì kiểm tra", "của tỉnh.")]),
        Q(d, "when", "Mỗi Sở báo cáo UBND tỉnh Thái Nguyên kết quả 6 tháng và năm của kế hoạch liên ngành trước ngày nào?",
          [["10/6", "10/6/2026"], day("10/12/2026")], [sent(p, "Mỗi Sở báo cáo UBND tỉnh", "10/12/2026.")]),
        Q(d, "when", "So KH&CN gui So Noi vu so lieu chuyen doi so cua cac xa, phuong hang quy truoc ngay may?",
          [in_quarter("5")], [sent(p, "Sở Khoa học và Công nghệ gửi Sở Nội vụ", "tháng cuối quý.")], strip=True),
        Q(d, "when", "Tập huấn kỹ năng số cho công chức một cửa ở Định Hóa, Võ Nhai phải xong khi nào?",
          [["tháng 8/2026", "8/2026", "tháng 8 năm 2026"]], [sent(p, "Tập huấn kỹ năng số", "tháng 8/2026.")]),
        Q(d, "target", "Kế hoạch liên ngành của Thái Nguyên đặt mục tiêu tái sử dụng bao nhiêu phần trăm kết quả giải quyết TTHC?",
          ["70%"], [sent(p, "Tối thiểu 70% kết quả", "tái sử dụng.")]),
        Q(d, "multi", "Đợt kiểm tra liên ngành về CCHC và chuyển đổi số ở Thái Nguyên làm tại bao nhiêu xã, phường và xong khi nào?",
          [["20 xã, phường"], quarter("III")], [sent(p, "Tổ chức một đợt kiểm tra liên ngành", "quý III/2026.")]),
        Q(d, "lookup", "Who signed Thai Nguyen's joint plan on administrative reform and digital transformation?",
          ["Ma Thị Thu Trang", "Lương Thế Hiển"], [sent(p, "Lưu: VT SNV, VT SKHCN.", "Lương Thế Hiển")], en=True),
        Q(d, "lookup", "Kinh phí thực hiện kế hoạch liên ngành của Thái Nguyên được bố trí thế nào?",
          [["dự toán năm 2026", "Mỗi Sở bố trí"]], [sent(p, "Mỗi Sở bố trí kinh phí", "đơn vị mình.")]),
        N(d, "Kinh phí kế hoạch liên ngành của Thái Nguyên là bao nhiêu triệu đồng?", ("triệu đồng",)),
        N(d, "Tap huan ky nang so cho cong chuc xa Phu Luong khi nao?", ("Phú Lương",), strip=True),
        N(d, "Sở Thông tin và Truyền thông Thái Nguyên được giao việc gì trong kế hoạch liên ngành?", ("Thông tin và Truyền thông",)),
    ]
