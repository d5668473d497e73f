"""Batch-12 dev plans B: UBND phường Hải Châu, TP. Đà Nẵng (QUYẾT ĐỊNH + plan, DOCX) and CDC Ninh Bình (scan).

Phường Hải Châu: a decision (căn cứ, "Theo đề nghị của …", Điều 1–3, Nơi
nhận, KT. CHỦ TỊCH / PHÓ CHỦ TỊCH) followed by the plan whose 12 tasks are
written **in prose** (lettered items under numbered fields, lead, partners and
deadline inside the sentence in varied orders), no table; reports in prose.
Trung tâm Kiểm soát bệnh tật tỉnh Ninh Bình: an image-only 300-dpi PDF whose
ruled table inside part III puts the **partners before the lead** ("STT |
Nội dung công việc | Đơn vị phối hợp | Đơn vị chủ trì | Thời hạn"), one task
without partner, reports in prose, a stamp beside the signer.
"""

from __future__ import annotations

from datetime import date

from eval.varied.build import G, P, a, b, n
from eval.varied.model import Decision
from eval.varied8.model8 import T8, Plan8
from eval.varied10.prose import ProseGroups, prose_part, pt

VP_P = "Văn phòng HĐND và UBND phường"
KT_P = "Phòng Kinh tế, Hạ tầng và Đô thị"
VH_P = "Phòng Văn hóa - Xã hội"
TT_P = "Trung tâm Phục vụ hành chính công phường"

