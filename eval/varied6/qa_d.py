"""Questions about UBND thành phố Đà Nẵng (PDF, two-level header, reporting table) and UBND tỉnh Điện Biên (TXT), both test."""

from __future__ import annotations

from typing import Any

from eval.varied6.content_d import DA_NANG, DIEN_BIEN
from eval.varied6.qa_util import N, Q, day, in_quarter, month, quarter, report, row, sent


def da_nang() -> list[dict[str, Any]]:
    """UBND thành phố Đà Nẵng, 27/KH-UBND (test)."""
    p, d = DA_NANG, DA_NANG.file
    return [
        Q(d, "who", "Ở Đà Nẵng, ai chủ trì truy xuất nguồn gốc sâm Ngọc Linh bằng mã QR?",
          ["Sở Nông nghiệp và Môi trường"], [row(p, "Truy xuất nguồn gốc sâm Ngọc Linh")]),
        Q(d, "multi", "Cấp giấy phép lao động cho chuyên gia nước ngoài ở Trung tâm tài chính quốc tế Đà Nẵng: ai chủ trì, ai phối hợp, bắt đầu và hoàn thành khi nào?",
          ["Sở Nội vụ", "Công an thành phố", "Trung tâm Phục vụ hành chính công thành phố", month(3), quarter("III")],
          [row(p, "Cấp giấy phép lao động")]),
        Q(d, "when", "Khung năng lực số cho cán bộ, công chức, viên chức Đà Nẵng phải hoàn thành khi nào?",
          [month(11)], [row(p, "Xây dựng khung năng lực số")]),
        Q(d, "when", "Bán vé điện tử tham quan Mỹ Sơn và phố cổ Hội An bắt đầu tháng mấy, xong khi nào?",
          [month(2), month(6)], [row(p, "Bán vé tham quan")], strip=True),
        Q(d, "list", "Sở Khoa học và Công nghệ Đà Nẵng chủ trì những nhiệm vụ nào trong Phụ lục I?",
          [["dữ liệu mở"], ["Danang Smart City", "VNeID"]],
          [row(p, "Xây dựng nền tảng dữ liệu mở"), row(p, "Tích hợp ứng dụng Danang Smart City")]),
        Q(d, "target", "Đà Nẵng đặt mục tiêu giảm bao nhiêu phần trăm thời gian giải quyết TTHC đầu tư tại Khu thương mại tự do?",
          ["50%"], [sent(p, "Thời gian giải quyết TTHC về đầu tư", "so với quy định.")]),
        Q(d, "lookup", "Tổng kinh phí kế hoạch CCHC 2026 của Đà Nẵng là bao nhiêu, phần dành cho Trung tâm Phục vụ hành chính công là bao nhiêu?",
          [["5.200 triệu đồng", "5.200 triệu", "5,2 tỷ"], ["2.100 triệu đồng", "2.100 triệu", "2,1 tỷ"]],
          [sent(p, "Tổng kinh phí thực hiện Kế hoạch là 5.200", "hành chính công thành phố.")]),
        Q(d, "multi", "UBND thành phố Đà Nẵng gửi báo cáo năm cho Bộ Nội vụ trước ngày nào, cơ quan nào tham mưu?",
          ["Sở Nội vụ", day("08/12/2026")], [report(p, "UBND thành phố", "Năm")]),
        Q(d, "when", "Trung tâm Phục vụ hành chính công Đà Nẵng báo cáo Văn phòng UBND thành phố vào ngày nào?",
          [["Ngày 25 hằng tháng", "25 hằng tháng"]], [report(p, "Trung tâm Phục vụ hành chính công", "Hằng tháng")], strip=True),
        Q(d, "multi", "What is the quarterly reporting deadline for Da Nang departments and communes, and to whom do they report?",
          ["UBND thành phố", "Sở Nội vụ", in_quarter("14")], [report(p, "Các sở, ban, ngành", "Hằng quý")], en=True),
        Q(d, "lookup", "Ai ký kế hoạch 27/KH-UBND về CCHC của Đà Nẵng, chức vụ gì?",
          ["Nguyễn Đình Khôi", "Phó Chủ tịch"], [sent(p, "UBND các xã, phường, đặc khu; - Lưu", "Nguyễn Đình Khôi")]),
        N(d, "Đà Nẵng giao ai truy xuất nguồn gốc quế Trà My bằng mã QR?", ("quế",)),
        N(d, "Chủ tịch UBND thành phố Đà Nẵng hiện nay là ai?"),
        N(d, "Bán vé điện tử tham quan Ngũ Hành Sơn do đơn vị nào chủ trì?", ("Ngũ Hành Sơn",), strip=True),
    ]


