"""Batch-11 dev plans A: Sở Công Thương tỉnh Vĩnh Long (PDF table) and Sở Giáo dục và Đào tạo tỉnh Lâm Đồng (DOCX).

Sở Công Thương Vĩnh Long: a text-layer PDF whose ruled Phụ lục "STT |
Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian | Ghi chú" runs
over two pages with a row cut at the break (partners one per line, a note
column), followed by a reporting schedule table "STT | Đơn vị báo cáo | Nơi
nhận | Loại báo cáo | Thời hạn".
Sở GD&ĐT Lâm Đồng: a DOCX numbered by Word whose task table inside part III
holds **sub-task rows** ("1.1", "1.2") under a parent task whose lead is only
on the parent row, "Đơn vị thực hiện" spanning "Chủ trì" | "Phối hợp", the
product before the deadline ("Trước 15/7/2026", "Năm 2026", "Quý IV/2026",
"Thường xuyên", "6 tháng đầu năm 2026"), lettered duties per unit.
"""

from __future__ import annotations

from datetime import date

from eval.varied.build import G, P, a, b, n
from eval.varied2.model2 import Report
from eval.varied8.model8 import S8, T8, Plan8

SCT_VINH_LONG = Plan8(
    file="vinh-long_so-cong-thuong_kh-cchc-2026.pdf",
    fmt="pdf-table",
    parent="UBND TỈNH VĨNH LONG",
    issuer_upper="SỞ CÔNG THƯƠNG",
    issuer="Sở Công Thương tỉnh Vĩnh Long",
    number="27/KH-SCT",
    place="Vĩnh Long",
    issued=date(2026, 1, 19),
    subtitle="Cải cách hành chính năm 2026 của Sở Công Thương tỉnh Vĩnh Long",
    preamble=[
        "Căn cứ Kế hoạch cải cách hành chính nhà nước năm 2026 của UBND tỉnh Vĩnh Long;",
        "Sở Công Thương ban hành Kế hoạch cải cách hành chính (CCHC) năm 2026 như sau:",
    ],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          n("Mục đích"),
          a("Giảm thời gian, chi phí cho doanh nghiệp khi thực hiện thủ tục hành chính lĩnh vực công thương, nhất là "
            "thủ tục về xăng dầu, rượu và cụm công nghiệp;"),
          a("Hoàn thiện tổ chức bộ máy của Sở sau hợp nhất tỉnh, bảo đảm hoạt động thông suốt."),
          n("Yêu cầu"),
          a("Nhiệm vụ được giao phải có đơn vị chủ trì, thời gian hoàn thành rõ ràng;"),
          a("Báo cáo đúng chế độ, đúng thời hạn theo Biểu tổng hợp chế độ báo cáo kèm theo Kế hoạch.")),
        P("CHỈ TIÊU",
          b("100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình."),
          b("Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến đạt tối thiểu 85%."),
          b("Tối thiểu 97% hồ sơ được giải quyết đúng hạn."),
          b("Thời gian cấp Giấy phép bán lẻ sản phẩm rượu rút ngắn còn 07 ngày làm việc.")),
        P("NHIỆM VỤ",
          "Sở Công Thương triển khai 12 nhiệm vụ cải cách hành chính năm 2026 theo Phụ lục kèm theo Kế hoạch này."),
        P("TỔ CHỨC THỰC HIỆN",
          n("Văn phòng Sở là đầu mối theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp, báo cáo theo Biểu tổng hợp chế độ "
            "báo cáo kèm theo."),
          n("Phòng Kế hoạch - Tài chính bố trí 180 triệu đồng từ nguồn chi thường xuyên năm 2026 của Sở để thực hiện "
            "Kế hoạch."),
          n("Thủ trưởng các phòng, chi cục, trung tâm thuộc Sở chịu trách nhiệm trước Giám đốc Sở về kết quả nhiệm vụ "
            "được giao.")),
    ],
    recipients=["UBND tỉnh (b/c);", "Sở Nội vụ;", "Giám đốc, các Phó Giám đốc Sở;", "Các phòng, chi cục, trung tâm thuộc Sở;",
                "Lưu: VT, VP."],
    sign_role=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
    signer="Trần Văn Khởi",
    province="Vĩnh Long",
    appendix_title="PHỤ LỤC\nNHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026 CỦA SỞ CÔNG THƯƠNG",
    columns=[("stt", "STT"), ("task", "Nhiệm vụ"), ("lead", "Cơ quan chủ trì"), ("partners", "Cơ quan phối hợp"),
             ("deadline", "Thời gian"), ("note", "Ghi chú")],
    reports_title="BIỂU TỔNG HỢP CHẾ ĐỘ BÁO CÁO CẢI CÁCH HÀNH CHÍNH NĂM 2026",
    reports_heads=["STT", "Đơn vị báo cáo", "Nơi nhận", "Loại báo cáo", "Thời hạn"],
    reports=[
        Report("Báo cáo quý", "Văn phòng Sở", "UBND tỉnh (qua Sở Nội vụ)", "Trước ngày 14 của tháng cuối quý"),
        Report("Báo cáo 6 tháng", "Văn phòng Sở", "UBND tỉnh (qua Sở Nội vụ)", "Trước ngày 14/6/2026"),
        Report("Báo cáo năm", "Văn phòng Sở", "UBND tỉnh (qua Sở Nội vụ); Bộ Công Thương", "Trước ngày 14/11/2026"),
        Report("Báo cáo quý", "Các phòng, chi cục, trung tâm thuộc Sở", "Văn phòng Sở", "Trước ngày 07 của tháng cuối quý"),
        Report("Báo cáo tháng kết quả kiểm tra, xử lý vi phạm", "Chi cục Quản lý thị trường", "Giám đốc Sở",
               "Trước ngày 22 hằng tháng"),
    ],
    groups=[
        G("I. CẢI CÁCH THỂ CHẾ",
          T8("Rà soát văn bản quy phạm pháp luật trong lĩnh vực công thương do HĐND, UBND tỉnh ban hành trước khi hợp "
             "nhất đơn vị hành chính", "Văn phòng Sở", "Các phòng chuyên môn thuộc Sở", "Quý II/2026",
             note="Gửi kết quả về Sở Tư pháp"),
          T8("Tham mưu UBND tỉnh ban hành Quy định quản lý cụm công nghiệp trên địa bàn tỉnh", "Phòng Quản lý công nghiệp",
             "Sở Tài chính; Sở Nông nghiệp và Môi trường; UBND các xã, phường có cụm công nghiệp", "Trước 30/9/2026",
             note="Trình UBND tỉnh")),
        G("II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
          T8("Rà soát, đề xuất đơn giản hóa thủ tục cấp Giấy phép bán lẻ sản phẩm rượu", "Phòng Quản lý thương mại",
             "Văn phòng Sở; Trung tâm Phục vụ hành chính công tỉnh", "Quý III/2026", note="Rút ngắn còn 07 ngày làm việc"),
          T8("Cung cấp dịch vụ công trực tuyến toàn trình đối với thủ tục cấp Giấy chứng nhận cửa hàng đủ điều kiện bán "
             "lẻ xăng dầu", "Phòng Quản lý năng lượng", "Văn phòng Sở; Trung tâm Phục vụ hành chính công tỉnh",
             "Tháng 6/2026"),
          T8("Công khai, cập nhật thủ tục hành chính lĩnh vực công thương trên Cổng Dịch vụ công quốc gia", "Văn phòng Sở",
             "", "Thường xuyên", note="Trong 05 ngày làm việc kể từ ngày có quyết định công bố")),
        G("III. CẢI CÁCH TỔ CHỨC BỘ MÁY VÀ CHẾ ĐỘ CÔNG VỤ",
          T8("Kiện toàn tổ chức các phòng chuyên môn và Chi cục Quản lý thị trường sau hợp nhất", "Văn phòng Sở",
             "Sở Nội vụ; Chi cục Quản lý thị trường", "Quý I/2026"),
          T8("Xây dựng Đề án vị trí việc làm của Sở sau hợp nhất", "Văn phòng Sở",
             "Các phòng, chi cục, trung tâm thuộc Sở", "Tháng 8/2026",
             note="Trình Sở Nội vụ thẩm định trước khi trình UBND tỉnh phê duyệt"),
          T8("Kiểm tra công vụ, kỷ luật, kỷ cương hành chính tại các phòng, đơn vị thuộc Sở", "Thanh tra Sở",
             "Văn phòng Sở; Phòng Kế hoạch - Tài chính", "Quý IV/2026",
             note="Kiểm tra theo kế hoạch và kiểm tra đột xuất khi có phản ánh, kiến nghị của người dân, doanh nghiệp")),
        G("IV. CẢI CÁCH TÀI CHÍNH CÔNG",
          T8("Xây dựng phương án tự chủ tài chính của Trung tâm Khuyến công và Xúc tiến thương mại giai đoạn 2026 - 2030",
             "Phòng Kế hoạch - Tài chính", "Trung tâm Khuyến công và Xúc tiến thương mại", "Trước 31/7/2026",
             note="Trình UBND tỉnh phê duyệt")),
        G("V. CHUYỂN ĐỔI SỐ",
          T8("Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực lĩnh vực công thương", "Văn phòng Sở",
             "Trung tâm Phục vụ hành chính công tỉnh; Bưu điện tỉnh", "Tháng 10/2026"),
          T8("Xây dựng cơ sở dữ liệu cửa hàng bán lẻ xăng dầu trên nền bản đồ số", "Phòng Quản lý năng lượng",
             "Sở Khoa học và Công nghệ; UBND các xã, phường", "Quý III/2026"),
          T8("Triển khai sàn thương mại điện tử tiêu thụ nông sản, sản phẩm OCOP của tỉnh",
             "Trung tâm Khuyến công và Xúc tiến thương mại",
             "Phòng Quản lý thương mại; Sở Nông nghiệp và Môi trường; Hiệp hội Doanh nghiệp tỉnh", "Tháng 9/2026",
             note="Từ kinh phí khuyến công địa phương")),
    ],
)