HAI_CHAU_TASKS: ProseGroups = [
    ("Cải cách thể chế", [
        pt(f"{VP_P} chủ trì, phối hợp với {KT_P} rà soát các quyết định, chỉ thị do UBND quận Hải Châu (cũ) ban hành "
           "còn hiệu lực để đề xuất bãi bỏ, thay thế; hoàn thành trong Quý II/2026.",
           "rà soát các quyết định, chỉ thị do UBND quận Hải Châu (cũ) ban hành", VP_P, KT_P, "Quý II/2026"),
        pt(f"Giao {VH_P} thực hiện xây dựng Quy chế phối hợp giải quyết chế độ người có công giữa các bộ phận của "
           "phường, thời gian: tháng 5/2026.",
           "Quy chế phối hợp giải quyết chế độ người có công", VH_P, "", "Tháng 5/2026"),
    ]),
    ("Cải cách thủ tục hành chính", [
        pt(f"{TT_P} chủ trì tiếp nhận hồ sơ không phụ thuộc địa giới hành chính đối với thủ tục chứng thực, hộ tịch; "
           "Công an phường phối hợp; hoàn thành trong Quý III/2026.",
           "tiếp nhận hồ sơ không phụ thuộc địa giới hành chính đối với thủ tục chứng thực, hộ tịch", TT_P,
           "Công an phường", "Quý III/2026"),
        pt(f"Niêm yết thủ tục hành chính kèm mã QR tại nhà văn hóa các tổ dân phố do {VP_P} thực hiện, Ban công tác "
           "Mặt trận các tổ dân phố phối hợp, hoàn thành trước 30/4/2026.",
           "Niêm yết thủ tục hành chính kèm mã QR tại nhà văn hóa các tổ dân phố", VP_P,
           "Ban công tác Mặt trận các tổ dân phố", "Trước 30/4/2026"),
        pt(f"Giao {KT_P} chủ trì rút ngắn thời gian cấp giấy phép xây dựng nhà ở riêng lẻ từ 15 ngày xuống còn 10 ngày, "
           f"phối hợp với {TT_P}; thời gian: tháng 6/2026.",
           "rút ngắn thời gian cấp giấy phép xây dựng nhà ở riêng lẻ", KT_P, TT_P, "Tháng 6/2026"),
    ]),
    ("Cải cách tổ chức bộ máy và chế độ công vụ", [
        pt(f"{VP_P} chủ trì sắp xếp, bố trí công chức theo vị trí việc làm sau khi thành lập phường mới, phối hợp với "
           "Sở Nội vụ thành phố; hoàn thành trong Quý I/2026.",
           "sắp xếp, bố trí công chức theo vị trí việc làm", VP_P, "Sở Nội vụ thành phố", "Quý I/2026"),
        pt(f"Kiểm tra đột xuất việc chấp hành kỷ luật, kỷ cương hành chính tại {TT_P} do {VP_P} chủ trì, Công an phường "
           "phối hợp; thời gian thực hiện: Quý IV/2026.",
           "Kiểm tra đột xuất việc chấp hành kỷ luật, kỷ cương hành chính", VP_P, "Công an phường", "Quý IV/2026"),
    ]),
    ("Cải cách tài chính công", [
        pt(f"Giao {KT_P} công khai dự toán, quyết toán ngân sách phường trên Trang thông tin điện tử của phường, {VP_P} "
           "phối hợp; thời gian: tháng 7/2026.",
           "công khai dự toán, quyết toán ngân sách phường", KT_P, VP_P, "Tháng 7/2026"),
        pt(f"{VH_P} chủ trì chi trả chính sách an sinh xã hội không dùng tiền mặt, phối hợp với Bưu điện Hải Châu; "
           "hoàn thành trong Quý III/2026.",
           "chi trả chính sách an sinh xã hội không dùng tiền mặt", VH_P, "Bưu điện Hải Châu", "Quý III/2026"),
    ]),
    ("Chuyển đổi số", [
        pt(f"Giao {TT_P} chủ trì, phối hợp với Viễn thông Đà Nẵng số hóa hồ sơ, kết quả giải quyết thủ tục hành chính "
           "từ năm 2020 đến nay; thời gian: tháng 9/2026.",
           "số hóa hồ sơ, kết quả giải quyết thủ tục hành chính từ năm 2020", TT_P, "Viễn thông Đà Nẵng", "Tháng 9/2026"),
        pt(f"Triển khai trợ lý ảo hỗ trợ người dân tra cứu thủ tục hành chính trên Zalo của phường do {VP_P} thực hiện; "
           "Đoàn Thanh niên phường phối hợp; hoàn thành trước 31/10/2026.",
           "trợ lý ảo hỗ trợ người dân tra cứu thủ tục hành chính", VP_P, "Đoàn Thanh niên phường", "Trước 31/10/2026"),
        pt(f"Công an phường chủ trì, phối hợp với {VH_P} làm sạch dữ liệu dân cư phục vụ chi trả an sinh xã hội; "
           "thời gian: tháng 8/2026.",
           "làm sạch dữ liệu dân cư phục vụ chi trả an sinh xã hội", "Công an phường", VH_P, "Tháng 8/2026"),
    ]),
]

