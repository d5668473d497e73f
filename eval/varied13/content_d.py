"""Batch-13 test plans D: UBND đặc khu Côn Đảo (QUYẾT ĐỊNH + plan, DOCX) and TT Phục vụ hành chính công Gia Lai (scan).

Đặc khu Côn Đảo (TP. Hồ Chí Minh): a decision (căn cứ, "Theo đề nghị của
Chánh Văn phòng …", Điều 2 in force from a date after signing, KT. CHỦ TỊCH /
PHÓ CHỦ TỊCH) followed by the plan whose tasks are **grouped by unit** (the
unit heads a numbered block, its tasks are lettered under it), two blocks
closing with a block-level deadline for the tasks that state none; a DOCX
with typed labels.
Trung tâm Phục vụ hành chính công tỉnh Gia Lai: an image-only 300-dpi PDF of a
plan whose tasks are written **in prose** (lettered paragraphs under numbered
fields; two sentences name the partner before the lead: "Phối hợp với Y, X
chủ trì …"), no table; a paragraph runs over the page break; stamp.
"""

from __future__ import annotations

from datetime import date

from eval.varied.build import P, b, n
from eval.varied.model import Decision
from eval.varied8.model8 import Plan8
from eval.varied10.prose import ProseGroups, prose_part, pt
from eval.varied13.byunit import UnitBlock, unit_part, ut

VP_D = "Văn phòng HĐND và UBND đặc khu"
KT_D = "Phòng Kinh tế"
VH_D = "Phòng Văn hóa - Xã hội"
TT_D = "Trung tâm Phục vụ hành chính công đặc khu"
CA_D = "Công an đặc khu"

CON_DAO_UNITS: list[UnitBlock] = [
    UnitBlock(VP_D, [
        ut(f"Chủ trì, phối hợp với {KT_D} rà soát các quyết định do UBND huyện Côn Đảo (cũ) ban hành còn hiệu lực để đề "
           "xuất xử lý; hoàn thành Quý II/2026;", "rà soát các quyết định do UBND huyện Côn Đảo (cũ) ban hành", KT_D,
           "Quý II/2026"),
        ut("Chủ trì kiện toàn tổ chức bộ máy các phòng chuyên môn sau khi thành lập đặc khu, phối hợp với Sở Nội vụ "
           "thành phố;", "kiện toàn tổ chức bộ máy các phòng chuyên môn", "Sở Nội vụ thành phố"),
        ut("Chủ trì, phối hợp với Viettel Côn Đảo vận hành Trung tâm điều hành thông minh của đặc khu; thời hạn: tháng "
           "11/2026.", "vận hành Trung tâm điều hành thông minh", "Viettel Côn Đảo", "Tháng 11/2026"),
    ], "Các nhiệm vụ tại khoản này chưa nêu thời hạn thì hoàn thành trước 30/6/2026.", "Trước 30/6/2026"),
    UnitBlock(KT_D, [
        ut("Chủ trì xây dựng Quy chế phối hợp quản lý hoạt động du lịch biển, đảo, phối hợp với Ban Quản lý Vườn quốc "
           "gia Côn Đảo; hoàn thành tháng 8/2026;", "Quy chế phối hợp quản lý hoạt động du lịch biển, đảo",
           "Ban Quản lý Vườn quốc gia Côn Đảo", "Tháng 8/2026"),
        ut("Chủ trì, phối hợp với Cảng vụ Hàng hải Vũng Tàu thu giá dịch vụ tại cảng Bến Đầm không dùng tiền mặt;",
           "thu giá dịch vụ tại cảng Bến Đầm không dùng tiền mặt", "Cảng vụ Hàng hải Vũng Tàu"),
        ut("Chủ trì xây dựng phương án tự chủ tài chính của Ban Quản lý dự án và Phát triển quỹ đất đặc khu.",
           "phương án tự chủ tài chính của Ban Quản lý dự án và Phát triển quỹ đất đặc khu"),
    ], "Các nhiệm vụ tại khoản này chưa nêu thời hạn thì hoàn thành trước 30/9/2026.", "Trước 30/9/2026"),
    UnitBlock(VH_D, [
        ut(f"Chủ trì công khai thủ tục hành chính bằng tiếng Việt và tiếng Anh tại {TT_D}; thực hiện thường xuyên;",
           "công khai thủ tục hành chính bằng tiếng Việt và tiếng Anh", "", "Thường xuyên"),
        ut("Chủ trì, phối hợp với Bưu điện đặc khu Côn Đảo chi trả trợ cấp xã hội qua tài khoản; hoàn thành 6 tháng đầu "
           "năm 2026.", "chi trả trợ cấp xã hội qua tài khoản", "Bưu điện đặc khu Côn Đảo", "6 tháng đầu năm 2026"),
    ]),
    UnitBlock(TT_D, [
        ut("Chủ trì tiếp nhận hồ sơ thủ tục hành chính trực tuyến của ngư dân tại cảng cá Bến Đầm, phối hợp với Đồn "
           "Biên phòng Côn Đảo; hoàn thành Quý III/2026;", "tiếp nhận hồ sơ thủ tục hành chính trực tuyến của ngư dân",
           "Đồn Biên phòng Côn Đảo", "Quý III/2026"),
        ut("Chủ trì khảo sát mức độ hài lòng của người dân, doanh nghiệp; thực hiện hằng quý.",
           "khảo sát mức độ hài lòng của người dân, doanh nghiệp", "", "Hằng quý"),
    ]),
    UnitBlock(CA_D, [
        ut(f"Chủ trì, phối hợp với {VH_D} làm sạch dữ liệu dân cư phục vụ chi trả an sinh xã hội; hoàn thành trước "
           "31/5/2026;", "làm sạch dữ liệu dân cư phục vụ chi trả an sinh xã hội", VH_D, "Trước 31/5/2026"),
        ut("Chủ trì cấp tài khoản định danh điện tử mức độ 2 cho người dân đặc khu; thời hạn: tháng 10/2026.",
           "cấp tài khoản định danh điện tử mức độ 2", "", "Tháng 10/2026"),
    ]),
]

