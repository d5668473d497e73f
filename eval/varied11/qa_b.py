"""Questions about Cục Việc làm, Bộ Nội vụ (decision PDF) and UBND xã Mù Cang Chải, Lào Cai (scan)."""

from __future__ import annotations

from typing import Any

from eval.varied8.qa_util import N, Q, cells, day, in_quarter, month, quarter, sent
from eval.varied10.qa_a import issued
from eval.varied11.content_b import CUC_VIEC_LAM, MU_CANG_CHAI

TTQG = "Trung tâm Quốc gia về Dịch vụ việc làm"


def cuc_viec_lam() -> list[dict[str, Any]]:
    """Cục Việc làm (Bộ Nội vụ), QĐ 150/QĐ-CVL (dev, decision PDF)."""
    p, d = CUC_VIEC_LAM, CUC_VIEC_LAM.file
    return [
        Q(d, "lookup", "QĐ 150 của Cục Việc làm có hiệu lực từ khi nào?",
          [day("01/02/2026")], [sent(p, "Điều 2. Quyết định này", "01/02/2026.")]),
        Q(d, "list", "QĐ 150/QĐ-CVL ban hành theo đề nghị của ai?",
          ["Chánh Văn phòng Cục", "Trưởng phòng Pháp chế - Thanh tra"],
          [sent(p, "Căn cứ Kế hoạch cải cách hành chính năm 2026 của Bộ Nội vụ;", "Thanh tra.")]),
        Q(d, "list", "Điều 3 QĐ 150 giao ai thi hành?",
          ["Chánh Văn phòng Cục", "Trưởng phòng Chính sách việc làm", "Trưởng phòng Bảo hiểm thất nghiệp",
           f"Giám đốc {TTQG}", "Thủ trưởng các đơn vị có liên quan"],
          [sent(p, "Điều 3. Chánh Văn phòng Cục", "thi hành Quyết định này.")]),
        Q(d, "multi", "Cục Việc làm - DVC toàn trình cấp GP cho thuê lại lao động: ai chủ trì, ai phối hợp, hạn?",
          ["Văn phòng Cục", "Trung tâm Công nghệ thông tin, Bộ Nội vụ", month(5)],
          [cells(p, "Cung cấp dịch vụ công trực tuyến toàn trình")]),
        Q(d, "who", "đơn giản hóa hồ sơ hưởng trợ cấp thất nghiệp giao cho phòng nào (Cục VL)?",
          ["Phòng Bảo hiểm thất nghiệp"], [cells(p, "Đơn giản hóa hồ sơ")]),
        Q(d, "target", "Cục Việc làm đặt mục tiêu giảm bao nhiêu % thời gian giải quyết hồ sơ cấp GP cho thuê lại lao động?",
          ["20%"], [sent(p, "Thời gian giải quyết hồ sơ cấp giấy phép", "so với quy định.")]),
        Q(d, "multi", "VP Cục Việc làm báo cáo Bộ Nội vụ qua đơn vị nào, hạn BC quý, 6 tháng, năm?",
          ["Vụ Tổ chức cán bộ", in_quarter("12"), day("12/6/2026"), day("12/11/2026")],
          [sent(p, "Tổng hợp, báo cáo Bộ Nội vụ", "12/11/2026.")]),
        Q(d, "lookup", "kinh phí KH CCHC 2026 của Cục Việc làm lấy từ đâu, có khoản riêng không?",
          ["dự toán chi thường xuyên", "không phát sinh kinh phí riêng"],
          [sent(p, "Bố trí kinh phí thực hiện Kế hoạch trong dự toán", "kinh phí riêng.")]),
        Q(d, "list", "TT Quốc gia về DV việc làm chủ trì những nhiệm vụ nào trong phụ lục QĐ 150?",
          [["Bồi dưỡng nghiệp vụ tư vấn"], ["cơ sở dữ liệu về người lao động"], ["sàn giao dịch việc làm trực tuyến"]],
          [cells(p, "Bồi dưỡng nghiệp vụ tư vấn"), cells(p, "Xây dựng cơ sở dữ liệu về người lao động"),
           cells(p, "Vận hành sàn giao dịch")]),
        Q(d, "multi", "QĐ ban hành KH CCHC 2026 của Cục Việc làm: số mấy, ngày nào, ai ký?",
          ["150/QĐ-CVL", issued("12/01/2026"), "Đặng Thị Minh Nguyệt"],
          [sent(p, "Số: 150/QĐ-CVL", "năm 2026"), sent(p, "Vụ Tổ chức cán bộ, Bộ Nội vụ; - Lưu: VT, VP.", "Minh Nguyệt")]),
        N(d, "QĐ 150 Cục Việc làm giao ai xây dựng cơ sở dữ liệu về người sử dụng lao động?", ("người sử dụng lao động",)),
        N(d, "Phòng Kế hoạch - Tài chính Cục Việc làm bố trí bao nhiêu triệu đồng cho KH CCHC 2026?", ("triệu đồng",)),
    ]


