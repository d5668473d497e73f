"""Batch-6 dev plans B: Ban Chỉ đạo CCHC thành phố Cần Thơ (DOCX, merged table) and Bộ Y tế (DOCX, Word numbering).

Ban Chỉ đạo Cần Thơ: the plan of a steering committee (02/KH-BCĐ), signed
KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN THƯỜNG TRỰC (the Trưởng ban is never named);
a task table inside part III whose header has two levels ("Thời gian" over
"Bắt đầu" | "Hoàn thành"), the lead *and* the completion date merged down;
a "Biểu báo cáo" table (Đơn vị báo cáo | Nơi nhận | Kỳ báo cáo | Thời hạn
gửi) inside part IV. Bộ Y tế: a ministry plan (86/KH-BYT) with Vụ/Cục units;
parts and items numbered by Word, each task a Word bullet "–" under a
numbered item; deadlines partly in words; TL. BỘ TRƯỞNG / CHÁNH VĂN PHÒNG;
kinh phí without an amount.
"""

from __future__ import annotations

from datetime import date

from eval.varied.build import G, P, T, b, n
from eval.varied2.model2 import Report
from eval.varied6.model6 import Plan6

BCD_CAN_THO = Plan6(
    file="can-tho_ban-chi-dao-cchc_kh-2026.docx",
    fmt="docx-merged",
    parent="UBND THÀNH PHỐ CẦN THƠ",
    issuer_upper="BAN CHỈ ĐẠO\nCẢI CÁCH HÀNH CHÍNH",
    issuer="Ban Chỉ đạo cải cách hành chính thành phố Cần Thơ",
    number="02/KH-BCĐ",
    place="Cần Thơ",
    issued=date(2026, 1, 22),
    subtitle="Hoạt động của Ban Chỉ đạo cải cách hành chính thành phố Cần Thơ năm 2026",
    preamble=[
        "Căn cứ Quyết định số 118/QĐ-UBND ngày 12/8/2025 của UBND thành phố Cần Thơ về việc kiện toàn Ban Chỉ đạo cải cách hành chính thành phố;",
        "Ban Chỉ đạo cải cách hành chính thành phố (sau đây gọi là Ban Chỉ đạo) ban hành Kế hoạch hoạt động năm 2026 như sau:",
    ],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          b("Nâng cao vai trò của Ban Chỉ đạo trong chỉ đạo, kiểm tra, đôn đốc công tác cải cách hành chính tại các sở, ngành và UBND xã, phường sau hợp nhất thành phố Cần Thơ, tỉnh Sóc Trăng (cũ) và tỉnh Hậu Giang (cũ)."),
          b("Phân công cụ thể cho từng thành viên Ban Chỉ đạo và Tổ giúp việc.")),
        P("CHỈ TIÊU",
          b("Kiểm tra công tác CCHC tại tối thiểu 40% sở, ngành và 30% UBND xã, phường trong năm 2026."),
          b("Chỉ số CCHC năm 2026 của thành phố thuộc nhóm 15 địa phương dẫn đầu cả nước.")),
        P("NHIỆM VỤ",
          "Ban Chỉ đạo phân công thành viên, đơn vị thực hiện các nhiệm vụ tại bảng sau:"),
        P("CHẾ ĐỘ HỌP VÀ BÁO CÁO",
          n("Ban Chỉ đạo họp định kỳ 6 tháng một lần; họp đột xuất theo triệu tập của Trưởng ban."),
          n("Thời hạn báo cáo của các thành viên, đơn vị được quy định tại Biểu báo cáo dưới đây.")),
        P("TỔ CHỨC THỰC HIỆN",
          n("Sở Nội vụ là cơ quan thường trực, bố trí Tổ giúp việc Ban Chỉ đạo."),
          n("Kinh phí hoạt động của Ban Chỉ đạo bố trí trong dự toán năm 2026 của Sở Nội vụ.")),
    ],
    recipients=["Thường trực Thành ủy (b/c);", "Chủ tịch UBND thành phố (b/c);", "Thành viên Ban Chỉ đạo;",
                "Tổ giúp việc Ban Chỉ đạo;", "Lưu: VT, SNV."],
    sign_role=["KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN THƯỜNG TRỰC"],
    signer="Huỳnh Thanh Phong",
    province="Cần Thơ",
    table_part=2,
    reports_part=3,
    appendix_title="BẢNG PHÂN CÔNG NHIỆM VỤ CỦA BAN CHỈ ĐẠO NĂM 2026",
    partner_sep="\n",
    columns=[("stt", "TT"), ("task", "Nội dung"), ("lead", "Thành viên, đơn vị chủ trì"), ("partners", "Đơn vị phối hợp"),
             ("start", "Bắt đầu"), ("deadline", "Hoàn thành")],
    spans=[("Thời gian", ("start", "deadline"))],
    merge_down=("lead", "deadline"),
    groups=[
        G("1. Kiểm tra, đôn đốc",
          T("Kiểm tra công tác CCHC tại UBND các phường thuộc tỉnh Sóc Trăng (cũ)", "Sở Nội vụ",
            "Văn phòng UBND thành phố; Sở Tư pháp", "Quý I/2026", start="Tháng 02/2026"),
          T("Kiểm tra đột xuất việc giải quyết hồ sơ đất đai tại các xã thuộc tỉnh Hậu Giang (cũ)", "Sở Nội vụ",
            "Sở Nông nghiệp và Môi trường; Thanh tra thành phố", "Quý I/2026", start="Tháng 03/2026"),
          T("Kiểm tra việc tiếp nhận, giải quyết TTHC tại Trung tâm Phục vụ hành chính công thành phố và các điểm tiếp nhận",
            "Văn phòng UBND thành phố", "Sở Nội vụ", "Quý III/2026", start="Tháng 7/2026")),
        G("2. Theo dõi, đánh giá",
          T("Xây dựng Bộ chỉ số đánh giá kết quả CCHC của các sở, ngành và UBND xã, phường năm 2026", "Sở Nội vụ",
            "Các sở, ngành", "Quý II/2026", start="Tháng 3/2026"),
          T("Khảo sát mức độ hài lòng của thương hộ chợ nổi Cái Răng đối với việc cấp giấy chứng nhận đăng ký hộ kinh doanh",
            "Sở Tài chính", "UBND phường Cái Răng", "Quý II/2026", start="Tháng 4/2026"),
          T("Tổng hợp, thẩm định kết quả tự đánh giá Chỉ số CCHC năm 2026 của thành phố", "Sở Nội vụ",
            "Thành viên Ban Chỉ đạo", "Tháng 12/2026", start="Tháng 11/2026")),
        G("3. Thông tin, tuyên truyền",
          T("Tuyên truyền về CCHC trên Báo và Phát thanh, Truyền hình Cần Thơ", "Sở Văn hóa, Thể thao và Du lịch",
            "Báo và Phát thanh, Truyền hình Cần Thơ", "Thường xuyên", start="Tháng 01/2026"),
          T("Tổ chức Hội thi tìm hiểu về CCHC cho đoàn viên, thanh niên", "Thành đoàn Cần Thơ",
            "Sở Nội vụ; Sở Giáo dục và Đào tạo", "Tháng 9/2026", start="Tháng 8/2026")),
    ],
    reports_title="BIỂU BÁO CÁO",
    reports=[
        Report("Hằng quý", "Thành viên Ban Chỉ đạo", "Tổ giúp việc Ban Chỉ đạo (Sở Nội vụ)", "Trước ngày 12 của tháng cuối quý"),
        Report("Hằng quý", "Tổ giúp việc Ban Chỉ đạo", "Trưởng Ban Chỉ đạo", "Trước ngày 18 của tháng cuối quý"),
        Report("6 tháng", "Ban Chỉ đạo", "Ban Thường vụ Thành ủy", "Trước ngày 20/6/2026"),
        Report("Năm", "Ban Chỉ đạo", "Ban Thường vụ Thành ủy; UBND thành phố", "Trước ngày 05/12/2026"),
    ],
)

