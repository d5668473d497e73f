"""Questions about UBND tỉnh Phú Thọ (PDF, unusual column order, group rows) and BQL các KCN Bắc Ninh (DOCX schedule)."""

from __future__ import annotations

from typing import Any

from eval.varied7.content_a import BQL_BAC_NINH, PHU_THO
from eval.varied7.qa_util import N, Q, cells, day, gantt, in_quarter, month, qend, sent


def phu_tho() -> list[dict[str, Any]]:
    """UBND tỉnh Phú Thọ, 23/KH-UBND (dev)."""
    p, d = PHU_THO, PHU_THO.file
    return [
        Q(d, "who", "Ở Phú Thọ, ai chủ trì việc kết nối hệ thống giải quyết TTHC với CSDL quốc gia về dân cư để tự điền tờ khai?",
          ["Sở Khoa học và Công nghệ"], [cells(p, "Kết nối Hệ thống thông tin")]),
        Q(d, "when", "Việc công bố danh mục TTHC tiếp nhận không phụ thuộc địa giới hành chính của Phú Thọ phải xong khi nào?",
          [day("31/3/2026")], [cells(p, "Công bố danh mục")]),
        Q(d, "lookup", "Kết quả đầu ra của việc rút ngắn thời gian cấp giấy chứng nhận an toàn thực phẩm cho cơ sở chế biến chè ở Phú Thọ là gì?",
          ["Quy trình nội bộ được rút gọn"], [cells(p, "Rút ngắn thời gian cấp giấy chứng nhận")]),
        Q(d, "list", "Bao nhiêu nhiệm vụ trong phụ lục kế hoạch CCHC 2026 của Phú Thọ do Sở Nội vụ chủ trì, là những việc nào?",
          [["3", "ba"], ["vị trí việc làm"], ["thi tuyển cạnh tranh", "thi tuyển"], ["người có công"]],
          [cells(p, "Rà soát vị trí việc làm"), cells(p, "Tổ chức thi tuyển"), cells(p, "Số hóa hồ sơ người có công")]),
        Q(d, "multi", "Quy định quản lý khai thác cát, sỏi lòng sông Đà, sông Lô của Phú Thọ: ai chủ trì, ai phối hợp, hạn khi nào?",
          ["Sở Nông nghiệp và Môi trường", "Sở Xây dựng", "Công an tỉnh", month(9)],
          [cells(p, "Xây dựng quy định quản lý hoạt động khai thác")], strip=True),
        Q(d, "list", "Trong kế hoạch CCHC 2026 của Phú Thọ, quý II có những việc nào đến hạn?",
          [["đường giao thông nông thôn", "phân cấp quản lý đường"], ["Cơ sở dữ liệu quốc gia về dân cư", "tự động điền"]],
          [cells(p, "Rà soát, hợp nhất các quy định"), cells(p, "Kết nối Hệ thống thông tin")]),
        Q(d, "target", "Phú Thọ đặt chỉ tiêu bao nhiêu phần trăm hồ sơ TTHC được giải quyết trực tuyến toàn trình năm 2026?",
          ["85%"], [sent(p, "Tối thiểu 85% hồ sơ", "toàn trình.")]),
        Q(d, "lookup", "Kinh phí kế hoạch CCHC năm 2026 của tỉnh Phú Thọ tổng cộng bao nhiêu, chia cho những khoản nào?",
          [["3.150 triệu đồng", "3.150 triệu", "3,15 tỷ"], ["1.200 triệu", "1,2 tỷ"], ["450 triệu"]],
          [sent(p, "Tổng kinh phí thực hiện Kế hoạch là 3.150", "bồi dưỡng công chức.")]),
        Q(d, "when", "Các sở, ngành và UBND xã, phường ở Phú Thọ nộp báo cáo CCHC 6 tháng và báo cáo năm trước ngày nào?",
          [day("15/6/2026"), day("15/11/2026")],
          [sent(p, "Các sở, ban, ngành, UBND các xã, phường báo cáo", "15/11/2026.")], strip=True),
        Q(d, "lookup", "Who signed Phu Tho province's 2026 administrative reform plan, and in what capacity?",
          ["Đinh Công Sơn", ["PHÓ CHỦ TỊCH", "Phó Chủ tịch", "Vice Chairman", "deputy chairman"]],
          [sent(p, "UBND các xã, phường; - Lưu", "Đinh Công Sơn")], en=True),
        Q(d, "who", "Bên nào phối hợp với Sở VHTTDL Phú Thọ tiếp nhận hồ sơ cấp phép lễ hội Đền Hùng qua Cổng Dịch vụ công quốc gia?",
          ["Trung tâm Phục vụ hành chính công tỉnh", "Khu di tích lịch sử Đền Hùng"], [cells(p, "Tiếp nhận hồ sơ cấp phép")], strip=True),
        Q(d, "list", "Nhóm cải cách thể chế trong phụ lục của Phú Thọ gồm những nhiệm vụ nào và ai chủ trì từng việc?",
          [["đường giao thông nông thôn"], "Sở Xây dựng", ["khai thác cát"], "Sở Nông nghiệp và Môi trường"],
          [cells(p, "Rà soát, hợp nhất các quy định"), cells(p, "Xây dựng quy định quản lý hoạt động khai thác")]),
        N(d, "Phú Thọ giao ai xây dựng quy định quản lý khai thác cát, sỏi lòng sông Hồng?", ("sông Hồng",)),
        N(d, "Chủ tịch UBND tỉnh Phú Thọ là ai, có ký kế hoạch CCHC 2026 không?", ("Chủ tịch UBND tỉnh",)),
        N(d, "Ai chủ trì rút ngắn thời gian cấp giấy chứng nhận an toàn thực phẩm cho cơ sở chế biến gỗ ở Phú Thọ?",
          ("chế biến gỗ",), strip=True),
    ]


