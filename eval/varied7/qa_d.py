"""Questions about Đại học Huế (decision DOCX, lead-first table, two annexes) and Sở Công Thương Gia Lai (PDF schedule), test."""

from __future__ import annotations

from typing import Any

from eval.varied7.content_d import DH_HUE, SCT_GIA_LAI
from eval.varied7.qa_util import N, Q, cells, day, gantt, in_quarter, qend, quarter, report, sent


def dh_hue() -> list[dict[str, Any]]:
    """Đại học Huế, QĐ 125/QĐ-ĐHH (test, decision DOCX with Phụ lục I and II)."""
    p, d = DH_HUE, DH_HUE.file
    return [
        Q(d, "who", "Ở Đại học Huế, đơn vị nào chủ trì việc cấp bản sao văn bằng, chứng chỉ từ sổ gốc theo hình thức trực tuyến?",
          ["Ban Đào tạo và Công tác sinh viên"], [cells(p, "Cấp bản sao")]),
        Q(d, "when", "Đề án vị trí việc làm của các đơn vị thuộc và trực thuộc Đại học Huế phải xong khi nào?",
          [quarter("III")], [cells(p, "Xây dựng đề án")]),
        Q(d, "multi", "Kết quả đầu ra của việc triển khai hồ sơ sinh viên điện tử ở Đại học Huế là gì, hạn chót ngày nào?",
          ["Hệ thống hồ sơ sinh viên điện tử", day("31/8/2026")], [cells(p, "Triển khai hồ sơ")]),
        Q(d, "list", "Ban To chuc - Nhan su Dai hoc Hue chu tri bao nhieu nhiem vu trong Phu luc I, do la nhung viec gi?",
          [["2", "hai"], ["vị trí việc làm"], ["thăng hạng"]],
          [cells(p, "Xây dựng đề án"), cells(p, "Tổ chức thi thăng hạng")], strip=True),
        Q(d, "when", "Đại học Huế gửi báo cáo CCHC năm cho Bộ GD&ĐT trước ngày nào?",
          [day("20/11/2026")], [report(p, "Đại học Huế", "Năm")]),
        Q(d, "multi", "Theo Phụ lục II, các đơn vị thuộc Đại học Huế gửi báo cáo quý và báo cáo 6 tháng về đâu, hạn khi nào?",
          ["Ban Tổ chức - Nhân sự", in_quarter("10"), day("10/6/2026")],
          [report(p, "Các đơn vị thuộc", "Quý"), report(p, "Các đơn vị thuộc", "6 tháng")]),
        Q(d, "multi", "Quyết định ban hành kế hoạch CCHC 2026 của Đại học Huế số mấy, ai ký, chức danh gì?",
          ["125/QĐ-ĐHH", "Tôn Thất Minh Khoa", ["PHÓ GIÁM ĐỐC", "Phó Giám đốc"]],
          [sent(p, "Số: 125/QĐ-ĐHH", "năm 2026"), sent(p, "Ban Giám đốc; - Lưu", "Tôn Thất Minh Khoa")]),
        Q(d, "list", "Trong nhóm chuyển đổi số của Phụ lục I, Trung tâm Thông tin và Chuyển đổi số Đại học Huế chủ trì những việc gì?",
          [["hồ sơ sinh viên điện tử"], ["luận án tiến sĩ"]],
          [cells(p, "Triển khai hồ sơ"), cells(p, "Số hóa luận án")]),
        Q(d, "who", "Ben nao phoi hop tiep nhan ho so xet tuyen sinh vien quoc te qua cong truc tuyen o Dai hoc Hue?",
          ["Trường Đại học Ngoại ngữ"], [cells(p, "Tiếp nhận hồ sơ xét tuyển")], strip=True),
        Q(d, "target", "Đại học Huế đặt mục tiêu bao nhiêu phần trăm thủ tục nội bộ được giải quyết trên môi trường điện tử?",
          ["90%"], [sent(p, "Tối thiểu 90% thủ tục nội bộ", "môi trường điện tử.")]),
        Q(d, "lookup", "How much funding does Hue University's 2026 reform plan have, and how much of it goes to the electronic student records system?",
          [["1.850 triệu", "1,85 tỷ", "1.85 billion"], ["900 triệu", "900 million"]],
          [sent(p, "Kinh phí thực hiện Kế hoạch là 1.850", "sinh viên điện tử.")], en=True),
        Q(d, "lookup", "Quyết định của Đại học Huế được ban hành theo đề nghị của ai?",
          ["Trưởng Ban Tổ chức - Nhân sự"], [sent(p, "Căn cứ Quy chế tổ chức và hoạt động", "Tổ chức - Nhân sự.")]),
        N(d, "Đại học Huế giao ai số hóa luận văn thạc sĩ?", ("luận văn thạc sĩ",)),
        N(d, "Phương án tự chủ tài chính của Trường Đại học Luật do ban nào xây dựng?", ("Đại học Luật",)),
        N(d, "Dai hoc Hue to chuc thi thang hang giang vien cao cap khi nao?", ("giảng viên cao cấp",), strip=True),
        N(d, "Hiệu trưởng Trường Đại học Y - Dược Huế là ai?", ("Hiệu trưởng Trường Đại học Y",)),
    ]