def dien_bien() -> list[dict[str, Any]]:
    """UBND tỉnh Điện Biên, 08/KH-UBND (test, TXT with abbreviations)."""
    p, d = DIEN_BIEN, DIEN_BIEN.file
    return [
        Q(d, "who", "Ai chủ trì biên soạn tài liệu hướng dẫn TTHC bằng tiếng Thái, tiếng Mông ở Điện Biên?",
          ["Sở Dân tộc và Tôn giáo"], [sent(p, "Sở Dân tộc và Tôn giáo chủ trì", "năm 2026.")]),
        Q(d, "when", "DVCTT cho thương nhân tại cửa khẩu quốc tế Tây Trang phải xong khi nào?",
          [["6 tháng đầu năm 2026", "đầu năm 2026"]], [sent(p, "Sở Công Thương chủ trì", "đầu năm 2026.")]),
        Q(d, "multi", "Bố trí CCVC có trình độ CNTT cho các xã biên giới Mường Nhé, Nậm Kè: ai chủ trì, phối hợp với ai, khi nào xong?",
          ["Sở Nội vụ", "UBND các xã", "6 tháng cuối năm 2026"],
          [sent(p, "Sở Nội vụ chủ trì, phối hợp với UBND các xã", "cuối năm 2026.")], strip=True),
        Q(d, "when", "CSDL du lịch di tích Điện Biên Phủ, đồi A1, hầm Đờ Cát phải hoàn thành trước ngày nào?",
          [["15 tháng 12 năm 2026", "15/12/2026"]], [sent(p, "Sở Khoa học và Công nghệ chủ trì xây dựng CSDL", "năm 2026.")]),
        Q(d, "list", "Sở Nội vụ Điện Biên được giao chủ trì những việc gì trong KH CCHC 2026?",
          [["đánh giá CCVC", "kết quả, sản phẩm"], ["xã biên giới", "trình độ công nghệ thông tin"]],
          [sent(p, "Sở Nội vụ chủ trì đánh giá CCVC", "hằng quý."),
           sent(p, "Sở Nội vụ chủ trì, phối hợp với UBND các xã", "cuối năm 2026.")]),
        Q(d, "target", "Điện Biên đặt chỉ tiêu bao nhiêu phần trăm hồ sơ TTHC được nộp qua DVCTT năm 2026?",
          ["75%"], [sent(p, "Tối thiểu 75% hồ sơ TTHC", "qua DVCTT.")]),
        Q(d, "lookup", "Tổng kinh phí KH CCHC 2026 của Điện Biên là bao nhiêu, CSDL du lịch được bao nhiêu?",
          [["1.750 triệu đồng", "1.750 triệu", "1,75 tỷ"], ["500 triệu đồng", "500 triệu"]],
          [sent(p, "Tổng kinh phí 1.750", "CSDL du lịch.")], strip=True),
        Q(d, "multi", "Sở, ngành và UBND xã ở Điện Biên gửi báo cáo CCHC qua cơ quan nào, hạn báo cáo quý và báo cáo năm khi nào?",
          ["Sở Nội vụ", in_quarter("15"), ["15 tháng 11 năm 2026", "15/11/2026"]],
          [sent(p, "Các sở, ban, ngành, UBND các xã, phường báo cáo", "năm 2026.")]),
        Q(d, "lookup", "Ủy ban MTTQ tỉnh Điện Biên được đề nghị làm gì trong KH CCHC 2026, ở đâu?",
          [["tuyên truyền về DVCTT", "tuyên truyền"], "bản vùng cao"], [sent(p, "Đề nghị Ủy ban MTTQ", "thường xuyên.")]),
        Q(d, "lookup", "Who signed Dien Bien province's 2026 administrative reform plan, and what is his title?",
          ["Lò Văn Tiến", ["Phó Chủ tịch", "Vice Chairman"]], [sent(p, "UBND các xã, phường; - Lưu", "Lò Văn Tiến")], en=True),
        N(d, "Điện Biên giao ai biên soạn tài liệu hướng dẫn TTHC bằng tiếng Khơ Mú?", ("Khơ Mú",)),
        N(d, "Ai chủ trì thực hiện DVCTT cho thương nhân tại cửa khẩu Huổi Puốc?", ("Huổi Puốc",), strip=True),
    ]
