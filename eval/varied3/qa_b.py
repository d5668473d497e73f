"""Questions about the batch-3 DOCX plans (Sở KH&CN Đắk Lắk dev, Văn phòng UBND tỉnh Thái Nguyên test)."""

from __future__ import annotations

from typing import Any

from eval.varied.qa_build import Q
from eval.varied3.content_b import DAK_LAK, THAI_NGUYEN


def dak_lak() -> list[dict[str, Any]]:
    """Sở Khoa học và Công nghệ tỉnh Đắk Lắk, 24/KH-SKHCN (dev)."""
    d = DAK_LAK.file
    return [
        Q(d, "who", "Ai chủ trì triển khai nền tảng họp trực tuyến dùng chung đến các xã, phường theo kế hoạch CCHC của Sở KH&CN Đắk Lắk?",
          ["Phòng Chuyển đổi số"], ["Triển khai nền tảng họp trực tuyến dùng chung đến UBND các xã, phường"]),
        Q(d, "multi", "Sở KHCN Đắk Lắk: nâng cấp Cổng dữ liệu mở do đơn vị nào làm và hạn khi nào?",
          ["Trung tâm Thông tin và Thống kê khoa học và công nghệ", ["30/9/2026", "30/09/2026"]],
          ["Nâng cấp Cổng dữ liệu mở của tỉnh, công bố tối thiểu 50 bộ dữ liệu mở"]),
        Q(d, "when", "Hạn chót rà soát, đơn giản hóa thủ tục cấp giấy phép công việc bức xạ trong y tế của Sở KH&CN Đắk Lắk?",
          [["31/5/2026", "31/05/2026"]],
          ["Rà soát, đơn giản hóa thủ tục cấp giấy phép tiến hành công việc bức xạ trong y tế"], strip=True),
        Q(d, "who", "so khcn dak lak trien khai chu ky so cong cong cho nguoi dan qua ung dung di dong phoi hop voi ai?",
          ["Bưu điện tỉnh", "Công an tỉnh"], ["Triển khai chữ ký số công cộng cho người dân qua ứng dụng di động"], strip=True),
        Q(d, "when", "Sở Nội vụ Đắk Lắk được đề nghị thẩm định đề án vị trí việc làm của Sở KH&CN trước ngày nào?",
          [["30/6/2026", "30/06/2026"]],
          ["Đề nghị Sở Nội vụ phối hợp thẩm định đề án vị trí việc làm của Sở trước ngày 30/6/2026."]),
        Q(d, "who", "Theo kế hoạch CCHC 2026 của Sở KH&CN Đắk Lắk, cơ quan nào thẩm định phương án tự chủ tài chính của Trung tâm Thông tin và Thống kê KH&CN?",
          ["Sở Tài chính"],
          ["Đề nghị Sở Tài chính thẩm định phương án tự chủ tài chính của Trung tâm Thông tin và Thống kê khoa học và công nghệ"]),
        Q(d, "when", "Sở KH&CN Đắk Lắk gửi báo cáo CCHC 6 tháng đầu năm 2026 lên UBND tỉnh hạn chót ngày nào?",
          [["12/6/2026", "12/06/2026"]],
          ["Báo cáo 6 tháng đầu năm | Sở Khoa học và Công nghệ | UBND tỉnh (qua Sở Nội vụ) | Trước ngày 12/6/2026"]),
        Q(d, "multi", "Các phòng, đơn vị thuộc Sở KH&CN Đắk Lắk nộp báo cáo quý cho ai và trước ngày mấy?",
          ["Văn phòng Sở", ["ngày 05 của tháng cuối quý", "05 của tháng cuối quý", "05/3/2026"]],
          ["Các phòng, đơn vị thuộc Sở gửi báo cáo quý về Văn phòng Sở trước ngày 05 của tháng cuối quý, báo cáo năm trước ngày 25/11/2026."]),
        Q(d, "target", "Sở KH&CN Đắk Lắk đặt chỉ tiêu bao nhiêu % cơ quan cấp xã dùng nền tảng họp trực tuyến dùng chung?",
          ["70%"], ["Tối thiểu 70% cơ quan nhà nước cấp xã sử dụng nền tảng họp trực tuyến dùng chung của tỉnh."]),
        Q(d, "list", "Liệt kê các nhiệm vụ CCHC 2026 do Văn phòng Sở KH&CN Đắk Lắk chủ trì",
          ["Số hóa hồ sơ", "Khảo sát mức độ hài lòng", "đề án vị trí việc làm"],
          ["Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính lĩnh vực sở hữu trí tuệ, tiêu chuẩn đo lường chất lượng",
           "Khảo sát mức độ hài lòng của tổ chức, cá nhân khi giải quyết thủ tục hành chính tại Sở",
           "Xây dựng đề án vị trí việc làm của Sở sau khi hợp nhất với Sở Thông tin và Truyền thông"]),
        Q(d, "lookup", "Who signed the Dak Lak Department of Science and Technology's 2026 administrative reform plan?",
          ["Y Bhim Niê"], ["- Lưu: VT, VP. KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Y Bhim Niê"], en=True),
        Q(d, "none", "Ai là Giám đốc Sở Khoa học và Công nghệ tỉnh Đắk Lắk?"),
        Q(d, "none", "Email của Văn phòng Sở KH&CN Đắk Lắk để gửi báo cáo CCHC là gì?"),
        Q(d, "none", "Sở KH&CN Đắk Lắk giao Phòng Quản lý du lịch phối hợp nhiệm vụ CCHC nào năm 2026?"),
        Q(d, "none", "Sở KHCN Đắk Lắk gửi báo cáo CCHC quý I cho Bộ Khoa học và Công nghệ trước ngày nào?"),
    ]


