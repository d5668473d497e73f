"""Batch-12 test plans D: Cục Hàng hải và Đường thủy Việt Nam (QUYẾT ĐỊNH + plan, PDF) and UBND xã Sìn Hồ (scan).

Cục Hàng hải và Đường thủy Việt Nam: a decision (two căn cứ on the Cục's
charter, "Theo đề nghị của Chánh Văn phòng Cục", Điều 2 in force from a date
after signing, KT. CỤC TRƯỞNG / PHÓ CỤC TRƯỞNG) followed by the plan whose 11
tasks are written **in prose** (varied orders of lead, partners and deadline),
no table; reports in prose; a text-layer PDF.
Xã Sìn Hồ (Lai Châu): an image-only 300-dpi PDF whose ruled table inside part
III puts the **deadline between the units** ("TT | Nhiệm vụ | Chủ trì | Thời
hạn | Phối hợp"), one task without partner, reports in prose, a stamp.
"""

from __future__ import annotations

from datetime import date

from eval.varied.build import G, P, b, n
from eval.varied.model import Decision
from eval.varied8.model8 import T8, Plan8
from eval.varied10.prose import ProseGroups, prose_part, pt

VP_C = "Văn phòng Cục"
PC = "Phòng Pháp chế"
VT = "Phòng Vận tải và Dịch vụ hàng hải"
AT = "Phòng An toàn - An ninh hàng hải"
CNTT = "Trung tâm Công nghệ thông tin"

