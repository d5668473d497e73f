"""Questions about Bảo hiểm xã hội tỉnh Thái Nguyên (decision DOCX) and BV Y dược cổ truyền tỉnh Quảng Trị (scan)."""

from __future__ import annotations

from typing import Any

from eval.varied8.qa_util import N, Q, cells, day, in_quarter, month, quarter, sent
from eval.varied11.content_d import BHXH, BHXH_THAI_NGUYEN, BV_YDCT_QUANG_TRI


def bhxh_thai_nguyen() -> list[dict[str, Any]]:
    """Bảo hiểm xã hội tỉnh Thái Nguyên, QĐ 215/QĐ-BHXH (test, decision DOCX)."""
    p, d = BHXH_THAI_NGUYEN, BHXH_THAI_NGUYEN.file
    return [
        Q(d, "lookup", "QĐ 215/QĐ-BHXH có hiệu lực từ bao giờ, thay thế QĐ nào?",
          ["kể từ ngày ký", "12/QĐ-BHXH"], [sent(p, "Điều 2. Quyết định này", "10/01/2025.")]),
        Q(d, "lookup", "QĐ 215 BHXH Thái Nguyên ký theo đề nghị của ai?",
          ["Chánh Văn phòng"], [sent(p, "Căn cứ Kế hoạch cải cách hành chính năm 2026 của Bảo hiểm xã hội Việt Nam;",
                                     "Chánh Văn phòng.")]),
        Q(d, "list", "Điều 3 QĐ 215/QĐ-BHXH giao ai thi hành?",
          ["Chánh Văn phòng", "Trưởng các phòng nghiệp vụ", f"Giám đốc {BHXH}", "viên chức có liên quan"],
          [sent(p, "Điều 3. Chánh Văn phòng", "thi hành Quyết định này.")]),
        Q(d, "lookup", "ai ký QĐ ban hành KH CCHC 2026 của BHXH tỉnh Thái Nguyên, chức vụ?",
          ["Hà Văn Thắng", ["GIÁM ĐỐC", "Giám đốc"]], [sent(p, "UBND tỉnh Thái Nguyên; - Lưu: VT, VP.", "Hà Văn Thắng")]),
        Q(d, "multi", "tiếp nhận hồ sơ BHXH tự nguyện qua VNeID (BHXH TN): ai chủ trì, ai phối hợp, hạn?",
          ["Phòng Quản lý thu - Sổ, thẻ", BHXH, "Công an tỉnh", month(6)], [cells(p, "Tiếp nhận hồ sơ đăng ký")]),
        Q(d, "list", "những việc nào Văn phòng BHXH tỉnh Thái Nguyên chủ trì trong phụ lục?",
          [["Sắp xếp Bảo hiểm xã hội cơ sở"], ["Tập huấn kỹ năng giao tiếp"], ["Số hóa hồ sơ hưởng chế độ"]],
          [cells(p, "Sắp xếp Bảo hiểm xã hội cơ sở"), cells(p, "Tập huấn kỹ năng"), cells(p, "Số hóa hồ sơ hưởng")]),
        Q(d, "target", "chỉ tiêu người hưởng lương hưu ở đô thị nhận qua tài khoản của BHXH Thái Nguyên là bao nhiêu?",
          ["80%"], [sent(p, "Tối thiểu 80% người hưởng", "qua tài khoản.")]),
        Q(d, "multi", "BHXH cơ sở (Thái Nguyên) phải gửi những báo cáo nào, cho ai, hạn?",
          ["Phòng Quản lý thu - Sổ, thẻ", ["ngày 20 hằng tháng", "20 hằng tháng"], "Văn phòng", in_quarter("08")],
          [sent(p, "Báo cáo số người tham gia bảo hiểm xã hội tự nguyện tăng mới", "tháng cuối quý.")]),
        Q(d, "when", "VP BHXH Thái Nguyên báo cáo BHXH VN hạn BC quý và BC năm?",
          [in_quarter("15"), day("15/11/2026")], [sent(p, "Tổng hợp, báo cáo Bảo hiểm xã hội Việt Nam", "15/11/2026.")]),
        Q(d, "lookup", "kinh phí KH CCHC BHXH tỉnh Thái Nguyên có bố trí riêng không?",
          ["dự toán chi quản lý bộ máy", "không bố trí kinh phí riêng"],
          [sent(p, "Bảo đảm kinh phí thực hiện Kế hoạch trong dự toán", "kinh phí riêng.")]),
        N(d, "BHXH Thái Nguyên: Phó Giám đốc nào ký thay QĐ 215?", ("PHÓ GIÁM ĐỐC", "KT. GIÁM ĐỐC")),
        N(d, "BHXH tỉnh Thái Nguyên bố trí bao nhiêu triệu đồng cho KH CCHC 2026?", ("triệu đồng",)),
    ]