def thai_nguyen() -> list[dict[str, Any]]:
    """Văn phòng UBND tỉnh Thái Nguyên, 05/KH-VPUBND (test)."""
    d = THAI_NGUYEN.file
    return [
        Q(d, "who", "Ở Văn phòng UBND tỉnh Thái Nguyên, đơn vị nào chủ trì vận hành tổng đài tiếp nhận phản ánh về TTHC?",
          ["Trung tâm Phục vụ hành chính công tỉnh"],
          ["Vận hành tổng đài tiếp nhận phản ánh, kiến nghị về thủ tục hành chính"], strip=True),
        Q(d, "multi", "VP UBND tỉnh Thái Nguyên: rà soát cắt giảm thành phần hồ sơ đã tích hợp trên VNeID do ai chủ trì, phối hợp với ai, hạn khi nào?",
          ["Phòng Kiểm soát thủ tục hành chính", "Công an tỉnh", ["30/6/2026", "30/06/2026"]],
          ["Rà soát, đề xuất cắt giảm thành phần hồ sơ đã được tích hợp trên ứng dụng VNeID"]),
        Q(d, "when", "Khi nào Văn phòng UBND tỉnh Thái Nguyên phải số hóa xong Công báo tỉnh giai đoạn 2010 - 2020?",
          [["15/12/2026"]], ["Số hóa Công báo tỉnh giai đoạn 2010 - 2020"]),
        Q(d, "when", "van phong ubnd tinh thai nguyen nang cap he thong quan ly van ban tich hop tro ly ao han khi nao?",
          [["Tháng 9/2026", "tháng 9 năm 2026", "09/2026"]],
          ["Nâng cấp hệ thống quản lý văn bản và điều hành của UBND tỉnh, tích hợp trợ lý ảo tóm tắt văn bản"], strip=True),
        Q(d, "who", "Bên nào phối hợp với Phòng Hành chính - Tổ chức kiểm tra kỷ luật, kỷ cương tại Trung tâm Phục vụ hành chính công tỉnh Thái Nguyên?",
          ["Thanh tra tỉnh"],
          ["Tổ chức kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính tại Trung tâm Phục vụ hành chính công tỉnh"]),
        Q(d, "target", "Văn phòng UBND tỉnh Thái Nguyên phấn đấu giảm thời gian xử lý văn bản bao nhiêu phần trăm so với 2025?",
          ["20%"],
          ["Thời gian xử lý văn bản trên hệ thống quản lý văn bản và điều hành giảm 20% so với năm 2025."]),
        Q(d, "target", "Tỷ lệ hồ sơ TTHC được tái sử dụng dữ liệu số hóa mà VP UBND tỉnh Thái Nguyên đặt ra năm 2026 là bao nhiêu?",
          ["80%"], ["Tối thiểu 80% hồ sơ thủ tục hành chính được tái sử dụng dữ liệu đã số hóa."]),
        Q(d, "multi", "Các phòng thuộc Văn phòng UBND tỉnh Thái Nguyên nộp báo cáo CCHC quý cho đơn vị nào, hạn ngày mấy?",
          ["Phòng Hành chính - Tổ chức", ["ngày 06 của tháng cuối quý", "06 của tháng cuối quý"]],
          ["Báo cáo quý | Các phòng, đơn vị thuộc Văn phòng | Phòng Hành chính - Tổ chức | Trước ngày 06 của tháng cuối quý"]),
        Q(d, "when", "Văn phòng UBND tỉnh Thái Nguyên gửi báo cáo CCHC năm 2026 lên UBND tỉnh trước ngày nào?",
          [["01/12/2026", "1/12/2026"]],
          ["Báo cáo năm của Văn phòng | Văn phòng UBND tỉnh | UBND tỉnh (qua Sở Nội vụ) | Trước ngày 01/12/2026"]),
        Q(d, "lookup", "Kế hoạch CCHC 2026 của Văn phòng UBND tỉnh Thái Nguyên thay thế kế hoạch nào?",
          ["03/KH-VPUBND"],
          ["Kế hoạch này thay thế Kế hoạch số 03/KH-VPUBND ngày 08/01/2025; các nhiệm vụ chưa hoàn thành năm 2025 được chuyển sang thực hiện năm 2026."]),
        Q(d, "lookup", "Who signed plan 05/KH-VPUBND of the Thai Nguyen Provincial People's Committee Office and in what role?",
          ["Dương Thị Thu Hà", "Chánh Văn phòng"], ["- Lưu: VT, HCTC. CHÁNH VĂN PHÒNG Dương Thị Thu Hà"], en=True),
        Q(d, "list", "Những nhiệm vụ nào do Trung tâm Thông tin - Công báo Thái Nguyên chủ trì trong kế hoạch CCHC 2026?",
          ["trợ lý ảo", "Số hóa Công báo"],
          ["Nâng cấp hệ thống quản lý văn bản và điều hành của UBND tỉnh, tích hợp trợ lý ảo tóm tắt văn bản",
           "Số hóa Công báo tỉnh giai đoạn 2010 - 2020"]),
        Q(d, "none", "Văn phòng UBND tỉnh Thái Nguyên dành bao nhiêu triệu đồng cho kế hoạch CCHC năm 2026?"),
        Q(d, "none", "Năm 2026 Văn phòng UBND tỉnh Thái Nguyên có bao nhiêu công chức?"),
        Q(d, "none", "Khi nào Văn phòng UBND tỉnh Thái Nguyên phải số hóa xong Công báo tỉnh giai đoạn 2021 - 2025?"),
        Q(d, "none", "Văn phòng UBND tỉnh Thái Nguyên giao Cục Sở hữu trí tuệ phối hợp nhiệm vụ gì?"),
    ]
