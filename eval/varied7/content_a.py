"""Batch-7 dev plans A: UBND tỉnh Phú Thọ (text-layer PDF) and Ban Quản lý các KCN tỉnh Bắc Ninh (DOCX).

Phú Thọ: a Phụ lục whose columns come in an unusual order (``STT | Nội dung
công việc | Thời gian hoàn thành | Đơn vị chủ trì | Đơn vị phối hợp | Kết quả
đầu ra``) with group rows spanning all columns; targets, a budget with two
sub-amounts, reporting in prose; KT. CHỦ TỊCH / PHÓ CHỦ TỊCH. Ban Quản lý các
KCN Bắc Ninh: a schedule ("Gantt") table inside part III with quarters marked
"x" and no deadline text, one cell holding both lead and partners ("Chủ trì:
…; phối hợp: …"), group rows merged across; kinh phí without an amount.
"""

from __future__ import annotations

from datetime import date

from eval.varied.build import G, P, b, n
from eval.varied7.model7 import T7, Plan7

PHU_THO = Plan7(
    file="phu-tho_ubnd-tinh_kh-cchc-2026.pdf",
    fmt="pdf-table",
    parent="",
    issuer_upper="ỦY BAN NHÂN DÂN\nTỈNH PHÚ THỌ",
    issuer="Ủy ban nhân dân tỉnh Phú Thọ",
    number="23/KH-UBND",
    place="Phú Thọ",
    issued=date(2026, 1, 15),
    subtitle="Cải cách hành chính nhà nước tỉnh Phú Thọ năm 2026",
    preamble=[
        "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;",
        "Thực hiện Chương trình công tác năm 2026 của Tỉnh ủy Phú Thọ, UBND tỉnh ban hành Kế hoạch cải cách hành chính nhà nước năm 2026 như sau:",
    ],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          b("Thống nhất thể chế, thủ tục hành chính trên toàn tỉnh sau khi hợp nhất tỉnh Phú Thọ, tỉnh Vĩnh Phúc (cũ) và tỉnh Hòa Bình (cũ)."),
          b("Mỗi nhiệm vụ tại Phụ lục có đơn vị chủ trì, thời gian hoàn thành và kết quả đầu ra cụ thể.")),
        P("CHỈ TIÊU",
          n("Tối thiểu 85% hồ sơ thủ tục hành chính được tiếp nhận và giải quyết trực tuyến toàn trình."),
          n("Mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết thủ tục hành chính đạt tối thiểu 90%."),
          n("100% cơ quan hành chính nhà nước cấp tỉnh, cấp xã sử dụng chữ ký số trong xử lý văn bản.")),
        P("NHIỆM VỤ",
          "Nội dung công việc, thời gian hoàn thành, đơn vị chủ trì, đơn vị phối hợp và kết quả đầu ra tại Phụ lục kèm theo Kế hoạch này."),
        P("KINH PHÍ",
          "Tổng kinh phí thực hiện Kế hoạch là 3.150 triệu đồng từ ngân sách tỉnh năm 2026, trong đó 1.200 triệu đồng cho kết nối Cơ sở dữ liệu quốc gia về dân cư và 450 triệu đồng cho thi tuyển, bồi dưỡng công chức."),
        P("TỔ CHỨC THỰC HIỆN",
          n("Sở Nội vụ là cơ quan thường trực, hướng dẫn, đôn đốc, kiểm tra việc thực hiện Kế hoạch; tổng hợp kết quả báo cáo UBND tỉnh và Bộ Nội vụ."),
          n("Các sở, ban, ngành, UBND các xã, phường báo cáo kết quả CCHC hằng quý về UBND tỉnh (qua Sở Nội vụ) trước ngày 15 của tháng cuối quý; báo cáo 6 tháng trước ngày 15/6/2026; báo cáo năm trước ngày 15/11/2026."),
          n("Văn phòng UBND tỉnh báo cáo tình hình giải quyết thủ tục hành chính hằng tháng về Văn phòng Chính phủ trước ngày 20 hằng tháng.")),
    ],
    recipients=["Bộ Nội vụ (b/c);", "TT Tỉnh ủy, TT HĐND tỉnh (b/c);", "CT, các PCT UBND tỉnh;",
                "Các sở, ban, ngành tỉnh;", "UBND các xã, phường;", "Lưu: VT, NCTH."],
    sign_role=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
    signer="Đinh Công Sơn",
    province="Phú Thọ",
    appendix_title="PHỤ LỤC\nNHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026 CỦA TỈNH PHÚ THỌ",
    partner_sep="; ",
    columns=[("stt", "STT"), ("task", "Nội dung công việc"), ("deadline", "Thời gian hoàn thành"),
             ("lead", "Đơn vị chủ trì"), ("partners", "Đơn vị phối hợp"), ("product", "Kết quả đầu ra")],
    groups=[
        G("I. CẢI CÁCH THỂ CHẾ",
          T7("Rà soát, hợp nhất các quy định về phân cấp quản lý đường giao thông nông thôn do tỉnh Phú Thọ, tỉnh Vĩnh Phúc (cũ) và tỉnh Hòa Bình (cũ) ban hành",
             "Sở Xây dựng", "Sở Tư pháp; UBND các xã, phường", "Quý II/2026", "Quyết định quy phạm pháp luật của UBND tỉnh"),
          T7("Xây dựng quy định quản lý hoạt động khai thác cát, sỏi lòng sông Đà, sông Lô",
             "Sở Nông nghiệp và Môi trường", "Sở Xây dựng; Công an tỉnh", "Tháng 9/2026", "Quyết định của UBND tỉnh")),
        G("II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
          T7("Công bố danh mục thủ tục hành chính được tiếp nhận không phụ thuộc địa giới hành chính trong phạm vi tỉnh",
             "Văn phòng UBND tỉnh", "Các sở, ban, ngành", "Trước ngày 31/3/2026", "Quyết định công bố danh mục"),
          T7("Rút ngắn thời gian cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở chế biến chè tại các xã Thanh Sơn, Tân Sơn, Yên Lập",
             "Sở Nông nghiệp và Môi trường", "Sở Y tế; UBND các xã", "Quý III/2026", "Quy trình nội bộ được rút gọn"),
          T7("Tiếp nhận hồ sơ cấp phép tổ chức lễ hội tại Khu di tích lịch sử Đền Hùng qua Cổng Dịch vụ công quốc gia",
             "Sở Văn hóa, Thể thao và Du lịch", "Trung tâm Phục vụ hành chính công tỉnh; Khu di tích lịch sử Đền Hùng", "Tháng 2/2026",
             "100% hồ sơ được tiếp nhận trực tuyến")),
        G("III. CẢI CÁCH TỔ CHỨC BỘ MÁY VÀ CÔNG VỤ",
          T7("Rà soát vị trí việc làm của các phòng chuyên môn thuộc UBND các xã, phường sau sắp xếp",
             "Sở Nội vụ", "UBND các xã, phường", "Quý IV/2026", "Báo cáo rà soát và phương án điều chỉnh"),
          T7("Tổ chức thi tuyển cạnh tranh chức danh trưởng phòng thuộc các sở",
             "Sở Nội vụ", "Các sở, ban, ngành", "Tháng 11/2026", "Kết quả thi tuyển")),
        G("IV. XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ",
          T7("Kết nối Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh với Cơ sở dữ liệu quốc gia về dân cư để tự động điền thông tin công dân vào tờ khai",
             "Sở Khoa học và Công nghệ", "Công an tỉnh; Văn phòng UBND tỉnh", "Trước ngày 30/6/2026", "Chức năng tự động điền tờ khai"),
          T7("Số hóa hồ sơ người có công đang lưu trữ tại Sở Nội vụ",
             "Sở Nội vụ", "Sở Khoa học và Công nghệ", "Tháng 10/2026", "Cơ sở dữ liệu người có công")),
    ],
)

