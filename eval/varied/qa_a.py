"""Questions about the text-layer PDF and numbered DOCX plans (plans 1-4)."""

from __future__ import annotations

from typing import Any

from eval.varied.content_docx import DONG_THAP, LANG_SON
from eval.varied.content_prov import NGHE_AN, QUANG_TRI
from eval.varied.qa_build import Q


def _nghe_an() -> list[dict[str, Any]]:
    d = NGHE_AN.file
    return [
        Q(d, "who", "Ai chủ trì nhiệm vụ số hóa hồ sơ đất đai trong kế hoạch CCHC năm 2026 của UBND tỉnh Nghệ An?",
          ["Sở Nông nghiệp và Môi trường"],
          ["Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực thuộc lĩnh vực đất đai"]),
        Q(d, "when", "Hạn hoàn thành rà soát văn bản QPPL sau sắp xếp đơn vị hành chính của tỉnh Nghệ An là khi nào?",
          [["30/6/2026", "30/06/2026"]],
          ["Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành sau sắp xếp đơn vị hành chính"],
          strip=True),
        Q(d, "who", "Nghệ An: cơ quan nào phối hợp với Sở Khoa học và Công nghệ nâng cấp Hệ thống thông tin giải quyết TTHC tỉnh?",
          ["Công an tỉnh", ["Văn phòng UBND tỉnh", "Văn phòng Ủy ban nhân dân tỉnh"]],
          ["Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, kết nối với Cơ sở dữ liệu quốc gia về dân cư"]),
        Q(d, "target", "Kế hoạch CCHC 2026 tỉnh Nghệ An đặt chỉ tiêu bao nhiêu phần trăm hồ sơ TTHC xử lý hoàn toàn trực tuyến?",
          ["85%"], ["Tối thiểu 85% hồ sơ thủ tục hành chính được tiếp nhận và xử lý hoàn toàn trực tuyến"]),
        Q(d, "target", "Tỷ lệ hài lòng của người dân, doanh nghiệp tỉnh Nghệ An năm 2026 phấn đấu đạt bao nhiêu?",
          ["92%"], ["Mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết thủ tục hành chính đạt tối thiểu 92%"],
          strip=True),
        Q(d, "lookup", "Ai ký Kế hoạch cải cách hành chính năm 2026 của UBND tỉnh Nghệ An?",
          ["Hoàng Minh Đức"], ["TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Hoàng Minh Đức"]),
        Q(d, "lookup", "Kế hoạch CCHC năm 2026 của UBND tỉnh Nghệ An có số hiệu gì, ban hành ngày nào?",
          ["18/KH-UBND", ["12/01/2026", "12 tháng 01 năm 2026", "12/1/2026"]],
          ["Số: 18/KH-UBND Nghệ An, ngày 12 tháng 01 năm 2026"]),
        Q(d, "multi", "Các sở, ngành và UBND xã ở Nghệ An gửi báo cáo năm về CCHC 2026 trước ngày nào, qua cơ quan nào?",
          ["10/12/2026", "Sở Nội vụ"],
          ["báo cáo kết quả thực hiện về UBND tỉnh (qua Sở Nội vụ) như sau: báo cáo quý trước ngày 15 của tháng cuối quý; báo cáo năm trước ngày 10/12/2026"]),
        Q(d, "list", "Liệt kê các nhiệm vụ do Sở Khoa học và Công nghệ chủ trì trong kế hoạch CCHC năm 2026 của tỉnh Nghệ An",
          ["Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh", "ký số trên thiết bị di động",
           "kho dữ liệu dùng chung"],
          ["Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, kết nối với Cơ sở dữ liệu quốc gia về dân cư",
           "Triển khai ký số trên thiết bị di động cho 100% cán bộ, công chức cấp xã",
           "Xây dựng kho dữ liệu dùng chung phục vụ tái sử dụng thông tin trong giải quyết thủ tục hành chính"]),
        Q(d, "list", "Trong kế hoạch CCHC năm 2026 của UBND tỉnh Nghệ An, Sở Nội vụ chủ trì những nhiệm vụ nào về cải cách chế độ công vụ?",
          ["bồi dưỡng kỹ năng số", "Kiểm tra đột xuất"],
          ["Tổ chức bồi dưỡng kỹ năng số, kỹ năng giao tiếp với người dân cho công chức làm việc tại bộ phận một cửa cấp xã",
           "Kiểm tra đột xuất việc chấp hành kỷ luật, kỷ cương hành chính tại các cơ quan, đơn vị"]),
        Q(d, "when", "Khi nào phải xong việc triển khai ký số trên điện thoại cho công chức cấp xã ở Nghệ An?",
          [["31/10/2026"]], ["Triển khai ký số trên thiết bị di động cho 100% cán bộ, công chức cấp xã"]),
        Q(d, "who", "Who leads the citizen satisfaction survey in Nghe An province's 2026 administrative reform plan?",
          ["Sở Nội vụ"],
          ["Tổ chức điều tra xã hội học xác định Chỉ số hài lòng về sự phục vụ của cơ quan hành chính nhà nước năm 2026"],
          en=True),
        Q(d, "when", "Hạn chót để các sở, ngành, UBND xã, phường tỉnh Nghệ An xây dựng kế hoạch CCHC của đơn vị mình?",
          [["31/01/2026", "31/1/2026"]],
          ["UBND các xã, phường xây dựng kế hoạch cải cách hành chính của cơ quan, đơn vị trước ngày 31/01/2026"]),
        Q(d, "lookup", "Sở Tài chính tỉnh Nghệ An được giao chủ trì nhiệm vụ gì trong Phụ lục kế hoạch CCHC 2026?",
          ["mức độ tự chủ tài chính"],
          ["Đánh giá mức độ tự chủ tài chính của các đơn vị sự nghiệp công lập thuộc tỉnh"]),
        Q(d, "when", "Nghệ An công bố danh mục TTHC tiếp nhận không phụ thuộc địa giới hành chính trong tháng mấy?",
          [["Tháng 3/2026", "tháng 3 năm 2026", "tháng 03/2026"]],
          ["Công bố, công khai danh mục thủ tục hành chính được tiếp nhận không phụ thuộc địa giới hành chính trong phạm vi tỉnh"],
          strip=True),
        Q(d, "none", "Kế hoạch CCHC năm 2026 của UBND tỉnh Nghệ An bố trí bao nhiêu tỷ đồng cho chuyển đổi số?"),
        Q(d, "none", "Kế hoạch CCHC 2026 tỉnh Nghệ An quy định mức phụ cấp cho công chức bộ phận một cửa là bao nhiêu?",
          strip=True),
    ]


