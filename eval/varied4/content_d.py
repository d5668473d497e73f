"""Batch-4 scans: Sở Tư pháp tỉnh Đồng Nai (200 dpi, dev) and Sở Công Thương tỉnh Phú Thọ (300 dpi, test).

Both are image-only PDFs with a ruled task table inside part III (partners
separated by ", "); reporting duties are in prose only, including a second
recipient (Bộ Tư pháp; Bộ Công Thương) besides UBND tỉnh (qua Sở Nội vụ).
Traps: KT. GIÁM ĐỐC signs in Đồng Nai (the Giám đốc is not named); Phú Thọ's
kinh phí has no amount; near misses: Phiếu lý lịch tư pháp for citizens (not
foreigners), giấy phép bán lẻ rượu (not thuốc lá).
"""

from __future__ import annotations

from datetime import date

from eval.varied.build import G, P, T, b, n
from eval.varied2.model2 import Plan2

SCAN_COLUMNS = [("stt", "STT"), ("task", "Nhiệm vụ"), ("lead", "Chủ trì"), ("partners", "Phối hợp"),
                ("deadline", "Thời hạn"), ("product", "Sản phẩm")]

DONG_NAI = Plan2(
    file="dong-nai_so-tu-phap_kh-cchc-2026_scan.pdf",
    fmt="scan",
    parent="UBND TỈNH ĐỒNG NAI",
    issuer_upper="SỞ TƯ PHÁP",
    issuer="Sở Tư pháp tỉnh Đồng Nai",
    number="09/KH-STP",
    place="Đồng Nai",
    issued=date(2026, 1, 21),
    subtitle="Cải cách hành chính năm 2026 của Sở Tư pháp tỉnh Đồng Nai",
    preamble=[
        "Thực hiện Kế hoạch của UBND tỉnh Đồng Nai về cải cách hành chính nhà nước năm 2026;",
        "Sở Tư pháp ban hành Kế hoạch cải cách hành chính năm 2026 như sau:",
    ],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          b("Nâng cao chất lượng thẩm định, kiểm tra văn bản quy phạm pháp luật của tỉnh sau sắp xếp đơn vị hành chính."),
          b("Đẩy mạnh cung cấp dịch vụ công trực tuyến trong các lĩnh vực lý lịch tư pháp, hộ tịch, công chứng.")),
        P("CHỈ TIÊU",
          b("100% dự thảo văn bản quy phạm pháp luật của HĐND, UBND tỉnh được thẩm định đúng thời hạn."),
          b("Tối thiểu 90% hồ sơ cấp Phiếu lý lịch tư pháp được nộp trực tuyến."),
          b("100% sổ hộ tịch lưu trữ tại Sở được số hóa.")),
        P("NHIỆM VỤ",
          n("Các phòng, đơn vị thuộc Sở thực hiện các nhiệm vụ tại bảng dưới đây."),
          n("Trưởng phòng, Thủ trưởng đơn vị chịu trách nhiệm trước Giám đốc Sở về tiến độ, chất lượng nhiệm vụ được giao.")),
        P("KINH PHÍ",
          "Kinh phí thực hiện Kế hoạch là 380 triệu đồng từ dự toán ngân sách năm 2026 được giao cho Sở."),
        P("TỔ CHỨC THỰC HIỆN",
          n("Các phòng, đơn vị thuộc Sở gửi báo cáo quý về Văn phòng Sở trước ngày 06 của tháng cuối quý."),
          n("Văn phòng Sở tổng hợp, tham mưu Giám đốc Sở báo cáo UBND tỉnh (qua Sở Nội vụ) trước ngày 12 của tháng cuối quý; báo cáo năm trước ngày 25/11/2026."),
          n("Phòng Hành chính tư pháp tham mưu Giám đốc Sở báo cáo Bộ Tư pháp kết quả cải cách thủ tục hành chính lĩnh vực tư pháp 6 tháng trước ngày 15/6/2026.")),
    ],
    table_part=2,
    recipients=["UBND tỉnh (b/c);", "Sở Nội vụ;", "Giám đốc, các PGĐ Sở;", "Các phòng, đơn vị thuộc Sở;", "Lưu: VT, VP."],
    sign_role=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
    signer="Lê Hoàng Phúc",
    province="Đồng Nai",
    appendix_title="BẢNG PHÂN CÔNG NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026",
    ref_text="",
    partner_sep=", ",
    columns=SCAN_COLUMNS,
    groups=[
        G("I. CẢI CÁCH THỂ CHẾ",
          T("Thẩm định dự thảo văn bản quy phạm pháp luật của HĐND, UBND tỉnh đúng thời hạn", "Phòng Xây dựng và kiểm tra văn bản",
            "Văn phòng Sở", "Thường xuyên", "Báo cáo thẩm định"),
          T("Kiểm tra văn bản quy phạm pháp luật do HĐND, UBND cấp xã ban hành sau sắp xếp", "Phòng Xây dựng và kiểm tra văn bản",
            "UBND các xã, phường", "Quý III/2026", "Kết luận kiểm tra")),
        G("II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
          T("Cấp Phiếu lý lịch tư pháp trực tuyến trên ứng dụng VNeID cho công dân cư trú trên địa bàn tỉnh", "Phòng Hành chính tư pháp",
            "Công an tỉnh; Trung tâm Phục vụ hành chính công tỉnh", "Tháng 5/2026", "Phiếu lý lịch tư pháp điện tử"),
          T("Rút ngắn thời gian cấp Phiếu lý lịch tư pháp xuống còn 05 ngày làm việc", "Phòng Hành chính tư pháp",
            "Văn phòng Sở", "Trước ngày 30/6/2026", "Quy trình nội bộ được sửa đổi"),
          T("Số hóa sổ hộ tịch lưu trữ tại Sở giai đoạn 1990 - 2015", "Phòng Hành chính tư pháp",
            "UBND các xã, phường", "Tháng 10/2026", "Dữ liệu hộ tịch được số hóa")),
        G("III. CẢI CÁCH TỔ CHỨC BỘ MÁY",
          T("Chuyển đổi Phòng công chứng số 1, Phòng công chứng số 2 thành Văn phòng công chứng", "Phòng Bổ trợ tư pháp",
            "Sở Nội vụ; Sở Tài chính", "Quý IV/2026", "Quyết định chuyển đổi"),
          T("Kiện toàn Trung tâm Trợ giúp pháp lý nhà nước tỉnh sau sắp xếp", "Văn phòng Sở",
            "Sở Nội vụ", "Quý II/2026", "Quyết định kiện toàn")),
        G("IV. CHUYỂN ĐỔI SỐ",
          T("Xây dựng phần mềm quản lý hoạt động đấu giá tài sản trên địa bàn tỉnh", "Phòng Bổ trợ tư pháp",
            "Sở Khoa học và Công nghệ", "Trước ngày 15/9/2026", "Phần mềm được vận hành"),
          T("Triển khai trợ giúp pháp lý trực tuyến cho người dân tộc thiểu số", "Trung tâm Trợ giúp pháp lý nhà nước tỉnh",
            "Sở Dân tộc và Tôn giáo; UBND các xã có đông đồng bào dân tộc thiểu số", "Tháng 11/2026", "Dịch vụ trợ giúp pháp lý trực tuyến")),
    ],
)

