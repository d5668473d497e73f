"""Batch-7 test plans D: Đại học Huế (QUYẾT ĐỊNH + plan, DOCX, two annexes) and Sở Công Thương Gia Lai (PDF).

Đại học Huế: a university's decision (125/QĐ-ĐHH, KT. GIÁM ĐỐC / PHÓ GIÁM
ĐỐC, on the proposal of the Trưởng Ban Tổ chức - Nhân sự) whose plan has
"PHỤ LỤC I" — a task table whose **lead comes first** (``STT | Đơn vị chủ
trì | Nội dung công việc | Đơn vị phối hợp | Kết quả đầu ra | Thời hạn``) with
group rows merged across — and "PHỤ LỤC II", a list of periodic reports.
Sở Công Thương Gia Lai: a portrait Phụ lục that is a **schedule table**
(``Quý I | Quý II | Quý III | Quý IV`` marked "x", no deadline text) with one
cell for lead and partners and group rows spanning all columns; GIÁM ĐỐC.
"""

from __future__ import annotations

from datetime import date

from eval.varied.build import G, P, b, n
from eval.varied.model import Decision
from eval.varied2.model2 import Report
from eval.varied7.model7 import T7, Plan7

DH_HUE = Plan7(
    file="hue_dai-hoc-hue_qd-kh-cchc-2026.docx",
    fmt="decision",
    parent="BỘ GIÁO DỤC VÀ ĐÀO TẠO",
    issuer_upper="ĐẠI HỌC HUẾ",
    issuer="Đại học Huế",
    number=None,
    place="Huế",
    issued=date(2026, 1, 16),
    subtitle="Cải cách hành chính năm 2026 của Đại học Huế",
    ref_text="(Ban hành kèm theo Quyết định số 125/QĐ-ĐHH ngày 16/01/2026 của Giám đốc Đại học Huế)",
    decision=Decision(
        number="125/QĐ-ĐHH",
        authority="GIÁM ĐỐC ĐẠI HỌC HUẾ",
        title="Ban hành Kế hoạch cải cách hành chính năm 2026 của Đại học Huế",
        bases=[
            "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;",
            "Căn cứ Quy chế tổ chức và hoạt động của Đại học Huế;",
        ],
        proposal="Theo đề nghị của Trưởng Ban Tổ chức - Nhân sự.",
        articles=[
            "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm 2026 của Đại học Huế.",
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
            "Điều 3. Chánh Văn phòng, Trưởng các ban chức năng, Hiệu trưởng các trường đại học thành viên và Thủ trưởng các đơn vị thuộc, trực thuộc Đại học Huế chịu trách nhiệm thi hành Quyết định này.",
        ],
        recipients=["Như Điều 3;", "Bộ Giáo dục và Đào tạo (b/c);", "Ban Giám đốc;", "Lưu: VT, TCNS."],
        sign_role=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
        signer="Tôn Thất Minh Khoa",
    ),
    preamble=[],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          b("Đơn giản hóa thủ tục hành chính và thủ tục nội bộ giữa Đại học Huế với các trường đại học thành viên, phục vụ người học tốt hơn."),
          b("Gắn cải cách hành chính với chuyển đổi số trong quản trị đại học.")),
        P("MỤC TIÊU",
          n("100% yêu cầu cấp bản sao văn bằng, chứng chỉ từ sổ gốc được tiếp nhận trực tuyến."),
          n("Tối thiểu 90% thủ tục nội bộ được giải quyết trên môi trường điện tử."),
          n("Mức độ hài lòng của người học đối với công tác hành chính đạt tối thiểu 85%.")),
        P("NHIỆM VỤ",
          "Nhiệm vụ cụ thể tại Phụ lục I; chế độ báo cáo định kỳ tại Phụ lục II."),
        P("KINH PHÍ",
          "Kinh phí thực hiện Kế hoạch là 1.850 triệu đồng từ nguồn thu sự nghiệp của Đại học Huế, trong đó 900 triệu đồng cho hệ thống hồ sơ sinh viên điện tử."),
        P("TỔ CHỨC THỰC HIỆN",
          n("Ban Tổ chức - Nhân sự là đầu mối theo dõi, tổng hợp kết quả thực hiện Kế hoạch, tham mưu Giám đốc Đại học Huế báo cáo Bộ Giáo dục và Đào tạo."),
          n("Các đơn vị thuộc và trực thuộc thực hiện nhiệm vụ tại Phụ lục I và gửi báo cáo theo Phụ lục II.")),
    ],
    recipients=[],
    sign_role=["PHÓ GIÁM ĐỐC"],
    signer="Tôn Thất Minh Khoa",
    province="Huế",
    appendix_title="PHỤ LỤC I\nNHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026",
    partner_sep="; ",
    merge_down=(),
    columns=[("stt", "STT"), ("lead", "Đơn vị chủ trì"), ("task", "Nội dung công việc"), ("partners", "Đơn vị phối hợp"),
             ("product", "Kết quả đầu ra"), ("deadline", "Thời hạn")],
    reports_title="PHỤ LỤC II\nDANH MỤC BÁO CÁO ĐỊNH KỲ VỀ CẢI CÁCH HÀNH CHÍNH",
    reports=[
        Report(kind="Quý", reporter="Các đơn vị thuộc và trực thuộc", recipient="Ban Tổ chức - Nhân sự",
               deadline="Trước ngày 10 của tháng cuối quý"),
        Report(kind="6 tháng", reporter="Các đơn vị thuộc và trực thuộc", recipient="Ban Tổ chức - Nhân sự",
               deadline="Trước ngày 10/6/2026"),
        Report(kind="Năm", reporter="Các đơn vị thuộc và trực thuộc", recipient="Ban Tổ chức - Nhân sự",
               deadline="Trước ngày 10/11/2026"),
        Report(kind="Năm", reporter="Đại học Huế", recipient="Bộ Giáo dục và Đào tạo", deadline="Trước ngày 20/11/2026"),
        Report(kind="Tháng", reporter="Trung tâm Thông tin và Chuyển đổi số", recipient="Văn phòng Đại học Huế",
               deadline="Trước ngày 25 hằng tháng"),
    ],
    groups=[
        G("I. CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
          T7("Cấp bản sao văn bằng, chứng chỉ từ sổ gốc theo hình thức trực tuyến",
             "Ban Đào tạo và Công tác sinh viên", "Các trường đại học thành viên", "Quý II/2026",
             "Dịch vụ cấp bản sao văn bằng trực tuyến"),
          T7("Rà soát, công bố quy trình giải quyết thủ tục nội bộ giữa Đại học Huế và các trường đại học thành viên",
             "Văn phòng Đại học Huế", "Ban Tổ chức - Nhân sự; Ban Kế hoạch - Tài chính", "Tháng 3/2026", "Bộ quy trình nội bộ"),
          T7("Tiếp nhận hồ sơ xét tuyển sinh viên quốc tế qua cổng trực tuyến",
             "Ban Đào tạo và Công tác sinh viên", "Trường Đại học Ngoại ngữ", "Tháng 6/2026", "Cổng tiếp nhận hồ sơ")),
        G("II. CẢI CÁCH TỔ CHỨC BỘ MÁY VÀ QUẢN TRỊ",
          T7("Xây dựng đề án vị trí việc làm của các đơn vị thuộc và trực thuộc Đại học Huế",
             "Ban Tổ chức - Nhân sự", "Các đơn vị thuộc và trực thuộc", "Quý III/2026", "Đề án vị trí việc làm"),
          T7("Tổ chức thi thăng hạng chức danh nghề nghiệp giảng viên chính",
             "Ban Tổ chức - Nhân sự", "Các trường đại học thành viên", "Tháng 10/2026", "Kết quả thi thăng hạng"),
          T7("Xây dựng phương án tự chủ tài chính của Trường Đại học Y - Dược",
             "Ban Kế hoạch - Tài chính", "Trường Đại học Y - Dược", "Quý IV/2026", "Phương án tự chủ được phê duyệt")),
        G("III. CHUYỂN ĐỔI SỐ",
          T7("Triển khai hồ sơ sinh viên điện tử, kết nối học bạ số và văn bằng số",
             "Trung tâm Thông tin và Chuyển đổi số", "Ban Đào tạo và Công tác sinh viên; Các trường đại học thành viên",
             "Trước ngày 31/8/2026", "Hệ thống hồ sơ sinh viên điện tử"),
          T7("Số hóa luận án tiến sĩ đang lưu trữ tại Thư viện trung tâm",
             "Trung tâm Thông tin và Chuyển đổi số", "Ban Khoa học, Công nghệ và Hợp tác quốc tế", "Tháng 12/2026",
             "Kho luận án số")),
    ],
)

