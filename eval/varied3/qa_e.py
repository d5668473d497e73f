"""Questions about the Lâm Đồng text-layer PDF (Sở Văn hóa, Thể thao và Du lịch, test)."""

from __future__ import annotations

from typing import Any

from eval.varied.qa_build import Q
from eval.varied3.content_e import LAM_DONG


def lam_dong() -> list[dict[str, Any]]:
    """Sở Văn hóa, Thể thao và Du lịch tỉnh Lâm Đồng, 42/KH-SVHTTDL (test), plus off-domain messages filed under it."""
    d = LAM_DONG.file
    rep = ("Các phòng, đơn vị gửi báo cáo kết quả về Văn phòng Sở trước ngày 05 của tháng cuối quý; Văn phòng Sở tổng hợp, "
           "tham mưu báo cáo UBND tỉnh (qua Sở Nội vụ) trước ngày 12 của tháng cuối quý và báo cáo năm trước ngày 02/12/2026.")
    return [
        Q(d, "who", "Đơn vị nào thực hiện số hóa hồ sơ di tích quốc gia đặc biệt, di tích quốc gia ở Lâm Đồng?",
          ["Bảo tàng Lâm Đồng"], ["Số hóa hồ sơ di tích quốc gia đặc biệt, di tích quốc gia trên địa bàn tỉnh"]),
        Q(d, "multi", "Sở VHTTDL Lâm Đồng: bản đồ số điểm đến du lịch Đà Lạt - Lâm Đồng ai làm, ai phối hợp, hạn khi nào?",
          ["Trung tâm Thông tin xúc tiến du lịch", "Phòng Quản lý du lịch", "Sở Khoa học và Công nghệ",
           ["Quý IV/2026", "quý 4/2026", "quý IV năm 2026"]],
          ["Xây dựng bản đồ số điểm đến du lịch Đà Lạt - Lâm Đồng tích hợp trên ứng dụng du lịch thông minh"]),
        Q(d, "when", "Hạn chót công khai thủ tục cấp phép lễ hội, biểu diễn nghệ thuật bằng mã QR của Sở VHTTDL Lâm Đồng?",
          [["31/3/2026", "31/03/2026"]],
          ["Công khai thủ tục cấp phép tổ chức lễ hội, biểu diễn nghệ thuật bằng mã QR tại bộ phận một cửa"]),
        Q(d, "when", "so vhttdl lam dong cap the huong dan vien du lich dien tu bao gio xong?",
          [["Tháng 9/2026", "tháng 9 năm 2026", "09/2026"]],
          ["Cấp thẻ hướng dẫn viên du lịch điện tử tích hợp trên ứng dụng du lịch thông minh của tỉnh"], strip=True),
        Q(d, "who", "Ai lo việc sáp nhập Trung tâm Văn hóa tỉnh và Nhà hát Ca múa nhạc tỉnh Lâm Đồng, phối hợp với ai?",
          ["Phòng Tổ chức - Pháp chế", "Sở Nội vụ"],
          ["Sáp nhập Trung tâm Văn hóa tỉnh và Nhà hát Ca múa nhạc tỉnh thành Trung tâm Văn hóa - Nghệ thuật tỉnh"]),
        Q(d, "lookup", "Theo kế hoạch CCHC của Sở VHTTDL Lâm Đồng, Sở Khoa học và Công nghệ được đề nghị hỗ trợ việc gì?",
          ["Kho dữ liệu dùng chung"],
          ["Đề nghị Sở Khoa học và Công nghệ hỗ trợ kết nối cơ sở dữ liệu di sản văn hóa của Sở với Kho dữ liệu dùng chung của tỉnh trong quý III/2026."]),
        Q(d, "target", "Sở VHTTDL Lâm Đồng đặt chỉ tiêu bao nhiêu % hồ sơ giấy phép lữ hành, thẻ hướng dẫn viên nộp trực tuyến?",
          ["85%"],
          ["Tối thiểu 85% hồ sơ cấp giấy phép kinh doanh lữ hành, thẻ hướng dẫn viên du lịch được nộp trực tuyến."]),
        Q(d, "lookup", "Kinh phí kế hoạch CCHC 2026 của Sở VHTTDL Lâm Đồng là bao nhiêu, trong đó cho số hóa di tích bao nhiêu?",
          [["680 triệu đồng", "680 triệu"], ["450 triệu đồng", "450 triệu"]],
          ["Kinh phí thực hiện Kế hoạch năm 2026 là 680 triệu đồng, trong đó 450 triệu đồng cho số hóa di tích."], strip=True),
        Q(d, "multi", "Sở VHTTDL Lâm Đồng gửi báo cáo CCHC quý cho ai, qua đâu, hạn ngày mấy?",
          ["UBND tỉnh", "Sở Nội vụ", ["ngày 12 của tháng cuối quý", "12 của tháng cuối quý"]], [rep]),
        Q(d, "lookup", "Who signed plan 42/KH-SVHTTDL of the Lam Dong Department of Culture, Sports and Tourism?",
          ["Bùi Thị Hạnh Dung"], ["- Lưu: VT, VP. GIÁM ĐỐC Bùi Thị Hạnh Dung"], en=True),
        Q(d, "list", "Liệt kê các nhiệm vụ do Bảo tàng Lâm Đồng thực hiện trong kế hoạch CCHC 2026 của Sở VHTTDL",
          ["Số hóa hồ sơ di tích", "bán vé điện tử"],
          ["Số hóa hồ sơ di tích quốc gia đặc biệt, di tích quốc gia trên địa bàn tỉnh",
           "Triển khai bán vé điện tử tại các điểm tham quan do Sở quản lý"]),
        Q(d, "when", "Phòng Tổ chức - Pháp chế Sở VHTTDL Lâm Đồng đánh giá viên chức theo sản phẩm với tần suất nào?",
          [["Hằng tháng", "hàng tháng"]],
          ["Đánh giá viên chức các đơn vị sự nghiệp theo sản phẩm, kết quả công việc hằng tháng"]),
        Q(d, "none", "Ai là Phó Giám đốc phụ trách cải cách hành chính của Sở VHTTDL Lâm Đồng?"),
        Q(d, "none", "Số điện thoại đường dây nóng của Sở Văn hóa, Thể thao và Du lịch Lâm Đồng là gì?", strip=True),
        Q(d, "none", "Sở VHTTDL Lâm Đồng giao Phòng Quản lý thể dục thể thao chủ trì nhiệm vụ CCHC nào?"),
        Q(d, "none", "Hạn cấp thẻ hướng dẫn viên du lịch điện tử của Sở VHTTDL thành phố Huế là khi nào?"),
        Q(d, "none", "Lệ phí cấp thẻ hướng dẫn viên du lịch quốc tế ở Lâm Đồng là bao nhiêu?"),
        Q(d, "none", "what's the weather in Da Lat this weekend?"),
    ]
