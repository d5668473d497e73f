"""Questions about UBND phường Vũng Tàu (Markdown, group rows) and UBND xã Ea Súp (JPEG image), both test."""

from __future__ import annotations

from typing import Any

from eval.varied7.content_e import EA_SUP, VUNG_TAU
from eval.varied7.qa_util import N, Q, cells, day, in_quarter, sent


def vung_tau() -> list[dict[str, Any]]:
    """UBND phường Vũng Tàu (TP. Hồ Chí Minh), 08/KH-UBND (test, Markdown)."""
    p, d = VUNG_TAU, VUNG_TAU.file
    return [
        Q(d, "who", "Ở phường Vũng Tàu, ai lo việc hướng dẫn cơ sở lưu trú ở Bãi Sau, Bãi Trước thông báo lưu trú trực tuyến?",
          ["Công an phường"], [cells(p, "Hướng dẫn cơ sở lưu trú")]),
        Q(d, "when", "Hạn chót số hóa sổ hộ tịch lưu trữ từ 1995 đến 2015 của phường Vũng Tàu là ngày nào?",
          [day("31/10/2026")], [cells(p, "Số hóa sổ hộ tịch")]),
        Q(d, "list", "Trong nhóm B. Chuyển đổi số của bảng phân công phường Vũng Tàu có những việc nào?",
          [["sổ hộ tịch"], ["không dùng tiền mặt"], ["tiểu thương", "sàn thương mại điện tử"]],
          [cells(p, "Số hóa sổ hộ tịch"), cells(p, "Thanh toán không dùng tiền mặt"), cells(p, "Hướng dẫn tiểu thương")]),
        Q(d, "who", "Ben nao phoi hop tiep nhan ho so dang ky tau ca cua ngu dan o cang ca Ben Da?",
          ["Chi cục Thủy sản Thành phố"], [cells(p, "Tiếp nhận hồ sơ đăng ký tàu cá")], strip=True),
        Q(d, "when", "Việc hướng dẫn tiểu thương chợ Vũng Tàu bán hàng trên sàn thương mại điện tử phải xong khi nào?",
          [["6 tháng cuối năm 2026", "cuối năm 2026", "31/12/2026"]], [cells(p, "Hướng dẫn tiểu thương")], strip=True),
        Q(d, "list", "Quý II có những việc nào của phường Vũng Tàu đến hạn?",
          [["cơ sở lưu trú", "thông báo lưu trú"], ["chứng thực bản sao điện tử", "Chứng thực"]],
          [cells(p, "Hướng dẫn cơ sở lưu trú"), cells(p, "Chứng thực bản sao điện tử")]),
        Q(d, "target", "Phuong Vung Tau dat chi tieu bao nhieu phan tram ho so TTHC nop truc tuyen?",
          ["85%"], [sent(p, "Tối thiểu 85% hồ sơ", "nộp trực tuyến.")], strip=True),
        Q(d, "lookup", "Kinh phí CCHC 2026 của phường Vũng Tàu là bao nhiêu, trong đó cho số hóa sổ hộ tịch bao nhiêu?",
          [["120 triệu"], ["70 triệu"]], [sent(p, "Kinh phí thực hiện Kế hoạch là 120", "sổ hộ tịch.")]),
        Q(d, "multi", "Trung tâm Phục vụ hành chính công phường Vũng Tàu báo cáo số hồ sơ cho ai và bao lâu một lần?",
          ["Văn phòng HĐND và UBND phường", ["hằng tuần", "chiều thứ Sáu"]],
          [sent(p, "Trung tâm Phục vụ hành chính công phường báo cáo", "thứ Sáu.")]),
        Q(d, "when", "By which dates must Vung Tau ward send its six-month and annual reform reports to the city?",
          [day("12/6/2026"), day("12/11/2026")], [sent(p, "Văn phòng HĐND và UBND phường tổng hợp", "12/11/2026.")], en=True),
        N(d, "Phường Vũng Tàu hướng dẫn cơ sở lưu trú ở Bãi Dâu thông báo lưu trú thế nào?", ("Bãi Dâu",)),
        N(d, "Ai tiep nhan ho so dang ky tau du lich o phuong Vung Tau?", ("tàu du lịch",), strip=True),
        N(d, "Chủ tịch UBND phường Vũng Tàu tên là gì?", ("Chủ tịch UBND phường",)),
    ]


def ea_sup() -> list[dict[str, Any]]:
    """UBND xã Ea Súp (Đắk Lắk), 04/KH-UBND (test, JPEG image)."""
    p, d = EA_SUP, EA_SUP.file
    return [
        Q(d, "who", "Xã Ea Súp giao bộ phận nào niêm yết TTHC bằng tiếng Việt và tiếng Ê Đê?",
          ["Văn phòng HĐND và UBND xã"], [cells(p, "Niêm yết thủ tục")]),
        Q(d, "multi", "Việc đưa gạo Ea Súp lên sàn thương mại điện tử phải xong khi nào, ai phối hợp?",
          [day("30/11/2026"), "Hội Nông dân xã"], [cells(p, "Hỗ trợ hợp tác xã")]),
        Q(d, "who", "Ben nao giup cong chuc Tu phap - Ho tich xa Ea Sup huong dan cap the BHYT cho tre duoi 6 tuoi?",
          ["Trạm Y tế xã"], [cells(p, "Hướng dẫn người dân các buôn")], strip=True),
        Q(d, "list", "Phòng Kinh tế xã Ea Súp chủ trì những việc nào?",
          [["quyền sử dụng đất"], ["gạo Ea Súp"]], [cells(p, "Rà soát hồ sơ cấp giấy chứng nhận"), cells(p, "Hỗ trợ hợp tác xã")]),
        Q(d, "when", "Sắp xếp vị trí việc làm công chức xã Ea Súp hạn chót khi nào?",
          [["6 tháng đầu năm 2026", "30/6/2026"]], [cells(p, "Sắp xếp vị trí việc làm")]),
        Q(d, "target", "Xa Ea Sup dat chi tieu bao nhieu phan tram ho so nop truc tuyen nam 2026?",
          ["60%"], [sent(p, "Tối thiểu 60% hồ sơ", "nộp trực tuyến.")], strip=True),
        Q(d, "multi", "Xã Ea Súp báo cáo UBND tỉnh qua cơ quan nào, hạn báo cáo quý và báo cáo năm khi nào?",
          ["Sở Nội vụ", in_quarter("14"), day("14/11/2026")], [sent(p, "Văn phòng HĐND và UBND xã tham mưu", "14/11/2026.")]),
        Q(d, "lookup", "What is Ea Sup commune's budget for its 2026 administrative reform plan?",
          [["40 triệu"]], [sent(p, "Kinh phí thực hiện là 40", "năm 2026.")], en=True),
        N(d, "Xã Ea Súp có niêm yết TTHC bằng tiếng Gia Rai không, ai làm?", ("Gia Rai",)),
        N(d, "Xa Ea Sup ho tro hop tac xa dua ca phe len san thuong mai dien tu khi nao?", ("cà phê",), strip=True),
    ]
