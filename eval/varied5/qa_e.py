"""Questions about Sở VHTTDL Tuyên Quang (DOCX numbering) and UBND tỉnh Khánh Hòa (TXT), both test."""

from __future__ import annotations

from typing import Any

from eval.varied5.content_e import KHANH_HOA, VHTTDL_TQ
from eval.varied5.qa_util import N, Q, day, month, quarter, sent


def vhttdl_tq() -> list[dict[str, Any]]:
    """Sở Văn hóa, Thể thao và Du lịch tỉnh Tuyên Quang, 12/KH-SVHTTDL (test)."""
    p, d = VHTTDL_TQ, VHTTDL_TQ.file
    lh = sent(p, "Cấp giấy phép kinh doanh dịch vụ lữ hành", "Quý III/2026.")
    lt = sent(p, "Thẩm định, công nhận hạng cơ sở lưu trú", "trước 30/6/2026.")
    return [
        Q(d, "who", "Phòng nào của Sở VHTTDL Tuyên Quang chịu trách nhiệm cấp phép lữ hành trực tuyến toàn trình?",
          ["Phòng Quản lý du lịch"], [lh]),
        Q(d, "multi", "Số hóa hồ sơ di tích Tân Trào: ai chủ trì, ai phối hợp, khi nào phải xong?",
          ["Ban Quản lý các di tích quốc gia đặc biệt", "Phòng Quản lý di sản văn hóa", "Sở Khoa học và Công nghệ", month(9)],
          [sent(p, "Số hóa hồ sơ di tích", "tháng 9/2026.")]),
        Q(d, "when", "Thẩm định, công nhận hạng cơ sở lưu trú du lịch ở Đồng Văn theo quy trình rút gọn phải xong trước ngày nào?",
          [day("30/6/2026")], [lt]),
        Q(d, "list", "Ke ra cac viec Phong Quan ly du lich So VHTTDL Tuyen Quang duoc giao chu tri",
          [["lữ hành"], ["cơ sở lưu trú"]], [lh, lt], strip=True),
        Q(d, "target", "Sở VHTTDL Tuyên Quang muốn tỷ lệ hồ sơ xin giấy phép lữ hành nộp trực tuyến đạt bao nhiêu?",
          ["95%"], [sent(p, "Tối thiểu 95% hồ sơ cấp giấy phép", "nộp trực tuyến.")]),
        Q(d, "lookup", "Ngân sách dành cho kế hoạch CCHC 2026 của Sở Văn hóa, Thể thao và Du lịch Tuyên Quang là bao nhiêu?",
          [["430 triệu đồng", "430 triệu"]], [sent(p, "Kinh phí thực hiện Kế hoạch là 430", "của Sở.")]),
        Q(d, "multi", "Báo cáo CCHC năm của Sở VHTTDL Tuyên Quang gửi đến những đâu và hạn cuối là ngày nào?",
          ["UBND tỉnh", "Sở Nội vụ", "Bộ Văn hóa, Thể thao và Du lịch", day("15/11/2026")],
          [sent(p, "Văn phòng Sở tổng hợp, tham mưu Giám đốc Sở", "15/11/2026.")]),
        Q(d, "who", "Who is in charge of updating athlete and coach records in the sports database at Tuyen Quang's culture department?",
          ["Trung tâm Huấn luyện và Thi đấu thể thao tỉnh"], [sent(p, "Cập nhật dữ liệu vận động viên", "thường xuyên.")], en=True),
        Q(d, "lookup", "Ai ký kế hoạch 12/KH-SVHTTDL, giữ chức vụ gì?",
          ["Ma Thị Thúy Hạnh", "Phó Giám đốc"], [sent(p, "Các phòng, đơn vị thuộc Sở; - Lưu", "Ma Thị Thúy Hạnh")]),
        N(d, "Ai chủ trì cấp giấy phép tổ chức lễ hội Gầu Tào trực tuyến ở Tuyên Quang?", ("Gầu Tào",)),
        N(d, "Sở VHTTDL Tuyên Quang giao ai số hóa hồ sơ di tích Pác Bó?", ("Pác Bó",)),
        N(d, "Giám đốc Sở Văn hóa, Thể thao và Du lịch Tuyên Quang là ai?"),
    ]


