"""Test questions: đặc khu Phú Quốc (pdf-table), BQL KKT Quảng Trị (docx), Cục Hàng hải và Đường thủy (decision), xã Sìn Hồ (scan)."""

from __future__ import annotations

from typing import Any

from eval.varied8.qa_util import N, Q, cells, day, in_quarter, month, quarter, sent
from eval.varied12.content_c import DN, KKT_QUANG_TRI, PHU_QUOC, TT_DK, VP_DK
from eval.varied12.content_d import AT, HANG_HAI, PC, SIN_HO, VP_C, VP_X, VT
from eval.varied12.qa_a import q3

Item = dict[str, Any]


def phu_quoc() -> list[Item]:
    """UBND đặc khu Phú Quốc, 08/KH-UBND (test, landscape Phụ lục over three pages)."""
    p, d = PHU_QUOC, PHU_QUOC.file
    return [
        Q(d, "who", "Đặc khu Phú Quốc giao ai mở điểm tiếp nhận hồ sơ ở Hòn Thơm, Thổ Châu?",
          [TT_DK], [cells(p, "Mở điểm tiếp nhận")]),
        Q(d, "who", "ai lo việc thu phí tham quan ở bến tàu An Thới không dùng tiền mặt (đặc khu PQ)?",
          ["Phòng Kinh tế"], [cells(p, "Thu phí tham quan")]),
        Q(d, "when", "KH 08/KH-UBND Phú Quốc: hạn ban hành Quy chế phối hợp quản lý du lịch trên các đảo?",
          [day("30/6/2026")], [cells(p, "Xây dựng Quy chế phối hợp quản lý")]),
        Q(d, "when", "Số hóa sổ hộ tịch từ năm 1990 ở Phú Quốc bao giờ phải xong?",
          [month(11)], [cells(p, "Số hóa sổ hộ tịch")]),
        Q(d, "multi", "Bồi dưỡng tiếng Anh giao tiếp cho công chức Phú Quốc: ai chủ trì, phối hợp với những ai, kết quả "
          "dự kiến?", ["Phòng Văn hóa - Xã hội", TT_DK, "Trường Đại học Kiên Giang", "Hiệp hội Du lịch Phú Quốc",
                       "02 lớp bồi dưỡng"], [cells(p, "Bồi dưỡng tiếng Anh")]),
        Q(d, "multi", "VP HĐND-UBND đặc khu PQ báo cáo CCHC gửi đâu, hạn báo cáo quý, 6 tháng và năm?",
          ["UBND tỉnh", "Sở Nội vụ", in_quarter("16"), day("16/6/2026"), day("16/11/2026")],
          [sent(p, f"{VP_DK} là cơ quan thường trực", "16/11/2026.")]),
        Q(d, "multi", "TT PVHCC đặc khu Phú Quốc phải báo cáo ai, số liệu gì, hạn ngày mấy?",
          ["Chủ tịch UBND đặc khu", "số hồ sơ tiếp nhận tại các đảo", ["ngày 25 hằng tháng", "25 hằng tháng"]],
          [sent(p, f"{TT_DK} báo cáo Chủ tịch", "hằng tháng.")]),
        Q(d, "lookup", "kinh phí CCHC 2026 của đặc khu Phú Quốc bao nhiêu, từ nguồn nào?",
          ["260 triệu đồng", "ngân sách đặc khu", "xã hội hóa"], [sent(p, "Kinh phí thực hiện Kế hoạch là 260", "hợp pháp.")]),
        Q(d, "lookup", "ai ký KH CCHC năm 2026 của đặc khu Phú Quốc?",
          ["Đoàn Văn Nghĩa", ["PHÓ CHỦ TỊCH", "Phó Chủ tịch"]], [sent(p, "Các phòng chuyên môn; - Lưu: VT.", "Đoàn Văn Nghĩa")]),
        Q(d, "target", "Đặc khu PQ đặt mục tiêu cấp GPXD nhà ở riêng lẻ tối đa mấy ngày?",
          ["07 ngày làm việc"], [sent(p, "Thời gian cấp giấy phép xây dựng nhà ở riêng lẻ không quá", "làm việc.")]),
        q3(Q(d, "list", "Phú Quốc: những nhiệm vụ nào có hạn trong quý III/2026, kể cả hạn tháng 7, 8, 9?",
             [["Mở điểm tiếp nhận hồ sơ"], ["giấy phép xây dựng nhà ở riêng lẻ"], ["Tuyển dụng công chức"],
              ["Bồi dưỡng tiếng Anh"], ["Wi-Fi miễn phí"]],
             [cells(p, "Mở điểm tiếp nhận"), cells(p, "Rút ngắn thời gian cấp giấy phép"),
              cells(p, "Tuyển dụng công chức"), cells(p, "Bồi dưỡng tiếng Anh"), cells(p, "Lắp đặt Wi-Fi")])),
        Q(d, "list", "phú quốc: các việc nào phòng kinh tế chủ trì?",
          [["Quy chế phối hợp quản lý hoạt động du lịch"], ["đăng ký hộ kinh doanh"], ["Thu phí tham quan"],
           ["Trung tâm Dịch vụ nông nghiệp"]],
          [cells(p, "Xây dựng Quy chế phối hợp quản lý"), cells(p, "Cung cấp dịch vụ công trực tuyến toàn trình thủ tục "
                                                                 "đăng ký hộ kinh doanh"),
           cells(p, "Thu phí tham quan"), cells(p, "Xây dựng phương án tự chủ")]),
        N(d, "Phú Quốc giao ai mở điểm tiếp nhận hồ sơ trên đảo Hòn Nghệ?", ("Hòn Nghệ",)),
        N(d, "Bồi dưỡng tiếng Hàn cho công chức đặc khu Phú Quốc do ai chủ trì?", ("tiếng Hàn",)),
    ]


