"""Batch-10 test plans C: UBND phường Hội An, TP. Đà Nẵng (prose DOCX) and Sở Y tế tỉnh Nghệ An (table DOCX).

Phường Hội An: a Word-numbered DOCX whose tasks are assigned in lettered
paragraphs (no task table), leads, partners and deadlines in running text.
Sở Y tế Nghệ An: a Word-numbered DOCX whose task table in part III reads "TT |
Nội dung công việc | Thời gian hoàn thành | Đơn vị thực hiện (Cơ quan chủ trì |
Cơ quan phối hợp) | Kết quả/sản phẩm", with group rows and merged leads.
"""

from __future__ import annotations

from datetime import date

from eval.varied.build import G, P, a, b, n
from eval.varied8.model8 import T8, Plan8
from eval.varied10.prose import ProseGroups, prose_part, pt

HOI_AN_TASKS: ProseGroups = [
    ("Cải cách thủ tục hành chính", [
        pt("Giao Trung tâm Phục vụ hành chính công phường chủ trì, phối hợp với Công an phường tiếp nhận hồ sơ thủ tục "
           "hành chính không phụ thuộc địa giới hành chính; thời gian: thường xuyên.",
           "tiếp nhận hồ sơ thủ tục hành chính không phụ thuộc địa giới hành chính",
           "Trung tâm Phục vụ hành chính công phường", "Công an phường", "Thường xuyên"),
        pt("Cấp phép kinh doanh dịch vụ lưu trú homestay trong khu phố cổ trực tuyến toàn trình do Phòng Kinh tế, Hạ tầng "
           "và Đô thị thực hiện, hoàn thành trước 30/6/2026; Trung tâm Phục vụ hành chính công phường phối hợp.",
           "Cấp phép kinh doanh dịch vụ lưu trú homestay trong khu phố cổ trực tuyến toàn trình",
           "Phòng Kinh tế, Hạ tầng và Đô thị", "Trung tâm Phục vụ hành chính công phường", "Trước 30/6/2026"),
        pt("Phòng Văn hóa - Xã hội chủ trì niêm yết thủ tục hành chính song ngữ Việt - Anh tại Trung tâm Phục vụ hành "
           "chính công phường; thời gian hoàn thành: tháng 4/2026.",
           "niêm yết thủ tục hành chính song ngữ Việt - Anh", "Phòng Văn hóa - Xã hội", "", "Tháng 4/2026"),
    ]),
    ("Cải cách tổ chức bộ máy và chế độ công vụ", [
        pt("Giao Văn phòng HĐND và UBND phường chủ trì, phối hợp với các phòng chuyên môn rà soát vị trí việc làm của "
           "công chức phường; thời gian hoàn thành: Quý II/2026.",
           "rà soát vị trí việc làm của công chức phường", "Văn phòng HĐND và UBND phường", "các phòng chuyên môn",
           "Quý II/2026"),
        pt("Kiện toàn Tổ quản lý trật tự đô thị khu phố cổ do Phòng Kinh tế, Hạ tầng và Đô thị thực hiện, Công an phường "
           "phối hợp; thời gian: Quý III/2026.",
           "Kiện toàn Tổ quản lý trật tự đô thị khu phố cổ", "Phòng Kinh tế, Hạ tầng và Đô thị", "Công an phường",
           "Quý III/2026"),
        pt("Văn phòng HĐND và UBND phường đánh giá, xếp loại công chức theo kết quả thực hiện nhiệm vụ; các phòng chuyên "
           "môn phối hợp; thời gian: hằng quý.",
           "đánh giá, xếp loại công chức theo kết quả thực hiện nhiệm vụ", "Văn phòng HĐND và UBND phường",
           "các phòng chuyên môn", "Hằng quý"),
    ]),
    ("Cải cách tài chính công", [
        pt("Giao Phòng Kinh tế, Hạ tầng và Đô thị chủ trì, phối hợp với Trung tâm Quản lý bảo tồn di sản văn hóa Hội An "
           "thu phí tham quan khu phố cổ không dùng tiền mặt; thời gian hoàn thành: tháng 8/2026. Sản phẩm: 100% vé "
           "tham quan được bán qua mã QR.",
           "thu phí tham quan khu phố cổ không dùng tiền mặt", "Phòng Kinh tế, Hạ tầng và Đô thị",
           "Trung tâm Quản lý bảo tồn di sản văn hóa Hội An", "Tháng 8/2026", "100% vé tham quan được bán qua mã QR"),
    ]),
    ("Xây dựng chính quyền số", [
        pt("Giao Phòng Văn hóa - Xã hội chủ trì, phối hợp với Đoàn Thanh niên phường và Hội Liên hiệp Phụ nữ phường duy "
           "trì Tổ công nghệ số cộng đồng tại các khối phố; thời gian: Quý I/2026.",
           "duy trì Tổ công nghệ số cộng đồng tại các khối phố", "Phòng Văn hóa - Xã hội",
           "Đoàn Thanh niên phường; Hội Liên hiệp Phụ nữ phường", "Quý I/2026"),
        pt("Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực do Trung tâm Phục vụ hành chính công phường "
           "thực hiện, hoàn thành trước 30/11/2026; Văn phòng HĐND và UBND phường phối hợp. Sản phẩm: kho dữ liệu điện "
           "tử của tổ chức, cá nhân.",
           "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực", "Trung tâm Phục vụ hành chính công phường",
           "Văn phòng HĐND và UBND phường", "Trước 30/11/2026", "kho dữ liệu điện tử của tổ chức, cá nhân"),
        pt("Xây dựng bản đồ số các di tích, điểm tham quan trên địa bàn phường do Phòng Văn hóa - Xã hội thực hiện; Trung "
           "tâm Quản lý bảo tồn di sản văn hóa Hội An phối hợp. Thời gian: Quý IV/2026.",
           "Xây dựng bản đồ số các di tích, điểm tham quan", "Phòng Văn hóa - Xã hội",
           "Trung tâm Quản lý bảo tồn di sản văn hóa Hội An", "Quý IV/2026"),
    ]),
]

