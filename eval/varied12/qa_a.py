"""Dev questions: Sở Xây dựng Tây Ninh (pdf-table), Cục Đăng kiểm (docx), phường Hải Châu (decision), CDC Ninh Bình (scan)."""

from __future__ import annotations

from typing import Any

from eval.varied8.qa_util import N, Q, cells, day, in_quarter, month, quarter, sent
from eval.varied12.content_a import DANG_KIEM, SXD_TAY_NINH
from eval.varied12.content_b import BTN, CDC_NINH_BINH, HAI_CHAU, KH, KT_P, TT_P, VH_P, VP_P

Item = dict[str, Any]


def q3(item: Item) -> Item:
    """Mark a list item whose facts must be every task due in quý III (checked by ``check_quarter_lists``)."""
    item["_q3"] = True
    return item


def sxd_tay_ninh() -> list[Item]:
    """Sở Xây dựng tỉnh Tây Ninh, 42/KH-SXD (dev, Phụ lục over three pages)."""
    p, d = SXD_TAY_NINH, SXD_TAY_NINH.file
    return [
        Q(d, "who", "Sở Xây dựng Tây Ninh giao phòng nào lo việc làm DVC toàn trình cấp giấy phép liên vận Việt Nam - "
          "Campuchia?", ["Phòng Quản lý vận tải, phương tiện và người lái"],
          [cells(p, "Cung cấp dịch vụ công trực tuyến toàn trình thủ tục cấp giấy phép liên vận")]),
        Q(d, "who", "KH 42/KH-SXD: ai chủ trì xây dựng CSDL về nhà ở và thị trường bất động sản của tỉnh?",
          ["Phòng Quản lý nhà và Thị trường bất động sản"], [cells(p, "Xây dựng cơ sở dữ liệu về nhà ở")]),
        Q(d, "when", "Hạn chót tham mưu Quy định phân cấp cấp giấy phép xây dựng cho xã, phường ở Tây Ninh là khi nào?",
          [day("30/6/2026")], [cells(p, "Tham mưu UBND tỉnh ban hành Quy định phân cấp")]),
        Q(d, "when", "SXD Tây Ninh: số hóa hồ sơ cấp GPXD còn lưu bằng giấy bao giờ phải xong?",
          [quarter("III")], [cells(p, "Số hóa hồ sơ cấp giấy phép xây dựng")]),
        Q(d, "multi", "Sở XD Tây Ninh - phương án tự chủ tài chính của Trung tâm Kiểm định chất lượng xây dựng: ai chủ "
          "trì, ai phối hợp, thời hạn?",
          ["Phòng Kế hoạch - Tài chính", "Trung tâm Kiểm định chất lượng xây dựng", "Sở Tài chính", quarter("III")],
          [cells(p, "Xây dựng phương án tự chủ tài chính")]),
        Q(d, "multi", "Văn phòng SXD Tây Ninh báo cáo CCHC cho ai, qua đâu; hạn báo cáo quý và báo cáo năm?",
          ["UBND tỉnh", "Sở Nội vụ", in_quarter("18"), day("18/11/2026")],
          [sent(p, "Văn phòng Sở là đầu mối theo dõi", "18/11/2026.")]),
        Q(d, "multi", "phòng quản lý vận tải của SXD TN phải báo cáo gì, cho ai, hạn ngày nào?",
          ["Giám đốc Sở", "giấy phép liên vận", ["ngày 05 hằng tháng", "05 hằng tháng"]],
          [sent(p, "Phòng Quản lý vận tải, phương tiện và người lái báo cáo Giám đốc Sở", "hằng tháng.")]),
        Q(d, "lookup", "kinh phí KH CCHC 2026 của Sở Xây dựng Tây Ninh bao nhiêu, lấy từ nguồn nào?",
          ["210 triệu đồng", "dự toán ngân sách tỉnh"], [sent(p, "Kinh phí thực hiện Kế hoạch là 210", "năm 2026;")]),
        Q(d, "lookup", "Ai ký Kế hoạch 42/KH-SXD, chức vụ gì?",
          ["Nguyễn Hữu Phước", ["PHÓ GIÁM ĐỐC", "Phó Giám đốc"]],
          [sent(p, "Các phòng, đơn vị thuộc Sở; - Lưu: VT, VP.", "Nguyễn Hữu Phước")]),
        Q(d, "target", "thời gian thẩm định báo cáo NCKT đầu tư xây dựng ở SXD Tây Ninh phấn đấu rút xuống còn mấy ngày?",
          ["25 ngày"], [sent(p, "Thời gian thẩm định báo cáo nghiên cứu khả thi", "25 ngày.")]),
        q3(Q(d, "list", "SXD Tây Ninh có những nhiệm vụ nào hạn trong quý III/2026 (tính cả các việc hạn tháng 7, 8, 9)?",
             [["thẩm định báo cáo nghiên cứu khả thi"], ["Đề án vị trí việc làm"], ["Bồi dưỡng nghiệp vụ cấp phép"],
              ["phương án tự chủ tài chính"], ["Số hóa hồ sơ cấp giấy phép xây dựng"], ["hồ sơ quy hoạch chung"]],
             [cells(p, "Rút ngắn thời gian thẩm định"), cells(p, "Xây dựng Đề án vị trí việc làm"),
              cells(p, "Bồi dưỡng nghiệp vụ cấp phép"), cells(p, "Xây dựng phương án tự chủ"),
              cells(p, "Số hóa hồ sơ cấp giấy phép"), cells(p, "Cập nhật hồ sơ quy hoạch chung")])),
        Q(d, "list", "những việc nào Văn phòng Sở Xây dựng Tây Ninh chủ trì trong phụ lục?",
          [["bãi bỏ các văn bản quy phạm pháp luật"], ["Công khai, cập nhật thủ tục hành chính"],
           ["Kiện toàn cơ cấu tổ chức"], ["Đề án vị trí việc làm"], ["Đánh giá, xếp loại công chức"],
           ["Số hóa hồ sơ cấp giấy phép xây dựng"], ["Ký số văn bản đi"]],
          [cells(p, "Rà soát, đề xuất bãi bỏ"), cells(p, "Công khai, cập nhật"), cells(p, "Kiện toàn cơ cấu"),
           cells(p, "Xây dựng Đề án vị trí việc làm"), cells(p, "Đánh giá, xếp loại công chức"),
           cells(p, "Số hóa hồ sơ cấp giấy phép"), cells(p, "Ký số văn bản đi")]),
        N(d, "SXD Tây Ninh giao ai làm dịch vụ công cấp giấy phép liên vận Việt Nam - Lào?", ("Việt Nam - Lào",)),
        N(d, "Sở Xây dựng Tây Ninh đặt chỉ tiêu giảm tai nạn giao thông năm 2026 bao nhiêu phần trăm?", ("tai nạn",)),
    ]


