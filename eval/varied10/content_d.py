"""Batch-10 test plans D: Ban Quản lý vịnh Hạ Long (QUYẾT ĐỊNH + plan, PDF) and Cục Lãnh sự, Bộ Ngoại giao (scan).

Ban Quản lý vịnh Hạ Long: a decision (KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN;
Điều 1 ban hành Kế hoạch kèm theo, Điều 2 hiệu lực, Điều 3 thi hành, Nơi
nhận) followed by the plan (duties in prose, no amount of money) and its
ruled Phụ lục, text-layer PDF.
Cục Lãnh sự: an image-only 300-dpi PDF (slightly turned, noisy, a stamp beside
the signer, the Cục trưởng signing himself) of a typed plan whose ruled table
inside part III has one task without partner, and reporting duties in prose.
"""

from __future__ import annotations

from datetime import date

from eval.varied.build import G, P, a, b, n
from eval.varied.model import Decision
from eval.varied8.model8 import T8, Plan8

HA_LONG = Plan8(
    file="quang-ninh_ban-quan-ly-vinh-ha-long_qd-kh-cchc-2026.pdf",
    fmt="decision",
    parent="UBND TỈNH QUẢNG NINH",
    issuer_upper="BAN QUẢN LÝ VỊNH HẠ LONG",
    issuer="Ban Quản lý vịnh Hạ Long",
    number=None,
    place="Quảng Ninh",
    issued=date(2026, 1, 14),
    subtitle="Cải cách hành chính năm 2026 của Ban Quản lý vịnh Hạ Long",
    ref_text="(Kèm theo Quyết định số 76/QĐ-BQLVHL ngày 14/01/2026 của Trưởng Ban Quản lý vịnh Hạ Long)",
    decision=Decision(
        number="76/QĐ-BQLVHL",
        authority="TRƯỞNG BAN QUẢN LÝ VỊNH HẠ LONG",
        title="Ban hành Kế hoạch cải cách hành chính năm 2026 của Ban Quản lý vịnh Hạ Long",
        bases=[
            "Căn cứ Luật Di sản văn hóa ngày 23 tháng 11 năm 2024;",
            "Căn cứ Quyết định của UBND tỉnh Quảng Ninh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của "
            "Ban Quản lý vịnh Hạ Long;",
            "Căn cứ Kế hoạch cải cách hành chính năm 2026 của UBND tỉnh Quảng Ninh;",
        ],
        proposal="Theo đề nghị của Chánh Văn phòng Ban.",
        articles=[
            "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm 2026 của Ban Quản lý vịnh Hạ Long.",
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
            "Điều 3. Chánh Văn phòng Ban, Trưởng các phòng, Giám đốc Trung tâm Nghiên cứu và Bảo tồn di sản và các tổ "
            "chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này.",
        ],
        recipients=["Như Điều 3;", "UBND tỉnh (để b/c);", "Sở Nội vụ;", "Lưu: VT, VP."],
        sign_role=["KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"],
        signer="Vũ Thị Thanh Hương",
    ),
    preamble=[],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          n("Mục đích: nâng cao chất lượng phục vụ du khách tham quan vịnh Hạ Long; minh bạch việc thu phí tham quan và "
            "cấp phép các hoạt động trên vịnh."),
          n("Yêu cầu: các phòng, đơn vị triển khai đúng tiến độ; kết quả cải cách hành chính là căn cứ đánh giá, xếp loại "
            "viên chức cuối năm.")),
        P("CHỈ TIÊU",
          b("100% vé tham quan vịnh Hạ Long được bán dưới dạng vé điện tử."),
          b("Tối thiểu 95% du khách hài lòng với dịch vụ tham quan."),
          b("100% hồ sơ cấp phép quay phim, chụp ảnh thương mại trên vịnh được giải quyết đúng hạn.")),
        P("NHIỆM VỤ",
          "Nhiệm vụ cụ thể theo Phụ lục kèm theo."),
        P("TỔ CHỨC THỰC HIỆN",
          n("Văn phòng Ban:"),
          a("Theo dõi, đôn đốc các phòng, đơn vị thực hiện Kế hoạch;"),
          a("Tổng hợp, báo cáo UBND tỉnh (qua Sở Nội vụ): báo cáo quý trước ngày 15 của tháng cuối quý; báo cáo năm trước "
            "ngày 15/11/2026."),
          n("Phòng Tài chính - Kế hoạch:"),
          a("Bảo đảm kinh phí thực hiện Kế hoạch từ nguồn thu phí tham quan trong dự toán được giao;"),
          a("Báo cáo Trưởng Ban doanh thu bán vé điện tử trước ngày 03 hằng tháng."),
          n("Các phòng, đơn vị thuộc Ban:"),
          a("Gửi báo cáo kết quả thực hiện về Văn phòng Ban trước ngày 10 của tháng cuối quý.")),
    ],
    recipients=[],
    sign_role=["KT. TRƯỞNG BAN"],
    signer="Vũ Thị Thanh Hương",
    province="Quảng Ninh",
    appendix_title="PHỤ LỤC\nNHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026",
    partner_sep="; ",
    columns=[("stt", "STT"), ("task", "Nhiệm vụ"), ("lead", "Đơn vị chủ trì"), ("partners", "Đơn vị phối hợp"),
             ("deadline", "Thời hạn hoàn thành"), ("product", "Sản phẩm")],
    groups=[
        G("I. CẢI CÁCH THỂ CHẾ",
          T8("Xây dựng Quy chế phối hợp quản lý hoạt động tàu du lịch trên vịnh", "Phòng Quản lý du lịch",
             "Cảng vụ Đường thủy nội địa; Công an tỉnh", "Quý II/2026", "Quy chế phối hợp")),
        G("II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
          T8("Bán vé tham quan điện tử qua mã QR tại các cảng tàu", "Phòng Tài chính - Kế hoạch",
             "Phòng Quản lý du lịch; Cảng tàu khách quốc tế Hạ Long", "Tháng 3/2026", "Vé điện tử"),
          T8("Công khai quy trình cấp phép quay phim, chụp ảnh thương mại trên vịnh", "Văn phòng Ban",
             "Phòng Quản lý di sản", "Quý I/2026", "Quy trình được niêm yết")),
        G("III. CẢI CÁCH TỔ CHỨC BỘ MÁY VÀ CHẾ ĐỘ CÔNG VỤ",
          T8("Sắp xếp các đội kiểm tra, bảo vệ di sản trên vịnh", "Văn phòng Ban", "Phòng Quản lý di sản",
             "Trước 30/6/2026", "Quyết định sắp xếp"),
          T8("Tập huấn kỹ năng phục vụ du khách quốc tế cho viên chức", "Văn phòng Ban", "Phòng Quản lý du lịch",
             "Tháng 5/2026", "02 lớp tập huấn")),
        G("IV. CẢI CÁCH TÀI CHÍNH CÔNG",
          T8("Xây dựng phương án tự chủ chi thường xuyên giai đoạn 2026 - 2030", "Phòng Tài chính - Kế hoạch",
             "Văn phòng Ban", "Quý III/2026", "Phương án trình UBND tỉnh")),
        G("V. CHUYỂN ĐỔI SỐ",
          T8("Vận hành hệ thống giám sát tàu du lịch bằng thiết bị định vị", "Phòng Quản lý du lịch",
             "Sở Xây dựng; Viettel Quảng Ninh", "Tháng 9/2026", "Hệ thống giám sát hoạt động"),
          T8("Số hóa hồ sơ di sản, hang động trên vịnh", "Phòng Quản lý di sản", "Trung tâm Nghiên cứu và Bảo tồn di sản",
             "Trước 31/10/2026", "Cơ sở dữ liệu di sản số"),
          T8("Thuyết minh tự động đa ngôn ngữ trên ứng dụng du lịch thông minh", "Phòng Quản lý du lịch",
             "Trung tâm Nghiên cứu và Bảo tồn di sản", "Quý IV/2026", "Ứng dụng thuyết minh đa ngôn ngữ")),
    ],
)

