"""Questions about UBND tỉnh Lâm Đồng (PDF, two-level header, split rows) and xã Trùng Khánh (TXT), both dev."""

from __future__ import annotations

from typing import Any

from eval.varied6.content_a import LAM_DONG, TRUNG_KHANH
from eval.varied6.qa_util import N, Q, day, in_quarter, row, sent


def lam_dong() -> list[dict[str, Any]]:
    """UBND tỉnh Lâm Đồng, 19/KH-UBND (dev)."""
    p, d = LAM_DONG, LAM_DONG.file
    return [
        Q(d, "who", "Ở Lâm Đồng, việc cấp mã số vùng trồng cà phê, sầu riêng trực tuyến toàn trình do cơ quan nào chủ trì?",
          ["Sở Nông nghiệp và Môi trường"], [row(p, "Cấp mã số vùng trồng")]),
        Q(d, "multi", "Hợp nhất hệ thống thông tin giải quyết TTHC của ba tỉnh cũ ở Lâm Đồng: ai chủ trì, ai phối hợp, hạn chót ngày nào?",
          ["Sở Khoa học và Công nghệ", "Văn phòng UBND tỉnh", "Trung tâm Phục vụ hành chính công tỉnh", day("31/3/2026")],
          [row(p, "Hợp nhất Hệ thống thông tin")]),
        Q(d, "when", "Hạn chót cắt giảm 20% thời gian giải quyết TTHC đầu tư cho dự án du lịch ven biển Mũi Né là khi nào?",
          [day("30/9/2026")], [row(p, "Cắt giảm tối thiểu 20%")], strip=True),
        Q(d, "list", "Sở Nội vụ Lâm Đồng chủ trì những nhiệm vụ nào trong phụ lục kế hoạch CCHC 2026?",
          [["bộ máy chính quyền cấp xã", "Đánh giá hoạt động"], ["kỹ năng số", "Bồi dưỡng"]],
          [row(p, "Đánh giá hoạt động của bộ máy"), row(p, "Bồi dưỡng kỹ năng số")]),
        Q(d, "target", "Tỉnh Lâm Đồng đặt mức hài lòng của người dân, doanh nghiệp năm 2026 là bao nhiêu?",
          ["92%"], [sent(p, "Mức độ hài lòng của người dân", "tối thiểu 92%.")]),
        Q(d, "lookup", "Kế hoạch CCHC 2026 của Lâm Đồng có tổng kinh phí bao nhiêu, bao nhiêu dành cho chuyển đổi số?",
          [["2.640 triệu đồng", "2.640 triệu", "2,64 tỷ"], ["980 triệu đồng", "980 triệu"]],
          [sent(p, "Tổng kinh phí thực hiện Kế hoạch", "chuyển đổi số.")]),
        Q(d, "lookup", "Who signed Lam Dong province's 2026 administrative reform plan, and in what capacity?",
          ["Phạm Đình Lực", ["Q. CHỦ TỊCH", "Quyền Chủ tịch", "acting chairman"]],
          [sent(p, "UBND các xã, phường, đặc khu; - Lưu", "Phạm Đình Lực")], en=True),
        Q(d, "multi", "Các sở, ngành và UBND xã, phường, đặc khu ở Lâm Đồng gửi báo cáo CCHC hằng quý về đâu, qua ai, hạn ngày mấy?",
          ["UBND tỉnh", "Sở Nội vụ", in_quarter("16")],
          [sent(p, "Các sở, ban, ngành tỉnh, UBND các xã, phường, đặc khu báo cáo", "tháng cuối quý")], strip=True),
        Q(d, "who", "Bên nào giúp Sở VHTTDL Lâm Đồng làm quy chế phối hợp quản lý khu du lịch quốc gia hồ Tuyền Lâm?",
          ["Sở Xây dựng", "UBND phường Xuân Hương - Đà Lạt"], [row(p, "Ban hành quy chế phối hợp")]),
        N(d, "Lâm Đồng giao cơ quan nào cấp mã số vùng trồng hồ tiêu phục vụ xuất khẩu?", ("hồ tiêu",)),
        N(d, "Phó Chủ tịch UBND tỉnh Lâm Đồng phụ trách cải cách hành chính là ai?", ("Phó Chủ tịch",)),
        N(d, "Lâm Đồng giao ai tiếp nhận hồ sơ TTHC qua bưu chính cho người dân đặc khu Côn Đảo?", ("Côn Đảo",), strip=True),
    ]


