"""Questions about the batch-2 decision plans (Vĩnh Long PDF dev, Cục Thuế DOCX test)."""

from __future__ import annotations

from typing import Any

from eval.varied.qa_build import Q
from eval.varied2.content_c import CUC_THUE, VINH_LONG


def vinh_long() -> list[dict[str, Any]]:
    """QĐ 245/QĐ-UBND of UBND tỉnh Vĩnh Long and its attached plan (dev)."""
    d = VINH_LONG.file
    rep = ("báo cáo quý I trước ngày 10/3/2026; báo cáo 6 tháng trước ngày 10/6/2026; "
           "báo cáo quý III trước ngày 10/9/2026; báo cáo năm trước ngày 25/11/2026")
    return [
        Q(d, "lookup", "Kế hoạch CCHC năm 2026 của tỉnh Vĩnh Long được ban hành kèm theo quyết định số mấy, ngày nào?",
          ["245/QĐ-UBND", ["27/01/2026", "27/1/2026", "27 tháng 01 năm 2026"]],
          ["(Kèm theo Quyết định số 245/QĐ-UBND ngày 27/01/2026 của Ủy ban nhân dân tỉnh Vĩnh Long)"]),
        Q(d, "lookup", "Ai ký quyết định ban hành kế hoạch cải cách hành chính năm 2026 của UBND tỉnh Vĩnh Long?",
          ["Võ Thanh Tùng"], ["- Lưu: VT, P.NC. TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Võ Thanh Tùng"]),
        Q(d, "who", "Theo Quyết định 245/QĐ-UBND của tỉnh Vĩnh Long, những ai chịu trách nhiệm thi hành quyết định?",
          ["Chánh Văn phòng UBND tỉnh", "Giám đốc Sở Nội vụ", "Chủ tịch UBND các xã, phường"],
          ["Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ, Thủ trưởng các sở, ban, ngành tỉnh và Chủ tịch UBND các xã, phường chịu trách nhiệm thi hành Quyết định này."]),
        Q(d, "who", "Ai chủ trì thí điểm tiếp nhận hồ sơ TTHC qua bưu chính công ích ở các xã cù lao tỉnh Vĩnh Long?",
          ["Bưu điện tỉnh Vĩnh Long"],
          ["Thí điểm tiếp nhận hồ sơ thủ tục hành chính qua bưu chính công ích tại các xã cù lao"]),
        Q(d, "who", "vinh long: don vi nao phoi hop hop nhat he thong thong tin giai quyet TTHC cua ba tinh truoc sap nhap?",
          [["Văn phòng UBND tỉnh"], "VNPT Vĩnh Long"],
          ["Hợp nhất các hệ thống thông tin giải quyết thủ tục hành chính của ba tỉnh trước sáp nhập thành một hệ thống thống nhất"],
          strip=True),
        Q(d, "when", "Hạn giải quyết chế độ, chính sách cho cán bộ, công chức dôi dư sau sắp xếp ở tỉnh Vĩnh Long là khi nào?",
          ["6 tháng đầu năm 2026"], ["Giải quyết chế độ, chính sách cho cán bộ, công chức dôi dư sau sắp xếp"]),
        Q(d, "multi", "Tỉnh Vĩnh Long giao ai chủ trì bồi dưỡng tiếng Khmer cho công chức một cửa cấp xã, hạn bao giờ?",
          ["Sở Nội vụ", "Quý IV/2026"],
          ["Bồi dưỡng tiếng Khmer cho công chức làm việc tại bộ phận một cửa cấp xã vùng đồng bào Khmer"]),
        Q(d, "target", "Năm 2026 tỉnh Vĩnh Long đặt mục tiêu bao nhiêu phần trăm hồ sơ TTHC tái sử dụng dữ liệu đã số hóa?",
          ["50%"], ["Tối thiểu 50% hồ sơ thủ tục hành chính được tái sử dụng dữ liệu đã số hóa"]),
        Q(d, "target", "What share of administrative procedure files must be handled online in Vinh Long province in 2026?",
          ["70%"], ["Tỷ lệ hồ sơ giải quyết thủ tục hành chính trực tuyến đạt tối thiểu 70% tổng số hồ sơ"], en=True),
        Q(d, "lookup", "Ngân sách tỉnh Vĩnh Long bố trí bao nhiêu tiền cho kế hoạch CCHC năm 2026?",
          [["2.600 triệu đồng", "2600 triệu"]],
          ["năm 2026 ngân sách tỉnh bố trí 2.600 triệu đồng cho các nhiệm vụ do cấp tỉnh chủ trì"]),
        Q(d, "when", "Các sở, ngành, UBND xã ở Vĩnh Long gửi báo cáo CCHC quý III năm 2026 cho Sở Nội vụ trước ngày nào?",
          [["10/9/2026", "10/09/2026"]], [rep]),
        Q(d, "multi", "Sở Nội vụ Vĩnh Long báo cáo Bộ Nội vụ về CCHC khi nào?",
          ["ngày 15 của tháng cuối quý", ["05/12/2026", "5/12/2026"]],
          ["Sở Nội vụ tổng hợp, tham mưu UBND tỉnh báo cáo Bộ Nội vụ trước ngày 15 của tháng cuối quý và trước ngày 05/12/2026 đối với báo cáo năm."]),
        Q(d, "list", "Liệt kê các nhiệm vụ do Văn phòng UBND tỉnh Vĩnh Long chủ trì trong phụ lục kế hoạch CCHC 2026",
          ["quy chế phối hợp", "tái cấu trúc quy trình điện tử", "Đánh giá chất lượng phục vụ người dân"],
          ["Xây dựng quy chế phối hợp giữa các sở, ngành và UBND cấp xã trong giải quyết thủ tục hành chính liên thông",
           "Rà soát, tái cấu trúc quy trình điện tử đối với 100% thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình",
           "Đánh giá chất lượng phục vụ người dân tại Trung tâm Phục vụ hành chính công và bộ phận một cửa cấp xã"]),
        Q(d, "none", "Kế hoạch CCHC năm 2026 của tỉnh Vĩnh Long giao Sở Du lịch chủ trì nhiệm vụ gì?"),
        Q(d, "none", "Tỉnh Vĩnh Long hỗ trợ mỗi công chức dôi dư bao nhiêu tiền khi nghỉ việc?"),
    ]


