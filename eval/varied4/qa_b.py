"""Questions about the batch-4 DOCX plans (Sở Y tế Hải Phòng dev, Sở Nội vụ Bắc Ninh test)."""

from __future__ import annotations

from typing import Any

from eval.varied.qa_build import Q
from eval.varied4.content_b import BAC_NINH, HAI_PHONG
from eval.varied4.qa_util import N, day, in_quarter, month, quarter


def hai_phong() -> list[dict[str, Any]]:
    """Sở Y tế thành phố Hải Phòng, 18/KH-SYT (dev)."""
    d = HAI_PHONG.file
    return [
        Q(d, "who", "Ở Sở Y tế Hải Phòng, đơn vị nào chủ trì triển khai sổ sức khỏe điện tử trên VNeID?",
          ["Trung tâm Kiểm soát bệnh tật thành phố"],
          ["Triển khai sổ sức khỏe điện tử trên ứng dụng VNeID cho người dân thành phố"]),
        Q(d, "multi", "Sở Y tế Hải Phòng: liên thông giấy chứng sinh, giấy báo tử với CSDL dân cư do ai chủ trì, phối hợp với ai, hạn khi nào?",
          ["Văn phòng Sở", "Công an thành phố", "Các bệnh viện công lập", "Sở Khoa học và Công nghệ", quarter("III")],
          ["Liên thông dữ liệu giấy chứng sinh, giấy báo tử với Cơ sở dữ liệu quốc gia về dân cư"]),
        Q(d, "when", "Sở Y tế Hải Phòng triển khai bệnh án điện tử ở các bệnh viện công lập hạn chót khi nào?",
          [month(9)], ["Triển khai bệnh án điện tử tại tất cả bệnh viện công lập trên địa bàn thành phố"], strip=True),
        Q(d, "list", "Liệt kê các nhiệm vụ CCHC 2026 do Phòng Nghiệp vụ Y Sở Y tế Hải Phòng chủ trì",
          ["giấy phép hoạt động", "chứng chỉ hành nghề", "bệnh án điện tử"],
          ["Rà soát, đơn giản hóa thủ tục cấp giấy phép hoạt động đối với cơ sở khám bệnh, chữa bệnh",
           "Cung cấp dịch vụ công trực tuyến toàn trình cấp chứng chỉ hành nghề khám bệnh, chữa bệnh",
           "Triển khai bệnh án điện tử tại tất cả bệnh viện công lập trên địa bàn thành phố"]),
        Q(d, "list", "Những nhiệm vụ nào của Sở Y tế Hải Phòng có thời gian hoàn thành là thường xuyên?",
          ["Công khai giá dịch vụ", "Thanh toán viện phí không dùng tiền mặt"],
          ["Công khai giá dịch vụ khám bệnh, chữa bệnh của các bệnh viện công lập trên Cổng thông tin điện tử của Sở",
           "Thanh toán viện phí không dùng tiền mặt tại các bệnh viện tuyến thành phố"]),
        Q(d, "multi", "Báo cáo CCHC năm của Sở Y tế Hải Phòng gửi những cơ quan nào và trước ngày nào?",
          ["UBND thành phố", "Sở Nội vụ", "Bộ Y tế", day("30/11/2026")],
          ["Báo cáo năm | Sở Y tế | UBND thành phố (qua Sở Nội vụ); Bộ Y tế | Trước ngày 30/11/2026"]),
        Q(d, "when", "Các phòng, đơn vị trực thuộc Sở Y tế Hải Phòng nộp báo cáo quý về Văn phòng Sở trước ngày mấy?",
          [in_quarter("08")],
          ["Báo cáo quý | Các phòng, đơn vị trực thuộc Sở | Văn phòng Sở | Trước ngày 08 của tháng cuối quý"]),
        Q(d, "who", "Giao cho ai sắp xếp các trung tâm y tế cấp huyện cũ thành trung tâm y tế khu vực ở Hải Phòng, phối hợp với ai?",
          ["Phòng Tổ chức cán bộ", "Sở Nội vụ", "Sở Tài chính"],
          ["Sắp xếp các trung tâm y tế cấp huyện cũ thành trung tâm y tế khu vực"]),
        Q(d, "lookup", "Who signed the Hai Phong Department of Health's 2026 administrative reform plan, and what is its number?",
          ["Vũ Thị Lan Phương", "18/KH-SYT"],
          ["- Lưu: VT, VP. GIÁM ĐỐC Vũ Thị Lan Phương", "Số: 18/KH-SYT Hải Phòng, ngày 15 tháng 01 năm 2026"], en=True),
        Q(d, "lookup", "Kinh phí thực hiện kế hoạch CCHC năm 2026 của Sở Y tế Hải Phòng lấy từ nguồn nào?",
          ["ngân sách nhà nước", "nguồn thu sự nghiệp"],
          ["Kinh phí thực hiện Kế hoạch được bảo đảm từ nguồn ngân sách nhà nước giao cho Sở năm 2026 và nguồn thu sự nghiệp của các đơn vị"]),
        N(d, "Tổng kinh phí kế hoạch CCHC 2026 của Sở Y tế Hải Phòng là bao nhiêu tỷ đồng?", ("tỷ đồng", "triệu đồng")),
        N(d, "Ai chủ trì liên thông dữ liệu giấy chứng sinh với Cơ sở dữ liệu quốc gia về bảo hiểm ở Hải Phòng?",
          ("quốc gia về bảo hiểm",)),
        N(d, "Ai là Phó Giám đốc Sở Y tế Hải Phòng phụ trách cải cách hành chính?"),
        N(d, "Hạn cấp chứng chỉ hành nghề dược trực tuyến toàn trình của Sở Y tế Hải Phòng là khi nào?", ("hành nghề dược",)),
    ]


