"""Batch-5 dev plans B: Sở Xây dựng thành phố Huế (DOCX, merged table) and UBND phường Tây Hồ (DOCX, Word numbering).

Sở Xây dựng Huế: implements the city plan 11/KH-UBND by number; the task table
puts "Cơ quan chủ trì" *before* the task, merges it down over consecutive rows,
merges group rows across and lists partners one per line in one cell; the Sở
reports to UBND thành phố (qua Sở Nội vụ) and, for the annual report, also to
Bộ Xây dựng; kinh phí without an amount; the GIÁM ĐỐC signs. Phường Tây Hồ:
no table at all; headings and tasks numbered by Word, each task a paragraph
"… Cơ quan chủ trì: …; cơ quan phối hợp: …; thời gian: …"; a target
percentage; a total budget; KT. CHỦ TỊCH signs.
"""

from __future__ import annotations

from datetime import date

from eval.varied.build import G, P, T, a, b, n
from eval.varied5.model5 import Plan5

SXD_HUE = Plan5(
    file="hue_so-xay-dung_kh-cchc-2026.docx",
    fmt="docx-merged",
    parent="UBND THÀNH PHỐ HUẾ",
    issuer_upper="SỞ XÂY DỰNG",
    issuer="Sở Xây dựng thành phố Huế",
    number="26/KH-SXD",
    place="Huế",
    issued=date(2026, 1, 19),
    subtitle="Cải cách hành chính năm 2026 của Sở Xây dựng",
    preamble=[
        "Thực hiện Kế hoạch số 11/KH-UBND ngày 08/01/2026 của UBND thành phố Huế về cải cách hành chính nhà nước thành phố Huế năm 2026;",
        "Sở Xây dựng ban hành Kế hoạch cải cách hành chính năm 2026 như sau:",
    ],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          b("Cụ thể hóa nhiệm vụ UBND thành phố giao cho Sở Xây dựng trong lĩnh vực quy hoạch, xây dựng, giao thông vận tải."),
          b("Các phòng, đơn vị thuộc Sở xác định rõ người chịu trách nhiệm đối với từng nhiệm vụ được phân công.")),
        P("MỤC TIÊU",
          b("100% hồ sơ cấp giấy phép xây dựng được giải quyết đúng hạn."),
          b("Tối thiểu 90% hồ sơ cấp, đổi giấy phép lái xe được nộp trực tuyến.")),
        P("NHIỆM VỤ",
          "Nhiệm vụ cụ thể được phân công tại bảng dưới đây."),
        P("KINH PHÍ",
          "Kinh phí thực hiện Kế hoạch được bố trí từ dự toán chi thường xuyên năm 2026 của Sở và nguồn kinh phí hợp pháp khác."),
        P("TỔ CHỨC THỰC HIỆN",
          n("Văn phòng Sở là đầu mối theo dõi, đôn đốc các phòng, đơn vị thực hiện Kế hoạch."),
          n("Các phòng, đơn vị thuộc Sở báo cáo kết quả thực hiện hằng quý về Sở (qua Văn phòng Sở) trước ngày 08 của tháng cuối quý."),
          n("Văn phòng Sở tổng hợp, tham mưu Giám đốc Sở báo cáo UBND thành phố (qua Sở Nội vụ) trước ngày 12 của tháng cuối quý; báo cáo năm gửi UBND thành phố (qua Sở Nội vụ) và Bộ Xây dựng trước ngày 25/11/2026.")),
    ],
    recipients=["UBND thành phố (b/c);", "Sở Nội vụ;", "Giám đốc, các Phó Giám đốc Sở;", "Các phòng, đơn vị thuộc Sở;",
                "Lưu: VT, VP."],
    sign_role=["GIÁM ĐỐC"],
    signer="Hồ Đăng Khoa",
    province="Huế",
    table_part=2,
    appendix_title="BẢNG PHÂN CÔNG NHIỆM VỤ",
    partner_sep="\n",
    columns=[("stt", "TT"), ("lead", "Cơ quan chủ trì"), ("task", "Nội dung nhiệm vụ"), ("partners", "Cơ quan phối hợp"),
             ("deadline", "Thời hạn"), ("product", "Sản phẩm")],
    groups=[
        G("1. Cải cách thủ tục hành chính",
          T("Cấp giấy phép xây dựng trực tuyến toàn trình đối với công trình trong khu vực bảo vệ II của di tích Kinh thành Huế",
            "Phòng Quản lý hoạt động xây dựng", "Trung tâm Bảo tồn di tích Cố đô Huế; Trung tâm Phục vụ hành chính công thành phố", "Quý III/2026",
            "Thủ tục trực tuyến toàn trình"),
          T("Rút ngắn thời gian thẩm định thiết kế cơ sở của dự án đầu tư xây dựng từ 30 ngày xuống 20 ngày",
            "Phòng Quản lý hoạt động xây dựng", "Văn phòng Sở; Sở Tài chính", "Trước ngày 30/6/2026", "Quy trình nội bộ sửa đổi"),
          T("Cấp đổi giấy phép lái xe trực tuyến trên Cổng Dịch vụ công quốc gia", "Phòng Quản lý vận tải, phương tiện và người lái",
            "Công an thành phố; Trung tâm Phục vụ hành chính công thành phố", "Thường xuyên", "Hồ sơ trực tuyến")),
        G("2. Cải cách tổ chức bộ máy",
          T("Sắp xếp lại các phòng chuyên môn thuộc Sở sau khi tiếp nhận chức năng giao thông vận tải", "Văn phòng Sở",
            "Sở Nội vụ", "Quý I/2026", "Quyết định sắp xếp"),
          T("Xây dựng vị trí việc làm và bản mô tả công việc của công chức, viên chức thuộc Sở", "Văn phòng Sở",
            "Các phòng, đơn vị thuộc Sở; Sở Nội vụ", "Tháng 5/2026", "Đề án vị trí việc làm")),
        G("3. Chuyển đổi số",
          T("Xây dựng CSDL về nhà ở và thị trường bất động sản thành phố Huế", "Phòng Phát triển đô thị và nhà ở",
            "Sở Khoa học và Công nghệ; Sở Nông nghiệp và Môi trường; UBND các phường", "Tháng 11/2026", "CSDL được vận hành"),
          T("Số hóa hồ sơ cấp phép xây dựng lưu trữ tại Sở từ năm 2015 đến năm 2025", "Phòng Phát triển đô thị và nhà ở",
            "Văn phòng Sở", "Quý IV/2026", "Hồ sơ được số hóa")),
    ],
)

