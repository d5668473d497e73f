"""Questions about Sở NN&MT Cà Mau (PDF) and UBND tỉnh Tuyên Quang (DOCX, merged table), both test."""

from __future__ import annotations

from typing import Any

from eval.varied5.content_d import CA_MAU, TUYEN_QUANG
from eval.varied5.qa_util import N, Q, day, in_quarter, month, quarter, row, sent


def ca_mau() -> list[dict[str, Any]]:
    """Sở Nông nghiệp và Môi trường tỉnh Cà Mau, 39/KH-SNNMT (test)."""
    p, d = CA_MAU, CA_MAU.file
    return [
        Q(d, "who", "Ở Sở NN&MT Cà Mau, đơn vị nào chủ trì rút ngắn thời gian đăng ký biến động đất đai cho hộ gia đình, cá nhân?",
          ["Văn phòng Đăng ký đất đai tỉnh"], [row(p, "Rút ngắn thời gian đăng ký biến động")]),
        Q(d, "multi", "Việc sáp nhập các Hạt Kiểm lâm thành hạt liên xã ở Cà Mau: ai chủ trì, phối hợp với ai, hạn khi nào?",
          ["Chi cục Kiểm lâm", "Sở Nội vụ", "UBND các xã có rừng", quarter("III")], [row(p, "Sáp nhập các Hạt Kiểm lâm")]),
        Q(d, "when", "Cap giay phep khai thac thuy san truc tuyen toan trinh cho tau ca tu 15 m o Ca Mau han khi nao?",
          [quarter("II")], [row(p, "Cấp giấy phép khai thác thủy sản")], strip=True),
        Q(d, "list", "Liệt kê các nhiệm vụ do Chi cục Thủy sản Cà Mau chủ trì trong kế hoạch CCHC 2026",
          ["giấy phép khai thác thủy sản", "mã số vùng nuôi tôm", "giám sát hành trình tàu cá"],
          [row(p, "Cấp giấy phép khai thác thủy sản"), row(p, "Tiếp nhận hồ sơ cấp mã số"), row(p, "Vận hành hệ thống giám sát")]),
        Q(d, "lookup", "Sở NN&MT Cà Mau có tổng kinh phí CCHC năm 2026 bao nhiêu, trong đó dành cho chỉnh lý, số hóa hồ sơ địa chính bao nhiêu?",
          [["1.960 triệu đồng", "1.960 triệu", "1,96 tỷ"], ["720 triệu đồng", "720 triệu"]],
          [sent(p, "Tổng kinh phí thực hiện Kế hoạch là 1.960", "hồ sơ địa chính.")]),
        Q(d, "multi", "Văn phòng Đăng ký đất đai tỉnh Cà Mau tham mưu báo cáo bộ nào, bao lâu một lần, hạn những ngày nào?",
          ["Bộ Nông nghiệp và Môi trường", "6 tháng", day("15/6/2026"), day("15/12/2026")],
          [sent(p, "Văn phòng Đăng ký đất đai tỉnh tổng hợp", "15/12/2026.")]),
        Q(d, "when", "Sở Nông nghiệp và Môi trường Cà Mau gửi báo cáo năm về UBND tỉnh trước ngày nào?",
          [day("22/11/2026")], [sent(p, "Văn phòng Sở tổng hợp, tham mưu Giám đốc Sở", "22/11/2026.")]),
        Q(d, "target", "Theo kế hoạch CCHC 2026, Sở NN&MT Cà Mau phấn đấu bao nhiêu phần trăm hồ sơ TTHC được giải quyết trực tuyến toàn trình?",
          ["75%"], [sent(p, "Tối thiểu 75% hồ sơ TTHC", "trực tuyến toàn trình.")]),
        Q(d, "lookup", "Who signed the 2026 reform plan of Ca Mau's Department of Agriculture and Environment, and as what?",
          ["Huỳnh Văn Lợi", "Phó Giám đốc"], [sent(p, "Ban Giám đốc Sở;", "Huỳnh Văn Lợi")], en=True),
        N(d, "Ai chủ trì rút ngắn thời gian đăng ký biến động đất đai cho tổ chức, doanh nghiệp ở Cà Mau?", ("doanh nghiệp",)),
        N(d, "Sở NN&MT Cà Mau giao ai tiếp nhận hồ sơ cấp mã số vùng nuôi cua qua bưu chính công ích?", ("vùng nuôi cua",)),
        N(d, "Giám đốc Sở Nông nghiệp và Môi trường Cà Mau tên gì?"),
    ]