def bv_ydct_quang_tri() -> list[dict[str, Any]]:
    """Bệnh viện Y dược cổ truyền tỉnh Quảng Trị, 09/KH-BVYDCT (test, 300-dpi scan with a stamp)."""
    p, d = BV_YDCT_QUANG_TRI, BV_YDCT_QUANG_TRI.file
    return [
        Q(d, "multi", "BV YDCT QT: ai lo liên thông đơn thuốc YHCT lên hệ thống đơn thuốc quốc gia, ai phối hợp, hạn?",
          ["Khoa Dược", "Phòng Công nghệ thông tin", quarter("III")], [cells(p, "Liên thông đơn thuốc")]),
        Q(d, "list", "Phòng Tài chính kế toán BV YDCT Quảng Trị chủ trì những việc gì?",
          [["Niêm yết giá dịch vụ kỹ thuật"], ["Thanh toán viện phí bằng mã QR"], ["phương án tự chủ tài chính"]],
          [cells(p, "Niêm yết giá dịch vụ"), cells(p, "Thanh toán viện phí bằng mã QR"), cells(p, "Xây dựng phương án tự chủ")]),
        Q(d, "multi", "bệnh án điện tử ở BV YDCT QT: khoa phòng nào chủ trì, ai phối hợp, hạn?",
          ["Phòng Công nghệ thông tin", "Phòng Kế hoạch tổng hợp", "Các khoa lâm sàng", month(8)],
          [cells(p, "Triển khai bệnh án điện tử")]),
        Q(d, "multi", "BV YDCT QT báo cáo Sở Y tế: ai đầu mối, hạn BC quý và BC năm?",
          ["Phòng Kế hoạch tổng hợp", in_quarter("11"), day("11/11/2026")],
          [sent(p, "Phòng Kế hoạch tổng hợp là đầu mối", "11/11/2026.")]),
        Q(d, "when", "Phòng Điều dưỡng BV YDCT báo cáo Giám đốc kết quả khảo sát hài lòng hạn ngày nào?",
          [["ngày 03 hằng tháng", "03 hằng tháng"]], [sent(p, "Phòng Điều dưỡng báo cáo Giám đốc", "hằng tháng.")]),
        Q(d, "target", "chỉ tiêu thời gian chờ khám ngoại trú ở BV YDCT Quảng Trị?",
          ["90 phút"], [sent(p, "Thời gian chờ khám bệnh ngoại trú", "90 phút.")]),
        Q(d, "lookup", "kinh phí KH CCHC BV YDCT Quảng Trị bao nhiêu, nguồn nào?",
          ["95 triệu đồng", "nguồn thu sự nghiệp"], [sent(p, "Phòng Tài chính kế toán bố trí 95", "thực hiện Kế hoạch.")]),
        Q(d, "lookup", "KH 09/KH-BVYDCT ai ký?",
          ["Lê Thị Bích Ngọc", ["PHÓ GIÁM ĐỐC", "Phó Giám đốc"]],
          [sent(p, "Các khoa, phòng; - Lưu: VT, KHTH.", "Lê Thị Bích Ngọc")]),
        Q(d, "lookup", "BV Y dược cổ truyền Quảng Trị giao bao nhiêu nhiệm vụ CCHC năm 2026?",
          ["9 nhiệm vụ"], [sent(p, "Bệnh viện giao 9 nhiệm vụ", "như sau:")]),
        Q(d, "multi", "Who leads the tablet-based patient satisfaction survey at the Quang Tri traditional medicine "
                      "hospital, and how often is it run?",
          ["Phòng Điều dưỡng", "Thường xuyên"], [cells(p, "Khảo sát sự hài lòng")], en=True),
        N(d, "Ai phối hợp với Phòng TCCB sắp xếp lại khoa Châm cứu - Dưỡng sinh ở BV YDCT QT?"),
        N(d, "BV YDCT Quảng Trị giao ai liên thông đơn thuốc tân dược?", ("tân dược",)),
    ]
