"""Questions about Cục Thống kê (decision PDF, sub-groups) and UBND phường Hạc Thành (300-dpi scan, stamp)."""

from __future__ import annotations

from typing import Any

from eval.varied8.content_b import CUC_THONG_KE, HAC_THANH
from eval.varied8.qa_util import N, Q, cells, day, in_quarter, rng, sent, sub


def cuc_thong_ke() -> list[dict[str, Any]]:
    """Cục Thống kê, QĐ 112/QĐ-CTK (dev, decision + plan, PDF)."""
    p, d = CUC_THONG_KE, CUC_THONG_KE.file
    return [
        Q(d, "who", "Cục Thống kê giao đơn vị nào chủ trì cung cấp số liệu thống kê theo yêu cầu qua Cổng Dịch vụ công quốc ga?",
          ["Ban Dịch vụ thống kê"], [cells(p, "Cung cấp số liệu thống kê")]),
        Q(d, "when", "Việc cắt giảm chỉ tiêu trong biểu mẫu báo cáo của doanh nghiệp nhà nước phải xong khi nào?",
          [rng("Tháng 4 - tháng 7/2026", "tháng 7/2026", "31/7/2026")], [cells(p, "Cắt giảm chỉ tiêu")]),
        Q(d, "list", "Nhóm II cải cách thủ tục hành chính trong phụ lục của Cục Thống kê gồm những nhóm con nào?",
          [["Kiểm soát thủ tục hành chính"], ["Dịch vụ công trực tuyến"]],
          [sent(p, "II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH II.1.", "cầu | Văn phòng Cục"),
           sent(p, "II.2. Dịch vụ công trực tuyến", "Dịch vụ công toàn trình")]),
        Q(d, "list", "Những nhiệm vụ nào thuộc nhóm II.2 dịch vụ công trực tuyến của Cục Thống kê, ai chủ trì từng việc?",
          [["số liệu thống kê theo yêu cầu"], "Ban Dịch vụ thống kê", ["Thanh toán phí"], "Văn phòng Cục"],
          [sent(p, "II.2. Dịch vụ công trực tuyến", "Dịch vụ công toàn trình"), cells(p, "Thanh toán phí")]),
        Q(d, "lookup", "Quyết định 112/QĐ-CTK được ban hành theo đề nghị của ai?",
          ["Trưởng ban Tổ chức cán bộ"], [sent(p, "Theo đề nghị của Trưởng ban", "Tổ chức cán bộ.")]),
        Q(d, "lookup", "Theo Điều 3 Quyết định 112/QĐ-CTK, ai chịu trách nhiệm thi hành?",
          ["Chánh Văn phòng Cục", "Trưởng ban Tổ chức cán bộ", "Thống kê các tỉnh, thành phố"],
          [sent(p, "Điều 3. Chánh Văn phòng Cục", "thi hành Quyết định này.")]),
        Q(d, "multi", "thu thap thong tin tong dieu tra kinh te bang phieu dien tu: ai chu tri, ai phoi hop, han?",
          ["Ban Thu thập thông tin", "Thống kê các tỉnh, thành phố", "Trung tâm Tin học thống kê",
           rng("Tháng 3 - tháng 6/2026", "tháng 6/2026", "30/6/2026")], [cells(p, "Thu thập thông tin Tổng điều tra")], strip=True),
        Q(d, "target", "Chỉ tiêu cắt giảm chỉ tiêu trong các chế độ báo cáo thống kê ngành năm 2026 của Cục Thống kê là bao nhiêu?",
          ["15%"], [sent(p, "Cắt giảm ít nhất 15%", "thống kê ngành.")]),
        Q(d, "when", "Ban Tổ chức cán bộ của Cục Thống kê gửi báo cáo CCHC năm cho Bộ Tài chính hạn chót khi nào?",
          [day("18/11/2026")], [sent(p, "Ban Tổ chức cán bộ là đầu mối", "18/11/2026.")]),
        Q(d, "lookup", "Who signed decision 112/QĐ-CTK of the General Statistics Office, and in what capacity?",
          ["Trịnh Minh Khuê", ["PHÓ CỤC TRƯỞNG", "Phó Cục trưởng", "Deputy Director"]],
          [sent(p, "Bộ Tài chính (b/c); - Cục trưởng; - Lưu", "Trịnh Minh Khuê")], en=True),
        Q(d, "lookup", "San pham cua viec xay dung quy che phoi hop chia se du lieu hanh chinh voi Cuc Thue la gi, han nao?",
          [["Quy chế phối hợp được ký"], rng("Chậm nhất ngày 30/9/2026", "30/9/2026")], [cells(p, "Xây dựng quy chế phối hợp")],
          strip=True),
        N(d, "Cục Thống kê giao ai chủ trì xây dựng quy chế chia sẻ dữ liệu hành chính với Cục Hải quan?", ("Cục Hải quan",)),
        N(d, "Cục trưởng Cục Thống kê là ai, có ký quyết định 112/QĐ-CTK không?", ("Cục trưởng Cục Thống kê là",)),
        N(d, "Kinh phí thực hiện kế hoạch CCHC 2026 của Cục Thống kê là bao nhiêu triệu đồng?", ("triệu đồng",)),
    ]