PHU_THO = Plan2(
    file="phu-tho_so-cong-thuong_kh-cchc-2026_scan.pdf",
    fmt="scan",
    parent="UBND TỈNH PHÚ THỌ",
    issuer_upper="SỞ CÔNG THƯƠNG",
    issuer="Sở Công Thương tỉnh Phú Thọ",
    number="11/KH-SCT",
    place="Phú Thọ",
    issued=date(2026, 1, 23),
    subtitle="Cải cách hành chính năm 2026 của Sở Công Thương tỉnh Phú Thọ",
    preamble=[
        "Thực hiện Kế hoạch số 14/KH-UBND ngày 10/01/2026 của UBND tỉnh Phú Thọ về cải cách hành chính nhà nước năm 2026;",
        "Sở Công Thương ban hành Kế hoạch cải cách hành chính năm 2026 như sau:",
    ],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          b("Cải thiện môi trường kinh doanh, hỗ trợ doanh nghiệp, hợp tác xã trong lĩnh vực công nghiệp, thương mại trên địa bàn tỉnh."),
          b("Các phòng, đơn vị phải hoàn thành nhiệm vụ đúng thời hạn; không để phát sinh hồ sơ quá hạn.")),
        P("CHỈ TIÊU",
          b("100% thủ tục hành chính của Sở được cung cấp dịch vụ công trực tuyến toàn trình."),
          b("Tối thiểu 92% hồ sơ thủ tục hành chính được nộp trực tuyến."),
          b("Tối thiểu 300 sản phẩm OCOP của tỉnh được đưa lên sàn thương mại điện tử.")),
        P("NHIỆM VỤ",
          n("Các phòng, đơn vị thuộc Sở thực hiện các nhiệm vụ tại bảng dưới đây."),
          n("Văn phòng Sở theo dõi tiến độ, định kỳ báo cáo Giám đốc Sở.")),
        P("TỔ CHỨC THỰC HIỆN",
          n("Các phòng, đơn vị thuộc Sở báo cáo kết quả thực hiện về Văn phòng Sở trước ngày 07 của tháng cuối quý."),
          n("Văn phòng Sở tham mưu Giám đốc Sở báo cáo UBND tỉnh (qua Sở Nội vụ) trước ngày 12 của tháng cuối quý; báo cáo năm trước ngày 26/11/2026."),
          n("Định kỳ 6 tháng, Sở báo cáo Bộ Công Thương kết quả cải cách thủ tục hành chính trong lĩnh vực công thương trước ngày 15/6/2026."),
          n("Kinh phí thực hiện Kế hoạch được bố trí từ nguồn kinh phí chi thường xuyên của Sở năm 2026.")),
    ],
    table_part=2,
    recipients=["UBND tỉnh (b/c);", "Sở Nội vụ;", "Giám đốc, các PGĐ Sở;", "Các phòng, đơn vị thuộc Sở;", "Lưu: VT, VP."],
    sign_role=["GIÁM ĐỐC"],
    signer="Đào Xuân Trường",
    province="Phú Thọ",
    appendix_title="BẢNG NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026 CỦA SỞ CÔNG THƯƠNG",
    ref_text="",
    partner_sep=", ",
    columns=SCAN_COLUMNS,
    groups=[
        G("I. CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
          T("Cung cấp dịch vụ công trực tuyến toàn trình cấp giấy phép bán lẻ rượu", "Phòng Quản lý thương mại",
            "Trung tâm Phục vụ hành chính công tỉnh", "Quý II/2026", "Dịch vụ công trực tuyến toàn trình"),
          T("Đơn giản hóa thủ tục cấp giấy chứng nhận đủ điều kiện cửa hàng bán lẻ khí dầu mỏ hóa lỏng", "Phòng Quản lý năng lượng",
            "Văn phòng Sở; Sở Xây dựng", "Trước ngày 15/5/2026", "Phương án đơn giản hóa"),
          T("Công khai quy hoạch, tình hình lấp đầy các cụm công nghiệp trên Cổng thông tin điện tử của Sở", "Phòng Quản lý công nghiệp",
            "Văn phòng Sở", "Thường xuyên", "Thông tin được công khai")),
        G("II. CẢI CÁCH TỔ CHỨC BỘ MÁY",
          T("Kiện toàn Trung tâm Khuyến công và Xúc tiến thương mại sau khi hợp nhất ba tỉnh", "Văn phòng Sở",
            "Sở Nội vụ", "Quý I/2026", "Quyết định kiện toàn")),
        G("III. CHUYỂN ĐỔI SỐ",
          T("Hỗ trợ hợp tác xã, hộ sản xuất đưa sản phẩm OCOP lên sàn thương mại điện tử", "Trung tâm Khuyến công và Xúc tiến thương mại",
            "Sở Nông nghiệp và Môi trường; UBND các xã", "Tháng 10/2026", "Sản phẩm OCOP trên sàn thương mại điện tử"),
          T("Xây dựng cơ sở dữ liệu về an toàn điện, an toàn hóa chất trong công nghiệp", "Phòng Kỹ thuật an toàn và Môi trường",
            "Phòng Quản lý năng lượng; Sở Khoa học và Công nghệ", "Trước ngày 30/9/2026", "Cơ sở dữ liệu"),
          T("Áp dụng hệ thống quản lý chất lượng theo tiêu chuẩn quốc gia TCVN ISO 9001:2015 trên môi trường điện tử", "Văn phòng Sở",
            "Các phòng thuộc Sở", "Tháng 8/2026", "Hệ thống quản lý chất lượng điện tử")),
    ],
)
