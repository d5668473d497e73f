"""Batch-13 test plans C: Sở Công Thương Hải Phòng (PDF table, one combined unit column) and Cục Sở hữu trí tuệ (DOCX blocks).

Sở Công Thương thành phố Hải Phòng: a text-layer PDF whose ruled Phụ lục "TT |
Nội dung nhiệm vụ | Thời hạn | Đơn vị thực hiện | Kết quả" runs over several
pages (header repeated, rows cut at the breaks); the single unit column
writes "Chủ trì: X" and "Phối hợp: Y, Z" on separate lines of the cell, one
row puts "Phối hợp" first; three sub-task rows "9.1"–"9.3" under a parent
row list only "Phối hợp: …" and inherit its lead.
Cục Sở hữu trí tuệ (Bộ Khoa học và Công nghệ): a DOCX numbered by Word whose
tasks are lettered paragraph blocks under numbered fields, each followed by
labelled lines ("Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn", "Kết quả
đầu ra"), no table; one block names two co-leads ("A, B (đồng chủ trì)"),
one has no partner line; the CỤC TRƯỞNG signs himself.
"""

from __future__ import annotations

from datetime import date

from eval.varied.build import G, P, a, b, n
from eval.varied8.model8 import S8, T8, Plan8
from eval.varied13.blocks import BlockGroups, Labels, blk, block_part
from eval.varied13.unitcell import Plan13

VP_S = "Văn phòng Sở"
TT_TP = "Trung tâm Phục vụ hành chính công thành phố"
PCM = "Các phòng chuyên môn thuộc Sở"
ATTP = "Cắt giảm thời gian cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm xuống còn 10 ngày làm việc"

