"""Batch-5 dev plans C: UBND tỉnh Quảng Trị (QUYẾT ĐỊNH + plan, PDF) and Sở Tài chính TP. Hồ Chí Minh (scan).

Quảng Trị: a decision by a province signed by the CHỦ TỊCH himself (TM. UBND /
CHỦ TỊCH, no deputy), proposed by Sở Nội vụ's Tờ trình; the attached plan's
table puts the deadline between the lead and the partners; a total budget.
Sở Tài chính TP.HCM: image-only 200 dpi; a ruled table inside part III whose
columns are "Nội dung | Thời hạn | Chủ trì | Phối hợp"; the Sở reports to UBND
thành phố (qua Sở Nội vụ) and, every 6 months, to Bộ Tài chính; KT. GIÁM ĐỐC.
"""

from __future__ import annotations

from datetime import date

from eval.varied.build import G, P, T, a, b, n
from eval.varied.model import Decision
from eval.varied5.model5 import Plan5

QUANG_TRI = Plan5(
    file="quang-tri_ubnd-tinh_qd-kh-cchc-2026.pdf",
    fmt="decision",
    parent="",
    issuer_upper="ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ",
    issuer="Ủy ban nhân dân tỉnh Quảng Trị",
    number=None,
    place="Quảng Trị",
    issued=date(2026, 1, 15),
    subtitle="Cải cách hành chính nhà nước tỉnh Quảng Trị năm 2026",
    ref_text="(Ban hành kèm theo Quyết định số 74/QĐ-UBND ngày 15/01/2026 của UBND tỉnh Quảng Trị)",
    decision=Decision(
        number="74/QĐ-UBND",
        authority="ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ",
        title="Về việc ban hành Kế hoạch cải cách hành chính nhà nước tỉnh Quảng Trị năm 2026",
        bases=[
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
            "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;",
        ],
        proposal="Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 22/TTr-SNV ngày 09/01/2026.",
        articles=[
            "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính nhà nước tỉnh Quảng Trị năm 2026.",
            "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.",
            "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ, Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch UBND các xã, phường, đặc khu Cồn Cỏ chịu trách nhiệm thi hành Quyết định này.",
        ],
        recipients=["Như Điều 3;", "Bộ Nội vụ (b/c);", "TT Tỉnh ủy, TT HĐND tỉnh;", "Các PCT UBND tỉnh;", "Lưu: VT, NC."],
        sign_role=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
        signer="Trần Quốc Hưng",
    ),
    preamble=[],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          b("Khắc phục các chỉ số thành phần còn thấp của Chỉ số CCHC năm 2025, nhất là cải cách tài chính công và chuyển đổi số."),
          b("Bảo đảm chính quyền địa phương hai cấp của tỉnh Quảng Trị sau hợp nhất với tỉnh Quảng Bình (cũ) vận hành thông suốt.")),
        P("MỤC TIÊU",
          n("Chỉ tiêu"),
          a("Tối thiểu 80% hồ sơ TTHC được giải quyết trực tuyến toàn trình."),
          a("Tỷ lệ giải ngân vốn đầu tư công năm 2026 đạt trên 95% kế hoạch được giao."),
          a("100% xã, phường, đặc khu có điểm hỗ trợ dịch vụ công trực tuyến (DVCTT).")),
        P("NHIỆM VỤ",
          "Nhiệm vụ cụ thể tại Phụ lục kèm theo."),
        P("KINH PHÍ",
          "Kinh phí thực hiện Kế hoạch năm 2026 là 2.800 triệu đồng, bố trí từ ngân sách tỉnh."),
        P("TỔ CHỨC THỰC HIỆN",
          n("Sở Nội vụ theo dõi, hướng dẫn, kiểm tra việc thực hiện Kế hoạch; tham mưu UBND tỉnh báo cáo Bộ Nội vụ theo quy định."),
          n("Các sở, ban, ngành tỉnh, UBND các xã, phường, đặc khu gửi báo cáo CCHC về UBND tỉnh (qua Sở Nội vụ) trước ngày 14 của tháng cuối quý; báo cáo năm trước ngày 18/11/2026."),
          n("Sở Tài chính chủ trì đánh giá kết quả cải cách tài chính công, gửi Sở Nội vụ tổng hợp trước ngày 30/11/2026.")),
    ],
    recipients=[],
    sign_role=["CHỦ TỊCH"],
    signer="Trần Quốc Hưng",
    province="Quảng Trị",
    appendix_title="PHỤ LỤC\nNHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026",
    partner_sep="; ",
    columns=[("stt", "STT"), ("task", "Tên nhiệm vụ"), ("lead", "Cơ quan chủ trì"), ("deadline", "Thời hạn"),
             ("partners", "Cơ quan phối hợp"), ("product", "Sản phẩm")],
    groups=[
        G("I. CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
          T("Thực hiện liên thông điện tử nhóm thủ tục đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi", "Sở Tư pháp",
            "Công an tỉnh; Bảo hiểm xã hội tỉnh", "Quý II/2026", "Thủ tục liên thông"),
          T("Cấp giấy phép khai thác thủy sản trực tuyến cho ngư dân tại các cảng cá Cửa Việt, Nhật Lệ", "Sở Nông nghiệp và Môi trường",
            "Bộ Chỉ huy Bộ đội Biên phòng tỉnh; UBND các xã ven biển", "Tháng 7/2026", "Hồ sơ trực tuyến"),
          T("Đưa dịch vụ công trực tuyến về đặc khu Cồn Cỏ thông qua điểm hỗ trợ tại trụ sở UBND đặc khu", "Văn phòng UBND tỉnh",
            "UBND đặc khu Cồn Cỏ; Viễn thông Quảng Trị", "Quý III/2026", "Điểm hỗ trợ DVCTT")),
        G("II. CẢI CÁCH TÀI CHÍNH CÔNG",
          T("Đẩy nhanh giải ngân vốn đầu tư công, xử lý vướng mắc về bồi thường, giải phóng mặt bằng các dự án trọng điểm", "Sở Tài chính",
            "Sở Xây dựng; Sở Nông nghiệp và Môi trường; UBND các xã, phường", "Thường xuyên", "Báo cáo tiến độ giải ngân"),
          T("Giao quyền tự chủ tài chính cho các đơn vị sự nghiệp công lập trong lĩnh vực y tế, giáo dục", "Sở Tài chính",
            "Sở Y tế; Sở Giáo dục và Đào tạo", "Trước ngày 30/9/2026", "Quyết định giao tự chủ")),
        G("III. CẢI CÁCH TỔ CHỨC BỘ MÁY",
          T("Rà soát, điều chỉnh biên chế công chức của các xã, phường sau một năm vận hành chính quyền hai cấp", "Sở Nội vụ",
            "UBND các xã, phường, đặc khu", "Quý IV/2026", "Quyết định điều chỉnh biên chế")),
        G("IV. CHUYỂN ĐỔI SỐ",
          T("Hợp nhất Cổng Dịch vụ công của tỉnh Quảng Trị và tỉnh Quảng Bình (cũ) thành một hệ thống thống nhất", "Sở Khoa học và Công nghệ",
            "Văn phòng UBND tỉnh; Trung tâm Phục vụ hành chính công tỉnh", "Trước ngày 31/3/2026", "Hệ thống thống nhất"),
          T("Xây dựng CSDL di tích lịch sử, văn hóa trên địa bàn tỉnh phục vụ cấp phép tu bổ di tích trực tuyến", "Sở Văn hóa, Thể thao và Du lịch",
            "Sở Khoa học và Công nghệ; Sở Xây dựng", "Tháng 12/2026", "CSDL di tích")),
    ],
)