SCT_GIA_LAI = Plan7(
    file="gia-lai_so-cong-thuong_kh-cchc-2026.pdf",
    fmt="pdf-table",
    parent="UBND TỈNH GIA LAI",
    issuer_upper="SỞ CÔNG THƯƠNG",
    issuer="Sở Công Thương tỉnh Gia Lai",
    number="17/KH-SCT",
    place="Gia Lai",
    issued=date(2026, 1, 20),
    subtitle="Cải cách hành chính năm 2026 của Sở Công Thương tỉnh Gia Lai",
    preamble=[
        "Thực hiện Kế hoạch cải cách hành chính nhà nước tỉnh Gia Lai năm 2026, Sở Công Thương ban hành Kế hoạch cải cách hành chính năm 2026 như sau:",
    ],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          b("Thống nhất quy trình giải quyết thủ tục hành chính lĩnh vực công thương sau khi hợp nhất với Sở Công Thương tỉnh Bình Định (cũ)."),
          b("Tiến độ từng nhiệm vụ được xác định theo quý tại Phụ lục.")),
        P("CHỈ TIÊU",
          b("100% hồ sơ thủ tục hành chính lĩnh vực công thương được tiếp nhận trực tuyến."),
          b("Tối thiểu 90% tổ chức, cá nhân hài lòng với việc giải quyết thủ tục hành chính của Sở."),
          b("100% văn bản đi của Sở được ký số.")),
        P("NHIỆM VỤ",
          "Nhiệm vụ, đơn vị chủ trì, phối hợp và tiến độ thực hiện theo quý tại Phụ lục kèm theo."),
        P("KINH PHÍ",
          "Kinh phí thực hiện Kế hoạch là 720 triệu đồng, trong đó 350 triệu đồng cho cơ sở dữ liệu năng lượng."),
        P("TỔ CHỨC THỰC HIỆN",
          n("Văn phòng Sở theo dõi, đôn đốc thực hiện Kế hoạch; tham mưu Giám đốc Sở báo cáo UBND tỉnh (qua Sở Nội vụ) kết quả CCHC quý trước ngày 14 của tháng cuối quý và báo cáo năm trước ngày 14/11/2026."),
          n("Văn phòng Sở tổng hợp, báo cáo Bộ Công Thương kết quả cải cách hành chính năm 2026 trước ngày 30/11/2026."),
          n("Các phòng, đơn vị thuộc Sở báo cáo tiến độ về Văn phòng Sở trước ngày 5 của tháng đầu quý sau.")),
    ],
    recipients=["UBND tỉnh (b/c);", "Sở Nội vụ;", "Bộ Công Thương (b/c);", "Các phòng, đơn vị thuộc Sở;", "Lưu: VT, VP."],
    sign_role=["GIÁM ĐỐC"],
    signer="Phạm Hồng Quân",
    province="Gia Lai",
    appendix_title="PHỤ LỤC\nNHIỆM VỤ VÀ TIẾN ĐỘ THỰC HIỆN CẢI CÁCH HÀNH CHÍNH NĂM 2026",
    unit_sep=", ",
    merge_down=(),
    columns=[("stt", "STT"), ("task", "Nhiệm vụ"), ("unit", "Đơn vị chủ trì, phối hợp"),
             ("q1", "Quý I"), ("q2", "Quý II"), ("q3", "Quý III"), ("q4", "Quý IV"), ("product", "Sản phẩm")],
    groups=[
        G("I. CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
          T7("Cấp giấy phép bán lẻ sản phẩm rượu, sản phẩm thuốc lá theo hình thức trực tuyến toàn trình",
             "Phòng Quản lý thương mại", "Văn phòng Sở", product="Dịch vụ công trực tuyến toàn trình", marks="I,II"),
          T7("Rút ngắn thời gian cấp giấy chứng nhận cửa hàng bán lẻ xăng dầu đủ điều kiện xuống còn 10 ngày làm việc",
             "Phòng Quản lý thương mại", "Phòng Kỹ thuật an toàn - Môi trường", product="Quy trình nội bộ được rút gọn", marks="II"),
          T7("Hướng dẫn doanh nghiệp xin cấp giấy chứng nhận xuất xứ hàng hóa cho cà phê, hồ tiêu xuất khẩu qua cửa khẩu quốc tế Lệ Thanh",
             "Trung tâm Khuyến công và Xúc tiến thương mại", "Phòng Quản lý thương mại", product="Hội nghị hướng dẫn",
             marks="II,III")),
        G("II. CẢI CÁCH TỔ CHỨC BỘ MÁY",
          T7("Sắp xếp lại các phòng chuyên môn sau khi hợp nhất với Sở Công Thương tỉnh Bình Định (cũ)",
             "Văn phòng Sở", "các phòng chuyên môn", product="Quyết định quy định chức năng, nhiệm vụ các phòng", marks="I"),
          T7("Đánh giá công chức theo kết quả công việc hằng quý",
             "Văn phòng Sở", "các phòng chuyên môn", product="Kết quả đánh giá công chức", marks="I,II,III,IV")),
        G("III. CHUYỂN ĐỔI SỐ",
          T7("Xây dựng cơ sở dữ liệu các dự án điện gió, điện mặt trời trên địa bàn tỉnh",
             "Phòng Quản lý năng lượng", "Sở Khoa học và Công nghệ", product="Cơ sở dữ liệu năng lượng", marks="II,III,IV"),
          T7("Đưa sản phẩm OCOP của các xã lên sàn thương mại điện tử của tỉnh",
             "Trung tâm Khuyến công và Xúc tiến thương mại", "UBND các xã, phường", product="Gian hàng OCOP trên sàn",
             marks="III,IV"),
          T7("Ký số 100% văn bản đi của Sở trên hệ thống quản lý văn bản và điều hành",
             "Văn phòng Sở", "Phòng Kế hoạch - Tài chính", product="Văn bản điện tử có chữ ký số", marks="I")),
    ],
)
