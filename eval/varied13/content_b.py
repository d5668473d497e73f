"""Batch-13 dev plans B: UBND phường Long Biên, Hà Nội (QUYẾT ĐỊNH + plan, PDF) and UBND xã Bắc Hà, Lào Cai (scan).

Phường Long Biên: a decision (căn cứ, "Theo đề nghị của …", Điều 1–3, Nơi
nhận, KT. CHỦ TỊCH / PHÓ CHỦ TỊCH) followed by the plan whose tasks are
**grouped by unit** ("PHÂN CÔNG NHIỆM VỤ": "1. Văn phòng HĐND và UBND
phường:" then "a) Chủ trì …; hoàn thành Quý II/2026;"), two blocks closing
with a block-level deadline for the tasks that state none, and one lettered
duty that is only a partner's ("Phối hợp với … thực hiện nhiệm vụ tại điểm b
khoản 1"); a text-layer PDF.
Xã Bắc Hà: an image-only 300-dpi PDF of a plan whose tasks are written **in
prose** (lettered paragraphs under numbered fields, the deadline sometimes
first: "Trong Quý II/2026, X chủ trì …"), no table; a paragraph runs over the
page break; stamp left of the signer.
"""

from __future__ import annotations

from datetime import date

from eval.varied.build import P, b, n
from eval.varied.model import Decision
from eval.varied8.model8 import Plan8
from eval.varied10.prose import ProseGroups, prose_part, pt
from eval.varied13.byunit import UnitBlock, unit_part, ut

VP_P = "Văn phòng HĐND và UBND phường"
KT_P = "Phòng Kinh tế, Hạ tầng và Đô thị"
VH_P = "Phòng Văn hóa - Xã hội"
TT_P = "Trung tâm Phục vụ hành chính công phường"
CA_P = "Công an phường"

LONG_BIEN_UNITS: list[UnitBlock] = [
    UnitBlock(VP_P, [
        ut("Chủ trì rà soát, đề xuất bãi bỏ các quyết định do UBND quận Long Biên (cũ) ban hành không còn phù hợp; "
           "hoàn thành Quý II/2026;", "rà soát, đề xuất bãi bỏ các quyết định do UBND quận Long Biên (cũ) ban hành",
           "", "Quý II/2026"),
        ut(f"Chủ trì, phối hợp với {CA_P} kiểm tra đột xuất việc chấp hành kỷ luật, kỷ cương hành chính tại các bộ "
           "phận thuộc UBND phường;", "kiểm tra đột xuất việc chấp hành kỷ luật, kỷ cương hành chính", CA_P),
        ut(f"Chủ trì xây dựng Quy chế làm việc của UBND phường nhiệm kỳ 2026 - 2031, phối hợp với {VH_P}.",
           "Quy chế làm việc của UBND phường nhiệm kỳ 2026 - 2031", VH_P),
    ], "Các nhiệm vụ tại khoản này chưa nêu thời hạn thì hoàn thành trước 30/9/2026.", "Trước 30/9/2026"),
    UnitBlock(KT_P, [
        ut(f"Chủ trì rút ngắn thời gian cấp giấy phép xây dựng nhà ở riêng lẻ xuống còn 10 ngày, phối hợp với {TT_P}; "
           "thời hạn: tháng 6/2026;", "rút ngắn thời gian cấp giấy phép xây dựng nhà ở riêng lẻ", TT_P, "Tháng 6/2026"),
        ut("Chủ trì công khai dự toán, quyết toán ngân sách phường trên Trang thông tin điện tử của phường; thời hạn: "
           "năm 2026;", "công khai dự toán, quyết toán ngân sách phường", "", "Năm 2026"),
        ut("Chủ trì, phối hợp với Ban Quản lý dự án đầu tư xây dựng khu vực Long Biên lập bản đồ số hạ tầng kỹ thuật "
           "đô thị của phường.", "bản đồ số hạ tầng kỹ thuật đô thị",
           "Ban Quản lý dự án đầu tư xây dựng khu vực Long Biên"),
    ], "Các nhiệm vụ tại khoản này chưa nêu thời hạn thì hoàn thành trước 31/10/2026.", "Trước 31/10/2026"),
    UnitBlock(VH_P, [
        ut("Chủ trì, phối hợp với Bưu điện phường Long Biên chi trả trợ cấp xã hội không dùng tiền mặt; hoàn thành 6 "
           "tháng đầu năm 2026;", "chi trả trợ cấp xã hội không dùng tiền mặt", "Bưu điện phường Long Biên",
           "6 tháng đầu năm 2026"),
        ut(f"Chủ trì, phối hợp với {CA_P} làm sạch dữ liệu người có công, đối tượng bảo trợ xã hội; thực hiện thường "
           "xuyên.", "làm sạch dữ liệu người có công, đối tượng bảo trợ xã hội", CA_P, "Thường xuyên"),
    ]),
    UnitBlock(TT_P, [
        ut("Chủ trì tiếp nhận hồ sơ không phụ thuộc địa giới hành chính đối với thủ tục chứng thực, hộ tịch; hoàn thành "
           "Quý III/2026;", "tiếp nhận hồ sơ không phụ thuộc địa giới hành chính đối với thủ tục chứng thực, hộ tịch",
           "", "Quý III/2026"),
        ut("Chủ trì, phối hợp với Đoàn Thanh niên phường hướng dẫn người cao tuổi nộp hồ sơ trực tuyến qua ứng dụng "
           "VNeID tại các tổ dân phố; thực hiện hằng quý;", "hướng dẫn người cao tuổi nộp hồ sơ trực tuyến",
           "Đoàn Thanh niên phường", "Hằng quý"),
        ut("Chủ trì số hóa hồ sơ, kết quả giải quyết thủ tục hành chính từ năm 2021 đến nay; hoàn thành trước "
           "15/8/2026.", "số hóa hồ sơ, kết quả giải quyết thủ tục hành chính từ năm 2021", "", "Trước 15/8/2026"),
    ]),
    UnitBlock(CA_P, [
        ut(f"Chủ trì, phối hợp với {VH_P} thu nhận hồ sơ cấp tài khoản định danh điện tử mức độ 2 cho người dân trên "
           "địa bàn; hoàn thành tháng 5/2026;", "thu nhận hồ sơ cấp tài khoản định danh điện tử mức độ 2", VH_P,
           "Tháng 5/2026"),
    ], partner_only=[f"Phối hợp với {VP_P} thực hiện nhiệm vụ tại điểm b khoản 1."]),
]

