"""Test questions: Sở Công Thương Hải Phòng (pdf-table), Cục Sở hữu trí tuệ (docx), đặc khu Côn Đảo (decision), TT PVHCC Gia Lai (scan)."""

from __future__ import annotations

from eval.varied8.qa_util import N, Q, cells, day, in_quarter, month, quarter, sent, sub
from eval.varied13.content_c import ATTP, CNTT, CUC_SHTT, DK, NH, SCT_HAI_PHONG, VP_C
from eval.varied13.content_d import CA_D, CON_DAO, GS, HC, KT_D, PVHCC_GIA_LAI, TT_D, VH_D, VP_D
from eval.varied13.qa_util13 import NP, Item, q3

CSDL = "Xây dựng cơ sở dữ liệu ngành công thương"


def sct_hai_phong() -> list[Item]:
    """Sở Công Thương thành phố Hải Phòng, 27/KH-SCT (test, combined unit cell "Chủ trì:" / "Phối hợp:", sub-tasks)."""
    p, d = SCT_HAI_PHONG, SCT_HAI_PHONG.file
    return [
        Q(d, "who", "SCT Hải Phòng: phần dữ liệu cửa hàng bán lẻ xăng dầu trong CSDL ngành công thương giao ai chủ trì?",
          ["Văn phòng Sở"], sub(p, CSDL, "Dữ liệu cửa hàng bán lẻ xăng dầu")),
        Q(d, "who", "cắt giảm thời gian cấp GCN cơ sở đủ điều kiện ATTP xuống 10 ngày: phòng nào của Sở Công Thương HP "
          "làm đầu mối chủ trì?", ["Phòng Kỹ thuật an toàn - Môi trường"], [cells(p, ATTP)]),
        Q(d, "when", "Sở Công Thương Hải Phòng: Quy chế quản lý cụm công nghiệp hạn chót khi nào?",
          [day("30/6/2026")], [cells(p, "Tham mưu UBND thành phố ban hành Quy chế quản lý cụm")]),
        Q(d, "when", "dữ liệu các cụm công nghiệp và doanh nghiệp trong cụm (SCT HP) bao giờ phải xong?",
          [month(8)], [cells(p, "Dữ liệu các cụm công nghiệp")]),
        Q(d, "target", "theo chỉ tiêu của SCT Hải Phòng, cấp GCN cơ sở đủ điều kiện an toàn thực phẩm tối đa mấy ngày?",
          ["10 ngày làm việc"], [sent(p, "Thời gian cấp Giấy chứng nhận cơ sở đủ điều kiện", "10 ngày làm việc.")]),
        Q(d, "lookup", "kinh phí KH CCHC 2026 Sở Công Thương Hải Phòng là bao nhiêu, nguồn nào?",
          ["240 triệu đồng", "dự toán ngân sách thành phố"], [sent(p, "Kinh phí thực hiện Kế hoạch là 240", "năm 2026.")]),
        Q(d, "lookup", "KH 27/KH-SCT ký ngày nào, người ký là ai?",
          [["ngày 21 tháng 01 năm 2026", "21/01/2026", "21/1/2026"], "Vũ Thành Trung"],
          [sent(p, "Số: 27/KH-SCT", "năm 2026"), sent(p, "Lưu: VT, VP. KT. GIÁM ĐỐC", "Vũ Thành Trung")]),
        Q(d, "multi", "hóa đơn điện tử từ máy tính tiền ở cửa hàng xăng dầu HP: ai chủ trì, phối hợp với ai, hạn?",
          ["Phòng Quản lý năng lượng", "Thuế thành phố Hải Phòng", "Các doanh nghiệp kinh doanh xăng dầu", month(7)],
          [cells(p, "Triển khai hóa đơn điện tử")]),
        Q(d, "multi", "VP Sở Công Thương HP báo cáo CCHC cho ai, qua đâu; hạn báo cáo quý, 6 tháng, năm?",
          ["UBND thành phố", "Sở Nội vụ", in_quarter("16"), day("16/6/2026"), day("16/11/2026")],
          [sent(p, "Văn phòng Sở là đầu mối theo dõi", "16/11/2026.")]),
        Q(d, "multi", "Chi cục QLTT Hải Phòng giám sát sàn TMĐT bán hàng giả cùng làm với ai, hạn chót, và báo cáo Giám "
          "đốc Sở trước ngày mấy hằng tháng?",
          ["Công an thành phố", "Sở Khoa học và Công nghệ", month(9), ["ngày 05 hằng tháng", "05 hằng tháng"]],
          [cells(p, "Giám sát website, sàn thương mại điện tử"),
           sent(p, "Chi cục Quản lý thị trường báo cáo Giám đốc Sở", "hằng tháng.")]),
        q3(Q(d, "list", "SCT HP có những nhiệm vụ, nội dung nào hạn trong quý III/2026 (kể cả hạn tháng 7, 8, 9)?",
             [["an toàn thực phẩm"], ["cụm công nghiệp và doanh nghiệp trong cụm"], ["cửa hàng bán lẻ xăng dầu"],
              ["hàng giả"], ["hóa đơn điện tử"]],
             [cells(p, ATTP), cells(p, "Dữ liệu các cụm công nghiệp"), cells(p, "Dữ liệu cửa hàng bán lẻ"),
              cells(p, "Giám sát website"), cells(p, "Triển khai hóa đơn điện tử")])),
        N(d, "Sở Công Thương Hải Phòng giao ai cấp giấy phép bán lẻ thuốc lá trực tuyến?", ("thuốc lá",)),
        N(d, "KH CCHC của SCT HP giao ai chủ trì số hóa chợ truyền thống trên đảo Cát Bà?", ("Cát Bà",)),
    ]