HANG_HAI_TASKS: ProseGroups = [
    ("Cải cách thể chế", [
        pt(f"{PC} chủ trì, phối hợp với {VT} xây dựng dự thảo Nghị định sửa đổi quy định về quản lý cảng biển và luồng "
           "hàng hải; hoàn thành trong Quý III/2026.",
           "dự thảo Nghị định sửa đổi quy định về quản lý cảng biển và luồng hàng hải", PC, VT, "Quý III/2026"),
        pt("Rà soát, hợp nhất các thông tư về đăng ký phương tiện thủy nội địa và đăng ký tàu biển do Phòng Phương tiện "
           f"và Thuyền viên thực hiện, {PC} phối hợp, thời gian: tháng 6/2026.",
           "hợp nhất các thông tư về đăng ký phương tiện thủy nội địa và đăng ký tàu biển",
           "Phòng Phương tiện và Thuyền viên", PC, "Tháng 6/2026"),
    ]),
    ("Cải cách thủ tục hành chính", [
        pt(f"Giao {VT} chủ trì, phối hợp với các Cảng vụ hàng hải thực hiện thủ tục tàu thuyền vào, rời cảng biển "
           "hoàn toàn trên Cổng thông tin một cửa quốc gia; thời gian: tháng 5/2026.",
           "thủ tục tàu thuyền vào, rời cảng biển hoàn toàn trên Cổng thông tin một cửa quốc gia", VT,
           "các Cảng vụ hàng hải", "Tháng 5/2026"),
        pt("Cấp chứng chỉ chuyên môn thuyền viên trực tuyến toàn trình, do Phòng Phương tiện và Thuyền viên chủ trì; "
           f"{CNTT} phối hợp; hoàn thành trước 31/8/2026.",
           "Cấp chứng chỉ chuyên môn thuyền viên trực tuyến toàn trình", "Phòng Phương tiện và Thuyền viên", CNTT,
           "Trước 31/8/2026"),
        pt(f"Cắt giảm 30% thành phần hồ sơ thủ tục cấp giấy phép hoạt động bến thủy nội địa; {VT} chủ trì, các Chi cục "
           "Hàng hải và Đường thủy phối hợp; thời gian: Quý IV/2026.",
           "Cắt giảm 30% thành phần hồ sơ thủ tục cấp giấy phép hoạt động bến thủy nội địa", VT,
           "các Chi cục Hàng hải và Đường thủy", "Quý IV/2026"),
    ]),
    ("Cải cách tổ chức bộ máy và chế độ công vụ", [
        pt(f"{VP_C} chủ trì kiện toàn tổ chức các Chi cục Hàng hải và Đường thủy sau khi hợp nhất Cục Hàng hải Việt "
           "Nam và Cục Đường thủy nội địa Việt Nam, phối hợp với Vụ Tổ chức cán bộ, Bộ Xây dựng; hoàn thành trong Quý "
           "I/2026.",
           "kiện toàn tổ chức các Chi cục Hàng hải và Đường thủy", VP_C, "Vụ Tổ chức cán bộ, Bộ Xây dựng",
           "Quý I/2026"),
        pt(f"Tổ chức thi tuyển chức danh lãnh đạo cấp phòng do {VP_C} thực hiện, Đảng ủy Cục phối hợp, thời gian: "
           "tháng 9/2026.",
           "thi tuyển chức danh lãnh đạo cấp phòng", VP_C, "Đảng ủy Cục", "Tháng 9/2026"),
    ]),
    ("Cải cách tài chính công", [
        pt("Giao Phòng Tài chính chủ trì, phối hợp với các Cảng vụ hàng hải thu phí, lệ phí hàng hải bằng phương thức "
           "điện tử; hoàn thành trong Quý III/2026.",
           "thu phí, lệ phí hàng hải bằng phương thức điện tử", "Phòng Tài chính", "các Cảng vụ hàng hải",
           "Quý III/2026"),
        pt("Xây dựng phương án giao tự chủ tài chính cho các Cảng vụ hàng hải giai đoạn 2026 - 2030: Phòng Tài chính "
           f"chủ trì, {VP_C} phối hợp, thời gian hoàn thành tháng 12/2026.",
           "phương án giao tự chủ tài chính cho các Cảng vụ hàng hải", "Phòng Tài chính", VP_C, "Tháng 12/2026"),
    ]),
    ("Chuyển đổi số", [
        pt(f"{CNTT} chủ trì xây dựng cơ sở dữ liệu thuyền viên và phương tiện thủy kết nối với Cơ sở dữ liệu quốc gia "
           f"về dân cư, phối hợp với {AT}; thời gian: tháng 11/2026.",
           "cơ sở dữ liệu thuyền viên và phương tiện thủy", CNTT, AT, "Tháng 11/2026"),
        pt(f"Giám sát tàu thuyền bằng hệ thống nhận dạng tự động trên toàn tuyến luồng do {AT} thực hiện; {CNTT} và "
           "Tổng công ty Bảo đảm an toàn hàng hải miền Bắc phối hợp; hoàn thành trước 15/10/2026.",
           "Giám sát tàu thuyền bằng hệ thống nhận dạng tự động", AT,
           f"{CNTT}; Tổng công ty Bảo đảm an toàn hàng hải miền Bắc", "Trước 15/10/2026"),
    ]),
]