TAY_HO = Plan5(
    file="ha-noi_phuong-tay-ho_kh-cchc-2026.docx",
    fmt="docx-numbering",
    parent="UBND THÀNH PHỐ HÀ NỘI",
    issuer_upper="ỦY BAN NHÂN DÂN\nPHƯỜNG TÂY HỒ",
    issuer="Ủy ban nhân dân phường Tây Hồ",
    number="17/KH-UBND",
    place="Tây Hồ",
    issued=date(2026, 1, 23),
    subtitle="Cải cách hành chính năm 2026 của phường Tây Hồ",
    preamble=[
        "Thực hiện Kế hoạch số 36/KH-UBND ngày 10/01/2026 của UBND thành phố Hà Nội về cải cách hành chính nhà nước thành phố Hà Nội năm 2026;",
        "UBND phường Tây Hồ xây dựng Kế hoạch thực hiện như sau:",
    ],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          n("Nâng cao chất lượng phục vụ người dân, doanh nghiệp tại Trung tâm Phục vụ hành chính công phường."),
          n("Gắn trách nhiệm của người đứng đầu các phòng, đơn vị với kết quả cải cách hành chính.")),
        P("CHỈ TIÊU",
          n("Tối thiểu 92% hồ sơ TTHC thuộc thẩm quyền của phường được tiếp nhận trực tuyến."),
          n("100% hồ sơ TTHC được giải quyết đúng hoặc trước hạn."),
          n("Tối thiểu 60% người dân trên địa bàn phường sử dụng tài khoản định danh điện tử mức độ 2.")),
        P("NHIỆM VỤ VÀ PHÂN CÔNG",
          n("Cải cách thủ tục hành chính"),
          a("Rà soát, công khai quy trình giải quyết TTHC lĩnh vực hộ tịch, chứng thực tại Trung tâm Phục vụ hành chính công phường. Cơ quan chủ trì: Văn phòng HĐND và UBND phường; cơ quan phối hợp: Trung tâm Phục vụ hành chính công phường; thời gian: trước 30/6/2026."),
          a("Cấp giấy phép kinh doanh dịch vụ lưu trú (homestay) ven Hồ Tây trực tuyến toàn trình. Cơ quan chủ trì: Phòng Kinh tế, Hạ tầng và Đô thị; cơ quan phối hợp: Công an phường, Trung tâm Phục vụ hành chính công phường; thời gian: Quý III/2026."),
          n("Chuyển đổi số"),
          a("Số hóa sổ hộ tịch lưu trữ tại phường từ năm 1990 đến năm 2010. Cơ quan chủ trì: Phòng Văn hóa - Xã hội; cơ quan phối hợp: Văn phòng HĐND và UBND phường; thời gian: tháng 9/2026."),
          a("Hướng dẫn người dân kích hoạt tài khoản định danh điện tử mức độ 2 tại các tổ dân phố. Cơ quan chủ trì: Công an phường; cơ quan phối hợp: Đoàn Thanh niên phường, Hội Liên hiệp Phụ nữ phường; thời gian: thường xuyên."),
          a("Lắp đặt ki-ốt tra cứu TTHC và camera giám sát tại Trung tâm Phục vụ hành chính công phường. Cơ quan chủ trì: Trung tâm Phục vụ hành chính công phường; cơ quan phối hợp: Phòng Kinh tế, Hạ tầng và Đô thị; thời gian: năm 2026."),
          n("Cải cách chế độ công vụ"),
          a("Đánh giá công chức theo kết quả xử lý hồ sơ trên Hệ thống thông tin giải quyết TTHC. Cơ quan chủ trì: Văn phòng HĐND và UBND phường; cơ quan phối hợp: các phòng chuyên môn; thời gian: hằng quý.")),
        P("KINH PHÍ",
          n("Tổng kinh phí thực hiện Kế hoạch là 240 triệu đồng từ ngân sách phường năm 2026.")),
        P("TỔ CHỨC THỰC HIỆN",
          n("Các phòng chuyên môn, đơn vị thuộc phường báo cáo kết quả thực hiện về Văn phòng HĐND và UBND phường trước ngày 05 của tháng cuối quý."),
          n("Văn phòng HĐND và UBND phường tổng hợp, tham mưu UBND phường báo cáo UBND thành phố (qua Sở Nội vụ) trước ngày 10 của tháng cuối quý; báo cáo năm trước ngày 30/11/2026.")),
    ],
    recipients=["UBND thành phố Hà Nội (b/c);", "Sở Nội vụ;", "TT Đảng ủy, TT HĐND phường;", "Các phòng chuyên môn;",
                "Lưu: VT."],
    sign_role=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
    signer="Nguyễn Thị Thu Hằng",
    province="Hà Nội",
)