CUC_LANH_SU = Plan8(
    file="bo-ngoai-giao_cuc-lanh-su_kh-cchc-2026_scan.pdf",
    fmt="scan",
    parent="BỘ NGOẠI GIAO",
    issuer_upper="CỤC LÃNH SỰ",
    issuer="Cục Lãnh sự (Bộ Ngoại giao)",
    number="22/KH-CLS",
    place="Hà Nội",
    issued=date(2026, 1, 29),
    subtitle="Cải cách hành chính năm 2026 của Cục Lãnh sự",
    preamble=[
        "Thực hiện Kế hoạch cải cách hành chính năm 2026 của Bộ Ngoại giao, Cục Lãnh sự xây dựng Kế hoạch như sau:",
    ],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          b("Rút ngắn thời gian giải quyết thủ tục chứng nhận lãnh sự, hợp pháp hóa lãnh sự cho người dân, doanh nghiệp."),
          b("Công khai, minh bạch phí, lệ phí lãnh sự.")),
        P("CHỈ TIÊU",
          b("100% hồ sơ chứng nhận lãnh sự, hợp pháp hóa lãnh sự được tiếp nhận trực tuyến."),
          b("Tối thiểu 80% phí, lệ phí lãnh sự được thanh toán trực tuyến.")),
        P("NHIỆM VỤ",
          "Nhiệm vụ cụ thể được phân công như sau:"),
        P("TỔ CHỨC THỰC HIỆN",
          n("Văn phòng Cục giúp Cục trưởng theo dõi Kế hoạch; báo cáo Bộ Ngoại giao (qua Vụ Tổ chức cán bộ) kết quả 6 "
            "tháng trước ngày 08/6/2026 và kết quả năm trước ngày 08/11/2026."),
          n("Phòng Hợp pháp hóa và Chứng nhận lãnh sự báo cáo Cục trưởng số hồ sơ tiếp nhận trực tuyến trước ngày 20 "
            "hằng tháng."),
          n("Các phòng gửi báo cáo quý về Văn phòng Cục trước ngày 05 của tháng cuối quý."),
          n("Kinh phí thực hiện Kế hoạch là 500 triệu đồng từ ngân sách nhà nước giao Cục năm 2026.")),
    ],
    recipients=["Thứ trưởng phụ trách (b/c);", "Vụ Tổ chức cán bộ;", "Các phòng thuộc Cục;", "Lưu: VT."],
    sign_role=["CỤC TRƯỞNG"],
    signer="Đinh Quang Vinh",
    province=None,
    appendix_title="BẢNG PHÂN CÔNG NHIỆM VỤ",
    ref_text="",
    table_part=2,
    partner_sep="; ",
    columns=[("stt", "TT"), ("task", "Nội dung công việc"), ("lead", "Chủ trì"), ("partners", "Phối hợp"),
             ("deadline", "Thời hạn hoàn thành")],
    groups=[
        G("",
          T8("Tiếp nhận hồ sơ chứng nhận lãnh sự, hợp pháp hóa lãnh sự trực tuyến toàn trình",
             "Phòng Hợp pháp hóa và Chứng nhận lãnh sự", "Trung tâm Dữ liệu và Công nghệ thông tin", "Quý II/2026"),
          T8("Trả kết quả hợp pháp hóa lãnh sự qua dịch vụ bưu chính công ích", "Phòng Hợp pháp hóa và Chứng nhận lãnh sự",
             "Tổng công ty Bưu điện Việt Nam", "Tháng 4/2026"),
          T8("Cấp hộ chiếu ngoại giao, hộ chiếu công vụ trực tuyến", "Phòng Hộ chiếu ngoại giao và công vụ",
             "Trung tâm Dữ liệu và Công nghệ thông tin", "Tháng 8/2026"),
          T8("Rà soát thủ tục cấp công hàm đề nghị cấp thị thực", "Phòng Hộ chiếu ngoại giao và công vụ", "",
             "Trước 31/5/2026"),
          T8("Kết nối dữ liệu hộ chiếu với Cơ sở dữ liệu quốc gia về dân cư", "Trung tâm Dữ liệu và Công nghệ thông tin",
             "Cục Cảnh sát quản lý hành chính về trật tự xã hội", "Quý III/2026"),
          T8("Bồi dưỡng nghiệp vụ lãnh sự cho cán bộ chuẩn bị đi nhiệm kỳ", "Văn phòng Cục", "Học viện Ngoại giao",
             "Tháng 9/2026"),
          T8("Công khai phí, lệ phí lãnh sự trên Cổng thông tin điện tử về công tác lãnh sự", "Văn phòng Cục",
             "Trung tâm Dữ liệu và Công nghệ thông tin", "Thường xuyên"),
          T8("Khảo sát mức độ hài lòng của tổ chức, cá nhân về dịch vụ lãnh sự", "Văn phòng Cục", "Các phòng thuộc Cục",
             "Tháng 11/2026")),
    ],
)
