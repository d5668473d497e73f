"""Questions about Cục Quản lý đê điều và phòng, chống thiên tai (decision DOCX) and UBND xã Bảo Lạc, Cao Bằng (scan)."""

from __future__ import annotations

from typing import Any

from eval.varied8.qa_util import N, Q, cells, day, in_quarter, month, sent
from eval.varied10.content_b import BAO_LAC, CUC_DE_DIEU
from eval.varied10.qa_a import issued

DTTT = "Trung tâm Dữ liệu và Truyền thông phòng, chống thiên tai"


def cuc_de_dieu() -> list[dict[str, Any]]:
    """Cục Quản lý đê điều và phòng, chống thiên tai, QĐ 112/QĐ-ĐĐPCTT (dev, decision DOCX)."""
    p, d = CUC_DE_DIEU, CUC_DE_DIEU.file
    return [
        Q(d, "lookup", "QĐ 112/QĐ-ĐĐPCTT ban hành kế hoạch gì?",
          ["Kế hoạch cải cách hành chính năm 2026 của Cục Quản lý đê điều và phòng, chống thiên tai"],
          [sent(p, "Điều 1. Ban hành kèm theo", "chống thiên tai.")]),
        Q(d, "lookup", "Quyết định ban hành KH CCHC 2026 của Cục QL đê điều và PCTT được ký theo đề nghị của ai?",
          ["Trưởng phòng Tổng hợp, pháp chế"],
          [sent(p, "Căn cứ Kế hoạch cải cách hành chính năm 2026 của Bộ Nông nghiệp", "pháp chế.")]),
        Q(d, "multi", "QĐ ban hành KH CCHC 2026 của Cục Quản lý đê điều số mấy, ký ngày nào, ai ký?",
          ["112/QĐ-ĐĐPCTT", issued("15/01/2026"), "Hoàng Minh Tuấn"],
          [sent(p, "Số: 112/QĐ-ĐĐPCTT", "năm 2026"), sent(p, "Vụ Tổ chức cán bộ; - Lưu: VT, TH.", "Hoàng Minh Tuấn")]),
        Q(d, "list", "Theo Điều 3 QĐ 112/QĐ-ĐĐPCTT những ai chịu trách nhiệm thi hành?",
          ["Chánh Văn phòng Cục", "Trưởng các phòng thuộc Cục", f"Giám đốc {DTTT}", "Thủ trưởng các đơn vị có liên quan"],
          [sent(p, "Điều 3. Chánh Văn phòng Cục", "thi hành Quyết định này.")]),
        Q(d, "multi", "Cục đê điều - DVC trực tuyến toàn trình cấp phép hoạt động trong phạm vi bảo vệ đê điều: ai chủ trì, bên nào giúp, hạn?",
          ["Văn phòng Cục", DTTT, month(6)], [cells(p, "Cung cấp dịch vụ công trực tuyến toàn trình")]),
        Q(d, "target", "Cục Quản lý đê điều đặt mục tiêu giảm bao nhiêu % thời gian thẩm định phương án bảo đảm an toàn đê điều?",
          ["30%"], [sent(p, "Giảm ít nhất 30%", "an toàn đê điều.")]),
        Q(d, "multi", "VP Cục QL đê điều báo cáo Bộ NN&MT qua đơn vị nào, hạn BC quý và BC năm?",
          ["Vụ Tổ chức cán bộ", in_quarter("19"), day("19/11/2026")],
          [sent(p, "Văn phòng Cục là đầu mối", "19/11/2026.")]),
        Q(d, "lookup", "kinh phí KH CCHC 2026 Cục quản lý đê điều và PCTT bao nhiêu, nguồn nào?",
          ["350 triệu đồng", "ngân sách nhà nước"],
          [sent(p, "Phòng Kế hoạch - Tài chính bố trí 350 triệu đồng", "thực hiện Kế hoạch.")]),
        Q(d, "list", "Văn phòng Cục (Cục QL đê điều) chủ trì những nhiệm vụ nào trong phụ lục?",
          [["dịch vụ công trực tuyến toàn trình"], ["Kiện toàn các phòng chuyên môn"], ["Bồi dưỡng nghiệp vụ chỉ đạo ứng phó"]],
          [cells(p, "Cung cấp dịch vụ công trực tuyến toàn trình"), cells(p, "Kiện toàn các phòng"),
           cells(p, "Bồi dưỡng nghiệp vụ chỉ đạo")]),
        Q(d, "multi", "Cục QL đê điều - hệ thống nhắn tin cảnh báo sớm thiên tai: sản phẩm là gì, ai phối hợp?",
          ["Tin nhắn cảnh báo đến thuê bao di động", "Các doanh nghiệp viễn thông"],
          [cells(p, "Vận hành hệ thống nhắn tin")]),
        N(d, "Cục QL đê điều giao ai chủ trì xây dựng cơ sở dữ liệu hồ chứa toàn quốc trên nền bản đồ số?", ("hồ chứa",)),
        N(d, "Phó Cục trưởng nào ký thay Cục trưởng QĐ 112/QĐ-ĐĐPCTT?", ("Phó Cục trưởng", "KT. CỤC TRƯỞNG")),
    ]


