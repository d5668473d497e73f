"""Questions about UBND đặc khu Vân Đồn (TXT wrapped at 70, page footers) and TT PVHCC Sơn La (photographed JPEG)."""

from __future__ import annotations

from typing import Any

from eval.varied8.content_c import TTHCC_SON_LA, VAN_DON
from eval.varied8.qa_util import N, Q, cells, day, in_quarter, rng, sent, sub


def van_don() -> list[dict[str, Any]]:
    """UBND đặc khu Vân Đồn, Quảng Ninh, 05/KH-UBND (dev, TXT pasted from an e-mail)."""
    p, d = VAN_DON, VAN_DON.file
    return [
        Q(d, "multi", "Ở đặc khu Vân Đồn, ai chủ trì và ai phối hợp rút ngắn thời gian cấp giấy phép kinh doanh lưu trú du lịch tại đảo Quan Lạn?",
          ["Phòng Kinh tế", "Trung tâm Phục vụ hành chính công đặc khu"], [sent(p, "1. Phòng Kinh tế chủ trì", "tháng 6/2026.")]),
        Q(d, "when", "Việc tiếp nhận hồ sơ lưu động tại các đảo Minh Châu, Bản Sen của Vân Đồn thực hiện đến khi nào?",
          [rng("Quý II - Quý III/2026", "Quý III/2026", "quý 3/2026", "30/9/2026")], [sent(p, "2. Văn phòng HĐND và UBND đặc khu chủ trì", "Quý III/2026.")]),
        Q(d, "who", "Ai cùng chủ trì công khai giá dịch vụ tàu khách ra đảo tại bến Cái Rồng?",
          ["Phòng Kinh tế", "Phòng Văn hóa - Xã hội"], [sent(p, "5. Phòng Kinh tế và Phòng Văn hóa", "các năm tiếp theo.")]),
        Q(d, "when", "Han chot so hoa ho so ho tich cua cac xa dao cu o Van Don?",
          [rng("chậm nhất ngày 15/10/2026", "15/10/2026")], [sent(p, "3. Phòng Văn hóa - Xã hội chủ trì", "15/10/2026.")], strip=True),
        Q(d, "who", "Bên nào phối hợp với Trung tâm Phục vụ hành chính công đặc khu Vân Đồn thu thập ý kiến người dân?",
          ["Công an đặc khu"], [sent(p, "4. Trung tâm Phục vụ hành chính công đặc khu chủ trì", "hằng quý.")]),
        Q(d, "multi", "Phòng Kinh tế Vân Đồn phải ban hành quy trình nội bộ cấp giấy phép lưu trú du lịch trong khoảng thời gian nào, và báo cáo ai hằng tháng, trước ngày mấy?",
          [rng("từ ngày 01/4 đến ngày 30/4/2026", "30/4/2026"), "Chủ tịch UBND đặc khu", ["ngày 22", "22"]],
          [sent(p, "2. Phòng Kinh tế:", "trước ngày 22.")]),
        Q(d, "multi", "Văn phòng HĐND và UBND đặc khu Vân Đồn gửi báo cáo 6 tháng và báo cáo năm cho ai, hạn ngày nào?",
          [["UBND tỉnh", "Sở Nội vụ"], day("18/6/2026"), day("18/11/2026")], [sent(p, "1. Văn phòng HĐND và UBND đặc khu:", "18/11/2026.")]),
        Q(d, "when", "Trung tâm PVHCC đặc khu báo cáo kết quả lấy ý kiến người dân hằng quý trước ngày nào?",
          [in_quarter("12")], [sent(p, "3. Trung tâm Phục vụ hành chính công đặc khu:", "tháng cuối quý.")]),
        Q(d, "target", "Ke hoach 05/KH-UBND dat muc hai long cua nguoi dan toi thieu bao nhieu?",
          ["92%"], [sent(p, "Tối thiểu 92% người dân", "thủ tục hành chính.")], strip=True),
        Q(d, "lookup", "How much is Van Don special zone's 2026 reform budget, and how much of it goes to mobile reception on the islands?",
          [["210 triệu", "210 million"], ["90 triệu", "90 million"]], [sent(p, "Tổng kinh phí thực hiện Kế hoạch là 210", "các đảo.")], en=True),
        Q(d, "list", "Văn phòng HĐND và UBND đặc khu Vân Đồn được giao những việc gì trong phần tổ chức thực hiện?",
          [["Theo dõi, đôn đốc"], ["6 tháng"], ["Báo cáo năm"]], [sent(p, "1. Văn phòng HĐND và UBND đặc khu:", "18/11/2026.")]),
        Q(d, "lookup", "Ai ký kế hoạch CCHC 2026 của đặc khu Vân Đồn, chức danh gì?",
          ["Phạm Thị Duyên", ["PHÓ CHỦ TỊCH", "Phó Chủ tịch"]], [sent(p, "CT, các PCT UBND đặc khu; - Lưu", "Phạm Thị Duyên")]),
        N(d, "Ai chủ trì tiếp nhận hồ sơ lưu động tại đảo Cô Tô của đặc khu Vân Đồn?", ("Cô Tô",)),
        N(d, "Bên nào phối hợp với Phòng Văn hóa - Xã hội Vân Đồn số hóa hồ sơ hộ tịch của các xã đảo cũ?", ("phối hợp số hóa",)),
        N(d, "Kế hoạch CCHC của đặc khu Vân Đồn năm 2027 đặt chỉ tiêu trực tuyến bao nhiêu?", ("năm 2027",)),
    ]


