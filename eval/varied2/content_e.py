"""Batch-2 TXT plans with prose-only tasks: phường Thành Sen (Hà Tĩnh, PDF export, dev) and xã Đất Mũi (Cà Mau, test)."""

from __future__ import annotations

from datetime import date

from eval.varied.build import P, a, b, n, plus
from eval.varied2.model2 import Plan2

THANH_SEN = Plan2(
    file="ha-tinh_phuong-thanh-sen_kh-cchc-2026.txt",
    fmt="txt",
    parent="UBND TỈNH HÀ TĨNH",
    issuer_upper="ỦY BAN NHÂN DÂN\nPHƯỜNG THÀNH SEN",
    issuer="Ủy ban nhân dân phường Thành Sen",
    number="17/KH-UBND",
    place="Thành Sen",
    issued=date(2026, 1, 28),
    subtitle="Cải cách hành chính năm 2026 của phường Thành Sen",
    preamble=[
        "Căn cứ Kế hoạch số 26/KH-UBND ngày 16/01/2026 của UBND tỉnh Hà Tĩnh về cải cách hành chính nhà nước năm 2026¹;",
        "UBND phường Thành Sen xây dựng Kế hoạch cải cách hành chính năm 2026 với các nội dung sau:",
    ],
    footnotes=[
        "Kế hoạch được đăng tải trên Cổng thông tin điện tử tỉnh Hà Tĩnh, mục Cải cách hành chính.",
        "Theo Bộ chỉ số theo dõi, đánh giá chất lượng cung cấp dịch vụ công trực tuyến của Chính phủ.",
    ],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          b("Cụ thể hóa các nhiệm vụ cải cách hành chính của tỉnh phù hợp với điều kiện thực tế của phường."),
          b("Phân công cụ thể phòng, đơn vị chủ trì, phối hợp và thời hạn hoàn thành từng nhiệm vụ.")),
        P("CHỈ TIÊU",
          b("Tối thiểu 85% hồ sơ thủ tục hành chính được nộp trực tuyến; 100% kết quả giải quyết được trả bản điện tử."),
          b("Điểm đánh giá chất lượng phục vụ người dân, doanh nghiệp của phường đạt từ 85 điểm trở lên²."),
          b("Không có hồ sơ thủ tục hành chính trễ hạn do lỗi chủ quan của công chức.")),
        P("NHIỆM VỤ CỤ THỂ",
          n("Công tác chỉ đạo, điều hành"),
          "Giao Văn phòng HĐND và UBND phường chủ trì, phối hợp với các phòng chuyên môn tham mưu tự đánh giá, chấm điểm kết quả cải cách hành chính năm 2026 của phường, hoàn thành trước ngày 30/11/2026.",
          n("Cải cách thủ tục hành chính"),
          "Giao Trung tâm Phục vụ hành chính công phường chủ trì, phối hợp với Đoàn Thanh niên phường thành lập Tổ công nghệ số cộng đồng hỗ trợ người cao tuổi nộp hồ sơ trực tuyến, hoàn thành trước ngày 31/3/2026.",
          "Giao Phòng Kinh tế, Hạ tầng và Đô thị chủ trì, phối hợp với Trung tâm Phục vụ hành chính công phường rút ngắn thời gian cấp giấy phép xây dựng nhà ở riêng lẻ còn 10 ngày làm việc, thực hiện từ quý II/2026.",
          n("Cải cách tổ chức bộ máy và chế độ công vụ"),
          "Giao Phòng Văn hóa - Xã hội chủ trì, phối hợp với Văn phòng HĐND và UBND phường rà soát, sắp xếp các tổ dân phố có quy mô nhỏ, hoàn thành trong tháng 9/2026.",
          n("Xây dựng chính quyền số"),
          "Giao Văn phòng HĐND và UBND phường chủ trì, phối hợp với Công an phường cập nhật, làm sạch dữ liệu dân cư phục vụ giải quyết thủ tục hành chính, hoàn thành trước ngày 30/6/2026."),
        P("TỔ CHỨC THỰC HIỆN",
          n("Văn phòng HĐND và UBND phường là đầu mối theo dõi, đôn đốc việc thực hiện Kế hoạch."),
          n("Chế độ báo cáo"),
          a("Các phòng chuyên môn, Trung tâm Phục vụ hành chính công phường định kỳ hằng quý báo cáo kết quả về Văn phòng HĐND và UBND phường trước ngày 08 của tháng cuối quý."),
          a("Văn phòng HĐND và UBND phường tổng hợp, tham mưu UBND phường báo cáo UBND tỉnh (qua Sở Nội vụ) trước ngày 12 của tháng cuối quý; báo cáo năm trước ngày 05/12/2026."),
          n("Kinh phí thực hiện từ nguồn ngân sách phường năm 2026 và nguồn hỗ trợ của tỉnh.")),
    ],
    recipients=["UBND tỉnh (b/c);", "Sở Nội vụ;", "TT Đảng ủy, TT HĐND phường;", "Các phòng chuyên môn;", "Lưu: VT."],
    sign_role=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
    signer="Nguyễn Thị Thu Trang",
    province="Hà Tĩnh",
)