SCT_HAI_PHONG = Plan13(
    file="hai-phong_so-cong-thuong_kh-cchc-2026.pdf",
    fmt="pdf-table",
    parent="UBND THÀNH PHỐ HẢI PHÒNG",
    issuer_upper="SỞ CÔNG THƯƠNG",
    issuer="Sở Công Thương thành phố Hải Phòng",
    number="27/KH-SCT",
    place="Hải Phòng",
    issued=date(2026, 1, 21),
    subtitle="Cải cách hành chính năm 2026 của Sở Công Thương thành phố Hải Phòng",
    preamble=[
        "Căn cứ Kế hoạch cải cách hành chính năm 2026 của UBND thành phố Hải Phòng, Sở Công Thương ban hành Kế hoạch "
        "cải cách hành chính năm 2026 như sau:",
    ],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          n("Mục đích"),
          a("Thống nhất thủ tục, quy trình lĩnh vực công thương của tỉnh Hải Dương (cũ) và thành phố Hải Phòng (cũ);"),
          a("Giảm chi phí tuân thủ cho doanh nghiệp công nghiệp, thương mại."),
          n("Yêu cầu"),
          a("Mỗi nhiệm vụ có đơn vị chủ trì, đơn vị phối hợp, thời hạn và kết quả;"),
          a("Nội dung thành phần của một nhiệm vụ do đơn vị chủ trì nhiệm vụ đó thực hiện.")),
        P("CHỈ TIÊU",
          b("100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình."),
          b("Tối thiểu 85% hồ sơ thủ tục hành chính được nộp trực tuyến."),
          b("Thời gian cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm không quá 10 ngày làm việc."),
          b("Mức độ hài lòng của tổ chức, cá nhân đạt tối thiểu 93%.")),
        P("NHIỆM VỤ",
          "Sở Công Thương triển khai 15 nhiệm vụ (12 nhiệm vụ chính và 03 nội dung thành phần) theo Phụ lục kèm theo."),
        P("KINH PHÍ",
          "Kinh phí thực hiện Kế hoạch là 240 triệu đồng trong dự toán ngân sách thành phố giao cho Sở Công Thương năm "
          "2026."),
        P("TỔ CHỨC THỰC HIỆN",
          n(f"{VP_S} là đầu mối theo dõi, đôn đốc; tổng hợp, báo cáo UBND thành phố (qua Sở Nội vụ) kết quả cải cách "
            "hành chính định kỳ hằng quý trước ngày 16 của tháng cuối quý, báo cáo 6 tháng trước ngày 16/6/2026 và "
            "báo cáo năm trước ngày 16/11/2026."),
          n("Chi cục Quản lý thị trường báo cáo Giám đốc Sở kết quả kiểm tra kinh doanh trên môi trường điện tử trước "
            "ngày 05 hằng tháng."),
          n(f"Các phòng, đơn vị thuộc Sở gửi báo cáo về {VP_S} trước ngày 08 của tháng cuối quý.")),
    ],
    recipients=["UBND thành phố (b/c);", "Sở Nội vụ;", "Giám đốc, các Phó Giám đốc Sở;", "Các phòng, đơn vị thuộc Sở;",
                "Lưu: VT, VP."],
    sign_role=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
    signer="Vũ Thành Trung",
    province="Hải Phòng",
    appendix_title="PHỤ LỤC\nDANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026 CỦA SỞ CÔNG THƯƠNG",
    columns=[("stt", "TT"), ("task", "Nội dung nhiệm vụ"), ("deadline", "Thời hạn"), ("unit", "Đơn vị thực hiện"),
             ("product", "Kết quả")],
    unit_style="lines",
    unit_cells={ATTP: f"Phối hợp: {TT_TP}\nChủ trì: Phòng Kỹ thuật an toàn - Môi trường"},
    groups=[
        G("I. CẢI CÁCH THỂ CHẾ",
          T8("Rà soát văn bản quy phạm pháp luật lĩnh vực công thương của tỉnh Hải Dương (cũ) và thành phố Hải Phòng "
             "(cũ) để đề xuất bãi bỏ, thay thế", VP_S, f"Sở Tư pháp; {PCM}", "Quý II/2026",
             "Báo cáo rà soát, danh mục văn bản đề nghị bãi bỏ gửi Sở Tư pháp"),
          T8("Tham mưu UBND thành phố ban hành Quy chế quản lý cụm công nghiệp trên địa bàn thành phố",
             "Phòng Quản lý công nghiệp", "Sở Xây dựng; Sở Nông nghiệp và Môi trường", "Trước 30/6/2026",
             "Quyết định của UBND thành phố ban hành Quy chế")),
        G("II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
          T8("Cung cấp dịch vụ công trực tuyến toàn trình thủ tục cấp giấy phép bán buôn rượu",
             "Phòng Quản lý thương mại", TT_TP, "Tháng 5/2026", "Dịch vụ công toàn trình, giấy phép điện tử"),
          T8(ATTP, "Phòng Kỹ thuật an toàn - Môi trường", TT_TP, "Quý III/2026",
             "Quy trình nội bộ sửa đổi được Chủ tịch UBND thành phố phê duyệt"),
          T8("Công bố, công khai thủ tục hành chính lĩnh vực công thương trên Cổng Dịch vụ công thành phố", VP_S,
             f"{TT_TP}; {PCM}", "Thường xuyên", "Danh mục thủ tục được cập nhật trong 05 ngày làm việc")),
        G("III. CẢI CÁCH TỔ CHỨC BỘ MÁY VÀ CHẾ ĐỘ CÔNG VỤ",
          T8("Kiện toàn tổ chức các phòng và Chi cục Quản lý thị trường sau hợp nhất", VP_S, "Sở Nội vụ",
             "6 tháng đầu năm 2026", "Quyết định quy định chức năng, nhiệm vụ của từng phòng, Chi cục"),
          T8("Đánh giá công chức theo kết quả thực hiện nhiệm vụ hằng quý", VP_S, PCM, "Hằng quý",
             "Kết quả đánh giá làm căn cứ xếp loại cuối năm")),
        G("IV. CẢI CÁCH TÀI CHÍNH CÔNG",
          T8("Xây dựng phương án tự chủ tài chính của Trung tâm Khuyến công và Xúc tiến thương mại",
             "Phòng Kế hoạch - Tài chính", "Trung tâm Khuyến công và Xúc tiến thương mại; Sở Tài chính", "Năm 2026",
             "Quyết định giao tự chủ tài chính giai đoạn 2026 - 2030")),
        G("V. CHUYỂN ĐỔI SỐ",
          T8("Xây dựng cơ sở dữ liệu ngành công thương của thành phố", VP_S, "Sở Khoa học và Công nghệ",
             "Tháng 11/2026", "Cơ sở dữ liệu dùng chung, kết nối Kho dữ liệu của thành phố",
             subs=(S8("Dữ liệu các cụm công nghiệp và doanh nghiệp trong cụm", "Phòng Quản lý công nghiệp",
                      "Tháng 8/2026", "Dữ liệu cụm công nghiệp cập nhật trực tuyến"),
                   S8("Dữ liệu cửa hàng bán lẻ xăng dầu", "Phòng Quản lý năng lượng", "Quý III/2026",
                      "Bản đồ số cửa hàng xăng dầu"),
                   S8("Dữ liệu chợ, siêu thị, trung tâm thương mại", "Phòng Quản lý thương mại", "Tháng 10/2026",
                      "Dữ liệu hạ tầng thương mại"))),
          T8("Ký số văn bản đi trên Hệ thống quản lý văn bản và điều hành của thành phố", VP_S, PCM, "Quý I/2026",
             "100% văn bản đi được ký số"),
          T8("Giám sát website, sàn thương mại điện tử kinh doanh hàng giả, hàng nhập lậu trên địa bàn",
             "Chi cục Quản lý thị trường", "Công an thành phố; Sở Khoa học và Công nghệ", "Tháng 9/2026",
             "Báo cáo kết quả giám sát, danh sách website vi phạm"),
          T8("Triển khai hóa đơn điện tử khởi tạo từ máy tính tiền tại các cửa hàng bán lẻ xăng dầu",
             "Phòng Quản lý năng lượng", "Thuế thành phố Hải Phòng; Các doanh nghiệp kinh doanh xăng dầu",
             "Tháng 7/2026", "100% cửa hàng bán lẻ xăng dầu xuất hóa đơn điện tử từng lần bán")),
    ],
)

