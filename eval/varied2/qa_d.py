"""Questions about the batch-2 scans (Ninh Bình dev, Tân Ninh test) and TXT plans (Thành Sen dev, Đất Mũi test)."""

from __future__ import annotations

from typing import Any

from eval.varied.qa_build import Q
from eval.varied2.content_d import NINH_BINH, TAN_NINH
from eval.varied2.content_e import DAT_MUI, THANH_SEN


def ninh_binh() -> list[dict[str, Any]]:
    """Sở Xây dựng tỉnh Ninh Bình, 1850/KH-SXD, 6 tháng cuối năm 2026, scanned (dev)."""
    d = NINH_BINH.file
    vp = ("Văn phòng Sở theo dõi, đôn đốc các phòng, đơn vị; tổng hợp báo cáo quý III gửi Sở Nội vụ "
          "trước ngày 12/9/2026 và báo cáo năm trước ngày 01/12/2026.")
    return [
        Q(d, "who", "Ai chủ trì rà soát nguyên nhân hồ sơ cấp giấy phép xây dựng trễ hạn ở Sở Xây dựng Ninh Bình?",
          ["Phòng Quản lý xây dựng"], ["Rà soát nguyên nhân hồ sơ cấp giấy phép xây dựng trễ hạn 6 tháng đầu năm 2026"]),
        Q(d, "multi", "Sở Xây dựng Ninh Bình: cơ sở dữ liệu về nhà ở và thị trường bất động sản do ai làm, phối hợp với ai, hạn khi nào?",
          ["Phòng Quản lý nhà và thị trường bất động sản", "Sở Khoa học và Công nghệ", "Sở Nông nghiệp và Môi trường",
           ["Tháng 12/2026", "tháng 12 năm 2026"]],
          ["Xây dựng cơ sở dữ liệu về nhà ở và thị trường bất động sản của tỉnh"]),
        Q(d, "when", "Khi nào Sở Xây dựng Ninh Bình phải công khai quy hoạch chung đô thị, quy hoạch phân khu trên cổng thông tin?",
          [["15/10/2026"]], ["Công khai quy hoạch chung đô thị, quy hoạch phân khu trên Cổng thông tin điện tử của Sở"]),
        Q(d, "when", "so xay dung ninh binh so hoa ho so cap giay phep xay dung giai doan 2020 - 2025 han cuoi la ngay nao?",
          [["30/11/2026"]], ["Số hóa hồ sơ cấp giấy phép xây dựng lưu trữ tại Sở giai đoạn 2020 - 2025"], strip=True),
        Q(d, "target", "Ninh Bình đặt chỉ tiêu bao nhiêu % hồ sơ cấp giấy phép xây dựng nộp trực tuyến trong 6 tháng cuối năm 2026?",
          ["75%"], ["Tối thiểu 75% hồ sơ cấp giấy phép xây dựng được nộp trực tuyến"]),
        Q(d, "lookup", "Ai ký kế hoạch CCHC 6 tháng cuối năm 2026 của Sở Xây dựng Ninh Bình, số hiệu văn bản là gì?",
          ["Đinh Văn Thắng", "1850/KH-SXD"], ["- Lưu: VT, VP. GIÁM ĐỐC Đinh Văn Thắng",
                                                "Số: 1850/KH-SXD Ninh Bình, ngày 03 tháng 07 năm 2026"]),
        Q(d, "multi", "Sở Xây dựng Ninh Bình gửi báo cáo CCHC quý III cho ai và trước ngày nào?",
          ["Sở Nội vụ", ["12/9/2026", "12/09/2026"]], [vp]),
        Q(d, "when", "The units of the Ninh Binh Department of Construction must send their annual reform report to the department office by when?",
          [["20/11/2026"]],
          ["Các phòng, đơn vị gửi báo cáo kết quả về Văn phòng Sở trước ngày 05/9/2026 đối với báo cáo quý III và trước ngày 20/11/2026 đối với báo cáo năm."],
          en=True),
        Q(d, "list", "Liệt kê các nhiệm vụ do Phòng Quản lý xây dựng chủ trì trong kế hoạch CCHC 6 tháng cuối năm 2026 của Sở Xây dựng Ninh Bình",
          ["giấy phép xây dựng trễ hạn", "báo cáo nghiên cứu khả thi"],
          ["Rà soát nguyên nhân hồ sơ cấp giấy phép xây dựng trễ hạn 6 tháng đầu năm 2026",
           "Cắt giảm thời gian thẩm định báo cáo nghiên cứu khả thi dự án đầu tư xây dựng"]),
        Q(d, "none", "Sở Xây dựng Ninh Bình bố trí bao nhiêu kinh phí cho kế hoạch CCHC 6 tháng cuối năm 2026?"),
        Q(d, "none", "Kế hoạch CCHC 6 tháng đầu năm 2027 của Sở Xây dựng Ninh Bình có những chỉ tiêu gì?"),
    ]


