"""Questions about UBND xã Phong Nha (Markdown wrapped at 70, page footers) and VP Đăng ký đất đai Khánh Hòa (PNG photo)."""

from __future__ import annotations

from typing import Any

from eval.varied8.content_f import PHONG_NHA, VPDK_KHANH_HOA
from eval.varied8.qa_util import N, Q, cells, day, in_quarter, rng, sent, sub


def phong_nha() -> list[dict[str, Any]]:
    """UBND xã Phong Nha, Quảng Trị, 03/KH-UBND (test, Markdown pasted from an e-mail)."""
    p, d = PHONG_NHA, PHONG_NHA.file
    return [
        Q(d, "who", "Ở xã Phong Nha, ai chủ trì số hóa sổ đăng ký kết hôn?",
          ["Phòng Văn hóa - Xã hội"], sub(p, "Số hóa hồ sơ hộ tịch", "Số hóa sổ đăng ký kết hôn")),
        Q(d, "multi", "Nhập dữ liệu vào phần mềm hộ tịch ở xã Phong Nha: ai chủ trì, ai phối hợp, hạn?",
          ["Phòng Văn hóa - Xã hội", "Công an xã", rng("Quý III - Quý IV/2026", "Quý IV/2026", "quý 4/2026", "31/12/2026")],
          sub(p, "Số hóa hồ sơ hộ tịch", "Nhập dữ liệu")),
        Q(d, "list", "Các việc con của mục 1 trong bảng các việc cần làm của xã Phong Nha là gì?",
          [["khai sinh"], ["kết hôn"], ["phần mềm hộ tịch"]],
          sub(p, "Số hóa hồ sơ hộ tịch", "Số hóa sổ đăng ký khai sinh", "Số hóa sổ đăng ký kết hôn", "Nhập dữ liệu")),
        Q(d, "who", "Ai cùng chủ trì rà soát thủ tục đăng ký lưu trú cho khách du lịch tại các homestay ở Phong Nha, ai phối hợp?",
          ["Phòng Kinh tế", "Văn phòng HĐND và UBND xã", "Công an xã"], [sent(p, "Phòng Kinh tế và Văn phòng HĐND", "tháng 5/2026.")]),
        Q(d, "when", "Rà soát thủ tục đăng ký lưu trú ở homestay của xã Phong Nha làm đến khi nào?",
          [rng("từ tháng 3 đến tháng 5/2026", "tháng 5/2026", "31/5/2026")], [sent(p, "Phòng Kinh tế và Văn phòng HĐND", "tháng 5/2026.")]),
        Q(d, "when", "Han niem yet TTHC bang ma QR tai ben thuyen Phong Nha?",
          [rng("Chậm nhất ngày 31/3/2026", "31/3/2026")], [cells(p, "Niêm yết thủ tục hành chính")], strip=True),
        Q(d, "list", "Phòng Kinh tế xã Phong Nha chủ trì bao nhiêu việc trong bảng các việc cần làm, là những việc nào?",
          [["2", "hai"], ["mã QR"], ["Lấy ý kiến hộ kinh doanh"]], [cells(p, "Niêm yết thủ tục hành chính"), cells(p, "Lấy ý kiến")]),
        Q(d, "multi", "Phòng Kinh tế xã Phong Nha hướng dẫn homestay đăng ký kinh doanh trực tuyến hạn chót khi nào, và báo cáo Chủ tịch UBND xã hạn nào?",
          [day("30/4/2026"), in_quarter("13")], [sent(p, "2. Phòng Kinh tế:", "tháng cuối quý.")]),
        Q(d, "multi", "Văn phòng HĐND và UBND xã Phong Nha nộp báo cáo 6 tháng và báo cáo năm trước ngày nào?",
          [day("21/6/2026"), day("21/11/2026")], [sent(p, "1. Văn phòng HĐND và UBND xã:", "21/11/2026.")]),
        Q(d, "lookup", "How much is Phong Nha commune's 2026 reform budget and how much is for digitising civil status records?",
          [["75 triệu", "75 million"], ["30 triệu", "30 million"]], [sent(p, "Tổng kinh phí là 75", "hồ sơ hộ tịch.")], en=True),
        Q(d, "target", "ke hoach 03/KH-UBND xa Phong Nha dat chi tieu nop truc tuyen bao nhieu phan tram?",
          ["72%"], [sent(p, "Tối thiểu 72% hồ sơ", "nộp trực tuyến.")], strip=True),
        Q(d, "lookup", "Ai ký kế hoạch CCHC 2026 của xã Phong Nha?", ["Đinh Xuân Thoại", ["CHỦ TỊCH", "Chủ tịch"]],
          [sent(p, "TT HĐND xã; - Lưu", "Đinh Xuân Thoại")]),
        N(d, "Bộ phận nào phối hợp lấy ý kiến hộ kinh doanh du lịch về thủ tục hành chính ở xã Phong Nha?", ("phối hợp lấy ý kiến",)),
        N(d, "Ai chủ trì niêm yết thủ tục hành chính bằng mã QR tại động Thiên Đường?", ("Thiên Đường",)),
        N(d, "Phó Chủ tịch UBND xã Phong Nha phụ trách CCHC là ai?", ("Phó Chủ tịch",)),
    ]


