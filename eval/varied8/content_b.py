"""Batch-8 dev plans B: Cục Thống kê (QUYẾT ĐỊNH + plan, PDF) and UBND phường Hạc Thành, Thanh Hóa (300-dpi scan).

Cục Thống kê: a decision (Điều 1/2/3, KT. CỤC TRƯỞNG / PHÓ CỤC TRƯỞNG) and
its plan, whose ruled Phụ lục has **Roman group rows and Arabic task rows**;
group II has **no task of its own, only sub-groups** "II.1." and "II.2.".
Phường Hạc Thành: an image-only PDF at **300 dpi** with a two-column
letterhead, a ruled table inside part III with **sub-task rows** (lead only
on the parent row), **lettered duties per unit** in TỔ CHỨC THỰC HIỆN, and a
**round stamp over the signature** (TM. UBND / CHỦ TỊCH).
"""

from __future__ import annotations

from datetime import date

from eval.varied.build import G, P, a, b, n
from eval.varied.model import Decision
from eval.varied8.model8 import S8, T8, Plan8

CUC_THONG_KE = Plan8(
    file="cuc-thong-ke_qd-kh-cchc-2026.pdf",
    fmt="decision",
    parent="BỘ TÀI CHÍNH",
    issuer_upper="CỤC THỐNG KÊ",
    issuer="Cục Thống kê (Bộ Tài chính)",
    number=None,
    place="Hà Nội",
    issued=date(2026, 1, 9),
    subtitle="Cải cách hành chính năm 2026 của Cục Thống kê",
    ref_text="(Ban hành kèm theo Quyết định số 112/QĐ-CTK ngày 09/01/2026 của Cục trưởng Cục Thống kê)",
    decision=Decision(
        number="112/QĐ-CTK",
        authority="CỤC TRƯỞNG CỤC THỐNG KÊ",
        title="Ban hành Kế hoạch cải cách hành chính năm 2026 của Cục Thống kê",
        bases=[
            "Căn cứ Luật Thống kê ngày 23 tháng 11 năm 2015 và Luật sửa đổi, bổ sung một số điều của Luật Thống kê;",
            "Căn cứ Quyết định của Bộ trưởng Bộ Tài chính quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Cục Thống kê;",
        ],
        proposal="Theo đề nghị của Trưởng ban Tổ chức cán bộ.",
        articles=[
            "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm 2026 của Cục Thống kê.",
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
            "Điều 3. Chánh Văn phòng Cục, Trưởng ban Tổ chức cán bộ, Thủ trưởng các đơn vị thuộc Cục và Thống kê các tỉnh, thành phố chịu trách nhiệm thi hành Quyết định này.",
        ],
        recipients=["Như Điều 3;", "Bộ Tài chính (b/c);", "Cục trưởng;", "Lưu: VT, TCCB."],
        sign_role=["KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG"],
        signer="Trịnh Minh Khuê",
    ),
    preamble=[],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          b("Đơn giản hóa chế độ báo cáo thống kê, giảm gánh nặng cho doanh nghiệp và người trả lời điều tra."),
          b("Nhiệm vụ tại Phụ lục có đơn vị chủ trì, thời hạn và sản phẩm cụ thể.")),
        P("CHỈ TIÊU",
          n("Tối thiểu 95% doanh nghiệp gửi báo cáo thống kê qua hệ thống trực tuyến."),
          n("Cắt giảm ít nhất 15% chỉ tiêu trong các chế độ báo cáo thống kê ngành."),
          n("100% cuộc điều tra thống kê năm 2026 thu thập thông tin bằng thiết bị điện tử.")),
        P("NHIỆM VỤ",
          "Nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này."),
        P("TỔ CHỨC THỰC HIỆN",
          n("Ban Tổ chức cán bộ là đầu mối theo dõi, tổng hợp; báo cáo Bộ Tài chính kết quả cải cách hành chính 6 tháng trước ngày 18/6/2026 và báo cáo năm trước ngày 18/11/2026."),
          n("Thống kê các tỉnh, thành phố báo cáo kết quả hằng quý về Ban Tổ chức cán bộ trước ngày 08 của tháng cuối quý."),
          n("Văn phòng Cục bảo đảm kinh phí từ dự toán chi thường xuyên năm 2026 của Cục.")),
    ],
    recipients=[],
    sign_role=["KT. CỤC TRƯỞNG"],
    signer="Trịnh Minh Khuê",
    province=None,
    appendix_title="PHỤ LỤC\nNHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026 CỦA CỤC THỐNG KÊ",
    partner_sep="; ",
    columns=[("stt", "STT"), ("task", "Nhiệm vụ"), ("lead", "Đơn vị chủ trì"), ("partners", "Đơn vị phối hợp"),
             ("deadline", "Thời hạn"), ("product", "Sản phẩm")],
    groups=[
        G("I. CẢI CÁCH THỂ CHẾ",
          T8("Rà soát, đề xuất sửa đổi chế độ báo cáo thống kê ngành xây dựng", "Ban Phương pháp chế độ thống kê",
             "Văn phòng Cục", "Quý II - Quý III/2026", "Dự thảo Thông tư sửa đổi"),
          T8("Xây dựng quy chế phối hợp chia sẻ dữ liệu hành chính với Cục Thuế", "Ban Phương pháp chế độ thống kê",
             "Ban Thu thập thông tin", "Chậm nhất ngày 30/9/2026", "Quy chế phối hợp được ký")),
        G("II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH"),
        G("II.1. Kiểm soát thủ tục hành chính",
          T8("Cắt giảm chỉ tiêu trong biểu mẫu báo cáo của doanh nghiệp nhà nước", "Ban Thu thập thông tin",
             "Thống kê các tỉnh, thành phố", "Tháng 4 - tháng 7/2026", "Biểu mẫu rút gọn"),
          T8("Công khai quy trình cung cấp thông tin thống kê theo yêu cầu", "Văn phòng Cục", "Ban Dịch vụ thống kê",
             "Quý I/2026", "Quy trình được đăng tải")),
        G("II.2. Dịch vụ công trực tuyến",
          T8("Cung cấp số liệu thống kê theo yêu cầu qua Cổng Dịch vụ công quốc gia", "Ban Dịch vụ thống kê",
             "Trung tâm Tin học thống kê", "Từ 01/5 đến 31/10/2026", "Dịch vụ công toàn trình"),
          T8("Thanh toán phí cung cấp thông tin thống kê trực tuyến", "Văn phòng Cục", "Trung tâm Tin học thống kê",
             "Năm 2026 và các năm tiếp theo", "Giao dịch thanh toán trực tuyến")),
        G("III. CHUYỂN ĐỔI SỐ",
          T8("Thu thập thông tin Tổng điều tra kinh tế bằng phiếu điện tử", "Ban Thu thập thông tin",
             "Thống kê các tỉnh, thành phố; Trung tâm Tin học thống kê", "Tháng 3 - tháng 6/2026", "Cơ sở dữ liệu điều tra"),
          T8("Nâng cấp Cổng thông tin điện tử của Cục Thống kê", "Trung tâm Tin học thống kê", "Văn phòng Cục",
             "Định kỳ hằng quý", "Báo cáo vận hành")),
    ],
)