BO_Y_TE = Plan6(
    file="bo-y-te_kh-cchc-2026.docx",
    fmt="docx-numbering",
    parent="",
    issuer_upper="BỘ Y TẾ",
    issuer="Bộ Y tế",
    number="86/KH-BYT",
    place="Hà Nội",
    issued=date(2026, 1, 9),
    subtitle="Cải cách hành chính năm 2026 của Bộ Y tế",
    preamble=[
        "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;",
        "Bộ Y tế ban hành Kế hoạch cải cách hành chính năm 2026 như sau:",
    ],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          n("Cải thiện Chỉ số CCHC của Bộ Y tế, nhất là các chỉ số thành phần về cải cách TTHC và chuyển đổi số."),
          n("Các Vụ, Cục, Văn phòng Bộ, Thanh tra Bộ triển khai đầy đủ, đúng hạn các nhiệm vụ được giao.")),
        P("MỤC TIÊU",
          n("100% TTHC cấp giấy đăng ký lưu hành thuốc được cung cấp dịch vụ công trực tuyến toàn trình."),
          n("Giảm tối thiểu 30% thời gian cấp giấy phép hành nghề khám bệnh, chữa bệnh so với năm 2025.")),
        P("NHIỆM VỤ",
          n("Cải cách thể chế"),
          b("Vụ Pháp chế chủ trì, phối hợp với Cục Quản lý Khám, chữa bệnh xây dựng Thông tư hướng dẫn cấp giấy phép hành nghề theo hình thức trực tuyến; hoàn thành trong quý đầu năm 2026."),
          b("Vụ Pháp chế rà soát văn bản quy phạm pháp luật trong lĩnh vực bảo trợ xã hội được chuyển giao về Bộ Y tế; hoàn thành 6 tháng đầu năm 2026."),
          n("Cải cách thủ tục hành chính"),
          b("Cục Quản lý Dược chủ trì, phối hợp với Cục Công nghệ thông tin cung cấp trực tuyến toàn trình thủ tục cấp giấy đăng ký lưu hành thuốc; hoàn thành trước ngày 30 tháng 6 năm 2026."),
          b("Cục An toàn thực phẩm chủ trì cắt giảm hồ sơ tự công bố sản phẩm thực phẩm nhập khẩu; hoàn thành trong quý III/2026."),
          b("Cục Bảo trợ xã hội chủ trì, phối hợp với Vụ Kế hoạch - Tài chính chi trả trợ cấp xã hội không dùng tiền mặt; thực hiện 6 tháng cuối năm 2026."),
          n("Cải cách tổ chức bộ máy và công vụ"),
          b("Vụ Tổ chức cán bộ chủ trì, phối hợp với các Cục sắp xếp các đơn vị sự nghiệp công lập trực thuộc Bộ; hoàn thành trong quý IV/2026."),
          b("Vụ Tổ chức cán bộ đánh giá công chức, viên chức theo kết quả, sản phẩm hằng quý."),
          n("Chuyển đổi số"),
          b("Cục Công nghệ thông tin chủ trì, phối hợp với Cục Quản lý Khám, chữa bệnh liên thông dữ liệu giấy chuyển tuyến điện tử với ứng dụng VNeID; hoàn thành tháng 10/2026."),
          b("Văn phòng Bộ chủ trì số hóa hồ sơ lưu trữ của Bộ từ năm 2010 đến năm 2020; thực hiện trong năm 2026.")),
        P("KINH PHÍ",
          n("Kinh phí thực hiện Kế hoạch bố trí từ dự toán ngân sách năm 2026 đã giao cho các đơn vị.")),
        P("TỔ CHỨC THỰC HIỆN",
          n("Vụ Tổ chức cán bộ là đầu mối theo dõi, hướng dẫn, đôn đốc các đơn vị thực hiện Kế hoạch."),
          n("Các Vụ, Cục, Văn phòng Bộ, Thanh tra Bộ báo cáo kết quả CCHC về Bộ (qua Vụ Tổ chức cán bộ) trước ngày 12 của tháng cuối quý; báo cáo năm trước ngày 20/11/2026."),
          n("Vụ Tổ chức cán bộ tổng hợp, tham mưu Lãnh đạo Bộ báo cáo Bộ Nội vụ trước ngày 05/12/2026.")),
    ],
    recipients=["Bộ trưởng (để b/c);", "Các Thứ trưởng;", "Bộ Nội vụ;", "Các Vụ, Cục, Văn phòng Bộ, Thanh tra Bộ;",
                "Lưu: VT, TCCB."],
    sign_role=["TL. BỘ TRƯỞNG", "CHÁNH VĂN PHÒNG"],
    signer="Đặng Quang Huy",
    province=None,
)
