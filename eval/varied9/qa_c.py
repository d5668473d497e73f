"""Questions about UBND phường Thủ Dầu Một (PDF, Phụ lục over 3+ pages) and Trường Đại học Tây Nguyên (numbered DOCX)."""

from __future__ import annotations

from typing import Any

from eval.varied8.qa_util import N, Q, cells, day, in_quarter, month, sent
from eval.varied9.content_c import DH_TAY_NGUYEN, THU_DAU_MOT


def thu_dau_mot() -> list[dict[str, Any]]:
    """UBND phường Thủ Dầu Một, TP. Hồ Chí Minh, 21/KH-UBND (test, pdf-table)."""
    p, d = THU_DAU_MOT, THU_DAU_MOT.file
    return [
        Q(d, "who", "Phường Thủ Dầu Một giao ai lo giải quyết dứt điểm hồ sơ cấp GCN quyền sử dụng đất tồn đọng?",
          ["Phòng Kinh tế, Hạ tầng và Đô thị"], [cells(p, "Giải quyết dứt điểm")]),
        Q(d, "multi", "Cấp phép xây dựng nhà ở riêng lẻ ở phường TDM được rút xuống còn mấy ngày, hạn khi nào, ai chủ trì?",
          ["07 ngày làm việc", month(6), "Phòng Kinh tế, Hạ tầng và Đô thị"], [cells(p, "Rút ngắn thời gian cấp giấy phép")]),
        Q(d, "multi", "Hội thi tìm hiểu CCHC cho đoàn viên, thanh niên phường Thủ Dầu Một tổ chức lúc nào, ai đứng ra tổ chức?",
          ["Đoàn Thanh niên phường", month(8)], [cells(p, "Tổ chức Hội thi")]),
        Q(d, "list", "Phòng Văn hóa - Xã hội phường Thủ Dầu Một chủ trì những nhiệm vụ nào trong phụ lục?",
          [["kế hoạch tuyên truyền"], ["Tự kiểm tra văn bản"], ["hoạt động của các khu phố"], ["Số hóa hồ sơ hộ tịch"],
           ["Tổ công nghệ số cộng đồng"]],
          [cells(p, "Ban hành kế hoạch tuyên truyền"), cells(p, "Tự kiểm tra văn bản"), cells(p, "Đánh giá hoạt động của các khu phố"),
           cells(p, "Số hóa hồ sơ hộ tịch"), cells(p, "Thành lập Tổ công nghệ số")]),
        Q(d, "multi", "VP HĐND và UBND phường TDM báo cáo UBND Thành phố qua cơ quan nào; hạn báo cáo quý, 6 tháng, năm?",
          ["Sở Nội vụ", in_quarter("14"), day("14/6/2026"), day("14/11/2026")],
          [sent(p, "Văn phòng HĐND và UBND phường là đầu mối", "14/11/2026.")]),
        Q(d, "when", "Phòng KT, HT&ĐT phường Thủ Dầu Một báo cáo tiến độ hồ sơ đất đai tồn đọng cho ai, vào ngày nào?",
          [["ngày 25 hằng tháng"], "Chủ tịch UBND phường"],
          [sent(p, "Phòng Kinh tế, Hạ tầng và Đô thị báo cáo Chủ tịch", "hằng tháng.")]),
        Q(d, "target", "Phường TDM đặt mục tiêu mức độ hài lòng của người dân đạt bao nhiêu?",
          ["95%"], [sent(p, "Mức độ hài lòng của người dân", "95%.")]),
        Q(d, "lookup", "KH 21/KH-UBND phường Thủ Dầu Một do ai ký, ký ngày nào?",
          ["Lâm Thị Kiều Oanh", ["ngày 19 tháng 01 năm 2026", "19/01/2026", "19/1/2026"]],
          [sent(p, "Số: 21/KH-UBND", "năm 2026"), sent(p, "Các phòng, đơn vị thuộc phường; - Lưu: VT.", "Lâm Thị Kiều Oanh")]),
        Q(d, "multi", "Trợ lý ảo tra cứu TTHC trên Zalo của phường: bên nào chủ trì, bao giờ phải chạy?",
          ["Trung tâm Phục vụ hành chính công phường", day("30/9/2026")], [cells(p, "Ứng dụng trợ lý ảo")]),
        Q(d, "lookup", "Yêu cầu của KH CCHC phường Thủ Dầu Một về việc báo cáo khó khăn, vướng mắc là gì?",
          ["không để dồn đến cuối năm"], [sent(p, "Các đơn vị chủ động báo cáo khó khăn", "cuối năm.")]),
        N(d, "Ai phối hợp với phường Thủ Dầu Một thu phí chợ Lái Thiêu không dùng tiền mặt?", ("Lái Thiêu",)),
        N(d, "Chủ tịch UBND phường Thủ Dầu Một tên gì, có ký kế hoạch CCHC này không?",
          ("Chủ tịch UBND phường Thủ Dầu Một là",)),
    ]


