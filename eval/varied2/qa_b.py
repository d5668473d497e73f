"""Questions about the batch-2 Word-numbered DOCX plans (Tuyên Quang dev, Gia Lai 2027 test)."""

from __future__ import annotations

from typing import Any

from eval.varied.qa_build import Q
from eval.varied2.content_b import GIA_LAI, TUYEN_QUANG


def tuyen_quang() -> list[dict[str, Any]]:
    """Sở Tài chính tỉnh Tuyên Quang, 64/KH-STC (dev)."""
    d = TUYEN_QUANG.file
    via = "Văn phòng Sở tổng hợp trình Giám đốc Sở ký báo cáo gửi UBND tỉnh (qua Sở Nội vụ)"
    return [
        Q(d, "who", "Ai chủ trì tham mưu HĐND tỉnh ban hành Nghị quyết phân cấp nguồn thu, nhiệm vụ chi trong kế hoạch CCHC 2026 của Sở Tài chính Tuyên Quang?",
          ["Phòng Quản lý ngân sách"],
          ["Tham mưu HĐND tỉnh ban hành Nghị quyết quy định phân cấp nguồn thu, nhiệm vụ chi giữa ngân sách tỉnh và ngân sách xã"]),
        Q(d, "who", "Sở Tài chính Tuyên Quang: cấp Giấy chứng nhận đăng ký doanh nghiệp trong 02 ngày thì phối hợp với những cơ quan nào?",
          ["Thuế tỉnh Tuyên Quang", "Bảo hiểm xã hội tỉnh"],
          ["Cấp Giấy chứng nhận đăng ký doanh nghiệp trong thời hạn 02 ngày làm việc"]),
        Q(d, "who", "Đơn vị nào chịu trách nhiệm thẩm tra quyết toán dự án hoàn thành sử dụng vốn đầu tư công ở Sở Tài chính Tuyên Quang?",
          ["Phòng Quản lý đầu tư công"],
          ["Thẩm tra quyết toán dự án hoàn thành sử dụng vốn đầu tư công theo hướng rút ngắn 30% thời gian"]),
        Q(d, "who", "phong nao chu tri ra soat, don gian hoa TTHC dau tu theo phuong thuc doi tac cong tu cua So Tai chinh Tuyen Quang?",
          ["Phòng Đầu tư"], ["Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực đầu tư theo phương thức đối tác công tư"],
          strip=True),
        Q(d, "when", "Khi nào Sở Tài chính Tuyên Quang phải số hóa xong hồ sơ đăng ký doanh nghiệp giấy giai đoạn 2010 - 2020?",
          [["30/10/2026"]], ["Số hóa hồ sơ đăng ký doanh nghiệp giấy lưu trữ tại Sở giai đoạn 2010 - 2020"]),
        Q(d, "when", "Tuyên Quang: đề án vị trí việc làm của Sở Tài chính hạn hoàn thành là khi nào?",
          [["Tháng 8/2026", "tháng 8 năm 2026"]], ["Xây dựng đề án vị trí việc làm và cơ cấu ngạch công chức của Sở"]),
        Q(d, "target", "Tỷ lệ hồ sơ đăng ký doanh nghiệp qua mạng ở Tuyên Quang năm 2026 phải đạt bao nhiêu?",
          ["98%"], ["Tỷ lệ hồ sơ đăng ký doanh nghiệp qua mạng điện tử đạt tối thiểu 98%"]),
        Q(d, "target", "so tai chinh tuyen quang dat muc giam bao nhieu phan tram thoi gian tham dinh du toan, quyet toan von dau tu cong?",
          ["30%"], ["Thời gian thẩm định dự toán, quyết toán vốn đầu tư công giảm 30% so với quy định"], strip=True),
        Q(d, "lookup", "Kinh phí thực hiện kế hoạch CCHC năm 2026 của Sở Tài chính Tuyên Quang là bao nhiêu, lấy từ nguồn nào?",
          ["320 triệu đồng", "chi thường xuyên"],
          ["Phòng Quản lý ngân sách bố trí kinh phí 320 triệu đồng từ nguồn chi thường xuyên của Sở để thực hiện Kế hoạch"]),
        Q(d, "lookup", "Ai ký kế hoạch cải cách hành chính 2026 của Sở Tài chính tỉnh Tuyên Quang?",
          ["Nông Thị Hà"], ["- Lưu: VT, VP. KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Nông Thị Hà"]),
        Q(d, "multi", "Sở Tài chính Tuyên Quang gửi báo cáo CCHC năm 2026 cho ai và trước ngày nào?",
          [["UBND tỉnh", "Ủy ban nhân dân tỉnh"], "Sở Nội vụ", ["30/11/2026"]],
          ["Báo cáo kết quả cải cách hành chính năm", via]),
        Q(d, "when", "Các phòng, đơn vị thuộc Sở Tài chính Tuyên Quang nộp báo cáo 6 tháng về Văn phòng Sở trước ngày nào?",
          [["05/6/2026", "5/6/2026", "05/06/2026"]], ["Báo cáo kết quả cải cách hành chính 6 tháng"]),
        Q(d, "list", "Liệt kê các nhiệm vụ do Phòng Đăng ký kinh doanh chủ trì trong kế hoạch CCHC 2026 của Sở Tài chính Tuyên Quang",
          ["Cấp Giấy chứng nhận đăng ký doanh nghiệp", "hộ kinh doanh chuyển đổi", "Số hóa hồ sơ đăng ký doanh nghiệp"],
          ["Cấp Giấy chứng nhận đăng ký doanh nghiệp trong thời hạn 02 ngày làm việc",
           "Hướng dẫn hộ kinh doanh chuyển đổi thành doanh nghiệp qua môi trường mạng",
           "Số hóa hồ sơ đăng ký doanh nghiệp giấy lưu trữ tại Sở giai đoạn 2010 - 2020"]),
        Q(d, "who", "Who leads the rollout of the public asset management software in the Tuyen Quang Department of Finance 2026 plan?",
          ["Phòng Quản lý giá và công sản"],
          ["Triển khai phần mềm quản lý tài sản công kết nối với Cơ sở dữ liệu quốc gia về tài sản công"], en=True),
        Q(d, "none", "Số điện thoại đường dây nóng tiếp nhận phản ánh của Sở Tài chính Tuyên Quang là gì?"),
        Q(d, "none", "Kế hoạch CCHC 2026 của Sở Tài chính Tuyên Quang giao Phòng Tin học - Thống kê chủ trì nhiệm vụ nào?"),
    ]


