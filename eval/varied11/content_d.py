"""Batch-11 test plans D: Bảo hiểm xã hội tỉnh Thái Nguyên (QUYẾT ĐỊNH + plan, DOCX) and Bệnh viện Y dược cổ truyền tỉnh Quảng Trị (scan).

BHXH tỉnh Thái Nguyên: a decision signed by the GIÁM ĐỐC himself, Điều 2 in
force from signing and replacing last year's decision, followed by the plan
(lettered duties per unit, reports in prose, **no amount**) and its merged
Phụ lục (DOCX, typed labels, equal consecutive leads merged down).
BV Y dược cổ truyền Quảng Trị: an image-only 300-dpi PDF of a typed plan whose
ruled table inside part III puts the **deadline first** ("STT | Thời hạn |
Nội dung công việc | Khoa, phòng chủ trì | Khoa, phòng phối hợp"), one task
without partner, reports in prose, a stamp beside the signer.
"""

from __future__ import annotations

from datetime import date

from eval.varied.build import G, P, a, b, n
from eval.varied.model import Decision
from eval.varied8.model8 import T8, Plan8

BHXH = "Bảo hiểm xã hội cơ sở"

BHXH_THAI_NGUYEN = Plan8(
    file="thai-nguyen_bhxh-tinh_qd-kh-cchc-2026.docx",
    fmt="decision",
    parent="BẢO HIỂM XÃ HỘI VIỆT NAM",
    issuer_upper="BẢO HIỂM XÃ HỘI\nTỈNH THÁI NGUYÊN",
    issuer="Bảo hiểm xã hội tỉnh Thái Nguyên",
    number=None,
    place="Thái Nguyên",
    issued=date(2026, 1, 13),
    subtitle="Cải cách hành chính năm 2026 của Bảo hiểm xã hội tỉnh Thái Nguyên",
    ref_text="(Ban hành kèm theo Quyết định số 215/QĐ-BHXH ngày 13/01/2026 của Giám đốc Bảo hiểm xã hội tỉnh Thái Nguyên)",
    decision=Decision(
        number="215/QĐ-BHXH",
        authority="GIÁM ĐỐC BẢO HIỂM XÃ HỘI TỈNH THÁI NGUYÊN",
        title="Về việc ban hành Kế hoạch cải cách hành chính năm 2026 của Bảo hiểm xã hội tỉnh Thái Nguyên",
        bases=[
            "Căn cứ Luật Bảo hiểm xã hội ngày 29 tháng 6 năm 2024;",
            "Căn cứ Quyết định của Giám đốc Bảo hiểm xã hội Việt Nam quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ "
            "chức của Bảo hiểm xã hội tỉnh;",
            "Căn cứ Kế hoạch cải cách hành chính năm 2026 của Bảo hiểm xã hội Việt Nam;",
        ],
        proposal="Theo đề nghị của Chánh Văn phòng.",
        articles=[
            "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm 2026 của Bảo hiểm xã hội tỉnh Thái "
            "Nguyên.",
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 12/QĐ-BHXH ngày 10/01/2025.",
            "Điều 3. Chánh Văn phòng, Trưởng các phòng nghiệp vụ, Giám đốc Bảo hiểm xã hội cơ sở và viên chức có liên "
            "quan chịu trách nhiệm thi hành Quyết định này.",
        ],
        recipients=["Như Điều 3;", "Bảo hiểm xã hội Việt Nam (để b/c);", "UBND tỉnh Thái Nguyên;", "Lưu: VT, VP."],
        sign_role=["GIÁM ĐỐC"],
        signer="Hà Văn Thắng",
    ),
    preamble=[],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          n("Mục đích: người tham gia, người hưởng chế độ bảo hiểm xã hội, bảo hiểm y tế giao dịch với cơ quan bảo hiểm "
            "xã hội trên môi trường điện tử, nhanh chóng, thuận tiện."),
          n("Yêu cầu: các phòng và Bảo hiểm xã hội cơ sở bám sát Kế hoạch; kết quả thực hiện là căn cứ bình xét thi đua "
            "năm 2026.")),
        P("CHỈ TIÊU",
          b("100% hồ sơ đăng ký, thu bảo hiểm xã hội, bảo hiểm y tế được tiếp nhận dưới dạng điện tử."),
          b("Tối thiểu 80% người hưởng lương hưu, trợ cấp bảo hiểm xã hội tại đô thị nhận qua tài khoản."),
          b("Thời gian giải quyết hồ sơ hưởng chế độ ốm đau, thai sản không quá 05 ngày làm việc.")),
        P("NHIỆM VỤ",
          "Nhiệm vụ cụ thể tại Phụ lục kèm theo."),
        P("TỔ CHỨC THỰC HIỆN",
          n("Văn phòng"),
          a("Theo dõi, đôn đốc các phòng, Bảo hiểm xã hội cơ sở thực hiện Kế hoạch;"),
          a("Tổng hợp, báo cáo Bảo hiểm xã hội Việt Nam kết quả cải cách hành chính quý trước ngày 15 của tháng cuối quý "
            "và báo cáo năm trước ngày 15/11/2026."),
          n("Phòng Kế hoạch - Tài chính"),
          a("Bảo đảm kinh phí thực hiện Kế hoạch trong dự toán chi quản lý bộ máy được giao năm 2026; không bố trí kinh "
            "phí riêng."),
          n("Bảo hiểm xã hội cơ sở"),
          a("Báo cáo số người tham gia bảo hiểm xã hội tự nguyện tăng mới về Phòng Quản lý thu - Sổ, thẻ trước ngày 20 "
            "hằng tháng;"),
          a("Gửi báo cáo kết quả cải cách hành chính về Văn phòng trước ngày 08 của tháng cuối quý.")),
    ],
    recipients=[],
    sign_role=["GIÁM ĐỐC"],
    signer="Hà Văn Thắng",
    province="Thái Nguyên",
    appendix_title="PHỤ LỤC\nNHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026",
    partner_sep="; ",
    columns=[("stt", "TT"), ("task", "Nội dung"), ("lead", "Đơn vị chủ trì"), ("partners", "Đơn vị phối hợp"),
             ("deadline", "Thời gian hoàn thành"), ("product", "Sản phẩm")],
    groups=[
        G("I. CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
          T8("Giải quyết hồ sơ hưởng chế độ ốm đau, thai sản trên môi trường điện tử", "Phòng Chế độ bảo hiểm xã hội", BHXH,
             "Quý II/2026", "Hồ sơ giải quyết trong 05 ngày làm việc"),
          T8("Chi trả lương hưu, trợ cấp bảo hiểm xã hội qua tài khoản cá nhân", "Phòng Chế độ bảo hiểm xã hội",
             "Bưu điện tỉnh; Các ngân hàng thương mại", "Thường xuyên", "80% người hưởng tại đô thị nhận qua tài khoản"),
          T8("Tiếp nhận hồ sơ đăng ký tham gia bảo hiểm xã hội tự nguyện qua VNeID", "Phòng Quản lý thu - Sổ, thẻ",
             f"{BHXH}; Công an tỉnh", "Tháng 6/2026", "Hồ sơ tiếp nhận qua VNeID")),
        G("II. CẢI CÁCH TỔ CHỨC BỘ MÁY VÀ CHẾ ĐỘ CÔNG VỤ",
          T8("Sắp xếp Bảo hiểm xã hội cơ sở theo địa bàn xã, phường mới", "Văn phòng", BHXH, "Quý I/2026",
             "Quyết định sắp xếp"),
          T8("Tập huấn kỹ năng giao tiếp, ứng xử cho viên chức bộ phận một cửa", "Văn phòng",
             "Phòng Truyền thông và Phát triển đối tượng", "Tháng 5/2026", "03 lớp tập huấn")),
        G("III. CẢI CÁCH TÀI CHÍNH CÔNG",
          T8("Đối soát, quyết toán chi phí khám bệnh, chữa bệnh bảo hiểm y tế với các cơ sở y tế",
             "Phòng Giám định bảo hiểm y tế", "Phòng Kế hoạch - Tài chính; Sở Y tế", "Quý III/2026", "Biên bản quyết toán"),
          T8("Kiểm tra việc đóng bảo hiểm xã hội, bảo hiểm y tế tại các doanh nghiệp nợ đọng", "Phòng Kiểm tra",
             "Phòng Quản lý thu - Sổ, thẻ; Sở Nội vụ", "Trước 30/9/2026", "Kết luận kiểm tra")),
        G("IV. CHUYỂN ĐỔI SỐ",
          T8("Liên thông dữ liệu khám chữa bệnh bảo hiểm y tế với Sổ sức khỏe điện tử", "Phòng Giám định bảo hiểm y tế",
             "Sở Y tế; Các cơ sở khám bệnh, chữa bệnh", "Tháng 8/2026", "Dữ liệu liên thông"),
          T8("Số hóa hồ sơ hưởng chế độ bảo hiểm xã hội lưu trữ giấy", "Văn phòng", "Phòng Chế độ bảo hiểm xã hội",
             "Tháng 11/2026", "Kho hồ sơ điện tử"),
          T8("Phát triển người tham gia bảo hiểm xã hội tự nguyện qua ứng dụng VssID",
             "Phòng Truyền thông và Phát triển đối tượng", f"{BHXH}; Bưu điện tỉnh", "Quý IV/2026",
             "Người tham gia tăng mới")),
    ],
)

