"""Questions about the Gia Lai province plan (PDF) and the Huế city plan (TXT), both dev."""

from __future__ import annotations

from typing import Any

from eval.varied5.content_a import GIA_LAI, HUE
from eval.varied5.qa_util import N, Q, day, in_quarter, month, quarter, row, sent


def gia_lai() -> list[dict[str, Any]]:
    """UBND tỉnh Gia Lai, 08/KH-UBND (dev)."""
    p, d = GIA_LAI, GIA_LAI.file
    return [
        Q(d, "who", "Việc cắt giảm thời gian giải quyết thủ tục đầu tư cho dự án ở Khu kinh tế Nhơn Hội được giao cho đơn vị nào?",
          ["Ban Quản lý Khu kinh tế tỉnh"], [row(p, "Cắt giảm tối thiểu 30%")]),
        Q(d, "multi", "Gia Lai: ai làm đầu mối hợp nhất các quyết định QPPL về đất đai của hai tỉnh cũ, phối hợp với những ai và hạn khi nào?",
          ["Sở Tư pháp", "Sở Nông nghiệp và Môi trường", "Văn phòng UBND tỉnh", quarter("II")], [row(p, "Rà soát, hợp nhất")]),
        Q(d, "when", "Thủ tục cấp phép kinh doanh lữ hành nội địa của tỉnh Gia Lai phải đưa lên trực tuyến toàn trình chậm nhất vào lúc nào?",
          [month(10)], [row(p, "Thực hiện trực tuyến toàn trình thủ tục")]),
        Q(d, "list", "Kể ra những việc mà Sở Nội vụ Gia Lai được giao chủ trì trong phụ lục kế hoạch CCHC 2026",
          ["đơn vị sự nghiệp công lập", ["Tuyển dụng công chức cấp xã", "tuyển dụng"], ["CSDL cán bộ, công chức, viên chức"]],
          [row(p, "Sắp xếp các đơn vị sự nghiệp"), row(p, "Tuyển dụng công chức"), row(p, "Xây dựng CSDL cán bộ")]),
        Q(d, "target", "Năm 2026 tỉnh Gia Lai muốn bao nhiêu phần trăm hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình?",
          ["82%"], [sent(p, "Tối thiểu 82%", "toàn trình.")]),
        Q(d, "lookup", "Ngân sách dành cho kế hoạch CCHC năm 2026 của Gia Lai tổng cộng bao nhiêu, riêng phần số hóa hồ sơ là bao nhiêu?",
          [["3.120 triệu đồng", "3.120 triệu", "3,12 tỷ"], ["1.450 triệu đồng", "1.450 triệu", "1,45 tỷ"]],
          [sent(p, "Tổng kinh phí", "giải quyết TTHC.")]),
        Q(d, "multi", "Các sở, ngành và UBND xã, phường ở Gia Lai nộp báo cáo CCHC hằng quý cho ai, qua cơ quan nào, hạn ngày mấy?",
          ["UBND tỉnh", "Sở Nội vụ", in_quarter("15")],
          [sent(p, "Các sở, ban, ngành tỉnh; UBND các xã, phường gửi báo cáo", "tháng cuối quý")], strip=True),
        Q(d, "lookup", "Who signed Gia Lai province's 2026 administrative reform plan, and in what capacity?",
          ["Đỗ Minh Khải", "Phó Chủ tịch"], [sent(p, "UBND các xã, phường; - Lưu", "Đỗ Minh Khải")], en=True),
        Q(d, "when", "Hạn chót để tỉnh Gia Lai gửi Bộ Nội vụ báo cáo kết quả CCHC năm 2026 là ngày nào?",
          [day("05/12/2026")], [sent(p, "Sở Nội vụ tổng hợp, tham mưu UBND tỉnh báo cáo Bộ Nội vụ", "05/12/2026.")]),
        N(d, "Gia Lai giao cơ quan nào niêm yết hướng dẫn thủ tục hành chính bằng tiếng Ê Đê?", ("Ê Đê",)),
        N(d, "Ai chủ trì tiếp nhận yêu cầu cấp Phiếu lý lịch tư pháp qua VNeID cho người nước ngoài ở Gia Lai?",
          ("người nước ngoài",)),
        N(d, "Chủ tịch UBND tỉnh Gia Lai hiện nay là ai?"),
        N(d, "Số điện thoại đường dây nóng về TTHC của tỉnh Gia Lai là bao nhiêu?", ("điện thoại", "đường dây nóng"),
          strip=True),
    ]


