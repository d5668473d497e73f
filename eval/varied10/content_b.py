"""Batch-10 dev plans B: Cục Quản lý đê điều và phòng, chống thiên tai (QUYẾT ĐỊNH + plan, DOCX) and UBND xã Bảo Lạc, Cao Bằng (scan).

Cục Quản lý đê điều và phòng, chống thiên tai (Bộ Nông nghiệp và Môi
trường): a decision signed by the Cục trưởng himself (Điều 1 ban hành Kế
hoạch kèm theo, Điều 2 hiệu lực, Điều 3 thi hành, Nơi nhận) followed by the
plan, duties in prose and the tasks in a Phụ lục after the plan.
Xã Bảo Lạc: an image-only 300-dpi PDF (slightly turned, noisy, a stamp beside
the signer) of a typed plan whose ruled table inside part III reads "STT |
Nội dung | Thời gian | Chủ trì | Phối hợp", and reporting duties in prose.
"""

from __future__ import annotations

from datetime import date

from eval.varied.build import G, P, b, n
from eval.varied.model import Decision
from eval.varied8.model8 import T8, Plan8

CUC_DE_DIEU = Plan8(
    file="cuc-quan-ly-de-dieu-pctt_qd-kh-cchc-2026.docx",
    fmt="decision",
    parent="BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
    issuer_upper="CỤC QUẢN LÝ ĐÊ ĐIỀU\nVÀ PHÒNG, CHỐNG THIÊN TAI",
    issuer="Cục Quản lý đê điều và phòng, chống thiên tai (Bộ Nông nghiệp và Môi trường)",
    number=None,
    place="Hà Nội",
    issued=date(2026, 1, 15),
    subtitle="Cải cách hành chính năm 2026 của Cục Quản lý đê điều và phòng, chống thiên tai",
    ref_text="(Ban hành kèm theo Quyết định số 112/QĐ-ĐĐPCTT ngày 15/01/2026 của Cục trưởng Cục Quản lý đê điều và "
             "phòng, chống thiên tai)",
    decision=Decision(
        number="112/QĐ-ĐĐPCTT",
        authority="CỤC TRƯỞNG CỤC QUẢN LÝ ĐÊ ĐIỀU VÀ PHÒNG, CHỐNG THIÊN TAI",
        title="Về việc ban hành Kế hoạch cải cách hành chính năm 2026 của Cục Quản lý đê điều và phòng, chống thiên tai",
        bases=[
            "Căn cứ Luật Đê điều ngày 29 tháng 11 năm 2006;",
            "Căn cứ Quyết định của Bộ trưởng Bộ Nông nghiệp và Môi trường quy định chức năng, nhiệm vụ, quyền hạn và "
            "cơ cấu tổ chức của Cục Quản lý đê điều và phòng, chống thiên tai;",
            "Căn cứ Kế hoạch cải cách hành chính năm 2026 của Bộ Nông nghiệp và Môi trường;",
        ],
        proposal="Theo đề nghị của Trưởng phòng Tổng hợp, pháp chế.",
        articles=[
            "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm 2026 của Cục Quản lý đê điều và "
            "phòng, chống thiên tai.",
            "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.",
            "Điều 3. Chánh Văn phòng Cục, Trưởng các phòng thuộc Cục, Giám đốc Trung tâm Dữ liệu và Truyền thông phòng, "
            "chống thiên tai và Thủ trưởng các đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này.",
        ],
        recipients=["Như Điều 3;", "Bộ trưởng (để b/c);", "Vụ Tổ chức cán bộ;", "Lưu: VT, TH."],
        sign_role=["CỤC TRƯỞNG"],
        signer="Hoàng Minh Tuấn",
    ),
    preamble=[],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          b("Đơn giản hóa thủ tục cấp phép các hoạt động trong phạm vi bảo vệ đê điều, giảm chi phí cho tổ chức, cá nhân."),
          b("Nâng cao năng lực cảnh báo, chỉ đạo ứng phó thiên tai dựa trên dữ liệu số."),
          b("Nhiệm vụ có đơn vị chủ trì, thời hạn, sản phẩm cụ thể; không chuyển nhiệm vụ sang năm sau.")),
        P("CHỈ TIÊU",
          n("100% hồ sơ cấp phép hoạt động trong phạm vi bảo vệ đê điều được tiếp nhận trực tuyến."),
          n("Giảm ít nhất 30% thời gian thẩm định phương án bảo đảm an toàn đê điều."),
          n("Tối thiểu 95% tổ chức, cá nhân hài lòng với việc giải quyết thủ tục hành chính của Cục.")),
        P("NHIỆM VỤ",
          "Nhiệm vụ cụ thể theo Phụ lục kèm theo Kế hoạch này."),
        P("TỔ CHỨC THỰC HIỆN",
          n("Văn phòng Cục là đầu mối theo dõi, đôn đốc; tổng hợp, báo cáo Bộ Nông nghiệp và Môi trường (qua Vụ Tổ "
            "chức cán bộ) kết quả cải cách hành chính quý trước ngày 19 của tháng cuối quý và kết quả năm trước ngày "
            "19/11/2026."),
          n("Phòng Kế hoạch - Tài chính bố trí 350 triệu đồng từ nguồn ngân sách nhà nước giao Cục năm 2026 để thực "
            "hiện Kế hoạch."),
          n("Các phòng và Trung tâm Dữ liệu và Truyền thông phòng, chống thiên tai gửi báo cáo kết quả thực hiện về "
            "Văn phòng Cục trước ngày 10 của tháng cuối quý.")),
    ],
    recipients=[],
    sign_role=["CỤC TRƯỞNG"],
    signer="Hoàng Minh Tuấn",
    province=None,
    appendix_title="PHỤ LỤC\nNHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026",
    partner_sep="; ",
    columns=[("stt", "STT"), ("task", "Nhiệm vụ"), ("lead", "Đơn vị chủ trì"), ("partners", "Đơn vị phối hợp"),
             ("deadline", "Thời hạn"), ("product", "Sản phẩm")],
    groups=[
        G("I. CẢI CÁCH THỂ CHẾ",
          T8("Xây dựng dự thảo Thông tư hướng dẫn cấp phép hoạt động trong phạm vi bảo vệ đê điều",
             "Phòng Tổng hợp, pháp chế", "Phòng Quản lý đê điều", "Quý III/2026", "Dự thảo Thông tư trình Bộ"),
          T8("Rà soát quy định về phân loại, phân cấp đê", "Phòng Quản lý đê điều", "Phòng Tổng hợp, pháp chế",
             "Trước 31/5/2026", "Báo cáo rà soát")),
        G("II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
          T8("Cung cấp dịch vụ công trực tuyến toàn trình cấp phép hoạt động trong phạm vi bảo vệ đê điều", "Văn phòng Cục",
             "Trung tâm Dữ liệu và Truyền thông phòng, chống thiên tai", "Tháng 6/2026", "Dịch vụ công toàn trình"),
          T8("Rút ngắn thời gian thẩm định phương án bảo đảm an toàn đê điều", "Phòng Quản lý đê điều", "Văn phòng Cục",
             "Quý II/2026", "Quy trình nội bộ sửa đổi")),
        G("III. CẢI CÁCH TỔ CHỨC BỘ MÁY VÀ CHẾ ĐỘ CÔNG VỤ",
          T8("Kiện toàn các phòng chuyên môn sau sắp xếp", "Văn phòng Cục", "Các phòng thuộc Cục", "Quý I/2026",
             "Quyết định kiện toàn"),
          T8("Bồi dưỡng nghiệp vụ chỉ đạo ứng phó thiên tai cho công chức", "Văn phòng Cục",
             "Trung tâm Dữ liệu và Truyền thông phòng, chống thiên tai", "Tháng 10/2026", "03 lớp bồi dưỡng")),
        G("IV. CẢI CÁCH TÀI CHÍNH CÔNG",
          T8("Giao dự toán kinh phí duy tu, bảo dưỡng đê điều năm 2026 cho các địa phương", "Phòng Kế hoạch - Tài chính",
             "Phòng Quản lý đê điều", "Quý I/2026", "Quyết định giao dự toán")),
        G("V. CHUYỂN ĐỔI SỐ",
          T8("Xây dựng cơ sở dữ liệu đê điều toàn quốc trên nền bản đồ số",
             "Trung tâm Dữ liệu và Truyền thông phòng, chống thiên tai",
             "Phòng Quản lý đê điều; Sở Nông nghiệp và Môi trường các tỉnh, thành phố", "Tháng 11/2026",
             "Cơ sở dữ liệu đê điều"),
          T8("Vận hành hệ thống nhắn tin cảnh báo sớm thiên tai", "Trung tâm Dữ liệu và Truyền thông phòng, chống thiên tai",
             "Các doanh nghiệp viễn thông", "Thường xuyên", "Tin nhắn cảnh báo đến thuê bao di động")),
    ],
)

