"""Batch-6 test plans E: Sở Y tế tỉnh Lạng Sơn (DOCX, merged table) and UBND xã Tam Đường, Lai Châu (DOCX numbering).

Sở Y tế Lạng Sơn: Phụ lục after the signature whose header has two levels
("Cơ quan thực hiện" spanning "Chủ trì" | "Phối hợp", the other header cells
merged down over both rows), lead merged down, partners one per line, group
rows merged across, deadlines in words ("Trong quý đầu năm 2026", "6 tháng
cuối năm 2026", "Trước ngày 15 tháng 12 năm 2026"); annual report also to
Bộ Y tế; KT. GIÁM ĐỐC. Xã Tam Đường: a commune plan numbered by Word whose
very short tasks are Word "+" bullets under numbered items ("… : Văn phòng
HĐND và UBND xã; trong quý đầu năm"); TM. ỦY BAN NHÂN DÂN / Q. CHỦ TỊCH.
"""

from __future__ import annotations

from datetime import date

from eval.varied.build import G, P, T, b, n, plus
from eval.varied6.model6 import Plan6

SYT_LANG_SON = Plan6(
    file="lang-son_so-y-te_kh-cchc-2026.docx",
    fmt="docx-merged",
    parent="UBND TỈNH LẠNG SƠN",
    issuer_upper="SỞ Y TẾ",
    issuer="Sở Y tế tỉnh Lạng Sơn",
    number="21/KH-SYT",
    place="Lạng Sơn",
    issued=date(2026, 1, 19),
    subtitle="Cải cách hành chính năm 2026 của Sở Y tế",
    preamble=[
        "Thực hiện Kế hoạch số 06/KH-UBND ngày 08/01/2026 của UBND tỉnh Lạng Sơn về cải cách hành chính nhà nước năm 2026;",
        "Sở Y tế ban hành Kế hoạch cải cách hành chính năm 2026 như sau:",
    ],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          b("Đơn giản hóa TTHC trong lĩnh vực khám bệnh, chữa bệnh, dược, bảo trợ xã hội; phục vụ người dân vùng biên giới."),
          b("Các phòng, đơn vị thuộc Sở thực hiện nhiệm vụ đúng thời hạn tại Phụ lục.")),
        P("MỤC TIÊU",
          b("100% TTHC thuộc thẩm quyền của Sở được cung cấp dịch vụ công trực tuyến toàn trình."),
          b("Tối thiểu 85% hồ sơ cấp chứng chỉ hành nghề dược được nộp trực tuyến.")),
        P("NHIỆM VỤ",
          "Nhiệm vụ cụ thể, cơ quan chủ trì, cơ quan phối hợp và thời gian hoàn thành tại Phụ lục kèm theo Kế hoạch này."),
        P("KINH PHÍ",
          "Kinh phí thực hiện Kế hoạch là 540 triệu đồng từ nguồn chi thường xuyên năm 2026 của Sở."),
        P("TỔ CHỨC THỰC HIỆN",
          n("Các phòng, đơn vị thuộc Sở báo cáo kết quả về Văn phòng Sở trước ngày 08 của tháng cuối quý."),
          n("Văn phòng Sở tổng hợp, tham mưu Giám đốc Sở báo cáo UBND tỉnh (qua Sở Nội vụ) trước ngày 14 của tháng cuối quý; báo cáo năm gửi UBND tỉnh (qua Sở Nội vụ) và Bộ Y tế trước ngày 18/11/2026.")),
    ],
    recipients=["UBND tỉnh (b/c);", "Sở Nội vụ;", "Giám đốc, các PGĐ Sở;", "Các phòng, đơn vị thuộc Sở;", "Lưu: VT, VP."],
    sign_role=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
    signer="Hoàng Thị Mai Lan",
    province="Lạng Sơn",
    appendix_title="PHỤ LỤC\nNHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026 CỦA SỞ Y TẾ",
    partner_sep="\n",
    columns=[("stt", "STT"), ("task", "Nhiệm vụ"), ("lead", "Chủ trì"), ("partners", "Phối hợp"),
             ("deadline", "Thời gian hoàn thành"), ("product", "Sản phẩm")],
    spans=[("Cơ quan thực hiện", ("lead", "partners"))],
    groups=[
        G("I. Cải cách thủ tục hành chính",
          T("Cấp chứng chỉ hành nghề dược trực tuyến toàn trình", "Phòng Nghiệp vụ Dược",
            "Văn phòng Sở; Trung tâm Phục vụ hành chính công tỉnh", "Trong quý đầu năm 2026", "Thủ tục trực tuyến toàn trình"),
          T("Rút ngắn thời gian cấp giấy phép hoạt động cho phòng khám tư nhân từ 45 ngày xuống 30 ngày", "Phòng Nghiệp vụ Dược",
            "Phòng Nghiệp vụ Y", "6 tháng đầu năm 2026", "Quy trình nội bộ sửa đổi"),
          T("Giải quyết hồ sơ trợ cấp xã hội hằng tháng cho người cao tuổi qua DVCTT", "Phòng Bảo trợ xã hội",
            "UBND các xã, phường; Bưu điện tỉnh", "6 tháng cuối năm 2026", "Hồ sơ được giải quyết trực tuyến")),
        G("II. Cải cách tổ chức bộ máy",
          T("Sắp xếp các trạm y tế xã sau khi thực hiện chính quyền địa phương hai cấp", "Phòng Tổ chức cán bộ",
            "UBND các xã, phường; Trung tâm Kiểm soát bệnh tật tỉnh", "Trước ngày 15 tháng 12 năm 2026", "Đề án sắp xếp"),
          T("Xây dựng vị trí việc làm của viên chức các bệnh viện tuyến tỉnh", "Phòng Tổ chức cán bộ",
            "Các bệnh viện tuyến tỉnh", "Trong năm 2026", "Danh mục vị trí việc làm")),
        G("III. Chuyển đổi số",
          T("Triển khai bệnh án điện tử tại Bệnh viện Đa khoa tỉnh và các trung tâm y tế khu vực", "Phòng Nghiệp vụ Y",
            "Sở Khoa học và Công nghệ; Bệnh viện Đa khoa tỉnh", "Tháng 9/2026", "Bệnh án điện tử"),
          T("Kết nối dữ liệu kiểm dịch y tế biên giới tại cửa khẩu Hữu Nghị, Tân Thanh với hệ thống một cửa quốc gia",
            "Trung tâm Kiểm soát bệnh tật tỉnh", "Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn; Chi cục Hải quan khu vực VI",
            "6 tháng cuối năm 2026", "Dữ liệu kiểm dịch được kết nối"),
          T("Số hóa hồ sơ cấp chứng chỉ hành nghề khám bệnh, chữa bệnh lưu trữ tại Sở", "Văn phòng Sở",
            "Phòng Nghiệp vụ Y", "Quý III/2026", "Hồ sơ được số hóa")),
    ],
)