def cuc_shtt() -> list[Item]:
    """Cục Sở hữu trí tuệ, 15/KH-SHTT (test, Word-numbered task blocks with labelled lines, co-leads)."""
    p, d = CUC_SHTT, CUC_SHTT.file
    return [
        Q(d, "who", "Which units co-lead shortening the substantive examination of trademark applications at the "
          "Intellectual Property Office (Cục SHTT)?", [NH, DK],
          [sent(p, "Rút ngắn thời gian thẩm định nội dung đơn", "(đồng chủ trì)")], en=True),
        Q(d, "when", "Cục SHTT: hạn chót cấp văn bằng bảo hộ điện tử có chữ ký số là khi nào?",
          [month(9)], [sent(p, "Cấp văn bằng bảo hộ điện tử có chữ ký số", "Tháng 9/2026")]),
        Q(d, "when", "sắp xếp VP đại diện của Cục SHTT tại TP HCM và Đà Nẵng xong khi nào?",
          [["6 tháng đầu năm 2026"]], [sent(p, "Sắp xếp Văn phòng đại diện của Cục", "6 tháng đầu năm 2026")]),
        Q(d, "target", "Cục Sở hữu trí tuệ đặt mục tiêu bao nhiêu % đơn đăng ký SHCN nộp trực tuyến?",
          ["95%"], [sent(p, "Tối thiểu 95% đơn đăng ký", "trực tuyến.")]),
        Q(d, "lookup", "KH CCHC 2026 của Cục SHTT: kinh phí bao nhiêu, nguồn gì?",
          ["520 triệu đồng", "phí sở hữu công nghiệp được để lại"], [sent(p, "Kinh phí thực hiện là 520", "năm 2026.")]),
        Q(d, "lookup", "ai ký KH 15/KH-SHTT, ký với tư cách gì?",
          ["Hoàng Văn Thạch", ["CỤC TRƯỞNG", "Cục trưởng"]],
          [sent(p, "Các phòng, trung tâm thuộc Cục; - Lưu: VT, VP.", "Hoàng Văn Thạch")]),
        Q(d, "multi", "Cục SHTT - ứng dụng AI tra cứu nhãn hiệu tương tự: cơ quan chủ trì, phối hợp, thời hạn, kết quả "
          "đầu ra?", [CNTT, NH, quarter("III"), "Công cụ tra cứu hình ảnh nhãn hiệu"],
          [sent(p, "Ứng dụng trí tuệ nhân tạo trong tra cứu", "Công cụ tra cứu hình ảnh nhãn hiệu")]),
        Q(d, "multi", "thông tư hướng dẫn nộp đơn SHCN trực tuyến của Cục SHTT: ai chủ trì, ai phối hợp, hạn?",
          ["Phòng Pháp chế - Chính sách", VP_C, "Vụ Pháp chế, Bộ Khoa học và Công nghệ", quarter("III")],
          [sent(p, "Xây dựng dự thảo Thông tư hướng dẫn nộp đơn", "Quý III/2026")]),
        Q(d, "multi", "Phòng TC-KT Cục SHTT phải báo cáo Cục trưởng việc gì, hạn ngày nào?",
          ["thu phí, lệ phí trực tuyến", day("10/7/2026")],
          [sent(p, "Báo cáo Cục trưởng kết quả thu phí", "10/7/2026.")]),
        Q(d, "list", "Trung tâm CNTT của Cục SHTT chủ trì những nhiệm vụ nào?",
          [["cơ sở dữ liệu quốc gia về sở hữu công nghiệp"], ["trí tuệ nhân tạo"]],
          [sent(p, "Nâng cấp cơ sở dữ liệu quốc gia", f"Cơ quan chủ trì: {CNTT}"),
           sent(p, "Ứng dụng trí tuệ nhân tạo trong tra cứu", f"Cơ quan chủ trì: {CNTT}")]),
        N(d, "Cục SHTT giao ai chủ trì cấp chứng chỉ hành nghề đại diện sở hữu công nghiệp trực tuyến?",
          ("chứng chỉ hành nghề",)),
        N(d, "Cục Sở hữu trí tuệ: ai chủ trì lập Văn phòng đại diện tại Cần Thơ?", ("Cần Thơ",)),
    ]