def bql_bac_ninh() -> list[dict[str, Any]]:
    """Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh, 09/KH-BQL (dev, DOCX schedule table)."""
    p, d = BQL_BAC_NINH, BQL_BAC_NINH.file
    return [
        Q(d, "when", "Ban Quản lý các KCN Bắc Ninh phải xong việc cấp giấy phép lao động trực tuyến toàn trình cho người nước ngoài khi nào?",
          [qend("III")], gantt(p, "Cấp giấy phép lao động")),
        Q(d, "multi", "Ai chủ trì, ai phối hợp việc rút ngắn thời gian cấp Giấy chứng nhận đăng ký đầu tư xuống 10 ngày làm việc ở BQL KCN Bắc Ninh?",
          ["Phòng Quản lý đầu tư", "Văn phòng Ban", "Sở Tài chính"], [cells(p, "Rút ngắn thời gian cấp Giấy chứng nhận")]),
        Q(d, "list", "Quý II có những việc nào đến hạn theo bảng tiến độ của Ban Quản lý các KCN Bắc Ninh?",
          [["Giấy chứng nhận đăng ký đầu tư"], ["quy chế làm việc"], ["giấy phép xây dựng"]],
          gantt(p, "Rút ngắn thời gian cấp Giấy chứng nhận", "Sửa đổi quy chế làm việc", "Cấp giấy phép xây dựng")),
        Q(d, "list", "Van phong Ban Quan ly cac KCN Bac Ninh chu tri bao nhieu nhiem vu trong bang tien do, ke ra",
          [["3", "ba"], ["Niêm yết"], ["quy chế làm việc"], ["xếp loại công chức", "Đánh giá, xếp loại"]],
          [cells(p, "Niêm yết, công khai"), cells(p, "Sửa đổi quy chế làm việc"), cells(p, "Đánh giá, xếp loại")], strip=True),
        Q(d, "multi", "Hệ thống quan trắc nước thải tự động của BQL KCN Bắc Ninh áp dụng ở những KCN nào, ai phối hợp, làm trong quý mấy?",
          ["Vân Trung", "Quang Châu", "Sở Nông nghiệp và Môi trường", ["Quý III", "quý 3"]], gantt(p, "Vận hành hệ thống quan trắc")),
        Q(d, "target", "Chỉ tiêu doanh nghiệp hài lòng của Ban Quản lý các khu công nghiệp Bắc Ninh năm 2026 là bao nhiêu?",
          ["95%"], [sent(p, "Tối thiểu 95% doanh nghiệp", "của Ban.")]),
        Q(d, "when", "Văn phòng Ban gửi báo cáo quý và báo cáo năm cho Sở Nội vụ hạn chót khi nào?",
          [in_quarter("12"), day("10/11/2026")], [sent(p, "Văn phòng Ban là đầu mối", "10/11/2026.")], strip=True),
        Q(d, "multi", "Which office of the Bac Ninh industrial parks authority leads the enterprise database linked to the national investment system, and in which quarters?",
          ["Phòng Quản lý doanh nghiệp", ["Quý II", "quarter 2", "Q2"], ["Quý IV", "quarter 4", "Q4"]],
          gantt(p, "Xây dựng cơ sở dữ liệu doanh nghiệp"), en=True),
        Q(d, "lookup", "Ai ký kế hoạch CCHC 2026 của Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh, chức vụ gì?",
          ["Ngô Quang Vinh", ["TRƯỞNG BAN", "Trưởng ban"]], [sent(p, "Các phòng thuộc Ban; - Lưu", "Ngô Quang Vinh")]),
        Q(d, "lookup", "Kế hoạch CCHC của BQL các KCN Bắc Ninh lấy kinh phí từ đâu?",
          ["dự toán chi thường xuyên"], [sent(p, "Kinh phí thực hiện Kế hoạch được bố trí", "của Ban.")]),
        Q(d, "who", "Ai tổng hợp phản ánh, kiến nghị của doanh nghiệp về TTHC và báo cáo Trưởng ban hằng quý?",
          ["Phòng Quản lý doanh nghiệp"], [sent(p, "Phòng Quản lý doanh nghiệp tổng hợp", "hằng quý.")]),
        N(d, "Kinh phí thực hiện kế hoạch CCHC 2026 của Ban Quản lý các KCN Bắc Ninh là bao nhiêu triệu đồng?", ("triệu đồng",)),
        N(d, "Phó Trưởng ban nào của BQL các KCN Bắc Ninh phụ trách cải cách hành chính?", ("Phó Trưởng ban",), strip=True),
        N(d, "Ai chủ trì vận hành hệ thống quan trắc nước thải tự động ở khu công nghiệp Tiên Sơn?", ("Tiên Sơn",)),
    ]