def sct_gia_lai() -> list[dict[str, Any]]:
    """Sở Công Thương tỉnh Gia Lai, 17/KH-SCT (test, PDF schedule table)."""
    p, d = SCT_GIA_LAI, SCT_GIA_LAI.file
    return [
        Q(d, "when", "Sở Công Thương Gia Lai phải xong việc cấp giấy phép bán lẻ rượu, thuốc lá trực tuyến toàn trình trong quý nào?",
          [qend("II")], gantt(p, "Cấp giấy phép bán lẻ")),
        Q(d, "multi", "Ai chủ trì, ai phối hợp hướng dẫn cấp chứng nhận xuất xứ cho cà phê, hồ tiêu xuất khẩu qua cửa khẩu Lệ Thanh, làm vào những quý nào?",
          ["Trung tâm Khuyến công và Xúc tiến thương mại", "Phòng Quản lý thương mại", ["Quý II", "quý 2"], ["Quý III", "quý 3"]],
          gantt(p, "Hướng dẫn doanh nghiệp")),
        Q(d, "list", "Những việc nào của Sở Công Thương Gia Lai kéo dài đến quý IV?",
          [["Đánh giá công chức"], ["điện gió, điện mặt trời", "cơ sở dữ liệu"], ["OCOP"]],
          gantt(p, "Đánh giá công chức", "Xây dựng cơ sở dữ liệu", "Đưa sản phẩm OCOP")),
        Q(d, "list", "Quy I co nhung viec nao den han o So Cong Thuong Gia Lai?",
          [["Sắp xếp lại các phòng", "sắp xếp lại"], ["Ký số", "văn bản đi"]],
          gantt(p, "Sắp xếp lại các phòng", "Ký số 100%"), strip=True),
        Q(d, "list", "Văn phòng Sở Công Thương Gia Lai chủ trì bao nhiêu nhiệm vụ trong phụ lục, kể ra?",
          [["3", "ba"], ["Sắp xếp lại"], ["Đánh giá công chức"], ["Ký số"]],
          [cells(p, "Sắp xếp lại các phòng"), cells(p, "Đánh giá công chức"), cells(p, "Ký số 100%")]),
        Q(d, "multi", "Sản phẩm của nhiệm vụ xây dựng cơ sở dữ liệu dự án điện gió, điện mặt trời là gì, ai chủ trì?",
          ["Cơ sở dữ liệu năng lượng", "Phòng Quản lý năng lượng"], [cells(p, "Xây dựng cơ sở dữ liệu")]),
        Q(d, "target", "Sở Công Thương Gia Lai đặt chỉ tiêu tỷ lệ hài lòng năm 2026 là bao nhiêu?",
          ["90%"], [sent(p, "Tối thiểu 90% tổ chức", "của Sở.")]),
        Q(d, "lookup", "Kinh phi ke hoach CCHC 2026 cua So Cong Thuong Gia Lai bao nhieu, bao nhieu cho co so du lieu nang luong?",
          [["720 triệu"], ["350 triệu"]], [sent(p, "Kinh phí thực hiện Kế hoạch là 720", "năng lượng.")], strip=True),
        Q(d, "when", "Sở Công Thương Gia Lai phải báo cáo Bộ Công Thương kết quả CCHC năm 2026 trước ngày nào?",
          [day("30/11/2026")], [sent(p, "Văn phòng Sở tổng hợp, báo cáo Bộ Công Thương", "30/11/2026.")]),
        Q(d, "lookup", "Who signed the Gia Lai Department of Industry and Trade's 2026 reform plan?",
          ["Phạm Hồng Quân", ["GIÁM ĐỐC", "Giám đốc", "Director"]], [sent(p, "Các phòng, đơn vị thuộc Sở; - Lưu", "Phạm Hồng Quân")],
          en=True),
        N(d, "Ai hướng dẫn cấp chứng nhận xuất xứ cho cao su xuất khẩu qua cửa khẩu Lệ Thanh?", ("cao su",)),
        N(d, "So Cong Thuong Gia Lai xay dung co so du lieu cac du an thuy dien khi nao?", ("thủy điện",), strip=True),
        N(d, "Phó Giám đốc Sở Công Thương Gia Lai nào ký kế hoạch CCHC 2026?", ("Phó Giám đốc",)),
    ]