def con_dao() -> list[Item]:
    """UBND đặc khu Côn Đảo, QĐ 21/QĐ-UBND (test, decision with tasks grouped by unit, DOCX)."""
    p, d = CON_DAO, CON_DAO.file
    return [
        Q(d, "who", "Đặc khu Côn Đảo: việc thu giá dịch vụ ở cảng Bến Đầm không dùng tiền mặt giao ai?",
          [KT_D], [sent(p, f"{KT_D}: a) Chủ trì xây dựng Quy chế", "không dùng tiền mặt;")]),
        Q(d, "who", "QĐ 21 Côn Đảo - ai lo công khai TTHC song ngữ tiếng Việt, tiếng Anh?",
          [VH_D], [sent(p, f"{VH_D}: a) Chủ trì công khai", "thực hiện thường xuyên;")]),
        Q(d, "when", "kiện toàn bộ máy các phòng chuyên môn của đặc khu Côn Đảo hạn chót khi nào?",
          [day("30/6/2026")], [sent(p, "b) Chủ trì kiện toàn tổ chức bộ máy", "trước 30/6/2026.")]),
        Q(d, "when", "làm sạch dữ liệu dân cư phục vụ chi trả an sinh ở Côn Đảo bao giờ phải xong?",
          [day("31/5/2026")], [sent(p, f"{CA_D}: a) Chủ trì, phối hợp", "31/5/2026;")]),
        Q(d, "lookup", "QĐ 21/QĐ-UBND của đặc khu Côn Đảo có hiệu lực từ ngày nào?",
          [day("15/01/2026")], [sent(p, "Điều 2. Quyết định này có hiệu lực", "15/01/2026.")]),
        Q(d, "lookup", "Điều 3 QĐ 21 Côn Đảo giao những ai chịu trách nhiệm thi hành?",
          [f"Chánh {VP_D}", "Trưởng các phòng chuyên môn", f"Giám đốc {TT_D}", f"Trưởng {CA_D}"],
          [sent(p, "Điều 3. Chánh", "thi hành Quyết định này.")]),
        Q(d, "multi", "Côn Đảo - phương án tự chủ tài chính của BQL dự án và Phát triển quỹ đất: phòng nào chủ trì, hạn "
          "chót?", [KT_D, day("30/9/2026")], [sent(p, f"{KT_D}: a) Chủ trì xây dựng Quy chế", "trước 30/9/2026.")]),
        Q(d, "multi", "tiếp nhận hồ sơ trực tuyến của ngư dân ở cảng cá Bến Đầm: đơn vị chủ trì, phối hợp, thời hạn?",
          [TT_D, "Đồn Biên phòng Côn Đảo", quarter("III")],
          [sent(p, f"{TT_D}: a) Chủ trì tiếp nhận", "Quý III/2026;")]),
        Q(d, "multi", "VP HĐND-UBND đặc khu Côn Đảo báo cáo CCHC gửi ai, qua đâu, hạn quý và năm?",
          ["UBND Thành phố", "Sở Nội vụ", in_quarter("15"), day("15/11/2026")],
          [sent(p, f"{VP_D} tổng hợp, báo cáo UBND Thành phố", "15/11/2026.")]),
        Q(d, "list", "Phòng Kinh tế đặc khu Côn Đảo được phân công chủ trì những nhiệm vụ nào?",
          [["du lịch biển, đảo"], ["cảng Bến Đầm"], ["phương án tự chủ tài chính"]],
          [sent(p, f"{KT_D}: a) Chủ trì xây dựng Quy chế", "Phát triển quỹ đất đặc khu.")]),
        Q(d, "list", "VP HĐND và UBND đặc khu Côn Đảo chủ trì những việc gì?",
          [["rà soát các quyết định"], ["kiện toàn tổ chức bộ máy"], ["Trung tâm điều hành thông minh"]],
          [sent(p, f"{VP_D}: a) Chủ trì, phối hợp", "tháng 11/2026.")]),
        N(d, "Côn Đảo giao phòng nào cấp phép dịch vụ lặn biển ngắm san hô?", ("lặn biển",)),
    ]


