"""Questions about Sở NN&MT tỉnh Hưng Yên (prose DOCX) and Bệnh viện Đa khoa tỉnh Phú Thọ (table DOCX)."""

from __future__ import annotations

from typing import Any

from eval.varied8.qa_util import N, Q, cells, day, month, quarter, sent
from eval.varied10.content_a import HUNG_YEN, PHU_THO_BV


def issued(d: str) -> list[str]:
    """Spellings of an issue date "15/01/2026": as the header writes it, and with/without zero padding."""
    dd, mm, yy = d.split("/")
    return [f"ngày {dd} tháng {mm} năm {yy}", *day(d)]


def hung_yen() -> list[dict[str, Any]]:
    """Sở Nông nghiệp và Môi trường tỉnh Hưng Yên, 35/KH-SNNMT (dev, docx-prose)."""
    p, d = HUNG_YEN, HUNG_YEN.file
    return [
        Q(d, "who", "HY - rà soát QĐ QPPL của UBND tỉnh lĩnh vực nông nghiệp, môi trường sau sắp xếp: giao ai chủ trì?",
          ["Phòng Pháp chế"], [sent(p, "Giao Phòng Pháp chế chủ trì", "tháng 6/2026.")]),
        Q(d, "multi", "Phân cấp quản lý công trình thủy lợi nhỏ cho UBND cấp xã (Sở NN&MT Hưng Yên): ai làm, ai phối hợp, hạn chót?",
          ["Chi cục Thủy lợi", "Phòng Pháp chế", day("30/9/2026")],
          [sent(p, "Tham mưu UBND tỉnh ban hành Quy định phân cấp", "Phòng Pháp chế phối hợp.")]),
        Q(d, "multi", "Sở NN&MT HY rà soát, đơn giản hóa 10 TTHC đất đai, môi trường thì kết quả đầu ra là gì, bao giờ xong?",
          ["phương án đơn giản hóa trình UBND tỉnh", quarter("II")],
          [sent(p, "Giao Văn phòng Sở chủ trì, phối hợp với Trung tâm", "trình UBND tỉnh.")]),
        Q(d, "list", "Số hóa hồ sơ cấp GCN quyền sử dụng đất lưu trữ giấy ở Hưng Yên: bên nào giúp Văn phòng Đăng ký đất đai?",
          ["Trung tâm Công nghệ thông tin tài nguyên và môi trường", "UBND các xã, phường"],
          [sent(p, "Số hóa hồ sơ cấp giấy chứng nhận", "Quý III/2026.")]),
        Q(d, "list", "Những nhiệm vụ nào của Sở Nông nghiệp và Môi trường Hưng Yên đến hạn trong quý III/2026?",
          [["Quy định phân cấp quản lý công trình thủy lợi nhỏ"], ["Số hóa hồ sơ cấp giấy chứng nhận"],
           ["an toàn dịch bệnh động vật"], ["Đề án vị trí việc làm"], ["quan trắc mực nước"]],
          [sent(p, "Tham mưu UBND tỉnh ban hành Quy định phân cấp", "Phòng Pháp chế phối hợp."),
           sent(p, "Số hóa hồ sơ cấp giấy chứng nhận", "Quý III/2026."),
           sent(p, "Chi cục Chăn nuôi và Thú y chủ trì", "tháng 8/2026."),
           sent(p, "Giao Phòng Tổ chức cán bộ chủ trì", "Quý III/2026."),
           sent(p, "Lắp đặt hệ thống quan trắc mực nước", "30/9/2026;")]),
        Q(d, "lookup", "Kế hoạch CCHC 2026 của Sở NN&MT tỉnh Hưng Yên có bao nhiêu nhiệm vụ?",
          ["10 nhiệm vụ"], [sent(p, "Năm 2026, Sở triển khai 10 nhiệm vụ", "cụ thể như sau:")]),
        Q(d, "multi", "VP Sở NN&MT Hưng Yên phải nộp báo cáo CCHC cho ai, qua đâu; hạn BC 6 tháng và BC năm ngày mấy?",
          ["UBND tỉnh", "Sở Nội vụ", day("17/6/2026"), day("17/11/2026")],
          [sent(p, "Tổng hợp, báo cáo UBND tỉnh (qua Sở Nội vụ)", "17/11/2026.")]),
        Q(d, "lookup", "Kinh phí thực hiện KH CCHC của Sở NN&MT Hưng Yên bao nhiêu, lấy từ nguồn nào?",
          ["210 triệu đồng", "chi thường xuyên"], [sent(p, "Bố trí 210 triệu đồng", "thực hiện Kế hoạch.")]),
        Q(d, "lookup", "Mục đích của kế hoạch CCHC 2026 Sở Nông nghiệp và Môi trường Hưng Yên là gì?",
          [["Giảm thời gian, chi phí cho người dân, doanh nghiệp"], ["cơ sở dữ liệu đất đai"]],
          [sent(p, "Giảm thời gian, chi phí cho người dân", "không phụ thuộc địa giới.")]),
        Q(d, "list", "Phòng Tổ chức cán bộ Sở NN&MT HY được giao làm những việc gì?",
          [["Đề án vị trí việc làm"], ["03 lớp bồi dưỡng kỹ năng số"]],
          [sent(p, "Giao Phòng Tổ chức cán bộ chủ trì", "Quý III/2026."),
           sent(p, "Tổ chức 03 lớp bồi dưỡng kỹ năng số", "31/10/2026.")]),
        Q(d, "target", "Chỉ tiêu hồ sơ giải quyết trực tuyến toàn trình của Sở NN&MT Hưng Yên năm 2026?",
          ["80%"], [sent(p, "Tối thiểu 80% hồ sơ", "toàn trình.")]),
        N(d, "Bên nào phối hợp với Phòng KH-TC giao quyền tự chủ tài chính cho TT Khuyến nông ở Hưng Yên?",
          ("phối hợp giao quyền", "Trung tâm Khuyến nông phối hợp")),
        N(d, "Thời tiết Hưng Yên cuối tuần này có mưa không?", ("thời tiết",)),
    ]