def cuc_thue() -> list[dict[str, Any]]:
    """QĐ 1520/QĐ-CT of Cục Thuế and its attached plan (test)."""
    d = CUC_THUE.file
    rep = ("Các Ban thuộc Cục Thuế, Thuế các tỉnh, thành phố gửi báo cáo kết quả về Văn phòng Cục Thuế: "
           "báo cáo quý trước ngày 08 của tháng cuối quý; báo cáo năm trước ngày 20/11/2026.")
    return [
        Q(d, "lookup", "Kế hoạch cải cách hành chính năm 2026 của Cục Thuế ban hành kèm theo quyết định nào, ngày nào?",
          ["1520/QĐ-CT", ["30/12/2025", "30 tháng 12 năm 2025"]],
          ["(Kèm theo Quyết định số 1520/QĐ-CT ngày 30/12/2025 của Cục trưởng Cục Thuế)"]),
        Q(d, "lookup", "Ai ký Quyết định ban hành kế hoạch CCHC 2026 của Cục Thuế?",
          ["Mai Sơn Hà"], ["- Lưu: VT, VP (CCHC). KT. CỤC TRƯỞNG PHÓ CỤC TRƯỞNG Mai Sơn Hà"]),
        Q(d, "who", "Ai chủ trì xây dựng Thông tư hướng dẫn quản lý thuế đối với hộ kinh doanh sau khi bỏ thuế khoán?",
          ["Ban Chính sách, pháp chế"],
          ["Xây dựng Thông tư hướng dẫn quản lý thuế đối với hộ kinh doanh sau khi bỏ thuế khoán"]),
        Q(d, "who", "cuc thue: don vi nao phoi hop ket noi du lieu hoa don dien tu voi co so du lieu quoc gia ve dan cu?",
          ["Bộ Công an (C06)"],
          ["Kết nối dữ liệu hóa đơn điện tử với Cơ sở dữ liệu quốc gia về dân cư để xác thực người nộp thuế"], strip=True),
        Q(d, "who", "Trong kế hoạch CCHC của Cục Thuế, ai lo việc đối thoại với người nộp thuế về vướng mắc thủ tục?",
          ["Ban Hỗ trợ người nộp thuế"], ["Tổ chức đối thoại với người nộp thuế về vướng mắc thủ tục hành chính thuế"]),
        Q(d, "when", "Cục Thuế phải cắt giảm thành phần hồ sơ hoàn thuế GTGT trước ngày nào?",
          [["30/6/2026", "30/06/2026"]],
          ["Cắt giảm thành phần hồ sơ hoàn thuế giá trị gia tăng, bỏ yêu cầu nộp bản sao chứng từ đã có trên hệ thống"]),
        Q(d, "when", "When is the Tax Department's centralised tax management system due to be in operation under its 2026 reform plan?",
          [["Tháng 12/2026", "December 2026", "12/2026"]],
          ["Vận hành hệ thống quản lý thuế tập trung thay thế các ứng dụng quản lý thuế phân tán"], en=True),
        Q(d, "target", "Theo kế hoạch CCHC 2026 của Cục Thuế, thời gian hoàn thuế GTGT diện hoàn trước kiểm tra sau tối đa bao lâu?",
          [["06 ngày làm việc", "6 ngày làm việc"]],
          ["Thời gian hoàn thuế giá trị gia tăng theo diện hoàn trước kiểm tra sau không quá 06 ngày làm việc"]),
        Q(d, "target", "ty le doanh nghiep khai thue, nop thue dien tu nam 2026 theo ke hoach CCHC cua Cuc Thue la bao nhieu?",
          ["99%"], ["Tối thiểu 99% doanh nghiệp khai thuế điện tử và nộp thuế điện tử"], strip=True),
        Q(d, "multi", "Thuế các tỉnh, thành phố gửi báo cáo CCHC năm 2026 cho đơn vị nào của Cục Thuế, trước ngày nào?",
          ["Văn phòng Cục Thuế", ["20/11/2026"]], [rep]),
        Q(d, "list", "Liệt kê các nhiệm vụ do Ban Chuyển đổi số chủ trì trong kế hoạch cải cách hành chính 2026 của Cục Thuế",
          ["hệ thống quản lý thuế tập trung", "hóa đơn điện tử", "trí tuệ nhân tạo"],
          ["Vận hành hệ thống quản lý thuế tập trung thay thế các ứng dụng quản lý thuế phân tán",
           "Kết nối dữ liệu hóa đơn điện tử với Cơ sở dữ liệu quốc gia về dân cư để xác thực người nộp thuế",
           "Ứng dụng trí tuệ nhân tạo trong phân tích rủi ro hoàn thuế giá trị gia tăng"]),
        Q(d, "who", "Cục Thuế báo cáo kết quả CCHC cho Bộ Tài chính qua đơn vị nào?",
          ["Vụ Tổ chức cán bộ"],
          ["Văn phòng Cục Thuế là đầu mối theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch; báo cáo Bộ Tài chính (qua Vụ Tổ chức cán bộ) theo quy định."]),
        Q(d, "none", "Cục Thuế dự toán bao nhiêu tỷ đồng cho các nhiệm vụ cải cách hành chính năm 2026?"),
        Q(d, "none", "Kế hoạch CCHC của Cục Thuế giao Thuế tỉnh Cà Mau nhiệm vụ riêng nào?"),
    ]
