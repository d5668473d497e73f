"""Batch-10 dev plans A: Sở Nông nghiệp và Môi trường tỉnh Hưng Yên (prose DOCX) and Bệnh viện Đa khoa tỉnh Phú Thọ (table DOCX).

Sở NN&MT Hưng Yên: a DOCX numbered by Word whose tasks are **not in a
table** but assigned in lettered paragraphs under numbered fields ("Giao …
chủ trì, phối hợp với … ; thời gian hoàn thành: …", "… do … thực hiện,
hoàn thành trước …", "… phối hợp", "Thời gian: Quý III/2026").
Bệnh viện Đa khoa tỉnh Phú Thọ: a Word-numbered DOCX whose task table in
part III has the columns "TT | Nội dung công việc | Thời gian hoàn thành |
Đơn vị thực hiện (Khoa, phòng chủ trì | Khoa, phòng phối hợp) | Kết
quả/sản phẩm", group rows merged across and equal leads merged down.
"""

from __future__ import annotations

from datetime import date

from eval.varied.build import G, P, a, b, n
from eval.varied8.model8 import T8, Plan8
from eval.varied10.prose import ProseGroups, prose_part, pt

HUNG_YEN_TASKS: ProseGroups = [
    ("Cải cách thể chế", [
        pt("Giao Phòng Pháp chế chủ trì, phối hợp với Văn phòng Sở rà soát các quyết định quy phạm pháp luật của UBND "
           "tỉnh trong lĩnh vực nông nghiệp, môi trường sau sắp xếp đơn vị hành chính; thời gian hoàn thành: tháng 6/2026.",
           "rà soát các quyết định quy phạm pháp luật của UBND tỉnh trong lĩnh vực nông nghiệp, môi trường",
           "Phòng Pháp chế", "Văn phòng Sở", "Tháng 6/2026"),
        pt("Tham mưu UBND tỉnh ban hành Quy định phân cấp quản lý công trình thủy lợi nhỏ cho UBND cấp xã do Chi cục "
           "Thủy lợi thực hiện, hoàn thành trước 30/9/2026; Phòng Pháp chế phối hợp.",
           "Quy định phân cấp quản lý công trình thủy lợi nhỏ", "Chi cục Thủy lợi", "Phòng Pháp chế", "Trước 30/9/2026"),
    ]),
    ("Cải cách thủ tục hành chính", [
        pt("Giao Văn phòng Sở chủ trì, phối hợp với Trung tâm Phục vụ hành chính công tỉnh rà soát, đề xuất đơn giản hóa "
           "10 thủ tục hành chính lĩnh vực đất đai, môi trường; thời gian hoàn thành: Quý II/2026. Sản phẩm: phương án "
           "đơn giản hóa trình UBND tỉnh.",
           "rà soát, đề xuất đơn giản hóa 10 thủ tục hành chính lĩnh vực đất đai, môi trường", "Văn phòng Sở",
           "Trung tâm Phục vụ hành chính công tỉnh", "Quý II/2026", "phương án đơn giản hóa trình UBND tỉnh"),
        pt("Số hóa hồ sơ cấp giấy chứng nhận quyền sử dụng đất còn lưu trữ bằng giấy do Văn phòng Đăng ký đất đai thực "
           "hiện; Trung tâm Công nghệ thông tin tài nguyên và môi trường, UBND các xã, phường phối hợp. Thời gian: Quý III/2026.",
           "Số hóa hồ sơ cấp giấy chứng nhận quyền sử dụng đất", "Văn phòng Đăng ký đất đai",
           "Trung tâm Công nghệ thông tin tài nguyên và môi trường; UBND các xã, phường", "Quý III/2026"),
        pt("Chi cục Chăn nuôi và Thú y chủ trì cấp giấy chứng nhận cơ sở an toàn dịch bệnh động vật trực tuyến toàn "
           "trình; Văn phòng Sở phối hợp; hoàn thành trong tháng 8/2026.",
           "cấp giấy chứng nhận cơ sở an toàn dịch bệnh động vật trực tuyến toàn trình", "Chi cục Chăn nuôi và Thú y",
           "Văn phòng Sở", "Tháng 8/2026"),
    ]),
    ("Cải cách tổ chức bộ máy và chế độ công vụ", [
        pt("Giao Phòng Tổ chức cán bộ chủ trì, phối hợp với các chi cục xây dựng Đề án vị trí việc làm của Sở sau hợp "
           "nhất; thời gian hoàn thành: Quý III/2026. Sản phẩm: Đề án trình UBND tỉnh phê duyệt.",
           "Đề án vị trí việc làm của Sở sau hợp nhất", "Phòng Tổ chức cán bộ", "các chi cục", "Quý III/2026",
           "Đề án trình UBND tỉnh phê duyệt"),
        pt("Tổ chức 03 lớp bồi dưỡng kỹ năng số cho công chức, viên chức do Phòng Tổ chức cán bộ thực hiện, Trung tâm "
           "Công nghệ thông tin tài nguyên và môi trường phối hợp, hoàn thành trước 31/10/2026.",
           "03 lớp bồi dưỡng kỹ năng số cho công chức, viên chức", "Phòng Tổ chức cán bộ",
           "Trung tâm Công nghệ thông tin tài nguyên và môi trường", "Trước 31/10/2026"),
    ]),
    ("Cải cách tài chính công", [
        pt("Phòng Kế hoạch - Tài chính chủ trì giao quyền tự chủ tài chính cho Trung tâm Khuyến nông và Trung tâm Quan "
           "trắc môi trường; thời gian: Quý I/2026.",
           "giao quyền tự chủ tài chính cho Trung tâm Khuyến nông và Trung tâm Quan trắc môi trường",
           "Phòng Kế hoạch - Tài chính", "", "Quý I/2026"),
    ]),
    ("Xây dựng chính quyền số", [
        pt("Giao Trung tâm Công nghệ thông tin tài nguyên và môi trường chủ trì, phối hợp với Văn phòng Đăng ký đất đai "
           "và Viễn thông Hưng Yên vận hành cơ sở dữ liệu đất đai của tỉnh kết nối với Cơ sở dữ liệu quốc gia về dân cư; "
           "thời gian hoàn thành: tháng 11/2026. Sản phẩm: cơ sở dữ liệu đất đai được kết nối, chia sẻ.",
           "vận hành cơ sở dữ liệu đất đai của tỉnh kết nối với Cơ sở dữ liệu quốc gia về dân cư",
           "Trung tâm Công nghệ thông tin tài nguyên và môi trường", "Văn phòng Đăng ký đất đai; Viễn thông Hưng Yên",
           "Tháng 11/2026", "cơ sở dữ liệu đất đai được kết nối, chia sẻ"),
        pt("Lắp đặt hệ thống quan trắc mực nước tự động tại 12 trạm bơm do Chi cục Thủy lợi thực hiện, hoàn thành trước "
           "30/9/2026; Trung tâm Công nghệ thông tin tài nguyên và môi trường phối hợp.",
           "Lắp đặt hệ thống quan trắc mực nước tự động tại 12 trạm bơm", "Chi cục Thủy lợi",
           "Trung tâm Công nghệ thông tin tài nguyên và môi trường", "Trước 30/9/2026"),
    ]),
]

