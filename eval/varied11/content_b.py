"""Batch-11 dev plans B: Cục Việc làm, Bộ Nội vụ (QUYẾT ĐỊNH + plan, PDF) and UBND xã Mù Cang Chải, Lào Cai (scan).

Cục Việc làm: a decision (two proposers in "Theo đề nghị của …", Điều 2 in
force from a date after signing, KT. CỤC TRƯỞNG / PHÓ CỤC TRƯỞNG) followed by
the plan (lettered duties per unit, reports in prose, **no amount**: the
plan costs nothing beyond the regular budget) and its ruled Phụ lục (text-layer
PDF, product before the deadline).
Xã Mù Cang Chải: an image-only 300-dpi PDF of a typed plan whose ruled table
inside part III puts the **lead first** ("TT | Đơn vị chủ trì | Nội dung
nhiệm vụ | Đơn vị phối hợp | Thời gian hoàn thành"), one task without partner,
reports in prose, a stamp beside the signer.
"""

from __future__ import annotations

from datetime import date

from eval.varied.build import G, P, a, b, n
from eval.varied.model import Decision
from eval.varied8.model8 import T8, Plan8

CUC_VIEC_LAM = Plan8(
    file="bo-noi-vu_cuc-viec-lam_qd-kh-cchc-2026.pdf",
    fmt="decision",
    parent="BỘ NỘI VỤ",
    issuer_upper="CỤC VIỆC LÀM",
    issuer="Cục Việc làm (Bộ Nội vụ)",
    number=None,
    place="Hà Nội",
    issued=date(2026, 1, 12),
    subtitle="Cải cách hành chính năm 2026 của Cục Việc làm",
    ref_text="(Kèm theo Quyết định số 150/QĐ-CVL ngày 12/01/2026 của Cục trưởng Cục Việc làm)",
    decision=Decision(
        number="150/QĐ-CVL",
        authority="CỤC TRƯỞNG CỤC VIỆC LÀM",
        title="Ban hành Kế hoạch cải cách hành chính năm 2026 của Cục Việc làm",
        bases=[
            "Căn cứ Luật Việc làm ngày 16 tháng 6 năm 2025;",
            "Căn cứ Quyết định của Bộ trưởng Bộ Nội vụ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của "
            "Cục Việc làm;",
            "Căn cứ Kế hoạch cải cách hành chính năm 2026 của Bộ Nội vụ;",
        ],
        proposal="Theo đề nghị của Chánh Văn phòng Cục và Trưởng phòng Pháp chế - Thanh tra.",
        articles=[
            "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm 2026 của Cục Việc làm.",
            "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 01/02/2026.",
            "Điều 3. Chánh Văn phòng Cục, Trưởng phòng Chính sách việc làm, Trưởng phòng Bảo hiểm thất nghiệp, Giám đốc "
            "Trung tâm Quốc gia về Dịch vụ việc làm và Thủ trưởng các đơn vị có liên quan chịu trách nhiệm thi hành "
            "Quyết định này.",
        ],
        recipients=["Như Điều 3;", "Bộ trưởng (để b/c);", "Vụ Tổ chức cán bộ, Bộ Nội vụ;", "Lưu: VT, VP."],
        sign_role=["KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG"],
        signer="Đặng Thị Minh Nguyệt",
    ),
    preamble=[],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          n("Mục đích"),
          a("Rút ngắn thời gian giải quyết chế độ bảo hiểm thất nghiệp, hỗ trợ người lao động sớm tìm được việc làm;"),
          a("Hoàn thiện cơ sở dữ liệu về người lao động làm căn cứ điều hành chính sách việc làm."),
          n("Yêu cầu"),
          a("Mỗi nhiệm vụ có đơn vị chủ trì, sản phẩm và thời hạn hoàn thành cụ thể;"),
          a("Kết quả cải cách hành chính là tiêu chí đánh giá, xếp loại các phòng, đơn vị cuối năm.")),
        P("CHỈ TIÊU",
          b("100% thủ tục hành chính thuộc thẩm quyền của Cục được cung cấp dịch vụ công trực tuyến toàn trình."),
          b("Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến đạt tối thiểu 80%."),
          b("Thời gian giải quyết hồ sơ cấp giấy phép hoạt động cho thuê lại lao động giảm 20% so với quy định.")),
        P("NHIỆM VỤ",
          "Nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này."),
        P("TỔ CHỨC THỰC HIỆN",
          n("Văn phòng Cục"),
          a("Là đầu mối giúp Cục trưởng theo dõi, đôn đốc thực hiện Kế hoạch;"),
          a("Tổng hợp, báo cáo Bộ Nội vụ (qua Vụ Tổ chức cán bộ) kết quả cải cách hành chính quý trước ngày 12 của tháng "
            "cuối quý, báo cáo 6 tháng trước ngày 12/6/2026 và báo cáo năm trước ngày 12/11/2026."),
          n("Phòng Kế hoạch - Tài chính"),
          a("Bố trí kinh phí thực hiện Kế hoạch trong dự toán chi thường xuyên năm 2026 của Cục; Kế hoạch không phát sinh "
            "kinh phí riêng."),
          n("Trung tâm Quốc gia về Dịch vụ việc làm"),
          a("Báo cáo Cục trưởng số liệu người lao động được tư vấn, giới thiệu việc làm trước ngày 25 hằng tháng."),
          n("Các phòng, đơn vị thuộc Cục"),
          a("Gửi báo cáo kết quả thực hiện về Văn phòng Cục trước ngày 06 của tháng cuối quý.")),
    ],
    recipients=[],
    sign_role=["KT. CỤC TRƯỞNG"],
    signer="Đặng Thị Minh Nguyệt",
    province=None,
    appendix_title="PHỤ LỤC\nNHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026 CỦA CỤC VIỆC LÀM",
    partner_sep="; ",
    columns=[("stt", "STT"), ("task", "Nội dung nhiệm vụ"), ("lead", "Đơn vị chủ trì"), ("partners", "Đơn vị phối hợp"),
             ("product", "Sản phẩm"), ("deadline", "Thời hạn")],
    groups=[
        G("I. CẢI CÁCH THỂ CHẾ",
          T8("Xây dựng dự thảo Thông tư hướng dẫn Luật Việc làm về bảo hiểm thất nghiệp", "Phòng Bảo hiểm thất nghiệp",
             "Phòng Pháp chế - Thanh tra", "Quý II/2026", "Dự thảo Thông tư trình Bộ trưởng"),
          T8("Rà soát quy định về cấp giấy phép hoạt động cho thuê lại lao động", "Phòng Pháp chế - Thanh tra",
             "Phòng Chính sách việc làm", "Trước 30/4/2026", "Báo cáo rà soát")),
        G("II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
          T8("Cung cấp dịch vụ công trực tuyến toàn trình cấp giấy phép hoạt động cho thuê lại lao động", "Văn phòng Cục",
             "Trung tâm Công nghệ thông tin, Bộ Nội vụ", "Tháng 5/2026", "Dịch vụ công toàn trình"),
          T8("Đơn giản hóa hồ sơ đề nghị hưởng trợ cấp thất nghiệp", "Phòng Bảo hiểm thất nghiệp",
             "Bảo hiểm xã hội Việt Nam; Trung tâm Quốc gia về Dịch vụ việc làm", "Quý III/2026", "Phương án đơn giản hóa"),
          T8("Cấp giấy phép lao động cho người nước ngoài trên môi trường điện tử", "Phòng Chính sách việc làm",
             "Văn phòng Cục", "Tháng 9/2026", "Giấy phép lao động điện tử")),
        G("III. CẢI CÁCH TỔ CHỨC BỘ MÁY VÀ CHẾ ĐỘ CÔNG VỤ",
          T8("Kiện toàn tổ chức các phòng thuộc Cục theo quy định mới", "Văn phòng Cục", "Các phòng thuộc Cục",
             "Quý I/2026", "Quyết định kiện toàn"),
          T8("Bồi dưỡng nghiệp vụ tư vấn, giới thiệu việc làm cho viên chức", "Trung tâm Quốc gia về Dịch vụ việc làm",
             "Văn phòng Cục", "Tháng 8/2026", "02 lớp bồi dưỡng")),
        G("IV. CHUYỂN ĐỔI SỐ",
          T8("Xây dựng cơ sở dữ liệu về người lao động kết nối với Cơ sở dữ liệu quốc gia về dân cư",
             "Trung tâm Quốc gia về Dịch vụ việc làm", "Bộ Công an; Bảo hiểm xã hội Việt Nam", "Tháng 11/2026",
             "Cơ sở dữ liệu người lao động"),
          T8("Vận hành sàn giao dịch việc làm trực tuyến quốc gia", "Trung tâm Quốc gia về Dịch vụ việc làm",
             "Các trung tâm dịch vụ việc làm địa phương", "Thường xuyên", "Phiên giao dịch việc làm trực tuyến hằng tháng"),
          T8("Ứng dụng chữ ký số trong xử lý văn bản của Cục", "Văn phòng Cục", "Các phòng thuộc Cục", "Quý II/2026",
             "100% văn bản đi được ký số")),
    ],
)

