"""Questions about UBND phường Buôn Ma Thuột, Đắk Lắk (PDF table) and Trường Đại học Cần Thơ (DOCX, sub-tasks)."""

from __future__ import annotations

from typing import Any

from eval.varied6.qa_util import report
from eval.varied8.qa_util import N, Q, cells, day, in_quarter, month, quarter, sent, sub
from eval.varied11.content_c import BUON_MA_THUOT, CDS, CTSV, DH_CAN_THO, KTHTDT, VP


def buon_ma_thuot() -> list[dict[str, Any]]:
    """UBND phường Buôn Ma Thuột, Đắk Lắk, 31/KH-UBND (test, pdf-table with a reporting table)."""
    p, d = BUON_MA_THUOT, BUON_MA_THUOT.file
    return [
        Q(d, "multi", "P. BMT - cấp GPXD nhà ở riêng lẻ trực tuyến toàn trình giao phòng nào, hạn tháng mấy?",
          [KTHTDT, month(7)], [cells(p, "Cấp giấy phép xây dựng")]),
        Q(d, "multi", "làm sạch dữ liệu dân cư ở phường Buôn Ma Thuột: ai thực hiện, sản phẩm đầu ra là gì?",
          ["Công an phường", "Dữ liệu dân cư đúng, đủ, sạch, sống"], [cells(p, "Làm sạch dữ liệu dân cư")]),
        Q(d, "list", "những việc nào Phòng KT, HT và ĐT phường Buôn Ma Thuột thực hiện trong KH 31?",
          [["Rà soát quy trình nội bộ"], ["Cấp giấy phép xây dựng"], ["Thu phí, lệ phí"], ["Công khai dự toán, quyết toán"],
           ["camera giám sát"]],
          [cells(p, "Rà soát quy trình nội bộ"), cells(p, "Cấp giấy phép xây dựng"), cells(p, "Thu phí, lệ phí"),
           cells(p, "Công khai dự toán"), cells(p, "Lắp đặt camera")]),
        Q(d, "multi", "bên nào phải nộp báo cáo quý về VP HĐND-UBND phường BMT, hạn ngày mấy?",
          ["Các phòng chuyên môn, Công an phường", in_quarter("05")], [report(p, "Các phòng chuyên môn", "Báo cáo quý")]),
        Q(d, "target", "mục tiêu tỷ lệ hồ sơ TTHC nộp trực tuyến của phường Buôn Ma Thuột năm 2026?",
          ["90%"], [sent(p, "Tối thiểu 90% hồ sơ thủ tục hành chính", "trực tuyến.")]),
        Q(d, "lookup", "KH 31 phường BMT kinh phí bao nhiêu, ai tham mưu phân bổ?",
          ["150 triệu đồng", KTHTDT], [sent(p, "Kinh phí thực hiện Kế hoạch là 150 triệu đồng", "tham mưu phân bổ.")]),
        Q(d, "multi", "số hóa sổ hộ tịch từ 1976 ở phường BMT: ai làm, xong trước ngày nào?",
          ["Phòng Văn hóa - Xã hội", day("31/10/2026")], [cells(p, "Số hóa sổ hộ tịch")]),
        Q(d, "list", "phường Buôn Ma Thuột có những nhiệm vụ nào hạn trong quý III/2026?",
          [["Cấp giấy phép xây dựng"], ["Thu phí, lệ phí"], ["Làm sạch dữ liệu dân cư"]],
          [cells(p, "Cấp giấy phép xây dựng"), cells(p, "Thu phí, lệ phí"), cells(p, "Làm sạch dữ liệu dân cư")]),
        Q(d, "multi", "camera giám sát trật tự đô thị phường BMT: ai phối hợp, đầu ra gì?",
          ["Công an phường", "Viettel Đắk Lắk", "60 điểm camera được kết nối"], [cells(p, "Lắp đặt camera")]),
        Q(d, "lookup", "ai ký KH 31/KH-UBND phường Buôn Ma Thuột?",
          ["Lê Thị Mỹ Hạnh", ["PHÓ CHỦ TỊCH", "Phó Chủ tịch"]],
          [sent(p, "Các phòng, đơn vị thuộc phường; - Lưu: VT.", "Lê Thị Mỹ Hạnh")]),
        Q(d, "who", "sắp xếp tổ dân phố, buôn quy mô nhỏ ở P. Buôn Ma Thuột ai đầu mối?",
          [VP], [cells(p, "Rà soát, sắp xếp các tổ dân phố")]),
        N(d, "Phường Buôn Ma Thuột giao ai niêm yết TTHC bằng tiếng Việt và tiếng Gia Rai?", ("Gia Rai",)),
        N(d, "Giá vé Lễ hội cà phê Buôn Ma Thuột năm 2026 bao nhiêu?", ("cà phê", "lễ hội")),
    ]