BV_YDCT_QUANG_TRI = Plan8(
    file="quang-tri_benh-vien-ydct_kh-cchc-2026_scan.pdf",
    fmt="scan",
    parent="SỞ Y TẾ TỈNH QUẢNG TRỊ",
    issuer_upper="BỆNH VIỆN Y DƯỢC CỔ TRUYỀN",
    issuer="Bệnh viện Y dược cổ truyền tỉnh Quảng Trị",
    number="09/KH-BVYDCT",
    place="Quảng Trị",
    issued=date(2026, 1, 27),
    subtitle="Cải cách hành chính năm 2026 của Bệnh viện Y dược cổ truyền tỉnh Quảng Trị",
    preamble=[
        "Thực hiện Kế hoạch cải cách hành chính năm 2026 của Sở Y tế tỉnh Quảng Trị, Bệnh viện xây dựng Kế hoạch như sau:",
    ],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          b("Giảm thời gian chờ đợi và thủ tục giấy tờ của người bệnh khi khám, chữa bệnh bằng y học cổ truyền."),
          b("Công khai giá dịch vụ kỹ thuật, thanh toán viện phí thuận tiện."),
          b("Các khoa, phòng thực hiện đúng phân công, báo cáo đúng hạn.")),
        P("CHỈ TIÊU",
          b("Tối thiểu 95% người bệnh hài lòng với dịch vụ khám bệnh, chữa bệnh."),
          b("Tối thiểu 70% giao dịch viện phí không dùng tiền mặt."),
          b("Thời gian chờ khám bệnh ngoại trú không quá 90 phút.")),
        P("NHIỆM VỤ",
          "Bệnh viện giao 9 nhiệm vụ cải cách hành chính năm 2026 như sau:"),
        P("TỔ CHỨC THỰC HIỆN",
          n("Phòng Kế hoạch tổng hợp là đầu mối theo dõi thực hiện Kế hoạch; báo cáo Sở Y tế kết quả cải cách hành chính "
            "quý trước ngày 11 của tháng cuối quý và kết quả năm trước ngày 11/11/2026."),
          n("Phòng Điều dưỡng báo cáo Giám đốc kết quả khảo sát sự hài lòng của người bệnh trước ngày 03 hằng tháng."),
          n("Phòng Tài chính kế toán bố trí 95 triệu đồng từ nguồn thu sự nghiệp của Bệnh viện để thực hiện Kế hoạch."),
          n("Các khoa, phòng gửi báo cáo quý về Phòng Kế hoạch tổng hợp trước ngày 06 của tháng cuối quý.")),
    ],
    recipients=["Sở Y tế (b/c);", "Ban Giám đốc;", "Các khoa, phòng;", "Lưu: VT, KHTH."],
    sign_role=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
    signer="Lê Thị Bích Ngọc",
    province="Quảng Trị",
    appendix_title="BẢNG NHIỆM VỤ",
    ref_text="",
    table_part=2,
    partner_sep="; ",
    columns=[("stt", "STT"), ("deadline", "Thời hạn"), ("task", "Nội dung công việc"), ("lead", "Khoa, phòng chủ trì"),
             ("partners", "Khoa, phòng phối hợp")],
    groups=[
        G("",
          T8("Niêm yết giá dịch vụ kỹ thuật y học cổ truyền tại khu khám bệnh", "Phòng Tài chính kế toán", "Khoa Khám bệnh",
             "Quý I/2026"),
          T8("Đặt lịch khám bệnh qua tổng đài và Zalo của Bệnh viện", "Phòng Kế hoạch tổng hợp",
             "Phòng Công nghệ thông tin; Khoa Khám bệnh", "Tháng 4/2026"),
          T8("Thanh toán viện phí bằng mã QR tại quầy thu", "Phòng Tài chính kế toán", "Phòng Công nghệ thông tin",
             "Quý II/2026"),
          T8("Sắp xếp lại khoa Châm cứu - Dưỡng sinh và khoa Phục hồi chức năng", "Phòng Tổ chức cán bộ", "",
             "Trước 30/6/2026"),
          T8("Triển khai bệnh án điện tử tại các khoa lâm sàng", "Phòng Công nghệ thông tin",
             "Phòng Kế hoạch tổng hợp; Các khoa lâm sàng", "Tháng 8/2026"),
          T8("Liên thông đơn thuốc y học cổ truyền lên Hệ thống đơn thuốc quốc gia", "Khoa Dược",
             "Phòng Công nghệ thông tin", "Quý III/2026"),
          T8("Khảo sát sự hài lòng của người bệnh bằng máy tính bảng tại các khoa", "Phòng Điều dưỡng", "Các khoa lâm sàng",
             "Thường xuyên"),
          T8("Đào tạo kỹ năng giao tiếp cho điều dưỡng, kỹ thuật viên", "Phòng Điều dưỡng", "Phòng Tổ chức cán bộ",
             "Tháng 10/2026"),
          T8("Xây dựng phương án tự chủ tài chính giai đoạn 2026 - 2030", "Phòng Tài chính kế toán",
             "Phòng Kế hoạch tổng hợp", "Quý IV/2026")),
    ],
)