def tan_ninh() -> list[dict[str, Any]]:
    """UBND phường Tân Ninh (Tây Ninh), 09/KH-UBND, scanned prose plan at 300 dpi (test)."""
    d = TAN_NINH.file
    vtvl = ("Giao Phòng Văn hóa - Xã hội chủ trì, phối hợp với Văn phòng HĐND và UBND phường rà soát, đề xuất vị trí "
            "việc làm của các phòng chuyên môn, hoàn thành trong quý II/2026.")
    return [
        Q(d, "who", "Ai chủ trì làm sạch dữ liệu đất đai, hộ kinh doanh ở phường Tân Ninh?",
          ["Phòng Kinh tế, Hạ tầng và Đô thị"],
          ["Giao Phòng Kinh tế, Hạ tầng và Đô thị chủ trì, phối hợp với Công an phường làm sạch dữ liệu đất đai, hộ kinh doanh, hoàn thành trước ngày 30/9/2026."]),
        Q(d, "multi", "Phường Tân Ninh (Tây Ninh): việc rà soát vị trí việc làm các phòng chuyên môn giao cho ai, phối hợp với ai, xong khi nào?",
          ["Phòng Văn hóa - Xã hội", "Văn phòng HĐND và UBND phường", ["quý II/2026"]], [vtvl]),
        Q(d, "when", "phuong Tan Ninh niem yet cong khai thu tuc hanh chinh xong truoc ngay nao?",
          [["28/02/2026", "28/2/2026"]],
          ["Giao Văn phòng HĐND và UBND phường chủ trì, phối hợp với Trung tâm Phục vụ hành chính công phường niêm yết, công khai đầy đủ thủ tục hành chính, hoàn thành trước ngày 28/02/2026."],
          strip=True),
        Q(d, "when", "Hạn số hóa hồ sơ, kết quả giải quyết TTHC còn hiệu lực của phường Tân Ninh là ngày nào?",
          [["31/10/2026"]],
          ["Giao Văn phòng HĐND và UBND phường chủ trì số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực, hoàn thành trước ngày 31/10/2026."]),
        Q(d, "target", "Tỷ lệ hài lòng của người dân phường Tân Ninh năm 2026 phải đạt bao nhiêu?",
          ["95%"], ["100% hồ sơ được giải quyết đúng hạn; tỷ lệ hài lòng của người dân đạt trên 95%."]),
        Q(d, "lookup", "Kinh phí thực hiện kế hoạch CCHC 2026 của UBND phường Tân Ninh là bao nhiêu?",
          ["150 triệu đồng"],
          ["Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách phường năm 2026 là 150 triệu đồng."]),
        Q(d, "lookup", "Who signed the 2026 administrative reform plan of Tan Ninh ward, Tay Ninh?",
          ["Huỳnh Thị Mỹ Linh"], ["- Lưu: VT. TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Huỳnh Thị Mỹ Linh"], en=True),
        Q(d, "multi", "Các phòng chuyên môn phường Tân Ninh báo cáo CCHC cho ai, khi nào?",
          ["Văn phòng HĐND và UBND phường", "ngày 08 của tháng cuối quý", ["25/11/2026"]],
          ["Các phòng chuyên môn báo cáo kết quả thực hiện về Văn phòng HĐND và UBND phường trước ngày 08 của tháng cuối quý; báo cáo năm trước ngày 25/11/2026."]),
        Q(d, "none", "Phường Tân Ninh giao Phòng Tư pháp chủ trì nhiệm vụ cải cách hành chính nào năm 2026?"),
        Q(d, "none", "Kế hoạch CCHC của phường Tân Ninh quy định giờ làm việc của Trung tâm Phục vụ hành chính công vào thứ Bảy thế nào?"),
    ]