def hue() -> list[dict[str, Any]]:
    """UBND thành phố Huế, 11/KH-UBND (dev)."""
    p, d = HUE, HUE.file
    return [
        Q(d, "who", "Số hóa hồ sơ cấp phép lễ hội, biểu diễn phục vụ Festival Huế 2026 do cơ quan nào làm đầu mối?",
          ["Sở Văn hóa, Thể thao và Du lịch"],
          [sent(p, "Giao Sở Văn hóa, Thể thao và Du lịch chủ trì số hóa", "tháng 4/2026.")]),
        Q(d, "multi", "Huế: việc rút ngắn thời gian cấp phép xây, sửa nhà trong khu vực bảo vệ di tích do ai chủ trì, phối hợp với ai và xong trước ngày nào?",
          ["Sở Xây dựng", "Sở Văn hóa, Thể thao và Du lịch", "Trung tâm Bảo tồn di tích Cố đô Huế", day("30/6/2026")],
          [sent(p, "Giao Sở Xây dựng chủ trì", "30/6/2026.")]),
        Q(d, "when", "Nền tảng Hue-S tích hợp phản ánh, kiến nghị về TTHC phải triển khai xong khi nào?",
          [month(9)], [sent(p, "Giao Sở Khoa học và Công nghệ chủ trì", "tháng 9/2026.")]),
        Q(d, "who", "Ai huong dan du khach nuoc ngoai lam thi thuc dien tu va khai bao tam tru truc tuyen o Hue?",
          ["Trung tâm Phục vụ hành chính công thành phố"],
          [sent(p, "Giao Trung tâm Phục vụ hành chính công thành phố thường xuyên", "Công an thành phố.")], strip=True),
        Q(d, "target", "Thành phố Huế đặt mức hài lòng của người dân, doanh nghiệp với việc giải quyết TTHC năm 2026 là bao nhiêu?",
          ["90%"], [sent(p, "Tối thiểu 90% người dân", "giải quyết TTHC.")]),
        Q(d, "multi", "Báo cáo CCHC năm của thành phố Huế gửi những cơ quan trung ương nào và hạn ngày nào?",
          ["Bộ Nội vụ", "Văn phòng Chính phủ", day("10/12/2026")],
          [sent(p, "Sở Nội vụ tham mưu UBND thành phố báo cáo Bộ Nội vụ", "10/12/2026.")]),
        Q(d, "list", "Cho biết các nhiệm vụ trong kế hoạch CCHC 2026 của TP Huế mà Sở Văn hóa, Thể thao và Du lịch tham gia, chủ trì hay phối hợp",
          [["Festival Huế", "lễ hội"], ["khu vực bảo vệ di tích", "giấy phép xây dựng"]],
          [sent(p, "Giao Sở Văn hóa, Thể thao và Du lịch chủ trì số hóa", "tháng 4/2026."),
           sent(p, "Giao Sở Xây dựng chủ trì", "khu vực bảo vệ di tích")]),
        Q(d, "lookup", "Kinh phí thực hiện kế hoạch CCHC của thành phố Huế lấy từ nguồn nào?",
          ["chi thường xuyên"], [sent(p, "Giao Sở Tài chính tham mưu", "các cơ quan, đơn vị.")]),
        Q(d, "when", "What is the quarterly reporting deadline for Hue city departments and communes under the 2026 reform plan?",
          [in_quarter("12")], [sent(p, "Các sở, ban, ngành và UBND các xã, phường báo cáo", "tháng cuối quý")], en=True),
        N(d, "Kế hoạch CCHC 2026 của thành phố Huế bố trí tổng cộng bao nhiêu tiền?", ("triệu đồng", "tỷ đồng")),
        N(d, "Ai chủ trì rút ngắn thời gian cấp giấy phép xây dựng nhà ở trong khu vực bảo vệ cảnh quan vịnh Lăng Cô?",
          ("Lăng Cô",)),
        N(d, "ke hoach cchc 2026 tp hue giao ai lap dat camera giam sat tai trung tam phuc vu hanh chinh cong?", ("camera",),
          strip=True),
    ]
