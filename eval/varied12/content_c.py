"""Batch-12 test plans C: UBND đặc khu Phú Quốc, An Giang (PDF table) and Ban Quản lý Khu kinh tế tỉnh Quảng Trị (DOCX).

Đặc khu Phú Quốc: a text-layer PDF whose ruled Phụ lục on **landscape** pages
"TT | Nhiệm vụ | Kết quả dự kiến | Thời hạn | Chủ trì thực hiện | Phối hợp
thực hiện" (the product right after the task, the units last) runs over three
pages, header repeated, rows cut at the breaks, six group rows; reports and
budget in prose.
Ban Quản lý Khu kinh tế Quảng Trị: a DOCX numbered by Word whose task table
inside part III has "Đơn vị thực hiện" over "Chủ trì | Phối hợp", leads
merged down, lettered duties per unit with the reports; the TRƯỞNG BAN signs
himself.
"""

from __future__ import annotations

from datetime import date

from eval.varied.build import G, P, a, b, n
from eval.varied8.model8 import T8, Plan8

VP_DK = "Văn phòng HĐND và UBND đặc khu"
TT_DK = "Trung tâm Phục vụ hành chính công đặc khu"

PHU_QUOC = Plan8(
    file="an-giang_dac-khu-phu-quoc_kh-cchc-2026.pdf",
    fmt="pdf-table",
    parent="",
    issuer_upper="ỦY BAN NHÂN DÂN\nĐẶC KHU PHÚ QUỐC",
    issuer="Ủy ban nhân dân đặc khu Phú Quốc",
    number="08/KH-UBND",
    place="Phú Quốc",
    issued=date(2026, 1, 19),
    subtitle="Cải cách hành chính năm 2026 trên địa bàn đặc khu Phú Quốc",
    preamble=[
        "Thực hiện Kế hoạch cải cách hành chính năm 2026 của UBND tỉnh An Giang, UBND đặc khu Phú Quốc ban hành Kế "
        "hoạch cải cách hành chính năm 2026 như sau:",
    ],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          n("Mục đích"),
          a("Xây dựng nền hành chính phục vụ nhà đầu tư, du khách và người dân trên các đảo;"),
          a("Vận hành ổn định bộ máy chính quyền đặc khu sau khi thành lập."),
          n("Yêu cầu"),
          a("Nhiệm vụ có cơ quan chủ trì, kết quả dự kiến và thời hạn hoàn thành;"),
          a("Báo cáo đúng hạn, đúng nội dung theo Kế hoạch.")),
        P("CHỈ TIÊU",
          b("Tối thiểu 75% hồ sơ thủ tục hành chính được nộp trực tuyến."),
          b("100% hồ sơ đăng ký hộ kinh doanh được giải quyết trực tuyến toàn trình."),
          b("Thời gian cấp giấy phép xây dựng nhà ở riêng lẻ không quá 07 ngày làm việc."),
          b("Mức độ hài lòng của người dân, doanh nghiệp đạt tối thiểu 93%.")),
        P("NHIỆM VỤ",
          "UBND đặc khu triển khai 16 nhiệm vụ cải cách hành chính năm 2026 theo Phụ lục kèm theo."),
        P("KINH PHÍ",
          "Kinh phí thực hiện Kế hoạch là 260 triệu đồng từ ngân sách đặc khu năm 2026 và nguồn xã hội hóa hợp pháp."),
        P("TỔ CHỨC THỰC HIỆN",
          n(f"{VP_DK} là cơ quan thường trực; tổng hợp, báo cáo UBND tỉnh (qua Sở Nội vụ) kết quả cải cách hành chính "
            "định kỳ hằng quý trước ngày 16 của tháng cuối quý, báo cáo 6 tháng trước ngày 16/6/2026 và báo cáo năm "
            "trước ngày 16/11/2026."),
          n(f"{TT_DK} báo cáo Chủ tịch UBND đặc khu số hồ sơ tiếp nhận tại các đảo trước ngày 25 hằng tháng."),
          n(f"Các phòng chuyên môn, Công an đặc khu gửi báo cáo về {VP_DK} trước ngày 09 của tháng cuối quý.")),
    ],
    recipients=["UBND tỉnh An Giang (b/c);", "Sở Nội vụ;", "TT Đảng ủy, TT HĐND đặc khu;", "Các phòng chuyên môn;",
                "Lưu: VT."],
    sign_role=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
    signer="Đoàn Văn Nghĩa",
    province="An Giang",
    appendix_title="PHỤ LỤC\nNHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026 CỦA ĐẶC KHU PHÚ QUỐC",
    columns=[("stt", "TT"), ("task", "Nhiệm vụ"), ("product", "Kết quả dự kiến"), ("deadline", "Thời hạn"),
             ("lead", "Chủ trì thực hiện"), ("partners", "Phối hợp thực hiện")],
    groups=[
        G("I. CẢI CÁCH THỂ CHẾ",
          T8("Rà soát văn bản quy phạm pháp luật do HĐND, UBND thành phố Phú Quốc (cũ) ban hành để đề xuất xử lý",
             VP_DK, "Các phòng chuyên môn; Sở Tư pháp; Văn phòng UBND tỉnh An Giang", "Quý II/2026",
             "Báo cáo rà soát, danh mục văn bản đề nghị bãi bỏ, thay thế gửi Sở Tư pháp tổng hợp, trình UBND tỉnh"),
          T8("Xây dựng Quy chế phối hợp quản lý hoạt động du lịch trên các đảo, quần đảo của đặc khu", "Phòng Kinh tế",
             "Sở Văn hóa, Thể thao và Du lịch; Công an đặc khu; Bộ đội Biên phòng tỉnh; Ban Quản lý Vườn quốc gia Phú Quốc", "Trước 30/6/2026",
             "Quyết định ban hành Quy chế phối hợp, kèm danh sách đầu mối liên hệ của các cơ quan")),
        G("II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
          T8("Cung cấp dịch vụ công trực tuyến toàn trình thủ tục đăng ký hộ kinh doanh", "Phòng Kinh tế", f"{TT_DK}; Chi cục Thuế khu vực; Viettel An Giang",
             "Tháng 5/2026", "Dịch vụ công toàn trình trên Cổng Dịch vụ công quốc gia, kết quả điện tử trả qua VNeID"),
          T8("Mở điểm tiếp nhận hồ sơ thủ tục hành chính tại xã đảo Hòn Thơm và đảo Thổ Châu", TT_DK,
             "Bưu điện đặc khu Phú Quốc; Đồn Biên phòng Thổ Châu; Công an đặc khu; Viễn thông An Giang", "Quý III/2026",
             "02 điểm tiếp nhận đi vào hoạt động, có máy tính, máy quét và đường truyền kết nối"),
          T8("Rút ngắn thời gian cấp giấy phép xây dựng nhà ở riêng lẻ còn 07 ngày làm việc",
             "Phòng Quản lý đô thị và Hạ tầng", f"{TT_DK}; Sở Xây dựng; Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ",
             "Quý III/2026", "Quy trình nội bộ sửa đổi được Chủ tịch UBND đặc khu phê duyệt, công khai"),
          T8("Công khai thủ tục hành chính bằng tiếng Việt và tiếng Anh tại Trung tâm Phục vụ hành chính công đặc khu",
             VP_DK, f"{TT_DK}; Phòng Văn hóa - Xã hội; Các phòng chuyên môn", "Thường xuyên",
             "Bảng niêm yết song ngữ, cập nhật trong 05 ngày làm việc kể từ khi có quyết định công bố")),
        G("III. CẢI CÁCH TỔ CHỨC BỘ MÁY",
          T8("Kiện toàn tổ chức các phòng chuyên môn sau khi thành lập đặc khu", VP_DK, "Sở Nội vụ; Các phòng chuyên môn; Công an đặc khu", "Quý I/2026",
             "Quyết định kiện toàn, quy chế làm việc của UBND đặc khu"),
          T8("Tuyển dụng công chức còn thiếu theo vị trí việc làm", VP_DK, "Sở Nội vụ; Hội đồng tuyển dụng đặc khu; Các phòng chuyên môn", "Tháng 9/2026",
             "Kết quả tuyển dụng được Sở Nội vụ phê duyệt, công chức được bố trí đúng vị trí việc làm")),
        G("IV. CẢI CÁCH CHẾ ĐỘ CÔNG VỤ",
          T8("Đánh giá công chức hằng tháng trên phần mềm đánh giá, xếp loại", VP_DK, f"Các phòng chuyên môn; {TT_DK}",
             "Hằng tháng", "Kết quả đánh giá hằng tháng làm căn cứ xếp loại, khen thưởng cuối năm"),
          T8("Bồi dưỡng tiếng Anh giao tiếp cho công chức tiếp nhận hồ sơ của nhà đầu tư, du khách nước ngoài",
             "Phòng Văn hóa - Xã hội", f"{TT_DK}; Trường Đại học Kiên Giang; Hiệp hội Du lịch Phú Quốc", "Tháng 8/2026",
             "02 lớp bồi dưỡng tiếng Anh giao tiếp cho 60 công chức, viên chức")),
        G("V. CẢI CÁCH TÀI CHÍNH CÔNG",
          T8("Thu phí tham quan và giá dịch vụ tại bến tàu khách An Thới không dùng tiền mặt", "Phòng Kinh tế",
             "Ban Quản lý cảng hành khách An Thới; Các ngân hàng thương mại; Các doanh nghiệp vận tải hành khách bằng tàu cao tốc", "Tháng 6/2026",
             "100% giao dịch thu phí, giá dịch vụ không dùng tiền mặt"),
          T8("Xây dựng phương án tự chủ tài chính của Trung tâm Dịch vụ nông nghiệp đặc khu", "Phòng Kinh tế",
             "Trung tâm Dịch vụ nông nghiệp đặc khu; Sở Tài chính; Sở Nông nghiệp và Môi trường", "Quý IV/2026",
             "Phương án tự chủ tài chính giai đoạn 2026 - 2030 trình UBND đặc khu phê duyệt")),
        G("VI. CHUYỂN ĐỔI SỐ",
          T8("Vận hành Trung tâm Giám sát, điều hành đô thị thông minh của đặc khu", VP_DK,
             "Công an đặc khu; Viễn thông An Giang; Phòng Quản lý đô thị và Hạ tầng; Sở Khoa học và Công nghệ", "Tháng 10/2026",
             "Trung tâm IOC vận hành 24/7, kết nối camera giám sát an ninh, giao thông và môi trường"),
          T8("Số hóa sổ hộ tịch lưu trữ từ năm 1990 đến nay", VP_DK, f"{TT_DK}; Sở Tư pháp; Bưu điện đặc khu Phú Quốc", "Tháng 11/2026",
             "Dữ liệu hộ tịch điện tử được cập nhật vào Cơ sở dữ liệu hộ tịch điện tử toàn quốc"),
          T8("Lắp đặt Wi-Fi miễn phí tại bến tàu An Thới và Trung tâm Phục vụ hành chính công đặc khu",
             "Phòng Quản lý đô thị và Hạ tầng", "Viễn thông An Giang; Ban Quản lý cảng hành khách An Thới", "Tháng 7/2026",
             "Điểm Wi-Fi công cộng miễn phí cho người dân, du khách"),
          T8("Thí điểm trả kết quả thủ tục hành chính qua dịch vụ bưu chính công ích tại các khu phố, ấp", TT_DK,
             "Bưu điện đặc khu Phú Quốc; Văn phòng HĐND và UBND đặc khu; Ban điều hành các khu phố, ấp", "Quý II/2026",
             "Kết quả thủ tục được trả tận nhà theo yêu cầu của người dân")),
    ],
)

