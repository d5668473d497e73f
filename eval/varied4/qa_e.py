"""Questions about the batch-4 test PDF and TXT (Sở GD&ĐT Đà Nẵng, UBND phường Kinh Bắc)."""

from __future__ import annotations

from typing import Any

from eval.varied.qa_build import Q
from eval.varied4.content_e import DA_NANG, KINH_BAC
from eval.varied4.qa_util import N, day, month, quarter


def da_nang() -> list[dict[str, Any]]:
    """Sở Giáo dục và Đào tạo thành phố Đà Nẵng, 31/KH-SGDĐT (test)."""
    d = DA_NANG.file
    so_goc = "Số hóa sổ gốc cấp văn bằng tốt nghiệp trung học phổ thông từ năm 1976 đến năm 2020"
    ts10 = "Tổ chức tuyển sinh trực tuyến vào lớp 10 trung học phổ thông công lập năm học 2026 - 2027"
    cntt = ["Xây dựng kho học liệu số dùng chung cho giáo viên toàn thành phố",
            "Kết nối cơ sở dữ liệu ngành giáo dục với Cơ sở dữ liệu quốc gia về dân cư để xác thực thông tin học sinh",
            "Triển khai ứng dụng liên lạc điện tử giữa nhà trường và cha mẹ học sinh"]
    return [
        Q(d, "who", "Đơn vị nào của Sở GD&ĐT Đà Nẵng chủ trì tuyển sinh trực tuyến vào lớp 10?",
          ["Phòng Giáo dục phổ thông"], [ts10]),
        Q(d, "multi", "Sở GDĐT Đà Nẵng: số hóa sổ gốc văn bằng tốt nghiệp THPT do ai làm, phối hợp với ai, hạn khi nào?",
          ["Phòng Khảo thí và Quản lý chất lượng", "Văn phòng Sở", "Sở Khoa học và Công nghệ", month(12)], [so_goc]),
        Q(d, "when", "Sở GD&ĐT Đà Nẵng tuyển sinh lớp 10 trực tuyến hạn chót ngày nào?",
          [day("15/6/2026")], [ts10], strip=True),
        Q(d, "who", "Ai phối hợp xây dựng kho học liệu số dùng chung cho giáo viên Đà Nẵng?",
          ["Phòng Giáo dục phổ thông", "Sở Văn hóa, Thể thao và Du lịch"], [cntt[0]]),
        Q(d, "list", "Liệt kê các nhiệm vụ do Trung tâm Công nghệ thông tin và Thiết bị giáo dục Đà Nẵng chủ trì",
          ["kho học liệu số", "Cơ sở dữ liệu quốc gia về dân cư", "liên lạc điện tử"], cntt),
        Q(d, "list", "Những nhiệm vụ nào của Sở GD&ĐT Đà Nẵng đến hạn trong quý III/2026?",
          ["bản sao văn bằng", "Tuyển dụng giáo viên", "học bạ số", "Cơ sở dữ liệu quốc gia về dân cư", "liên lạc điện tử"],
          ["Cung cấp dịch vụ công trực tuyến toàn trình cấp bản sao văn bằng, chứng chỉ từ sổ gốc",
           "Tuyển dụng giáo viên theo hình thức xét tuyển tập trung toàn thành phố",
           "Triển khai học bạ số cấp tiểu học và trung học cơ sở trên toàn thành phố", cntt[1], cntt[2]]),
        Q(d, "lookup", "Tổng kinh phí kế hoạch CCHC 2026 của Sở GD&ĐT Đà Nẵng và phần dành cho số hóa sổ gốc văn bằng là bao nhiêu?",
          [["1.860 triệu đồng", "1.860 triệu", "1,86 tỷ"], ["900 triệu đồng", "900 triệu"]],
          ["Tổng kinh phí thực hiện Kế hoạch là 1.860 triệu đồng từ ngân sách thành phố giao cho Sở năm 2026, trong đó 900 triệu đồng cho số hóa sổ gốc văn bằng."]),
        Q(d, "multi", "Ai báo cáo Bộ Giáo dục và Đào tạo số liệu tuyển sinh trực tuyến của Đà Nẵng và hạn khi nào?",
          ["Phòng Giáo dục phổ thông", day("31/7/2026")],
          ["Phòng Giáo dục phổ thông tổng hợp số liệu tuyển sinh trực tuyến, báo cáo Bộ Giáo dục và Đào tạo trước ngày 31/7/2026."]),
        Q(d, "target", "What share of the Da Nang education department's procedure files must be settled fully online in 2026?",
          ["90%"], ["Tối thiểu 90% hồ sơ thủ tục hành chính của Sở được giải quyết trực tuyến toàn trình."], en=True),
        Q(d, "lookup", "Kế hoạch CCHC 2026 của Sở GD&ĐT Đà Nẵng do ai ký, số hiệu là gì?",
          ["Phan Thị Ngọc Diệp", "31/KH-SGDĐT"],
          ["- Lưu: VT, VP. GIÁM ĐỐC Phan Thị Ngọc Diệp", "Số: 31/KH-SGDĐT Đà Nẵng, ngày 27 tháng 01 năm 2026"]),
        N(d, "Sở GD&ĐT Đà Nẵng giao ai tổ chức tuyển sinh trực tuyến vào lớp 6?", ("lớp 6",)),
        N(d, "Hạn triển khai học bạ số cấp trung học phổ thông của Sở GD&ĐT Đà Nẵng là khi nào?",
          ("học bạ số cấp trung học phổ thông",)),
        N(d, "Năm 2026 Sở GD&ĐT Đà Nẵng cần tuyển bao nhiêu giáo viên?"),
        N(d, "Kế hoạch CCHC của Sở GD&ĐT Đà Nẵng giao Đại học Đà Nẵng nhiệm vụ gì?", ("Đại học Đà Nẵng",)),
        N(d, "Tối qua SHB Đà Nẵng đá với Hà Nội FC tỉ số bao nhiêu?", ("bóng đá",), strip=True),
    ]