def dang_kiem() -> list[Item]:
    """Cục Đăng kiểm Việt Nam, 18/KH-CĐKVN (dev, Word-numbered DOCX with merged cells)."""
    p, d = DANG_KIEM, DANG_KIEM.file
    return [
        Q(d, "who", "Cục Đăng kiểm: đơn vị nào phụ trách kết nối camera giám sát dây chuyền kiểm định về Cục?",
          ["Trung tâm Công nghệ thông tin"], [cells(p, "Kết nối camera giám sát")]),
        Q(d, "who", "Which unit of the Vietnam Register leads the review of the national technical regulation on "
          "motorcycle emissions?", ["Phòng Pháp chế - Hợp tác quốc tế"], [cells(p, "Rà soát quy chuẩn kỹ thuật")],
          en=True),
        Q(d, "when", "kiện toàn các Chi cục Đăng kiểm khu vực phải xong khi nào?",
          [["6 tháng đầu năm 2026"]], [cells(p, "Kiện toàn tổ chức các Chi cục")]),
        Q(d, "when", "Cục ĐK: hạn chót cấp giấy chứng nhận kiểm định điện tử, tem kiểm định có mã QR?",
          [month(8)], [cells(p, "Cấp giấy chứng nhận kiểm định điện tử")]),
        Q(d, "multi", "KH 18/KH-CĐKVN - DVC toàn trình cấp GCN chất lượng xe cơ giới nhập khẩu: phòng nào chủ trì, cùng "
          "làm với ai, bao giờ xong?", ["Phòng Chất lượng xe cơ giới", "Văn phòng Cục", "Cục Hải quan", month(6)],
          [cells(p, "Cung cấp dịch vụ công trực tuyến toàn trình cấp giấy chứng nhận")]),
        Q(d, "multi", "VP Cục Đăng kiểm báo cáo CCHC gửi ai, qua đơn vị nào, hạn báo cáo quý và năm?",
          ["Bộ Xây dựng", "Vụ Tổ chức cán bộ", in_quarter("20"), day("20/11/2026")],
          [sent(p, "Tổng hợp, báo cáo Bộ Xây dựng (qua Vụ Tổ chức cán bộ)", "20/11/2026.")]),
        Q(d, "multi", "TT CNTT của Cục Đăng kiểm phải báo cáo Cục trưởng việc gì, trước ngày nào?",
          ["giấy chứng nhận kiểm định điện tử", day("15/6/2026")],
          [sent(p, "Báo cáo Cục trưởng tình hình vận hành", "15/6/2026.")]),
        Q(d, "lookup", "kinh phí thực hiện KH CCHC 2026 Cục Đăng kiểm bao nhiêu, nguồn nào?",
          ["350 triệu đồng", "nguồn thu phí, lệ phí được để lại"], [sent(p, "Kinh phí thực hiện là 350", "năm 2026.")]),
        Q(d, "lookup", "KH CCHC 2026 của Cục Đăng kiểm Việt Nam số mấy, ban hành ngày nào?",
          ["18/KH-CĐKVN", ["ngày 20 tháng 01 năm 2026", "20/01/2026", "20/1/2026"]],
          [sent(p, "Số: 18/KH-CĐKVN", "năm 2026")]),
        Q(d, "target", "Cục ĐK đặt mục tiêu thời gian chờ kiểm định tối đa bao lâu mỗi lượt xe?",
          ["60 phút"], [sent(p, "Thời gian chờ kiểm định", "lượt xe.")]),
        Q(d, "list", "những việc nào Trung tâm CNTT của Cục Đăng kiểm chủ trì?",
          [["giấy chứng nhận kiểm định điện tử"], ["Chia sẻ dữ liệu đăng kiểm"], ["camera giám sát"]],
          [cells(p, "Cấp giấy chứng nhận kiểm định điện tử"), cells(p, "Chia sẻ dữ liệu đăng kiểm"),
           cells(p, "Kết nối camera giám sát")]),
        N(d, "Cục Đăng kiểm giao ai rà soát quy chuẩn khí thải xe tải hạng nặng?", ("xe tải", "hạng nặng")),
        N(d, "Cục Đăng kiểm yêu cầu các Chi cục nộp báo cáo 6 tháng trước ngày nào?", ("báo cáo 6 tháng",)),
    ]


