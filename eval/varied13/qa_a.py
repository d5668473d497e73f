"""Dev questions: UBND tỉnh Cà Mau (pdf-table), Sở KH&CN Bắc Ninh (docx), phường Long Biên (decision), xã Bắc Hà (scan)."""

from __future__ import annotations

from eval.varied8.qa_util import N, Q, cells, day, in_quarter, month, quarter, sent, sub
from eval.varied13.content_a import CA_MAU, KHCN_BAC_NINH, LEAD_LAST, PCDS, TTCNTT, VP_T
from eval.varied13.content_b import BAC_HA, CA_P, KT_P, LONG_BIEN, TT_P, TT_X, VH_P, VP_P, VP_X
from eval.varied13.qa_util13 import NP, Item, q3

SOHOA = "Số hóa hồ sơ, kết quả giải quyết"


def ca_mau() -> list[Item]:
    """UBND tỉnh Cà Mau, 45/KH-UBND (dev, combined unit column with the lead marked "(chủ trì)", sub-tasks)."""
    p, d = CA_MAU, CA_MAU.file
    return [
        Q(d, "who", "Cà Mau: phần số hóa hồ sơ đăng ký hộ kinh doanh trong phụ lục giao cơ quan nào chủ trì?",
          [VP_T], sub(p, SOHOA, "Số hóa hồ sơ đăng ký hộ kinh doanh")),
        Q(d, "who", "KH 45/KH-UBND tỉnh Cà Mau: rà soát, đơn giản hóa TTHC nội bộ giữa các cơ quan thì ai là đầu mối chủ "
          "trì?", [VP_T], [cells(p, LEAD_LAST)]),
        Q(d, "when", "UBND tỉnh Cà Mau: hạn chót cắt giảm thời gian cấp giấy phép khai thác thủy sản?",
          [month(5)], [cells(p, "Cắt giảm thời gian cấp giấy phép khai thác")]),
        Q(d, "when", "số hóa hồ sơ đăng ký đất đai của hộ gia đình, cá nhân ở Cà Mau bao giờ phải xong?",
          [quarter("III")], [cells(p, "Số hóa hồ sơ đăng ký đất đai")]),
        Q(d, "target", "tỉnh Cà Mau đặt chỉ tiêu tỷ lệ hồ sơ TTHC nộp trực tuyến năm 2026 là bao nhiêu?",
          ["85%"], [sent(p, "Tối thiểu 85% hồ sơ", "trực tuyến.")]),
        Q(d, "lookup", "Tổng kinh phí KH CCHC 2026 của tỉnh Cà Mau bao nhiêu, riêng phần số hóa hồ sơ được bao nhiêu?",
          ["1.250 triệu đồng", "600 triệu"], [sent(p, "Tổng kinh phí thực hiện Kế hoạch là 1.250", "thủ tục hành chính.")]),
        Q(d, "lookup", "ai ký KH 45/KH-UBND của UBND tỉnh Cà Mau, ký với chức danh gì?",
          ["Tạ Minh Khôi", ["PHÓ CHỦ TỊCH", "Phó Chủ tịch"]],
          [sent(p, "UBND các xã, phường; - Lưu: VT, NC.", "Tạ Minh Khôi")]),
        Q(d, "multi", "Tiếp nhận hồ sơ không phụ thuộc địa giới hành chính trong tỉnh Cà Mau: ai chủ trì, phối hợp với "
          "ai, hạn khi nào?", ["Trung tâm Phục vụ hành chính công tỉnh", "Sở Nội vụ", "Bưu điện tỉnh Cà Mau",
                               quarter("III")], [cells(p, "Tiếp nhận hồ sơ thủ tục hành chính không phụ thuộc")]),
        Q(d, "multi", "Sở Nội vụ Cà Mau tham mưu báo cáo CCHC lên đâu, hạn báo cáo quý, 6 tháng và năm?",
          ["Bộ Nội vụ", in_quarter("14"), day("14/6/2026"), day("14/11/2026")],
          [sent(p, "Sở Nội vụ là cơ quan thường trực", "14/11/2026.")]),
        Q(d, "multi", "số hóa sổ hộ tịch lưu ở UBND các xã, phường (Cà Mau): đơn vị chủ trì, đơn vị phối hợp, hạn chót?",
          [VP_T, "Sở Tư pháp", month(10)], sub(p, SOHOA, "Số hóa sổ hộ tịch")),
        q3(Q(d, "list", "Cà Mau có những nhiệm vụ nào hạn trong quý III/2026 (tính cả hạn tháng 7, 8, 9 và các nội dung "
             "thành phần)?",
             [["đơn giản hóa thủ tục hành chính nội bộ"], ["không phụ thuộc địa giới hành chính"], ["Thu phí, lệ phí"],
              ["hồ sơ đăng ký đất đai"], ["hồ sơ đăng ký hộ kinh doanh"]],
             [cells(p, LEAD_LAST), cells(p, "Tiếp nhận hồ sơ thủ tục hành chính không phụ thuộc"),
              cells(p, "Thu phí, lệ phí"), cells(p, "Số hóa hồ sơ đăng ký đất đai"),
              cells(p, "Số hóa hồ sơ đăng ký hộ kinh doanh")])),
        N(d, "UBND tỉnh Cà Mau giao sở nào làm dịch vụ công cấp phép nuôi tôm công nghiệp?", ("nuôi tôm",)),
        N(d, "KH CCHC Cà Mau: ai chủ trì bồi dưỡng tiếng Khmer cho công chức bộ phận một cửa?", ("Khmer",)),
    ]