def gia_lai() -> list[dict[str, Any]]:
    """Sở Giáo dục và Đào tạo tỉnh Gia Lai, 2145/KH-SGDĐT, plan for 2027 (test)."""
    d = GIA_LAI.file
    return [
        Q(d, "multi", "Ai chủ trì và ai phối hợp tổ chức tuyển sinh lớp 10 trực tuyến năm 2027 của Sở GD&ĐT Gia Lai?",
          ["Phòng Quản lý chất lượng", "Các trường trung học phổ thông", "Viettel Gia Lai"],
          ["Tổ chức tuyển sinh vào lớp 10 trung học phổ thông hoàn toàn trực tuyến"]),
        Q(d, "who", "Ai chủ trì rà soát quy định về dạy thêm, học thêm trong kế hoạch CCHC 2027 của Sở Giáo dục và Đào tạo Gia Lai?",
          ["Phòng Giáo dục trung học"], ["Rà soát quy định về quản lý dạy thêm, học thêm trên địa bàn tỉnh"]),
        Q(d, "who", "So GDDT Gia Lai: don vi nao phoi hop boi duong nang luc so cho giao vien?",
          ["Trường Cao đẳng Sư phạm Gia Lai"], ["Bồi dưỡng năng lực số cho cán bộ quản lý, giáo viên"], strip=True),
        Q(d, "when", "Hạn chót triển khai học bạ số ở các trường THPT tỉnh Gia Lai là ngày nào?",
          [["31/5/2027", "31/05/2027"]], ["Triển khai học bạ số tại 100% trường trung học phổ thông"]),
        Q(d, "when", "Bao giờ Sở GD&ĐT Gia Lai phải xây dựng xong cơ sở dữ liệu văn bằng, chứng chỉ?",
          [["Quý IV/2027", "quý 4/2027"]],
          ["Xây dựng cơ sở dữ liệu văn bằng, chứng chỉ của tỉnh, kết nối với Cơ sở dữ liệu quốc gia về dân cư"]),
        Q(d, "when", "By when must the units of the Gia Lai education department draw up their detailed reform plans for 2027?",
          [["15/01/2027", "15/1/2027"]],
          ["Các phòng chuyên môn, đơn vị trực thuộc chủ động xây dựng kế hoạch chi tiết trước ngày 15/01/2027"], en=True),
        Q(d, "target", "Năm 2027 Gia Lai đặt chỉ tiêu bao nhiêu phần trăm văn bằng, chứng chỉ được cấp bản sao điện tử?",
          ["90%"], ["Tối thiểu 90% văn bằng, chứng chỉ được cấp bản sao điện tử từ sổ gốc khi có yêu cầu"]),
        Q(d, "target", "chi so hai long cua phu huynh, hoc sinh Gia Lai nam 2027 phai dat bao nhieu?",
          ["85%"], ["Chỉ số hài lòng của phụ huynh, học sinh đối với dịch vụ giáo dục công đạt từ 85% trở lên"], strip=True),
        Q(d, "lookup", "Ai ký kế hoạch CCHC năm 2027 của Sở Giáo dục và Đào tạo tỉnh Gia Lai?",
          ["Ksor Thị H'Nhi"], ["- Các phòng, đơn vị trực thuộc; - Lưu: VT, VP. GIÁM ĐỐC Ksor Thị H'Nhi"]),
        Q(d, "lookup", "Kế hoạch cải cách hành chính 2027 của Sở GD&ĐT Gia Lai có số hiệu gì, ngày ban hành?",
          ["2145/KH-SGDĐT", ["18/12/2026", "18 tháng 12 năm 2026"]],
          ["Số: 2145/KH-SGDĐT Gia Lai, ngày 18 tháng 12 năm 2026"]),
        Q(d, "multi", "Sở GD&ĐT Gia Lai gửi báo cáo CCHC 6 tháng năm 2027 cho cơ quan nào, hạn ngày nào?",
          [["UBND tỉnh", "Ủy ban nhân dân tỉnh"], "Sở Nội vụ", ["08/6/2027", "8/6/2027"]],
          ["Báo cáo kết quả cải cách hành chính 6 tháng"]),
        Q(d, "when", "Các phòng, đơn vị trực thuộc Sở GD&ĐT Gia Lai nộp báo cáo năm 2027 về Văn phòng Sở trước ngày nào?",
          [["15/11/2027"]], ["Báo cáo kết quả cải cách hành chính năm"]),
        Q(d, "list", "Những nhiệm vụ nào do Phòng Tổ chức cán bộ chủ trì trong kế hoạch CCHC 2027 của Sở GD&ĐT Gia Lai?",
          ["sắp xếp mạng lưới trường học", "Tuyển dụng giáo viên", "Bồi dưỡng năng lực số"],
          ["Rà soát, sắp xếp mạng lưới trường học, điểm trường lẻ ở vùng đồng bào dân tộc thiểu số",
           "Tuyển dụng giáo viên còn thiếu theo định mức cho các trường trung học phổ thông",
           "Bồi dưỡng năng lực số cho cán bộ quản lý, giáo viên"]),
        Q(d, "none", "Kế hoạch CCHC năm 2026 của Sở GD&ĐT Gia Lai đặt chỉ tiêu học bạ số bao nhiêu phần trăm?"),
        Q(d, "none", "Năm 2027 Sở GD&ĐT Gia Lai tuyển dụng bao nhiêu giáo viên trung học phổ thông?"),
    ]