def mu_cang_chai() -> list[dict[str, Any]]:
    """UBND xã Mù Cang Chải, Lào Cai, 05/KH-UBND (dev, 300-dpi scan with a stamp)."""
    p, d = MU_CANG_CHAI, MU_CANG_CHAI.file
    return [
        Q(d, "multi", "xã Mù Cang Chải: cấp GCN QSDĐ lần đầu cho hộ gia đình vùng cao giao ai, ai phối hợp, hạn?",
          ["Phòng Kinh tế", "Chi nhánh Văn phòng Đăng ký đất đai", month(9)], [cells(p, "Cấp giấy chứng nhận quyền")]),
        Q(d, "list", "những việc nào Phòng Kinh tế xã Mù Cang Chải chủ trì?",
          [["Cấp giấy chứng nhận quyền sử dụng đất"], ["hợp tác xã du lịch cộng đồng"], ["điểm truy cập Internet"]],
          [cells(p, "Cấp giấy chứng nhận quyền"), cells(p, "Hỗ trợ hợp tác xã"), cells(p, "Lắp đặt điểm truy cập")]),
        Q(d, "when", "niêm yết TTHC tiếng Việt và tiếng Mông ở TT PVHCC xã MCC hạn khi nào?",
          [quarter("I")], [cells(p, "Niêm yết thủ tục hành chính bằng tiếng Việt")]),
        Q(d, "who", "Mù Cang Chải - hướng dẫn dân nộp hồ sơ trực tuyến ở nhà văn hóa thôn: ai làm, ai giúp?",
          ["Trung tâm Phục vụ hành chính công xã", "Đoàn Thanh niên xã", "Tổ công nghệ số cộng đồng"],
          [cells(p, "Hướng dẫn người dân nộp hồ sơ")]),
        Q(d, "when", "VP HĐND-UBND xã MCC gửi BC quý, BC năm cho tỉnh hạn nào?",
          [in_quarter("13"), day("13/11/2026")], [sent(p, "Văn phòng HĐND và UBND xã là đầu mối", "13/11/2026.")]),
        Q(d, "lookup", "TT PVHCC xã Mù Cang Chải báo cáo chủ tịch tình hình tiếp nhận hồ sơ vào lúc nào?",
          ["thứ Sáu hằng tuần"], [sent(p, "Trung tâm Phục vụ hành chính công xã báo cáo", "hằng tuần.")]),
        Q(d, "target", "chỉ tiêu hồ sơ TTHC nộp trực tuyến của xã Mù Cang Chải 2026?",
          ["65%"], [sent(p, "Tối thiểu 65% hồ sơ", "nộp trực tuyến.")]),
        Q(d, "target", "xã Mù Cang Chải đặt mục tiêu người dân hài lòng bao nhiêu phần trăm?",
          ["90%"], [sent(p, "Tối thiểu 90% người dân hài lòng", "thủ tục hành chính.")], strip=True),
        Q(d, "lookup", "kinh phí KH CCHC xã MCC bao nhiêu, ai hướng dẫn thanh quyết toán?",
          ["75 triệu đồng", "Phòng Kinh tế"], [sent(p, "Kinh phí thực hiện Kế hoạch là 75 triệu đồng", "quyết toán.")]),
        Q(d, "lookup", "Ai ký KH 05/KH-UBND của xã Mù Cang Chải?",
          ["Giàng A Dế", ["CHỦ TỊCH", "Chủ tịch"]], [sent(p, "TT Đảng ủy, TT HĐND xã; - Các thôn;", "Giàng A Dế")]),
        Q(d, "multi", "Who leads the cashless payment of social allowances in Mu Cang Chai commune, and by when?",
          ["Phòng Văn hóa - Xã hội", month(6)], [cells(p, "Chi trả trợ cấp xã hội")], en=True),
        N(d, "Xã Mù Cang Chải: ai phối hợp với VP HĐND-UBND xã sắp xếp, bố trí công chức sau hợp nhất?"),
        N(d, "Mù Cang Chải giao ai niêm yết thủ tục hành chính bằng tiếng Thái?", ("tiếng Thái",)),
    ]