def khcn_bac_ninh() -> list[Item]:
    """Sở Khoa học và Công nghệ tỉnh Bắc Ninh, 31/KH-SKHCN (dev, Word-numbered task blocks with labelled lines)."""
    p, d = KHCN_BAC_NINH, KHCN_BAC_NINH.file
    return [
        Q(d, "who", "Which units of the Bac Ninh Department of Science and Technology co-lead building the shared "
          "database of science and technology tasks?", ["Phòng Quản lý khoa học", PCDS],
          [sent(p, "Xây dựng cơ sở dữ liệu dùng chung về nhiệm vụ", "đồng chủ trì")], en=True),
        Q(d, "when", "Sở KHCN Bắc Ninh: Quy chế quản lý, vận hành Trung tâm dữ liệu tỉnh hạn chót khi nào?",
          [quarter("II")], [sent(p, "Tham mưu UBND tỉnh ban hành Quy chế quản lý, vận hành", "Quý II/2026")]),
        Q(d, "when", "bao giờ phải xong việc kiện toàn các phòng chuyên môn, đơn vị sự nghiệp của SKHCN Bắc Ninh?",
          [["6 tháng đầu năm 2026"]],
          [sent(p, "Kiện toàn tổ chức các phòng chuyên môn và đơn vị sự nghiệp", "6 tháng đầu năm 2026")]),
        Q(d, "target", "SKHCN BN đặt chỉ tiêu thời gian cấp giấy phép bưu chính tối đa bao nhiêu ngày?",
          ["07 ngày làm việc"], [sent(p, "Thời gian cấp giấy phép bưu chính", "ngày làm việc.")]),
        Q(d, "lookup", "kinh phí KH 31/KH-SKHCN là bao nhiêu, lấy từ nguồn nào?",
          ["380 triệu đồng", "sự nghiệp khoa học và công nghệ"],
          [sent(p, "Kinh phí thực hiện Kế hoạch là 380", "năm 2026.")]),
        Q(d, "lookup", "KH CCHC 2026 của Sở KH&CN Bắc Ninh số hiệu gì, ban hành ngày nào?",
          ["31/KH-SKHCN", ["ngày 19 tháng 01 năm 2026", "19/01/2026", "19/1/2026"]],
          [sent(p, "Số: 31/KH-SKHCN", "năm 2026")]),
        Q(d, "multi", "SOC giám sát an toàn thông tin cho các cơ quan nhà nước Bắc Ninh: đơn vị chủ trì, phối hợp và thời "
          "gian hoàn thành?", [TTCNTT, "Công an tỉnh", "VNPT Bắc Ninh", month(10)],
          [sent(p, "Triển khai Trung tâm giám sát an toàn thông tin mạng", "Tháng 10/2026")]),
        Q(d, "multi", "SKHCN Bắc Ninh - bản đồ số hạ tầng viễn thông thụ động: phòng nào chủ trì, cùng làm với ai, sản "
          "phẩm là gì?", ["Phòng Bưu chính - Viễn thông", "Các doanh nghiệp viễn thông", "Sở Xây dựng",
                          "Bản đồ số tra cứu trực tuyến"],
          [sent(p, "Xây dựng bản đồ số hạ tầng viễn thông thụ động", "Bản đồ số tra cứu trực tuyến")]),
        Q(d, "multi", "VP Sở KHCN Bắc Ninh báo cáo kết quả CCHC cho ai, qua đâu, hạn báo cáo quý và năm?",
          ["UBND tỉnh", "Sở Nội vụ", in_quarter("15"), day("15/11/2026")],
          [sent(p, "Tổng hợp, báo cáo UBND tỉnh (qua Sở Nội vụ)", "15/11/2026.")]),
        Q(d, "list", "những nhiệm vụ nào Văn phòng Sở KHCN Bắc Ninh là đơn vị chủ trì?",
          [["Kiện toàn tổ chức các phòng chuyên môn"], ["Đề án vị trí việc làm"], ["bộ chỉ số KPI"],
           ["Ký số văn bản đi"]],
          [sent(p, "Kiện toàn tổ chức các phòng chuyên môn và đơn vị sự nghiệp", "Đơn vị chủ trì: Văn phòng Sở"),
           sent(p, "Xây dựng Đề án vị trí việc làm của Sở", "Đơn vị chủ trì: Văn phòng Sở"),
           sent(p, "Đánh giá công chức, viên chức theo bộ chỉ số KPI", "Đơn vị chủ trì: Văn phòng Sở"),
           sent(p, "Ký số văn bản đi trên Hệ thống quản lý văn bản", "Đơn vị chủ trì: Văn phòng Sở")]),
        N(d, "SKHCN Bắc Ninh giao phòng nào cấp phép sử dụng tần số vô tuyến điện trực tuyến?", ("tần số",)),
        N(d, "Phòng Chuyển đổi số Sở KHCN Bắc Ninh phải nộp báo cáo 6 tháng trước ngày nào?", ("báo cáo 6 tháng",)),
    ]