CON_DAO = Plan8(
    file="tp-hcm_dac-khu-con-dao_qd-kh-cchc-2026.docx",
    fmt="decision",
    parent="",
    issuer_upper="ỦY BAN NHÂN DÂN\nĐẶC KHU CÔN ĐẢO",
    issuer="Ủy ban nhân dân đặc khu Côn Đảo",
    number=None,
    place="Côn Đảo",
    issued=date(2026, 1, 12),
    subtitle="Cải cách hành chính năm 2026 của đặc khu Côn Đảo",
    ref_text="(Kèm theo Quyết định số 21/QĐ-UBND ngày 12/01/2026 của Chủ tịch UBND đặc khu Côn Đảo)",
    decision=Decision(
        number="21/QĐ-UBND",
        authority="CHỦ TỊCH ỦY BAN NHÂN DÂN ĐẶC KHU CÔN ĐẢO",
        title="Ban hành Kế hoạch cải cách hành chính năm 2026 của đặc khu Côn Đảo",
        bases=[
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
            "Căn cứ Kế hoạch cải cách hành chính năm 2026 của UBND Thành phố Hồ Chí Minh;",
        ],
        proposal=f"Theo đề nghị của Chánh {VP_D}.",
        articles=[
            "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm 2026 của đặc khu Côn Đảo.",
            "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 15/01/2026.",
            f"Điều 3. Chánh {VP_D}, Trưởng các phòng chuyên môn, Giám đốc {TT_D}, Trưởng {CA_D} chịu trách nhiệm thi "
            "hành Quyết định này.",
        ],
        recipients=["Như Điều 3;", "UBND Thành phố (b/c);", "Sở Nội vụ Thành phố;", "TT Đảng ủy, TT HĐND đặc khu;",
                    "Lưu: VT."],
        sign_role=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
        signer="Nguyễn Thị Bích Vân",
    ),
    preamble=[],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          n("Vận hành thông suốt bộ máy chính quyền đặc khu năm đầu tiên."),
          n("Mỗi phòng, đơn vị biết rõ nhiệm vụ mình chủ trì và thời hạn hoàn thành.")),
        P("MỤC TIÊU",
          b("Tối thiểu 70% hồ sơ thủ tục hành chính được nộp trực tuyến."),
          b("100% hồ sơ được giải quyết đúng hạn."),
          b("Mức độ hài lòng của người dân, doanh nghiệp đạt tối thiểu 95%.")),
        unit_part("PHÂN CÔNG NHIỆM VỤ",
                  "UBND đặc khu phân công 12 nhiệm vụ cải cách hành chính năm 2026 như sau:", CON_DAO_UNITS),
        P("KINH PHÍ",
          "Kinh phí thực hiện Kế hoạch là 180 triệu đồng từ ngân sách đặc khu năm 2026."),
        P("TỔ CHỨC THỰC HIỆN",
          n(f"{VP_D} tổng hợp, báo cáo UBND Thành phố (qua Sở Nội vụ) kết quả cải cách hành chính định kỳ hằng quý "
            "trước ngày 15 của tháng cuối quý và báo cáo năm trước ngày 15/11/2026."),
          n(f"{TT_D} báo cáo Chủ tịch UBND đặc khu số hồ sơ tiếp nhận trực tuyến trước ngày 02 hằng tháng."),
          n(f"Các phòng chuyên môn, {CA_D} gửi báo cáo về {VP_D} trước ngày 09 của tháng cuối quý.")),
    ],
    recipients=[],
    sign_role=["KT. CHỦ TỊCH"],
    signer="Nguyễn Thị Bích Vân",
    province="Hồ Chí Minh",
    groups=[],
)

