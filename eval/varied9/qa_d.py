"""Questions about Thuế tỉnh Đồng Tháp (decision + plan, DOCX) and Phòng PC06, Công an tỉnh Cà Mau (300-dpi scan)."""

from __future__ import annotations

from typing import Any

from eval.varied8.qa_util import N, Q, cells, day, in_quarter, month, sent
from eval.varied9.content_d import PC06_CA_MAU, THUE_DONG_THAP


def thue_dong_thap() -> list[dict[str, Any]]:
    """Thuế tỉnh Đồng Tháp, QĐ 318/QĐ-TĐT (test, decision DOCX)."""
    p, d = THUE_DONG_THAP, THUE_DONG_THAP.file
    return [
        Q(d, "who", "Thuế tỉnh Đồng Tháp giao phòng nào chủ trì giải quyết hoàn thuế GTGT theo cơ chế hoàn trước, kiểm tra sau?",
          ["Phòng Kiểm tra thuế"], [cells(p, "Giải quyết hồ sơ hoàn thuế")]),
        Q(d, "multi", "Mở rộng hóa đơn điện tử từ máy tính tiền cho hộ bán lẻ xăng dầu, ăn uống: ai chủ trì, ai phối hợp, hạn chót?",
          ["Phòng Quản lý hộ kinh doanh, cá nhân", "Thuế cơ sở 1 đến Thuế cơ sở 8", "Sở Công Thương", day("30/9/2026")],
          [cells(p, "Mở rộng hóa đơn điện tử")]),
        Q(d, "lookup", "QĐ 318/QĐ-TĐT ban hành theo đề nghị của ai?",
          ["Trưởng phòng Tổ chức cán bộ"], [sent(p, "Căn cứ Kế hoạch cải cách hành chính năm 2026 của Cục Thuế;", "Tổ chức cán bộ.")]),
        Q(d, "list", "Điều 3 quyết định 318 của Thuế tỉnh Đồng Tháp giao những ai chịu trách nhiệm thi hành?",
          ["Chánh Văn phòng", "Trưởng các phòng thuộc Thuế tỉnh", ["Thuế cơ sở 1 đến Thuế cơ sở 8", "Trưởng Thuế cơ sở"]],
          [sent(p, "Điều 3. Chánh Văn phòng", "thi hành Quyết định này.")]),
        Q(d, "multi", "Phòng TCCB Thuế Đồng Tháp báo cáo Cục Thuế: hạn báo cáo quý và hạn báo cáo năm?",
          ["Cục Thuế", in_quarter("18"), day("18/11/2026")], [sent(p, "Tổng hợp báo cáo Cục Thuế", "18/11/2026.")]),
        Q(d, "multi", "Văn phòng Thuế tỉnh Đồng Tháp báo cáo kết quả giải quyết TTHC ở bộ phận một cửa cho ai, khi nào?",
          [["Hằng tháng", "hàng tháng"], ["ngày 03 của tháng sau", "03 của tháng sau"], "Trưởng Thuế tỉnh"],
          [sent(p, "Hằng tháng báo cáo Trưởng Thuế tỉnh", "của tháng sau.")]),
        Q(d, "target", "Chỉ tiêu hộ kinh doanh nộp thuế khoán qua eTax Mobile của Thuế Đồng Tháp năm 2026?",
          ["70%"], [sent(p, "Tối thiểu 70% hộ kinh doanh", "eTax Mobile.")]),
        Q(d, "lookup", "Ai ký quyết định ban hành KH CCHC 2026 của Thuế tỉnh Đồng Tháp, ngày nào?",
          ["Huỳnh Văn Lộc", ["ngày 12 tháng 01 năm 2026", "12/01/2026", "12/1/2026"]],
          [sent(p, "Số: 318/QĐ-TĐT", "năm 2026"), sent(p, "UBND tỉnh Đồng Tháp; - Lưu: VT, TCCB.", "Huỳnh Văn Lộc")]),
        Q(d, "when", "kien toan to chuc cac Thue co so sau sap xep phai xong khi nao?",
          [day("31/3/2026")], [cells(p, "Kiện toàn tổ chức")], strip=True),
        Q(d, "list", "Phòng Tuyên truyền và hỗ trợ người nộp thuế chủ trì mấy việc, là những việc gì?",
          [["Phổ biến chính sách thuế mới"], ["Đối thoại với doanh nghiệp chế biến thủy sản"], ["eTax Mobile"]],
          [cells(p, "Phổ biến chính sách thuế"), cells(p, "Đối thoại với doanh nghiệp"), cells(p, "Hướng dẫn hộ kinh doanh nộp thuế")]),
        N(d, "Thuế tỉnh Đồng Tháp giao ai chủ trì đối thoại với doanh nghiệp xay xát lúa gạo về hoàn thuế?", ("lúa gạo",)),
        N(d, "Kinh phí thực hiện KH CCHC của Thuế tỉnh Đồng Tháp là bao nhiêu triệu?", ("triệu",)),
    ]


