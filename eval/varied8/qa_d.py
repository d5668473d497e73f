"""Questions about UBND tỉnh Đồng Nai (borderless PDF, sub-tasks, budgets) and BHXH tỉnh An Giang (merged DOCX)."""

from __future__ import annotations

from typing import Any

from eval.varied8.content_d import BHXH_AN_GIANG, DONG_NAI
from eval.varied8.qa_util import N, Q, cells, day, rng, sent, sub


def dong_nai() -> list[dict[str, Any]]:
    """UBND tỉnh Đồng Nai, 52/KH-UBND (test, borderless PDF table)."""
    p, d = DONG_NAI, DONG_NAI.file
    return [
        Q(d, "who", "Trong Kế hoạch 52/KH-UBND, ai chủ trì rà soát quy định về quản lý cụm công nghiệp?",
          ["Sở Tư pháp"], sub(p, "Thống nhất văn bản", "Rà soát quy định về quản lý cụm")),
        Q(d, "multi", "Rà soát quy định hỗ trợ trồng cây điều ở Đồng Nai: ai chủ trì, ai phối hợp, thời hạn?",
          ["Sở Tư pháp", "Sở Nông nghiệp và Môi trường", rng("Quý II - Quý III/2026", "Quý III/2026", "quý 3/2026", "30/9/2026")],
          sub(p, "Thống nhất văn bản", "Rà soát quy định về hỗ trợ")),
        Q(d, "who", "Đơn vị nào chủ trì giải quyết thủ tục đầu tư cho dự án vùng phụ cận sân bay Long Thành?",
          ["Sở Tài chính", "Ban Quản lý các khu công nghiệp"], [cells(p, "Giải quyết thủ tục đầu tư")]),
        Q(d, "lookup", "Kinh phi xay dung kho du lieu dung chung cua tinh Dong Nai la bao nhieu, ghi chu gi?",
          [["1.850"], ["Vốn sự nghiệp"]], [cells(p, "Xây dựng kho dữ liệu")], strip=True),
        Q(d, "list", "Các việc con của mục 1 (thống nhất văn bản QPPL của Đồng Nai và Bình Phước cũ) là những việc nào?",
          [["cụm công nghiệp"], ["cây điều"], ["bãi bỏ nghị quyết"]],
          sub(p, "Thống nhất văn bản", "Rà soát quy định về quản lý cụm", "Rà soát quy định về hỗ trợ", "Trình HĐND tỉnh")),
        Q(d, "list", "Đánh giá công chức bằng phần mềm ở Đồng Nai chia thành những bước nào, kinh phí mỗi bước bao nhiêu?",
          [["Thí điểm tại 5 sở"], ["120"], ["Triển khai tại các xã, phường"], ["300"]],
          sub(p, "Đánh giá công chức", "Thí điểm tại 5 sở", "Triển khai tại các xã")),
        Q(d, "when", "Han trinh HDND tinh bai bo nghi quyet khong con phu hop o Dong Nai?",
          [rng("Chậm nhất ngày 20/11/2026", "20/11/2026")], [cells(p, "Trình HĐND tỉnh")], strip=True),
        Q(d, "list", "Những nhiệm vụ nào trong phụ lục của Đồng Nai có Sở Tài chính chủ trì hoặc cùng chủ trì?",
          [["Long Thành"], ["phí, lệ phí trực tuyến", "Thanh toán phí"]],
          [cells(p, "Giải quyết thủ tục đầu tư"), cells(p, "Thanh toán phí, lệ phí")]),
        Q(d, "when", "Bến thủy nội địa trên sông Đồng Nai: quy định phân cấp quản lý phải ban hành trong thời gian nào?",
          [rng("Từ 01/6 đến 30/9/2026", "30/9/2026")], [cells(p, "Ban hành quy định phân cấp")]),
        Q(d, "target", "Tinh Dong Nai dat chi tieu bao nhieu % doanh nghiep hai long voi thu tuc dau tu tai KCN?",
          ["93%"], [sent(p, "Tối thiểu 93% doanh nghiệp", "khu công nghiệp.")], strip=True),
        Q(d, "multi", "Sở Nội vụ Đồng Nai báo cáo những ai, hạn báo cáo 6 tháng và năm?",
          ["UBND tỉnh", "Bộ Nội vụ", day("22/6/2026"), day("22/11/2026")], [sent(p, "1. Sở Nội vụ:", "22/11/2026.")]),
        Q(d, "lookup", "Who signed Dong Nai province's 2026 administrative reform plan, and in what role?",
          ["Võ Tấn Đức", ["CHỦ TỊCH", "Chủ tịch", "Chairman"]], [sent(p, "UBND các xã, phường; - Lưu", "Võ Tấn Đức")], en=True),
        Q(d, "lookup", "Tổng kinh phí kế hoạch CCHC 2026 của Đồng Nai là bao nhiêu?",
          [["3.720 triệu", "3,72 tỷ"]], [sent(p, "Tổng kinh phí thực hiện Kế hoạch là 3.720", "của Phụ lục.")]),
        N(d, "Ai phối hợp trình HĐND tỉnh Đồng Nai bãi bỏ nghị quyết không còn phù hợp?", ("phối hợp trình",)),
        N(d, "Ai chủ trì rà soát quy định hỗ trợ trồng cây cao su ở Đồng Nai?", ("cao su",)),
        N(d, "Phó Chủ tịch UBND tỉnh Đồng Nai nào ký kế hoạch 52/KH-UBND?", ("Phó Chủ tịch",)),
    ]