HOI_AN = Plan8(
    file="da-nang_phuong-hoi-an_kh-cchc-2026.docx",
    fmt="docx-prose",
    parent="",
    issuer_upper="ỦY BAN NHÂN DÂN\nPHƯỜNG HỘI AN",
    issuer="Ủy ban nhân dân phường Hội An",
    number="14/KH-UBND",
    place="Hội An",
    issued=date(2026, 1, 23),
    subtitle="Cải cách hành chính năm 2026 trên địa bàn phường Hội An",
    preamble=[
        "Căn cứ Kế hoạch cải cách hành chính năm 2026 của UBND thành phố Đà Nẵng, UBND phường Hội An ban hành Kế hoạch "
        "như sau:",
    ],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          n("Mục đích"),
          a("Xây dựng chính quyền phường thân thiện, phục vụ người dân và du khách trong khu phố cổ;"),
          a("Giảm giấy tờ, thời gian đi lại của người dân khi giải quyết thủ tục hành chính sau khi sắp xếp đơn vị hành "
            "chính."),
          n("Yêu cầu"),
          a("Nhiệm vụ được giao phải có đơn vị chủ trì, thời gian hoàn thành cụ thể;"),
          a("Người đứng đầu các phòng, đơn vị chịu trách nhiệm trước Chủ tịch UBND phường về kết quả thực hiện.")),
        P("CHỈ TIÊU",
          b("Tối thiểu 95% hồ sơ thủ tục hành chính được tiếp nhận và giải quyết trực tuyến."),
          b("100% hồ sơ được giải quyết đúng hạn."),
          b("Mức độ hài lòng của người dân, du khách đạt tối thiểu 90%.")),
        prose_part("NHIỆM VỤ", "Năm 2026, UBND phường giao 10 nhiệm vụ cải cách hành chính như sau:", HOI_AN_TASKS),
        P("TỔ CHỨC THỰC HIỆN",
          n("Văn phòng HĐND và UBND phường"),
          a("Là đầu mối theo dõi, đôn đốc các phòng, đơn vị thực hiện Kế hoạch;"),
          a("Tham mưu UBND phường báo cáo UBND thành phố Đà Nẵng (qua Sở Nội vụ) kết quả cải cách hành chính: báo cáo quý "
            "trước ngày 09 của tháng cuối quý, báo cáo 6 tháng trước ngày 09/6/2026, báo cáo năm trước ngày 09/11/2026."),
          n("Phòng Kinh tế, Hạ tầng và Đô thị"),
          a("Bố trí 120 triệu đồng từ ngân sách phường năm 2026 để thực hiện Kế hoạch;"),
          a("Báo cáo Chủ tịch UBND phường kết quả thu phí tham quan không dùng tiền mặt vào ngày 28 hằng tháng."),
          n("Các phòng, đơn vị thuộc phường"),
          a("Gửi báo cáo kết quả thực hiện về Văn phòng HĐND và UBND phường trước ngày 05 của tháng cuối quý.")),
    ],
    recipients=["UBND thành phố Đà Nẵng (b/c);", "Sở Nội vụ;", "Thường trực Đảng ủy phường;", "Các phòng, đơn vị thuộc phường;",
                "Lưu: VT."],
    sign_role=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
    signer="Trương Thị Thu Hà",
    province="Thành phố Đà Nẵng",
    ref_text="",
)