TN = "Phòng Tiếp nhận và Trả kết quả"
HC = "Phòng Hành chính - Tổng hợp"
GS = "Phòng Giám sát và Hỗ trợ"

GIA_LAI_TASKS: ProseGroups = [
    ("Cải cách thủ tục hành chính", [
        pt(f"{TN} chủ trì tiếp nhận hồ sơ không phụ thuộc địa giới hành chính đối với 100% thủ tục đủ điều kiện, phối "
           "hợp với Sở Nội vụ; hoàn thành trong Quý II/2026.", "tiếp nhận hồ sơ không phụ thuộc địa giới hành chính",
           TN, "Sở Nội vụ", "Quý II/2026"),
        pt(f"Phối hợp với Bưu điện tỉnh Gia Lai, {TN} chủ trì trả kết quả thủ tục hành chính tại nhà cho người cao "
           "tuổi, người khuyết tật; thời gian: tháng 7/2026.", "trả kết quả thủ tục hành chính tại nhà", TN,
           "Bưu điện tỉnh Gia Lai", "Tháng 7/2026"),
        pt(f"{GS} chủ trì công khai tiến độ giải quyết hồ sơ trên màn hình điện tử tại sảnh Trung tâm; thực hiện "
           "thường xuyên.", "công khai tiến độ giải quyết hồ sơ trên màn hình điện tử", GS, "", "Thường xuyên"),
    ]),
    ("Cải cách tổ chức bộ máy và chế độ công vụ", [
        pt(f"{HC} chủ trì xây dựng Đề án vị trí việc làm của Trung tâm sau hợp nhất, phối hợp với Sở Nội vụ; hoàn "
           "thành 6 tháng đầu năm 2026.", "Đề án vị trí việc làm", HC, "Sở Nội vụ", "6 tháng đầu năm 2026"),
        pt(f"Phối hợp với {HC}, {GS} chủ trì chấm điểm công chức tiếp nhận hồ sơ hằng quý.",
           "chấm điểm công chức tiếp nhận hồ sơ", GS, HC, "Hằng quý"),
    ]),
    ("Cải cách tài chính công", [
        pt(f"{HC} chủ trì, phối hợp với VNPT Gia Lai lắp đặt ki-ốt thanh toán phí, lệ phí không dùng tiền mặt tại sảnh "
           "Trung tâm; thời gian: Quý III/2026.", "ki-ốt thanh toán phí, lệ phí không dùng tiền mặt", HC,
           "VNPT Gia Lai", "Quý III/2026"),
    ]),
    ("Chuyển đổi số", [
        pt(f"{TN} chủ trì số hóa hồ sơ, kết quả giải quyết thủ tục hành chính ngay khi tiếp nhận, phối hợp với Sở Khoa "
           "học và Công nghệ; thời gian: năm 2026.", "số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", TN,
           "Sở Khoa học và Công nghệ", "Năm 2026"),
        pt(f"Phối hợp với Sở Khoa học và Công nghệ, {GS} chủ trì triển khai trợ lý ảo hướng dẫn thủ tục hành chính "
           "trên Cổng Dịch vụ công tỉnh; hoàn thành trước 31/8/2026.", "trợ lý ảo hướng dẫn thủ tục hành chính", GS,
           "Sở Khoa học và Công nghệ", "Trước 31/8/2026"),
        pt(f"{GS} chủ trì đánh giá chất lượng giải quyết thủ tục hành chính theo Bộ chỉ số phục vụ người dân, doanh "
           "nghiệp, phối hợp với Sở Nội vụ; thời gian: tháng 10/2026.", "Bộ chỉ số phục vụ người dân, doanh nghiệp",
           GS, "Sở Nội vụ", "Tháng 10/2026"),
        pt("Chi nhánh Trung tâm tại phường Quy Nhơn chủ trì, phối hợp với Công an tỉnh hướng dẫn người dân kích hoạt "
           "tài khoản định danh điện tử tại sảnh; hoàn thành trước 30/4/2026.",
           "hướng dẫn người dân kích hoạt tài khoản định danh điện tử", "Chi nhánh Trung tâm tại phường Quy Nhơn",
           "Công an tỉnh", "Trước 30/4/2026"),
    ]),
]