def vpdk_khanh_hoa() -> list[dict[str, Any]]:
    """Văn phòng Đăng ký đất đai tỉnh Khánh Hòa, 11/KH-VPĐK (test, photographed PNG)."""
    p, d = VPDK_KHANH_HOA, VPDK_KHANH_HOA.file
    return [
        Q(d, "who", "Ai chủ trì quét hồ sơ cấp giấy tại Cam Ranh của Văn phòng Đăng ký đất đai Khánh Hòa?",
          ["Phòng Đo đạc - Bản đồ"], sub(p, "Số hóa hồ sơ địa chính", "Quét hồ sơ")),
        Q(d, "when", "Kiem tra du lieu sau so hoa cua VP Dang ky dat dai Khanh Hoa phai xong khi nao?",
          [rng("Quý III - Quý IV/2026", "Quý IV/2026", "quý 4/2026", "31/12/2026")], [cells(p, "Kiểm tra dữ liệu")], strip=True),
        Q(d, "who", "Phòng nào phụ trách trả kết quả đăng ký đất đai qua bưu chính ở Khánh Hòa, hạn chót?",
          ["Phòng Đăng ký và Cấp giấy", rng("Chậm nhất ngày 31/5/2026", "31/5/2026")], [cells(p, "Trả kết quả đăng ký")]),
        Q(d, "target", "Văn phòng Đăng ký đất đai Khánh Hòa đặt chỉ tiêu nộp trực tuyến hồ sơ đăng ký biến động bao nhiêu?",
          ["65%"], [sent(p, "Tối thiểu 65% hồ sơ", "nộp trực tuyến.")]),
        Q(d, "lookup", "What is the budget of the Khanh Hoa land registration office's 2026 reform plan?",
          [["140 triệu", "140 million"]], [sent(p, "Kinh phí thực hiện là 140", "của Văn phòng.")], en=True),
        Q(d, "multi", "Phòng Hành chính - Tổng hợp VP Đăng ký đất đai Khánh Hòa báo cáo ai, hạn nào?",
          ["Sở Nông nghiệp và Môi trường", in_quarter("16")], [sent(p, "1. Phòng Hành chính - Tổng hợp báo cáo", "tháng cuối quý.")]),
        Q(d, "list", "Việc số hóa hồ sơ địa chính của VP Đăng ký đất đai Khánh Hòa gồm những bước nào?",
          [["Cam Ranh"], ["Kiểm tra dữ liệu"]], sub(p, "Số hóa hồ sơ địa chính", "Quét hồ sơ", "Kiểm tra dữ liệu")),
        Q(d, "lookup", "Ai ký kế hoạch 11/KH-VPĐK?", ["Mai Văn Tường", ["GIÁM ĐỐC", "Giám đốc"]],
          [sent(p, "Sở Nông nghiệp và Môi trường (b/c); - Lưu", "Mai Văn Tường")]),
        N(d, "Ai chủ trì quét hồ sơ cấp giấy tại Ninh Hòa của Văn phòng Đăng ký đất đai Khánh Hòa?", ("Ninh Hòa",)),
        N(d, "Phòng nào phối hợp đối soát hồ sơ trễ hạn ở VP Đăng ký đất đai Khánh Hòa?", ("phối hợp đối soát",)),
    ]