LONG_BIEN = Plan8(
    file="ha-noi_phuong-long-bien_qd-kh-cchc-2026.pdf",
    fmt="decision",
    parent="",
    issuer_upper="ỦY BAN NHÂN DÂN\nPHƯỜNG LONG BIÊN",
    issuer="Ủy ban nhân dân phường Long Biên",
    number=None,
    place="Long Biên",
    issued=date(2026, 1, 13),
    subtitle="Cải cách hành chính năm 2026 của phường Long Biên",
    ref_text="(Ban hành kèm theo Quyết định số 68/QĐ-UBND ngày 13/01/2026 của Chủ tịch UBND phường Long Biên)",
    decision=Decision(
        number="68/QĐ-UBND",
        authority="CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG LONG BIÊN",
        title="Về việc ban hành Kế hoạch cải cách hành chính năm 2026 của phường Long Biên",
        bases=[
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
            "Căn cứ Kế hoạch cải cách hành chính năm 2026 của UBND thành phố Hà Nội;",
        ],
        proposal=f"Theo đề nghị của Chánh {VP_P}.",
        articles=[
            "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm 2026 của phường Long Biên.",
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
            f"Điều 3. Chánh {VP_P}, Trưởng {KT_P}, Trưởng {VH_P}, Giám đốc {TT_P}, Trưởng {CA_P} và các tổ chức, cá "
            "nhân có liên quan chịu trách nhiệm thi hành Quyết định này.",
        ],
        recipients=["Như Điều 3;", "UBND thành phố Hà Nội (b/c);", "Sở Nội vụ thành phố;",
                    "TT Đảng ủy, TT HĐND phường;", "Lưu: VT."],
        sign_role=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
        signer="Đỗ Thị Thanh Hương",
    ),
    preamble=[],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          n("Phân công rõ đơn vị chủ trì từng nhiệm vụ cải cách hành chính năm 2026 của phường."),
          n("Nhiệm vụ không ghi thời hạn riêng thực hiện theo thời hạn chung của khoản.")),
        P("MỤC TIÊU",
          b("Tối thiểu 80% hồ sơ thủ tục hành chính được nộp trực tuyến."),
          b("100% hồ sơ được giải quyết đúng hoặc trước hạn."),
          b("Thời gian cấp giấy phép xây dựng nhà ở riêng lẻ không quá 10 ngày."),
          b("Mức độ hài lòng của người dân đạt tối thiểu 95%.")),
        unit_part("PHÂN CÔNG NHIỆM VỤ",
                  "UBND phường phân công 12 nhiệm vụ cải cách hành chính năm 2026 như sau:", LONG_BIEN_UNITS),
        P("KINH PHÍ",
          "Kinh phí thực hiện Kế hoạch là 150 triệu đồng từ ngân sách phường năm 2026."),
        P("CHẾ ĐỘ BÁO CÁO",
          n(f"{VP_P} tổng hợp, báo cáo UBND thành phố (qua Sở Nội vụ) kết quả cải cách hành chính định kỳ hằng quý "
            "trước ngày 18 của tháng cuối quý, báo cáo 6 tháng trước ngày 18/6/2026 và báo cáo năm trước ngày "
            "18/11/2026."),
          n(f"{TT_P} báo cáo Chủ tịch UBND phường số hồ sơ trễ hạn và nguyên nhân trước ngày 03 hằng tháng."),
          n(f"Các phòng, {CA_P} gửi báo cáo kết quả thực hiện về {VP_P} trước ngày 10 của tháng cuối quý.")),
    ],
    recipients=[],
    sign_role=["KT. CHỦ TỊCH"],
    signer="Đỗ Thị Thanh Hương",
    province="Hà Nội",
    groups=[],
)