def thanh_sen() -> list[dict[str, Any]]:
    """UBND phường Thành Sen (Hà Tĩnh), 17/KH-UBND, TXT copied from a PDF (dev)."""
    d = THANH_SEN.file
    up = ("Văn phòng HĐND và UBND phường tổng hợp, tham mưu UBND phường báo cáo UBND tỉnh (qua Sở Nội vụ) trước ngày 12 "
          "của tháng cuối quý; báo cáo năm trước ngày 05/12/2026.")
    return [
        Q(d, "who", "Ai chủ trì thành lập Tổ công nghệ số cộng đồng hỗ trợ người cao tuổi ở phường Thành Sen?",
          ["Trung tâm Phục vụ hành chính công phường"],
          ["Giao Trung tâm Phục vụ hành chính công phường chủ trì, phối hợp với Đoàn Thanh niên phường thành lập Tổ công nghệ số cộng đồng"]),
        Q(d, "who", "Phường Thành Sen: Văn phòng HĐND và UBND phường cùng làm với ai để làm sạch dữ liệu dân cư?",
          ["Công an phường"],
          ["Giao Văn phòng HĐND và UBND phường chủ trì, phối hợp với Công an phường cập nhật, làm sạch dữ liệu dân cư phục vụ giải quyết thủ tục hành chính, hoàn thành trước ngày 30/6/2026."]),
        Q(d, "when", "Phuong Thanh Sen ra soat, sap xep to dan pho quy mo nho xong khi nao?",
          [["tháng 9/2026", "tháng 9 năm 2026"]],
          ["Giao Phòng Văn hóa - Xã hội chủ trì, phối hợp với Văn phòng HĐND và UBND phường rà soát, sắp xếp các tổ dân phố có quy mô nhỏ, hoàn thành trong tháng 9/2026."],
          strip=True),
        Q(d, "target", "Phường Thành Sen rút ngắn thời gian cấp giấy phép xây dựng nhà ở riêng lẻ còn bao nhiêu ngày?",
          [["10 ngày làm việc", "10 ngày"]],
          ["rút ngắn thời gian cấp giấy phép xây dựng nhà ở riêng lẻ còn 10 ngày làm việc, thực hiện từ quý II/2026"]),
        Q(d, "target", "Chỉ tiêu hồ sơ TTHC nộp trực tuyến năm 2026 của phường Thành Sen, Hà Tĩnh là bao nhiêu?",
          ["85%"], ["Tối thiểu 85% hồ sơ thủ tục hành chính được nộp trực tuyến; 100% kết quả giải quyết được trả bản điện tử."]),
        Q(d, "multi", "UBND phường Thành Sen gửi báo cáo CCHC năm 2026 cho ai, hạn khi nào?",
          [["UBND tỉnh", "Ủy ban nhân dân tỉnh"], "Sở Nội vụ", ["05/12/2026", "5/12/2026"]], [up]),
        Q(d, "when", "How often and by what day must the Thanh Sen ward's specialised offices report on administrative reform?",
          ["ngày 08 của tháng cuối quý"],
          ["Các phòng chuyên môn, Trung tâm Phục vụ hành chính công phường định kỳ hằng quý báo cáo kết quả về Văn phòng HĐND và UBND phường trước ngày 08 của tháng cuối quý."],
          en=True),
        Q(d, "lookup", "Kế hoạch CCHC 2026 của phường Thành Sen căn cứ kế hoạch nào của UBND tỉnh Hà Tĩnh?",
          ["26/KH-UBND"],
          ["Căn cứ Kế hoạch số 26/KH-UBND ngày 16/01/2026 của UBND tỉnh Hà Tĩnh về cải cách hành chính nhà nước năm 2026"]),
        Q(d, "lookup", "Ai ký kế hoạch cải cách hành chính năm 2026 của UBND phường Thành Sen?",
          ["Nguyễn Thị Thu Trang"], ["TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Thị Thu Trang"]),
        Q(d, "none", "Phường Thành Sen bố trí bao nhiêu triệu đồng cho kế hoạch cải cách hành chính năm 2026?"),
        Q(d, "none", "Kế hoạch CCHC phường Thành Sen giao Phòng Tài chính - Kế hoạch làm nhiệm vụ gì?"),
    ]