def dh_tay_nguyen() -> list[dict[str, Any]]:
    """Trường Đại học Tây Nguyên, 44/KH-ĐHTN (test, docx with Word numbering and merged cells)."""
    p, d = DH_TAY_NGUYEN, DH_TAY_NGUYEN.file
    return [
        Q(d, "who", "Trường ĐH Tây Nguyên giao đơn vị nào chủ trì cấp bảng điểm, giấy xác nhận sinh viên trực tuyến?",
          ["Phòng Đào tạo đại học"], [cells(p, "Cấp bảng điểm")]),
        Q(d, "multi", "Sáp nhập TT Ngoại ngữ và TT Tin học ở ĐH Tây Nguyên: ai lo, ai phối hợp, bao giờ xong?",
          ["Phòng Tổ chức cán bộ", "Các đơn vị liên quan", month(9)], [cells(p, "Sáp nhập Trung tâm")]),
        Q(d, "list", "Phòng Tổ chức cán bộ ĐH Tây Nguyên chủ trì những việc gì trong bảng nhiệm vụ CCHC?",
          [["Quy chế tổ chức và hoạt động"], ["Sáp nhập Trung tâm Ngoại ngữ"], ["KPI"]],
          [cells(p, "Sửa đổi Quy chế tổ chức"), cells(p, "Sáp nhập Trung tâm"), cells(p, "Đánh giá viên chức quản lý")]),
        Q(d, "multi", "Phòng TCCB của trường ĐH Tây Nguyên báo cáo Bộ GD&ĐT kết quả CCHC 6 tháng và cả năm trước ngày nào?",
          ["Bộ Giáo dục và Đào tạo", day("20/6/2026"), day("20/11/2026")],
          [sent(p, "Tổng hợp, báo cáo Bộ Giáo dục và Đào tạo", "20/11/2026.")]),
        Q(d, "when", "Các khoa, phòng, trung tâm của ĐH Tây Nguyên nộp báo cáo quý về đâu, hạn ngày nào?",
          ["Phòng Tổ chức cán bộ", in_quarter("15")], [sent(p, "Gửi báo cáo quý về Phòng Tổ chức cán bộ", "tháng cuối quý.")]),
        Q(d, "lookup", "Trường ĐH Tây Nguyên bố trí bao nhiêu tiền cho KH CCHC 2026, lấy từ nguồn nào?",
          ["450 triệu đồng", "nguồn thu sự nghiệp"], [sent(p, "Bố trí 450 triệu đồng", "Kế hoạch;")]),
        Q(d, "target", "Theo chỉ tiêu, trường ĐH Tây Nguyên cấp bảng điểm tối đa trong bao lâu?",
          ["02 ngày làm việc"], [sent(p, "Thời gian cấp bảng điểm", "ngày làm việc.")]),
        Q(d, "lookup", "Ai ký kế hoạch 44/KH-ĐHTN, chức vụ gì?",
          ["Trần Đăng Khoa", ["PHÓ HIỆU TRƯỞNG", "Phó Hiệu trưởng"]],
          [sent(p, "Các đơn vị thuộc Trường; - Lưu: VT, TCCB.", "Trần Đăng Khoa")]),
        Q(d, "who", "thu hoc phi khong dung tien mat o DH Tay Nguyen phoi hop voi ngan hang nao?",
          [["Ngân hàng BIDV chi nhánh Đắk Lắk", "BIDV"]], [cells(p, "Thu học phí")], strip=True),
        Q(d, "multi", "Số hóa luận văn, luận án tại Thư viện ĐH Tây Nguyên: sản phẩm là gì, hạn khi nào?",
          ["Thư viện số", day("30/11/2026")], [cells(p, "Số hóa luận văn")]),
        Q(d, "multi", "ĐHTN - hồ sơ sức khỏe điện tử cho SV: ai chủ trì, hạn?",
          ["Trung tâm Công nghệ thông tin", month(10)], [cells(p, "Triển khai hồ sơ sức khỏe")]),
        N(d, "Trường ĐH Tây Nguyên giao ai chủ trì rà soát con dấu sau sắp xếp bộ máy?", ("con dấu",)),
        N(d, "Hiệu trưởng Trường Đại học Tây Nguyên là ai, có ký kế hoạch CCHC 2026 không?",
          ("Hiệu trưởng Trường Đại học Tây Nguyên là",)),
    ]
