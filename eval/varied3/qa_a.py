"""Questions about the Quảng Ninh pair (UBND tỉnh PDF and xã Tiên Yên TXT, both dev)."""

from __future__ import annotations

from typing import Any

from eval.varied.qa_build import Q
from eval.varied3.content_a import QUANG_NINH, TIEN_YEN


def quang_ninh() -> list[dict[str, Any]]:
    """UBND tỉnh Quảng Ninh, 15/KH-UBND (dev), plus off-domain messages filed under it."""
    d = QUANG_NINH.file
    rep = ("Các sở, ban, ngành và UBND các xã, phường, đặc khu báo cáo kết quả cải cách hành chính về UBND tỉnh "
           "(qua Sở Nội vụ) trước ngày 15 của tháng cuối quý; báo cáo năm trước ngày 10/12/2026.")
    vd = "Thí điểm cấp phép hoạt động du lịch biển đảo trực tuyến toàn trình tại đặc khu Vân Đồn"
    return [
        Q(d, "who", "Ai chủ trì việc cắt giảm 30% thời gian giải quyết TTHC lĩnh vực đầu tư, đất đai ở Quảng Ninh năm 2026?",
          ["Văn phòng UBND tỉnh"],
          ["Cắt giảm ít nhất 30% thời gian giải quyết thủ tục hành chính lĩnh vực đầu tư, đất đai"], strip=True),
        Q(d, "multi", "Quảng Ninh: thí điểm cấp phép du lịch biển đảo trực tuyến ở Vân Đồn do bên nào làm, cùng làm với ai, bao giờ phải xong?",
          ["UBND đặc khu Vân Đồn", "Sở Văn hóa, Thể thao và Du lịch", "Trung tâm Phục vụ hành chính công tỉnh",
           ["Quý III/2026", "quý 3/2026", "quý III năm 2026"]], [vd]),
        Q(d, "when", "Hạn chót kết nối hệ thống giải quyết TTHC tỉnh Quảng Ninh với CSDL quốc gia về dân cư là ngày nào?",
          [["30/4/2026", "30/04/2026"]],
          ["Hoàn thành kết nối Hệ thống thông tin giải quyết thủ tục hành chính tỉnh với Cơ sở dữ liệu quốc gia về dân cư"]),
        Q(d, "when", "quang ninh to chuc hoi nghi tong ket cchc nam 2025 vao thoi gian nao?",
          [["Tháng 02/2026", "tháng 2/2026", "tháng 2 năm 2026"]],
          ["Tổ chức Hội nghị tổng kết công tác cải cách hành chính năm 2025, triển khai nhiệm vụ năm 2026"], strip=True),
        Q(d, "target", "Năm 2026 tỉnh Quảng Ninh đặt chỉ tiêu bao nhiêu phần trăm hồ sơ TTHC giải quyết trực tuyến toàn trình?",
          ["85%"], ["Tối thiểu 85% hồ sơ thủ tục hành chính được tiếp nhận và giải quyết trực tuyến toàn trình."]),
        Q(d, "target", "SIPAS của Quảng Ninh năm 2025 đạt bao nhiêu và năm 2026 phấn đấu bao nhiêu?",
          [["87,4%", "87.4%"], "90%"],
          ["Kế thừa kết quả năm 2025: tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh năm 2025 đạt 72%, Chỉ số SIPAS năm 2025 đạt 87,4%",
           "Chỉ số hài lòng của người dân, doanh nghiệp (SIPAS) đạt trên 90%."]),
        Q(d, "lookup", "Ai ký Kế hoạch số 15/KH-UBND về CCHC năm 2026 của UBND tỉnh Quảng Ninh, ký với chức danh gì?",
          ["Nguyễn Minh Khoa", "Phó Chủ tịch"],
          ["- Lưu: VT, NC. TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Minh Khoa"]),
        Q(d, "lookup", "Kế hoạch CCHC 2026 của Quảng Ninh căn cứ vào kế hoạch CCHC năm 2025 số mấy?",
          ["09/KH-UBND"],
          ["Căn cứ kết quả thực hiện Kế hoạch số 09/KH-UBND ngày 14/01/2025 của UBND tỉnh về cải cách hành chính nhà nước năm 2025"]),
        Q(d, "multi", "Các sở, ngành và xã, phường, đặc khu của Quảng Ninh báo cáo CCHC quý gửi ai, qua đâu, hạn ngày nào?",
          ["UBND tỉnh", "Sở Nội vụ", ["ngày 15 của tháng cuối quý", "15 của tháng cuối quý"]], [rep], strip=True),
        Q(d, "when", "When must Quang Ninh's Department of Home Affairs send the 2026 reform report to the Ministry of Home Affairs?",
          [["20/12/2026"]], ["Sở Nội vụ tổng hợp, tham mưu UBND tỉnh báo cáo Bộ Nội vụ trước ngày 20/12/2026."], en=True),
        Q(d, "list", "Liệt kê các nhiệm vụ Sở Tài chính Quảng Ninh chủ trì trong kế hoạch CCHC 2026",
          ["tự chủ tài chính", "giải ngân vốn đầu tư công"],
          ["Giao quyền tự chủ tài chính cho các đơn vị sự nghiệp công lập giai đoạn 2026 - 2030",
           "Công khai tiến độ giải ngân vốn đầu tư công theo từng dự án trên Cổng thông tin điện tử tỉnh"]),
        Q(d, "who", "Bên nào phối hợp với Sở KH&CN xây dựng Trung tâm giám sát, điều hành thông minh của Quảng Ninh?",
          ["Sở Tài chính", "Công an tỉnh"],
          ["Xây dựng Trung tâm giám sát, điều hành thông minh cấp tỉnh giai đoạn 2"]),
        Q(d, "none", "Tổng kinh phí thực hiện kế hoạch CCHC năm 2026 của UBND tỉnh Quảng Ninh là bao nhiêu tỷ đồng?"),
        Q(d, "none", "Ai là Chủ tịch UBND tỉnh Quảng Ninh theo kế hoạch CCHC 2026?", strip=True),
        Q(d, "none", "Quảng Ninh giao ai chủ trì thí điểm cấp phép du lịch biển đảo trực tuyến ở đặc khu Cô Tô?"),
        Q(d, "none", "Kế hoạch CCHC 2026 của tỉnh Quảng Ninh giao Sở Y tế chủ trì nhiệm vụ gì?"),
        Q(d, "none", "Thời tiết ở Hạ Long ngày mai thế nào?"),
    ]