def trung_khanh() -> list[dict[str, Any]]:
    """UBND xã Trùng Khánh (Cao Bằng), 07/KH-UBND (dev, TXT)."""
    p, d = TRUNG_KHANH, TRUNG_KHANH.file
    return [
        Q(d, "who", "Ở xã Trùng Khánh ai lo việc niêm yết TTHC tại Bộ phận Một cửa?",
          ["Văn phòng HĐND và UBND xã"], [sent(p, "Niêm yết đủ TTHC", "quý đầu năm.")]),
        Q(d, "when", "Xã Trùng Khánh phải số hóa xong sổ hộ tịch khi nào?",
          [["6 tháng cuối năm 2026", "cuối năm 2026"]], [sent(p, "Số hóa sổ hộ tịch", "cuối năm 2026.")]),
        Q(d, "when", "Hạn chót đưa hạt dẻ Trùng Khánh lên sàn thương mại điện tử là ngày nào?",
          [["15 tháng 12 năm 2026", "15/12/2026"]], [sent(p, "Bán hạt dẻ Trùng Khánh", "năm 2026.")], strip=True),
        Q(d, "who", "Ai hướng dẫn thương nhân làm thủ tục xuất nhập cảnh ở cửa khẩu Pò Peo?",
          ["Công an xã"], [sent(p, "Hướng dẫn thương nhân", "thường xuyên.")]),
        Q(d, "list", "Những việc nào của xã Trùng Khánh phải làm xong trong quý đầu năm?",
          [["Niêm yết đủ TTHC", "niêm yết"], ["tổ công nghệ số cộng đồng"]],
          [sent(p, "Niêm yết đủ TTHC", "quý đầu năm."), sent(p, "Lập tổ công nghệ số cộng đồng", "quý đầu năm.")]),
        Q(d, "list", "Văn phòng HĐND và UBND xã Trùng Khánh được giao làm những việc gì trong phần nhiệm vụ?",
          [["Niêm yết đủ TTHC", "niêm yết"], ["vị trí việc làm"], ["Đánh giá công chức theo tháng", "đánh giá công chức"]],
          [sent(p, "Niêm yết đủ TTHC", "quý đầu năm."), sent(p, "Sắp xếp lại vị trí việc làm", "đầu năm 2026."),
           sent(p, "Đánh giá công chức theo tháng", "năm 2026.")], strip=True),
        Q(d, "target", "Xã Trùng Khánh đặt chỉ tiêu bao nhiêu phần trăm hồ sơ TTHC được nộp trực tuyến?",
          ["70%"], [sent(p, "Tối thiểu 70% hồ sơ TTHC", "nộp trực tuyến.")]),
        Q(d, "lookup", "Kinh phí thực hiện kế hoạch CCHC năm 2026 của xã Trùng Khánh là bao nhiêu, lấy từ đâu?",
          [["60 triệu đồng", "60 triệu"], "ngân sách xã"], [sent(p, "Kinh phí thực hiện Kế hoạch là 60", "năm 2026.")]),
        Q(d, "multi", "UBND xã Trùng Khánh báo cáo UBND tỉnh qua cơ quan nào, hạn báo cáo quý và báo cáo năm là khi nào?",
          ["Sở Nội vụ", in_quarter("12"), ["14 tháng 11 năm 2026", "14/11/2026"]],
          [sent(p, "Văn phòng HĐND và UBND xã tham mưu UBND xã báo cáo", "năm 2026.")]),
        Q(d, "when", "By what date must Trung Khanh commune issue event permits at Ban Gioc waterfall?",
          [["31 tháng 3 năm 2026", "31/3/2026"]], [sent(p, "Cấp phép tổ chức sự kiện du lịch", "năm 2026.")], en=True),
        N(d, "Xã Trùng Khánh giao ai cấp phép tổ chức sự kiện du lịch tại động Ngườm Ngao?", ("Ngườm Ngao",)),
        N(d, "Ai hướng dẫn thương nhân làm thủ tục xuất nhập cảnh tại cửa khẩu Trà Lĩnh?", ("Trà Lĩnh",), strip=True),
    ]