VP_X = "Văn phòng HĐND và UBND xã"
TT_X = "Trung tâm Phục vụ hành chính công xã"

BAC_HA_TASKS: ProseGroups = [
    ("Cải cách thủ tục hành chính", [
        pt(f"Trong Quý II/2026, {TT_X} chủ trì, phối hợp với Tổ công nghệ số cộng đồng hướng dẫn người dân các thôn "
           "nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia.",
           "hướng dẫn người dân các thôn nộp hồ sơ trực tuyến", TT_X, "Tổ công nghệ số cộng đồng", "Quý II/2026"),
        pt(f"{VP_X} chủ trì rà soát, công khai quy trình nội bộ giải quyết thủ tục hành chính của xã sau hợp nhất; "
           "hoàn thành trước 30/4/2026.", "công khai quy trình nội bộ giải quyết thủ tục hành chính", VP_X, "",
           "Trước 30/4/2026"),
        pt("Giao Phòng Kinh tế chủ trì cấp giấy chứng nhận quyền sử dụng đất cho các hộ gia đình tại thôn Na Hối, thôn "
           "Bản Phố; Chi nhánh Văn phòng Đăng ký đất đai phối hợp; thời hạn: tháng 8/2026.",
           "cấp giấy chứng nhận quyền sử dụng đất cho các hộ gia đình tại thôn Na Hối, thôn Bản Phố", "Phòng Kinh tế",
           "Chi nhánh Văn phòng Đăng ký đất đai", "Tháng 8/2026"),
    ]),
    ("Cải cách tổ chức bộ máy và chế độ công vụ", [
        pt(f"{VP_X} chủ trì bố trí công chức theo vị trí việc làm sau sắp xếp, phối hợp với Sở Nội vụ; hoàn thành 6 "
           "tháng đầu năm 2026.", "bố trí công chức theo vị trí việc làm", VP_X, "Sở Nội vụ", "6 tháng đầu năm 2026"),
        pt(f"Kiểm tra công vụ tại {TT_X} do {VP_X} thực hiện hằng quý, Ủy ban Mặt trận Tổ quốc Việt Nam xã phối hợp.",
           "Kiểm tra công vụ", VP_X, "Ủy ban Mặt trận Tổ quốc Việt Nam xã", "Hằng quý"),
    ]),
    ("Cải cách tài chính công", [
        pt("Phòng Kinh tế chủ trì, phối hợp với Ban Quản lý chợ Bắc Hà triển khai thanh toán không dùng tiền mặt tại "
           "chợ phiên Bắc Hà; thời gian: Quý III/2026.", "thanh toán không dùng tiền mặt tại chợ phiên Bắc Hà",
           "Phòng Kinh tế", "Ban Quản lý chợ Bắc Hà", "Quý III/2026"),
        pt("Giao Phòng Văn hóa - Xã hội chi trả trợ cấp xã hội qua tài khoản ngân hàng, phối hợp với Bưu điện văn hóa "
           "xã; thời gian thực hiện: năm 2026.", "chi trả trợ cấp xã hội qua tài khoản ngân hàng",
           "Phòng Văn hóa - Xã hội", "Bưu điện văn hóa xã", "Năm 2026"),
    ]),
    ("Chuyển đổi số", [
        pt(f"Trong tháng 7/2026, {VP_X} chủ trì số hóa sổ hộ tịch lưu trữ tại xã, phối hợp với {TT_X}.",
           "số hóa sổ hộ tịch", VP_X, TT_X, "Tháng 7/2026"),
        pt("Công an xã chủ trì làm sạch dữ liệu dân cư, kích hoạt tài khoản định danh điện tử cho người dân từ đủ 14 "
           "tuổi; Phòng Văn hóa - Xã hội phối hợp; thực hiện thường xuyên.",
           "làm sạch dữ liệu dân cư, kích hoạt tài khoản định danh điện tử", "Công an xã", "Phòng Văn hóa - Xã hội",
           "Thường xuyên"),
        pt(f"Phòng Văn hóa - Xã hội chủ trì lắp đặt Wi-Fi miễn phí tại {TT_X} và nhà văn hóa các thôn, phối hợp với "
           "Viettel Lào Cai; hoàn thành trước 30/9/2026.", "lắp đặt Wi-Fi miễn phí", "Phòng Văn hóa - Xã hội",
           "Viettel Lào Cai", "Trước 30/9/2026"),
    ]),
]

