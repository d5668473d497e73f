"""Batch-6 test plans F: Bộ Giáo dục và Đào tạo (QUYẾT ĐỊNH + plan, DOCX) and Sở KH&CN tỉnh Hưng Yên (scan).

Bộ GD&ĐT: a ministry decision (245/QĐ-BGDĐT, KT. BỘ TRƯỞNG / THỨ TRƯỞNG, the
Bộ trưởng never named) proposed by the Vụ trưởng Vụ Tổ chức cán bộ; the plan
is typed-label DOCX with Vụ/Cục units, a "Biểu báo cáo" table inside part V
and a Phụ lục after the signature with the lead merged down. Sở KH&CN Hưng
Yên: image-only 200 dpi; a ruled table inside part III whose header has two
levels ("Cơ quan thực hiện" spanning "Chủ trì" | "Phối hợp", the other
header cells two rows tall); the GIÁM ĐỐC signs; an annual report to Bộ Khoa học và Công nghệ.
"""

from __future__ import annotations

from datetime import date

from eval.varied.build import G, P, T, a, b, n
from eval.varied.model import Decision
from eval.varied2.model2 import Report
from eval.varied6.model6 import Plan6

BO_GDDT = Plan6(
    file="bo-gddt_qd-kh-cchc-2026.docx",
    fmt="decision",
    parent="",
    issuer_upper="BỘ GIÁO DỤC VÀ ĐÀO TẠO",
    issuer="Bộ Giáo dục và Đào tạo",
    number=None,
    place="Hà Nội",
    issued=date(2026, 1, 12),
    subtitle="Cải cách hành chính năm 2026 của Bộ Giáo dục và Đào tạo",
    decision=Decision(
        number="245/QĐ-BGDĐT",
        authority="BỘ TRƯỞNG BỘ GIÁO DỤC VÀ ĐÀO TẠO",
        title="Ban hành Kế hoạch cải cách hành chính năm 2026 của Bộ Giáo dục và Đào tạo",
        bases=[
            "Căn cứ Nghị định số 37/2025/NĐ-CP ngày 26 tháng 02 năm 2025 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Giáo dục và Đào tạo;",
            "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;",
        ],
        proposal="Theo đề nghị của Vụ trưởng Vụ Tổ chức cán bộ.",
        articles=[
            "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm 2026 của Bộ Giáo dục và Đào tạo.",
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
            "Điều 3. Chánh Văn phòng, Vụ trưởng Vụ Tổ chức cán bộ, Thủ trưởng các đơn vị thuộc Bộ chịu trách nhiệm thi hành Quyết định này.",
        ],
        recipients=["Như Điều 3;", "Bộ trưởng (để b/c);", "Bộ Nội vụ;", "Lưu: VT, TCCB."],
        sign_role=["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG"],
        signer="Trịnh Quốc Bảo",
    ),
    preamble=[],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          a("Cải thiện Chỉ số CCHC của Bộ; đơn giản hóa TTHC trong lĩnh vực thi, văn bằng, giáo dục nghề nghiệp."),
          a("Các Vụ, Cục, Văn phòng Bộ thực hiện nhiệm vụ đúng tiến độ tại Phụ lục.")),
        P("MỤC TIÊU",
          b("100% văn bằng tốt nghiệp trung học phổ thông năm 2026 được cấp dưới dạng văn bằng số."),
          b("Tối thiểu 95% thí sinh đăng ký dự thi tốt nghiệp trung học phổ thông trực tuyến.")),
        P("NHIỆM VỤ",
          "Nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch."),
        P("KINH PHÍ",
          "Kinh phí thực hiện Kế hoạch là 3.400 triệu đồng từ ngân sách nhà nước giao cho Bộ năm 2026."),
        P("TỔ CHỨC THỰC HIỆN",
          n("Vụ Tổ chức cán bộ là đầu mối theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch."),
          n("Thời hạn gửi báo cáo của các đơn vị thực hiện theo Biểu báo cáo sau:")),
    ],
    recipients=[],
    sign_role=["THỨ TRƯỞNG"],
    signer="Trịnh Quốc Bảo",
    province=None,
    reports_part=4,
    reports_title="BIỂU BÁO CÁO",
    reports=[
        Report("Hằng quý", "Các Vụ, Cục, Văn phòng Bộ", "Vụ Tổ chức cán bộ", "Trước ngày 10 của tháng cuối quý"),
        Report("Năm", "Các Vụ, Cục, Văn phòng Bộ", "Vụ Tổ chức cán bộ", "Trước ngày 15/11/2026"),
        Report("Năm", "Bộ Giáo dục và Đào tạo (Vụ Tổ chức cán bộ tham mưu)", "Bộ Nội vụ", "Trước ngày 01/12/2026"),
        Report("Hằng quý", "Văn phòng Bộ", "Văn phòng Chính phủ", "Trước ngày 20 của tháng cuối quý"),
    ],
    appendix_title="PHỤ LỤC\nNHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026",
    partner_sep="\n",
    columns=[("stt", "TT"), ("task", "Nhiệm vụ"), ("lead", "Đơn vị chủ trì"), ("partners", "Đơn vị phối hợp"),
             ("deadline", "Thời hạn"), ("product", "Sản phẩm")],
    groups=[
        G("I. CẢI CÁCH THỂ CHẾ",
          T("Xây dựng Thông tư quy định về văn bằng, chứng chỉ số của hệ thống giáo dục quốc dân", "Vụ Pháp chế",
            "Cục Quản lý chất lượng; Cục Khoa học, Công nghệ và Thông tin", "Quý II/2026", "Thông tư"),
          T("Rà soát văn bản quy phạm pháp luật về giáo dục nghề nghiệp được chuyển giao về Bộ", "Vụ Pháp chế",
            "Cục Giáo dục nghề nghiệp và Giáo dục thường xuyên", "Quý I/2026", "Báo cáo rà soát")),
        G("II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
          T("Cung cấp dịch vụ công trực tuyến toàn trình thủ tục công nhận văn bằng do cơ sở giáo dục nước ngoài cấp",
            "Cục Quản lý chất lượng", "Văn phòng Bộ; Cục Khoa học, Công nghệ và Thông tin", "Tháng 6/2026", "Dịch vụ công toàn trình"),
          T("Cấp giấy chứng nhận đăng ký hoạt động giáo dục nghề nghiệp trực tuyến",
            "Cục Giáo dục nghề nghiệp và Giáo dục thường xuyên", "Văn phòng Bộ", "Quý III/2026", "Hồ sơ trực tuyến"),
          T("Tổ chức đăng ký dự thi tốt nghiệp trung học phổ thông trực tuyến trên ứng dụng VNeID", "Cục Quản lý chất lượng",
            "Bộ Công an; Sở Giáo dục và Đào tạo các tỉnh, thành phố", "Trước ngày 30/4/2026", "Thí sinh đăng ký trực tuyến")),
        G("III. CẢI CÁCH TỔ CHỨC BỘ MÁY VÀ CÔNG VỤ",
          T("Xây dựng CSDL nhà giáo và cán bộ quản lý giáo dục kết nối với CSDL quốc gia về cán bộ, công chức, viên chức",
            "Cục Nhà giáo và Cán bộ quản lý giáo dục", "Vụ Tổ chức cán bộ; Cục Khoa học, Công nghệ và Thông tin", "Tháng 10/2026",
            "CSDL được kết nối"),
          T("Đánh giá công chức các Vụ, Cục theo kết quả, sản phẩm hằng quý", "Vụ Tổ chức cán bộ",
            "Các Vụ, Cục, Văn phòng Bộ", "Hằng quý", "Kết quả đánh giá")),
        G("IV. CHUYỂN ĐỔI SỐ",
          T("Cấp văn bằng tốt nghiệp trung học phổ thông số và tích hợp vào ứng dụng VNeID", "Cục Quản lý chất lượng",
            "Cục Khoa học, Công nghệ và Thông tin; Bộ Công an", "Tháng 8/2026", "Văn bằng số"),
          T("Vận hành hệ thống quản lý văn bản và điều hành liên thông giữa các đơn vị thuộc Bộ", "Văn phòng Bộ",
            "Cục Khoa học, Công nghệ và Thông tin", "Thường xuyên", "Hệ thống vận hành")),
    ],
)

