"""Questions about UBND phường Hội An, Đà Nẵng (prose DOCX) and Sở Y tế tỉnh Nghệ An (table DOCX)."""

from __future__ import annotations

from typing import Any

from eval.varied8.qa_util import N, Q, cells, day, in_quarter, sent
from eval.varied10.content_c import HOI_AN, NGHE_AN_SYT
from eval.varied10.qa_a import issued

KT_HT_DT = "Phòng Kinh tế, Hạ tầng và Đô thị"


def hoi_an() -> list[dict[str, Any]]:
    """UBND phường Hội An, Đà Nẵng, 14/KH-UBND (test, docx-prose)."""
    p, d = HOI_AN, HOI_AN.file
    return [
        Q(d, "multi", "Phường Hội An: tiếp nhận hồ sơ TTHC không phụ thuộc địa giới hành chính giao ai chủ trì, ai phối hợp, thời gian?",
          ["Trung tâm Phục vụ hành chính công phường", "Công an phường", "thường xuyên"],
          [sent(p, "Giao Trung tâm Phục vụ hành chính công phường chủ trì", "thường xuyên.")]),
        Q(d, "multi", "Cấp phép homestay trong phố cổ trực tuyến toàn trình (P. Hội An): bên nào làm, hạn chót?",
          [KT_HT_DT, day("30/6/2026")], [sent(p, "Cấp phép kinh doanh dịch vụ lưu trú homestay", "phối hợp.")]),
        Q(d, "lookup", "Thu phí tham quan phố cổ Hội An không dùng tiền mặt: kết quả đầu ra là gì?",
          ["100% vé tham quan được bán qua mã QR"],
          [sent(p, "Giao Phòng Kinh tế, Hạ tầng và Đô thị chủ trì", "mã QR.")]),
        Q(d, "list", "Phòng Kinh tế, Hạ tầng và Đô thị phường Hội An được giao những việc gì?",
          [["homestay"], ["Tổ quản lý trật tự đô thị"], ["thu phí tham quan khu phố cổ"], ["120 triệu đồng"],
           ["ngày 28 hằng tháng"]],
          [sent(p, "Cấp phép kinh doanh dịch vụ lưu trú homestay", "phối hợp."),
           sent(p, "Kiện toàn Tổ quản lý trật tự đô thị", "Quý III/2026."),
           sent(p, "Giao Phòng Kinh tế, Hạ tầng và Đô thị chủ trì", "mã QR."),
           sent(p, "Bố trí 120 triệu đồng", "thực hiện Kế hoạch;"),
           sent(p, "Báo cáo Chủ tịch UBND phường kết quả thu phí", "hằng tháng.")]),
        Q(d, "lookup", "KH 14/KH-UBND phường Hội An giao bao nhiêu nhiệm vụ CCHC?",
          ["10 nhiệm vụ"], [sent(p, "Năm 2026, UBND phường giao 10 nhiệm vụ", "như sau:")]),
        Q(d, "multi", "VP HĐND-UBND phường Hội An báo cáo UBND TP Đà Nẵng qua đâu; hạn BC quý, 6 tháng, năm?",
          ["Sở Nội vụ", in_quarter("09"), day("09/6/2026"), day("09/11/2026")],
          [sent(p, "Tham mưu UBND phường báo cáo UBND thành phố Đà Nẵng", "09/11/2026.")]),
        Q(d, "when", "Các phòng, đơn vị thuộc phường Hội An gửi báo cáo về đâu, hạn ngày mấy?",
          ["Văn phòng HĐND và UBND phường", in_quarter("05")],
          [sent(p, "Gửi báo cáo kết quả thực hiện về Văn phòng HĐND", "tháng cuối quý.")]),
        Q(d, "target", "Chỉ tiêu hồ sơ TTHC tiếp nhận, giải quyết trực tuyến của phường Hội An?",
          ["95%"], [sent(p, "Tối thiểu 95% hồ sơ", "giải quyết trực tuyến.")]),
        Q(d, "lookup", "Yêu cầu đặt ra trong KH CCHC 2026 của phường Hội An là gì?",
          [["đơn vị chủ trì, thời gian hoàn thành cụ thể"], ["Người đứng đầu các phòng, đơn vị chịu trách nhiệm"]],
          [sent(p, "Nhiệm vụ được giao phải có đơn vị chủ trì", "về kết quả thực hiện.")]),
        Q(d, "lookup", "Ai ký KH CCHC 2026 phường Hội An, ký ngày nào?",
          ["Trương Thị Thu Hà", issued("23/01/2026")],
          [sent(p, "Số: 14/KH-UBND", "năm 2026"), sent(p, "Các phòng, đơn vị thuộc phường; - Lưu: VT.", "Trương Thị Thu Hà")]),
        N(d, "Phường Hội An giao ai niêm yết thủ tục hành chính song ngữ Việt - Trung?", ("Việt - Trung", "tiếng Trung")),
        N(d, "Lịch bắn pháo hoa Đà Nẵng năm 2026 thế nào?", ("pháo hoa",)),
    ]