HANG_HAI = Plan8(
    file="bo-xay-dung_cuc-hang-hai-duong-thuy_qd-kh-cchc-2026.pdf",
    fmt="decision",
    parent="BỘ XÂY DỰNG",
    issuer_upper="CỤC HÀNG HẢI VÀ ĐƯỜNG THỦY\nVIỆT NAM",
    issuer="Cục Hàng hải và Đường thủy Việt Nam (Bộ Xây dựng)",
    number=None,
    place="Hà Nội",
    issued=date(2026, 1, 9),
    subtitle="Cải cách hành chính năm 2026 của Cục Hàng hải và Đường thủy Việt Nam",
    ref_text="(Kèm theo Quyết định số 210/QĐ-CHHĐTVN ngày 09/01/2026 của Cục trưởng Cục Hàng hải và Đường thủy Việt Nam)",
    decision=Decision(
        number="210/QĐ-CHHĐTVN",
        authority="CỤC TRƯỞNG CỤC HÀNG HẢI VÀ ĐƯỜNG THỦY VIỆT NAM",
        title="Ban hành Kế hoạch cải cách hành chính năm 2026 của Cục Hàng hải và Đường thủy Việt Nam",
        bases=[
            "Căn cứ Quyết định của Bộ trưởng Bộ Xây dựng quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của "
            "Cục Hàng hải và Đường thủy Việt Nam;",
            "Căn cứ Kế hoạch cải cách hành chính năm 2026 của Bộ Xây dựng;",
        ],
        proposal="Theo đề nghị của Chánh Văn phòng Cục.",
        articles=[
            "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm 2026 của Cục Hàng hải và Đường "
            "thủy Việt Nam.",
            "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 20/01/2026.",
            f"Điều 3. Chánh {VP_C}, Trưởng các phòng thuộc Cục, Giám đốc các Cảng vụ hàng hải, Chi cục trưởng các Chi "
            "cục Hàng hải và Đường thủy chịu trách nhiệm thi hành Quyết định này.",
        ],
        recipients=["Như Điều 3;", "Bộ trưởng (để b/c);", "Vụ Tổ chức cán bộ, Bộ Xây dựng;", "Lưu: VT, VP."],
        sign_role=["KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG"],
        signer="Nguyễn Xuân Sang",
    ),
    preamble=[],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          n("Thống nhất thủ tục hàng hải và đường thủy nội địa sau khi hợp nhất hai Cục."),
          n("Giảm thời gian tàu thuyền chờ làm thủ tục tại cảng.")),
        P("MỤC TIÊU",
          b("100% thủ tục tàu thuyền vào, rời cảng biển được thực hiện qua Cổng thông tin một cửa quốc gia."),
          b("Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến đạt tối thiểu 88%."),
          b("Thời gian làm thủ tục cho tàu thuyền rời cảng không quá 30 phút.")),
        prose_part("NHIỆM VỤ CỤ THỂ",
                   "Cục Hàng hải và Đường thủy Việt Nam giao 11 nhiệm vụ cải cách hành chính năm 2026 như sau:",
                   HANG_HAI_TASKS),
        P("KINH PHÍ",
          "Kinh phí thực hiện Kế hoạch là 400 triệu đồng từ nguồn phí, lệ phí hàng hải được để lại năm 2026."),
        P("TỔ CHỨC THỰC HIỆN",
          n(f"{VP_C} tổng hợp, báo cáo Bộ Xây dựng (qua Vụ Tổ chức cán bộ) kết quả cải cách hành chính quý trước ngày "
            "15 của tháng cuối quý và báo cáo năm trước ngày 15/11/2026."),
          n(f"Các Cảng vụ hàng hải báo cáo {VT} số lượt tàu thuyền làm thủ tục điện tử trước ngày 03 hằng tháng."),
          n(f"Các phòng, Chi cục Hàng hải và Đường thủy gửi báo cáo quý về {VP_C} trước ngày 08 của tháng cuối quý.")),
    ],
    recipients=[],
    sign_role=["KT. CỤC TRƯỞNG"],
    signer="Nguyễn Xuân Sang",
    province=None,
    groups=[],
)

VP_X = "Văn phòng HĐND và UBND xã"