NGHE_AN_SYT = Plan8(
    file="nghe-an_so-y-te_kh-cchc-2026.docx",
    fmt="docx-table",
    parent="UBND TỈNH NGHỆ AN",
    issuer_upper="SỞ Y TẾ",
    issuer="Sở Y tế tỉnh Nghệ An",
    number="41/KH-SYT",
    place="Nghệ An",
    issued=date(2026, 1, 20),
    subtitle="Cải cách hành chính năm 2026 của Sở Y tế tỉnh Nghệ An",
    preamble=[
        "Căn cứ Kế hoạch cải cách hành chính năm 2026 của UBND tỉnh Nghệ An, Sở Y tế xây dựng Kế hoạch cải cách hành "
        "chính năm 2026 như sau:",
    ],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          n("Mục đích"),
          a("Đơn giản hóa thủ tục cấp phép hành nghề, cấp phép hoạt động khám bệnh, chữa bệnh;"),
          a("Ứng dụng công nghệ số trong quản lý y tế, giảm giấy tờ cho người bệnh."),
          n("Yêu cầu"),
          a("Bám sát Kế hoạch của UBND tỉnh, phân công rõ cơ quan chủ trì, thời gian, kết quả;"),
          a("Các đơn vị trực thuộc báo cáo đúng kỳ, đúng thời hạn.")),
        P("CHỈ TIÊU",
          b("100% thủ tục hành chính lĩnh vực y tế đủ điều kiện được cung cấp trực tuyến toàn trình."),
          b("100% bệnh viện công lập tuyến tỉnh triển khai bệnh án điện tử."),
          b("Tối thiểu 90% hồ sơ cấp chứng chỉ hành nghề được giải quyết trước hạn.")),
        P("NHIỆM VỤ",
          "Kế hoạch gồm 11 nhiệm vụ, phân công tại bảng dưới đây:"),
        P("TỔ CHỨC THỰC HIỆN",
          n("Văn phòng Sở"),
          a("Là đầu mối giúp Giám đốc Sở theo dõi, đôn đốc thực hiện Kế hoạch;"),
          a("Báo cáo UBND tỉnh (qua Sở Nội vụ) và Bộ Y tế kết quả cải cách hành chính 6 tháng trước ngày 10/6/2026 và "
            "năm trước ngày 10/11/2026."),
          n("Phòng Kế hoạch - Tài chính"),
          a("Bố trí 280 triệu đồng từ nguồn ngân sách tỉnh giao Sở năm 2026 để thực hiện Kế hoạch."),
          n("Thanh tra Sở"),
          a("Kiểm tra việc thực hiện thủ tục hành chính tại các bệnh viện, báo cáo Giám đốc Sở sau mỗi đợt kiểm tra "
            "trong thời hạn 07 ngày làm việc."),
          n("Các đơn vị trực thuộc"),
          a("Gửi báo cáo quý về Văn phòng Sở trước ngày 06 của tháng cuối quý.")),
    ],
    recipients=["UBND tỉnh (b/c);", "Bộ Y tế (b/c);", "Sở Nội vụ;", "Các đơn vị trực thuộc;", "Lưu: VT, VP."],
    sign_role=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
    signer="Hồ Sỹ Hùng",
    province="Nghệ An",
    appendix_title="BẢNG PHÂN CÔNG NHIỆM VỤ",
    ref_text="",
    table_part=2,
    spans=[("Đơn vị thực hiện", ("lead", "partners"))],
    partner_sep="; ",
    columns=[("stt", "TT"), ("task", "Nội dung công việc"), ("deadline", "Thời gian hoàn thành"),
             ("lead", "Cơ quan chủ trì"), ("partners", "Cơ quan phối hợp"), ("product", "Kết quả/sản phẩm")],
    groups=[
        G("I. CẢI CÁCH THỂ CHẾ",
          T8("Tham mưu UBND tỉnh ban hành Quy định phân cấp quản lý nhà nước về y tế cho UBND cấp xã", "Văn phòng Sở",
             "Phòng Nghiệp vụ Y", "Quý II/2026", "Quyết định của UBND tỉnh"),
          T8("Rà soát văn bản quy phạm pháp luật lĩnh vực y tế do HĐND, UBND tỉnh ban hành", "Văn phòng Sở",
             "Các phòng chức năng", "Thường xuyên", "Báo cáo rà soát")),
        G("II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
          T8("Cấp giấy phép hành nghề khám bệnh, chữa bệnh trực tuyến toàn trình", "Phòng Nghiệp vụ Y",
             "Trung tâm Phục vụ hành chính công tỉnh", "Tháng 6/2026", "Dịch vụ công toàn trình"),
          T8("Cắt giảm thời gian cấp giấy phép hoạt động phòng khám tư nhân từ 30 ngày xuống 20 ngày", "Phòng Nghiệp vụ Y",
             "Thanh tra Sở", "Quý III/2026", "Quy trình nội bộ sửa đổi"),
          T8("Cấp phiếu tiếp nhận hồ sơ công bố mỹ phẩm trực tuyến", "Phòng Nghiệp vụ Dược", "Văn phòng Sở",
             "Trước 31/5/2026", "Phiếu tiếp nhận điện tử")),
        G("III. CẢI CÁCH TỔ CHỨC BỘ MÁY VÀ CHẾ ĐỘ CÔNG VỤ",
          T8("Sắp xếp các trạm y tế sau khi sắp xếp đơn vị hành chính cấp xã", "Phòng Tổ chức cán bộ",
             "Trung tâm Y tế các khu vực; UBND các xã, phường", "Trước 30/6/2026", "Đề án sắp xếp trạm y tế"),
          T8("Tuyển dụng viên chức y tế cơ sở theo vị trí việc làm", "Phòng Tổ chức cán bộ",
             "Hội đồng tuyển dụng viên chức", "Quý IV/2026", "Quyết định tuyển dụng")),
        G("IV. CẢI CÁCH TÀI CHÍNH CÔNG",
          T8("Giao quyền tự chủ tài chính cho các bệnh viện tuyến tỉnh", "Phòng Kế hoạch - Tài chính",
             "Các bệnh viện tuyến tỉnh", "Quý I/2026", "Quyết định giao tự chủ")),
        G("V. CHUYỂN ĐỔI SỐ",
          T8("Triển khai bệnh án điện tử tại các bệnh viện công lập tuyến tỉnh", "Phòng Nghiệp vụ Y",
             "Các bệnh viện công lập; Viettel Nghệ An", "Tháng 9/2026", "Bệnh án điện tử"),
          T8("Liên thông đơn thuốc điện tử với Hệ thống đơn thuốc quốc gia", "Phòng Nghiệp vụ Dược",
             "Các cơ sở khám bệnh, chữa bệnh", "Quý III/2026", "Đơn thuốc điện tử liên thông"),
          T8("Cấp giấy khám sức khỏe người lái xe điện tử kết nối VNeID", "Phòng Nghiệp vụ Y", "Công an tỉnh",
             "Tháng 10/2026", "Giấy khám sức khỏe điện tử")),
    ],
)
