"""Questions about Cục Đường bộ Việt Nam (decision + plan, PDF) and UBND xã Đồng Văn, Tuyên Quang (300-dpi scan)."""

from __future__ import annotations

from typing import Any

from eval.varied8.qa_util import N, Q, cells, day, month, quarter, sent
from eval.varied9.content_b import CUC_DUONG_BO, DONG_VAN


def cuc_duong_bo() -> list[dict[str, Any]]:
    """Cục Đường bộ Việt Nam, QĐ 205/QĐ-CĐBVN (dev, decision PDF)."""
    p, d = CUC_DUONG_BO, CUC_DUONG_BO.file
    return [
        Q(d, "who", "Cục Đường bộ VN giao phòng nào chủ trì dự thảo Thông tư về giấy phép lưu hành xe quá tải trọng, quá khổ?",
          ["Phòng Pháp chế - Thanh tra"], [cells(p, "Xây dựng dự thảo Thông tư")]),
        Q(d, "multi", "DVC trực tuyến toàn trình đổi giấy phép lái xe: ai chủ trì, ai phối hợp, hạn chót?",
          ["Phòng Quản lý vận tải, phương tiện và người lái", "Trung tâm Công nghệ thông tin", month(6)],
          [cells(p, "Cung cấp dịch vụ công trực tuyến toàn trình")]),
        Q(d, "lookup", "Quyết định 205/QĐ-CĐBVN được ban hành theo đề nghị của ai?",
          ["Chánh Văn phòng Cục"], [sent(p, "Căn cứ Kế hoạch cải cách hành chính năm 2026 của Bộ Xây dựng;", "Văn phòng Cục.")]),
        Q(d, "list", "Theo Điều 3 QĐ 205/QĐ-CĐBVN, những ai chịu trách nhiệm thi hành?",
          ["Chánh Văn phòng Cục", "Trưởng các phòng tham mưu", "Giám đốc các Khu Quản lý đường bộ",
           "Thủ trưởng các đơn vị trực thuộc"], [sent(p, "Điều 3. Chánh Văn phòng Cục", "thi hành Quyết định này.")]),
        Q(d, "multi", "Văn phòng Cục Đường bộ báo cáo Bộ Xây dựng qua đơn vị nào, hạn báo cáo 6 tháng và 9 tháng là ngày mấy?",
          ["Vụ Tổ chức cán bộ", day("15/6/2026"), day("15/9/2026")], [sent(p, "Văn phòng Cục là đầu mối", "15/11/2026.")]),
        Q(d, "target", "Cục Đường bộ đặt mục tiêu giảm bao nhiêu % thời gian giải quyết thủ tục chấp thuận đấu nối vào quốc lộ?",
          ["20%"], [sent(p, "Giảm ít nhất 20%", "vào quốc lộ.")]),
        Q(d, "list", "Trung tâm Công nghệ thông tin của Cục Đường bộ chủ trì những nhiệm vụ nào?",
          [["cơ sở dữ liệu kết cấu hạ tầng đường bộ"], ["giấy phép lái xe với Cơ sở dữ liệu quốc gia về dân cư"]],
          [cells(p, "Hoàn thiện cơ sở dữ liệu"), cells(p, "Kết nối dữ liệu giấy phép lái xe")]),
        Q(d, "multi", "cong khai ket qua dau thau bao duong thuong xuyen quoc lo: dinh ky the nao, phong nao chu tri?",
          [["Hằng quý", "hàng quý"], "Phòng Tài chính"], [cells(p, "Công khai kết quả đấu thầu")], strip=True),
        Q(d, "lookup", "Who signed decision 205/QĐ-CĐBVN of the Vietnam Road Administration, and in what capacity?",
          ["Phạm Quốc Hưng", ["PHÓ CỤC TRƯỞNG", "Phó Cục trưởng", "Deputy Director"]],
          [sent(p, "Cục trưởng (để b/c); - Lưu: VT, VP.", "Phạm Quốc Hưng")], en=True),
        N(d, "Cục Đường bộ giao ai chủ trì cấp phù hiệu xe kinh doanh vận tải trực tuyến?", ("phù hiệu",)),
        N(d, "Cục trưởng Cục Đường bộ Việt Nam tên là gì, có trực tiếp ký QĐ 205 không?",
          ("Cục trưởng Cục Đường bộ Việt Nam là",)),
    ]


