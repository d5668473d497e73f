"""Questions about Sở Công Thương tỉnh Vĩnh Long (PDF table) and Sở Giáo dục và Đào tạo tỉnh Lâm Đồng (DOCX, sub-tasks)."""

from __future__ import annotations

from typing import Any

from eval.varied6.qa_util import report
from eval.varied8.qa_util import N, Q, cells, day, in_quarter, sent, sub
from eval.varied11.content_a import GDDT_LAM_DONG, SCT_VINH_LONG


def sct_vinh_long() -> list[dict[str, Any]]:
    """Sở Công Thương tỉnh Vĩnh Long, 27/KH-SCT (dev, pdf-table with a reporting table)."""
    p, d = SCT_VINH_LONG, SCT_VINH_LONG.file
    return [
        Q(d, "who", "SCT Vĩnh Long: việc xây dựng CSDL cửa hàng bán lẻ xăng dầu trên bản đồ số giao cho phòng nào?",
          ["Phòng Quản lý năng lượng"], [cells(p, "Xây dựng cơ sở dữ liệu cửa hàng")]),
        Q(d, "multi", "KH 27 của SCT - quy định quản lý cụm công nghiệp: ai chủ trì, phối hợp những ai, hạn chót?",
          ["Phòng Quản lý công nghiệp", "Sở Tài chính", "Sở Nông nghiệp và Môi trường",
           "UBND các xã, phường có cụm công nghiệp", day("30/9/2026")],
          [cells(p, "Tham mưu UBND tỉnh ban hành Quy định quản lý cụm")]),
        Q(d, "list", "những việc nào Văn phòng Sở Công Thương Vĩnh Long chủ trì trong phụ lục?",
          [["Rà soát văn bản quy phạm pháp luật"], ["Công khai, cập nhật thủ tục hành chính"],
           ["Kiện toàn tổ chức các phòng chuyên môn"], ["Đề án vị trí việc làm"], ["Số hóa hồ sơ, kết quả giải quyết"]],
          [cells(p, "Rà soát văn bản quy phạm"), cells(p, "Công khai, cập nhật"), cells(p, "Kiện toàn tổ chức"),
           cells(p, "Xây dựng Đề án vị trí việc làm"), cells(p, "Số hóa hồ sơ, kết quả")]),
        Q(d, "multi", "bên nào phải nộp báo cáo quý CCHC lên UBND tỉnh ở SCT Vĩnh Long, hạn ngày mấy?",
          ["Văn phòng Sở", in_quarter("14")], [report(p, "Văn phòng Sở", "Báo cáo quý")]),
        Q(d, "multi", "Chi cục QLTT thuộc SCT Vĩnh Long báo cáo gì, gửi ai, hạn?",
          ["kết quả kiểm tra, xử lý vi phạm", "Giám đốc Sở", ["ngày 22 hằng tháng", "22 hằng tháng"]],
          [report(p, "Chi cục Quản lý thị trường", "Báo cáo tháng kết quả kiểm tra, xử lý vi phạm")]),
        Q(d, "target", "mục tiêu về tỷ lệ hồ sơ trực tuyến của Sở Công Thương Vĩnh Long năm 2026 là bao nhiêu?",
          ["85%"], [sent(p, "Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến", "85%.")]),
        Q(d, "target", "cấp GP bán lẻ rượu ở SCT VL phấn đấu rút xuống còn mấy ngày?",
          ["07 ngày làm việc"], [sent(p, "Thời gian cấp Giấy phép bán lẻ sản phẩm rượu", "ngày làm việc.")]),
        Q(d, "lookup", "kinh phí thực hiện KH CCHC 2026 của SCT Vĩnh Long lấy từ đâu, bao nhiêu?",
          ["180 triệu đồng", "nguồn chi thường xuyên"],
          [sent(p, "Phòng Kế hoạch - Tài chính bố trí 180", "thực hiện Kế hoạch.")]),
        Q(d, "list", "SCT Vĩnh Long có những nhiệm vụ nào hạn trong quý III/2026?",
          [["cụm công nghiệp"], ["bán lẻ sản phẩm rượu"], ["Đề án vị trí việc làm"], ["phương án tự chủ tài chính"],
           ["cơ sở dữ liệu cửa hàng bán lẻ xăng dầu"], ["sàn thương mại điện tử"]],
          [cells(p, "Tham mưu UBND tỉnh ban hành Quy định"), cells(p, "Rà soát, đề xuất đơn giản hóa"),
           cells(p, "Xây dựng Đề án vị trí việc làm"), cells(p, "Xây dựng phương án tự chủ"),
           cells(p, "Xây dựng cơ sở dữ liệu cửa hàng"), cells(p, "Triển khai sàn thương mại")]),
        Q(d, "lookup", "Ai ký KH 27/KH-SCT, chức vụ gì?",
          ["Trần Văn Khởi", ["PHÓ GIÁM ĐỐC", "Phó Giám đốc"]],
          [sent(p, "Các phòng, chi cục, trung tâm thuộc Sở; - Lưu: VT, VP.", "Trần Văn Khởi")]),
        Q(d, "multi", "công khai TTHC công thương lên Cổng DVC quốc gia (SCT VL) thời gian thế nào, ghi chú gì?",
          ["Thường xuyên", "05 ngày làm việc kể từ ngày có quyết định công bố"], [cells(p, "Công khai, cập nhật")]),
        N(d, "SCT Vĩnh Long giao ai xây dựng cơ sở dữ liệu cửa hàng bán lẻ khí đốt?", ("khí đốt",)),
        N(d, "Lịch nghỉ Tết Nguyên đán 2026 của Sở Công Thương Vĩnh Long thế nào?", ("Tết", "Nguyên đán")),
    ]