GDDT_LAM_DONG = Plan8(
    file="lam-dong_so-gddt_kh-cchc-2026.docx",
    fmt="docx",
    parent="UBND TỈNH LÂM ĐỒNG",
    issuer_upper="SỞ GIÁO DỤC VÀ ĐÀO TẠO",
    issuer="Sở Giáo dục và Đào tạo tỉnh Lâm Đồng",
    number="19/KH-SGDĐT",
    place="Lâm Đồng",
    issued=date(2026, 1, 22),
    subtitle="Cải cách hành chính năm 2026 của Sở Giáo dục và Đào tạo tỉnh Lâm Đồng",
    preamble=[
        "Thực hiện Kế hoạch cải cách hành chính năm 2026 của UBND tỉnh Lâm Đồng, Sở Giáo dục và Đào tạo xây dựng Kế "
        "hoạch như sau:",
    ],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          n("Mục đích"),
          a("Giảm giấy tờ, thời gian đi lại của phụ huynh, học sinh khi thực hiện thủ tục chuyển trường, cấp bản sao "
            "văn bằng;"),
          a("Đưa học bạ số, văn bằng số vào sử dụng rộng rãi trong toàn ngành."),
          n("Yêu cầu"),
          a("Phân công rõ phòng chủ trì đối với từng nhiệm vụ và nhiệm vụ thành phần;"),
          a("Không để chậm tiến độ tuyển sinh đầu cấp năm học 2026 - 2027.")),
        P("CHỈ TIÊU",
          b("Tối thiểu 90% hồ sơ thủ tục hành chính lĩnh vực giáo dục được tiếp nhận, giải quyết trực tuyến."),
          b("100% học sinh tốt nghiệp trung học phổ thông năm 2026 được cấp văn bằng số."),
          b("Tỷ lệ hài lòng của phụ huynh, học sinh đạt tối thiểu 88%.")),
        P("NHIỆM VỤ CỤ THỂ",
          "Các nhiệm vụ, nhiệm vụ thành phần và đơn vị thực hiện như sau:"),
        P("TỔ CHỨC THỰC HIỆN",
          n("Văn phòng Sở"),
          a("Là đầu mối theo dõi, đôn đốc các phòng, trường thực hiện Kế hoạch;"),
          a("Tổng hợp, báo cáo UBND tỉnh (qua Sở Nội vụ) kết quả cải cách hành chính quý trước ngày 16 của tháng cuối "
            "quý và báo cáo năm trước ngày 16/11/2026."),
          n("Phòng Kế hoạch - Tài chính"),
          a("Bố trí 240 triệu đồng từ nguồn kinh phí sự nghiệp giáo dục năm 2026 để thực hiện Kế hoạch."),
          n("Phòng Tổ chức cán bộ"),
          a("Báo cáo Giám đốc Sở kết quả sắp xếp trường, lớp trước ngày 20/6/2026."),
          n("Các trường trung học phổ thông, trường phổ thông dân tộc nội trú"),
          a("Gửi báo cáo kết quả cải cách hành chính 6 tháng về Văn phòng Sở trước ngày 05/6/2026 và báo cáo năm trước "
            "ngày 05/11/2026.")),
    ],
    recipients=["UBND tỉnh (b/c);", "Sở Nội vụ;", "Các phòng thuộc Sở;", "Các trường THPT, PTDTNT;", "Lưu: VT, VP."],
    sign_role=["GIÁM ĐỐC"],
    signer="Lê Quang Vinh",
    province="Lâm Đồng",
    appendix_title="BẢNG PHÂN CÔNG NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026",
    ref_text="",
    table_part=2,
    spans=[("Đơn vị thực hiện", ("lead", "partners"))],
    partner_sep="; ",
    columns=[("stt", "TT"), ("task", "Nội dung nhiệm vụ"), ("lead", "Chủ trì"), ("partners", "Phối hợp"),
             ("product", "Sản phẩm"), ("deadline", "Thời hạn")],
    groups=[
        G("I. CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
          T8("Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực giáo dục", "Văn phòng Sở", "Phòng Giáo dục phổ thông",
             "Năm 2026", "Phương án đơn giản hóa trình UBND tỉnh", subs=(
                 S8("Rà soát thủ tục cấp bản sao văn bằng, chứng chỉ từ sổ gốc", "Phòng Giáo dục phổ thông",
                    "Trước 15/7/2026", "Báo cáo rà soát"),
                 S8("Đề xuất cắt giảm thành phần hồ sơ thủ tục chuyển trường đối với học sinh trung học",
                    "Phòng Giáo dục phổ thông; Các trường trung học phổ thông", "Quý IV/2026", "Văn bản đề xuất"))),
          T8("Cấp văn bằng, chứng chỉ số cho học sinh tốt nghiệp trung học phổ thông", "Phòng Khảo thí và Quản lý chất lượng",
             "Văn phòng Sở", "Quý III/2026", "Văn bằng số trên VNeID")),
        G("II. CẢI CÁCH TỔ CHỨC BỘ MÁY VÀ CHẾ ĐỘ CÔNG VỤ",
          T8("Sắp xếp các trường phổ thông dân tộc nội trú, trường có quy mô nhỏ sau hợp nhất tỉnh", "Phòng Tổ chức cán bộ",
             "Sở Nội vụ; UBND các xã, phường", "6 tháng đầu năm 2026", "Đề án sắp xếp trình UBND tỉnh", subs=(
                 S8("Khảo sát quy mô trường, lớp tại các xã vùng sâu, vùng xa", "UBND các xã, phường", "Trước 31/3/2026",
                    "Báo cáo khảo sát"),
                 S8("Xây dựng Đề án sắp xếp trường phổ thông dân tộc nội trú", "Sở Nội vụ", "6 tháng đầu năm 2026",
                    "Đề án trình UBND tỉnh"))),
          T8("Tuyển dụng giáo viên còn thiếu theo định mức năm học 2026 - 2027", "Phòng Tổ chức cán bộ", "Sở Nội vụ",
             "Trước 15/8/2026", "Quyết định tuyển dụng"),
          T8("Bồi dưỡng kỹ năng số cho cán bộ quản lý trường học", "Phòng Tổ chức cán bộ", "Phòng Giáo dục phổ thông",
             "Thường xuyên", "Lớp bồi dưỡng hằng năm")),
        G("III. CẢI CÁCH TÀI CHÍNH CÔNG",
          T8("Giao quyền tự chủ tài chính cho các trường trung học phổ thông", "Phòng Kế hoạch - Tài chính",
             "Các trường trung học phổ thông", "Quý IV/2026", "Quyết định giao tự chủ"),
          T8("Thu học phí không dùng tiền mặt tại các cơ sở giáo dục", "Phòng Kế hoạch - Tài chính",
             "Các ngân hàng thương mại", "Năm 2026", "100% trường thu học phí không dùng tiền mặt")),
        G("IV. CHUYỂN ĐỔI SỐ",
          T8("Triển khai học bạ số cấp tiểu học và trung học cơ sở", "Phòng Giáo dục phổ thông", "Văn phòng Sở",
             "Năm 2026", "Học bạ số", subs=(
                 S8("Triển khai học bạ số cấp tiểu học", "Các trường tiểu học", "Trước 15/7/2026",
                    "Học bạ số cấp tiểu học"),
                 S8("Triển khai học bạ số cấp trung học cơ sở", "Các trường trung học cơ sở", "Quý IV/2026",
                    "Học bạ số cấp trung học cơ sở"))),
          T8("Tổ chức tuyển sinh đầu cấp trực tuyến", "Phòng Giáo dục phổ thông", "Văn phòng Sở; UBND các xã, phường",
             "Trước 15/7/2026", "Hệ thống tuyển sinh trực tuyến")),
    ],
)