def bhxh_an_giang() -> list[dict[str, Any]]:
    """Bảo hiểm xã hội tỉnh An Giang, 18/KH-BHXH (test, DOCX with merged lead cells and a budget column)."""
    p, d = BHXH_AN_GIANG, BHXH_AN_GIANG.file
    return [
        Q(d, "who", "Ở BHXH tỉnh An Giang, phòng nào chủ trì tiếp nhận hồ sơ hưởng BHXH một lần qua ứng dụng VssID?",
          ["Phòng Chế độ bảo hiểm xã hội"], sub(p, "Giải quyết chế độ", "Tiếp nhận hồ sơ hưởng")),
        Q(d, "multi", "Chi trả trợ cấp BHXH một lần qua tài khoản ngân hàng: ai lo việc, ai giúp, hạn và kinh phí?",
          ["Phòng Chế độ bảo hiểm xã hội", "Phòng Kế hoạch - Tài chính", rng("Từ 01/7 đến 31/12/2026", "31/12/2026"), ["20"]],
          sub(p, "Giải quyết chế độ", "Chi trả trợ cấp")),
        Q(d, "when", "Kết nối dữ liệu giám định với trạm y tế xã, phường, đặc khu của BHXH An Giang phải xong khi nào?",
          [rng("Quý III - Quý IV/2026", "Quý IV/2026", "quý 4/2026", "31/12/2026")], [cells(p, "Kết nối với trạm y tế")]),
        Q(d, "who", "Bhxh An Giang: ai chu tri ket noi du lieu giam dinh voi benh vien tuyen tinh?",
          ["Phòng Giám định bảo hiểm y tế"], sub(p, "Liên thông dữ liệu giám định", "Kết nối với bệnh viện"), strip=True),
        Q(d, "lookup", "Kinh phí cấp lại thẻ BHYT bị mất qua Cổng Dịch vụ công quốc gia là bao nhiêu, hạn chót khi nào?",
          [["15"], rng("Chậm nhất ngày 31/3/2026", "31/3/2026")], [cells(p, "Cấp lại thẻ")]),
        Q(d, "list", "Phòng Thu - Sổ, thẻ của BHXH An Giang chủ trì bao nhiêu nhiệm vụ, là những việc nào?",
          [["2", "hai"], ["thẻ bảo hiểm y tế bị mất", "Cấp lại thẻ"], ["Cơ sở dữ liệu quốc gia về dân cư", "Đối chiếu dữ liệu"]],
          [cells(p, "Cấp lại thẻ"), cells(p, "Đối chiếu dữ liệu")]),
        Q(d, "list", "Nhóm chuyển đổi số trong phụ lục của BHXH An Giang gồm những nhiệm vụ nào?",
          [["giám định bảo hiểm y tế"], ["Cơ sở dữ liệu quốc gia về dân cư"], ["lương hưu"]],
          [sent(p, "II. CHUYỂN ĐỔI SỐ", "Phòng Giám định bảo hiểm y tế"), cells(p, "Đối chiếu dữ liệu"), cells(p, "Lưu trữ hồ sơ")]),
        Q(d, "target", "What share of pensioners should receive their pension through a bank account under An Giang social insurance's 2026 plan?",
          ["60%"], [sent(p, "Tối thiểu 60% người hưởng", "qua tài khoản.")], en=True),
        Q(d, "multi", "Văn phòng BHXH tỉnh An Giang báo cáo 6 tháng, báo cáo năm cho ai và hạn khi nào?",
          ["Bảo hiểm xã hội Việt Nam", day("16/6/2026"), day("16/11/2026")], [sent(p, "1. Văn phòng:", "16/11/2026.")]),
        Q(d, "when", "Phong Thu - So, the bao cao Giam doc so don vi no dong vao luc nao?",
          [["Hằng tháng", "hàng tháng"], ["ngày 08", "08"]], [sent(p, "2. Phòng Thu - Sổ, thẻ:", "trước ngày 08.")], strip=True),
        Q(d, "lookup", "Ai ký kế hoạch 18/KH-BHXH, chức vụ gì?",
          ["Thạch Thị Sa Rết", ["PHÓ GIÁM ĐỐC", "Phó Giám đốc"]], [sent(p, "Các phòng; - Lưu: VT.", "Thạch Thị Sa Rết")]),
        N(d, "Phòng nào chủ trì kết nối dữ liệu giám định BHYT với phòng khám tư nhân ở An Giang?", ("phòng khám tư nhân",)),
        N(d, "Giám đốc BHXH tỉnh An Giang ký kế hoạch CCHC 2026 ngày nào?", ("Giám đốc BHXH",)),
        N(d, "Kế hoạch CCHC năm 2025 của BHXH An Giang có bao nhiêu nhiệm vụ?", ("năm 2025",)),
    ]