VP_C = "Văn phòng Cục"
CNTT = "Trung tâm Công nghệ thông tin"
NH = "Trung tâm Thẩm định nhãn hiệu"
DK = "Phòng Đăng ký"
TCCB = "Phòng Tổ chức cán bộ"

SHTT_LABELS: Labels = {"lead": "Cơ quan chủ trì", "partners": "Cơ quan phối hợp", "deadline": "Thời hạn",
                       "product": "Kết quả đầu ra"}
SHTT_BLOCKS: BlockGroups = [
    ("Cải cách thể chế", [
        blk("Xây dựng dự thảo Thông tư hướng dẫn nộp đơn đăng ký sở hữu công nghiệp trực tuyến",
            "Phòng Pháp chế - Chính sách", f"{VP_C}; Vụ Pháp chế, Bộ Khoa học và Công nghệ", "Quý III/2026",
            "Dự thảo Thông tư trình Bộ trưởng"),
        blk("Rà soát quy trình thẩm định đơn đăng ký kiểu dáng công nghiệp", "Phòng Kiểu dáng công nghiệp",
            "Phòng Pháp chế - Chính sách", "Trước 30/6/2026", "Quy trình thẩm định sửa đổi"),
    ]),
    ("Cải cách thủ tục hành chính", [
        blk("Tiếp nhận đơn đăng ký nhãn hiệu qua Cổng dịch vụ công trực tuyến của Cục", NH, CNTT, "Tháng 6/2026",
            "100% đơn đăng ký nhãn hiệu được tiếp nhận trực tuyến"),
        blk("Rút ngắn thời gian thẩm định nội dung đơn đăng ký nhãn hiệu", f"{NH}; {DK}", CNTT, "Năm 2026",
            "Thời gian thẩm định nội dung không quá 09 tháng", lead_text=f"{NH}, {DK} (đồng chủ trì)"),
        blk("Cấp văn bằng bảo hộ điện tử có chữ ký số cho chủ văn bằng", DK, CNTT, "Tháng 9/2026",
            "Văn bằng bảo hộ điện tử tra cứu được trên Thư viện số về sở hữu công nghiệp"),
    ]),
    ("Cải cách tổ chức bộ máy và chế độ công vụ", [
        blk("Sắp xếp Văn phòng đại diện của Cục tại Thành phố Hồ Chí Minh và tại Đà Nẵng", TCCB,
            "Vụ Tổ chức cán bộ, Bộ Khoa học và Công nghệ", "6 tháng đầu năm 2026", "Quyết định sắp xếp tổ chức"),
        blk("Đánh giá thẩm định viên theo số lượng, chất lượng đơn xử lý", TCCB, "", "Hằng quý",
            "Kết quả đánh giá hằng quý"),
    ]),
    ("Cải cách tài chính công", [
        blk("Thu phí, lệ phí sở hữu công nghiệp qua nền tảng thanh toán trực tuyến", "Phòng Tài chính - Kế toán",
            f"{CNTT}; Kho bạc Nhà nước", "Tháng 8/2026", "100% phí, lệ phí được thu trực tuyến"),
        blk("Giao quyền tự chủ tài chính cho Trung tâm Thẩm định sáng chế", "Phòng Tài chính - Kế toán",
            "Vụ Kế hoạch - Tài chính, Bộ Khoa học và Công nghệ", "Tháng 11/2026",
            "Quyết định giao quyền tự chủ tài chính giai đoạn 2026 - 2030"),
    ]),
    ("Chuyển đổi số", [
        blk("Nâng cấp cơ sở dữ liệu quốc gia về sở hữu công nghiệp", CNTT, DK, "Tháng 12/2026",
            "Cơ sở dữ liệu phiên bản mới kết nối với Cổng Dịch vụ công quốc gia"),
        blk("Ứng dụng trí tuệ nhân tạo trong tra cứu nhãn hiệu tương tự", CNTT, NH, "Quý III/2026",
            "Công cụ tra cứu hình ảnh nhãn hiệu"),
        blk("Số hóa hồ sơ đơn sáng chế lưu trữ bằng giấy từ năm 2000 đến nay", VP_C, CNTT, "Thường xuyên",
            "Kho hồ sơ điện tử của Cục"),
    ]),
]