def pvhcc_gia_lai() -> list[Item]:
    """Trung tâm Phục vụ hành chính công tỉnh Gia Lai, 09/KH-TTPVHCC (test, stamped 300-dpi scan, prose tasks)."""
    p, d = PVHCC_GIA_LAI, PVHCC_GIA_LAI.file
    return [
        Q(d, "who", "TT PVHCC Gia Lai: ai chủ trì chấm điểm công chức tiếp nhận hồ sơ hằng quý?",
          [GS], [sent(p, f"Phối hợp với {HC}, {GS} chủ trì chấm điểm", "hằng quý.")]),
        Q(d, "when", "trả kết quả TTHC tại nhà cho người cao tuổi, người khuyết tật ở Gia Lai hạn chót khi nào?",
          [month(7)], [sent(p, "Phối hợp với Bưu điện tỉnh Gia Lai", "tháng 7/2026.")]),
        Q(d, "when", "đánh giá chất lượng giải quyết TTHC theo Bộ chỉ số phục vụ người dân, doanh nghiệp (TT PVHCC Gia "
          "Lai) bao giờ xong?", [month(10)], [sent(p, f"{GS} chủ trì đánh giá chất lượng", "tháng 10/2026.")]),
        Q(d, "target", "TT PVHCC tỉnh Gia Lai đặt chỉ tiêu tỷ lệ hồ sơ giải quyết đúng hạn là bao nhiêu?",
          ["98%"], [sent(p, "Tối thiểu 98% hồ sơ", "đúng hạn.")]),
        Q(d, "lookup", "kinh phí KH 09/KH-TTPVHCC bao nhiêu, nguồn từ đâu?",
          ["95 triệu đồng", "chi thường xuyên"], [sent(p, "Kinh phí thực hiện là 95", "năm 2026.")]),
        Q(d, "lookup", "ai ký KH CCHC 2026 của Trung tâm PVHCC Gia Lai, chức vụ gì?",
          ["Rơ Mah Thuận", ["PHÓ GIÁM ĐỐC", "Phó Giám đốc"]], [sent(p, "Lưu: VT, HC-TH.", "Rơ Mah Thuận")]),
        Q(d, "multi", "trợ lý ảo hướng dẫn TTHC trên Cổng DVC tỉnh Gia Lai: ai chủ trì, cùng làm với ai, hạn chót?",
          [GS, "Sở Khoa học và Công nghệ", day("31/8/2026")],
          [sent(p, f"Phối hợp với Sở Khoa học và Công nghệ, {GS}", "31/8/2026.")]),
        Q(d, "multi", "ki-ốt thanh toán phí, lệ phí ở sảnh TT PVHCC Gia Lai: phòng nào chủ trì, phối hợp với ai, thời "
          "gian?", [HC, "VNPT Gia Lai", quarter("III")], [sent(p, f"{HC} chủ trì, phối hợp với VNPT", "Quý III/2026.")]),
        Q(d, "multi", "Phòng HC-TH TT PVHCC Gia Lai tham mưu báo cáo kết quả quý, năm cho ai, qua đâu, hạn?",
          ["UBND tỉnh", "Sở Nội vụ", in_quarter("13"), day("13/11/2026")],
          [sent(p, f"{HC} tham mưu Giám đốc Trung tâm báo cáo", "13/11/2026.")]),
        Q(d, "list", "Phòng Giám sát và Hỗ trợ của TT PVHCC Gia Lai chủ trì những việc gì?",
          [["công khai tiến độ giải quyết hồ sơ"], ["chấm điểm công chức"], ["trợ lý ảo"], ["Bộ chỉ số phục vụ"]],
          [sent(p, f"{GS} chủ trì công khai tiến độ", "thường xuyên."),
           sent(p, f"Phối hợp với {HC}, {GS} chủ trì chấm điểm", "hằng quý."),
           sent(p, f"Phối hợp với Sở Khoa học và Công nghệ, {GS}", "31/8/2026."),
           sent(p, f"{GS} chủ trì đánh giá chất lượng", "tháng 10/2026.")]),
        NP(d, "công khai tiến độ giải quyết hồ sơ trên màn hình ở TT PVHCC Gia Lai thì phối hợp với đơn vị nào?",
           "công khai tiến độ giải quyết hồ sơ"),
        N(d, "TT PVHCC Gia Lai có bố trí người phiên dịch tiếng Jrai tại sảnh không, ai phụ trách?", ("Jrai",)),
    ]