def tuyen_quang() -> list[dict[str, Any]]:
    """UBND tỉnh Tuyên Quang, 05/KH-UBND (test)."""
    p, d = TUYEN_QUANG, TUYEN_QUANG.file
    return [
        Q(d, "who", "Tuyên Quang: ai đảm nhận tổ chức bộ phận một cửa lưu động ở các thôn vùng cao chưa có sóng di động?",
          ["Văn phòng UBND tỉnh"], [row(p, "Tổ chức bộ phận một cửa lưu động")]),
        Q(d, "multi", "Phủ sóng 4G cho các thôn vùng cao của Hà Giang cũ do ai chủ trì, phối hợp với ai, hạn chót khi nào?",
          ["Sở Khoa học và Công nghệ", "Viettel Tuyên Quang", "VNPT Tuyên Quang", "UBND các xã vùng cao", day("30/11/2026")],
          [row(p, "Phủ sóng di động 4G")]),
        Q(d, "when", "Lớp bồi dưỡng tiếng Mông, tiếng Dao cho công chức một cửa cấp xã của Tuyên Quang phải tổ chức xong khi nào?",
          [month(9)], [row(p, "Bồi dưỡng tiếng Mông")]),
        Q(d, "list", "Những nhiệm vụ nào trong phụ lục kế hoạch CCHC 2026 của tỉnh Tuyên Quang do Sở Tư pháp chủ trì?",
          [["Hà Giang (cũ)", "văn bản quy phạm pháp luật"], ["bưu điện văn hóa xã"]],
          [row(p, "Rà soát, thay thế"), row(p, "Ban hành quy định hỗ trợ")]),
        Q(d, "target", "Tỉnh Tuyên Quang đặt chỉ tiêu SIPAS năm 2026 ở mức bao nhiêu?",
          ["84%"], [sent(p, "Chỉ số SIPAS năm 2026", "84%.")]),
        Q(d, "lookup", "Ai ký ban hành kế hoạch CCHC 2026 của UBND tỉnh Tuyên Quang, với cương vị gì?",
          ["Hoàng Văn Sùng", "Chủ tịch"], [sent(p, "UBND các xã, phường; - Lưu: VT, NC.", "Hoàng Văn Sùng")]),
        Q(d, "multi", "Tuyen Quang: so nganh, xa phuong nop bao cao CCHC quy cho ai, qua dau, truoc ngay may?",
          ["UBND tỉnh", "Sở Nội vụ", in_quarter("15")],
          [sent(p, "Các sở, ban, ngành tỉnh, UBND các xã, phường báo cáo", "tháng cuối quý")], strip=True),
        Q(d, "when", "By when must Tuyen Quang send its annual administrative reform report to the Ministry of Home Affairs?",
          [day("01/12/2026")], [sent(p, "Sở Nội vụ tổng hợp, tham mưu UBND tỉnh báo cáo Bộ Nội vụ", "01/12/2026.")], en=True),
        Q(d, "lookup", "Kinh phí thực hiện kế hoạch CCHC của tỉnh Tuyên Quang được bố trí ra sao?",
          ["dự toán ngân sách"], [sent(p, "Các cơ quan, đơn vị, địa phương bố trí kinh phí", "sử dụng kinh phí.")]),
        N(d, "Tổng kinh phí kế hoạch CCHC năm 2026 của tỉnh Tuyên Quang là bao nhiêu triệu đồng?", ("triệu đồng", "tỷ đồng")),
        N(d, "Ai chủ trì bồi dưỡng tiếng Tày cho công chức một cửa cấp xã ở Tuyên Quang?", ("tiếng Tày",), strip=True),
        N(d, "Phó Chủ tịch UBND tỉnh Tuyên Quang phụ trách CCHC là ai?"),
    ]