CUC_SHTT = Plan8(
    file="bo-khcn_cuc-so-huu-tri-tue_kh-cchc-2026.docx",
    fmt="docx",
    parent="BỘ KHOA HỌC VÀ CÔNG NGHỆ",
    issuer_upper="CỤC SỞ HỮU TRÍ TUỆ",
    issuer="Cục Sở hữu trí tuệ (Bộ Khoa học và Công nghệ)",
    number="15/KH-SHTT",
    place="Hà Nội",
    issued=date(2026, 1, 16),
    subtitle="Cải cách hành chính năm 2026 của Cục Sở hữu trí tuệ",
    preamble=[
        "Thực hiện Kế hoạch cải cách hành chính năm 2026 của Bộ Khoa học và Công nghệ, Cục Sở hữu trí tuệ ban hành Kế "
        "hoạch như sau:",
    ],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          n("Mục đích"),
          a("Giảm tình trạng tồn đọng đơn đăng ký sở hữu công nghiệp;"),
          a("Chuyển toàn bộ quy trình tiếp nhận, xử lý đơn sang môi trường điện tử."),
          n("Yêu cầu"),
          a("Mỗi nhiệm vụ nêu rõ cơ quan chủ trì, cơ quan phối hợp, thời hạn và kết quả đầu ra;"),
          a("Các cơ quan đồng chủ trì cùng chịu trách nhiệm về kết quả.")),
        P("MỤC TIÊU",
          b("Tối thiểu 95% đơn đăng ký sở hữu công nghiệp được nộp trực tuyến."),
          b("Thời gian thẩm định nội dung đơn đăng ký nhãn hiệu không quá 09 tháng."),
          b("100% văn bằng bảo hộ được cấp dưới dạng điện tử.")),
        block_part("NHIỆM VỤ CỤ THỂ",
                   "Cục Sở hữu trí tuệ giao 12 nhiệm vụ cải cách hành chính năm 2026 như sau:", SHTT_BLOCKS,
                   SHTT_LABELS),
        P("KINH PHÍ",
          "Kinh phí thực hiện là 520 triệu đồng từ nguồn phí sở hữu công nghiệp được để lại năm 2026."),
        P("TỔ CHỨC THỰC HIỆN",
          n(VP_C),
          a("Là đầu mối theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch;"),
          a("Tổng hợp, báo cáo Bộ Khoa học và Công nghệ (qua Vụ Tổ chức cán bộ) kết quả cải cách hành chính định kỳ "
            "hằng quý trước ngày 12 của tháng cuối quý và báo cáo năm trước ngày 12/11/2026."),
          n(CNTT),
          a("Báo cáo Cục trưởng số đơn nộp trực tuyến trước ngày 05 hằng tháng."),
          n("Phòng Tài chính - Kế toán"),
          a("Báo cáo Cục trưởng kết quả thu phí, lệ phí trực tuyến 6 tháng đầu năm trước ngày 10/7/2026."),
          n("Các phòng, trung tâm thuộc Cục"),
          a(f"Gửi báo cáo kết quả thực hiện về {VP_C} trước ngày 07 của tháng cuối quý.")),
    ],
    recipients=["Bộ trưởng (b/c);", "Vụ Tổ chức cán bộ, Bộ Khoa học và Công nghệ;", "Các Phó Cục trưởng;",
                "Các phòng, trung tâm thuộc Cục;", "Lưu: VT, VP."],
    sign_role=["CỤC TRƯỞNG"],
    signer="Hoàng Văn Thạch",
    province=None,
    groups=[],
)
