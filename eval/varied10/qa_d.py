"""Questions about Ban Quản lý vịnh Hạ Long (decision PDF) and Cục Lãnh sự, Bộ Ngoại giao (300-dpi scan)."""

from __future__ import annotations

from typing import Any

from eval.varied8.qa_util import N, Q, cells, day, in_quarter, month, sent
from eval.varied10.content_d import CUC_LANH_SU, HA_LONG
from eval.varied10.qa_a import issued

HPH = "Phòng Hợp pháp hóa và Chứng nhận lãnh sự"


def ha_long() -> list[dict[str, Any]]:
    """Ban Quản lý vịnh Hạ Long, QĐ 76/QĐ-BQLVHL (test, decision PDF)."""
    p, d = HA_LONG, HA_LONG.file
    return [
        Q(d, "multi", "QĐ 76/QĐ-BQLVHL ban hành cái gì, hiệu lực từ khi nào?",
          ["Kế hoạch cải cách hành chính năm 2026 của Ban Quản lý vịnh Hạ Long", "kể từ ngày ký"],
          [sent(p, "Điều 1. Ban hành kèm theo", "kể từ ngày ký.")]),
        Q(d, "lookup", "QĐ ban hành KH CCHC 2026 của BQL vịnh Hạ Long theo đề nghị của ai?",
          ["Chánh Văn phòng Ban"],
          [sent(p, "Căn cứ Kế hoạch cải cách hành chính năm 2026 của UBND tỉnh Quảng Ninh;", "Văn phòng Ban.")]),
        Q(d, "multi", "Ai ký QĐ 76/QĐ-BQLVHL, chức vụ gì, ngày ký?",
          ["Vũ Thị Thanh Hương", ["PHÓ TRƯỞNG BAN", "Phó Trưởng ban"], issued("14/01/2026")],
          [sent(p, "Số: 76/QĐ-BQLVHL", "năm 2026"), sent(p, "Sở Nội vụ; - Lưu: VT, VP.", "Vũ Thị Thanh Hương")]),
        Q(d, "list", "Điều 3 QĐ 76 của Ban Quản lý vịnh Hạ Long giao ai thi hành?",
          ["Chánh Văn phòng Ban", "Trưởng các phòng", "Giám đốc Trung tâm Nghiên cứu và Bảo tồn di sản",
           "các tổ chức, cá nhân có liên quan"],
          [sent(p, "Điều 3. Chánh Văn phòng Ban", "thi hành Quyết định này.")]),
        Q(d, "multi", "Vịnh Hạ Long - bán vé tham quan điện tử qua mã QR tại các cảng tàu: ai chủ trì, ai phối hợp, hạn?",
          ["Phòng Tài chính - Kế hoạch", "Phòng Quản lý du lịch", "Cảng tàu khách quốc tế Hạ Long", month(3)],
          [cells(p, "Bán vé tham quan điện tử")]),
        Q(d, "multi", "vịnh Hạ Long - quy chế phối hợp quản lý tàu du lịch trên vịnh: ai lo, bên nào giúp?",
          ["Phòng Quản lý du lịch", "Cảng vụ Đường thủy nội địa", "Công an tỉnh"],
          [cells(p, "Xây dựng Quy chế phối hợp")]),
        Q(d, "list", "Phòng Quản lý du lịch Ban QL vịnh Hạ Long chủ trì những nhiệm vụ nào?",
          [["Quy chế phối hợp quản lý hoạt động tàu du lịch"], ["giám sát tàu du lịch"], ["Thuyết minh tự động đa ngôn ngữ"]],
          [cells(p, "Xây dựng Quy chế phối hợp"), cells(p, "Vận hành hệ thống giám sát"), cells(p, "Thuyết minh tự động")]),
        Q(d, "multi", "Văn phòng Ban QL vịnh Hạ Long báo cáo UBND tỉnh qua đâu, hạn BC quý và BC năm?",
          ["Sở Nội vụ", in_quarter("15"), day("15/11/2026")],
          [sent(p, "Tổng hợp, báo cáo UBND tỉnh (qua Sở Nội vụ)", "15/11/2026.")]),
        Q(d, "when", "Phòng TC-KH BQL vịnh Hạ Long báo cáo doanh thu vé điện tử cho ai, hạn ngày mấy?",
          ["Trưởng Ban", ["ngày 03 hằng tháng", "03 hằng tháng"]],
          [sent(p, "Báo cáo Trưởng Ban doanh thu", "hằng tháng.")]),
        Q(d, "target", "Chỉ tiêu vé tham quan điện tử của BQL vịnh Hạ Long năm 2026?",
          ["100%"], [sent(p, "100% vé tham quan vịnh Hạ Long", "vé điện tử.")]),
        Q(d, "lookup", "Mục đích KH CCHC 2026 của Ban Quản lý vịnh Hạ Long?",
          [["nâng cao chất lượng phục vụ du khách"], ["minh bạch việc thu phí tham quan"]],
          [sent(p, "Mục đích: nâng cao chất lượng phục vụ du khách", "các hoạt động trên vịnh.")]),
        N(d, "Kinh phí thực hiện KH CCHC 2026 của BQL vịnh Hạ Long là bao nhiêu triệu đồng?", ("triệu",)),
    ]