BQL_BAC_NINH = Plan7(
    file="bac-ninh_ban-quan-ly-kcn_kh-cchc-2026.docx",
    fmt="docx",
    parent="UBND TỈNH BẮC NINH",
    issuer_upper="BAN QUẢN LÝ\nCÁC KHU CÔNG NGHIỆP",
    issuer="Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh",
    number="09/KH-BQL",
    place="Bắc Ninh",
    issued=date(2026, 1, 19),
    subtitle="Cải cách hành chính năm 2026 của Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh",
    preamble=[
        "Thực hiện Kế hoạch cải cách hành chính nhà nước tỉnh Bắc Ninh năm 2026, Ban Quản lý các khu công nghiệp tỉnh (sau đây gọi là Ban) xây dựng Kế hoạch như sau:",
    ],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          b("Tạo thuận lợi tối đa cho nhà đầu tư, doanh nghiệp trong các khu công nghiệp của tỉnh, kể cả các khu công nghiệp thuộc tỉnh Bắc Giang (cũ)."),
          b("Phân công rõ phòng chủ trì, phòng phối hợp và tiến độ theo từng quý.")),
        P("CHỈ TIÊU",
          b("100% hồ sơ thủ tục hành chính thuộc thẩm quyền của Ban được tiếp nhận trực tuyến."),
          b("Tối thiểu 95% doanh nghiệp hài lòng với việc giải quyết thủ tục hành chính của Ban."),
          b("Tối thiểu 98% hồ sơ được giải quyết trước hoặc đúng hạn.")),
        P("NHIỆM VỤ VÀ TIẾN ĐỘ",
          "Nhiệm vụ, đơn vị thực hiện và tiến độ theo quý (đánh dấu x vào quý thực hiện) như sau:"),
        P("KINH PHÍ",
          "Kinh phí thực hiện Kế hoạch được bố trí trong dự toán chi thường xuyên năm 2026 của Ban."),
        P("TỔ CHỨC THỰC HIỆN",
          n("Văn phòng Ban là đầu mối theo dõi, đôn đốc các phòng thực hiện Kế hoạch; tổng hợp báo cáo quý gửi Sở Nội vụ trước ngày 12 của tháng cuối quý và báo cáo năm trước ngày 10/11/2026."),
          n("Các phòng chuyên môn báo cáo kết quả thực hiện về Văn phòng Ban hằng tháng trước ngày 20."),
          n("Phòng Quản lý doanh nghiệp tổng hợp ý kiến phản ánh, kiến nghị của doanh nghiệp về thủ tục hành chính, báo cáo Trưởng ban hằng quý.")),
    ],
    recipients=["UBND tỉnh (b/c);", "Sở Nội vụ;", "Lãnh đạo Ban;", "Các phòng thuộc Ban;", "Lưu: VT, VP."],
    sign_role=["TRƯỞNG BAN"],
    signer="Ngô Quang Vinh",
    province="Bắc Ninh",
    appendix_title="BẢNG PHÂN CÔNG NHIỆM VỤ VÀ TIẾN ĐỘ THỰC HIỆN NĂM 2026",
    ref_text="",
    table_part=2,
    unit_sep=", ",
    merge_down=(),
    columns=[("stt", "STT"), ("task", "Nhiệm vụ"), ("unit", "Đơn vị thực hiện"),
             ("q1", "Quý I"), ("q2", "Quý II"), ("q3", "Quý III"), ("q4", "Quý IV")],
    groups=[
        G("I. CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
          T7("Rút ngắn thời gian cấp Giấy chứng nhận đăng ký đầu tư cho dự án trong khu công nghiệp xuống còn 10 ngày làm việc",
             "Phòng Quản lý đầu tư", "Văn phòng Ban; Sở Tài chính", marks="I,II"),
          T7("Cấp giấy phép lao động cho người nước ngoài làm việc tại khu công nghiệp Quế Võ, Yên Phong theo hình thức trực tuyến toàn trình",
             "Phòng Quản lý lao động", "Công an tỉnh", marks="II,III"),
          T7("Niêm yết, công khai thủ tục hành chính thuộc thẩm quyền của Ban trên Cổng thông tin điện tử của Ban",
             "Văn phòng Ban", "các phòng chuyên môn", marks="I")),
        G("II. CẢI CÁCH TỔ CHỨC BỘ MÁY VÀ CÔNG VỤ",
          T7("Sửa đổi quy chế làm việc của Ban sau khi tiếp nhận nhiệm vụ quản lý các khu công nghiệp thuộc tỉnh Bắc Giang (cũ)",
             "Văn phòng Ban", "các phòng chuyên môn", marks="I,II"),
          T7("Đánh giá, xếp loại công chức, viên chức theo kết quả thực hiện nhiệm vụ hằng quý",
             "Văn phòng Ban", "các phòng chuyên môn", marks="I,II,III,IV")),
        G("III. CHUYỂN ĐỔI SỐ",
          T7("Xây dựng cơ sở dữ liệu doanh nghiệp trong khu công nghiệp, kết nối với Hệ thống thông tin quốc gia về đầu tư",
             "Phòng Quản lý doanh nghiệp", "Sở Khoa học và Công nghệ", marks="II,III,IV"),
          T7("Vận hành hệ thống quan trắc nước thải tự động của các khu công nghiệp Vân Trung, Quang Châu truyền số liệu về Ban",
             "Phòng Quản lý môi trường", "Sở Nông nghiệp và Môi trường; chủ đầu tư hạ tầng khu công nghiệp", marks="III"),
          T7("Cấp giấy phép xây dựng công trình trong khu công nghiệp qua phần mềm một cửa điện tử",
             "Phòng Quản lý quy hoạch và xây dựng", "Văn phòng Ban", marks="II")),
    ],
)