def _quang_tri() -> list[dict[str, Any]]:
    d = QUANG_TRI.file
    return [
        Q(d, "who", "Phòng nào của Sở Tư pháp Quảng Trị chủ trì số hóa sổ hộ tịch lưu trữ trước năm 2016?",
          ["Phòng Hành chính tư pháp"], ["Số hóa sổ hộ tịch lưu trữ tại Sở Tư pháp giai đoạn trước năm 2016"]),
        Q(d, "when", "Sở Tư pháp tỉnh Quảng Trị: hạn chót số hóa sổ hộ tịch giai đoạn trước 2016 là ngày nào?",
          ["30/11/2026"], ["Số hóa sổ hộ tịch lưu trữ tại Sở Tư pháp giai đoạn trước năm 2016"]),
        Q(d, "when", "Sở Tư pháp Quảng Trị xây dựng đề án vị trí việc làm khi nào xong?",
          ["6 tháng đầu năm 2026"], ["Xây dựng đề án vị trí việc làm của Sở Tư pháp sau khi tiếp nhận chức năng, nhiệm vụ mới"],
          strip=True),
        Q(d, "list", "Liệt kê các nhiệm vụ do Phòng Xây dựng và Kiểm tra văn bản chủ trì trong kế hoạch CCHC 2026 của Sở Tư pháp Quảng Trị",
          ["Thẩm định dự thảo văn bản quy phạm pháp luật", "Rà soát văn bản quy phạm pháp luật của HĐND, UBND các huyện",
           "Kiểm tra văn bản quy phạm pháp luật do HĐND, UBND cấp xã"],
          ["Thẩm định dự thảo văn bản quy phạm pháp luật do các sở, ngành chủ trì soạn thảo trình UBND tỉnh",
           "Rà soát văn bản quy phạm pháp luật của HĐND, UBND các huyện trước đây để xử lý sau khi kết thúc hoạt động cấp huyện",
           "Kiểm tra văn bản quy phạm pháp luật do HĐND, UBND cấp xã ban hành năm 2026"]),
        Q(d, "target", "Sở Tư pháp Quảng Trị đặt mục tiêu bao nhiêu % hồ sơ lý lịch tư pháp được tiếp nhận trực tuyến?",
          ["90%"], ["Tối thiểu 90% hồ sơ lý lịch tư pháp được tiếp nhận trực tuyến"]),
        Q(d, "target", "Chỉ số CCHC của Sở Tư pháp Quảng Trị năm 2026 phấn đấu đạt bao nhiêu điểm?",
          ["90 điểm"], ["Phấn đấu Chỉ số cải cách hành chính của Sở Tư pháp năm 2026 đạt từ 90 điểm trở lên"], strip=True),
        Q(d, "multi", "Các phòng của Sở Tư pháp Quảng Trị gửi báo cáo 6 tháng cho ai, qua đơn vị nào và trước ngày nào?",
          ["Giám đốc Sở", "Văn phòng Sở", ["08/6/2026", "8/6/2026", "08/06/2026"]],
          ["báo cáo kết quả thực hiện về Giám đốc Sở (qua Văn phòng Sở) như sau: báo cáo quý I trước ngày 08/3/2026; báo cáo 6 tháng trước ngày 08/6/2026"]),
        Q(d, "lookup", "Ai là người ký kế hoạch CCHC năm 2026 của Sở Tư pháp tỉnh Quảng Trị?",
          ["Phan Thị Thu Hiền"], ["Lưu: VT, VP. GIÁM ĐỐC Phan Thị Thu Hiền"]),
        Q(d, "lookup", "Kế hoạch CCHC 2026 của Sở Tư pháp Quảng Trị thực hiện kế hoạch số mấy của UBND tỉnh?",
          ["95/KH-UBND", ["05/01/2026", "5/1/2026"]],
          ["Thực hiện Kế hoạch số 95/KH-UBND ngày 05/01/2026 của UBND tỉnh Quảng Trị về cải cách hành chính nhà nước năm 2026"]),
        Q(d, "who", "Ở Sở Tư pháp Quảng Trị, ai lo việc cấp Phiếu lý lịch tư pháp trên VNeID?",
          ["Phòng Hành chính tư pháp"],
          ["Cấp Phiếu lý lịch tư pháp trên ứng dụng định danh điện tử VNeID cho công dân có yêu cầu"], strip=True),
        Q(d, "who", "Sở Tư pháp Quảng Trị tổ chức hội nghị phổ biến luật mới cho cán bộ cấp xã thì phối hợp với những cơ quan nào?",
          ["Sở Văn hóa, Thể thao và Du lịch", "Báo Quảng Trị"],
          ["Tổ chức hội nghị phổ biến các luật mới được Quốc hội thông qua cho cán bộ, công chức cấp xã"]),
        Q(d, "none", "Số điện thoại đường dây nóng về lý lịch tư pháp của Sở Tư pháp Quảng Trị là bao nhiêu?"),
        Q(d, "none", "What is the weather forecast for Quang Tri next week?", en=True),
    ]