def tien_yen() -> list[dict[str, Any]]:
    """UBND xã Tiên Yên (Quảng Ninh), 08/KH-UBND (dev): repeats the province targets."""
    d = TIEN_YEN.file
    rep = ("Văn phòng HĐND và UBND xã tham mưu UBND xã báo cáo UBND tỉnh (qua Sở Nội vụ) trước ngày 12 "
           "của tháng cuối quý; báo cáo năm trước ngày 05/12/2026.")
    return [
        Q(d, "who", "Ở xã Tiên Yên ai lo việc rà soát, công khai thủ tục hành chính thuộc thẩm quyền của xã?",
          ["Văn phòng HĐND và UBND xã"],
          ["Giao Văn phòng HĐND và UBND xã chủ trì, phối hợp với Trung tâm Phục vụ hành chính công xã rà soát, công khai đầy đủ thủ tục hành chính"]),
        Q(d, "when", "xa tien yen lam sach du lieu dat dai, ho kinh doanh han cuoi khi nao?",
          [["30/9/2026", "30/09/2026"]],
          ["Giao Phòng Kinh tế chủ trì làm sạch dữ liệu đất đai, hộ kinh doanh trên địa bàn xã, hoàn thành trước ngày 30/9/2026."],
          strip=True),
        Q(d, "who", "Xã Tiên Yên đề nghị cơ quan nào phối hợp với Phòng Kinh tế xác thực dữ liệu công dân?",
          ["Công an xã"],
          ["Đề nghị Công an xã phối hợp với Phòng Kinh tế xác thực dữ liệu công dân phục vụ làm sạch dữ liệu đất đai, hộ kinh doanh."]),
        Q(d, "target", "Xã Tiên Yên phấn đấu bao nhiêu % hồ sơ TTHC giải quyết đúng hạn năm 2026?",
          ["99%"], ["Tối thiểu 99% hồ sơ thủ tục hành chính được giải quyết đúng hạn."]),
        Q(d, "lookup", "Năm 2025 tỷ lệ hồ sơ trực tuyến toàn trình của xã Tiên Yên đạt bao nhiêu?",
          ["58%"], ["Năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình của xã mới đạt 58%"]),
        Q(d, "when", "Bao giờ xã Tiên Yên phải thành lập xong tổ công nghệ số cộng đồng ở các thôn, bản?",
          [["tháng 4/2026", "tháng 4 năm 2026", "04/2026"]],
          ["Giao Phòng Văn hóa - Xã hội chủ trì thành lập, duy trì hoạt động tổ công nghệ số cộng đồng tại các thôn, bản, hoàn thành trong tháng 4/2026."]),
        Q(d, "multi", "UBND xã Tiên Yên gửi báo cáo năm về CCHC cho ai, qua cơ quan nào, trước ngày nào?",
          ["UBND tỉnh", "Sở Nội vụ", ["05/12/2026", "5/12/2026"]], [rep]),
        Q(d, "lookup", "Kinh phí kế hoạch CCHC 2026 của xã Tiên Yên là bao nhiêu?",
          [["120 triệu đồng", "120 triệu"]],
          ["Kinh phí thực hiện Kế hoạch là 120 triệu đồng, bố trí trong dự toán ngân sách xã năm 2026."], strip=True),
        Q(d, "who", "In Tien Yen commune's 2026 plan, which body is asked to help promote online public services among residents?",
          ["Ủy ban Mặt trận Tổ quốc Việt Nam xã"],
          ["Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã phối hợp tuyên truyền, vận động Nhân dân sử dụng dịch vụ công trực tuyến."],
          en=True),
        Q(d, "lookup", "Kế hoạch CCHC của xã Tiên Yên thực hiện kế hoạch nào của tỉnh Quảng Ninh?",
          ["15/KH-UBND"],
          ["Thực hiện Kế hoạch số 15/KH-UBND ngày 12/01/2026 của UBND tỉnh Quảng Ninh về cải cách hành chính nhà nước tỉnh Quảng Ninh năm 2026"]),
        Q(d, "none", "Chỉ số SIPAS năm 2026 của xã Tiên Yên phải đạt bao nhiêu phần trăm?"),
        Q(d, "none", "Số điện thoại bộ phận một cửa của UBND xã Tiên Yên là bao nhiêu?"),
        Q(d, "none", "Kế hoạch cải cách hành chính năm 2026 của xã Đầm Hà có những chỉ tiêu gì?"),
        Q(d, "none", "🙏🙏🙏"),
    ]
