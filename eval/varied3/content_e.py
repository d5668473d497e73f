"""Batch-3 text-layer PDF, test: Sở Văn hóa, Thể thao và Du lịch tỉnh Lâm Đồng.

Traps: the lead column of the task table is headed "Đơn vị thực hiện" (next to
"Đơn vị phối hợp"); part IV names the duties of other Sở ("Đề nghị Sở Nội vụ …",
"Sở Khoa học và Công nghệ …"); KINH PHÍ with an amount.
"""

from __future__ import annotations

from datetime import date

from eval.varied.build import G, P, T, b, n
from eval.varied2.model2 import Plan2

LAM_DONG = Plan2(
    file="lam-dong_so-vhttdl_kh-cchc-2026.pdf",
    fmt="pdf-table",
    parent="UBND TỈNH LÂM ĐỒNG",
    issuer_upper="SỞ VĂN HÓA, THỂ THAO\nVÀ DU LỊCH",
    issuer="Sở Văn hóa, Thể thao và Du lịch tỉnh Lâm Đồng",
    number="42/KH-SVHTTDL",
    place="Lâm Đồng",
    issued=date(2026, 1, 28),
    subtitle="Cải cách hành chính năm 2026 của Sở Văn hóa, Thể thao và Du lịch",
    preamble=[
        "Thực hiện Kế hoạch số 19/KH-UBND ngày 13/01/2026 của UBND tỉnh Lâm Đồng về cải cách hành chính nhà nước năm 2026;",
        "Sở Văn hóa, Thể thao và Du lịch ban hành Kế hoạch cải cách hành chính năm 2026 như sau:",
    ],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          b("Nâng cao chất lượng giải quyết thủ tục hành chính lĩnh vực văn hóa, thể thao, du lịch, gia đình; phục vụ phát triển du lịch Đà Lạt - Lâm Đồng."),
          b("Các phòng, đơn vị chủ động thực hiện; kết quả là căn cứ đánh giá, xếp loại cuối năm.")),
        P("CHỈ TIÊU",
          b("100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình."),
          b("Tối thiểu 85% hồ sơ cấp giấy phép kinh doanh lữ hành, thẻ hướng dẫn viên du lịch được nộp trực tuyến."),
          b("100% di tích quốc gia đặc biệt, di tích quốc gia trên địa bàn tỉnh được số hóa hồ sơ."),
          b("Tỷ lệ hài lòng của tổ chức, cá nhân đạt trên 92%.")),
        P("NHIỆM VỤ",
          "Nhiệm vụ cụ thể được phân công tại Phụ lục kèm theo Kế hoạch này."),
        P("KINH PHÍ",
          "Kinh phí thực hiện Kế hoạch năm 2026 là 680 triệu đồng, trong đó 450 triệu đồng cho số hóa di tích."),
        P("TỔ CHỨC THỰC HIỆN",
          n("Văn phòng Sở là đầu mối tham mưu Giám đốc Sở triển khai, theo dõi, tổng hợp kết quả thực hiện Kế hoạch."),
          n("Các phòng, đơn vị gửi báo cáo kết quả về Văn phòng Sở trước ngày 05 của tháng cuối quý; Văn phòng Sở tổng hợp, tham mưu báo cáo UBND tỉnh (qua Sở Nội vụ) trước ngày 12 của tháng cuối quý và báo cáo năm trước ngày 02/12/2026."),
          n("Đề nghị Sở Nội vụ hướng dẫn Sở thực hiện tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2026."),
          n("Đề nghị Sở Khoa học và Công nghệ hỗ trợ kết nối cơ sở dữ liệu di sản văn hóa của Sở với Kho dữ liệu dùng chung của tỉnh trong quý III/2026."),
          n("Đề nghị Sở Tài chính thẩm định, bố trí kinh phí số hóa di tích theo quy định.")),
    ],
    recipients=["UBND tỉnh (b/c);", "Sở Nội vụ;", "Giám đốc, các PGĐ Sở;", "Các phòng, đơn vị thuộc Sở;", "Lưu: VT, VP."],
    sign_role=["GIÁM ĐỐC"],
    signer="Bùi Thị Hạnh Dung",
    province="Lâm Đồng",
    appendix_title="PHỤ LỤC\nNHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026",
    partner_sep=", ",
    columns=[("stt", "STT"), ("task", "Nội dung nhiệm vụ"), ("lead", "Đơn vị thực hiện"), ("partners", "Đơn vị phối hợp"),
             ("deadline", "Thời hạn"), ("product", "Kết quả")],
    groups=[
        G("1. Công tác chỉ đạo, điều hành",
          T("Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2026 của Sở", "Văn phòng Sở",
            "Các phòng, đơn vị thuộc Sở", "Trước ngày 05/12/2026", "Báo cáo tự đánh giá"),
          T("Tuyên truyền cải cách hành chính qua các thiết chế văn hóa cơ sở và thư viện tỉnh", "Thư viện tỉnh",
            "Phòng Quản lý văn hóa và gia đình", "Thường xuyên", "Tin, bài tuyên truyền")),
        G("2. Cải cách thủ tục hành chính",
          T("Rà soát, đơn giản hóa thủ tục cấp giấy phép kinh doanh dịch vụ lữ hành nội địa", "Phòng Quản lý du lịch",
            "Văn phòng Sở", "Quý II/2026", "Phương án đơn giản hóa"),
          T("Cấp thẻ hướng dẫn viên du lịch điện tử tích hợp trên ứng dụng du lịch thông minh của tỉnh", "Phòng Quản lý du lịch",
            "Trung tâm Thông tin xúc tiến du lịch", "Tháng 9/2026", "Thẻ hướng dẫn viên điện tử"),
          T("Công khai thủ tục cấp phép tổ chức lễ hội, biểu diễn nghệ thuật bằng mã QR tại bộ phận một cửa", "Văn phòng Sở",
            "Phòng Quản lý văn hóa và gia đình", "Trước ngày 31/3/2026", "Mã QR được niêm yết")),
        G("3. Cải cách tổ chức bộ máy, công vụ",
          T("Sáp nhập Trung tâm Văn hóa tỉnh và Nhà hát Ca múa nhạc tỉnh thành Trung tâm Văn hóa - Nghệ thuật tỉnh", "Phòng Tổ chức - Pháp chế",
            "Sở Nội vụ", "Quý I/2026", "Quyết định thành lập"),
          T("Đánh giá viên chức các đơn vị sự nghiệp theo sản phẩm, kết quả công việc hằng tháng", "Phòng Tổ chức - Pháp chế",
            "Các đơn vị sự nghiệp thuộc Sở", "Hằng tháng", "Kết quả đánh giá")),
        G("4. Chuyển đổi số",
          T("Số hóa hồ sơ di tích quốc gia đặc biệt, di tích quốc gia trên địa bàn tỉnh", "Bảo tàng Lâm Đồng",
            "Phòng Quản lý di sản, Sở Khoa học và Công nghệ", "Trước ngày 30/10/2026", "Hồ sơ di tích số"),
          T("Xây dựng bản đồ số điểm đến du lịch Đà Lạt - Lâm Đồng tích hợp trên ứng dụng du lịch thông minh", "Trung tâm Thông tin xúc tiến du lịch",
            "Phòng Quản lý du lịch, Sở Khoa học và Công nghệ", "Quý IV/2026", "Bản đồ số"),
          T("Triển khai bán vé điện tử tại các điểm tham quan do Sở quản lý", "Bảo tàng Lâm Đồng",
            "Trung tâm Thông tin xúc tiến du lịch, Ngân hàng thương mại trên địa bàn", "Tháng 7/2026", "Hệ thống vé điện tử")),
    ],
)