def _dong_thap() -> list[dict[str, Any]]:
    d = DONG_THAP.file
    return [
        Q(d, "who", "Phòng nào thuộc Sở Nội vụ Đồng Tháp chủ trì tổ chức thi tuyển công chức cấp xã năm 2026?",
          ["Phòng Công chức, viên chức"], ["Tổ chức thi tuyển công chức cấp xã năm 2026"]),
        Q(d, "multi", "Thi tuyển công chức cấp xã của Sở Nội vụ Đồng Tháp bắt đầu và hoàn thành khi nào?",
          ["Tháng 5/2026", "Quý IV/2026"], ["Tổ chức thi tuyển công chức cấp xã năm 2026"]),
        Q(d, "list", "Liệt kê các nhiệm vụ Phòng Cải cách hành chính của Sở Nội vụ Đồng Tháp chủ trì năm 2026",
          ["Kế hoạch kiểm tra cải cách hành chính năm 2026", "thẩm định kết quả tự đánh giá Chỉ số cải cách hành chính",
           "Hội nghị sơ kết công tác cải cách hành chính 6 tháng đầu năm 2026"],
          ["Tham mưu UBND tỉnh ban hành Kế hoạch kiểm tra cải cách hành chính năm 2026",
           "Tổ chức thẩm định kết quả tự đánh giá Chỉ số cải cách hành chính của các sở, ngành và UBND cấp xã",
           "Tổ chức Hội nghị sơ kết công tác cải cách hành chính 6 tháng đầu năm 2026 của tỉnh"]),
        Q(d, "who", "Ai chủ trì thẩm định đề án vị trí việc làm các cơ quan chuyên môn, Sở Nội vụ Đồng Tháp?",
          ["Phòng Tổ chức bộ máy và biên chế"],
          ["Thẩm định đề án vị trí việc làm của các cơ quan chuyên môn thuộc UBND tỉnh"], strip=True),
        Q(d, "when", "Hạn triển khai phần mềm đánh giá, xếp loại công chức theo quý của Sở Nội vụ Đồng Tháp?",
          [["31/3/2026", "31/03/2026"]], ["Triển khai phần mềm đánh giá, xếp loại công chức theo quý"], strip=True),
        Q(d, "target", "Chỉ số CCHC năm 2026 của Sở Nội vụ Đồng Tháp phải đạt tối thiểu bao nhiêu điểm?",
          ["92 điểm"], ["Chỉ số cải cách hành chính của Sở năm 2026 đạt tối thiểu 92 điểm."]),
        Q(d, "target", "Sở Nội vụ tỉnh Đồng Tháp: tỷ lệ hồ sơ TTHC lĩnh vực nội vụ giải quyết trực tuyến toàn trình là bao nhiêu?",
          ["95%"], ["Tối thiểu 95% hồ sơ thủ tục hành chính thuộc lĩnh vực nội vụ được giải quyết trực tuyến toàn trình."]),
        Q(d, "multi", "Theo kế hoạch CCHC 2026 của Sở Nội vụ Đồng Tháp, các phòng gửi báo cáo quý về đâu và trước ngày nào?",
          ["Phòng Cải cách hành chính", ["ngày 05 của tháng cuối quý", "ngày 5 của tháng cuối quý"]],
          ["các phòng, đơn vị gửi báo cáo kết quả thực hiện về Phòng Cải cách hành chính trước ngày 05 của tháng cuối quý"]),
        Q(d, "lookup", "Kế hoạch CCHC 2026 của Sở Nội vụ Đồng Tháp số bao nhiêu?",
          ["112/KH-SNV"], ["Số: 112/KH-SNV Đồng Tháp, ngày 03 tháng 02 năm 2026"], strip=True),
        Q(d, "lookup", "Ai ký kế hoạch cải cách hành chính của Sở Nội vụ tỉnh Đồng Tháp?",
          ["Võ Thanh Liêm"], ["Lưu: VT, CCHC. KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Võ Thanh Liêm"]),
        Q(d, "who", "Which unit of Dong Thap's Department of Home Affairs leads digitising records for religion-related procedures?",
          ["Ban Tôn giáo"], ["Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính lĩnh vực tôn giáo, tín ngưỡng"], en=True),
        Q(d, "who", "Ai phối hợp đề xuất giao biên chế công chức năm 2027 trong kế hoạch CCHC của Sở Nội vụ Đồng Tháp?",
          ["Sở Tài chính"], ["Tổng hợp, đề xuất giao biên chế công chức năm 2027 của tỉnh"]),
        Q(d, "when", "Hội nghị sơ kết CCHC 6 tháng đầu năm 2026 của tỉnh Đồng Tháp do Sở Nội vụ tổ chức vào thời gian nào?",
          ["Tháng 7/2026"], ["Tổ chức Hội nghị sơ kết công tác cải cách hành chính 6 tháng đầu năm 2026 của tỉnh"], strip=True),
        Q(d, "none", "Sở Nội vụ Đồng Tháp dự kiến tuyển bao nhiêu chỉ tiêu công chức cấp xã năm 2026?"),
    ]