def pc06_ca_mau() -> list[dict[str, Any]]:
    """Phòng PC06, Công an tỉnh Cà Mau, 15/KH-PC06 (test, 300-dpi scan with a stamp)."""
    p, d = PC06_CA_MAU, PC06_CA_MAU.file
    return [
        Q(d, "who", "PC06 Cà Mau giao đội nào cấp căn cước lưu động cho người dân các xã cù lao, ven biển?",
          ["Đội Căn cước"], [cells(p, "Cấp căn cước lưu động")]),
        Q(d, "multi", "Cấp giấy chứng nhận đủ điều kiện ANTT trực tuyến toàn trình: ai chủ trì, ai phối hợp, hạn?",
          ["Đội Quản lý ngành nghề kinh doanh có điều kiện", "Đội Tham mưu tổng hợp", month(10)],
          [cells(p, "Cấp giấy chứng nhận đủ điều kiện")]),
        Q(d, "when", "Rà soát con dấu của cơ quan, tổ chức sau sắp xếp bộ máy (PC06 Cà Mau) phải xong trước ngày nào?",
          [day("31/5/2026")], [cells(p, "Rà soát con dấu")]),
        Q(d, "list", "Đội Quản lý cư trú của PC06 Cà Mau được giao chủ trì những việc nào?",
          [["đăng ký thường trú, tạm trú"], ["Làm sạch dữ liệu dân cư"]],
          [cells(p, "Tiếp nhận hồ sơ đăng ký thường trú"), cells(p, "Làm sạch dữ liệu dân cư")]),
        Q(d, "multi", "Đội Tham mưu tổng hợp báo cáo Công an tỉnh qua đâu, hạn 6 tháng và hạn năm?",
          ["Phòng Tham mưu", day("10/6/2026"), day("10/11/2026")],
          [sent(p, "Đội Tham mưu tổng hợp giúp Trưởng phòng", "10/11/2026.")]),
        Q(d, "when", "Công an các xã, phường ở Cà Mau báo cáo kết quả cấp căn cước lưu động cho ai, vào ngày nào?",
          ["Đội Tham mưu tổng hợp", ["ngày 05 của tháng đầu quý sau", "05 của tháng đầu quý sau"]],
          [sent(p, "Công an các xã, phường báo cáo Đội Tham mưu tổng hợp", "tháng đầu quý sau.")]),
        Q(d, "target", "What share of residence registration files should be submitted online under the Ca Mau PC06 plan?",
          ["90%"], [sent(p, "Tối thiểu 90% hồ sơ đăng ký cư trú", "trực tuyến.")], en=True),
        Q(d, "lookup", "KH 15/KH-PC06 ai ký, chức vụ gì?",
          ["Lý Minh Trí", ["TRƯỞNG PHÒNG", "Trưởng phòng"]], [sent(p, "Công an các xã, phường; - Lưu: PC06.", "Lý Minh Trí")]),
        Q(d, "lookup", "Mục đích kế hoạch CCHC 2026 của Phòng PC06 Công an tỉnh Cà Mau là gì?",
          [["cấp căn cước, đăng ký cư trú, đăng ký xe"], ["Cơ sở dữ liệu quốc gia về dân cư"]],
          [sent(p, "Giải quyết nhanh thủ tục cấp căn cước", "giải quyết thủ tục hành chính.")]),
        Q(d, "who", "ai phoi hop huong dan nguoi dan kich hoat tai khoan dinh danh dien tu muc do 2 o Ca Mau?",
          ["Đoàn Thanh niên Công an tỉnh"], [cells(p, "Hướng dẫn người dân kích hoạt")], strip=True),
        Q(d, "list", "Ở PC06 Cà Mau, những đơn vị nào phải báo cáo định kỳ theo kế hoạch CCHC 2026?",
          [["Đội Tham mưu tổng hợp"], ["Đội Quản lý cư trú"], ["Công an các xã, phường"]],
          [sent(p, "Đội Tham mưu tổng hợp giúp Trưởng phòng", "10/11/2026."),
           sent(p, "Đội Quản lý cư trú báo cáo Trưởng phòng", "hằng tháng."),
           sent(p, "Công an các xã, phường báo cáo Đội Tham mưu tổng hợp", "tháng đầu quý sau.")]),
        N(d, "Đơn vị nào phối hợp làm sạch dữ liệu dân cư tại các xã sau sắp xếp (PC06 Cà Mau)?", ("phối hợp làm sạch",)),
        N(d, "PC06 Cà Mau giao ai cấp hộ chiếu phổ thông trực tuyến?", ("hộ chiếu",)),
    ]