def long_bien() -> list[Item]:
    """UBND phường Long Biên, QĐ 68/QĐ-UBND (dev, decision with tasks grouped by unit, PDF)."""
    p, d = LONG_BIEN, LONG_BIEN.file
    return [
        Q(d, "who", "P. Long Biên giao ai lo chi trả trợ cấp xã hội không dùng tiền mặt?",
          [VH_P], [sent(p, f"{VH_P}: a) Chủ trì, phối hợp với Bưu điện", "6 tháng đầu năm 2026;")]),
        Q(d, "who", "QĐ 68 phường Long Biên: đơn vị nào đầu mối hướng dẫn người cao tuổi nộp hồ sơ qua VNeID?",
          [TT_P], [sent(p, f"{TT_P}: a) Chủ trì tiếp nhận", "thực hiện hằng quý;")]),
        Q(d, "when", "Quy chế làm việc của UBND phường Long Biên nhiệm kỳ 2026 - 2031 hạn chót khi nào?",
          [day("30/9/2026")], [sent(p, "c) Chủ trì xây dựng Quy chế làm việc", "trước 30/9/2026.")]),
        Q(d, "when", "phường Long Biên số hóa hồ sơ, kết quả giải quyết TTHC từ năm 2021 bao giờ phải xong?",
          [day("15/8/2026")], [sent(p, "c) Chủ trì số hóa hồ sơ, kết quả", "15/8/2026.")]),
        Q(d, "lookup", "QĐ 68/QĐ-UBND của phường Long Biên có hiệu lực từ khi nào và ai ký?",
          [["kể từ ngày ký"], "Đỗ Thị Thanh Hương"],
          [sent(p, "Điều 2. Quyết định này có hiệu lực", "ngày ký."),
           sent(p, "Lưu: VT. KT. CHỦ TỊCH PHÓ CHỦ TỊCH", "Đỗ Thị Thanh Hương")]),
        Q(d, "lookup", "KH CCHC phường Long Biên ban hành theo đề nghị của ai, kinh phí bao nhiêu?",
          [f"Chánh {VP_P}", "150 triệu đồng"],
          [sent(p, "Theo đề nghị của Chánh", "phường."), sent(p, "Kinh phí thực hiện Kế hoạch là 150", "năm 2026.")]),
        Q(d, "multi", "P. Long Biên - lập bản đồ số hạ tầng kỹ thuật đô thị: ai chủ trì, ai phối hợp, hạn chót?",
          [KT_P, "Ban Quản lý dự án đầu tư xây dựng khu vực Long Biên", day("31/10/2026")],
          [sent(p, f"{KT_P}: a) Chủ trì rút ngắn", "trước 31/10/2026.")]),
        Q(d, "multi", "VP HĐND-UBND phường Long Biên báo cáo CCHC cho ai, qua đâu; hạn báo cáo quý, 6 tháng, năm?",
          ["UBND thành phố", "Sở Nội vụ", in_quarter("18"), day("18/6/2026"), day("18/11/2026")],
          [sent(p, f"{VP_P} tổng hợp, báo cáo UBND thành phố", "18/11/2026.")]),
        Q(d, "multi", "Công an phường Long Biên được phân công chủ trì việc gì, cùng làm với ai, hạn khi nào?",
          ["định danh điện tử mức độ 2", VH_P, month(5)],
          [sent(p, f"{CA_P}: a) Chủ trì, phối hợp với {VH_P} thu nhận", "tháng 5/2026;")]),
        Q(d, "list", "VP HĐND và UBND phường Long Biên chủ trì những nhiệm vụ CCHC nào năm 2026?",
          [["bãi bỏ các quyết định do UBND quận Long Biên"], ["kiểm tra đột xuất"], ["Quy chế làm việc"]],
          [sent(p, f"{VP_P}: a) Chủ trì rà soát", "Phòng Văn hóa - Xã hội.")]),
        Q(d, "list", "trung tâm PVHCC phường Long Biên được giao những việc gì?",
          [["không phụ thuộc địa giới hành chính"], ["người cao tuổi nộp hồ sơ trực tuyến"], ["số hóa hồ sơ"]],
          [sent(p, f"{TT_P}: a) Chủ trì tiếp nhận", "15/8/2026.")]),
        N(d, "QĐ 68 P. Long Biên giao phòng nào chủ trì cải tạo chợ dân sinh?", ("chợ dân sinh",)),
    ]