HAI_CHAU = Plan8(
    file="da-nang_phuong-hai-chau_qd-kh-cchc-2026.docx",
    fmt="decision",
    parent="",
    issuer_upper="ỦY BAN NHÂN DÂN\nPHƯỜNG HẢI CHÂU",
    issuer="Ủy ban nhân dân phường Hải Châu",
    number=None,
    place="Hải Châu",
    issued=date(2026, 1, 14),
    subtitle="Cải cách hành chính năm 2026 của phường Hải Châu",
    ref_text="(Ban hành kèm theo Quyết định số 95/QĐ-UBND ngày 14/01/2026 của Chủ tịch UBND phường Hải Châu)",
    decision=Decision(
        number="95/QĐ-UBND",
        authority="CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG HẢI CHÂU",
        title="Về việc ban hành Kế hoạch cải cách hành chính năm 2026 của phường Hải Châu",
        bases=[
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
            "Căn cứ Kế hoạch cải cách hành chính năm 2026 của UBND thành phố Đà Nẵng;",
        ],
        proposal=f"Theo đề nghị của Chánh {VP_P}.",
        articles=[
            "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm 2026 của phường Hải Châu.",
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
            f"Điều 3. Chánh {VP_P}, Trưởng {KT_P}, Trưởng {VH_P}, Giám đốc {TT_P}, Trưởng Công an phường và các tổ "
            "chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này.",
        ],
        recipients=["Như Điều 3;", "UBND thành phố (b/c);", "Sở Nội vụ thành phố;", "TT Đảng ủy, TT HĐND phường;",
                    "Lưu: VT."],
        sign_role=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
        signer="Phan Thị Ngọc Hà",
    ),
    preamble=[],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          n("Tạo chuyển biến về chất lượng phục vụ người dân sau khi sắp xếp đơn vị hành chính cấp xã."),
          n("Mỗi nhiệm vụ phải rõ bộ phận chủ trì, bộ phận phối hợp và thời gian hoàn thành.")),
        P("MỤC TIÊU",
          b("Tối thiểu 70% hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến toàn trình."),
          b("100% hồ sơ được giải quyết đúng hoặc trước hạn."),
          b("Thời gian cấp giấy phép xây dựng nhà ở riêng lẻ không quá 10 ngày."),
          b("Mức độ hài lòng của người dân đạt tối thiểu 95%.")),
        prose_part("NHIỆM VỤ TRỌNG TÂM",
                   "Năm 2026, UBND phường triển khai 12 nhiệm vụ cải cách hành chính sau:", HAI_CHAU_TASKS),
        P("KINH PHÍ",
          "Kinh phí thực hiện Kế hoạch là 120 triệu đồng từ ngân sách phường năm 2026."),
        P("TỔ CHỨC THỰC HIỆN",
          n(VP_P),
          a("Là đầu mối tham mưu Chủ tịch UBND phường theo dõi, đôn đốc thực hiện Kế hoạch;"),
          a("Tổng hợp, báo cáo UBND thành phố (qua Sở Nội vụ) kết quả cải cách hành chính định kỳ hằng quý trước ngày "
            "20 của tháng cuối quý và báo cáo năm trước ngày 15/11/2026."),
          n(TT_P),
          a("Báo cáo Chủ tịch UBND phường tình hình tiếp nhận, giải quyết hồ sơ trước ngày 05 hằng tháng."),
          n("Các phòng, Công an phường"),
          a(f"Gửi báo cáo kết quả thực hiện nhiệm vụ được giao về {VP_P} trước ngày 12 của tháng cuối quý.")),
    ],
    recipients=[],
    sign_role=["KT. CHỦ TỊCH"],
    signer="Phan Thị Ngọc Hà",
    province="Đà Nẵng",
    groups=[],
)

TC = "Phòng Tổ chức - Hành chính"
KH = "Phòng Kế hoạch - Nghiệp vụ"
TCKT = "Phòng Tài chính - Kế toán"
BTN = "Khoa Kiểm soát bệnh truyền nhiễm"

