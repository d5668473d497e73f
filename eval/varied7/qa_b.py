"""Questions about UBND phường Hoa Lư (Markdown) and UBND xã Bát Xát (PNG image), both dev."""

from __future__ import annotations

from typing import Any

from eval.varied7.content_b import BAT_XAT, HOA_LU
from eval.varied7.qa_util import N, Q, cells, day, in_quarter, month, quarter, sent


def hoa_lu() -> list[dict[str, Any]]:
    """UBND phường Hoa Lư (Ninh Bình), 12/KH-UBND (dev, Markdown)."""
    p, d = HOA_LU, HOA_LU.file
    return [
        Q(d, "who", "Ở phường Hoa Lư, ai lo việc hướng dẫn hộ kinh doanh du lịch ở Tràng An, Tam Cốc đăng ký hộ kinh doanh trực tuyến?",
          ["Phòng Kinh tế, Hạ tầng và Đô thị"], [cells(p, "Hướng dẫn hộ kinh doanh")]),
        Q(d, "when", "Hạn chót rà soát, chuẩn hóa dữ liệu hộ tịch điện tử của phường Hoa Lư là ngày nào?",
          [day("30/9/2026")], [cells(p, "Rà soát, chuẩn hóa dữ liệu")]),
        Q(d, "multi", "Việc niêm yết TTHC ở Bộ phận Một cửa phường Hoa Lư cho ra sản phẩm gì và xong tháng mấy?",
          [["mã QR"], month(2)], [cells(p, "Niêm yết công khai")]),
        Q(d, "list", "Van phong HDND va UBND phuong Hoa Lu chu tri bao nhieu viec trong bang phan cong? Ke ra.",
          [["3", "ba"], ["Niêm yết"], ["hộ tịch"], ["giao tiếp, ứng xử", "Bồi dưỡng"]],
          [cells(p, "Niêm yết công khai"), cells(p, "Rà soát, chuẩn hóa dữ liệu"), cells(p, "Bồi dưỡng kỹ năng")], strip=True),
        Q(d, "who", "Bên nào giúp Đoàn Thanh niên phường Hoa Lư tổ chức \"Ngày thứ Bảy cùng dân\"?",
          ["Hội Người cao tuổi phường"], [cells(p, "Tổ chức \"Ngày thứ Bảy")]),
        Q(d, "target", "Phường Hoa Lư đặt chỉ tiêu bao nhiêu phần trăm hồ sơ TTHC nộp trực tuyến năm 2026?",
          ["80%"], [sent(p, "Tối thiểu 80% hồ sơ", "nộp trực tuyến.")]),
        Q(d, "lookup", "Kinh phí CCHC 2026 của phường Hoa Lư là bao nhiêu, trong đó bao nhiêu cho số hóa hồ sơ giấy phép xây dựng?",
          [["85 triệu"], ["40 triệu"]], [sent(p, "Kinh phí thực hiện Kế hoạch là 85", "giấy phép xây dựng.")]),
        Q(d, "multi", "Phường Hoa Lư báo cáo UBND tỉnh qua đâu, hạn báo cáo quý, 6 tháng và năm là khi nào?",
          ["Sở Nội vụ", in_quarter("14"), day("14/6/2026"), day("14/11/2026")],
          [sent(p, "Văn phòng HĐND và UBND phường là đầu mối", "14/11/2026.")]),
        Q(d, "when", "Cac phong, bo phan cua UBND phuong Hoa Lu gui bao cao hang thang truoc ngay may?",
          [["ngày 18 hằng tháng", "18 hằng tháng"]], [sent(p, "Các phòng, bộ phận thuộc UBND phường báo cáo", "hằng tháng.")],
          strip=True),
        Q(d, "multi", "When must Hoa Lu ward finish digitising its private-house building permit files, and which office leads it?",
          [quarter("III"), "Phòng Kinh tế, Hạ tầng và Đô thị"], [cells(p, "Số hóa hồ sơ cấp giấy phép")], en=True),
        N(d, "Phường Hoa Lư giao ai hướng dẫn hộ kinh doanh ở khu Bái Đính đăng ký trực tuyến?", ("Bái Đính",)),
        N(d, "Ai chủ trì số hóa hồ sơ cấp giấy phép xây dựng nhà xưởng ở phường Hoa Lư?", ("nhà xưởng",), strip=True),
    ]


def bat_xat() -> list[dict[str, Any]]:
    """UBND xã Bát Xát (Lào Cai), 06/KH-UBND (dev, PNG image)."""
    p, d = BAT_XAT, BAT_XAT.file
    return [
        Q(d, "who", "Xã Bát Xát giao bộ phận nào niêm yết TTHC bằng tiếng Việt và tiếng Hà Nhì?",
          ["Văn phòng HĐND và UBND xã"], [cells(p, "Niêm yết thủ tục")]),
        Q(d, "when", "Việc rà soát hồ sơ đất đai của hộ trồng thảo quả ở xã Bát Xát phải xong khi nào?",
          [month(8)], [cells(p, "Rà soát hồ sơ đất đai")]),
        Q(d, "who", "Ai huong dan cu dan bien gioi lam giay thong hanh o xa Bat Xat?",
          ["Công an xã"], [cells(p, "Phối hợp Đồn Biên phòng")], strip=True),
        Q(d, "list", "Kể ra những việc của xã Bát Xát có hạn trong 6 tháng đầu năm 2026.",
          [["tiếng Hà Nhì", "Niêm yết"], ["khai sinh, khai tử"], ["tổ công nghệ số"]],
          [cells(p, "Niêm yết thủ tục"), cells(p, "Hướng dẫn người dân"), cells(p, "Thành lập tổ công nghệ số")]),
        Q(d, "target", "Xã Bát Xát đặt chỉ tiêu bao nhiêu phần trăm hồ sơ TTHC nộp trực tuyến?",
          ["65%"], [sent(p, "Tối thiểu 65% hồ sơ", "nộp trực tuyến.")]),
        Q(d, "multi", "Xã Bát Xát báo cáo UBND tỉnh qua cơ quan nào, hạn báo cáo quý và báo cáo năm là khi nào?",
          ["Sở Nội vụ", in_quarter("12"), day("12/11/2026")], [sent(p, "Văn phòng HĐND và UBND xã tham mưu", "12/11/2026.")]),
        Q(d, "lookup", "Kinh phi cai cach hanh chinh nam 2026 cua xa Bat Xat la bao nhieu, lay tu dau?",
          [["50 triệu"], "ngân sách xã"], [sent(p, "Kinh phí thực hiện là 50", "năm 2026.")], strip=True),
        Q(d, "lookup", "Who signed Bat Xat commune's 2026 administrative reform plan?",
          ["Vàng A Sáng", ["CHỦ TỊCH", "Chủ tịch", "chairman"]], [sent(p, "Các thôn; - Lưu", "Vàng A Sáng")], en=True),
        Q(d, "when", "Các bộ phận của xã Bát Xát báo cáo kết quả về Văn phòng HĐND và UBND xã trước ngày nào hằng tháng?",
          [["ngày 22 hằng tháng", "22 hằng tháng"]], [sent(p, "Các bộ phận báo cáo kết quả", "hằng tháng.")]),
        N(d, "Xã Bát Xát giao ai rà soát hồ sơ đất đai của các hộ trồng quế?", ("quế",)),
        N(d, "Xa Bat Xat niem yet TTHC bang tieng Dao o dau?", ("tiếng Dao",), strip=True),
    ]
