"""Batch-4 test plans: Sở Giáo dục và Đào tạo thành phố Đà Nẵng (text-layer PDF) and UBND phường Kinh Bắc (TXT prose).

Traps (Đà Nẵng): portrait task table over several pages, header **not**
repeated, rows may break across a page; columns "TT | Nội dung công việc |
Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành | Kết quả/Sản phẩm";
group rows lettered A.–Đ.; partners ", " while one partner ("Sở Văn hóa, Thể
thao và Du lịch") holds commas; KINH PHÍ with a total and a sub-amount.
Traps (Kinh Bắc): text copied from a PDF (hard wraps, page numbers, a footnote
carrying the province plan's number); tasks and reporting duties as prose.
"""

from __future__ import annotations

from datetime import date

from eval.varied.build import G, P, T, b, n
from eval.varied2.model2 import Plan2

DA_NANG = Plan2(
    file="da-nang_so-gddt_kh-cchc-2026.pdf",
    fmt="pdf-table",
    parent="UBND THÀNH PHỐ ĐÀ NẴNG",
    issuer_upper="SỞ GIÁO DỤC VÀ ĐÀO TẠO",
    issuer="Sở Giáo dục và Đào tạo thành phố Đà Nẵng",
    number="31/KH-SGDĐT",
    place="Đà Nẵng",
    issued=date(2026, 1, 27),
    subtitle="Cải cách hành chính năm 2026 của Sở Giáo dục và Đào tạo thành phố Đà Nẵng",
    preamble=[
        "Thực hiện Kế hoạch số 08/KH-UBND ngày 12/01/2026 của UBND thành phố Đà Nẵng về cải cách hành chính nhà nước năm 2026;",
        "Sở Giáo dục và Đào tạo ban hành Kế hoạch cải cách hành chính năm 2026 như sau:",
    ],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          b("Đơn giản hóa thủ tục hành chính trong lĩnh vực giáo dục, giảm giấy tờ cho học sinh, cha mẹ học sinh và nhà trường."),
          b("Hoàn thiện tổ chức bộ máy ngành giáo dục thành phố sau khi hợp nhất thành phố Đà Nẵng và tỉnh Quảng Nam.")),
        P("CHỈ TIÊU",
          b("Tối thiểu 90% hồ sơ thủ tục hành chính của Sở được giải quyết trực tuyến toàn trình."),
          b("100% trường học công lập thu học phí, các khoản thu không dùng tiền mặt."),
          b("100% học sinh tiểu học, trung học cơ sở có học bạ số."),
          b("Tỷ lệ hài lòng của cha mẹ học sinh đối với dịch vụ giáo dục công đạt trên 85%.")),
        P("NHIỆM VỤ",
          "Các nhiệm vụ cụ thể được phân công tại Phụ lục kèm theo Kế hoạch này."),
        P("KINH PHÍ",
          "Tổng kinh phí thực hiện Kế hoạch là 1.860 triệu đồng từ ngân sách thành phố giao cho Sở năm 2026, trong đó 900 triệu đồng cho số hóa sổ gốc văn bằng."),
        P("TỔ CHỨC THỰC HIỆN",
          n("Văn phòng Sở là đầu mối tham mưu Giám đốc Sở triển khai, theo dõi, đôn đốc việc thực hiện Kế hoạch."),
          n("Các phòng thuộc Sở và các đơn vị trực thuộc báo cáo kết quả quý về Sở (qua Văn phòng Sở) trước ngày 05 của tháng cuối quý."),
          n("Văn phòng Sở tổng hợp, tham mưu Giám đốc Sở báo cáo UBND thành phố (qua Sở Nội vụ) trước ngày 10 của tháng cuối quý; báo cáo 6 tháng trước ngày 10/6/2026; báo cáo năm trước ngày 30/11/2026."),
          n("Phòng Giáo dục phổ thông tổng hợp số liệu tuyển sinh trực tuyến, báo cáo Bộ Giáo dục và Đào tạo trước ngày 31/7/2026.")),
    ],
    recipients=["UBND thành phố (b/c);", "Sở Nội vụ;", "Giám đốc, các PGĐ Sở;", "Các phòng, đơn vị thuộc Sở;", "Lưu: VT, VP."],
    sign_role=["GIÁM ĐỐC"],
    signer="Phan Thị Ngọc Diệp",
    province="Đà Nẵng",
    appendix_title="PHỤ LỤC\nNHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026 CỦA SỞ GIÁO DỤC VÀ ĐÀO TẠO",
    partner_sep=", ",
    columns=[("stt", "TT"), ("task", "Nội dung công việc"), ("lead", "Đơn vị chủ trì"), ("partners", "Đơn vị phối hợp"),
             ("deadline", "Thời gian hoàn thành"), ("product", "Kết quả/Sản phẩm")],
    groups=[
        G("A. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH",
          T("Tập huấn nghiệp vụ cải cách hành chính cho cán bộ quản lý các trường học trực thuộc Sở", "Văn phòng Sở",
            "Phòng Tổ chức cán bộ", "Quý II/2026", "Lớp tập huấn"),
          T("Kiểm tra công tác cải cách hành chính tại các trường trung học phổ thông", "Văn phòng Sở",
            "Phòng Giáo dục phổ thông; Thanh tra thành phố", "Tháng 10/2026", "Thông báo kết quả kiểm tra")),
        G("B. CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
          T("Tổ chức tuyển sinh trực tuyến vào lớp 10 trung học phổ thông công lập năm học 2026 - 2027", "Phòng Giáo dục phổ thông",
            "Phòng Khảo thí và Quản lý chất lượng; Các trường trung học phổ thông", "Trước ngày 15/6/2026", "Kết quả tuyển sinh trực tuyến"),
          T("Cung cấp dịch vụ công trực tuyến toàn trình cấp bản sao văn bằng, chứng chỉ từ sổ gốc", "Phòng Khảo thí và Quản lý chất lượng",
            "Trung tâm Phục vụ hành chính công thành phố", "Quý III/2026", "Dịch vụ công trực tuyến toàn trình"),
          T("Đơn giản hóa thủ tục cho phép trung tâm ngoại ngữ, tin học hoạt động giáo dục", "Phòng Giáo dục thường xuyên và chuyên nghiệp",
            "Văn phòng Sở", "Trước ngày 31/5/2026", "Phương án đơn giản hóa"),
          T("Số hóa sổ gốc cấp văn bằng tốt nghiệp trung học phổ thông từ năm 1976 đến năm 2020", "Phòng Khảo thí và Quản lý chất lượng",
            "Văn phòng Sở; Sở Khoa học và Công nghệ", "Tháng 12/2026", "Dữ liệu văn bằng được số hóa")),
        G("C. CẢI CÁCH TỔ CHỨC BỘ MÁY, CÔNG VỤ",
          T("Sáp nhập các trường tiểu học, trung học cơ sở có quy mô nhỏ tại các xã miền núi phía tây thành phố", "Phòng Tổ chức cán bộ",
            "Sở Nội vụ; UBND các xã, phường", "Quý IV/2026", "Đề án sáp nhập"),
          T("Tuyển dụng giáo viên theo hình thức xét tuyển tập trung toàn thành phố", "Phòng Tổ chức cán bộ",
            "Sở Nội vụ; Các trường học trực thuộc", "Tháng 7/2026", "Kết quả tuyển dụng")),
        G("D. CẢI CÁCH TÀI CHÍNH CÔNG",
          T("Giao quyền tự chủ tài chính cho các trường trung học phổ thông đủ điều kiện", "Phòng Kế hoạch - Tài chính",
            "Sở Tài chính", "Quý I/2026", "Quyết định giao tự chủ"),
          T("Thu học phí không dùng tiền mặt tại tất cả trường học công lập trên địa bàn thành phố", "Phòng Kế hoạch - Tài chính",
            "Các trường học công lập; Ngân hàng thương mại trên địa bàn", "Thường xuyên", "Giao dịch không dùng tiền mặt")),
        G("Đ. CHUYỂN ĐỔI SỐ",
          T("Triển khai học bạ số cấp tiểu học và trung học cơ sở trên toàn thành phố", "Phòng Giáo dục phổ thông",
            "Các trường tiểu học, trung học cơ sở; Sở Khoa học và Công nghệ", "Trước ngày 31/8/2026", "Học bạ số"),
          T("Xây dựng kho học liệu số dùng chung cho giáo viên toàn thành phố", "Trung tâm Công nghệ thông tin và Thiết bị giáo dục",
            "Phòng Giáo dục phổ thông; Sở Văn hóa, Thể thao và Du lịch", "Tháng 11/2026", "Kho học liệu số"),
          T("Kết nối cơ sở dữ liệu ngành giáo dục với Cơ sở dữ liệu quốc gia về dân cư để xác thực thông tin học sinh", "Trung tâm Công nghệ thông tin và Thiết bị giáo dục",
            "Công an thành phố; Phòng Giáo dục phổ thông", "Quý III/2026", "Dữ liệu học sinh được xác thực"),
          T("Triển khai ứng dụng liên lạc điện tử giữa nhà trường và cha mẹ học sinh", "Trung tâm Công nghệ thông tin và Thiết bị giáo dục",
            "Các trường học công lập", "Tháng 9/2026", "Ứng dụng liên lạc điện tử")),
    ],
)