def khanh_hoa() -> list[dict[str, Any]]:
    """UBND tỉnh Khánh Hòa, 20/KH-UBND (test, TXT)."""
    p, d = KHANH_HOA, KHANH_HOA.file
    return [
        Q(d, "who", "Cấp giấy chứng nhận đăng ký đầu tư trực tuyến toàn trình ở Khánh Hòa được giao cho cơ quan nào?",
          ["Ban Quản lý Khu kinh tế Vân Phong"], [sent(p, "Giao Ban Quản lý Khu kinh tế Vân Phong chủ trì", "30/9/2026.")]),
        Q(d, "multi", "Quy trình cấp phép tàu du lịch lưu trú trên vịnh Nha Trang: ai chủ trì, phối hợp với ai, bao giờ xong?",
          ["Sở Văn hóa, Thể thao và Du lịch", "Sở Công Thương", quarter("III")],
          [sent(p, "Giao Sở Văn hóa, Thể thao và Du lịch chủ trì", "Quý III/2026.")]),
        Q(d, "when", "Liên thông dữ liệu khám sức khỏe lái xe để đổi bằng lái trực tuyến ở Khánh Hòa phải xong khi nào?",
          [month(6)], [sent(p, "Giao Sở Y tế chủ trì", "tháng 6/2026.")]),
        Q(d, "who", "Ai dam bao an toan thong tin cho he thong giai quyet TTHC cua tinh Khanh Hoa?",
          ["Sở Khoa học và Công nghệ"], [sent(p, "Giao Sở Khoa học và Công nghệ chủ trì", "thường xuyên.")], strip=True),
        Q(d, "target", "Khánh Hòa đặt mục tiêu bao nhiêu doanh nghiệp trong KKT Vân Phong làm TTHC đầu tư trên môi trường điện tử?",
          ["70%"], [sent(p, "Tối thiểu 70% doanh nghiệp", "môi trường điện tử.")]),
        Q(d, "lookup", "Tổng ngân sách kế hoạch CCHC 2026 của Khánh Hòa là bao nhiêu, phần cho an toàn thông tin bao nhiêu?",
          [["2.650 triệu đồng", "2.650 triệu", "2,65 tỷ"], ["800 triệu đồng", "800 triệu"]],
          [sent(p, "Tổng kinh phí thực hiện Kế hoạch năm 2026 là 2.650", "an toàn thông tin.")]),
        Q(d, "multi", "Các sở, ngành, xã, phường và đặc khu Trường Sa của Khánh Hòa gửi báo cáo 6 tháng và báo cáo năm trước những ngày nào?",
          [day("12/6/2026"), day("16/11/2026")], [sent(p, "Các sở, ban, ngành tỉnh và UBND các xã, phường, đặc khu Trường Sa", "16/11/2026.")]),
        Q(d, "list", "Cho biết các nhiệm vụ mà Sở Tư pháp và Sở Nội vụ Khánh Hòa được giao chủ trì",
          [["Ninh Thuận (cũ)", "văn bản quy phạm pháp luật"], ["thi tuyển chức danh lãnh đạo cấp phòng", "thi tuyển"]],
          [sent(p, "Giao Sở Tư pháp chủ trì", "Quý II/2026."), sent(p, "Giao Sở Nội vụ chủ trì", "năm 2026.")]),
        Q(d, "lookup", "Who signed Khanh Hoa province's 2026 administrative reform plan?",
          ["Lê Hữu Thịnh"], [sent(p, "UBND các xã, phường, đặc khu; - Lưu", "Lê Hữu Thịnh")], en=True),
        N(d, "Khánh Hòa giao ai cấp giấy phép khai thác thủy sản trực tuyến cho tàu cá hoạt động vùng lộng?", ("vùng lộng",)),
        N(d, "Khánh Hòa giao ai xây dựng quy trình cấp phép tàu du lịch lưu trú trên vịnh Cam Ranh?", ("Cam Ranh",)),
        N(d, "Chủ tịch UBND tỉnh Khánh Hòa là ai?", strip=True),
    ]
