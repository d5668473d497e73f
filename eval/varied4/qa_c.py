"""Questions about the batch-4 decisions (Bộ Công Thương PDF dev, UBND tỉnh An Giang DOCX test)."""

from __future__ import annotations

from typing import Any

from eval.varied.qa_build import Q
from eval.varied4.content_c import AN_GIANG, BO_CONG_THUONG
from eval.varied4.qa_util import N, day, month, quarter


def bo_cong_thuong() -> list[dict[str, Any]]:
    """Bộ Công Thương, QĐ 147/QĐ-BCT (dev)."""
    d = BO_CONG_THUONG.file
    rep = ("Các cơ quan, đơn vị thuộc Bộ gửi báo cáo cải cách hành chính quý về Văn phòng Bộ trước ngày 10 của tháng cuối quý; "
           "báo cáo 6 tháng trước ngày 10/6/2026; báo cáo năm trước ngày 15/11/2026.")
    return [
        Q(d, "who", "Ở Bộ Công Thương, đơn vị nào chủ trì cấp C/O điện tử 24/7 trên eCoSys?",
          ["Cục Xuất nhập khẩu"], ["Cấp giấy chứng nhận xuất xứ hàng hóa (C/O) điện tử 24/7 trên Hệ thống eCoSys"]),
        Q(d, "multi", "Bộ Công Thương: cắt giảm thời gian cấp giấy phép hoạt động điện lực cho điện mặt trời mái nhà do ai làm, phối hợp với ai, hạn khi nào?",
          ["Cục Điện lực", "Vụ Pháp chế", "Văn phòng Bộ", day("15/5/2026")],
          ["Cắt giảm thời gian cấp giấy phép hoạt động điện lực đối với dự án điện mặt trời mái nhà"]),
        Q(d, "when", "Khi nào phải xong thủ tục cấp giấy phép nhập khẩu tự động qua Cơ chế một cửa quốc gia của Bộ Công Thương?",
          [month(8)], ["Thực hiện thủ tục cấp giấy phép nhập khẩu tự động qua Cơ chế một cửa quốc gia"]),
        Q(d, "who", "Bộ Công Thương giao ai xây dựng thông tư về kinh doanh xăng dầu trên sàn giao dịch điện tử?",
          ["Cục Quản lý và Phát triển thị trường trong nước"],
          ["Xây dựng Thông tư quy định về kinh doanh xăng dầu trên sàn giao dịch điện tử"], strip=True),
        Q(d, "lookup", "Kế hoạch CCHC 2026 của Bộ Công Thương được ban hành kèm theo quyết định số mấy, ngày nào?",
          ["147/QĐ-BCT", day("16/01/2026")],
          ["(Kèm theo Quyết định số 147/QĐ-BCT ngày 16/01/2026 của Bộ trưởng Bộ Công Thương)"]),
        Q(d, "lookup", "Ai ký Quyết định 147/QĐ-BCT ban hành kế hoạch CCHC của Bộ Công Thương, chức vụ gì?",
          ["Lưu Hoàng Nam", "Thứ trưởng"], ["- Lưu: VT, VP. KT. BỘ TRƯỞNG THỨ TRƯỞNG Lưu Hoàng Nam"]),
        Q(d, "lookup", "Kinh phí kế hoạch CCHC năm 2026 của Bộ Công Thương là bao nhiêu, đơn vị nào hướng dẫn lập dự toán?",
          [["4.750 triệu đồng", "4.750 triệu", "4,75 tỷ"], "Vụ Kế hoạch, Tài chính"],
          ["Kinh phí thực hiện Kế hoạch năm 2026 là 4.750 triệu đồng từ nguồn chi thường xuyên của Bộ; Vụ Kế hoạch, Tài chính hướng dẫn các đơn vị lập dự toán."]),
        Q(d, "multi", "Các đơn vị thuộc Bộ Công Thương gửi báo cáo CCHC 6 tháng về đâu, trước ngày nào?",
          ["Văn phòng Bộ", day("10/6/2026")], [rep]),
        Q(d, "when", "When is the Ministry of Industry and Trade's 2026 annual reform report due to the Ministry of Home Affairs?",
          [day("01/12/2026")],
          ["Văn phòng Bộ tổng hợp, trình Bộ trưởng ký báo cáo gửi Bộ Nội vụ trước ngày 15 của tháng cuối quý và trước ngày 01/12/2026 đối với báo cáo năm."],
          en=True),
        Q(d, "target", "Bộ Công Thương đặt chỉ tiêu bao nhiêu % giấy chứng nhận xuất xứ C/O được cấp trực tuyến năm 2026?",
          ["95%"], ["Tối thiểu 95% giấy chứng nhận xuất xứ hàng hóa (C/O) được cấp trực tuyến."]),
        Q(d, "list", "Bộ Công Thương có những nhiệm vụ CCHC nào phải phối hợp với Bộ Công an?",
          ["thương mại điện tử", "an toàn thông tin"],
          ["Xây dựng cơ sở dữ liệu quốc gia về thương mại điện tử, kết nối với Cơ sở dữ liệu quốc gia về dân cư",
           "Giám sát an toàn thông tin Hệ thống thông tin giải quyết thủ tục hành chính của Bộ"]),
        N(d, "Bộ Công Thương giao đơn vị nào chủ trì thủ tục cấp giấy phép xuất khẩu tự động qua Cơ chế một cửa quốc gia?",
          ("giấy phép xuất khẩu",)),
        N(d, "Hạn cắt giảm thời gian cấp giấy phép hoạt động điện lực cho dự án điện gió ngoài khơi là khi nào?", ("điện gió",)),
        N(d, "Ai là Bộ trưởng Bộ Công Thương theo quyết định ban hành kế hoạch CCHC 2026?"),
        N(d, "Kế hoạch CCHC 2026 của Bộ Công Thương giao Cục Đăng kiểm Việt Nam làm gì?", ("Đăng kiểm",), strip=True),
    ]


