"""Questions about the Sơn La pair (UBND tỉnh PDF and xã Mai Sơn TXT, both dev)."""

from __future__ import annotations

from typing import Any

from eval.varied.qa_build import Q
from eval.varied4.content_a import MAI_SON, SON_LA
from eval.varied4.qa_util import N, day, month, quarter


def son_la() -> list[dict[str, Any]]:
    """UBND tỉnh Sơn La, 12/KH-UBND (dev)."""
    d = SON_LA.file
    rep = ("Các sở, ban, ngành tỉnh và UBND các xã, phường báo cáo kết quả cải cách hành chính quý về UBND tỉnh "
           "(qua Sở Nội vụ) trước ngày 10 của tháng cuối quý; báo cáo 6 tháng trước ngày 10/6/2026; báo cáo năm trước ngày 05/12/2026.")
    gcn = "Rút ngắn thời gian giải quyết thủ tục cấp giấy chứng nhận quyền sử dụng đất lần đầu cho hộ gia đình, cá nhân"
    tieng = "Niêm yết hướng dẫn thủ tục hành chính bằng tiếng Thái, tiếng Mông tại Trung tâm Phục vụ hành chính công các xã vùng cao"
    ao = "Triển khai trợ lý ảo trả lời người dân về thủ tục hành chính trên Cổng Dịch vụ công tỉnh"
    boi = "Bồi dưỡng tiếng Thái, tiếng Mông cho công chức cấp xã làm việc tại bộ phận một cửa"
    return [
        Q(d, "who", "Ai lo việc rút ngắn thời gian cấp giấy chứng nhận quyền sử dụng đất lần đầu cho hộ gia đình, cá nhân ở Sơn La?",
          ["Sở Nông nghiệp và Môi trường"], [gcn]),
        Q(d, "multi", "Sơn La: phủ sóng 4G cho các bản chưa có sóng do cơ quan nào chủ trì, phối hợp với những đơn vị nào, hạn chót khi nào?",
          ["Sở Khoa học và Công nghệ", "Viễn thông Sơn La", "Viettel Sơn La", "UBND các xã có liên quan", day("15/10/2026")],
          ["Phủ sóng di động 4G tại các bản chưa có sóng ở vùng sâu, vùng xa"]),
        Q(d, "when", "Sơn La niêm yết hướng dẫn TTHC bằng tiếng Thái, tiếng Mông ở các xã vùng cao khi nào phải xong?",
          [month(10)], [tieng], strip=True),
        Q(d, "who", "Đơn vị nào phụ trách bồi dưỡng tiếng Thái, tiếng Mông cho công chức một cửa cấp xã ở Sơn La?",
          ["Trường Chính trị tỉnh"], [boi]),
        Q(d, "list", "Những nhiệm vụ nào trong kế hoạch CCHC 2026 của tỉnh Sơn La đến hạn trong quý III/2026?",
          ["giấy chứng nhận quyền sử dụng đất", ["Bồi dưỡng tiếng Thái", "tiếng Thái, tiếng Mông cho công chức"], "trợ lý ảo"],
          [gcn, boi, ao]),
        Q(d, "list", "Liệt kê các nhiệm vụ CCHC năm 2026 do Sở Nội vụ Sơn La chủ trì",
          ["Kế hoạch kiểm tra", "Chỉ số cải cách hành chính năm 2025", "chế độ hỗ trợ công chức", "vị trí việc làm", "thi tuyển"],
          ["Ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2026 tại các sở, ngành và UBND các xã, phường",
           "Xác định, công bố Chỉ số cải cách hành chính năm 2025 của các sở, ban, ngành và UBND các xã, phường",
           "Xây dựng Nghị quyết của HĐND tỉnh quy định chế độ hỗ trợ công chức làm việc tại bộ phận một cửa cấp xã",
           "Phê duyệt vị trí việc làm, cơ cấu ngạch công chức của UBND các xã, phường sau sắp xếp",
           "Tổ chức thi tuyển chức danh trưởng phòng, phó trưởng phòng thuộc các sở, ban, ngành tỉnh"]),
        Q(d, "target", "Năm 2026 tỉnh Sơn La đặt chỉ tiêu chỉ số hài lòng SIPAS bao nhiêu?",
          ["88%"], ["Chỉ số hài lòng của người dân, doanh nghiệp (SIPAS) đạt trên 88%."]),
        Q(d, "lookup", "Kinh phí thực hiện kế hoạch CCHC 2026 tỉnh Sơn La là bao nhiêu, lấy từ nguồn nào?",
          [["2.450 triệu đồng", "2.450 triệu", "2,45 tỷ"], "ngân sách tỉnh"],
          ["Kinh phí thực hiện Kế hoạch năm 2026 là 2.450 triệu đồng từ ngân sách tỉnh, trong đó 1.200 triệu đồng cho xây dựng chính quyền số"]),
        Q(d, "multi", "Các sở, ngành và UBND xã, phường ở Sơn La nộp báo cáo CCHC 6 tháng cho ai, qua cơ quan nào, hạn ngày nào?",
          ["UBND tỉnh", "Sở Nội vụ", day("10/6/2026")], [rep]),
        Q(d, "when", "By when must Son La's Department of Home Affairs report the province's 2026 reform results to the Ministry of Home Affairs?",
          [day("15/12/2026")],
          ["Sở Nội vụ tổng hợp, tham mưu UBND tỉnh báo cáo Bộ Nội vụ kết quả cải cách hành chính năm 2026 trước ngày 15/12/2026."], en=True),
        Q(d, "lookup", "Ai ký Kế hoạch 12/KH-UBND về CCHC năm 2026 của UBND tỉnh Sơn La, với chức danh gì?",
          ["Cầm Văn Thoại", "Phó Chủ tịch"], ["- Lưu: VT, NC. TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Cầm Văn Thoại"]),
        N(d, "Sơn La giao ai niêm yết hướng dẫn thủ tục hành chính bằng tiếng Dao tại các xã vùng cao?", ("tiếng Dao",)),
        N(d, "Ai chủ trì rút ngắn thời gian cấp giấy chứng nhận quyền sử dụng đất lần đầu cho doanh nghiệp ở Sơn La?",
          ("đất lần đầu cho doanh nghiệp", "đất lần đầu cho tổ chức")),
        N(d, "Ai là Chủ tịch UBND tỉnh Sơn La?", strip=True),
        N(d, "Kế hoạch CCHC 2026 của Sơn La giao Sở Giáo dục và Đào tạo chủ trì nhiệm vụ gì?", ("Sở Giáo dục",)),
    ]


