"""Questions about Bộ Dân tộc và Tôn giáo (decision DOCX, sub-groups) and UBND phường Ba Đình (300-dpi scan, stamp)."""

from __future__ import annotations

from typing import Any

from eval.varied8.content_e import BA_DINH, BO_DTTG
from eval.varied8.qa_util import N, Q, cells, day, in_quarter, rng, sent, sub


def bo_dttg() -> list[dict[str, Any]]:
    """Bộ Dân tộc và Tôn giáo, QĐ 76/QĐ-BDTTG (test, decision + plan, DOCX)."""
    p, d = BO_DTTG, BO_DTTG.file
    return [
        Q(d, "who", "Bộ Dân tộc và Tôn giáo giao ai chủ trì cắt giảm thành phần hồ sơ đăng ký sinh hoạt tôn giáo tập trung?",
          ["Ban Tôn giáo Chính phủ"], [cells(p, "Cắt giảm thành phần hồ sơ")]),
        Q(d, "when", "Tiếp nhận trực tuyến hồ sơ công nhận tổ chức tôn gíao phải hoàn thành khi nào?",
          [rng("Từ 01/4 đến 31/7/2026", "31/7/2026")], [cells(p, "Tiếp nhận trực tuyến hồ sơ")]),
        Q(d, "list", "Nhóm II cải cách thủ tục hành chính trong phụ lục của Bộ Dân tộc và Tôn giáo chia thành những lĩnh vực nào?",
          [["Lĩnh vực tôn giáo"], ["Lĩnh vực dân tộc"]],
          [sent(p, "II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH II.1.", "Cắt giảm thành phần hồ sơ"),
           sent(p, "II.2. Lĩnh vực dân tộc", "Vụ Chính sách dân tộc")]),
        Q(d, "list", "Kể tên các nhiệm vụ thuộc lĩnh vực tôn giáo (mục II.1) trong kế hoạch CCHC của Bộ Dân tộc và Tôn giáo",
          [["sinh hoạt tôn giáo tập trung"], ["công nhận tổ chức tôn giáo"]],
          [sent(p, "II.1. Lĩnh vực tôn giáo", "Quyết định công bố thủ tục sửa đổi"), cells(p, "Tiếp nhận trực tuyến hồ sơ")]),
        Q(d, "multi", "xay dung co so du lieu ve cong tac dan toc: ai chu tri, ai phoi hop, thoi han?",
          ["Trung tâm Chuyển đổi số", "Vụ Kế hoạch - Tài chính", "Vụ Chính sách dân tộc", ["Năm 2026 và các năm tiếp theo"]],
          [cells(p, "Xây dựng cơ sở dữ liệu")], strip=True),
        Q(d, "lookup", "Quyết định 76/QĐ-BDTTG ban hành theo đề nghị của ai?",
          ["Vụ trưởng Vụ Tổ chức cán bộ"], [sent(p, "Theo đề nghị của Vụ trưởng", "Tổ chức cán bộ.")]),
        Q(d, "lookup", "Who signed decision 76/QĐ-BDTTG of the Ministry of Ethnic and Religious Affairs, and as what?",
          ["Y Thông Byă", ["THỨ TRƯỞNG", "Thứ trưởng", "Deputy Minister"]], [sent(p, "Bộ Nội vụ; - Lưu: VT, TCCB.", "Y Thông Byă")],
          en=True),
        Q(d, "target", "Bộ Dân tộc và Tôn giáo đặt mục tiêu cắt giảm bao nhiêu phần trăm chi phí tuân thủ TTHC so với năm 2025?",
          ["20%"], [sent(p, "Cắt giảm tối thiểu 20%", "so với năm 2025.")]),
        Q(d, "multi", "Vụ Tổ chức cán bộ báo cáo Bộ Nội vụ kết quả CCHC 6 tháng và năm trước ngày nào?",
          [day("19/6/2026"), day("19/11/2026")], [sent(p, "1. Vụ Tổ chức cán bộ:", "19/11/2026.")]),
        Q(d, "when", "Van phong Bo bao cao Bo truong tinh hinh giai quyet TTHC hang quy truoc ngay nao?",
          [in_quarter("10")], [sent(p, "2. Văn phòng Bộ:", "tháng cuối quý.")], strip=True),
        Q(d, "lookup", "Sản phẩm của việc xây dựng Thông tư hướng dẫn tiêu chí xác định thôn đặc biệt khó khăn là gì, hạn khi nào?",
          [["Thông tư được ban hành"], rng("Quý II - Quý III/2026", "Quý III/2026", "quý 3/2026", "30/9/2026")],
          [cells(p, "Xây dựng Thông tư")]),
        N(d, "Ai chủ trì cắt giảm thành phần hồ sơ đăng ký hoạt động tín ngưỡng cho người nước ngoài?", ("người nước ngoài",)),
        N(d, "Bộ trưởng Bộ Dân tộc và Tôn giáo là ai, có ký quyết định 76/QĐ-BDTTG không?", ("Bộ trưởng Bộ Dân tộc và Tôn giáo là",)),
        N(d, "Kinh phí thực hiện kế hoạch CCHC 2026 của Bộ Dân tộc và Tôn giáo là bao nhiêu tỷ đồng?", ("tỷ đồng",)),
    ]