HUNG_YEN = Plan8(
    file="hung-yen_so-nong-nghiep-moi-truong_kh-cchc-2026.docx",
    fmt="docx-prose",
    parent="UBND TỈNH HƯNG YÊN",
    issuer_upper="SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
    issuer="Sở Nông nghiệp và Môi trường tỉnh Hưng Yên",
    number="35/KH-SNNMT",
    place="Hưng Yên",
    issued=date(2026, 1, 22),
    subtitle="Cải cách hành chính năm 2026 của Sở Nông nghiệp và Môi trường",
    preamble=[
        "Căn cứ Kế hoạch cải cách hành chính năm 2026 của UBND tỉnh Hưng Yên, Sở Nông nghiệp và Môi trường ban hành "
        "Kế hoạch cải cách hành chính năm 2026 như sau:",
    ],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          n("Mục đích"),
          a("Giảm thời gian, chi phí cho người dân, doanh nghiệp khi giải quyết thủ tục hành chính về đất đai, môi "
            "trường, thủy lợi sau khi hợp nhất hai sở;"),
          a("Hoàn thành cơ sở dữ liệu đất đai của tỉnh, phục vụ giải quyết thủ tục hành chính không phụ thuộc địa giới."),
          n("Yêu cầu"),
          a("Mỗi nhiệm vụ giao rõ đơn vị chủ trì, đơn vị phối hợp, thời hạn hoàn thành;"),
          a("Kết quả thực hiện Kế hoạch là tiêu chí đánh giá, xếp loại người đứng đầu các phòng, chi cục.")),
        P("CHỈ TIÊU",
          b("Tối thiểu 80% hồ sơ thủ tục hành chính của Sở được giải quyết trực tuyến toàn trình."),
          b("100% hồ sơ đất đai được giải quyết đúng hạn."),
          b("Mức độ hài lòng của người dân, doanh nghiệp đạt tối thiểu 92%.")),
        prose_part("NHIỆM VỤ VÀ GIẢI PHÁP",
                   "Năm 2026, Sở triển khai 10 nhiệm vụ cải cách hành chính cụ thể như sau:", HUNG_YEN_TASKS),
        P("TỔ CHỨC THỰC HIỆN",
          n("Văn phòng Sở"),
          a("Là đầu mối theo dõi, đôn đốc các phòng, chi cục, đơn vị thực hiện Kế hoạch;"),
          a("Tổng hợp, báo cáo UBND tỉnh (qua Sở Nội vụ) kết quả cải cách hành chính: báo cáo quý trước ngày 17 của "
            "tháng cuối quý, báo cáo 6 tháng trước ngày 17/6/2026 và báo cáo năm trước ngày 17/11/2026."),
          n("Phòng Kế hoạch - Tài chính"),
          a("Bố trí 210 triệu đồng từ nguồn kinh phí chi thường xuyên năm 2026 của Sở để thực hiện Kế hoạch."),
          n("Các phòng, chi cục và đơn vị sự nghiệp thuộc Sở"),
          a("Thực hiện nhiệm vụ được giao, gửi báo cáo kết quả về Văn phòng Sở trước ngày 08 của tháng cuối quý;"),
          a("Báo cáo đột xuất khi có yêu cầu trong thời hạn 03 ngày làm việc.")),
    ],
    recipients=["UBND tỉnh (b/c);", "Sở Nội vụ;", "Giám đốc, các Phó Giám đốc Sở;", "Các phòng, chi cục, đơn vị thuộc Sở;",
                "Lưu: VT, VP."],
    sign_role=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
    signer="Đỗ Thị Hồng Nhung",
    province="Hưng Yên",
    ref_text="",
)