def nghe_an_syt() -> list[dict[str, Any]]:
    """Sở Y tế tỉnh Nghệ An, 41/KH-SYT (test, docx-table)."""
    p, d = NGHE_AN_SYT, NGHE_AN_SYT.file
    return [
        Q(d, "who", "SYT Nghệ An: cắt giảm thời gian cấp phép phòng khám tư nhân từ 30 xuống 20 ngày giao ai chủ trì?",
          ["Phòng Nghiệp vụ Y"], [cells(p, "Cắt giảm thời gian cấp giấy phép")]),
        Q(d, "multi", "SYT NA - cấp phiếu tiếp nhận hồ sơ công bố mỹ phẩm trực tuyến: ai lo, ai giúp, hạn chót?",
          ["Phòng Nghiệp vụ Dược", "Văn phòng Sở", day("31/5/2026")], [cells(p, "Cấp phiếu tiếp nhận")]),
        Q(d, "list", "Sở Y tế Nghệ An - sắp xếp trạm y tế sau sắp xếp ĐVHC cấp xã: những bên nào phối hợp?",
          ["Trung tâm Y tế các khu vực", "UBND các xã, phường"], [cells(p, "Sắp xếp các trạm y tế")]),
        Q(d, "list", "Phòng Nghiệp vụ Y Sở Y tế Nghệ An chủ trì những việc nào?",
          [["giấy phép hành nghề khám bệnh, chữa bệnh"], ["phòng khám tư nhân"], ["bệnh án điện tử"],
           ["giấy khám sức khỏe người lái xe"]],
          [cells(p, "Cấp giấy phép hành nghề"), cells(p, "Cắt giảm thời gian cấp giấy phép"),
           cells(p, "Triển khai bệnh án điện tử"), cells(p, "Cấp giấy khám sức khỏe")]),
        Q(d, "list", "SYT Nghệ An: nhiệm vụ nào đến hạn trong quý III/2026?",
          [["phòng khám tư nhân"], ["bệnh án điện tử"], ["đơn thuốc điện tử"]],
          [cells(p, "Cắt giảm thời gian cấp giấy phép"), cells(p, "Triển khai bệnh án điện tử"),
           cells(p, "Liên thông đơn thuốc điện tử")]),
        Q(d, "lookup", "Kế hoạch CCHC 2026 của Sở Y tế Nghệ An có mấy nhiệm vụ?",
          ["11 nhiệm vụ"], [sent(p, "Kế hoạch gồm 11 nhiệm vụ", "dưới đây:")]),
        Q(d, "multi", "VP Sở Y tế Nghệ An báo cáo kết quả CCHC cho những ai, hạn 6 tháng và năm?",
          ["UBND tỉnh", "Bộ Y tế", day("10/6/2026"), day("10/11/2026")],
          [sent(p, "Báo cáo UBND tỉnh (qua Sở Nội vụ) và Bộ Y tế", "10/11/2026.")]),
        Q(d, "when", "Thanh tra Sở Y tế NA phải báo cáo ai sau mỗi đợt kiểm tra, trong bao lâu?",
          ["Giám đốc Sở", "07 ngày làm việc"], [sent(p, "Kiểm tra việc thực hiện thủ tục hành chính tại các bệnh viện", "ngày làm việc.")]),
        Q(d, "lookup", "kinh phí thực hiện KH CCHC 2026 Sở Y tế Nghệ An là bao nhiêu?",
          ["280 triệu đồng"], [sent(p, "Bố trí 280 triệu đồng", "thực hiện Kế hoạch.")]),
        Q(d, "lookup", "Ai ký KH 41/KH-SYT, chức vụ gì?",
          ["Hồ Sỹ Hùng", ["PHÓ GIÁM ĐỐC", "Phó Giám đốc"]],
          [sent(p, "Các đơn vị trực thuộc; - Lưu: VT, VP.", "Hồ Sỹ Hùng")]),
        N(d, "Sở Y tế Nghệ An giao ai cấp giấy chứng sinh liên thông điện tử?", ("chứng sinh",)),
    ]