def bac_ninh() -> list[dict[str, Any]]:
    """Sở Nội vụ tỉnh Bắc Ninh, 07/KH-SNV (test)."""
    d = BAC_NINH.file
    sipas = "Tổ chức điều tra xã hội học xác định Chỉ số hài lòng SIPAS cấp tỉnh năm 2026"
    return [
        Q(d, "who", "Ở Sở Nội vụ Bắc Ninh, phòng nào chủ trì điều tra xã hội học xác định SIPAS 2026?",
          ["Phòng Cải cách hành chính"], [sipas]),
        Q(d, "who", "Sở Nội vụ Bắc Ninh điều tra SIPAS cấp tỉnh năm 2026 cùng phối hợp với những đơn vị nào?",
          ["Bưu điện tỉnh Bắc Ninh", "UBND các xã, phường"], [sipas]),
        Q(d, "when", "Kỳ thi tuyển công chức tỉnh Bắc Ninh năm 2026 trên máy vi tính tổ chức khi nào?",
          [month(10)], ["Tổ chức thi tuyển công chức tỉnh Bắc Ninh năm 2026 trên máy vi tính"]),
        Q(d, "who", "Sở Nội vụ Bắc Ninh giao ai số hóa tài liệu lưu trữ lịch sử giai đoạn 1997 - 2025?",
          ["Trung tâm Lưu trữ lịch sử tỉnh"],
          ["Số hóa tài liệu lưu trữ lịch sử của tỉnh Bắc Ninh và tỉnh Bắc Giang giai đoạn 1997 - 2025"], strip=True),
        Q(d, "list", "Liệt kê các nhiệm vụ do Phòng Công chức, viên chức Sở Nội vụ Bắc Ninh chủ trì",
          ["thi tuyển công chức", "cơ sở dữ liệu cán bộ, công chức, viên chức", "xếp loại công chức"],
          ["Tổ chức thi tuyển công chức tỉnh Bắc Ninh năm 2026 trên máy vi tính",
           "Xây dựng cơ sở dữ liệu cán bộ, công chức, viên chức của tỉnh đồng bộ với cơ sở dữ liệu quốc gia",
           "Đánh giá, xếp loại công chức theo kết quả thực hiện nhiệm vụ hằng quý"]),
        Q(d, "multi", "UBND tỉnh Bắc Ninh gửi báo cáo CCHC 6 tháng cho cơ quan nào, ai tham mưu và trước ngày nào?",
          ["Bộ Nội vụ", "Sở Nội vụ", day("15/6/2026")],
          ["Báo cáo 6 tháng của tỉnh | UBND tỉnh (Sở Nội vụ tham mưu) | Bộ Nội vụ | Trước ngày 15/6/2026"]),
        Q(d, "lookup", "Kinh phí kế hoạch CCHC 2026 của Sở Nội vụ Bắc Ninh là bao nhiêu, từ nguồn nào?",
          [["960 triệu đồng", "960 triệu"], "nguồn kinh phí cải cách hành chính"],
          ["Kinh phí thực hiện Kế hoạch là 960 triệu đồng từ nguồn kinh phí cải cách hành chính năm 2026 của tỉnh giao cho Sở Nội vụ."]),
        Q(d, "target", "What SIPAS target does the Bac Ninh Department of Home Affairs' 2026 plan set for the province?",
          ["90%"], ["Chỉ số hài lòng của người dân, doanh nghiệp (SIPAS) của tỉnh đạt trên 90%."], en=True),
        Q(d, "lookup", "Kế hoạch CCHC 2026 của Sở Nội vụ Bắc Ninh do ai ký và ban hành ngày nào?",
          ["Ngô Thị Thanh Xuân", ["08/01/2026", "8/1/2026", "08 tháng 01 năm 2026"]],
          ["- Lưu: VT, CCHC. GIÁM ĐỐC Ngô Thị Thanh Xuân", "Số: 07/KH-SNV Bắc Ninh, ngày 08 tháng 01 năm 2026"]),
        N(d, "Kỳ thi tuyển viên chức tỉnh Bắc Ninh năm 2026 trên máy vi tính tổ chức khi nào?", ("thi tuyển viên chức",)),
        N(d, "Năm 2026 tỉnh Bắc Ninh được giao bao nhiêu biên chế công chức?", ("biên chế công chức",)),
        N(d, "Sở Nội vụ Bắc Ninh giao Phòng Văn thư - Lưu trữ chủ trì nhiệm vụ gì?", ("Phòng Văn thư",)),
        N(d, "Ai là Phó Giám đốc Sở Nội vụ Bắc Ninh phụ trách cải cách hành chính?", strip=True),
        N(d, "How many civil servants work at the Bac Ninh Department of Home Affairs?", en=True),
    ]