def ba_dinh() -> list[dict[str, Any]]:
    """UBND phường Ba Đình, Hà Nội, 14/KH-UBND (test, 300-dpi scan with a stamp)."""
    p, d = BA_DINH, BA_DINH.file
    return [
        Q(d, "who", "Ở phường Ba Đình, ai chủ trì chuẩn hóa dữ liệu hộ tịch?",
          ["Phòng Văn hóa - Xã hội"], sub(p, "Chuẩn hóa dữ liệu hộ tịch, đất đai", "Chuẩn hóa dữ liệu hộ tịch")),
        Q(d, "multi", "Chuẩn hóa dữ liệu đất đai của phường Ba Đình: ai phụ trách, ai phối hợp, xong khi nào?",
          ["Phòng Văn hóa - Xã hội", "Phòng Kinh tế, Hạ tầng và Đô thị",
           rng("Quý II - Quý III/2026", "Quý III/2026", "quý 3/2026", "30/9/2026")],
          sub(p, "Chuẩn hóa dữ liệu hộ tịch, đất đai", "Chuẩn hóa dữ liệu đất đai")),
        Q(d, "when", "Phuong Ba Dinh tiep nhan ho so dang ky ho kinh doanh tren pho Hoang Hoa Tham qua ung dung trong thoi gian nao?",
          [rng("Từ 01/5 đến 31/8/2026", "31/8/2026")], [cells(p, "Tiếp nhận hồ sơ đăng ký hộ kinh doanh")], strip=True),
        Q(d, "when", "Hạn chót sửa đổi quy chế làm việc của UBND phường Ba Đình?",
          [rng("Chậm nhất ngày 28/2/2026", "28/2/2026")], [cells(p, "Sửa đổi quy chế")]),
        Q(d, "multi", "Công an phường Ba Đình báo cáo ai, bao lâu một lần, trước ngày nào?",
          ["Chủ tịch UBND phường", ["Hằng tháng", "hàng tháng"], ["ngày 23", "23"]], [sent(p, "3. Công an phường:", "trước ngày 23.")]),
        Q(d, "multi", "Phòng Văn hóa - Xã hội phường Ba Đình báo cáo kết quả giải quyết thủ tục hộ tịch cho ai, hạn nào?",
          ["Văn phòng HĐND và UBND phường", in_quarter("11")], [sent(p, "2. Phòng Văn hóa - Xã hội:", "tháng cuối quý.")]),
        Q(d, "target", "Kế hoạch 14/KH-UBND đặt chỉ tiêu bao nhiêu % hồ sơ TTHC được nộp trực tuyến?",
          ["88%"], [sent(p, "Tối thiểu 88% hồ sơ", "nộp trực tuyến.")]),
        Q(d, "when", "When is Ba Dinh ward's 6-month administrative reform report due, and to whom?",
          [day("17/6/2026"), ["UBND thành phố", "Sở Nội vụ"]], [sent(p, "1. Văn phòng HĐND và UBND phường:", "17/11/2026.")], en=True),
        Q(d, "lookup", "Ai ký kế hoạch cải cách hành chín năm 2026 của phường Ba Đình?",
          ["Nguyễn Thu Hằng", ["PHÓ CHỦ TỊCH", "Phó Chủ tịch"]], [sent(p, "TT HĐND phường; - Lưu", "Nguyễn Thu Hằng")]),
        Q(d, "list", "Những việc nào của phường Ba Đình phải xong trong quý III/2026?",
          [["dữ liệu đất đai"], ["Hoàng Hoa Thám", "hộ kinh doanh"]],
          sub(p, "Chuẩn hóa dữ liệu hộ tịch, đất đai", "Chuẩn hóa dữ liệu đất đai") + [cells(p, "Tiếp nhận hồ sơ đăng ký hộ kinh doanh")]),
        N(d, "Bộ phận nào phối hợp lấy ý kiến người dân về chất lượng phục vụ ở phường Ba Đình?", ("phối hợp lấy ý kiến",)),
        N(d, "Ai chủ trì tiếp nhận hồ sơ hộ kinh doanh trên phố Phan Đình Phùng qua ứng dụng?", ("Phan Đình Phùng",)),
        N(d, "Chủ tịch UBND phường Ba Đình tên gì?", ("Chủ tịch UBND phường Ba Đình",)),
    ]