BAO_LAC = Plan8(
    file="cao-bang_xa-bao-lac_kh-cchc-2026_scan.pdf",
    fmt="scan",
    parent="",
    issuer_upper="ỦY BAN NHÂN DÂN\nXÃ BẢO LẠC",
    issuer="Ủy ban nhân dân xã Bảo Lạc",
    number="09/KH-UBND",
    place="Bảo Lạc",
    issued=date(2026, 1, 27),
    subtitle="Cải cách hành chính năm 2026 trên địa bàn xã Bảo Lạc",
    preamble=[
        "Thực hiện Kế hoạch cải cách hành chính năm 2026 của UBND tỉnh Cao Bằng, UBND xã Bảo Lạc ban hành Kế hoạch "
        "như sau:",
    ],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          b("Đưa thủ tục hành chính trực tuyến đến người dân các thôn vùng sâu, vùng xa của xã."),
          b("Giải quyết nhanh hồ sơ đất đai, không để người dân đi lại nhiều lần."),
          b("Các bộ phận báo cáo đúng thời hạn, đúng mẫu.")),
        P("CHỈ TIÊU",
          b("Tối thiểu 70% hồ sơ thủ tục hành chính của xã được nộp trực tuyến."),
          b("Tối thiểu 98% hồ sơ được giải quyết đúng hạn.")),
        P("NHIỆM VỤ",
          "Các nhiệm vụ cụ thể như sau:"),
        P("TỔ CHỨC THỰC HIỆN",
          n("Văn phòng HĐND và UBND xã giúp UBND xã theo dõi Kế hoạch; báo cáo UBND tỉnh (qua Sở Nội vụ) kết quả 6 "
            "tháng trước ngày 11/6/2026 và kết quả năm trước ngày 11/11/2026."),
          n("Trung tâm Phục vụ hành chính công xã báo cáo Chủ tịch UBND xã kết quả giải quyết hồ sơ trước ngày 25 hằng "
            "tháng."),
          n("Kinh phí thực hiện Kế hoạch là 60 triệu đồng từ ngân sách xã năm 2026; Phòng Kinh tế hướng dẫn sử dụng, "
            "thanh quyết toán.")),
    ],
    recipients=["UBND tỉnh Cao Bằng (b/c);", "Sở Nội vụ;", "TT Đảng ủy, TT HĐND xã;", "Lưu: VT."],
    sign_role=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
    signer="Nông Văn Quyết",
    province="Cao Bằng",
    appendix_title="BẢNG NHIỆM VỤ",
    ref_text="",
    table_part=2,
    partner_sep="; ",
    columns=[("stt", "STT"), ("task", "Nội dung"), ("deadline", "Thời gian"), ("lead", "Chủ trì"), ("partners", "Phối hợp")],
    groups=[
        G("",
          T8("Thành lập Tổ công nghệ số cộng đồng tại tất cả các thôn", "Phòng Văn hóa - Xã hội", "Đoàn Thanh niên xã",
             "Quý I/2026"),
          T8("Hướng dẫn người dân thanh toán trực tuyến phí, lệ phí", "Trung tâm Phục vụ hành chính công xã",
             "Bưu điện văn hóa xã", "Quý II/2026"),
          T8("Rà soát, sắp xếp các thôn có quy mô dân số nhỏ", "Văn phòng HĐND và UBND xã",
             "Ủy ban Mặt trận Tổ quốc Việt Nam xã", "Trước 30/6/2026"),
          T8("Cập nhật dữ liệu đất đai vào hệ thống thông tin đất đai của tỉnh", "Phòng Kinh tế",
             "Chi nhánh Văn phòng Đăng ký đất đai", "Tháng 9/2026"),
          T8("Chứng thực bản sao điện tử từ bản chính", "Văn phòng HĐND và UBND xã", "", "Thường xuyên"),
          T8("Đối thoại với người dân về thủ tục hành chính đất đai", "Phòng Kinh tế", "Văn phòng HĐND và UBND xã",
             "Quý III/2026"),
          T8("Bồi dưỡng kỹ năng số cho cán bộ, công chức xã", "Văn phòng HĐND và UBND xã",
             "Trung tâm Phục vụ hành chính công xã", "Tháng 7/2026"),
          T8("Lắp đặt màn hình tra cứu thủ tục hành chính tại Trung tâm Phục vụ hành chính công xã", "Phòng Kinh tế",
             "Trung tâm Phục vụ hành chính công xã; Viễn thông Cao Bằng", "Tháng 10/2026")),
    ],
)