def hac_thanh() -> list[dict[str, Any]]:
    """UBND phường Hạc Thành, Thanh Hóa, 09/KH-UBND (dev, 300-dpi scan with a stamp)."""
    p, d = HAC_THANH, HAC_THANH.file
    return [
        Q(d, "who", "Ở phường Hạc Thành, ai chủ trì số hóa hồ sơ hộ tịch từ năm 2010?",
          ["Trung tâm Phục vụ hành chính công phường"], sub(p, "Số hóa hồ sơ, kết quả", "Số hóa hồ sơ hộ tịch")),
        Q(d, "multi", "Số hóa hồ sơ đất đai đang giải quyết ở phường Hạc Thành: ai lo việc, bộ phận nào giúp, xong khi nào?",
          ["Trung tâm Phục vụ hành chính công phường", "Phòng Kinh tế, Hạ tầng và Đô thị",
           rng("Quý II - Quý III/2026", "Quý III/2026", "quý 3/2026", "30/9/2026")],
          sub(p, "Số hóa hồ sơ, kết quả", "Số hóa hồ sơ đất đai")),
        Q(d, "when", "Phuong Hac Thanh thi diem tra ket qua TTHC tai nha qua buu dien den khi nao?",
          [rng("Từ 01/3 đến 30/9/2026", "30/9/2026")], [cells(p, "Thí điểm trả kết quả")], strip=True),
        Q(d, "multi", "Văn phòng HĐND và UBND phường Hạc Thành phải báo cáo 6 tháng cho ai, trước ngày nào, và báo cáo năm hạn khi nào?",
          [["UBND tỉnh"], day("20/6/2026"), day("25/11/2026")], [sent(p, "1. Văn phòng HĐND và UBND phường:", "25/11/2026.")]),
        Q(d, "multi", "Phòng Kinh tế, Hạ tầng và Đô thị phường Hạc Thành báo cáo ai, định kỳ nào, hạn ngày mấy?",
          ["Văn phòng HĐND và UBND phường", ["Hằng quý", "hàng quý"], in_quarter("15")],
          [sent(p, "2. Phòng Kinh tế, Hạ tầng và Đô thị:", "tháng cuối quý.")]),
        Q(d, "lookup", "Theo kế hoạch 09/KH-UBND, thời gian cấp giấy phép xây dựng nhà ở riêng lẻ được rút ngắn còn bao nhiêu ngày?",
          ["10 ngày"], [sent(p, "a) Rút ngắn thời gian cấp giấy phép", "10 ngày;")]),
        Q(d, "target", "What share of administrative files should be submitted online in Hac Thanh ward in 2026?",
          ["82%"], [sent(p, "Tối thiểu 82% hồ sơ", "nộp trực tuyến.")], en=True),
        Q(d, "who", "Ai phụ trách đối thoại với hộ kinh doanh phố đi bộ về TTHC ở phường Hạc Thành, hạn chót?",
          ["Phòng Kinh tế, Hạ tầng và Đô thị", rng("Chậm nhất ngày 31/7/2026", "31/7/2026")], [cells(p, "Đối thoại với hộ kinh doanh")]),
        Q(d, "lookup", "Ai ký kế hoạch CCHC năm 2026 của phường Hạc Thành?",
          ["Lê Đình Khải", ["CHỦ TỊCH", "Chủ tịch"]], [sent(p, "TT HĐND phường; - Lưu", "Lê Đình Khải")]),
        Q(d, "list", "Trung tâm Phục vụ hành chính công phường Hạc Thành có những nhiệm vụ gì trong phần tổ chức thực hiện?",
          [["Niêm yết"], ["tình hình tiếp nhận hồ sơ", "báo cáo Chủ tịch"]],
          [sent(p, "3. Trung tâm Phục vụ hành chính công phường:", "trước ngày 25.")]),
        N(d, "Phó Chủ tịch UBND phường Hạc Thành nào ký kế hoạch CCHC 2026?", ("Phó Chủ tịch",)),
        N(d, "Bộ phận nào phối hợp tự kiểm tra công tác cải cách hành chính của các bộ phận ở phường Hạc Thành?",
          ("phối hợp tự kiểm tra",)),
        N(d, "Ai chủ trì đối thoại với hộ kinh doanh chợ đêm về thủ tục hành chính ở phường Hạc Thành?", ("chợ đêm",)),
    ]