SOTC_HCM = Plan5(
    file="tp-hcm_so-tai-chinh_kh-cchc-2026_scan.pdf",
    fmt="scan",
    parent="UBND THÀNH PHỐ HỒ CHÍ MINH",
    issuer_upper="SỞ TÀI CHÍNH",
    issuer="Sở Tài chính Thành phố Hồ Chí Minh",
    number="145/KH-STC",
    place="Thành phố Hồ Chí Minh",
    issued=date(2026, 1, 21),
    subtitle="Cải cách hành chính năm 2026 của Sở Tài chính",
    preamble=[
        "Thực hiện Kế hoạch cải cách hành chính nhà nước năm 2026 của UBND Thành phố Hồ Chí Minh, Sở Tài chính xây dựng Kế hoạch như sau:",
    ],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          b("Nâng cao hiệu quả quản lý ngân sách, tài sản công; rút ngắn thời gian giải quyết TTHC về đầu tư, đăng ký doanh nghiệp.")),
        P("MỤC TIÊU",
          b("Tối thiểu 98% hồ sơ đăng ký doanh nghiệp được giải quyết trực tuyến."),
          b("Thời gian cấp giấy chứng nhận đăng ký doanh nghiệp không quá 02 ngày làm việc.")),
        P("NHIỆM VỤ",
          "Các nhiệm vụ cụ thể như sau:"),
        P("TỔ CHỨC THỰC HIỆN",
          n("Văn phòng Sở là đầu mối tổng hợp, tham mưu Giám đốc Sở báo cáo UBND Thành phố (qua Sở Nội vụ) trước ngày 10 của tháng cuối quý; báo cáo năm trước ngày 20/11/2026."),
          n("Phòng Đăng ký kinh doanh tổng hợp tình hình đăng ký doanh nghiệp, tham mưu Sở báo cáo Bộ Tài chính định kỳ 6 tháng trước ngày 20/6/2026 và trước ngày 20/12/2026."),
          n("Kinh phí thực hiện từ nguồn kinh phí chi thường xuyên được giao năm 2026 của Sở.")),
    ],
    recipients=["UBND Thành phố (b/c);", "Sở Nội vụ;", "Ban Giám đốc Sở;", "Các phòng, đơn vị thuộc Sở;", "Lưu: VT, VP."],
    sign_role=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
    signer="Lâm Thị Ngọc Diệp",
    province="Hồ Chí Minh",
    table_part=2,
    appendix_title="BẢNG NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026",
    partner_sep=", ",
    columns=[("stt", "STT"), ("task", "Nội dung"), ("deadline", "Thời hạn"), ("lead", "Chủ trì"), ("partners", "Phối hợp")],
    groups=[
        G("A. Thủ tục hành chính",
          T("Cấp giấy chứng nhận đăng ký doanh nghiệp trong 02 ngày làm việc", "Phòng Đăng ký kinh doanh",
            "Trung tâm Phục vụ hành chính công Thành phố; Thuế Thành phố", "Quý II/2026"),
          T("Thẩm định chủ trương đầu tư dự án ngoài ngân sách theo quy trình rút gọn", "Phòng Quản lý đầu tư",
            "Sở Xây dựng; Sở Nông nghiệp và Môi trường", "Quý III/2026")),
        G("B. Tài chính công",
          T("Công khai dự toán ngân sách Thành phố năm 2026 trên Cổng thông tin điện tử của Sở", "Phòng Quản lý ngân sách",
            "Văn phòng Sở", "Trước ngày 31/01/2026"),
          T("Sắp xếp lại, xử lý nhà, đất dôi dư của các cơ quan sau sắp xếp đơn vị hành chính", "Phòng Quản lý công sản",
            "Sở Xây dựng; UBND các xã, phường, đặc khu", "Năm 2026")),
        G("C. Chuyển đổi số",
          T("Kết nối CSDL tài sản công của Thành phố với CSDL quốc gia về tài sản công", "Phòng Quản lý công sản",
            "Trung tâm Tin học và Dịch vụ tài chính công", "Tháng 9/2026"),
          T("Ký số 100% văn bản đi của Sở trên hệ thống quản lý văn bản", "Văn phòng Sở",
            "Các phòng, đơn vị thuộc Sở", "Thường xuyên")),
    ],
)
