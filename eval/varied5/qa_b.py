"""Questions about Sở Xây dựng Huế (DOCX, merged table) and phường Tây Hồ (DOCX, Word numbering), both dev."""

from __future__ import annotations

from typing import Any

from eval.varied5.content_b import SXD_HUE, TAY_HO
from eval.varied5.qa_util import N, Q, day, in_quarter, month, quarter, row, sent


def sxd_hue() -> list[dict[str, Any]]:
    """Sở Xây dựng thành phố Huế, 26/KH-SXD (dev)."""
    p, d = SXD_HUE, SXD_HUE.file
    return [
        Q(d, "who", "Phòng nào của Sở Xây dựng Huế lo việc rút ngắn thời gian thẩm định thiết kế cơ sở?",
          ["Phòng Quản lý hoạt động xây dựng"], [row(p, "Rút ngắn thời gian thẩm định")]),
        Q(d, "multi", "Cấp phép xây dựng trực tuyến toàn trình cho công trình trong khu vực bảo vệ II của Kinh thành Huế: đơn vị nào chủ trì, ai phối hợp, thời hạn ra sao?",
          ["Phòng Quản lý hoạt động xây dựng", "Trung tâm Bảo tồn di tích Cố đô Huế",
           "Trung tâm Phục vụ hành chính công thành phố", quarter("III")], [row(p, "Cấp giấy phép xây dựng trực tuyến")]),
        Q(d, "when", "Xay dung vi tri viec lam cua So Xay dung Hue han chot la thang may?",
          [month(5)], [row(p, "Xây dựng vị trí việc làm")], strip=True),
        Q(d, "list", "Những nhiệm vụ nào do Phòng Phát triển đô thị và nhà ở thuộc Sở Xây dựng Huế chủ trì?",
          [["CSDL về nhà ở", "thị trường bất động sản"], ["Số hóa hồ sơ cấp phép xây dựng", "số hóa"]],
          [row(p, "Xây dựng CSDL về nhà ở"), row(p, "Số hóa hồ sơ cấp phép")]),
        Q(d, "multi", "Sở Xây dựng Huế gửi báo cáo CCHC năm cho những nơi nào, hạn ngày nào?",
          ["UBND thành phố", "Sở Nội vụ", "Bộ Xây dựng", day("25/11/2026")],
          [sent(p, "Văn phòng Sở tổng hợp, tham mưu Giám đốc Sở", "25/11/2026.")]),
        Q(d, "multi", "Các phòng thuộc Sở Xây dựng Huế nộp báo cáo quý qua đơn vị nào, trước ngày mấy?",
          ["Văn phòng Sở", in_quarter("08")], [sent(p, "Các phòng, đơn vị thuộc Sở báo cáo", "tháng cuối quý.")]),
        Q(d, "lookup", "Ai ký kế hoạch CCHC năm 2026 của Sở Xây dựng thành phố Huế?",
          ["Hồ Đăng Khoa"], [sent(p, "Giám đốc, các Phó Giám đốc Sở;", "Hồ Đăng Khoa")]),
        Q(d, "lookup", "Kế hoạch CCHC của Sở Xây dựng Huế triển khai theo kế hoạch số mấy của UBND thành phố?",
          ["11/KH-UBND"], [sent(p, "Thực hiện Kế hoạch số 11/KH-UBND", "năm 2026;")]),
        Q(d, "target", "What share of driving-licence applications should be filed online under Hue Department of Construction's 2026 plan?",
          ["90%"], [sent(p, "Tối thiểu 90% hồ sơ cấp, đổi giấy phép lái xe", "trực tuyến.")], en=True),
        N(d, "Sở Xây dựng Huế được bố trí bao nhiêu tiền để thực hiện kế hoạch CCHC 2026?", ("triệu đồng", "tỷ đồng")),
        N(d, "Phó Giám đốc Sở Xây dựng Huế phụ trách cải cách hành chính tên là gì?", strip=True),
        N(d, "Phòng nào chủ trì cấp giấy phép xây dựng trực tuyến cho công trình trong khu vực bảo vệ I của Kinh thành Huế?",
          ("bảo vệ I",)),
    ]


def tay_ho() -> list[dict[str, Any]]:
    """UBND phường Tây Hồ (Hà Nội), 17/KH-UBND (dev)."""
    p, d = TAY_HO, TAY_HO.file
    return [
        Q(d, "who", "Ở phường Tây Hồ, bộ phận nào phụ trách cấp phép homestay ven Hồ Tây trực tuyến?",
          ["Phòng Kinh tế, Hạ tầng và Đô thị"], [sent(p, "Cấp giấy phép kinh doanh dịch vụ lưu trú", "Quý III/2026.")]),
        Q(d, "when", "Việc số hóa sổ hộ tịch của phường Tây Hồ phải xong trong thời gian nào?",
          [month(9)], [sent(p, "Số hóa sổ hộ tịch", "tháng 9/2026.")]),
        Q(d, "multi", "Phường Tây Hồ: hướng dẫn kích hoạt định danh điện tử mức 2 ở tổ dân phố do ai chủ trì, có những ai phối hợp?",
          ["Công an phường", "Đoàn Thanh niên phường", "Hội Liên hiệp Phụ nữ phường"],
          [sent(p, "Hướng dẫn người dân kích hoạt", "thường xuyên.")]),
        Q(d, "target", "Chi tieu ho so TTHC tiep nhan truc tuyen cua phuong Tay Ho nam 2026 la bao nhieu?",
          ["92%"], [sent(p, "Tối thiểu 92% hồ sơ TTHC", "tiếp nhận trực tuyến.")], strip=True),
        Q(d, "lookup", "Tổng kinh phí cho kế hoạch cải cách hành chính của phường Tây Hồ là bao nhiêu?",
          [["240 triệu đồng", "240 triệu"]], [sent(p, "Tổng kinh phí thực hiện Kế hoạch là 240", "năm 2026.")]),
        Q(d, "list", "Cho biết các việc mà Văn phòng HĐND và UBND phường Tây Hồ đứng ra chủ trì trong kế hoạch",
          [["hộ tịch, chứng thực", "quy trình giải quyết TTHC"], ["Đánh giá công chức", "đánh giá công chức"]],
          [sent(p, "Rà soát, công khai quy trình", "trước 30/6/2026."), sent(p, "Đánh giá công chức", "hằng quý.")]),
        Q(d, "multi", "UBND phường Tây Hồ báo cáo CCHC lên đâu, qua cơ quan nào; báo cáo năm hạn ngày nào?",
          ["UBND thành phố", "Sở Nội vụ", day("30/11/2026")],
          [sent(p, "Văn phòng HĐND và UBND phường tổng hợp", "30/11/2026.")]),
        Q(d, "lookup", "Phường Tây Hồ lập kế hoạch này để thực hiện kế hoạch số bao nhiêu của Hà Nội?",
          ["36/KH-UBND"], [sent(p, "Thực hiện Kế hoạch số 36/KH-UBND", "năm 2026;")]),
        Q(d, "who", "Which unit in Tay Ho ward leads the installation of the TTHC lookup kiosk and surveillance cameras?",
          ["Trung tâm Phục vụ hành chính công phường"], [sent(p, "Lắp đặt ki-ốt", "năm 2026.")], en=True),
        N(d, "Chủ tịch UBND phường Tây Hồ là ai?"),
        N(d, "Phường Tây Hồ giao ai số hóa sổ địa chính lưu trữ từ năm 1990?", ("sổ địa chính",)),
        N(d, "What email address does Tay Ho ward use for complaints about administrative procedures?", ("email", "thư điện tử"),
          en=True),
    ]