def kkt_quang_tri() -> list[Item]:
    """Ban Quản lý Khu kinh tế tỉnh Quảng Trị, 25/KH-BQLKKT (test, Word-numbered DOCX with merged cells)."""
    p, d = KKT_QUANG_TRI, KKT_QUANG_TRI.file
    return [
        Q(d, "who", "BQL KKT Quảng Trị: ai phụ trách cấp giấy phép lao động điện tử cho người nước ngoài?",
          [DN], [cells(p, "Cấp giấy phép lao động cho người nước ngoài")]),
        Q(d, "who", "phòng nào của BQL Khu kinh tế QT chủ trì quyết toán kinh phí bồi thường GPMB KCN Quảng Trị?",
          ["Phòng Kế hoạch - Tài chính"], [cells(p, "Quyết toán kinh phí bồi thường")]),
        Q(d, "when", "Sắp xếp BQL cửa khẩu Lao Bảo và La Lay thành một đơn vị: hạn khi nào?",
          [["6 tháng đầu năm 2026"]], [cells(p, "Sắp xếp Ban Quản lý cửa khẩu")]),
        Q(d, "when", "KH 25/KH-BQLKKT - rà soát quy định ưu đãi đầu tư ở Lao Bảo hạn chót ngày nào?",
          [day("31/5/2026")], [cells(p, "Rà soát quy định về ưu đãi đầu tư")]),
        Q(d, "multi", "thẩm định thiết kế xây dựng trong KCN theo một cửa liên thông: đơn vị nào chủ trì, cùng làm với ai, "
          "hạn?", ["Phòng Quy hoạch và Xây dựng", "Sở Xây dựng", "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ",
                   quarter("IV")], [cells(p, "Thẩm định thiết kế xây dựng")]),
        Q(d, "multi", "Văn phòng Ban QL KKT Quảng Trị báo cáo CCHC cho ai, qua đâu, hạn quý và năm?",
          ["UBND tỉnh", "Sở Nội vụ", in_quarter("14"), day("14/11/2026")],
          [sent(p, "Tổng hợp, báo cáo UBND tỉnh (qua Sở Nội vụ)", "14/11/2026.")]),
        Q(d, "multi", "Phòng QL doanh nghiệp và Lao động (KKT QT) phải báo cáo cơ quan nào về giấy phép lao động, hạn?",
          ["Bộ Nội vụ", day("05/7/2026")], [sent(p, "Báo cáo Bộ Nội vụ tình hình cấp giấy phép lao động", "05/7/2026.")]),
        Q(d, "lookup", "KH CCHC 2026 của BQL KKT Quảng Trị do ai ký, chức vụ?",
          ["Hồ Sỹ Nguyên", ["TRƯỞNG BAN", "Trưởng ban"]],
          [sent(p, "Các phòng, đơn vị thuộc Ban; - Lưu: VT, VP.", "Hồ Sỹ Nguyên")]),
        Q(d, "lookup", "Ban QLKKT QT bố trí bao nhiêu kinh phí cho KH CCHC, trong nguồn nào?",
          ["145 triệu đồng", "chi thường xuyên"], [sent(p, "Kinh phí thực hiện là 145", "của Ban.")]),
        Q(d, "target", "thời gian cấp GCN đăng ký đầu tư của BQL KKT QT theo chỉ tiêu là bao lâu?",
          ["10 ngày làm việc"], [sent(p, "Thời gian cấp Giấy chứng nhận đăng ký đầu tư không quá", "làm việc.")]),
        Q(d, "list", "những nhiệm vụ do Văn phòng Ban (BQL KKT Quảng Trị) chủ trì?",
          [["Quy chế phối hợp quản lý nhà nước"], ["ưu đãi đầu tư"], ["Sắp xếp Ban Quản lý cửa khẩu"],
           ["Đánh giá công chức, viên chức"]],
          [cells(p, "Tham mưu UBND tỉnh ban hành Quy chế"), cells(p, "Rà soát quy định về ưu đãi"),
           cells(p, "Sắp xếp Ban Quản lý cửa khẩu"), cells(p, "Đánh giá công chức, viên chức")]),
        N(d, "BQL KKT Quảng Trị giao ai xúc tiến đầu tư vào Khu kinh tế Hòn La?", ("Hòn La",)),
        N(d, "Phó Trưởng ban nào ký thay KH 25/KH-BQLKKT?", ("KT. TRƯỞNG BAN",)),
    ]