SIN_HO = Plan8(
    file="lai-chau_xa-sin-ho_kh-cchc-2026_scan.pdf",
    fmt="scan",
    parent="",
    issuer_upper="ỦY BAN NHÂN DÂN\nXÃ SÌN HỒ",
    issuer="Ủy ban nhân dân xã Sìn Hồ",
    number="07/KH-UBND",
    place="Sìn Hồ",
    issued=date(2026, 1, 26),
    subtitle="Cải cách hành chính năm 2026 trên địa bàn xã Sìn Hồ",
    preamble=[
        "Thực hiện Kế hoạch cải cách hành chính năm 2026 của UBND tỉnh Lai Châu, UBND xã Sìn Hồ ban hành Kế hoạch như "
        "sau:",
    ],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          b("Đưa dịch vụ công đến gần người dân ở các bản vùng cao, biên giới."),
          b("Các bộ phận thực hiện đúng tiến độ, báo cáo đúng thời hạn.")),
        P("CHỈ TIÊU",
          b("Tối thiểu 60% hồ sơ thủ tục hành chính của xã được nộp trực tuyến."),
          b("100% hồ sơ được giải quyết đúng hạn."),
          b("Tối thiểu 90% người dân hài lòng với việc giải quyết thủ tục hành chính.")),
        P("NHIỆM VỤ",
          "UBND xã giao 10 nhiệm vụ như sau:"),
        P("TỔ CHỨC THỰC HIỆN",
          n(f"{VP_X} là đầu mối; báo cáo UBND tỉnh (qua Sở Nội vụ) kết quả quý trước ngày 11 của tháng cuối quý và kết "
            "quả năm trước ngày 11/11/2026."),
          n("Trung tâm Phục vụ hành chính công xã báo cáo Chủ tịch UBND xã số hồ sơ trực tuyến vào ngày 28 hằng tháng."),
          n("Kinh phí thực hiện Kế hoạch là 60 triệu đồng từ ngân sách xã năm 2026.")),
    ],
    recipients=["UBND tỉnh Lai Châu (b/c);", "Sở Nội vụ;", "TT Đảng ủy, TT HĐND xã;", "Các bản;", "Lưu: VT."],
    sign_role=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
    signer="Lò Văn Pành",
    province="Lai Châu",
    appendix_title="DANH MỤC NHIỆM VỤ",
    ref_text="",
    table_part=2,
    partner_sep="; ",
    columns=[("stt", "TT"), ("task", "Nhiệm vụ"), ("lead", "Chủ trì"), ("deadline", "Thời hạn"), ("partners", "Phối hợp")],
    groups=[
        G("",
          T8("Niêm yết thủ tục hành chính bằng tiếng Việt và tiếng Dao tại Trung tâm Phục vụ hành chính công xã", VP_X,
             "Trung tâm Phục vụ hành chính công xã", "Quý I/2026"),
          T8("Bố trí công chức một cửa theo vị trí việc làm sau hợp nhất xã", VP_X, "", "Trước 31/3/2026"),
          T8("Hướng dẫn người dân tại các bản nộp hồ sơ trực tuyến", "Trung tâm Phục vụ hành chính công xã",
             "Tổ công nghệ số cộng đồng; Đoàn Thanh niên xã", "Thường xuyên"),
          T8("Cấp giấy chứng nhận quyền sử dụng đất rừng sản xuất cho hộ gia đình", "Phòng Kinh tế",
             "Chi nhánh Văn phòng Đăng ký đất đai; Hạt Kiểm lâm", "Tháng 9/2026"),
          T8("Chi trả trợ cấp xã hội qua tài khoản ngân hàng", "Phòng Văn hóa - Xã hội", "Bưu điện văn hóa xã",
             "Tháng 6/2026"),
          T8("Số hóa sổ hộ tịch lưu trữ tại xã", VP_X, "Trung tâm Phục vụ hành chính công xã", "Tháng 10/2026"),
          T8("Hỗ trợ hợp tác xã chè Shan tuyết đăng ký kinh doanh trực tuyến", "Phòng Kinh tế",
             "Trung tâm Phục vụ hành chính công xã", "Quý III/2026"),
          T8("Đối thoại giữa Chủ tịch UBND xã với người dân về thủ tục đất đai", VP_X,
             "Ủy ban Mặt trận Tổ quốc Việt Nam xã", "Quý IV/2026"),
          T8("Làm sạch dữ liệu dân cư phục vụ cấp định danh điện tử", "Công an xã", "Phòng Văn hóa - Xã hội",
             "Tháng 5/2026"),
          T8("Kiểm tra công vụ tại Trung tâm Phục vụ hành chính công xã", VP_X, "Phòng Văn hóa - Xã hội",
             "Tháng 8/2026")),
    ],
)
