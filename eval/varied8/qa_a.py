"""Questions about UBND tỉnh Cao Bằng (borderless PDF, sub-tasks, budgets) and BV Đa khoa Lai Châu (merged DOCX)."""

from __future__ import annotations

from typing import Any

from eval.varied8.content_a import BV_LAI_CHAU, CAO_BANG
from eval.varied8.qa_util import N, Q, cells, day, rng, sent, sub


def cao_bang() -> list[dict[str, Any]]:
    """UBND tỉnh Cao Bằng, 41/KH-UBND (dev, borderless PDF table)."""
    p, d = CAO_BANG, CAO_BANG.file
    return [
        Q(d, "who", "Trong Kế hoạch 41/KH-UBND, ai chủ trì việc rà soát nghị quyết của HĐND tỉnh về phí, lệ phí?",
          ["Sở Tư pháp"], sub(p, "Rà soát văn bản quy phạm", "Rà soát nghị quyết")),
        Q(d, "multi", "Ở Cao Bằng, việc rà soát quyết định về phân cấp quản lý chợ biên giới: ai chủ trì, ai phối hợp, hạn khi nào?",
          ["Sở Tư pháp", "Sở Công Thương", rng("Từ 01/4 đến 30/6/2026", "30/6/2026")],
          sub(p, "Rà soát văn bản quy phạm", "Rà soát quyết định")),
        Q(d, "who", "Cơ quan nào chủ trì xây dựng quy định quản lý du lịch tại khu du lịch thác Bản Giốc?",
          [["Sở Văn hóa, Thể thao và Du lịch", "Sở VHTTDL"], "Sở Tư pháp"], [cells(p, "Xây dựng quy định về quản lý")]),
        Q(d, "lookup", "Kinh phí cho việc tiếp nhận hồ sơ xuất nhập cảnh tại cửa khẩu Trà Lĩnh theo một đầu mối là bao nhiêu triệu đồng?",
          [["300"]], [cells(p, "Tiếp nhận hồ sơ thủ tục xuất nhập cảnh")]),
        Q(d, "list", "Kể tên các việc con của mục 1 trong phụ lục kế hoạch CCHC 2026 của tỉnh Cao Bằng",
          [["phí, lệ phí"], ["chợ biên giới"], ["văn bản hết hiệu lực"]],
          sub(p, "Rà soát văn bản quy phạm", "Rà soát nghị quyết", "Rà soát quyết định", "Công bố danh mục")),
        Q(d, "list", "Những nhiệm vụ nào trong phụ lục của Cao Bằng có Sở Tư pháp chủ trì?",
          [["văn bản quy phạm pháp luật"], ["thác Bản Giốc"], ["hộ tịch"]],
          [cells(p, "Rà soát văn bản quy phạm"), cells(p, "Xây dựng quy định về quản lý"), cells(p, "Số hóa hồ sơ hộ tịch")]),
        Q(d, "when", "Han chot cong bo danh muc van ban het hieu luc o Cao Bang la ngay nao?",
          [rng("Chậm nhất ngày 15/10/2026", "15/10/2026")], [cells(p, "Công bố danh mục")], strip=True),
        Q(d, "target", "Cao Bằng đặt chỉ tiêu bao nhiêu phần trăm hồ sơ TTHC giải quyết trực tuyến toàn trình năm 2026?",
          ["78%"], [sent(p, "Tối thiểu 78% hồ sơ", "toàn trình.")]),
        Q(d, "multi", "Sở Nội vụ Cao Bằng phải báo cáo ai, hạn báo cáo 6 tháng và báo cáo năm là ngày nào?",
          ["UBND tỉnh", day("20/6/2026"), day("20/11/2026")], [sent(p, "1. Sở Nội vụ:", "20/11/2026;")]),
        Q(d, "lookup", "What is the total budget of Cao Bang province's 2026 administrative reform plan?",
          [["2.460 triệu", "2,46 tỷ", "2,460 million", "2.46 billion"]], [sent(p, "Tổng kinh phí thực hiện Kế hoạch là 2.460", "tại Phụ lục.")],
          en=True),
        Q(d, "multi", "so hoa ho so ho tich o cac xa bien gioi Cao Bang: kinh phi bao nhieu, ghi chu gi, thoi han the nao?",
          [["950"], ["Kinh phí năm 2026"], ["Năm 2026 và các năm tiếp theo"]], [cells(p, "Số hóa hồ sơ hộ tịch")], strip=True),
        Q(d, "list", "Những việc nào trong phụ lục của tỉnh Cao Bằng phải xong trong quý III/2026?",
          [["thác Bản Giốc"], ["Trà Lĩnh"], ["trường cao đẳng"], ["ký số"]],
          [cells(p, "Xây dựng quy định về quản lý"), cells(p, "Tiếp nhận hồ sơ thủ tục xuất nhập cảnh"),
           cells(p, "Phê duyệt phương án tự chủ của các trường"), cells(p, "Triển khai ký số")]),
        Q(d, "who", "Ai chủ trì phê duyệt phương án tự chủ của các bệnh viện tuyến tỉnh Cao Bằng, ai phối hợp?",
          ["Sở Tài chính", "Sở Nội vụ", "Sở Y tế"], sub(p, "Giao quyền tự chủ", "Phê duyệt phương án tự chủ của các bệnh viện")),
        Q(d, "lookup", "Ai ký kế hoạch cải cách hàng chính 2026 của tỉnh Cao Bằng, chức vụ gì?",
          ["Nông Thị Hạnh", ["PHÓ CHỦ TỊCH", "Phó Chủ tịch"]], [sent(p, "UBND các xã, phường; - Lưu", "Nông Thị Hạnh")]),
        N(d, "Cơ quan nào phối hợp công bố danh mục văn bản hết hiệu lực trong kế hoạch 41/KH-UBND?", ("phối hợp công bố",)),
        N(d, "Ai chủ trì tiếp nhận hồ sơ xuất nhập cảnh tại cửa khẩu Tà Lùng theo một đầu mối?", ("Tà Lùng",)),
        N(d, "Chu tich UBND tinh Cao Bang ky ke hoach CCHC 2026 ngay nao?", ("Chủ tịch UBND tỉnh",), strip=True),
        N(d, "Kế hoạch CCHC năm 2025 của tỉnh Cao Bằng giao Sở Tư pháp những việc gì?", ("năm 2025",)),
    ]