def hang_hai() -> list[Item]:
    """Cục Hàng hải và Đường thủy Việt Nam, QĐ 210/QĐ-CHHĐTVN (test, decision with tasks in prose, PDF)."""
    p, d = HANG_HAI, HANG_HAI.file
    return [
        Q(d, "who", "Which unit of the Vietnam Maritime and Waterway Administration leads vessel monitoring by the "
          "automatic identification system?", [AT],
          [sent(p, "Giám sát tàu thuyền bằng hệ thống nhận dạng tự động", "15/10/2026.")], en=True),
        Q(d, "when", "cấp chứng chỉ chuyên môn thuyền viên trực tuyến toàn trình phải xong trước ngày nào?",
          [day("31/8/2026")], [sent(p, "Cấp chứng chỉ chuyên môn thuyền viên", "31/8/2026.")]),
        Q(d, "when", "QĐ 210 - dự thảo Nghị định sửa đổi quy định quản lý cảng biển và luồng hàng hải: bao giờ xong?",
          [quarter("III")], [sent(p, f"{PC} chủ trì, phối hợp với {VT} xây dựng dự thảo Nghị định", "Quý III/2026.")]),
        Q(d, "multi", "hợp nhất các thông tư về đăng ký phương tiện thủy nội địa và tàu biển: ai làm, ai phối hợp, thời "
          "gian?", ["Phòng Phương tiện và Thuyền viên", PC, month(6)],
          [sent(p, "Rà soát, hợp nhất các thông tư", "tháng 6/2026.")]),
        Q(d, "multi", "Cục HH&ĐT cắt giảm thành phần hồ sơ cấp phép bến thủy nội địa bao nhiêu %, ai chủ trì, hạn?",
          ["30%", VT, quarter("IV")], [sent(p, "Cắt giảm 30% thành phần hồ sơ", "Quý IV/2026.")]),
        Q(d, "multi", "VP Cục Hàng hải và Đường thủy báo cáo CCHC cho ai, qua đâu, hạn quý và năm?",
          ["Bộ Xây dựng", "Vụ Tổ chức cán bộ", in_quarter("15"), day("15/11/2026")],
          [sent(p, f"{VP_C} tổng hợp, báo cáo Bộ Xây dựng", "15/11/2026.")]),
        Q(d, "lookup", "QĐ 210/QĐ-CHHĐTVN có hiệu lực từ ngày nào?",
          [day("20/01/2026")], [sent(p, "Điều 2. Quyết định này có hiệu lực", "20/01/2026.")]),
        Q(d, "lookup", "Điều 3 QĐ 210 của Cục Hàng hải và Đường thủy giao những ai thi hành?",
          [f"Chánh {VP_C}", "Trưởng các phòng thuộc Cục", "Giám đốc các Cảng vụ hàng hải",
           "Chi cục trưởng các Chi cục Hàng hải và Đường thủy"], [sent(p, "Điều 3.", "Quyết định này.")]),
        Q(d, "target", "Cục Hàng hải và Đường thủy VN: mục tiêu thời gian làm thủ tục cho tàu rời cảng?",
          ["30 phút"], [sent(p, "Thời gian làm thủ tục cho tàu thuyền rời cảng", "30 phút.")]),
        Q(d, "list", "những việc nào Phòng Tài chính của Cục HH&ĐT chủ trì?",
          [["thu phí, lệ phí hàng hải bằng phương thức điện tử"], ["tự chủ tài chính cho các Cảng vụ hàng hải"]],
          [sent(p, "Giao Phòng Tài chính chủ trì", "Quý III/2026."),
           sent(p, "Xây dựng phương án giao tự chủ tài chính", "tháng 12/2026.")]),
        N(d, "Cục Hàng hải và Đường thủy giao ai nạo vét luồng hàng hải năm 2026?", ("nạo vét",)),
        N(d, "Cục HH&ĐT yêu cầu báo cáo 6 tháng gửi Bộ Xây dựng trước ngày nào?", ("6 tháng",)),
    ]