def bac_ha() -> list[Item]:
    """UBND xã Bắc Hà, 05/KH-UBND (dev, stamped 300-dpi scan with tasks in prose)."""
    p, d = BAC_HA, BAC_HA.file
    return [
        Q(d, "who", "xã Bắc Hà giao ai số hóa sổ hộ tịch lưu ở xã?",
          [VP_X], [sent(p, "Trong tháng 7/2026, Văn phòng", f"phối hợp với {TT_X}.")]),
        Q(d, "when", "Bắc Hà: thanh toán không dùng tiền mặt ở chợ phiên bao giờ phải xong?",
          [quarter("III")], [sent(p, "Phòng Kinh tế chủ trì, phối hợp với Ban Quản lý chợ Bắc Hà", "Quý III/2026.")]),
        Q(d, "when", "hạn chót lắp Wi-Fi miễn phí ở trung tâm PVHCC và nhà văn hóa thôn của xã Bắc Hà?",
          [day("30/9/2026")], [sent(p, "Phòng Văn hóa - Xã hội chủ trì lắp đặt Wi-Fi", "30/9/2026.")]),
        Q(d, "target", "xã Bắc Hà phấn đấu năm 2026 bao nhiêu phần trăm hồ sơ TTHC nộp trực tuyến?",
          ["55%"], [sent(p, "Tối thiểu 55% hồ sơ", "trực tuyến.")]),
        Q(d, "lookup", "kinh phí làm KH CCHC của xã Bắc Hà bao nhiêu, từ nguồn nào?",
          ["70 triệu đồng", "ngân sách xã"], [sent(p, "Kinh phí thực hiện Kế hoạch là 70", "năm 2026.")]),
        Q(d, "lookup", "KH 05/KH-UBND xã Bắc Hà do ai ký, chức vụ gì?",
          ["Vàng Văn Sử", ["CHỦ TỊCH", "Chủ tịch"]], [sent(p, "Các thôn; - Lưu: VT.", "Vàng Văn Sử")]),
        Q(d, "multi", "cấp GCN QSDĐ cho các hộ ở thôn Na Hối, Bản Phố (Bắc Hà): ai chủ trì, phối hợp, thời hạn?",
          ["Phòng Kinh tế", "Chi nhánh Văn phòng Đăng ký đất đai", month(8)],
          [sent(p, "Giao Phòng Kinh tế chủ trì cấp giấy chứng nhận", "tháng 8/2026.")]),
        Q(d, "multi", "VP HĐND-UBND xã Bắc Hà báo cáo kết quả CCHC cho ai, qua đâu, hạn quý và năm?",
          ["UBND tỉnh", "Sở Nội vụ", in_quarter("12"), day("12/11/2026")],
          [sent(p, f"{VP_X} là đầu mối; báo cáo UBND tỉnh", "12/11/2026.")]),
        Q(d, "multi", "Bắc Hà - làm sạch dữ liệu dân cư, kích hoạt định danh điện tử: bên nào chủ trì, ai phối hợp, "
          "thời hạn?", ["Công an xã", "Phòng Văn hóa - Xã hội", ["Thường xuyên"]],
          [sent(p, "Công an xã chủ trì làm sạch dữ liệu dân cư", "thực hiện thường xuyên.")]),
        Q(d, "list", "VP HĐND và UBND xã Bắc Hà chủ trì những nhiệm vụ nào trong KH CCHC 2026?",
          [["quy trình nội bộ"], ["vị trí việc làm"], ["Kiểm tra công vụ"], ["sổ hộ tịch"]],
          [sent(p, f"{VP_X} chủ trì rà soát, công khai quy trình nội bộ", "30/4/2026."),
           sent(p, f"{VP_X} chủ trì bố trí công chức", "6 tháng đầu năm 2026."),
           sent(p, f"Kiểm tra công vụ tại {TT_X}", "phối hợp."),
           sent(p, "Trong tháng 7/2026, Văn phòng", f"phối hợp với {TT_X}.")]),
        NP(d, "Việc rà soát, công khai quy trình nội bộ giải quyết TTHC của xã Bắc Hà phối hợp với đơn vị nào?",
           "công khai quy trình nội bộ"),
        N(d, "Bắc Hà niêm yết TTHC bằng tiếng Mông ở đâu, giao ai làm?", ("tiếng Mông",)),
    ]