CDC_NINH_BINH = Plan8(
    file="ninh-binh_cdc-tinh_kh-cchc-2026_scan.pdf",
    fmt="scan",
    parent="SỞ Y TẾ TỈNH NINH BÌNH",
    issuer_upper="TRUNG TÂM KIỂM SOÁT BỆNH TẬT",
    issuer="Trung tâm Kiểm soát bệnh tật tỉnh Ninh Bình",
    number="12/KH-KSBT",
    place="Ninh Bình",
    issued=date(2026, 1, 21),
    subtitle="Cải cách hành chính năm 2026 của Trung tâm Kiểm soát bệnh tật tỉnh Ninh Bình",
    preamble=[
        "Thực hiện Kế hoạch cải cách hành chính năm 2026 của Sở Y tế, Trung tâm Kiểm soát bệnh tật tỉnh Ninh Bình xây "
        "dựng Kế hoạch như sau:",
    ],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          b("Thống nhất quy trình làm việc của Trung tâm sau khi hợp nhất ba Trung tâm Kiểm soát bệnh tật."),
          b("Người dân nhận kết quả xét nghiệm, tiêm chủng nhanh, không phải đi lại nhiều lần.")),
        P("CHỈ TIÊU",
          b("100% mũi tiêm chủng được cập nhật lên Hệ thống thông tin tiêm chủng quốc gia trong ngày."),
          b("Tối thiểu 90% kết quả xét nghiệm được trả qua ứng dụng trực tuyến."),
          b("Thời gian trả kết quả xét nghiệm mẫu nước không quá 05 ngày làm việc."),
          b("Tỷ lệ người dân hài lòng đạt tối thiểu 92%.")),
        P("NHIỆM VỤ",
          "Trung tâm giao 10 nhiệm vụ cụ thể như sau:"),
        P("KINH PHÍ",
          "Kinh phí thực hiện là 85 triệu đồng từ nguồn thu sự nghiệp của Trung tâm năm 2026."),
        P("TỔ CHỨC THỰC HIỆN",
          n(f"{KH} là đầu mối; báo cáo Sở Y tế kết quả cải cách hành chính quý trước ngày 17 của tháng cuối quý và báo "
            "cáo năm trước ngày 17/11/2026."),
          n(f"Các khoa, phòng gửi báo cáo về {KH} trước ngày 08 của tháng cuối quý."),
          n(f"{BTN} báo cáo Giám đốc Trung tâm tiến độ cập nhật dữ liệu tiêm chủng vào thứ Hai hằng tuần.")),
    ],
    recipients=["Sở Y tế (b/c);", "Ban Giám đốc;", "Các khoa, phòng;", "Lưu: VT, TCHC."],
    sign_role=["GIÁM ĐỐC"],
    signer="Trịnh Văn Khoa",
    province="Ninh Bình",
    appendix_title="DANH MỤC NHIỆM VỤ",
    ref_text="",
    table_part=2,
    partner_sep="; ",
    columns=[("stt", "STT"), ("task", "Nội dung công việc"), ("partners", "Đơn vị phối hợp"), ("lead", "Đơn vị chủ trì"),
             ("deadline", "Thời hạn")],
    groups=[
        G("",
          T8("Rà soát, sửa đổi quy chế chi tiêu nội bộ sau hợp nhất", TCKT, "Công đoàn cơ sở", "Quý I/2026"),
          T8("Kiện toàn các khoa, phòng của Trung tâm sau hợp nhất", TC, "Sở Y tế", "6 tháng đầu năm 2026"),
          T8("Xây dựng Đề án vị trí việc làm của Trung tâm", TC, "", "Tháng 9/2026"),
          T8("Cập nhật mũi tiêm chủng lên Hệ thống thông tin tiêm chủng quốc gia, đồng bộ Sổ sức khỏe điện tử", BTN,
             "Trạm Y tế các xã, phường", "Thường xuyên"),
          T8("Trả kết quả xét nghiệm qua tin nhắn và ứng dụng trực tuyến", "Khoa Xét nghiệm - Chẩn đoán hình ảnh", TC,
             "Tháng 7/2026"),
          T8("Thanh toán phí tiêm chủng dịch vụ, xét nghiệm không dùng tiền mặt", TCKT,
             "Khoa Xét nghiệm - Chẩn đoán hình ảnh; Phòng tiêm chủng dịch vụ", "Quý II/2026"),
          T8("Tiếp nhận trực tuyến yêu cầu xét nghiệm mẫu nước của doanh nghiệp", "Khoa Sức khỏe môi trường - Y tế trường "
             "học", KH, "Quý III/2026"),
          T8("Ký số 100% văn bản đi trên Hệ thống quản lý văn bản và điều hành", TC, "Các khoa, phòng", "Quý II/2026"),
          T8("Kết nối phần mềm giám sát bệnh truyền nhiễm với Cục Phòng bệnh, Bộ Y tế", BTN,
             "Trạm Y tế các xã, phường; Cục Phòng bệnh", "Tháng 10/2026"),
          T8("Khảo sát sự hài lòng của người dân đến tiêm chủng, xét nghiệm", KH, "Phòng tiêm chủng dịch vụ",
             "Quý IV/2026")),
    ],
)