def phu_tho_bv() -> list[dict[str, Any]]:
    """Bệnh viện Đa khoa tỉnh Phú Thọ, 18/KH-BVĐK (dev, docx-table)."""
    p, d = PHU_THO_BV, PHU_THO_BV.file
    return [
        Q(d, "who", "BVĐK tỉnh Phú Thọ: rút ngắn thời gian chờ khám ngoại trú xuống dưới 2 giờ giao khoa/phòng nào chủ trì?",
          ["Phòng Kế hoạch tổng hợp"], [cells(p, "Rút ngắn thời gian chờ")]),
        Q(d, "multi", "Cấp giấy chứng sinh, giấy báo tử liên thông điện tử ở BV Phú Thọ: ai lo, ai phối hợp, hạn?",
          ["Khoa Phụ sản", "Phòng Kế hoạch tổng hợp", "Phòng Công nghệ thông tin", month(5)],
          [cells(p, "Cấp giấy chứng sinh")]),
        Q(d, "lookup", "BV Phú Thọ: kết quả/sản phẩm của việc thanh toán viện phí không dùng tiền mặt tại quầy thu là gì?",
          ["90% giao dịch không dùng tiền mặt"], [cells(p, "Thanh toán viện phí")]),
        Q(d, "list", "Phòng CNTT bệnh viện đa khoa tỉnh Phú Thọ chủ trì những việc nào?",
          [["bệnh án điện tử"], ["Sổ sức khỏe điện tử"]],
          [cells(p, "Triển khai bệnh án điện tử"), cells(p, "Kết nối hệ thống thông tin bệnh viện")]),
        Q(d, "list", "BV Phú Thọ: việc nào phải xong trong quý III/2026?",
          [["Rút ngắn thời gian chờ khám"], ["phương án giá dịch vụ"], ["bệnh án điện tử"]],
          [cells(p, "Rút ngắn thời gian chờ"), cells(p, "Xây dựng phương án giá"), cells(p, "Triển khai bệnh án điện tử")]),
        Q(d, "lookup", "Bệnh viện Đa khoa tỉnh Phú Thọ triển khai mấy nhiệm vụ CCHC năm 2026?",
          ["10 nhiệm vụ"], [sent(p, "Bệnh viện triển khai 10 nhiệm vụ", "phân công như sau:")]),
        Q(d, "multi", "Phòng TCCB BVĐK Phú Thọ báo cáo CCHC cho ai, hạn BC 6 tháng, BC năm?",
          ["Sở Y tế", day("13/6/2026"), day("13/11/2026")], [sent(p, "Tổng hợp, báo cáo Sở Y tế", "13/11/2026.")]),
        Q(d, "when", "Phòng Công tác xã hội BV Phú Thọ nộp báo cáo khảo sát hài lòng cho ai, hạn ngày mấy?",
          ["Giám đốc", ["ngày 05 của tháng sau", "05 của tháng sau"]],
          [sent(p, "Khảo sát sự hài lòng của người bệnh", "của tháng sau.")]),
        Q(d, "target", "chi tieu nguoi benh hai long cua benh vien da khoa tinh Phu Tho bao nhieu %?",
          ["92%"], [sent(p, "Tỷ lệ người bệnh hài lòng", "92%.")], strip=True),
        Q(d, "lookup", "Who signed plan 18/KH-BVĐK of Phu Tho provincial general hospital, and on what date?",
          ["Nguyễn Hữu Thắng", issued("21/01/2026")],
          [sent(p, "Số: 18/KH-BVĐK", "năm 2026"), sent(p, "Ban Giám đốc; - Các khoa, phòng;", "Nguyễn Hữu Thắng")], en=True),
        N(d, "Kinh phí thực hiện kế hoạch CCHC 2026 của BVĐK tỉnh Phú Thọ là bao nhiêu triệu đồng?", ("triệu",)),
    ]
