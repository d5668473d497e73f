"""Batch-6 dev plans C: UBND thành phố Hải Phòng (QUYẾT ĐỊNH + plan, PDF) and Sở Tư pháp Thanh Hóa (scan).

Hải Phòng: a decision (215/QĐ-UBND, TM. UBND / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH)
whose attached plan uses abbreviations everywhere (UBND, HĐND, TTHC, CQNN,
DVCTT, CCVC, CSDL, BHXH) and whose landscape Phụ lục writes every deadline
in words ("Trong quý đầu năm 2026", "6 tháng cuối năm 2026", "Trước ngày 15
tháng 12 năm 2026"). Sở Tư pháp Thanh Hóa: image-only 200 dpi; a ruled task
table inside part III and a ruled "Biểu báo cáo" (Đơn vị báo cáo | Nơi nhận |
Kỳ báo cáo | Thời hạn gửi) inside part IV; KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC.
"""

from __future__ import annotations

from datetime import date

from eval.varied.build import G, P, T, a, b, n
from eval.varied.model import Decision
from eval.varied2.model2 import Report
from eval.varied6.model6 import Plan6

HAI_PHONG = Plan6(
    file="hai-phong_ubnd-thanh-pho_qd-kh-cchc-2026.pdf",
    fmt="decision",
    parent="",
    issuer_upper="ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẢI PHÒNG",
    issuer="Ủy ban nhân dân thành phố Hải Phòng",
    number=None,
    place="Hải Phòng",
    issued=date(2026, 1, 16),
    subtitle="Cải cách hành chính nhà nước thành phố Hải Phòng năm 2026",
    ref_text="(Ban hành kèm theo Quyết định số 215/QĐ-UBND ngày 16/01/2026 của UBND thành phố Hải Phòng)",
    decision=Decision(
        number="215/QĐ-UBND",
        authority="ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG",
        title="Ban hành Kế hoạch cải cách hành chính nhà nước thành phố Hải Phòng năm 2026",
        bases=[
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
            "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;",
        ],
        proposal="Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 09/TTr-SNV ngày 12/01/2026.",
        articles=[
            "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính nhà nước thành phố Hải Phòng năm 2026.",
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
            "Điều 3. Chánh Văn phòng UBND thành phố, Giám đốc các sở, Thủ trưởng các ban, ngành, Chủ tịch UBND các xã, phường, đặc khu chịu trách nhiệm thi hành Quyết định này.",
        ],
        recipients=["Như Điều 3;", "Bộ Nội vụ (b/c);", "TT Thành ủy, TT HĐND thành phố;", "CT, các PCT UBND thành phố;",
                    "Lưu: VT, NC."],
        sign_role=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
        signer="Lê Khắc Nam",
    ),
    preamble=[],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          b("Đẩy mạnh CCHC gắn với chuyển đổi số trong các CQNN của thành phố sau hợp nhất thành phố Hải Phòng và tỉnh Hải Dương (cũ)."),
          b("Nâng cao trách nhiệm người đứng đầu CQNN; siết chặt kỷ luật, kỷ cương hành chính của đội ngũ CBCCVC.")),
        P("MỤC TIÊU",
          n("Chỉ tiêu"),
          a("Tối thiểu 88% hồ sơ TTHC được giải quyết qua DVCTT toàn trình."),
          a("100% CQNN của thành phố sử dụng CSDL dùng chung về CCVC."),
          a("Tỷ lệ hài lòng của người dân, doanh nghiệp đối với việc giải quyết TTHC đạt tối thiểu 93%.")),
        P("NHIỆM VỤ",
          "Nhiệm vụ, cơ quan chủ trì, cơ quan phối hợp và thời gian hoàn thành tại Phụ lục kèm theo."),
        P("KINH PHÍ",
          "Kinh phí thực hiện Kế hoạch năm 2026 là 4.300 triệu đồng từ ngân sách thành phố, trong đó 1.600 triệu đồng cho nâng cấp hệ thống DVCTT."),
        P("TỔ CHỨC THỰC HIỆN",
          n("Sở Nội vụ chủ trì theo dõi, kiểm tra việc thực hiện Kế hoạch; tham mưu UBND thành phố báo cáo Bộ Nội vụ theo quy định."),
          n("Các sở, ban, ngành, UBND các xã, phường, đặc khu gửi báo cáo CCHC về UBND thành phố (qua Sở Nội vụ) trước ngày 13 của tháng cuối quý; báo cáo năm trước ngày 17/11/2026."),
          n("Văn phòng UBND thành phố báo cáo tình hình giải quyết TTHC và DVCTT hằng quý về Văn phòng Chính phủ theo quy định.")),
    ],
    recipients=[],
    sign_role=["PHÓ CHỦ TỊCH"],
    signer="Lê Khắc Nam",
    province="Hải Phòng",
    appendix_title="PHỤ LỤC\nNHIỆM VỤ CCHC NĂM 2026 CỦA THÀNH PHỐ HẢI PHÒNG",
    partner_sep="; ",
    columns=[("stt", "STT"), ("task", "Nội dung nhiệm vụ"), ("lead", "Cơ quan chủ trì"), ("partners", "Cơ quan phối hợp"),
             ("deadline", "Thời gian hoàn thành"), ("product", "Kết quả")],
    groups=[
        G("I. CẢI CÁCH THỂ CHẾ",
          T("Rà soát, thay thế các văn bản QPPL của UBND thành phố Hải Phòng và UBND tỉnh Hải Dương (cũ) về quản lý, sử dụng tài sản công",
            "Sở Tư pháp", "Sở Tài chính; Văn phòng UBND thành phố", "Trong quý đầu năm 2026", "Quyết định của UBND thành phố"),
          T("Trình HĐND thành phố nghị quyết về mức thu phí, lệ phí khi thực hiện TTHC qua DVCTT",
            "Sở Tài chính", "Sở Tư pháp", "6 tháng đầu năm 2026", "Nghị quyết của HĐND thành phố")),
        G("II. CẢI CÁCH TTHC",
          T("Cung cấp DVCTT toàn trình đối với thủ tục cấp giấy phép lao động cho người nước ngoài làm việc tại các KCN",
            "Ban Quản lý các khu công nghiệp thành phố", "Sở Nội vụ; Công an thành phố", "Trước ngày 30 tháng 6 năm 2026", "DVCTT toàn trình"),
          T("Rút ngắn thời gian thông quan hàng hóa tại cảng Lạch Huyện thông qua liên thông TTHC chuyên ngành",
            "Sở Xây dựng", "Chi cục Hải quan khu vực III; Cảng vụ Hàng hải Hải Phòng", "6 tháng cuối năm 2026", "Quy trình liên thông"),
          T("Đưa điểm hỗ trợ DVCTT ra đặc khu Bạch Long Vỹ",
            "Văn phòng UBND thành phố", "UBND đặc khu Bạch Long Vỹ; Viễn thông Hải Phòng", "Trong quý đầu năm 2026", "Điểm hỗ trợ DVCTT")),
        G("III. CẢI CÁCH TỔ CHỨC BỘ MÁY, CÔNG VỤ",
          T("Đánh giá, xếp loại CCVC theo kết quả, sản phẩm hằng tháng trên phần mềm dùng chung",
            "Sở Nội vụ", "Các sở, ban, ngành; UBND các xã, phường, đặc khu", "Trong năm 2026", "Phần mềm đánh giá CCVC"),
          T("Thi tuyển chức danh lãnh đạo cấp phòng tại các sở thuộc thành phố",
            "Sở Nội vụ", "Các sở thuộc thành phố", "Trước ngày 15 tháng 12 năm 2026", "Kết quả thi tuyển")),
        G("IV. CHUYỂN ĐỔI SỐ",
          T("Làm sạch dữ liệu hộ tịch của các xã, phường thuộc tỉnh Hải Dương (cũ) và đồng bộ với CSDL quốc gia về dân cư",
            "Sở Tư pháp", "Công an thành phố; UBND các xã, phường", "6 tháng cuối năm 2026", "Dữ liệu hộ tịch đã làm sạch"),
          T("Kết nối dữ liệu BHXH, bảo hiểm y tế với hệ thống giải quyết TTHC của thành phố",
            "Sở Khoa học và Công nghệ", "Bảo hiểm xã hội thành phố", "Cuối năm 2026", "Dữ liệu được kết nối")),
    ],
)