SKHCN_HUNG_YEN = Plan6(
    file="hung-yen_so-khcn_kh-cchc-2026_scan.pdf",
    fmt="scan",
    parent="UBND TỈNH HƯNG YÊN",
    issuer_upper="SỞ KHOA HỌC VÀ CÔNG NGHỆ",
    issuer="Sở Khoa học và Công nghệ tỉnh Hưng Yên",
    number="16/KH-SKHCN",
    place="Hưng Yên",
    issued=date(2026, 1, 26),
    subtitle="Cải cách hành chính năm 2026 của Sở Khoa học và Công nghệ",
    preamble=[
        "Thực hiện Kế hoạch số 13/KH-UBND ngày 12/01/2026 của UBND tỉnh Hưng Yên về cải cách hành chính nhà nước năm 2026, Sở Khoa học và Công nghệ xây dựng Kế hoạch như sau:",
    ],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          b("Sở là đầu mối chuyển đổi số của tỉnh sau hợp nhất tỉnh Hưng Yên và tỉnh Thái Bình (cũ); mọi TTHC của Sở được giải quyết trên môi trường số.")),
        P("MỤC TIÊU",
          b("100% TTHC của Sở được cung cấp dịch vụ công trực tuyến toàn trình."),
          b("Tối thiểu 50% doanh nghiệp tại các khu công nghiệp được hướng dẫn đăng ký quyền sở hữu công nghiệp trực tuyến.")),
        P("NHIỆM VỤ",
          "Phân công thực hiện như sau:"),
        P("TỔ CHỨC THỰC HIỆN",
          n("Văn phòng Sở tham mưu Giám đốc Sở báo cáo UBND tỉnh (qua Sở Nội vụ) trước ngày 12 của tháng cuối quý; báo cáo năm trước ngày 20/11/2026."),
          n("Phòng Bưu chính, Viễn thông và Chuyển đổi số tham mưu Sở báo cáo Bộ Khoa học và Công nghệ kết quả chuyển đổi số năm 2026 trước ngày 10/12/2026."),
          n("Kinh phí thực hiện là 380 triệu đồng từ nguồn sự nghiệp khoa học và công nghệ năm 2026.")),
    ],
    recipients=["UBND tỉnh (b/c);", "Sở Nội vụ;", "Các PGĐ Sở;", "Các phòng, đơn vị thuộc Sở;", "Lưu: VT, VP."],
    sign_role=["GIÁM ĐỐC"],
    signer="Đoàn Văn Thái",
    province="Hưng Yên",
    table_part=2,
    ref_text="",
    appendix_title="BẢNG PHÂN CÔNG NHIỆM VỤ NĂM 2026",
    partner_sep=", ",
    columns=[("stt", "STT"), ("task", "Nội dung"), ("lead", "Chủ trì"), ("partners", "Phối hợp"), ("deadline", "Thời hạn")],
    spans=[("Cơ quan thực hiện", ("lead", "partners"))],
    groups=[
        G("A. Thủ tục hành chính",
          T("Cấp giấy chứng nhận đăng ký hoạt động khoa học và công nghệ trực tuyến toàn trình",
            "Phòng Quản lý khoa học", "Trung tâm Phục vụ hành chính công tỉnh", "Quý II/2026"),
          T("Hướng dẫn doanh nghiệp tại khu công nghiệp Phố Nối đăng ký nhãn hiệu, kiểu dáng công nghiệp trực tuyến",
            "Phòng Quản lý công nghệ và đổi mới sáng tạo", "Ban Quản lý các khu công nghiệp tỉnh", "Tháng 9/2026"),
          T("Cấp mã số vùng trồng và tem truy xuất nguồn gốc nhãn lồng Hưng Yên",
            "Phòng Tiêu chuẩn, Đo lường, Chất lượng", "Sở Nông nghiệp và Môi trường; UBND các xã trồng nhãn", "Tháng 7/2026")),
        G("B. Chuyển đổi số",
          T("Vận hành Trung tâm điều hành thông minh của tỉnh sau hợp nhất", "Trung tâm Công nghệ thông tin",
            "Văn phòng UBND tỉnh; Công an tỉnh", "Quý I/2026"),
          T("Chuyển dữ liệu Cổng Dịch vụ công của tỉnh Thái Bình (cũ) sang hệ thống của tỉnh", "Trung tâm Công nghệ thông tin",
            "Văn phòng UBND tỉnh", "Trước ngày 31/3/2026"),
          T("Phát triển tổ công nghệ số cộng đồng tại các xã ven biển Thái Thụy, Tiền Hải (cũ)", "Phòng Bưu chính, Viễn thông và Chuyển đổi số",
            "UBND các xã ven biển", "Năm 2026")),
    ],
)