TAM_DUONG = Plan6(
    file="lai-chau_xa-tam-duong_kh-cchc-2026.docx",
    fmt="docx-numbering",
    parent="UBND TỈNH LAI CHÂU",
    issuer_upper="ỦY BAN NHÂN DÂN\nXÃ TAM ĐƯỜNG",
    issuer="Ủy ban nhân dân xã Tam Đường",
    number="11/KH-UBND",
    place="Tam Đường",
    issued=date(2026, 1, 21),
    subtitle="Cải cách hành chính năm 2026 của xã Tam Đường",
    preamble=[
        "Thực hiện Kế hoạch số 04/KH-UBND ngày 07/01/2026 của UBND tỉnh Lai Châu về cải cách hành chính nhà nước năm 2026;",
        "UBND xã Tam Đường ban hành Kế hoạch cải cách hành chính năm 2026 như sau:",
    ],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          b("Việc giao cụ thể, ngắn gọn, dễ kiểm tra; bộ phận nào làm, xong khi nào.")),
        P("CHỈ TIÊU",
          b("Tối thiểu 68% hồ sơ TTHC của xã được nộp trực tuyến."),
          b("100% bản có điểm truy cập Internet công cộng hoặc tổ công nghệ số cộng đồng.")),
        P("NHIỆM VỤ",
          n("Thủ tục hành chính"),
          plus("Niêm yết TTHC bằng tiếng Mông, tiếng Dao: Văn phòng HĐND và UBND xã; trong quý đầu năm 2026."),
          plus("Trả kết quả hộ tịch tại nhà cho người cao tuổi: công chức Tư pháp - Hộ tịch; thường xuyên."),
          plus("Cấp phép homestay ở bản Sì Thâu Chải: Phòng Kinh tế; 6 tháng đầu năm 2026."),
          n("Bộ máy, công vụ"),
          plus("Đánh giá công chức hằng tháng: Văn phòng HĐND và UBND xã; từ tháng 3/2026."),
          plus("Tập huấn ký số cho công chức: Văn phòng HĐND và UBND xã; trước ngày 30 tháng 6 năm 2026."),
          n("Chuyển đổi số"),
          plus("Số hóa hồ sơ đất đai của các hộ trồng chè: Phòng Kinh tế; 6 tháng cuối năm 2026."),
          plus("Hướng dẫn người dân cài VNeID mức độ 2: Công an xã; trong quý đầu năm 2026."),
          plus("Bán chè Tam Đường trên sàn thương mại điện tử: Phòng Kinh tế, Hội Nông dân xã; trước ngày 15 tháng 12 năm 2026.")),
        P("KINH PHÍ",
          n("Kinh phí thực hiện là 45 triệu đồng từ ngân sách xã năm 2026.")),
        P("TỔ CHỨC THỰC HIỆN",
          n("Các bộ phận báo cáo kết quả về Văn phòng HĐND và UBND xã trước ngày 05 của tháng cuối quý."),
          n("Văn phòng HĐND và UBND xã tham mưu UBND xã báo cáo UBND tỉnh (qua Sở Nội vụ) trước ngày 10 của tháng cuối quý; báo cáo năm trước ngày 12 tháng 11 năm 2026.")),
    ],
    recipients=["UBND tỉnh (b/c);", "Sở Nội vụ;", "TT Đảng ủy, TT HĐND xã;", "Các bộ phận thuộc UBND xã;", "Các bản;", "Lưu: VT."],
    sign_role=["TM. ỦY BAN NHÂN DÂN", "Q. CHỦ TỊCH"],
    signer="Tẩn Láo Lở",
    province="Lai Châu",
)