BAC_HA = Plan8(
    file="lao-cai_xa-bac-ha_kh-cchc-2026_scan.pdf",
    fmt="scan",
    parent="",
    issuer_upper="ỦY BAN NHÂN DÂN\nXÃ BẮC HÀ",
    issuer="Ủy ban nhân dân xã Bắc Hà",
    number="05/KH-UBND",
    place="Bắc Hà",
    issued=date(2026, 1, 22),
    subtitle="Cải cách hành chính năm 2026 trên địa bàn xã Bắc Hà",
    preamble=[
        "Thực hiện Kế hoạch cải cách hành chính năm 2026 của UBND tỉnh Lào Cai, UBND xã Bắc Hà ban hành Kế hoạch như "
        "sau:",
    ],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          b("Đưa dịch vụ công trực tuyến đến người dân các thôn vùng cao."),
          b("Giảm số lần người dân phải đi lại khi làm thủ tục hành chính."),
          b("Các bộ phận thực hiện đúng tiến độ, báo cáo đúng thời hạn.")),
        P("CHỈ TIÊU",
          b("Tối thiểu 55% hồ sơ thủ tục hành chính của xã được nộp trực tuyến."),
          b("100% hồ sơ được giải quyết đúng hạn."),
          b("Tối thiểu 90% người dân hài lòng với việc giải quyết thủ tục hành chính.")),
        prose_part("NHIỆM VỤ", "UBND xã giao 10 nhiệm vụ cải cách hành chính năm 2026 như sau:", BAC_HA_TASKS),
        P("TỔ CHỨC THỰC HIỆN",
          n(f"{VP_X} là đầu mối; báo cáo UBND tỉnh (qua Sở Nội vụ) kết quả quý trước ngày 12 của tháng cuối quý và kết "
            "quả năm trước ngày 12/11/2026."),
          n(f"{TT_X} báo cáo Chủ tịch UBND xã số hồ sơ trực tuyến vào ngày 25 hằng tháng."),
          n("Kinh phí thực hiện Kế hoạch là 70 triệu đồng từ ngân sách xã năm 2026.")),
    ],
    recipients=["UBND tỉnh Lào Cai (b/c);", "Sở Nội vụ;", "TT Đảng ủy, TT HĐND xã;", "Các thôn;", "Lưu: VT."],
    sign_role=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
    signer="Vàng Văn Sử",
    province="Lào Cai",
    groups=[],
)
