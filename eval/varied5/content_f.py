"""Batch-5 test plans F: Cục Hải quan (QUYẾT ĐỊNH + plan, DOCX) and UBND xã Cần Giờ (scan, 300 dpi).

Cục Hải quan: a decision of a Cục under Bộ Tài chính (KT. CỤC TRƯỞNG / PHÓ
CỤC TRƯỞNG), proposed by a Tờ trình of Văn phòng Cục; the attached plan has a
typed-label body and a merged DOCX table (lead first, merged down); reports
go to Bộ Tài chính (qua Vụ Tổ chức cán bộ); kinh phí without an amount.
Xã Cần Giờ: image-only 300 dpi with skew and shadow; the ruled table has one
combined "Cơ quan chủ trì/phối hợp" cell (lead first, "Phối hợp: …");
implements the city plan by number; a budget; CHỦ TỊCH signs.
"""

from __future__ import annotations

from datetime import date

from eval.varied.build import G, P, T, b, n
from eval.varied.model import Decision
from eval.varied5.model5 import Plan5

HAI_QUAN = Plan5(
    file="cuc-hai-quan_qd-kh-cchc-2026.docx",
    fmt="decision",
    parent="BỘ TÀI CHÍNH",
    issuer_upper="CỤC HẢI QUAN",
    issuer="Cục Hải quan",
    number=None,
    place="Hà Nội",
    issued=date(2026, 1, 6),
    subtitle="Cải cách hành chính năm 2026 của Cục Hải quan",
    ref_text="(Kèm theo Quyết định số 38/QĐ-CHQ ngày 06/01/2026 của Cục trưởng Cục Hải quan)",
    decision=Decision(
        number="38/QĐ-CHQ",
        authority="CỤC TRƯỞNG CỤC HẢI QUAN",
        title="Ban hành Kế hoạch cải cách hành chính năm 2026 của Cục Hải quan",
        bases=[
            "Căn cứ Quyết định số 382/QĐ-BTC ngày 26/02/2025 của Bộ trưởng Bộ Tài chính quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Cục Hải quan;",
            "Căn cứ Kế hoạch cải cách hành chính năm 2026 của Bộ Tài chính;",
        ],
        proposal="Theo đề nghị của Chánh Văn phòng Cục tại Tờ trình số 04/TTr-VP ngày 02/01/2026.",
        articles=[
            "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm 2026 của Cục Hải quan.",
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
            "Điều 3. Chánh Văn phòng Cục, Trưởng các Ban, Chi cục trưởng các Chi cục Hải quan khu vực và Thủ trưởng các đơn vị thuộc Cục chịu trách nhiệm thi hành Quyết định này.",
        ],
        recipients=["Như Điều 3;", "Bộ Tài chính (để b/c);", "Cục trưởng (để b/c);", "Lưu: VT, VP."],
        sign_role=["KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG"],
        signer="Vũ Đức Thắng",
    ),
    preamble=[],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          b("Tạo thuận lợi thương mại, giảm thời gian thông quan hàng hóa xuất khẩu, nhập khẩu; hiện đại hóa hải quan theo mô hình hải quan số.")),
        P("MỤC TIÊU",
          n("Thời gian thông quan hàng hóa nhập khẩu giảm tối thiểu 10% so với năm 2025."),
          n("100% thủ tục hải quan được thực hiện qua Cơ chế một cửa quốc gia đối với các thủ tục đủ điều kiện.")),
        P("NHIỆM VỤ",
          "Nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này."),
        P("TỔ CHỨC THỰC HIỆN",
          n("Văn phòng Cục là đầu mối theo dõi, tổng hợp kết quả thực hiện Kế hoạch."),
          n("Các Ban, Chi cục Hải quan khu vực gửi báo cáo CCHC về Cục (qua Văn phòng Cục) trước ngày 05 của tháng cuối quý."),
          n("Văn phòng Cục tham mưu Cục trưởng báo cáo Bộ Tài chính (qua Vụ Tổ chức cán bộ) trước ngày 10 của tháng cuối quý; báo cáo năm trước ngày 20/11/2026."),
          n("Kinh phí thực hiện Kế hoạch từ nguồn kinh phí chi thường xuyên của Cục Hải quan năm 2026.")),
    ],
    recipients=[],
    sign_role=["KT. CỤC TRƯỞNG"],
    signer="Vũ Đức Thắng",
    province=None,
    appendix_title="PHỤ LỤC\nNHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026 CỦA CỤC HẢI QUAN",
    partner_sep="\n",
    columns=[("stt", "STT"), ("lead", "Đơn vị chủ trì"), ("task", "Nhiệm vụ"), ("partners", "Đơn vị phối hợp"),
             ("deadline", "Thời hạn"), ("product", "Sản phẩm")],
    groups=[
        G("I. Cải cách thủ tục hành chính",
          T("Triển khai thủ tục kiểm tra chuyên ngành đối với hàng hóa nhập khẩu qua Cơ chế một cửa quốc gia", "Ban Giám sát quản lý về hải quan",
            "Bộ Công Thương; Bộ Nông nghiệp và Môi trường", "Quý III/2026", "Thủ tục được kết nối"),
          T("Áp dụng thông quan tự động đối với tờ khai hàng hóa xuất khẩu luồng xanh", "Ban Giám sát quản lý về hải quan",
            "Ban Công nghệ thông tin và Thống kê hải quan", "Trước ngày 30/6/2026", "Tờ khai thông quan tự động"),
          T("Giảm thời gian kiểm tra thực tế hàng hóa tại cửa khẩu cảng biển Cát Lái", "Chi cục Hải quan khu vực II",
            "Cảng vụ Hàng hải Thành phố Hồ Chí Minh; Bộ đội Biên phòng cửa khẩu cảng", "Tháng 10/2026", "Thời gian kiểm tra được rút ngắn")),
        G("II. Cải cách tổ chức bộ máy",
          T("Kiện toàn tổ chức các Chi cục Hải quan khu vực sau sắp xếp", "Ban Tổ chức cán bộ",
            "Các Chi cục Hải quan khu vực", "Quý I/2026", "Quyết định kiện toàn"),
          T("Luân chuyển công chức làm công tác kiểm tra, giám sát tại cửa khẩu", "Ban Tổ chức cán bộ",
            "Các Chi cục Hải quan khu vực", "Năm 2026", "Quyết định luân chuyển")),
        G("III. Hải quan số",
          T("Xây dựng Hệ thống xử lý dữ liệu hải quan tập trung thay thế hệ thống VNACCS/VCIS", "Ban Công nghệ thông tin và Thống kê hải quan",
            "Ban Giám sát quản lý về hải quan; Bộ Công an", "Tháng 12/2026", "Hệ thống được vận hành thử"),
          T("Kết nối dữ liệu thuế xuất nhập khẩu với CSDL quốc gia về dân cư", "Ban Công nghệ thông tin và Thống kê hải quan",
            "Bộ Công an; Cục Thuế", "Tháng 8/2026", "Dữ liệu được kết nối"),
          T("Giám sát an toàn thông tin các hệ thống công nghệ thông tin hải quan", "Ban Công nghệ thông tin và Thống kê hải quan",
            "Văn phòng Cục", "Thường xuyên", "Báo cáo giám sát")),
    ],
)