HAC_THANH = Plan8(
    file="thanh-hoa_phuong-hac-thanh_kh-cchc-2026_scan.pdf",
    fmt="scan",
    parent="",
    issuer_upper="ỦY BAN NHÂN DÂN\nPHƯỜNG HẠC THÀNH",
    issuer="Ủy ban nhân dân phường Hạc Thành",
    number="09/KH-UBND",
    place="Hạc Thành",
    issued=date(2026, 1, 22),
    subtitle="Cải cách hành chính năm 2026 của phường Hạc Thành",
    preamble=[
        "Thực hiện Kế hoạch cải cách hành chính năm 2026 của UBND tỉnh Thanh Hóa, UBND phường Hạc Thành ban hành Kế hoạch như sau:",
    ],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          b("Nâng cao chất lượng giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công phường."),
          b("Phân công rõ bộ phận chủ trì, thời gian thực hiện từng nhiệm vụ.")),
        P("CHỈ TIÊU",
          b("Tối thiểu 82% hồ sơ thủ tục hành chính của phường được nộp trực tuyến."),
          b("100% kết quả giải quyết thủ tục hành chính được số hóa.")),
        P("NHIỆM VỤ",
          "Các nhiệm vụ cụ thể như sau:"),
        P("TỔ CHỨC THỰC HIỆN",
          n("Văn phòng HĐND và UBND phường:"),
          a("Tham mưu Chủ tịch UBND phường chỉ đạo thực hiện Kế hoạch;"),
          a("Định kỳ 6 tháng báo cáo UBND tỉnh (qua Sở Nội vụ) kết quả thực hiện trước ngày 20/6/2026;"),
          a("Tổng hợp báo cáo năm gửi Sở Nội vụ trước ngày 25/11/2026."),
          n("Phòng Kinh tế, Hạ tầng và Đô thị:"),
          a("Rút ngắn thời gian cấp giấy phép xây dựng nhà ở riêng lẻ còn 10 ngày;"),
          a("Hằng quý báo cáo Văn phòng HĐND và UBND phường số hồ sơ đất đai quá hạn trước ngày 15 của tháng cuối quý."),
          n("Trung tâm Phục vụ hành chính công phường:"),
          a("Niêm yết đầy đủ thủ tục hành chính;"),
          a("Hằng tháng báo cáo Chủ tịch UBND phường tình hình tiếp nhận hồ sơ trước ngày 25.")),
    ],
    recipients=["UBND tỉnh (b/c);", "Sở Nội vụ;", "TT Đảng ủy, TT HĐND phường;", "Lưu: VT."],
    sign_role=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
    signer="Lê Đình Khải",
    province="Thanh Hóa",
    appendix_title="BẢNG NHIỆM VỤ",
    ref_text="",
    table_part=2,
    partner_sep="; ",
    columns=[("stt", "STT"), ("task", "Nhiệm vụ"), ("lead", "Chủ trì"), ("partners", "Phối hợp"), ("deadline", "Thời hạn")],
    groups=[
        G("",
          T8("Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Trung tâm Phục vụ hành chính công phường",
             subs=(S8("Số hóa hồ sơ hộ tịch từ năm 2010", "Văn phòng HĐND và UBND phường", "Tháng 2 - tháng 5/2026"),
                   S8("Số hóa hồ sơ đất đai đang giải quyết", "Phòng Kinh tế, Hạ tầng và Đô thị", "Quý II - Quý III/2026"))),
          T8("Thí điểm trả kết quả thủ tục hành chính tại nhà qua bưu điện", "Văn phòng HĐND và UBND phường",
             "Bưu điện phường", "Từ 01/3 đến 30/9/2026"),
          T8("Đối thoại với hộ kinh doanh phố đi bộ về thủ tục hành chính", "Phòng Kinh tế, Hạ tầng và Đô thị",
             "Công an phường", "Chậm nhất ngày 31/7/2026"),
          T8("Tự kiểm tra công tác cải cách hành chính của các bộ phận", "Văn phòng HĐND và UBND phường", "",
             "Định kỳ hằng quý")),
    ],
)
