"""Batch-8 test plans E: Bộ Dân tộc và Tôn giáo (QUYẾT ĐỊNH + plan, DOCX) and UBND phường Ba Đình, Hà Nội (300-dpi scan).

Bộ Dân tộc và Tôn giáo: a decision (Điều 1/2/3, KT. BỘ TRƯỞNG / THỨ
TRƯỞNG) and its plan, whose Phụ lục has **Roman group rows and Arabic task
rows**, group II with **no task of its own, only sub-groups** "II.1." and
"II.2."; ruled DOCX table after the signature. Phường Ba Đình: an image-only
PDF at **300 dpi**, two-column letterhead, a ruled table inside part III
with **sub-task rows** (lead only on the parent row), **lettered duties**,
a **round stamp over the signature** (TM. UBND / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH).
"""

from __future__ import annotations

from datetime import date

from eval.varied.build import G, P, a, b, n
from eval.varied.model import Decision
from eval.varied8.model8 import S8, T8, Plan8

BO_DTTG = Plan8(
    file="bo-dan-toc-ton-giao_qd-kh-cchc-2026.docx",
    fmt="decision",
    parent="",
    issuer_upper="BỘ DÂN TỘC VÀ TÔN GIÁO",
    issuer="Bộ Dân tộc và Tôn giáo",
    number=None,
    place="Hà Nội",
    issued=date(2026, 1, 14),
    subtitle="Cải cách hành chính năm 2026 của Bộ Dân tộc và Tôn giáo",
    ref_text="(Ban hành kèm theo Quyết định số 76/QĐ-BDTTG ngày 14/01/2026 của Bộ trưởng Bộ Dân tộc và Tôn giáo)",
    decision=Decision(
        number="76/QĐ-BDTTG",
        authority="BỘ TRƯỞNG BỘ DÂN TỘC VÀ TÔN GIÁO",
        title="Ban hành Kế hoạch cải cách hành chính năm 2026 của Bộ Dân tộc và Tôn giáo",
        bases=[
            "Căn cứ Nghị định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Dân tộc và Tôn giáo;",
            "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;",
        ],
        proposal="Theo đề nghị của Vụ trưởng Vụ Tổ chức cán bộ.",
        articles=[
            "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm 2026 của Bộ Dân tộc và Tôn giáo.",
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
            "Điều 3. Chánh Văn phòng Bộ, Vụ trưởng Vụ Tổ chức cán bộ, Thủ trưởng các vụ, đơn vị thuộc Bộ chịu trách nhiệm thi hành Quyết định này.",
        ],
        recipients=["Như Điều 3;", "Bộ trưởng (b/c);", "Bộ Nội vụ;", "Lưu: VT, TCCB."],
        sign_role=["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG"],
        signer="Y Thông Byă",
    ),
    preamble=[],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          b("Đơn giản hóa thủ tục hành chính trong lĩnh vực tín ngưỡng, tôn giáo và công tác dân tộc."),
          b("Phụ lục giao nhiệm vụ cho từng vụ, đơn vị kèm thời hạn và sản phẩm.")),
        P("CHỈ TIÊU",
          n("100% thủ tục hành chính thuộc thẩm quyền của Bộ được cung cấp dịch vụ công trực tuyến toàn trình."),
          n("Tối thiểu 90% tổ chức tôn giáo hài lòng với việc giải quyết thủ tục hành chính."),
          n("Cắt giảm tối thiểu 20% chi phí tuân thủ thủ tục hành chính so với năm 2025.")),
        P("NHIỆM VỤ", "Nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này."),
        P("TỔ CHỨC THỰC HIỆN",
          n("Vụ Tổ chức cán bộ:"),
          a("Theo dõi, đôn đốc các vụ, đơn vị thực hiện Kế hoạch;"),
          a("Định kỳ 6 tháng báo cáo Bộ Nội vụ kết quả cải cách hành chính trước ngày 19/6/2026, báo cáo năm trước ngày 19/11/2026."),
          n("Văn phòng Bộ:"),
          a("Bảo đảm kinh phí từ dự toán chi thường xuyên của Bộ;"),
          a("Hằng quý báo cáo Bộ trưởng tình hình giải quyết thủ tục hành chính trước ngày 10 của tháng cuối quý.")),
    ],
    recipients=[],
    sign_role=["KT. BỘ TRƯỞNG"],
    signer="Y Thông Byă",
    province=None,
    appendix_title="PHỤ LỤC\nNHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026",
    partner_sep="\n",
    merge_down=(),
    columns=[("stt", "STT"), ("task", "Nhiệm vụ"), ("lead", "Đơn vị chủ trì"), ("partners", "Đơn vị phối hợp"),
             ("deadline", "Thời hạn"), ("product", "Sản phẩm")],
    groups=[
        G("I. CẢI CÁCH THỂ CHẾ",
          T8("Xây dựng Thông tư hướng dẫn tiêu chí xác định thôn đặc biệt khó khăn giai đoạn mới", "Vụ Chính sách dân tộc",
             "Vụ Pháp chế", "Quý II - Quý III/2026", "Thông tư được ban hành"),
          T8("Rà soát văn bản về hoạt động tín ngưỡng tại cơ sở tín ngưỡng", "Ban Tôn giáo Chính phủ", "Vụ Pháp chế",
             "Tháng 2 - tháng 6/2026", "Báo cáo rà soát")),
        G("II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH"),
        G("II.1. Lĩnh vực tôn giáo",
          T8("Cắt giảm thành phần hồ sơ đăng ký sinh hoạt tôn giáo tập trung", "Ban Tôn giáo Chính phủ", "Văn phòng Bộ",
             "Chậm nhất ngày 31/8/2026", "Quyết định công bố thủ tục sửa đổi"),
          T8("Tiếp nhận trực tuyến hồ sơ đề nghị công nhận tổ chức tôn giáo", "Ban Tôn giáo Chính phủ",
             "Trung tâm Chuyển đổi số", "Từ 01/4 đến 31/7/2026", "Dịch vụ công toàn trình")),
        G("II.2. Lĩnh vực dân tộc",
          T8("Công bố thủ tục công nhận người có uy tín trong đồng bào dân tộc thiểu số", "Vụ Chính sách dân tộc",
             "Văn phòng Bộ", "Quý I/2026", "Quyết định công bố")),
        G("III. CHUYỂN ĐỔI SỐ",
          T8("Xây dựng cơ sở dữ liệu về công tác dân tộc", "Trung tâm Chuyển đổi số", "Vụ Kế hoạch - Tài chính\nVụ Chính sách dân tộc",
             "Năm 2026 và các năm tiếp theo", "Cơ sở dữ liệu vận hành"),
          T8("Vận hành hệ thống quản lý văn bản và hồ sơ công việc liên thông", "Văn phòng Bộ", "Trung tâm Chuyển đổi số",
             "Định kỳ hằng quý", "Báo cáo vận hành")),
    ],
)