DAT_MUI = Plan2(
    file="ca-mau_xa-dat-mui_kh-cchc-6-thang-cuoi-2026.txt",
    fmt="txt",
    parent="UBND TỈNH CÀ MAU",
    issuer_upper="ỦY BAN NHÂN DÂN\nXÃ ĐẤT MŨI",
    issuer="Ủy ban nhân dân xã Đất Mũi",
    number="52/KH-UBND",
    place="Đất Mũi",
    issued=date(2026, 7, 6),
    subtitle="Cải cách hành chính 6 tháng cuối năm 2026 của xã Đất Mũi",
    preamble=[
        "Căn cứ kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2026 của xã;",
        "UBND xã Đất Mũi xây dựng Kế hoạch cải cách hành chính 6 tháng cuối năm 2026 như sau:",
    ],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          b("Khắc phục hạn chế của 6 tháng đầu năm: tỷ lệ hồ sơ trực tuyến thấp, người dân vùng ven biển đi lại khó khăn."),
          b("Hoàn thành các chỉ tiêu cải cách hành chính năm 2026 được UBND tỉnh Cà Mau giao.")),
        P("CHỈ TIÊU ĐẾN NGÀY 31/12/2026",
          b("Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến đạt tối thiểu 60%."),
          b("Tỷ lệ thanh toán trực tuyến phí, lệ phí đạt tối thiểu 50%."),
          b("100% hộ gia đình ở các ấp ven biển được hướng dẫn cài đặt, sử dụng ứng dụng VNeID.")),
        P("NHIỆM VỤ",
          n("Giao công chức Văn phòng - Thống kê chủ trì, phối hợp với Trưởng ấp tổ chức tiếp nhận hồ sơ lưu động tại các ấp Mũi, Xóm Mới và Khai Long, thực hiện hằng tháng."),
          n("Giao công chức Tư pháp - Hộ tịch chủ trì, phối hợp với Công an xã cấp bản sao trích lục hộ tịch điện tử, hoàn thành số hóa sổ hộ tịch trước ngày 30/9/2026."),
          n("Giao công chức Địa chính - Nông nghiệp - Xây dựng và Môi trường chủ trì, phối hợp với Chi nhánh Văn phòng Đăng ký đất đai khu vực chỉnh lý hồ sơ địa chính sau sạt lở bờ biển, hoàn thành trước ngày 15/11/2026."),
          n("Giao Đoàn Thanh niên xã chủ trì, phối hợp với Công an xã hướng dẫn người dân sử dụng VNeID và dịch vụ công trực tuyến"),
          plus("đợt 1 hoàn thành trong tháng 8/2026;"),
          plus("đợt 2 hoàn thành trong tháng 10/2026.")),
        P("TỔ CHỨC THỰC HIỆN",
          n("Công chức Văn phòng - Thống kê theo dõi, tổng hợp; báo cáo Chủ tịch UBND xã kết quả thực hiện trước ngày 05 hằng tháng."),
          n("UBND xã báo cáo UBND tỉnh (qua Sở Nội vụ) kết quả cải cách hành chính quý III trước ngày 14/9/2026 và báo cáo năm trước ngày 04/12/2026."),
          n("Kinh phí tiếp nhận hồ sơ lưu động là 45 triệu đồng, bố trí từ ngân sách xã.")),
    ],
    recipients=["UBND tỉnh Cà Mau (b/c);", "Sở Nội vụ;", "TT Đảng ủy xã;", "Các ấp;", "Lưu: VT."],
    sign_role=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
    signer="Lâm Văn Út",
    province="Cà Mau",
)