VP_BAN = "Văn phòng Ban"
DT = "Phòng Quản lý đầu tư"
DN = "Phòng Quản lý doanh nghiệp và Lao động"

KKT_QUANG_TRI = Plan8(
    file="quang-tri_bql-khu-kinh-te_kh-cchc-2026.docx",
    fmt="docx",
    parent="UBND TỈNH QUẢNG TRỊ",
    issuer_upper="BAN QUẢN LÝ KHU KINH TẾ",
    issuer="Ban Quản lý Khu kinh tế tỉnh Quảng Trị",
    number="25/KH-BQLKKT",
    place="Quảng Trị",
    issued=date(2026, 1, 23),
    subtitle="Cải cách hành chính năm 2026 của Ban Quản lý Khu kinh tế tỉnh Quảng Trị",
    preamble=[
        "Căn cứ Kế hoạch cải cách hành chính năm 2026 của UBND tỉnh Quảng Trị, Ban Quản lý Khu kinh tế tỉnh xây dựng "
        "Kế hoạch như sau:",
    ],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          n("Mục đích"),
          a("Cải thiện môi trường đầu tư tại Khu kinh tế Đông Nam Quảng Trị và Khu kinh tế - thương mại đặc biệt Lao "
            "Bảo;"),
          a("Rút ngắn thời gian giải quyết thủ tục đầu tư, lao động cho doanh nghiệp."),
          n("Yêu cầu"),
          a("Gắn trách nhiệm người đứng đầu phòng, đơn vị với kết quả thực hiện;"),
          a("Thực hiện đúng chế độ báo cáo.")),
        P("CHỈ TIÊU",
          b("100% hồ sơ cấp Giấy chứng nhận đăng ký đầu tư được tiếp nhận trực tuyến."),
          b("Thời gian cấp Giấy chứng nhận đăng ký đầu tư không quá 10 ngày làm việc."),
          b("Tối thiểu 85% doanh nghiệp hài lòng với việc giải quyết thủ tục hành chính.")),
        P("NHIỆM VỤ VÀ GIẢI PHÁP",
          "Ban Quản lý Khu kinh tế tỉnh giao 12 nhiệm vụ cải cách hành chính năm 2026 như sau:"),
        P("KINH PHÍ",
          "Kinh phí thực hiện là 145 triệu đồng trong dự toán chi thường xuyên năm 2026 của Ban."),
        P("TỔ CHỨC THỰC HIỆN",
          n(VP_BAN),
          a("Là đầu mối giúp Trưởng ban theo dõi, kiểm tra việc thực hiện Kế hoạch;"),
          a("Tổng hợp, báo cáo UBND tỉnh (qua Sở Nội vụ) kết quả cải cách hành chính định kỳ hằng quý trước ngày 14 của "
            "tháng cuối quý và báo cáo năm trước ngày 14/11/2026."),
          n(DT),
          a("Báo cáo Trưởng ban tình hình cấp Giấy chứng nhận đăng ký đầu tư trước ngày 10 hằng tháng."),
          n(DN),
          a("Báo cáo Bộ Nội vụ tình hình cấp giấy phép lao động cho người nước ngoài định kỳ 6 tháng trước ngày "
            "05/7/2026."),
          n("Trung tâm Dịch vụ hỗ trợ đầu tư và Ban Quản lý cửa khẩu Lao Bảo"),
          a(f"Gửi báo cáo kết quả thực hiện về {VP_BAN} trước ngày 07 của tháng cuối quý.")),
    ],
    recipients=["UBND tỉnh (b/c);", "Sở Nội vụ;", "Các Phó Trưởng ban;", "Các phòng, đơn vị thuộc Ban;", "Lưu: VT, VP."],
    sign_role=["TRƯỞNG BAN"],
    signer="Hồ Sỹ Nguyên",
    province="Quảng Trị",
    appendix_title="DANH MỤC NHIỆM VỤ CỤ THỂ",
    ref_text="",
    table_part=2,
    spans=[("Đơn vị thực hiện", ("lead", "partners"))],
    partner_sep="; ",
    columns=[("stt", "STT"), ("task", "Công việc cụ thể"), ("lead", "Chủ trì"), ("partners", "Phối hợp"),
             ("deadline", "Thời gian hoàn thành"), ("product", "Sản phẩm")],
    groups=[
        G("I. CẢI CÁCH THỂ CHẾ",
          T8("Tham mưu UBND tỉnh ban hành Quy chế phối hợp quản lý nhà nước tại Khu kinh tế Đông Nam Quảng Trị", VP_BAN,
             "Sở Tư pháp; Sở Tài chính", "Quý III/2026", "Quyết định của UBND tỉnh"),
          T8("Rà soát quy định về ưu đãi đầu tư tại Khu kinh tế - thương mại đặc biệt Lao Bảo", VP_BAN, DT,
             "Trước 31/5/2026", "Báo cáo rà soát")),
        G("II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
          T8("Tiếp nhận trực tuyến toàn bộ hồ sơ cấp, điều chỉnh Giấy chứng nhận đăng ký đầu tư", DT,
             "Trung tâm Phục vụ hành chính công tỉnh", "Tháng 4/2026", "Hồ sơ tiếp nhận trực tuyến"),
          T8("Rút ngắn thời gian cấp Giấy chứng nhận đăng ký đầu tư còn 10 ngày làm việc", DT, VP_BAN, "Quý II/2026",
             "Quy trình nội bộ sửa đổi"),
          T8("Thẩm định thiết kế xây dựng dự án trong khu công nghiệp theo cơ chế một cửa liên thông",
             "Phòng Quy hoạch và Xây dựng", "Sở Xây dựng; Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ",
             "Quý IV/2026", "Quy chế liên thông")),
        G("III. CẢI CÁCH TỔ CHỨC BỘ MÁY VÀ CHẾ ĐỘ CÔNG VỤ",
          T8("Sắp xếp Ban Quản lý cửa khẩu Lao Bảo và Ban Quản lý cửa khẩu La Lay thành một đơn vị", VP_BAN,
             "Sở Nội vụ", "6 tháng đầu năm 2026", "Đề án trình UBND tỉnh"),
          T8("Đánh giá công chức, viên chức theo kết quả nhiệm vụ hằng quý", VP_BAN, "Các phòng, đơn vị thuộc Ban",
             "Hằng quý", "Kết quả đánh giá")),
        G("IV. CẢI CÁCH TÀI CHÍNH CÔNG",
          T8("Giao quyền tự chủ tài chính cho Trung tâm Dịch vụ hỗ trợ đầu tư", "Phòng Kế hoạch - Tài chính",
             "Trung tâm Dịch vụ hỗ trợ đầu tư; Sở Tài chính", "Tháng 9/2026", "Quyết định giao tự chủ"),
          T8("Quyết toán kinh phí bồi thường, giải phóng mặt bằng Khu công nghiệp Quảng Trị", "Phòng Kế hoạch - Tài chính",
             "UBND các xã có dự án", "Tháng 11/2026", "Báo cáo quyết toán")),
        G("V. CHUYỂN ĐỔI SỐ",
          T8("Cấp giấy phép lao động cho người nước ngoài làm việc trong khu kinh tế trên môi trường điện tử", DN,
             "Công an tỉnh", "Tháng 8/2026", "Giấy phép lao động điện tử"),
          T8("Xây dựng cơ sở dữ liệu doanh nghiệp, dự án đầu tư trong khu kinh tế, khu công nghiệp", DN,
             "Trung tâm Dịch vụ hỗ trợ đầu tư", "Quý III/2026", "Cơ sở dữ liệu dùng chung"),
          T8("Số hóa hồ sơ dự án đầu tư đang lưu trữ tại Ban", DN, VP_BAN, "Tháng 10/2026", "Kho hồ sơ điện tử")),
    ],
)