DV_NGUOI_HOC = "Cung cấp dịch vụ trực tuyến cho người học"
QLDT = "Triển khai hệ thống quản lý đào tạo"


def dh_can_tho() -> list[dict[str, Any]]:
    """Trường Đại học Cần Thơ, 52/KH-ĐHCT (test, Word-numbered DOCX with sub-task rows)."""
    p, d = DH_CAN_THO, DH_CAN_THO.file
    return [
        Q(d, "multi", "ĐHCT: cấp giấy xác nhận sinh viên trực tuyến ai đầu mối, bên nào phối hợp, hạn?",
          [CTSV, CDS, quarter("II")], sub(p, DV_NGUOI_HOC, "Cấp giấy xác nhận sinh viên")),
        Q(d, "multi", "kết nối dữ liệu văn bằng với hệ thống của Bộ GDĐT (ĐH Cần Thơ) hạn khi nào, kết quả gì?",
          [quarter("IV"), "Dữ liệu văn bằng được kết nối"], sub(p, QLDT, "Kết nối dữ liệu văn bằng")),
        Q(d, "list", "Trường ĐH Cần Thơ - những việc nào Phòng TC-HC chủ trì?",
          [["Sắp xếp các khoa, viện"], ["bản mô tả vị trí việc làm"], ["ký số văn bản đi"]],
          [cells(p, "Sắp xếp các khoa, viện"), cells(p, "Xây dựng bản mô tả"), cells(p, "Triển khai ký số")]),
        Q(d, "when", "rút ngắn thời gian miễn, giảm học phí xuống 5 ngày ở ĐHCT hạn khi nào?",
          ["6 tháng đầu năm 2026"], [cells(p, "Rút ngắn thời gian giải quyết miễn")]),
        Q(d, "target", "ĐH Cần Thơ chỉ tiêu bao nhiêu % thủ tục cho người học làm trực tuyến?",
          ["95%"], [sent(p, "Tối thiểu 95% thủ tục, dịch vụ", "trực tuyến.")]),
        Q(d, "multi", "Phòng TC-HC ĐHCT báo cáo Bộ GDĐT kết quả CCHC hạn 6 tháng và năm?",
          [day("18/6/2026"), day("18/11/2026")], [sent(p, "Tổng hợp, báo cáo Bộ Giáo dục và Đào tạo", "18/11/2026.")]),
        Q(d, "lookup", "kinh phí KH CCHC ĐH Cần Thơ lấy từ đâu, bao nhiêu?",
          ["nguồn thu sự nghiệp", "300 triệu đồng"], [sent(p, "Bố trí 300 triệu đồng", "thực hiện Kế hoạch.")]),
        Q(d, "multi", "thu học phí qua cổng thanh toán trực tuyến ĐHCT: ai chủ trì, ngân hàng nào phối hợp, thời hạn?",
          ["Phòng Tài chính", "Ngân hàng BIDV chi nhánh Cần Thơ", "Thường xuyên"], [cells(p, "Thu học phí qua cổng")]),
        Q(d, "lookup", "KH 52/KH-ĐHCT do ai ký, chức vụ gì?",
          ["Trần Thanh Bình", ["PHÓ HIỆU TRƯỞNG", "Phó Hiệu trưởng"]],
          [sent(p, "Các đơn vị thuộc Trường; - Lưu: VT, TCHC.", "Trần Thanh Bình")]),
        Q(d, "who", "số hóa hồ sơ người học khóa 2020-2025 ở ĐHCT: ai chủ trì, bên nào phối hợp?",
          [CDS, "Phòng Đào tạo", "Trung tâm Học liệu"], sub(p, QLDT, "Số hóa hồ sơ người học")),
        Q(d, "who", "thư viện số dùng chung của ĐH Cần Thơ giao đơn vị nào?",
          ["Trung tâm Học liệu"], [cells(p, "Triển khai thư viện số")]),
        N(d, "ĐH Cần Thơ: cấp giấy xác nhận học viên cao học trực tuyến giao ai?", ("học viên", "cao học")),
        N(d, "Ai phụ trách sắp xếp ký túc xá trong KH CCHC 2026 của ĐH Cần Thơ?", ("ký túc xá",)),
    ]