def sin_ho() -> list[Item]:
    """UBND xã Sìn Hồ (Lai Châu), 07/KH-UBND (test, scan with the deadline between the units)."""
    p, d = SIN_HO, SIN_HO.file
    return [
        Q(d, "who", "xã Sìn Hồ giao ai hỗ trợ HTX chè Shan tuyết đăng ký kinh doanh online?",
          ["Phòng Kinh tế"], [cells(p, "Hỗ trợ hợp tác xã chè")]),
        Q(d, "when", "Sìn Hồ: chi trả trợ cấp xã hội qua tài khoản ngân hàng hạn khi nào?",
          [month(6)], [cells(p, "Chi trả trợ cấp xã hội")]),
        Q(d, "when", "bố trí công chức một cửa theo VTVL sau hợp nhất xã Sìn Hồ hạn chót?",
          [day("31/3/2026")], [cells(p, "Bố trí công chức một cửa")]),
        Q(d, "multi", "cấp GCN QSDĐ rừng sản xuất cho hộ gia đình ở xã Sìn Hồ: ai chủ trì, phối hợp, hạn?",
          ["Phòng Kinh tế", "Chi nhánh Văn phòng Đăng ký đất đai", "Hạt Kiểm lâm", month(9)],
          [cells(p, "Cấp giấy chứng nhận quyền sử dụng đất rừng")]),
        Q(d, "multi", "VP HĐND-UBND xã Sìn Hồ báo cáo CCHC gửi đâu, hạn quý và năm?",
          ["UBND tỉnh", "Sở Nội vụ", in_quarter("11"), day("11/11/2026")], [sent(p, f"{VP_X} là đầu mối", "11/11/2026.")]),
        Q(d, "multi", "làm sạch dữ liệu dân cư phục vụ định danh điện tử (xã Sìn Hồ): ai chủ trì, ai cùng làm, hạn?",
          ["Công an xã", "Phòng Văn hóa - Xã hội", month(5)], [cells(p, "Làm sạch dữ liệu dân cư")]),
        Q(d, "lookup", "kinh phí KH CCHC 2026 của xã Sìn Hồ là bao nhiêu?",
          ["60 triệu đồng", "ngân sách xã"], [sent(p, "Kinh phí thực hiện Kế hoạch là 60", "năm 2026.")]),
        Q(d, "lookup", "KH CCHC xã Sìn Hồ số bao nhiêu, ai ký?",
          ["07/KH-UBND", "Lò Văn Pành"],
          [sent(p, "Số: 07/KH-UBND", "năm 2026"), sent(p, "Các bản; - Lưu: VT.", "Lò Văn Pành")]),
        Q(d, "list", "việc nào VP HĐND-UBND xã Sìn Hồ chủ trì?",
          [["tiếng Dao"], ["Bố trí công chức một cửa"], ["Số hóa sổ hộ tịch"], ["Đối thoại"], ["Kiểm tra công vụ"]],
          [cells(p, "Niêm yết thủ tục hành chính"), cells(p, "Bố trí công chức một cửa"), cells(p, "Số hóa sổ hộ tịch"),
           cells(p, "Đối thoại giữa Chủ tịch"), cells(p, "Kiểm tra công vụ")]),
        N(d, "Xã Sìn Hồ niêm yết TTHC bằng tiếng Mông do ai phụ trách?", ("tiếng Mông",)),
    ]