STP_THANH_HOA = Plan6(
    file="thanh-hoa_so-tu-phap_kh-cchc-2026_scan.pdf",
    fmt="scan",
    parent="UBND TỈNH THANH HÓA",
    issuer_upper="SỞ TƯ PHÁP",
    issuer="Sở Tư pháp tỉnh Thanh Hóa",
    number="14/KH-STP",
    place="Thanh Hóa",
    issued=date(2026, 1, 23),
    subtitle="Cải cách hành chính năm 2026 của Sở Tư pháp",
    preamble=[
        "Thực hiện Kế hoạch số 11/KH-UBND ngày 09/01/2026 của UBND tỉnh Thanh Hóa về cải cách hành chính nhà nước năm 2026, Sở Tư pháp xây dựng Kế hoạch như sau:",
    ],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          b("Đơn giản hóa TTHC trong lĩnh vực hộ tịch, lý lịch tư pháp, công chứng; phục vụ người dân nhanh, thuận tiện.")),
        P("MỤC TIÊU",
          b("Tối thiểu 90% hồ sơ cấp Phiếu lý lịch tư pháp được nộp trực tuyến."),
          b("100% văn bản QPPL do UBND cấp xã ban hành được kiểm tra theo quy định.")),
        P("NHIỆM VỤ",
          "Các nhiệm vụ cụ thể như sau:"),
        P("TỔ CHỨC THỰC HIỆN",
          n("Văn phòng Sở là đầu mối theo dõi, tổng hợp; chế độ báo cáo thực hiện theo Biểu báo cáo dưới đây."),
          n("Kinh phí thực hiện từ nguồn chi thường xuyên năm 2026 của Sở.")),
    ],
    recipients=["UBND tỉnh (b/c);", "Sở Nội vụ;", "Giám đốc, các PGĐ Sở;", "Các phòng, đơn vị thuộc Sở;", "Lưu: VT, VP."],
    sign_role=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
    signer="Lê Thị Thu Hường",
    province="Thanh Hóa",
    table_part=2,
    reports_part=3,
    ref_text="",
    appendix_title="BẢNG NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026",
    partner_sep=", ",
    columns=[("stt", "TT"), ("task", "Nhiệm vụ"), ("lead", "Chủ trì"), ("partners", "Phối hợp"), ("deadline", "Thời hạn")],
    groups=[
        G("A. Hộ tịch, lý lịch tư pháp",
          T("Cấp Phiếu lý lịch tư pháp trên ứng dụng VNeID cho công dân cư trú tại các xã miền núi", "Phòng Hành chính tư pháp",
            "Công an tỉnh", "Quý II/2026"),
          T("Số hóa sổ hộ tịch của các huyện trước sắp xếp đang lưu tại Sở", "Phòng Hành chính tư pháp",
            "Văn phòng Sở; UBND các xã, phường", "Quý IV/2026")),
        G("B. Bổ trợ tư pháp",
          T("Triển khai công chứng điện tử tại các tổ chức hành nghề công chứng trên địa bàn tỉnh", "Phòng Bổ trợ tư pháp",
            "Sở Khoa học và Công nghệ", "Tháng 9/2026"),
          T("Trợ giúp pháp lý lưu động cho người dân tộc thiểu số tại các xã biên giới Mường Lát", "Trung tâm Trợ giúp pháp lý nhà nước",
            "UBND các xã biên giới; Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Thường xuyên")),
        G("C. Văn bản quy phạm pháp luật",
          T("Kiểm tra văn bản QPPL do HĐND, UBND các xã, phường ban hành năm 2025", "Phòng Xây dựng và kiểm tra văn bản",
            "UBND các xã, phường", "Tháng 6/2026")),
    ],
    reports_title="BIỂU BÁO CÁO",
    reports=[
        Report("Hằng quý", "Các phòng, đơn vị thuộc Sở", "Văn phòng Sở", "Trước ngày 10 của tháng cuối quý"),
        Report("Hằng quý", "Sở Tư pháp (Văn phòng Sở tham mưu)", "UBND tỉnh (qua Sở Nội vụ)", "Trước ngày 15 của tháng cuối quý"),
        Report("Năm", "Sở Tư pháp (Văn phòng Sở tham mưu)", "UBND tỉnh (qua Sở Nội vụ)", "Trước ngày 18/11/2026"),
        Report("6 tháng", "Phòng Hành chính tư pháp", "Bộ Tư pháp", "Trước ngày 20/6/2026"),
    ],
)