def cuc_lanh_su() -> list[dict[str, Any]]:
    """Cục Lãnh sự, Bộ Ngoại giao, 22/KH-CLS (test, 300-dpi scan with a stamp)."""
    p, d = CUC_LANH_SU, CUC_LANH_SU.file
    return [
        Q(d, "multi", "Cục Lãnh sự: trả kết quả hợp pháp hóa lãnh sự qua bưu chính công ích do ai chủ trì, ai phối hợp?",
          [HPH, "Tổng công ty Bưu điện Việt Nam"], [cells(p, "Trả kết quả hợp pháp hóa")]),
        Q(d, "when", "Cục LS - rà soát thủ tục cấp công hàm đề nghị cấp thị thực: hạn chót?",
          [day("31/5/2026")], [cells(p, "Rà soát thủ tục cấp công hàm")]),
        Q(d, "who", "Cục Lãnh sự - kết nối dữ liệu hộ chiếu với CSDL quốc gia về dân cư: bên nào phối hợp với TT Dữ liệu và CNTT?",
          ["Cục Cảnh sát quản lý hành chính về trật tự xã hội"], [cells(p, "Kết nối dữ liệu hộ chiếu")]),
        Q(d, "list", "Văn phòng Cục Lãnh sự chủ trì những việc gì trong bảng phân công?",
          [["Bồi dưỡng nghiệp vụ lãnh sự"], ["Công khai phí, lệ phí lãnh sự"], ["Khảo sát mức độ hài lòng"]],
          [cells(p, "Bồi dưỡng nghiệp vụ lãnh sự"), cells(p, "Công khai phí, lệ phí"), cells(p, "Khảo sát mức độ hài lòng")]),
        Q(d, "multi", "VP Cục Lãnh sự báo cáo Bộ Ngoại giao qua đâu, hạn 6 tháng và năm?",
          ["Vụ Tổ chức cán bộ", day("08/6/2026"), day("08/11/2026")],
          [sent(p, "Văn phòng Cục giúp Cục trưởng", "08/11/2026.")]),
        Q(d, "when", "Phòng Hợp pháp hóa và Chứng nhận lãnh sự phải nộp báo cáo số hồ sơ trực tuyến cho ai, hạn ngày mấy?",
          ["Cục trưởng", ["ngày 20 hằng tháng", "20 hằng tháng"]],
          [sent(p, "Phòng Hợp pháp hóa và Chứng nhận lãnh sự báo cáo", "hằng tháng.")]),
        Q(d, "target", "Cục Lãnh sự đặt chỉ tiêu thanh toán trực tuyến phí, lệ phí lãnh sự bao nhiêu %?",
          ["80%"], [sent(p, "Tối thiểu 80% phí, lệ phí", "thanh toán trực tuyến.")]),
        Q(d, "lookup", "kinh phi thuc hien KH CCHC 2026 Cuc Lanh su bao nhieu?",
          ["500 triệu đồng"], [sent(p, "Kinh phí thực hiện Kế hoạch là 500 triệu đồng", "năm 2026.")], strip=True),
        Q(d, "lookup", "KH 22/KH-CLS do ai ký, ký với chức danh gì?",
          ["Đinh Quang Vinh", ["CỤC TRƯỞNG", "Cục trưởng"]],
          [sent(p, "Các phòng thuộc Cục; - Lưu: VT.", "Đinh Quang Vinh")]),
        Q(d, "multi", "Who leads the online issuance of diplomatic and official passports at the Consular Department, and by when?",
          ["Phòng Hộ chiếu ngoại giao và công vụ", month(8)], [cells(p, "Cấp hộ chiếu ngoại giao")], en=True),
        Q(d, "list", "Cục Lãnh sự: việc nào đến hạn trong quý III/2026?",
          [["Cấp hộ chiếu ngoại giao, hộ chiếu công vụ trực tuyến"], ["Kết nối dữ liệu hộ chiếu"],
           ["Bồi dưỡng nghiệp vụ lãnh sự"]],
          [cells(p, "Cấp hộ chiếu ngoại giao"), cells(p, "Kết nối dữ liệu hộ chiếu"), cells(p, "Bồi dưỡng nghiệp vụ lãnh sự")]),
        N(d, "Đơn vị nào phối hợp rà soát thủ tục cấp công hàm đề nghị cấp thị thực ở Cục Lãnh sự?", ("phối hợp rà soát",)),
        N(d, "Cục Lãnh sự giao ai cấp hộ chiếu phổ thông trực tuyến?", ("hộ chiếu phổ thông",)),
    ]