PVHCC_GIA_LAI = Plan8(
    file="gia-lai_trung-tam-pvhcc_kh-cchc-2026_scan.pdf",
    fmt="scan",
    parent="UBND TỈNH GIA LAI",
    issuer_upper="TRUNG TÂM PHỤC VỤ\nHÀNH CHÍNH CÔNG",
    issuer="Trung tâm Phục vụ hành chính công tỉnh Gia Lai",
    number="09/KH-TTPVHCC",
    place="Gia Lai",
    issued=date(2026, 1, 23),
    subtitle="Cải cách hành chính năm 2026 của Trung tâm Phục vụ hành chính công tỉnh Gia Lai",
    preamble=[
        "Thực hiện Kế hoạch cải cách hành chính năm 2026 của UBND tỉnh Gia Lai, Trung tâm Phục vụ hành chính công tỉnh "
        "xây dựng Kế hoạch như sau:",
    ],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          b("Thống nhất quy trình tiếp nhận tại trụ sở chính và các chi nhánh sau hợp nhất tỉnh."),
          b("Người dân được phục vụ nhanh, không phải đi lại nhiều lần.")),
        P("CHỈ TIÊU",
          b("100% thủ tục đủ điều kiện được tiếp nhận không phụ thuộc địa giới hành chính."),
          b("Tối thiểu 98% hồ sơ được giải quyết đúng hạn."),
          b("Mức độ hài lòng của người dân, doanh nghiệp đạt tối thiểu 96%.")),
        prose_part("NHIỆM VỤ",
                   "Trung tâm giao 10 nhiệm vụ cải cách hành chính năm 2026 như sau:", GIA_LAI_TASKS),
        P("TỔ CHỨC THỰC HIỆN",
          n(f"{HC} tham mưu Giám đốc Trung tâm báo cáo UBND tỉnh (qua Sở Nội vụ) kết quả quý trước ngày 13 của tháng "
            "cuối quý và kết quả năm trước ngày 13/11/2026."),
          n(f"{GS} báo cáo Giám đốc Trung tâm số hồ sơ trễ hạn vào thứ Sáu hằng tuần."),
          n(f"Các phòng, chi nhánh gửi báo cáo về {HC} trước ngày 20 hằng tháng."),
          n("Kinh phí thực hiện là 95 triệu đồng từ nguồn chi thường xuyên được giao năm 2026.")),
    ],
    recipients=["UBND tỉnh (b/c);", "Sở Nội vụ;", "Ban Giám đốc;", "Các phòng, chi nhánh;", "Lưu: VT, HC-TH."],
    sign_role=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
    signer="Rơ Mah Thuận",
    province="Gia Lai",
    groups=[],
)