def an_giang() -> list[dict[str, Any]]:
    """UBND tỉnh An Giang, QĐ 86/QĐ-UBND with the attached plan (test)."""
    d = AN_GIANG.file
    rep = ("Các sở, ban, ngành tỉnh, UBND các xã, phường, đặc khu báo cáo định kỳ hằng quý về UBND tỉnh (qua Sở Nội vụ) trước ngày 10 "
           "của tháng cuối quý; báo cáo 6 tháng trước ngày 10/6/2026; báo cáo năm trước ngày 05/12/2026.")
    pq = "Ban hành quy định phân cấp quản lý nhà nước về du lịch cho UBND đặc khu Phú Quốc"
    ld = "Cấp giấy phép lao động cho người nước ngoài làm việc tại đặc khu Phú Quốc trực tuyến toàn trình"
    return [
        Q(d, "who", "An Giang giao ai cấp giấy phép lao động cho người nước ngoài làm việc ở Phú Quốc trực tuyến toàn trình?",
          ["Sở Nội vụ"], [ld]),
        Q(d, "multi", "An Giang: hệ thống giám sát tàu cá và truy xuất nguồn gốc thủy sản do ai làm, phối hợp với ai, hạn khi nào?",
          ["Sở Nông nghiệp và Môi trường", "Sở Khoa học và Công nghệ", "Bộ đội Biên phòng tỉnh", day("31/3/2026")],
          ["Xây dựng hệ thống giám sát tàu cá và truy xuất nguồn gốc thủy sản khai thác"]),
        Q(d, "when", "An Giang phân cấp quản lý du lịch cho đặc khu Phú Quốc khi nào phải xong?",
          [quarter("II")], [pq], strip=True),
        Q(d, "list", "Liệt kê các nhiệm vụ CCHC 2026 của An Giang do Sở Nông nghiệp và Môi trường chủ trì",
          ["đăng ký đất đai lần đầu", "thủy sản qua dịch vụ bưu chính", "giám sát tàu cá"],
          ["Thực hiện thủ tục đăng ký đất đai lần đầu trực tuyến toàn trình tại các xã biên giới",
           "Tiếp nhận hồ sơ thủ tục hành chính lĩnh vực thủy sản qua dịch vụ bưu chính công ích cho ngư dân",
           "Xây dựng hệ thống giám sát tàu cá và truy xuất nguồn gốc thủy sản khai thác"]),
        Q(d, "list", "Những nhiệm vụ nào trong kế hoạch CCHC An Giang 2026 liên quan đến đặc khu Phú Quốc?",
          ["phân cấp quản lý nhà nước về du lịch", "giấy phép lao động"], [pq, ld]),
        Q(d, "lookup", "Kế hoạch CCHC năm 2026 của tỉnh An Giang được ban hành kèm quyết định nào, ai ký?",
          ["86/QĐ-UBND", "Đinh Văn Thạnh"],
          ["(Kèm theo Quyết định số 86/QĐ-UBND ngày 13/01/2026 của Ủy ban nhân dân tỉnh An Giang)",
           "- Lưu: VT, NC. TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Đinh Văn Thạnh"]),
        Q(d, "lookup", "Quyết định ban hành kế hoạch CCHC 2026 của An Giang được ban hành theo đề nghị của ai, tờ trình số mấy?",
          ["Giám đốc Sở Nội vụ", "15/TTr-SNV"],
          ["Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 15/TTr-SNV ngày 06/01/2026."]),
        Q(d, "multi", "Ở An Giang, cơ quan nào báo cáo Văn phòng Chính phủ về kết quả kiểm soát TTHC, định kỳ bao lâu?",
          ["Văn phòng UBND tỉnh", ["6 tháng và năm", "6 tháng", "sáu tháng"]],
          ["Văn phòng UBND tỉnh tổng hợp, tham mưu UBND tỉnh báo cáo Văn phòng Chính phủ về tình hình, kết quả kiểm soát thủ tục hành chính định kỳ 6 tháng và năm."]),
        Q(d, "multi", "Các sở, ngành, xã, phường, đặc khu ở An Giang gửi báo cáo CCHC năm cho ai, qua đâu, hạn nào?",
          ["UBND tỉnh", "Sở Nội vụ", day("05/12/2026")], [rep]),
        Q(d, "target", "What share of administrative procedure files must An Giang settle fully online in 2026?",
          ["80%"], ["Tối thiểu 80% hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình."], en=True),
        Q(d, "when", "Hạn chót rà soát văn bản QPPL của An Giang và Kiên Giang trước hợp nhất để bãi bỏ, thay thế?",
          [day("30/6/2026")],
          ["Rà soát văn bản quy phạm pháp luật của tỉnh An Giang và tỉnh Kiên Giang trước hợp nhất để bãi bỏ, thay thế"]),
        N(d, "Ai chủ trì phân cấp quản lý nhà nước về du lịch cho đặc khu Kiên Hải?", ("Kiên Hải",)),
        N(d, "Tổng kinh phí thực hiện kế hoạch CCHC năm 2026 của tỉnh An Giang là bao nhiêu?", ("triệu đồng", "tỷ đồng")),
        N(d, "Ai là Chủ tịch UBND tỉnh An Giang theo quyết định ban hành kế hoạch CCHC 2026?"),
        N(d, "Kế hoạch CCHC của An Giang giao ai xây dựng cổng du lịch thông minh Phú Quốc?", ("du lịch thông minh",)),
        N(d, "Dự báo thời tiết Phú Quốc cuối tuần này thế nào?", ("thời tiết",), strip=True),
    ]