BA_DINH = Plan8(
    file="ha-noi_phuong-ba-dinh_kh-cchc-2026_scan.pdf",
    fmt="scan",
    parent="",
    issuer_upper="ỦY BAN NHÂN DÂN\nPHƯỜNG BA ĐÌNH",
    issuer="Ủy ban nhân dân phường Ba Đình",
    number="14/KH-UBND",
    place="Ba Đình",
    issued=date(2026, 1, 19),
    subtitle="Cải cách hành chính năm 2026 của phường Ba Đình",
    preamble=["Thực hiện Kế hoạch cải cách hành chính năm 2026 của UBND thành phố Hà Nội, UBND phường Ba Đình ban hành Kế hoạch như sau:"],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          b("Phục vụ người dân, tổ chức trên địa bàn phường nhanh chóng, công khai, minh bạch."),
          b("Mỗi nhiệm vụ có bộ phận chủ trì và thời hạn cụ thể.")),
        P("CHỈ TIÊU",
          b("Tối thiểu 88% hồ sơ thủ tục hành chính của phường được nộp trực tuyến."),
          b("100% hồ sơ được giải quyết đúng hạn.")),
        P("NHIỆM VỤ", "Các nhiệm vụ cụ thể như sau:"),
        P("TỔ CHỨC THỰC HIỆN",
          n("Văn phòng HĐND và UBND phường:"),
          a("Tham mưu UBND phường triển khai Kế hoạch;"),
          a("Định kỳ 6 tháng báo cáo UBND thành phố (qua Sở Nội vụ) trước ngày 17/6/2026;"),
          a("Báo cáo năm gửi Sở Nội vụ trước ngày 17/11/2026."),
          n("Phòng Văn hóa - Xã hội:"),
          a("Hướng dẫn thủ tục đăng ký lễ hội tại di tích trên địa bàn;"),
          a("Hằng quý báo cáo Văn phòng HĐND và UBND phường kết quả giải quyết thủ tục hộ tịch trước ngày 11 của tháng cuối quý."),
          n("Công an phường:"),
          a("Phối hợp xác thực tài khoản định danh điện tử cho người dân;"),
          a("Hằng tháng báo cáo Chủ tịch UBND phường số tài khoản được kích hoạt trước ngày 23.")),
    ],
    recipients=["UBND thành phố (b/c);", "Sở Nội vụ;", "TT Đảng ủy, TT HĐND phường;", "Lưu: VT."],
    sign_role=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
    signer="Nguyễn Thu Hằng",
    province="Hà Nội",
    appendix_title="BẢNG NHIỆM VỤ",
    ref_text="",
    table_part=2,
    partner_sep="; ",
    columns=[("stt", "STT"), ("task", "Nhiệm vụ"), ("lead", "Chủ trì"), ("partners", "Phối hợp"), ("deadline", "Thời hạn")],
    groups=[
        G("",
          T8("Chuẩn hóa dữ liệu hộ tịch, đất đai của các phường cũ sáp nhập", "Phòng Văn hóa - Xã hội",
             subs=(S8("Chuẩn hóa dữ liệu hộ tịch", "Công an phường", "Tháng 1 - tháng 4/2026"),
                   S8("Chuẩn hóa dữ liệu đất đai", "Phòng Kinh tế, Hạ tầng và Đô thị", "Quý II - Quý III/2026"))),
          T8("Tiếp nhận hồ sơ đăng ký hộ kinh doanh trên phố Hoàng Hoa Thám qua ứng dụng", "Phòng Kinh tế, Hạ tầng và Đô thị",
             "Trung tâm Phục vụ hành chính công phường", "Từ 01/5 đến 31/8/2026"),
          T8("Lấy ý kiến người dân về chất lượng phục vụ", "Trung tâm Phục vụ hành chính công phường", "", "Định kỳ hằng quý"),
          T8("Sửa đổi quy chế làm việc của UBND phường", "Văn phòng HĐND và UBND phường", "Các phòng chuyên môn",
             "Chậm nhất ngày 28/2/2026")),
    ],
)