PHU_THO_BV = Plan8(
    file="phu-tho_benh-vien-da-khoa-tinh_kh-cchc-2026.docx",
    fmt="docx-table",
    parent="SỞ Y TẾ TỈNH PHÚ THỌ",
    issuer_upper="BỆNH VIỆN ĐA KHOA TỈNH",
    issuer="Bệnh viện Đa khoa tỉnh Phú Thọ",
    number="18/KH-BVĐK",
    place="Phú Thọ",
    issued=date(2026, 1, 21),
    subtitle="Cải cách hành chính năm 2026 của Bệnh viện Đa khoa tỉnh Phú Thọ",
    preamble=[
        "Thực hiện Kế hoạch cải cách hành chính năm 2026 của Sở Y tế tỉnh Phú Thọ, Bệnh viện Đa khoa tỉnh xây dựng "
        "Kế hoạch như sau:",
    ],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          n("Mục đích"),
          a("Giảm thời gian chờ đợi, thủ tục giấy tờ của người bệnh khi khám bệnh, chữa bệnh và thanh toán viện phí;"),
          a("Xây dựng bệnh viện thông minh, lấy người bệnh làm trung tâm."),
          n("Yêu cầu"),
          a("Các khoa, phòng thực hiện đúng nội dung, tiến độ được phân công;"),
          a("Kết quả cải cách hành chính được gắn với bình xét thi đua của khoa, phòng hằng năm.")),
        P("CHỈ TIÊU",
          b("Tối thiểu 90% giao dịch thanh toán viện phí không dùng tiền mặt."),
          b("Thời gian chờ khám bệnh ngoại trú dưới 2 giờ."),
          b("Tỷ lệ người bệnh hài lòng đạt tối thiểu 92%.")),
        P("NHIỆM VỤ CỤ THỂ",
          "Bệnh viện triển khai 10 nhiệm vụ cải cách hành chính năm 2026, phân công như sau:"),
        P("TỔ CHỨC THỰC HIỆN",
          n("Phòng Tổ chức cán bộ"),
          a("Giúp Giám đốc theo dõi, đôn đốc các khoa, phòng thực hiện Kế hoạch;"),
          a("Tổng hợp, báo cáo Sở Y tế kết quả cải cách hành chính 6 tháng trước ngày 13/6/2026 và năm trước ngày "
            "13/11/2026."),
          n("Phòng Tài chính kế toán"),
          a("Bảo đảm kinh phí thực hiện Kế hoạch từ nguồn thu sự nghiệp của Bệnh viện."),
          n("Phòng Công tác xã hội"),
          a("Khảo sát sự hài lòng của người bệnh nội trú và ngoại trú hằng tháng, báo cáo Giám đốc trước ngày 05 của "
            "tháng sau."),
          n("Các khoa, phòng"),
          a("Gửi báo cáo quý về Phòng Tổ chức cán bộ trước ngày 08 của tháng cuối quý.")),
    ],
    recipients=["Sở Y tế (b/c);", "Ban Giám đốc;", "Các khoa, phòng;", "Lưu: VT, TCCB."],
    sign_role=["GIÁM ĐỐC"],
    signer="Nguyễn Hữu Thắng",
    province="Phú Thọ",
    appendix_title="BẢNG PHÂN CÔNG NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026",
    ref_text="",
    table_part=2,
    spans=[("Đơn vị thực hiện", ("lead", "partners"))],
    partner_sep="; ",
    columns=[("stt", "TT"), ("task", "Nội dung công việc"), ("deadline", "Thời gian hoàn thành"),
             ("lead", "Khoa, phòng chủ trì"), ("partners", "Khoa, phòng phối hợp"), ("product", "Kết quả/sản phẩm")],
    groups=[
        G("I. CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
          T8("Niêm yết công khai quy trình khám bệnh, thủ tục chuyển tuyến tại khu khám bệnh", "Phòng Kế hoạch tổng hợp",
             "Phòng Điều dưỡng", "Quý I/2026", "Bảng niêm yết, mã QR tra cứu"),
          T8("Rút ngắn thời gian chờ khám bệnh ngoại trú xuống dưới 2 giờ", "Phòng Kế hoạch tổng hợp",
             "Khoa Khám bệnh; Phòng Công nghệ thông tin", "Quý III/2026", "Quy trình khám bệnh sửa đổi"),
          T8("Cấp giấy chứng sinh, giấy báo tử liên thông điện tử", "Khoa Phụ sản",
             "Phòng Kế hoạch tổng hợp; Phòng Công nghệ thông tin", "Tháng 5/2026", "Dữ liệu liên thông với Cổng Dịch vụ công")),
        G("II. CẢI CÁCH TỔ CHỨC BỘ MÁY VÀ CHẾ ĐỘ CÔNG VỤ",
          T8("Sắp xếp lại các khoa cận lâm sàng theo Đề án tự chủ", "Phòng Tổ chức cán bộ", "Các khoa cận lâm sàng",
             "Trước 30/6/2026", "Quyết định sắp xếp"),
          T8("Đào tạo kỹ năng giao tiếp, ứng xử cho điều dưỡng, hộ lý", "Phòng Điều dưỡng", "Phòng Tổ chức cán bộ",
             "Tháng 4/2026", "04 lớp đào tạo")),
        G("III. CẢI CÁCH TÀI CHÍNH CÔNG",
          T8("Thanh toán viện phí không dùng tiền mặt tại tất cả quầy thu", "Phòng Tài chính kế toán",
             "Phòng Công nghệ thông tin; Ngân hàng Vietcombank chi nhánh Phú Thọ", "Quý II/2026",
             "90% giao dịch không dùng tiền mặt"),
          T8("Xây dựng phương án giá dịch vụ khám bệnh, chữa bệnh theo yêu cầu", "Phòng Tài chính kế toán",
             "Phòng Kế hoạch tổng hợp", "Trước 31/8/2026", "Phương án giá trình Sở Y tế")),
        G("IV. CHUYỂN ĐỔI SỐ",
          T8("Triển khai bệnh án điện tử tại toàn bộ khoa lâm sàng", "Phòng Công nghệ thông tin",
             "Phòng Kế hoạch tổng hợp; Các khoa lâm sàng", "Tháng 9/2026", "Bệnh án điện tử thay bệnh án giấy"),
          T8("Kết nối hệ thống thông tin bệnh viện với Sổ sức khỏe điện tử trên VNeID", "Phòng Công nghệ thông tin",
             "Bảo hiểm xã hội tỉnh Phú Thọ", "Quý IV/2026", "Dữ liệu khám chữa bệnh trên VNeID"),
          T8("Đặt lịch khám bệnh trực tuyến qua ứng dụng di động", "Khoa Khám bệnh", "Phòng Công tác xã hội",
             "Thường xuyên", "Lịch hẹn khám trực tuyến")),
    ],
)