def dong_van() -> list[dict[str, Any]]:
    """UBND xã Đồng Văn, Tuyên Quang, 06/KH-UBND (dev, 300-dpi scan with a stamp)."""
    p, d = DONG_VAN, DONG_VAN.file
    return [
        Q(d, "who", "Ở xã Đồng Văn, bộ phận nào phụ trách thành lập Tổ hỗ trợ dịch vụ công lưu động tại các thôn vùng cao?",
          ["Phòng Văn hóa - Xã hội"], [cells(p, "Thành lập Tổ hỗ trợ")]),
        Q(d, "when", "Niêm yết TTHC bằng tiếng Mông tại nhà văn hóa thôn (xã Đồng Văn) phải xong trước ngày nào?",
          [day("30/4/2026")], [cells(p, "Niêm yết thủ tục hành chính bằng tiếng Mông")]),
        Q(d, "multi", "Xã Đồng Văn: hướng dẫn hộ kinh doanh homestay đăng ký kinh doanh qua mạng do ai lo, ai phối hợp, hạn?",
          ["Phòng Kinh tế", "Trung tâm Phục vụ hành chính công xã", quarter("III")], [cells(p, "Hướng dẫn hộ kinh doanh homestay")]),
        Q(d, "multi", "VP HĐND và UBND xã Đồng Văn báo cáo UBND tỉnh qua đâu, hạn 6 tháng và hạn năm?",
          ["Sở Nội vụ", day("16/6/2026"), day("16/11/2026")],
          [sent(p, "Văn phòng HĐND và UBND xã tham mưu Chủ tịch", "16/11/2026.")]),
        Q(d, "when", "TT Phục vụ hành chính công xã Đồng Văn báo cáo số hồ sơ trễ hạn khi nào, cho ai?",
          ["thứ Sáu hằng tuần", "Chủ tịch UBND xã"], [sent(p, "Trung tâm Phục vụ hành chính công xã báo cáo", "hằng tuần.")]),
        Q(d, "target", "Chỉ tiêu hồ sơ nộp trực tuyến của xã Đồng Văn năm 2026?",
          ["60%"], [sent(p, "Tối thiểu 60% hồ sơ", "nộp trực tuyến.")]),
        Q(d, "lookup", "kinh phi thuc hien ke hoach cchc 2026 xa dong van bao nhieu, lay tu nguon nao?",
          ["85 triệu đồng", "ngân sách xã"], [sent(p, "Kinh phí thực hiện Kế hoạch là 85 triệu đồng", "thanh, quyết toán.")],
          strip=True),
        Q(d, "list", "Văn phòng HĐND và UBND xã Đồng Văn chủ trì những nhiệm vụ nào trong bảng nhiệm vụ?",
          [["Niêm yết thủ tục hành chính bằng tiếng Mông"], ["Số hóa sổ hộ tịch"], ["Kiểm tra việc tiếp nhận, trả kết quả"],
           ["vị trí việc làm"]],
          [cells(p, "Niêm yết thủ tục hành chính bằng tiếng Mông"), cells(p, "Số hóa sổ hộ tịch"),
           cells(p, "Kiểm tra việc tiếp nhận"), cells(p, "Rà soát vị trí việc làm")]),
        Q(d, "lookup", "Ai ký KH 06/KH-UBND của xã Đồng Văn?",
          ["Vàng Seo Chúng", ["CHỦ TỊCH", "Chủ tịch"]], [sent(p, "TT Đảng ủy, TT HĐND xã; - Lưu: VT.", "Vàng Seo Chúng")]),
        Q(d, "list", "Ai phối hợp khảo sát sự hài lòng về thủ tục chứng thực ở Đồng Văn?",
          ["Hội Phụ nữ xã", "Hội Nông dân xã"], [cells(p, "Khảo sát sự hài lòng")]),
        N(d, "Đơn vị nào phối hợp số hóa sổ hộ tịch ở xã Đồng Văn?", ("phối hợp số hóa",)),
        N(d, "Xã Đồng Văn giao ai triển khai nền tảng cửa khẩu số?", ("cửa khẩu",)),
    ]