CAN_GIO = Plan5(
    file="tp-hcm_xa-can-gio_kh-cchc-2026_scan.pdf",
    fmt="scan",
    parent="ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH",
    issuer_upper="ỦY BAN NHÂN DÂN\nXÃ CẦN GIỜ",
    issuer="Ủy ban nhân dân xã Cần Giờ",
    number="09/KH-UBND",
    place="Cần Giờ",
    issued=date(2026, 1, 27),
    subtitle="Cải cách hành chính năm 2026 của xã Cần Giờ",
    preamble=[
        "Thực hiện Kế hoạch số 112/KH-UBND ngày 12/01/2026 của UBND Thành phố Hồ Chí Minh về cải cách hành chính nhà nước năm 2026, UBND xã Cần Giờ xây dựng Kế hoạch như sau:",
    ],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          b("Hỗ trợ người dân vùng ven biển, ngư dân, hộ nuôi hàu thực hiện TTHC trực tuyến.")),
        P("CHỈ TIÊU",
          b("Tối thiểu 65% hồ sơ TTHC của xã được nộp trực tuyến."),
          b("100% ấp có tổ công nghệ số cộng đồng hoạt động.")),
        P("NHIỆM VỤ",
          "Các nhiệm vụ và phân công như bảng sau:"),
        P("TỔ CHỨC THỰC HIỆN",
          n("Kinh phí thực hiện Kế hoạch là 120 triệu đồng, bố trí trong dự toán ngân sách xã năm 2026."),
          n("Các phòng chuyên môn báo cáo kết quả về Văn phòng HĐND và UBND xã trước ngày 05 của tháng cuối quý; Văn phòng HĐND và UBND xã tham mưu UBND xã báo cáo UBND Thành phố (qua Sở Nội vụ) trước ngày 10 của tháng cuối quý.")),
    ],
    recipients=["UBND Thành phố (b/c);", "Sở Nội vụ;", "TT Đảng ủy, TT HĐND xã;", "Lưu: VT."],
    sign_role=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
    signer="Trương Văn Nhựt",
    province="Hồ Chí Minh",
    table_part=2,
    appendix_title="BẢNG PHÂN CÔNG NHIỆM VỤ",
    lead_first=True,
    unit_sep=", ",
    columns=[("stt", "STT"), ("task", "Nhiệm vụ"), ("unit", "Cơ quan chủ trì/phối hợp"), ("deadline", "Thời gian")],
    groups=[
        G("I. Thủ tục hành chính",
          T("Hướng dẫn ngư dân đăng ký tàu cá và cấp giấy phép khai thác thủy sản trực tuyến", "Phòng Kinh tế",
            "Trung tâm Phục vụ hành chính công xã; Đồn Biên phòng Cần Giờ", "Quý II/2026"),
          T("Rút ngắn thời gian chứng thực hợp đồng, giao dịch tại Trung tâm Phục vụ hành chính công xã", "Văn phòng HĐND và UBND xã",
            "Trung tâm Phục vụ hành chính công xã", "Trước ngày 30/6/2026")),
        G("II. Chuyển đổi số",
          T("Thành lập và duy trì tổ công nghệ số cộng đồng tại các ấp", "Văn phòng HĐND và UBND xã",
            "Đoàn Thanh niên xã; Công an xã", "Thường xuyên"),
          T("Số hóa hồ sơ đất đai của các hộ nuôi hàu ven sông Lòng Tàu", "Phòng Kinh tế",
            "Văn phòng Đăng ký đất đai Thành phố - Chi nhánh Cần Giờ", "Tháng 9/2026"),
          T("Hướng dẫn khách du lịch đăng ký lưu trú trực tuyến tại các homestay ven biển", "Công an xã",
            "Phòng Văn hóa - Xã hội", "Quý III/2026")),
    ],
)