def _lang_son() -> list[dict[str, Any]]:
    d = LANG_SON.file
    land = "Số hóa hồ sơ địa chính đang lưu trữ, cập nhật vào cơ sở dữ liệu đất đai của tỉnh"
    return [
        Q(d, "who", "Ai lo việc số hóa hồ sơ địa chính của Sở Nông nghiệp và Môi trường Lạng Sơn?",
          ["Văn phòng Đăng ký đất đai"], [land]),
        Q(d, "when", "Hạn chót số hóa hồ sơ địa chính theo kế hoạch CCHC 2026 của Sở NN&MT Lạng Sơn?",
          [["30/9/2026", "30/09/2026"]], [land]),
        Q(d, "list", "Liệt kê các nhiệm vụ do Văn phòng Đăng ký đất đai chủ trì trong kế hoạch CCHC năm 2026 của Sở Nông nghiệp và Môi trường tỉnh Lạng Sơn",
          ["Số hóa hồ sơ địa chính", "Kết nối cơ sở dữ liệu đất đai của tỉnh với Cơ sở dữ liệu quốc gia về đất đai",
           "thanh toán trực tuyến nghĩa vụ tài chính về đất đai"],
          [land, "Kết nối cơ sở dữ liệu đất đai của tỉnh với Cơ sở dữ liệu quốc gia về đất đai",
           "Triển khai thanh toán trực tuyến nghĩa vụ tài chính về đất đai"]),
        Q(d, "who", "Sở Nông nghiệp và Môi trường Lạng Sơn: đơn vị nào phối hợp triển khai thanh toán trực tuyến nghĩa vụ tài chính đất đai?",
          ["Thuế tỉnh Lạng Sơn", "Kho bạc Nhà nước khu vực"],
          ["Triển khai thanh toán trực tuyến nghĩa vụ tài chính về đất đai"],
          strip=True),
        Q(d, "target", "Lạng Sơn: Sở NN&MT đặt chỉ tiêu tiếp nhận trực tuyến bao nhiêu % hồ sơ TTHC đất đai?",
          ["80%"], ["Tối thiểu 80% hồ sơ thủ tục hành chính lĩnh vực đất đai được tiếp nhận trực tuyến."]),
        Q(d, "target", "Rút ngắn bao nhiêu phần trăm thời gian đăng ký biến động đất đai theo kế hoạch của Sở NN&MT Lạng Sơn?",
          ["30%"], ["Rút ngắn ít nhất 30% thời gian giải quyết thủ tục đăng ký biến động đất đai so với quy định."],
          strip=True),
        Q(d, "when", "Đánh giá, xếp loại công chức theo quý ở Sở Nông nghiệp và Môi trường Lạng Sơn có thời hạn thế nào?",
          ["Hằng quý"], ["Đánh giá, xếp loại chất lượng công chức, viên chức theo quý"]),
        Q(d, "multi", "Các phòng, đơn vị thuộc Sở NN&MT Lạng Sơn nộp báo cáo năm trước ngày nào, qua đơn vị nào?",
          ["20/11/2026", "Văn phòng Sở"],
          ["báo cáo kết quả thực hiện về Sở (qua Văn phòng Sở) trước ngày 10 của tháng cuối quý; báo cáo năm trước ngày 20/11/2026"]),
        Q(d, "lookup", "Ai ký kế hoạch CCHC năm 2026 của Sở Nông nghiệp và Môi trường tỉnh Lạng Sơn?",
          ["Nông Văn Thắng"], ["Các phòng, đơn vị thuộc Sở; - Lưu: VT, VP. GIÁM ĐỐC Nông Văn Thắng"]),
        Q(d, "lookup", "Kinh phí số hóa hồ sơ địa chính của Sở NN&MT Lạng Sơn lấy từ nguồn nào?",
          ["kinh phí sự nghiệp tài nguyên"],
          ["nhiệm vụ số hóa hồ sơ địa chính sử dụng nguồn kinh phí sự nghiệp tài nguyên được UBND tỉnh phân bổ"]),
        Q(d, "when", "When must the Lang Son Department of Agriculture and Environment connect its land database to the national land database?",
          [["Quý IV/2026", "quý 4/2026", "Q4/2026"]],
          ["Kết nối cơ sở dữ liệu đất đai của tỉnh với Cơ sở dữ liệu quốc gia về đất đai"], en=True),
        Q(d, "none", "Sở Nông nghiệp và Môi trường Lạng Sơn được giao bao nhiêu biên chế công chức năm 2026?"),
    ]


def part_a() -> list[dict[str, Any]]:
    """Questions for plans 1-4."""
    return _nghe_an() + _quang_tri() + _dong_thap() + _lang_son()