def kinh_bac() -> list[dict[str, Any]]:
    """UBND phường Kinh Bắc (Bắc Ninh), 14/KH-UBND, prose TXT copied from a PDF (test)."""
    d = KINH_BAC.file
    dm = ("Giao Văn phòng HĐND và UBND phường chủ trì, phối hợp với Trung tâm Phục vụ hành chính công phường và Công an phường "
          "rà soát, công bố danh mục thủ tục hành chính tiếp nhận không phụ thuộc địa giới hành chính; hoàn thành trong Quý II/2026.")
    qh = ("Giao Phòng Văn hóa - Xã hội chủ trì, phối hợp với Ban Quản lý di tích phường số hóa hồ sơ di tích, lễ hội và các "
          "câu lạc bộ dân ca quan họ trên địa bàn phường, hoàn thành trong tháng 10/2026.")
    rep = ("Văn phòng HĐND và UBND phường tổng hợp, tham mưu UBND phường báo cáo UBND tỉnh (qua Sở Nội vụ) trước ngày 10 của "
           "tháng cuối quý; báo cáo 6 tháng trước ngày 10/6/2026; báo cáo năm trước ngày 01/12/2026.")
    return [
        Q(d, "who", "Phường Kinh Bắc giao ai rà soát, công bố danh mục TTHC tiếp nhận không phụ thuộc địa giới hành chính?",
          ["Văn phòng HĐND và UBND phường"], [dm]),
        Q(d, "multi", "Phường Kinh Bắc: danh mục TTHC không phụ thuộc địa giới hành chính phối hợp với ai, hoàn thành khi nào?",
          ["Trung tâm Phục vụ hành chính công phường", "Công an phường", quarter("II")], [dm]),
        Q(d, "when", "Phường Kinh Bắc cấp giấy phép sửa chữa nhà ở trong khu vực bảo vệ di tích trực tuyến hạn chót ngày nào?",
          [day("15/6/2026")],
          ["Giao Phòng Kinh tế, Hạ tầng và Đô thị chủ trì cấp giấy phép sửa chữa, cải tạo nhà ở trong khu vực bảo vệ di tích theo hình thức trực tuyến, hoàn thành trước ngày 15/6/2026."],
          strip=True),
        Q(d, "who", "Ai số hóa hồ sơ các câu lạc bộ dân ca quan họ ở phường Kinh Bắc, cùng với đơn vị nào?",
          ["Phòng Văn hóa - Xã hội", "Ban Quản lý di tích phường"], [qh]),
        Q(d, "multi", "Phường Kinh Bắc đề nghị ai lấy ý kiến người dân về chất lượng phục vụ của Trung tâm PVHCC phường, bao lâu một lần?",
          ["Ủy ban Mặt trận Tổ quốc Việt Nam phường", "tổ dân phố", ["hằng quý", "hàng quý"]],
          ["Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường và các tổ dân phố phối hợp lấy ý kiến người dân về chất lượng phục vụ của Trung tâm Phục vụ hành chính công phường hằng quý."]),
        Q(d, "multi", "UBND phường Kinh Bắc báo cáo CCHC năm gửi ai, qua đâu, trước ngày nào?",
          ["UBND tỉnh", "Sở Nội vụ", day("01/12/2026")], [rep]),
        Q(d, "when", "Các phòng chuyên môn phường Kinh Bắc nộp báo cáo về Văn phòng HĐND và UBND phường trước ngày mấy?",
          [["ngày 06 của tháng cuối quý", "06 của tháng cuối quý"]],
          ["Các phòng chuyên môn và Trung tâm Phục vụ hành chính công phường gửi báo cáo kết quả thực hiện về Văn phòng HĐND và UBND phường trước ngày 06 của tháng cuối quý."],
          strip=True),
        Q(d, "lookup", "Phường Kinh Bắc thực hiện kế hoạch CCHC số mấy của UBND tỉnh Bắc Ninh?",
          ["09/KH-UBND"], ["Kế hoạch số 09/KH-UBND ngày 05/01/2026 của UBND tỉnh Bắc Ninh."]),
        Q(d, "lookup", "How large is Kinh Bac ward's 2026 reform budget, and how much of it goes to digitising relic and festival records?",
          [["85 triệu đồng", "85 triệu", "85 million"], ["30 triệu đồng", "30 triệu", "30 million"]],
          ["Kinh phí thực hiện Kế hoạch là 85 triệu đồng từ ngân sách phường năm 2026, trong đó 30 triệu đồng cho số hóa hồ sơ di tích, lễ hội."],
          en=True),
        Q(d, "lookup", "Ai ký kế hoạch CCHC 2026 của phường Kinh Bắc, chức danh gì?",
          ["Nguyễn Thị Hồng Vân", "Phó Chủ tịch"],
          ["- Lưu: VT. TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Thị Hồng Vân"]),
        N(d, "Ai chủ trì số hóa hồ sơ các câu lạc bộ ca trù ở phường Kinh Bắc?", ("ca trù",)),
        N(d, "Ai là Chủ tịch UBND phường Kinh Bắc?"),
        N(d, "Phường Kinh Bắc giao ai lắp camera giám sát tại bộ phận một cửa?", ("camera",)),
        N(d, "Kế hoạch CCHC 2026 của phường Võ Cường giao ai số hóa hồ sơ di tích, lễ hội?", ("Võ Cường",)),
    ]