KINH_BAC = Plan2(
    file="bac-ninh_phuong-kinh-bac_kh-cchc-2026.txt",
    fmt="txt",
    parent="UBND TỈNH BẮC NINH",
    issuer_upper="ỦY BAN NHÂN DÂN\nPHƯỜNG KINH BẮC",
    issuer="Ủy ban nhân dân phường Kinh Bắc",
    number="14/KH-UBND",
    place="Kinh Bắc",
    issued=date(2026, 1, 29),
    subtitle="Cải cách hành chính năm 2026 của phường Kinh Bắc",
    preamble=[
        "Thực hiện Kế hoạch của UBND tỉnh Bắc Ninh về cải cách hành chính nhà nước năm 2026¹ và hướng dẫn của Sở Nội vụ;",
        "UBND phường Kinh Bắc ban hành Kế hoạch cải cách hành chính năm 2026 như sau:",
    ],
    footnotes=["Kế hoạch số 09/KH-UBND ngày 05/01/2026 của UBND tỉnh Bắc Ninh."],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          b("Xây dựng chính quyền phường thân thiện, phục vụ người dân và du khách đến với vùng văn hóa Kinh Bắc."),
          b("Gắn cải cách hành chính với bảo tồn di sản dân ca quan họ và các di tích trên địa bàn phường.")),
        P("CHỈ TIÊU",
          b("Tối thiểu 85% hồ sơ thủ tục hành chính được tiếp nhận trực tuyến."),
          b("100% hồ sơ được giải quyết đúng hoặc trước hạn; không có hồ sơ quá hạn do lỗi của công chức."),
          b("Tỷ lệ hài lòng của người dân đối với Trung tâm Phục vụ hành chính công phường đạt trên 92%.")),
        P("NHIỆM VỤ",
          n("Giao Văn phòng HĐND và UBND phường chủ trì, phối hợp với Trung tâm Phục vụ hành chính công phường và Công an phường rà soát, công bố danh mục thủ tục hành chính tiếp nhận không phụ thuộc địa giới hành chính; hoàn thành trong Quý II/2026."),
          n("Giao Phòng Kinh tế, Hạ tầng và Đô thị chủ trì cấp giấy phép sửa chữa, cải tạo nhà ở trong khu vực bảo vệ di tích theo hình thức trực tuyến, hoàn thành trước ngày 15/6/2026."),
          n("Giao Phòng Văn hóa - Xã hội chủ trì, phối hợp với Ban Quản lý di tích phường số hóa hồ sơ di tích, lễ hội và các câu lạc bộ dân ca quan họ trên địa bàn phường, hoàn thành trong tháng 10/2026."),
          n("Trung tâm Phục vụ hành chính công phường thường xuyên hướng dẫn, hỗ trợ người cao tuổi, người khuyết tật nộp hồ sơ trực tuyến tại nhà."),
          n("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường và các tổ dân phố phối hợp lấy ý kiến người dân về chất lượng phục vụ của Trung tâm Phục vụ hành chính công phường hằng quý.")),
        P("TỔ CHỨC THỰC HIỆN",
          n("Các phòng chuyên môn và Trung tâm Phục vụ hành chính công phường gửi báo cáo kết quả thực hiện về Văn phòng HĐND và UBND phường trước ngày 06 của tháng cuối quý."),
          n("Văn phòng HĐND và UBND phường tổng hợp, tham mưu UBND phường báo cáo UBND tỉnh (qua Sở Nội vụ) trước ngày 10 của tháng cuối quý; báo cáo 6 tháng trước ngày 10/6/2026; báo cáo năm trước ngày 01/12/2026."),
          n("Kinh phí thực hiện Kế hoạch là 85 triệu đồng từ ngân sách phường năm 2026, trong đó 30 triệu đồng cho số hóa hồ sơ di tích, lễ hội.")),
    ],
    recipients=["UBND tỉnh (b/c);", "Sở Nội vụ;", "TT Đảng ủy, TT HĐND phường;", "Các phòng chuyên môn;", "Lưu: VT."],
    sign_role=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
    signer="Nguyễn Thị Hồng Vân",
    province="Bắc Ninh",
)