PARENT_TTHC = "Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực giáo dục"
PARENT_SX = "Sắp xếp các trường phổ thông dân tộc nội trú"


def gddt_lam_dong() -> list[dict[str, Any]]:
    """Sở Giáo dục và Đào tạo tỉnh Lâm Đồng, 19/KH-SGDĐT (dev, Word-numbered DOCX with sub-task rows)."""
    p, d = GDDT_LAM_DONG, GDDT_LAM_DONG.file
    return [
        Q(d, "who", "SGDĐT Lâm Đồng: rà soát TT cấp bản sao văn bằng từ sổ gốc thì phòng nào chủ trì, phòng nào phối hợp?",
          ["Văn phòng Sở", "Phòng Giáo dục phổ thông"], sub(p, PARENT_TTHC, "Rà soát thủ tục cấp bản sao")),
        Q(d, "when", "học bạ số cấp tiểu học ở Lâm Đồng phải xong trước ngày nào?",
          [day("15/7/2026")], [sent(p, "8.1 | Triển khai học bạ số cấp tiểu học", "Trước 15/7/2026")]),
        Q(d, "multi", "việc khảo sát quy mô trường lớp vùng sâu vùng xa (SGDĐT LĐ) ai đầu mối, ai phối hợp, hạn?",
          ["Phòng Tổ chức cán bộ", "UBND các xã, phường", day("31/3/2026")], sub(p, PARENT_SX, "Khảo sát quy mô")),
        Q(d, "list", "Sở GD Lâm Đồng - những việc nào Phòng Tổ chức cán bộ chủ trì?",
          [["Sắp xếp các trường phổ thông dân tộc nội trú"], ["Tuyển dụng giáo viên"], ["Bồi dưỡng kỹ năng số"]],
          [cells(p, PARENT_SX), cells(p, "Tuyển dụng giáo viên"), cells(p, "Bồi dưỡng kỹ năng số")]),
        Q(d, "target", "SGDĐT Lâm Đồng đặt chỉ tiêu hài lòng của phụ huynh, học sinh bao nhiêu?",
          ["88%"], [sent(p, "Tỷ lệ hài lòng của phụ huynh, học sinh", "88%.")]),
        Q(d, "multi", "VP Sở GDĐT Lâm Đồng báo cáo CCHC cho ai, qua đâu, hạn BC quý và BC năm?",
          ["UBND tỉnh", "Sở Nội vụ", in_quarter("16"), day("16/11/2026")],
          [sent(p, "Tổng hợp, báo cáo UBND tỉnh (qua Sở Nội vụ)", "16/11/2026.")]),
        Q(d, "multi", "các trường THPT, PTDTNT ở Lâm Đồng nộp BC CCHC 6 tháng về đâu, hạn ngày nào?",
          ["Văn phòng Sở", day("05/6/2026")], [sent(p, "Gửi báo cáo kết quả cải cách hành chính 6 tháng", "05/11/2026.")]),
        Q(d, "lookup", "kinh phí KH CCHC 2026 Sở GD&ĐT Lâm Đồng bao nhiêu, nguồn nào?",
          ["240 triệu đồng", "sự nghiệp giáo dục"], [sent(p, "Bố trí 240 triệu đồng", "thực hiện Kế hoạch.")]),
        Q(d, "lookup", "KH 19/KH-SGDĐT ai ký?",
          ["Lê Quang Vinh", ["GIÁM ĐỐC", "Giám đốc"]], [sent(p, "Các trường THPT, PTDTNT; - Lưu: VT, VP.", "Lê Quang Vinh")]),
        N(d, "Sở GDĐT Lâm Đồng giao ai triển khai học bạ số cấp trung học phổ thông?",
          ("học bạ số cấp trung học phổ thông",)),
        N(d, "Phó Giám đốc nào ký thay KH CCHC 2026 của SGDĐT Lâm Đồng?", ("PHÓ GIÁM ĐỐC", "KT. GIÁM ĐỐC")),
    ]