def dat_mui() -> list[dict[str, Any]]:
    """UBND xã Đất Mũi (Cà Mau), 52/KH-UBND, 6 tháng cuối năm 2026, TXT (test)."""
    d = DAT_MUI.file
    return [
        Q(d, "who", "Ai chủ trì tiếp nhận hồ sơ lưu động tại các ấp của xã Đất Mũi?",
          ["Văn phòng - Thống kê"],
          ["Giao công chức Văn phòng - Thống kê chủ trì, phối hợp với Trưởng ấp tổ chức tiếp nhận hồ sơ lưu động tại các ấp Mũi, Xóm Mới và Khai Long, thực hiện hằng tháng."]),
        Q(d, "multi", "Xã Đất Mũi: chỉnh lý hồ sơ địa chính sau sạt lở bờ biển do ai chủ trì, phối hợp với ai, xong trước ngày nào?",
          ["Địa chính - Nông nghiệp - Xây dựng và Môi trường", "Chi nhánh Văn phòng Đăng ký đất đai khu vực", ["15/11/2026"]],
          ["Giao công chức Địa chính - Nông nghiệp - Xây dựng và Môi trường chủ trì, phối hợp với Chi nhánh Văn phòng Đăng ký đất đai khu vực chỉnh lý hồ sơ địa chính sau sạt lở bờ biển, hoàn thành trước ngày 15/11/2026."]),
        Q(d, "when", "xa Dat Mui so hoa so ho tich han cuoi ngay nao?",
          [["30/9/2026", "30/09/2026"]],
          ["Giao công chức Tư pháp - Hộ tịch chủ trì, phối hợp với Công an xã cấp bản sao trích lục hộ tịch điện tử, hoàn thành số hóa sổ hộ tịch trước ngày 30/9/2026."],
          strip=True),
        Q(d, "when", "Đợt 2 hướng dẫn người dân xã Đất Mũi sử dụng VNeID phải xong khi nào?",
          [["tháng 10/2026", "tháng 10 năm 2026"]], ["Giao Đoàn Thanh niên xã chủ trì, phối hợp với Công an xã hướng dẫn người dân sử dụng VNeID và dịch vụ công trực tuyến"]),
        Q(d, "target", "Đến cuối năm 2026 xã Đất Mũi phải đạt tỷ lệ thanh toán trực tuyến phí, lệ phí bao nhiêu?",
          ["50%"], ["Tỷ lệ thanh toán trực tuyến phí, lệ phí đạt tối thiểu 50%."]),
        Q(d, "lookup", "Kinh phí tiếp nhận hồ sơ lưu động của xã Đất Mũi là bao nhiêu, lấy từ đâu?",
          ["45 triệu đồng", "ngân sách xã"], ["Kinh phí tiếp nhận hồ sơ lưu động là 45 triệu đồng, bố trí từ ngân sách xã."]),
        Q(d, "multi", "UBND xã Đất Mũi gửi báo cáo CCHC quý III và báo cáo năm 2026 cho ai, hạn ngày nào?",
          ["Sở Nội vụ", ["14/9/2026", "14/09/2026"], ["04/12/2026", "4/12/2026"]],
          ["UBND xã báo cáo UBND tỉnh (qua Sở Nội vụ) kết quả cải cách hành chính quý III trước ngày 14/9/2026 và báo cáo năm trước ngày 04/12/2026."]),
        Q(d, "when", "How often does the Dat Mui commune office clerk report reform results to the commune chairman?",
          ["ngày 05 hằng tháng"],
          ["Công chức Văn phòng - Thống kê theo dõi, tổng hợp; báo cáo Chủ tịch UBND xã kết quả thực hiện trước ngày 05 hằng tháng."],
          en=True),
        Q(d, "lookup", "Ai ký kế hoạch CCHC 6 tháng cuối năm 2026 của xã Đất Mũi, Cà Mau?",
          ["Lâm Văn Út"], ["- Lưu: VT. TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Lâm Văn Út"]),
        Q(d, "none", "Xã Đất Mũi đặt chỉ tiêu bao nhiêu phần trăm hồ sơ nộp trực tuyến trong 6 tháng đầu năm 2026?"),
        Q(d, "none", "Kế hoạch CCHC của xã Đất Mũi giao Trạm Y tế xã nhiệm vụ gì?"),
    ]