def mai_son() -> list[dict[str, Any]]:
    """UBND xã Mai Sơn (Sơn La), 05/KH-UBND, prose TXT (dev)."""
    d = MAI_SON.file
    qt = ("Văn phòng HĐND và UBND xã chủ trì, phối hợp với Trung tâm Phục vụ hành chính công xã và Công an xã rà soát, "
          "cập nhật quy trình nội bộ giải quyết thủ tục hành chính thuộc thẩm quyền của xã; thời gian hoàn thành trước ngày 15/6/2026.")
    rep = ("Văn phòng HĐND và UBND xã tổng hợp, tham mưu UBND xã báo cáo UBND tỉnh qua Sở Nội vụ định kỳ hằng quý trước ngày 10 "
           "của tháng cuối quý, báo cáo 6 tháng trước ngày 10/6/2026 và báo cáo năm trước ngày 01/12/2026.")
    ht = "Phòng Văn hóa - Xã hội chủ trì số hóa sổ hộ tịch lưu trữ tại xã từ năm 1995 đến năm 2015, hoàn thành trong tháng 10/2026."
    return [
        Q(d, "who", "Xã Mai Sơn giao cho ai rà soát, cập nhật quy trình nội bộ giải quyết TTHC, phối hợp với những ai?",
          ["Văn phòng HĐND và UBND xã", "Trung tâm Phục vụ hành chính công xã", "Công an xã"], [qt], strip=True),
        Q(d, "when", "Khi nào xã Mai Sơn phải xong việc hướng dẫn hộ trồng cây ăn quả đăng ký mã số vùng trồng trực tuyến?",
          [quarter("II")],
          ["Phòng Kinh tế chủ trì, phối hợp với Trung tâm Phục vụ hành chính công xã hướng dẫn hợp tác xã, hộ trồng cây ăn quả đăng ký mã số vùng trồng trực tuyến; hoàn thành trong Quý II/2026."]),
        Q(d, "multi", "Ai lo số hóa sổ hộ tịch của xã Mai Sơn, số hóa giai đoạn nào và bao giờ phải xong?",
          ["Phòng Văn hóa - Xã hội", "1995", "2015", month(10)], [ht]),
        Q(d, "who", "Xã Mai Sơn đề nghị những tổ chức nào tuyên truyền, hướng dẫn cài đặt ứng dụng VNeID?",
          ["Hội Liên hiệp Phụ nữ xã", "Đoàn Thanh niên xã"],
          ["Đề nghị Hội Liên hiệp Phụ nữ xã và Đoàn Thanh niên xã phối hợp tuyên truyền, hướng dẫn hội viên, đoàn viên cài đặt và sử dụng ứng dụng VNeID."]),
        Q(d, "multi", "UBND xã Mai Sơn gửi báo cáo năm về CCHC cho ai, qua đâu, trước ngày nào?",
          ["UBND tỉnh", "Sở Nội vụ", day("01/12/2026")], [rep]),
        Q(d, "when", "Các phòng chuyên môn xã Mai Sơn nộp báo cáo quý cho Văn phòng HĐND và UBND xã hạn chót ngày mấy?",
          [["ngày 05 của tháng cuối quý", "05 của tháng cuối quý"]],
          ["Các phòng chuyên môn và Trung tâm Phục vụ hành chính công xã gửi báo cáo kết quả thực hiện quý về Văn phòng HĐND và UBND xã trước ngày 05 của tháng cuối quý."],
          strip=True),
        Q(d, "target", "Xã Mai Sơn đặt chỉ tiêu bao nhiêu phần trăm hồ sơ TTHC được tiếp nhận trực tuyến năm 2026?",
          ["70%"], ["Tối thiểu 70% hồ sơ thủ tục hành chính của xã được tiếp nhận trực tuyến."]),
        Q(d, "lookup", "What is the budget of Mai Son commune's 2026 administrative reform plan?",
          [["150 triệu đồng", "150 triệu", "150 million"]],
          ["Kinh phí thực hiện Kế hoạch là 150 triệu đồng, bố trí trong dự toán ngân sách xã năm 2026."], en=True),
        Q(d, "lookup", "Kế hoạch CCHC 2026 của xã Mai Sơn do ai ký, số mấy?",
          ["Quàng Văn Toản", "05/KH-UBND"],
          ["- Lưu: VT. TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Quàng Văn Toản", "Số: 05/KH-UBND Mai Sơn, ngày 20 tháng 01 năm 2026"]),
        N(d, "Số điện thoại Trung tâm Phục vụ hành chính công xã Mai Sơn là bao nhiêu?"),
        N(d, "Ai chủ trì số hóa sổ địa chính lưu trữ tại xã Mai Sơn?", ("sổ địa chính",)),
        N(d, "Kế hoạch CCHC năm 2026 của xã Chiềng Mai đặt chỉ tiêu bao nhiêu % hồ sơ tiếp nhận trực tuyến?", ("Chiềng Mai",)),
        N(d, "Xã Mai Sơn giao ai thành lập tổ công nghệ số cộng đồng ở các bản?", ("tổ công nghệ số",), strip=True),
        N(d, "What is the monthly salary of a commune civil servant working at Mai Son's one-stop shop?",
          ("lương",), en=True),
    ]