def tthcc_son_la() -> list[dict[str, Any]]:
    """Trung tâm Phục vụ hành chính công tỉnh Sơn La, 07/KH-TTPVHCC (dev, photographed JPEG)."""
    p, d = TTHCC_SON_LA, TTHCC_SON_LA.file
    return [
        Q(d, "who", "Ai chủ trì việc lắp đặt ki-ốt tra cứu hồ sơ tại sảnh Trung tâm Phục vụ hành chính công tỉnh Sơn La?",
          ["Phòng Tiếp nhận và trả kết quả"], sub(p, "Nâng cao chất lượng", "Lắp đặt ki-ốt")),
        Q(d, "multi", "Tiep nhan ho so bang tieng Thai cho nguoi dan o Trung tam PVHCC Son La: ai chu tri, han khi nao?",
          ["Phòng Tiếp nhận và trả kết quả", rng("Quý II - Quý III/2026", "Quý III/2026", "quý 3/2026", "30/9/2026")],
          sub(p, "Nâng cao chất lượng", "Tiếp nhận hồ sơ bằng tiếng Thái"), strip=True),
        Q(d, "when", "Kết nối camera giám sát quầy tiếp nhận ở Trung tâm PVHCC Sơn La hạn chót khi nào?",
          [rng("Chậm nhất ngày 30/6/2026", "30/6/2026")], [cells(p, "Kết nối camera")]),
        Q(d, "target", "Trung tâm Phục vụ hành chính công Sơn La đặt chỉ tiêu số hóa hồ sơ ngay khi tiếp nhận bao nhiêu phần trăm?",
          ["75%"], [sent(p, "Tối thiểu 75% hồ sơ", "khi tiếp nhận.")]),
        Q(d, "lookup", "What is the 2026 budget of the Son La public administrative service centre's reform plan?",
          [["65 triệu", "65 million"]], [sent(p, "Kinh phí thực hiện là 65", "của Trung tâm.")], en=True),
        Q(d, "multi", "Phòng Hành chính - Tổng hợp của Trung tâm PVHCC Sơn La báo cáo ai, hạn nào?",
          ["Văn phòng UBND tỉnh", in_quarter("14")], [sent(p, "1. Phòng Hành chính - Tổng hợp báo cáo", "tháng cuối quý.")]),
        Q(d, "list", "Việc nâng cao chất lượng tiếp nhận hồ sơ của Trung tâm PVHCC Sơn La gồm những việc con nào?",
          [["ki-ốt"], ["tiếng Thái"]], sub(p, "Nâng cao chất lượng", "Lắp đặt ki-ốt", "Tiếp nhận hồ sơ bằng tiếng Thái")),
        Q(d, "lookup", "Ai ký kế hoạch 07/KH-TTPVHCC?", ["Cầm Văn Pọm", ["GIÁM ĐỐC", "Giám đốc"]],
          [sent(p, "Văn phòng UBND tỉnh (b/c); - Lưu", "Cầm Văn Pọm")]),
        N(d, "Ai chủ trì tiếp nhận hồ sơ bằng tiếng Mông ở Trung tâm PVHCC Sơn La?", ("tiếng Mông",)),
        N(d, "Bộ phận nào phối hợp kết nối camera giám sát quầy tiếp nhận ở Trung tâm PVHCC Sơn La?", ("phối hợp kết nối",)),
    ]