MU_CANG_CHAI = Plan8(
    file="lao-cai_xa-mu-cang-chai_kh-cchc-2026_scan.pdf",
    fmt="scan",
    parent="",
    issuer_upper="ỦY BAN NHÂN DÂN\nXÃ MÙ CANG CHẢI",
    issuer="Ủy ban nhân dân xã Mù Cang Chải",
    number="05/KH-UBND",
    place="Mù Cang Chải",
    issued=date(2026, 1, 23),
    subtitle="Cải cách hành chính năm 2026 trên địa bàn xã Mù Cang Chải",
    preamble=[
        "Thực hiện Kế hoạch cải cách hành chính năm 2026 của UBND tỉnh Lào Cai, UBND xã Mù Cang Chải ban hành Kế hoạch "
        "như sau:",
    ],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          b("Đưa dịch vụ công trực tuyến đến đồng bào dân tộc Mông ở các thôn vùng cao."),
          b("Giải quyết dứt điểm hồ sơ cấp giấy chứng nhận quyền sử dụng đất tồn đọng."),
          b("Các bộ phận báo cáo đúng hạn, đúng mẫu, số liệu chính xác.")),
        P("CHỈ TIÊU",
          b("Tối thiểu 65% hồ sơ thủ tục hành chính của xã được nộp trực tuyến."),
          b("100% hồ sơ được giải quyết đúng hạn."),
          b("Tối thiểu 90% người dân hài lòng với việc giải quyết thủ tục hành chính.")),
        P("NHIỆM VỤ",
          "Các nhiệm vụ cụ thể giao như sau:"),
        P("TỔ CHỨC THỰC HIỆN",
          n("Văn phòng HĐND và UBND xã là đầu mối theo dõi; báo cáo UBND tỉnh (qua Sở Nội vụ) kết quả quý trước ngày 13 "
            "của tháng cuối quý và kết quả năm trước ngày 13/11/2026."),
          n("Trung tâm Phục vụ hành chính công xã báo cáo Chủ tịch UBND xã tình hình tiếp nhận hồ sơ vào thứ Sáu hằng "
            "tuần."),
          n("Kinh phí thực hiện Kế hoạch là 75 triệu đồng từ ngân sách xã năm 2026; Phòng Kinh tế hướng dẫn thanh quyết "
            "toán.")),
    ],
    recipients=["UBND tỉnh Lào Cai (b/c);", "Sở Nội vụ;", "TT Đảng ủy, TT HĐND xã;", "Các thôn;", "Lưu: VT."],
    sign_role=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
    signer="Giàng A Dế",
    province="Lào Cai",
    appendix_title="DANH MỤC NHIỆM VỤ",
    ref_text="",
    table_part=2,
    partner_sep="; ",
    columns=[("stt", "TT"), ("lead", "Đơn vị chủ trì"), ("task", "Nội dung nhiệm vụ"), ("partners", "Đơn vị phối hợp"),
             ("deadline", "Thời gian hoàn thành")],
    groups=[
        G("",
          T8("Niêm yết thủ tục hành chính bằng tiếng Việt và tiếng Mông tại Trung tâm Phục vụ hành chính công xã",
             "Văn phòng HĐND và UBND xã", "Trung tâm Phục vụ hành chính công xã", "Quý I/2026"),
          T8("Hướng dẫn người dân nộp hồ sơ trực tuyến tại nhà văn hóa các thôn", "Trung tâm Phục vụ hành chính công xã",
             "Đoàn Thanh niên xã; Tổ công nghệ số cộng đồng", "Thường xuyên"),
          T8("Cấp giấy chứng nhận quyền sử dụng đất lần đầu cho hộ gia đình tại các thôn vùng cao", "Phòng Kinh tế",
             "Chi nhánh Văn phòng Đăng ký đất đai", "Tháng 9/2026"),
          T8("Hỗ trợ hợp tác xã du lịch cộng đồng đăng ký kinh doanh trực tuyến", "Phòng Kinh tế",
             "Trung tâm Phục vụ hành chính công xã", "Quý III/2026"),
          T8("Chi trả trợ cấp xã hội không dùng tiền mặt", "Phòng Văn hóa - Xã hội", "Bưu điện văn hóa xã", "Tháng 6/2026"),
          T8("Sắp xếp, bố trí công chức sau khi hợp nhất xã", "Văn phòng HĐND và UBND xã", "", "Trước 31/3/2026"),
          T8("Số hóa hồ sơ người có công, đối tượng bảo trợ xã hội", "Phòng Văn hóa - Xã hội", "Văn phòng HĐND và UBND xã",
             "Tháng 10/2026"),
          T8("Tổ chức đối thoại giữa Chủ tịch UBND xã với người dân về thủ tục hành chính", "Văn phòng HĐND và UBND xã",
             "Ủy ban Mặt trận Tổ quốc Việt Nam xã", "Quý IV/2026"),
          T8("Lắp đặt điểm truy cập Internet miễn phí tại Trung tâm Phục vụ hành chính công xã", "Phòng Kinh tế",
             "Viễn thông Lào Cai", "Tháng 8/2026")),
    ],
)