def hai_chau() -> list[Item]:
    """UBND phường Hải Châu, QĐ 95/QĐ-UBND (dev, decision with tasks in prose, DOCX)."""
    p, d = HAI_CHAU, HAI_CHAU.file
    return [
        Q(d, "who", "Phường Hải Châu giao ai làm trợ lý ảo tra cứu TTHC trên Zalo?",
          [VP_P], [sent(p, "Triển khai trợ lý ảo", "31/10/2026.")]),
        Q(d, "when", "rút ngắn thời gian cấp GPXD nhà ở riêng lẻ ở phường Hải Châu hạn chót khi nào?",
          [month(6)], [sent(p, f"Giao {KT_P} chủ trì rút ngắn", "tháng 6/2026.")]),
        Q(d, "when", "bao giờ phải xong việc niêm yết TTHC kèm mã QR ở nhà văn hóa các tổ dân phố (P. Hải Châu)?",
          [day("30/4/2026")], [sent(p, "Niêm yết thủ tục hành chính kèm mã QR", "30/4/2026.")]),
        Q(d, "multi", "QĐ 95/QĐ-UBND: tiếp nhận hồ sơ không phụ thuộc địa giới với chứng thực, hộ tịch - ai chủ trì, ai "
          "phối hợp, xong khi nào?", [TT_P, "Công an phường", quarter("III")],
          [sent(p, f"{TT_P} chủ trì tiếp nhận hồ sơ", "Quý III/2026.")]),
        Q(d, "multi", "làm sạch dữ liệu dân cư phục vụ chi trả an sinh ở phường Hải Châu: bên nào chủ trì, cùng làm với "
          "ai, thời gian?", ["Công an phường", VH_P, month(8)],
          [sent(p, "Công an phường chủ trì, phối hợp với", "tháng 8/2026.")]),
        Q(d, "multi", "VP HĐND-UBND phường Hải Châu báo cáo CCHC cho ai, hạn báo cáo quý và năm?",
          ["UBND thành phố", "Sở Nội vụ", in_quarter("20"), day("15/11/2026")],
          [sent(p, "Tổng hợp, báo cáo UBND thành phố (qua Sở Nội vụ)", "15/11/2026.")]),
        Q(d, "lookup", "QĐ ban hành KH CCHC 2026 của phường Hải Châu có hiệu lực từ khi nào?",
          [["kể từ ngày ký", "từ ngày ký"]], [sent(p, "Điều 2. Quyết định này có hiệu lực", "ngày ký.")]),
        Q(d, "lookup", "Quyết định 95 của phường Hải Châu ban hành theo đề nghị của ai, ai ký?",
          [f"Chánh {VP_P}", "Phan Thị Ngọc Hà"],
          [sent(p, "Theo đề nghị của Chánh", "phường."), sent(p, "TT HĐND phường; - Lưu: VT.", "Phan Thị Ngọc Hà")]),
        Q(d, "target", "mục tiêu tỷ lệ hồ sơ giải quyết trực tuyến toàn trình của phường Hải Châu năm 2026?",
          ["70%"], [sent(p, "Tối thiểu 70% hồ sơ", "toàn trình.")]),
        Q(d, "list", "phường Hải Châu: liệt kê các việc do Văn phòng HĐND và UBND phường chủ trì",
          [["rà soát các quyết định, chỉ thị"], ["mã QR"], ["sắp xếp, bố trí công chức"], ["Kiểm tra đột xuất"],
           ["trợ lý ảo"]],
          [sent(p, f"{VP_P} chủ trì, phối hợp với {KT_P} rà soát", "Quý II/2026."),
           sent(p, "Niêm yết thủ tục hành chính kèm mã QR", "30/4/2026."),
           sent(p, f"{VP_P} chủ trì sắp xếp", "Quý I/2026."),
           sent(p, "Kiểm tra đột xuất", "Quý IV/2026."),
           sent(p, "Triển khai trợ lý ảo", "31/10/2026.")]),
        N(d, "Phường Hải Châu giao ai lắp camera giám sát an ninh ở các tổ dân phố?", ("camera",)),
        N(d, "Hải Châu có giao ai số hóa hồ sơ đất đai không, hạn khi nào?", ("đất đai",)),
    ]