def bv_lai_chau() -> list[dict[str, Any]]:
    """Bệnh viện Đa khoa tỉnh Lai Châu, 15/KH-BVĐK (dev, DOCX with a merged lead cell)."""
    p, d = BV_LAI_CHAU, BV_LAI_CHAU.file
    return [
        Q(d, "who", "Ai chủ trì việc bố trí ki-ốt lấy số thứ tự tự động ở Bệnh viện Đa khoa tỉnh Lai Châu?",
          ["Phòng Kế hoạch tổng hợp"], sub(p, "Cải tiến quy trình", "Bố trí ki-ốt")),
        Q(d, "who", "Benh vien da khoa Lai Chau: khoa nao phoi hop tra ket qua xet nghiem qua tin nhan?",
          ["Khoa Xét nghiệm"], [cells(p, "Trả kết quả xét nghiệm")], strip=True),
        Q(d, "when", "Việc hẹn khám qua tổng đài và ứng dụng điện thoại của bệnh viện đa khoa Lai Châu phải xong khi nào?",
          [rng("Quý II - Quý III/2026", "Quý III/2026", "quý 3/2026", "30/9/2026")], [cells(p, "Hẹn khám qua tổng đài")]),
        Q(d, "lookup", "Sản phẩm của việc bố trí ki-ốt lấy số thứ tự ở bệnh viện là gì?",
          ["05 ki-ốt đưa vào sử dụng"], [cells(p, "Bố trí ki-ốt")]),
        Q(d, "multi", "Thanh toán viện phí bằng mã QR tại quầy thu: phòng nào chủ trì, ai phối hợp, hạn chót ngày nào?",
          ["Phòng Tài chính kế toán", "Phòng Công nghệ thông tin", rng("Chậm nhất ngày 30/4/2026", "30/4/2026")],
          [cells(p, "Thanh toán viện phí")]),
        Q(d, "list", "Việc cải tiến quy trình khám bệnh ngoại trú trong kế hoạch 15/KH-BVĐK gồm những việc con nào?",
          [["ki-ốt"], ["hẹn khám"], ["kết quả xét nghiệm"]], sub(p, "Cải tiến quy trình", "Bố trí ki-ốt", "Hẹn khám", "Trả kết quả")),
        Q(d, "list", "Phong Ke hoach tong hop cua benh vien chu tri bao nhieu nhiem vu cap muc (khong ke viec con), la nhung viec nao?",
          [["2", "hai"], ["quy trình khám bệnh ngoại trú"], ["bảo hiểm y tế"]],
          [cells(p, "Cải tiến quy trình"), cells(p, "Bố trí ki-ốt"), cells(p, "Giám định, thanh toán")], strip=True),
        Q(d, "target", "Chỉ tiêu thời gian chờ khám bệnh trung bình năm 2026 của BV Đa khoa tỉnh Lai Châu là bao nhiêu?",
          ["45 phút"], [sent(p, "Thời gian chờ khám bệnh", "45 phút.")]),
        Q(d, "multi", "Phòng Tổ chức cán bộ của bệnh viện gửi báo cáo 6 tháng và báo cáo năm cho ai, trước ngày nào?",
          ["Sở Y tế", day("15/6/2026"), day("15/11/2026")], [sent(p, "1. Phòng Tổ chức cán bộ:", "15/11/2026.")]),
        Q(d, "multi", "Xử lý hồ sơ bị từ chối thanh toán bảo hiểm y tế: ai chủ trì, thời hạn thế nào?",
          ["Phòng Kế hoạch tổng hợp", ["Năm 2026 và các năm tiếp theo"]], sub(p, "Giám định, thanh toán", "Xử lý hồ sơ bị từ chối")),
        Q(d, "lookup", "Who signed the 2026 reform plan of Lai Chau provincial general hospital, and as what?",
          ["Lò Văn Thắm", ["GIÁM ĐỐC", "Giám đốc", "Director"]], [sent(p, "Các khoa, phòng; - Lưu", "Lò Văn Thắm")], en=True),
        Q(d, "lookup", "Kinh phí thực hiện kế hoạch CCHC của bệnh viện đa khoa Lai Châu là bao nhiêu và lấy từ nguồn nào?",
          [["380 triệu"], ["nguồn thu sự nghiệp"]], [sent(p, "Kinh phí thực hiện từ nguồn thu", "380 triệu đồng.")]),
        N(d, "Phòng nào phối hợp đào tạo quy tắc ứng xử cho nhân viên thu ngân của bệnh viện đa khoa Lai Châu?", ("thu ngân",)),
        N(d, "Phó Giám đốc nào ký kế hoạch 15/KH-BVĐK?", ("Phó Giám đốc",)),
        N(d, "Việc trả kết quả xét nghiệm qua tin nhắn được cấp kinh phí bao nhiêu triệu đồng?", ("Kinh phí (triệu đồng)",)),
    ]