def bao_lac() -> list[dict[str, Any]]:
    """UBND xã Bảo Lạc, Cao Bằng, 09/KH-UBND (dev, 300-dpi scan with a stamp)."""
    p, d = BAO_LAC, BAO_LAC.file
    return [
        Q(d, "who", "Xã Bảo Lạc: ai lo thành lập Tổ công nghệ số cộng đồng ở các thôn?",
          ["Phòng Văn hóa - Xã hội"], [cells(p, "Thành lập Tổ công nghệ số")]),
        Q(d, "multi", "Bảo Lạc - lắp màn hình tra cứu TTHC tại TT PVHCC xã: ai chủ trì, ai phối hợp, bao giờ xong?",
          ["Phòng Kinh tế", "Trung tâm Phục vụ hành chính công xã", "Viễn thông Cao Bằng", month(10)],
          [cells(p, "Lắp đặt màn hình tra cứu")]),
        Q(d, "when", "Rà soát, sắp xếp các thôn có quy mô dân số nhỏ ở xã Bảo Lạc phải xong trước ngày nào?",
          [day("30/6/2026")], [cells(p, "Rà soát, sắp xếp các thôn")]),
        Q(d, "list", "Văn phòng HĐND và UBND xã Bảo Lạc chủ trì những việc gì trong bảng nhiệm vụ?",
          [["sắp xếp các thôn"], ["Chứng thực bản sao điện tử"], ["Bồi dưỡng kỹ năng số"]],
          [cells(p, "Rà soát, sắp xếp các thôn"), cells(p, "Chứng thực bản sao điện tử"), cells(p, "Bồi dưỡng kỹ năng số")]),
        Q(d, "multi", "VP HĐND-UBND xã Bảo Lạc báo cáo ai, qua đâu, hạn 6 tháng và hạn năm?",
          ["UBND tỉnh", "Sở Nội vụ", day("11/6/2026"), day("11/11/2026")],
          [sent(p, "Văn phòng HĐND và UBND xã giúp UBND xã", "11/11/2026.")]),
        Q(d, "when", "TT Phục vụ HCC xã Bảo Lạc báo cáo kết quả giải quyết hồ sơ cho ai, hạn ngày mấy?",
          ["Chủ tịch UBND xã", ["ngày 25 hằng tháng", "25 hằng tháng"]],
          [sent(p, "Trung tâm Phục vụ hành chính công xã báo cáo", "hằng tháng.")]),
        Q(d, "target", "Chỉ tiêu hồ sơ TTHC nộp trực tuyến của xã Bảo Lạc năm 2026?",
          ["70%"], [sent(p, "Tối thiểu 70% hồ sơ", "nộp trực tuyến.")]),
        Q(d, "multi", "KH CCHC xã Bảo Lạc: kinh phí bao nhiêu, ai hướng dẫn thanh quyết toán?",
          ["60 triệu đồng", "Phòng Kinh tế"], [sent(p, "Kinh phí thực hiện Kế hoạch là 60 triệu đồng", "thanh quyết toán.")]),
        Q(d, "lookup", "Ai ký KH 09/KH-UBND xã Bảo Lạc, chức vụ gì?",
          ["Nông Văn Quyết", ["PHÓ CHỦ TỊCH", "Phó Chủ tịch"]],
          [sent(p, "TT Đảng ủy, TT HĐND xã; - Lưu: VT.", "Nông Văn Quyết")]),
        Q(d, "list", "Xã Bảo Lạc có những việc nào đến hạn trong quý III/2026?",
          [["Cập nhật dữ liệu đất đai"], ["Đối thoại với người dân"], ["Bồi dưỡng kỹ năng số"]],
          [cells(p, "Cập nhật dữ liệu đất đai"), cells(p, "Đối thoại với người dân"), cells(p, "Bồi dưỡng kỹ năng số")]),
        N(d, "Xã Bảo Lạc giao ai lắp đặt hệ thống quan trắc mực nước tự động?", ("quan trắc",)),
    ]