def cdc_ninh_binh() -> list[Item]:
    """Trung tâm Kiểm soát bệnh tật tỉnh Ninh Bình, 12/KH-KSBT (dev, scan with partners before the lead)."""
    p, d = CDC_NINH_BINH, CDC_NINH_BINH.file
    return [
        Q(d, "who", "CDC Ninh Bình: khoa nào phụ trách tiếp nhận trực tuyến yêu cầu xét nghiệm mẫu nước của doanh nghiệp?",
          ["Khoa Sức khỏe môi trường - Y tế trường học"], [cells(p, "Tiếp nhận trực tuyến yêu cầu")]),
        Q(d, "when", "Trung tâm KSBT Ninh Bình - trả kết quả xét nghiệm qua tin nhắn, ứng dụng: hạn chót?",
          [month(7)], [cells(p, "Trả kết quả xét nghiệm qua tin nhắn")]),
        Q(d, "when", "kiện toàn các khoa, phòng sau hợp nhất của CDC NB phải xong lúc nào?",
          [["6 tháng đầu năm 2026"]], [cells(p, "Kiện toàn các khoa, phòng")]),
        Q(d, "multi", "kết nối phần mềm giám sát bệnh truyền nhiễm với Cục Phòng bệnh: ai chủ trì, ai phối hợp, hạn?",
          [BTN, "Trạm Y tế các xã, phường", "Cục Phòng bệnh", month(10)], [cells(p, "Kết nối phần mềm giám sát")]),
        Q(d, "multi", "KH 12/KH-KSBT: phòng nào báo cáo Sở Y tế kết quả CCHC, hạn quý và năm?",
          [KH, in_quarter("17"), day("17/11/2026")], [sent(p, f"{KH} là đầu mối", "17/11/2026.")]),
        Q(d, "multi", "Khoa Kiểm soát bệnh truyền nhiễm CDC Ninh Bình báo cáo ai, nội dung gì, khi nào?",
          ["Giám đốc Trung tâm", "cập nhật dữ liệu tiêm chủng", "thứ Hai hằng tuần"],
          [sent(p, f"{BTN} báo cáo Giám đốc", "hằng tuần.")]),
        Q(d, "lookup", "kinh phí KH CCHC 2026 của Trung tâm KSBT Ninh Bình bao nhiêu, từ nguồn nào?",
          ["85 triệu đồng", "nguồn thu sự nghiệp"], [sent(p, "Kinh phí thực hiện là 85", "năm 2026.")]),
        Q(d, "lookup", "ai ký kế hoạch CCHC 2026 của CDC Ninh Bình?",
          ["Trịnh Văn Khoa", ["GIÁM ĐỐC", "Giám đốc"]],
          [sent(p, "Ban Giám đốc; - Các khoa, phòng; - Lưu: VT, TCHC.", "Trịnh Văn Khoa")]),
        Q(d, "list", "những việc Phòng Tổ chức - Hành chính CDC Ninh Bình chủ trì?",
          [["Kiện toàn các khoa, phòng"], ["Đề án vị trí việc làm"], ["Ký số 100% văn bản đi"]],
          [cells(p, "Kiện toàn các khoa, phòng"), cells(p, "Xây dựng Đề án vị trí việc làm"), cells(p, "Ký số 100%")]),
        N(d, "Ai cùng làm với Phòng Tổ chức - Hành chính khi xây dựng Đề án vị trí việc làm của CDC Ninh Bình?"),
    ]
