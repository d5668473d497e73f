"""Batch-6 test plans D: UBND thành phố Đà Nẵng (text-layer PDF) and UBND tỉnh Điện Biên (TXT).

Đà Nẵng: a landscape "PHỤ LỤC I" whose header has two levels ("Thời gian
thực hiện" spanning "Bắt đầu" | "Hoàn thành"), repeated on each page, rows
cut inside at the page breaks; a "PHỤ LỤC II" reporting table (Đơn vị báo
cáo | Nơi nhận | Kỳ báo cáo | Thời hạn gửi) on its own page; KT. CHỦ TỊCH.
Điện Biên: a prose plan saved as text (wrapped at 88, CRLF) that writes
UBND, HĐND, TTHC, CQNN, DVCTT, CCVC, CSDL, MTTQ instead of the full names;
tasks as "+" bullets under numbered items, deadlines in words.
"""

from __future__ import annotations

from datetime import date

from eval.varied.build import G, P, T, b, n, plus
from eval.varied2.model2 import Report
from eval.varied6.model6 import Plan6

DA_NANG = Plan6(
    file="da-nang_ubnd-thanh-pho_kh-cchc-2026.pdf",
    fmt="pdf-table",
    parent="",
    issuer_upper="ỦY BAN NHÂN DÂN\nTHÀNH PHỐ ĐÀ NẴNG",
    issuer="Ủy ban nhân dân thành phố Đà Nẵng",
    number="27/KH-UBND",
    place="Đà Nẵng",
    issued=date(2026, 1, 13),
    subtitle="Cải cách hành chính nhà nước thành phố Đà Nẵng năm 2026",
    preamble=[
        "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;",
        "UBND thành phố Đà Nẵng ban hành Kế hoạch cải cách hành chính nhà nước năm 2026 như sau:",
    ],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          b("Xây dựng nền hành chính hiện đại, phục vụ nhà đầu tư tại Khu thương mại tự do Đà Nẵng và Trung tâm tài chính quốc tế."),
          b("Bảo đảm chính quyền địa phương hai cấp của thành phố sau hợp nhất với tỉnh Quảng Nam (cũ) vận hành hiệu quả.")),
        P("MỤC TIÊU",
          n("Tối thiểu 90% hồ sơ TTHC được giải quyết trực tuyến toàn trình."),
          n("Mức độ hài lòng của người dân, doanh nghiệp đạt tối thiểu 95%."),
          n("Thời gian giải quyết TTHC về đầu tư tại Khu thương mại tự do giảm tối thiểu 50% so với quy định.")),
        P("NHIỆM VỤ",
          "Các nhiệm vụ cụ thể tại Phụ lục I; chế độ báo cáo tại Phụ lục II kèm theo Kế hoạch này."),
        P("KINH PHÍ",
          "Tổng kinh phí thực hiện Kế hoạch là 5.200 triệu đồng từ ngân sách thành phố, trong đó 2.100 triệu đồng dành cho Trung tâm Phục vụ hành chính công thành phố."),
        P("TỔ CHỨC THỰC HIỆN",
          n("Sở Nội vụ là cơ quan thường trực, giúp UBND thành phố theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch."),
          n("Thủ trưởng các sở, ngành, Chủ tịch UBND các xã, phường, đặc khu chịu trách nhiệm trước Chủ tịch UBND thành phố về kết quả CCHC của cơ quan, địa phương mình.")),
    ],
    recipients=["Bộ Nội vụ (b/c);", "TT Thành ủy, TT HĐND thành phố (b/c);", "CT, các PCT UBND thành phố;",
                "Các sở, ban, ngành thành phố;", "UBND các xã, phường, đặc khu;", "Lưu: VT, NC."],
    sign_role=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
    signer="Nguyễn Đình Khôi",
    province="Đà Nẵng",
    appendix_title="PHỤ LỤC I\nNHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026",
    partner_sep="; ",
    columns=[("stt", "STT"), ("task", "Nội dung công việc"), ("lead", "Đơn vị chủ trì"), ("partners", "Đơn vị phối hợp"),
             ("start", "Bắt đầu"), ("deadline", "Hoàn thành"), ("product", "Sản phẩm")],
    spans=[("Thời gian thực hiện", ("start", "deadline"))],
    groups=[
        G("I. CẢI CÁCH THỂ CHẾ",
          T("Ban hành quy chế phối hợp giải quyết TTHC về đầu tư, đất đai, xây dựng, môi trường cho nhà đầu tư vào Khu thương mại tự do Đà Nẵng theo cơ chế một cửa tại chỗ",
            "Ban Quản lý Khu công nghệ cao và các khu công nghiệp", "Sở Tài chính; Sở Xây dựng; Sở Nông nghiệp và Môi trường", "Quý II/2026",
            "Quy chế phối hợp", start="Tháng 01/2026"),
          T("Rà soát, bãi bỏ các quyết định quy phạm pháp luật của UBND tỉnh Quảng Nam (cũ) không còn phù hợp",
            "Sở Tư pháp", "Văn phòng UBND thành phố", "Quý I/2026", "Quyết định bãi bỏ", start="Tháng 02/2026")),
        G("II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
          T("Cấp giấy phép lao động, xác nhận không thuộc diện cấp giấy phép lao động cho chuyên gia nước ngoài làm việc tại Trung tâm tài chính quốc tế theo hình thức trực tuyến toàn trình, trả kết quả điện tử",
            "Sở Nội vụ", "Công an thành phố; Trung tâm Phục vụ hành chính công thành phố", "Quý III/2026", "DVCTT toàn trình", start="Tháng 3/2026"),
          T("Cấp phép sửa chữa, cải tạo nhà ở trong khu phố cổ Hội An theo quy trình rút gọn",
            "Sở Xây dựng", "Sở Văn hóa, Thể thao và Du lịch; UBND phường Hội An", "Tháng 8/2026", "Quy trình rút gọn", start="Tháng 4/2026"),
          T("Truy xuất nguồn gốc sâm Ngọc Linh bằng mã QR gắn với thủ tục cấp giấy chứng nhận sản phẩm",
            "Sở Nông nghiệp và Môi trường", "Sở Khoa học và Công nghệ; UBND xã Trà Linh", "Quý IV/2026", "Hệ thống truy xuất", start="Tháng 5/2026"),
          T("Tiếp nhận hồ sơ TTHC của ngư dân đặc khu Hoàng Sa tại Trung tâm Phục vụ hành chính công thành phố và các điểm tiếp nhận ở cảng cá Thọ Quang",
            "Trung tâm Phục vụ hành chính công thành phố", "UBND đặc khu Hoàng Sa", "Thường xuyên", "Hồ sơ được tiếp nhận", start="Tháng 01/2026")),
        G("III. CẢI CÁCH TỔ CHỨC BỘ MÁY VÀ CÔNG VỤ",
          T("Xây dựng khung năng lực số cho cán bộ, công chức, viên chức thành phố và tổ chức đánh giá năng lực số định kỳ cho công chức các phòng chuyên môn thuộc UBND xã, phường, đặc khu",
            "Sở Nội vụ", "Sở Khoa học và Công nghệ; UBND các xã, phường, đặc khu", "Tháng 11/2026", "Khung năng lực số", start="Tháng 3/2026"),
          T("Trình HĐND thành phố chính sách thu hút chuyên gia tài chính, ngân hàng, công nghệ số trong nước và nước ngoài đến làm việc tại Trung tâm tài chính quốc tế, gồm hỗ trợ nhà ở, thủ tục cư trú và cấp thẻ tạm trú cho người nước ngoài",
            "Sở Nội vụ", "Sở Tài chính", "Năm 2026", "Chính sách thu hút", start="Tháng 01/2026")),
        G("IV. CHUYỂN ĐỔI SỐ",
          T("Xây dựng nền tảng dữ liệu mở của thành phố, công bố tối thiểu 200 bộ dữ liệu mở phục vụ người dân, doanh nghiệp và các nhà đầu tư trong Khu thương mại tự do",
            "Sở Khoa học và Công nghệ", "Các sở, ban, ngành; Trung tâm Phục vụ hành chính công thành phố", "Quý III/2026",
            "Nền tảng dữ liệu mở", start="Tháng 02/2026"),
          T("Bán vé tham quan khu đền tháp Mỹ Sơn và phố cổ Hội An bằng vé điện tử",
            "Sở Văn hóa, Thể thao và Du lịch", "Sở Khoa học và Công nghệ", "Tháng 6/2026", "Vé điện tử", start="Tháng 02/2026"),
          T("Tích hợp ứng dụng Danang Smart City với ứng dụng VNeID",
            "Sở Khoa học và Công nghệ", "Công an thành phố", "Tháng 10/2026", "Ứng dụng được tích hợp", start="Tháng 6/2026")),
    ],
    reports_title="PHỤ LỤC II\nBIỂU BÁO CÁO ĐỊNH KỲ",
    reports=[
        Report("Hằng quý", "Các sở, ban, ngành; UBND các xã, phường, đặc khu", "UBND thành phố (qua Sở Nội vụ)",
               "Trước ngày 14 của tháng cuối quý"),
        Report("6 tháng", "Các sở, ban, ngành; UBND các xã, phường, đặc khu", "UBND thành phố (qua Sở Nội vụ)", "Trước ngày 12/6/2026"),
        Report("Năm", "Các sở, ban, ngành; UBND các xã, phường, đặc khu", "UBND thành phố (qua Sở Nội vụ)", "Trước ngày 19/11/2026"),
        Report("Năm", "UBND thành phố (Sở Nội vụ tham mưu)", "Bộ Nội vụ", "Trước ngày 08/12/2026"),
        Report("Hằng tháng", "Trung tâm Phục vụ hành chính công thành phố", "Văn phòng UBND thành phố", "Ngày 25 hằng tháng"),
    ],
)

DIEN_BIEN = Plan6(
    file="dien-bien_ubnd-tinh_kh-cchc-2026.txt",
    fmt="txt",
    parent="",
    issuer_upper="ỦY BAN NHÂN DÂN\nTỈNH ĐIỆN BIÊN",
    issuer="Ủy ban nhân dân tỉnh Điện Biên",
    number="08/KH-UBND",
    place="Điện Biên",
    issued=date(2026, 1, 15),
    subtitle="Cải cách hành chính nhà nước tỉnh Điện Biên năm 2026",
    preamble=[
        "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ; căn cứ Nghị quyết của HĐND tỉnh về nhiệm vụ phát triển kinh tế - xã hội năm 2026;",
        "UBND tỉnh ban hành Kế hoạch CCHC nhà nước năm 2026 như sau:",
    ],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          b("Nâng cao chất lượng phục vụ của CQNN các cấp; CCVC thực thi công vụ tận tụy, đúng quy định."),
          b("Gắn kết quả CCHC với đánh giá, xếp loại người đứng đầu CQNN và CCVC.")),
        P("MỤC TIÊU",
          b("Tối thiểu 75% hồ sơ TTHC được nộp qua DVCTT."),
          b("100% CQNN cấp tỉnh, cấp xã sử dụng hệ thống quản lý văn bản điều hành liên thông."),
          b("Tối thiểu 80% người dân hài lòng với việc giải quyết TTHC.")),
        P("NHIỆM VỤ",
          n("Cải cách TTHC:"),
          plus("Văn phòng UBND tỉnh chủ trì rà soát, cắt giảm thời gian giải quyết TTHC nội bộ giữa các CQNN; hoàn thành trong quý đầu năm 2026."),
          plus("Sở Công Thương chủ trì, phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh thực hiện DVCTT cho thương nhân làm thủ tục tại cửa khẩu quốc tế Tây Trang; hoàn thành 6 tháng đầu năm 2026."),
          plus("Sở Dân tộc và Tôn giáo chủ trì biên soạn tài liệu hướng dẫn TTHC bằng tiếng Thái, tiếng Mông; hoàn thành trước ngày 30 tháng 9 năm 2026."),
          n("Cải cách tổ chức bộ máy và chế độ công vụ:"),
          plus("Sở Nội vụ chủ trì đánh giá CCVC theo kết quả, sản phẩm; thực hiện hằng quý."),
          plus("Sở Nội vụ chủ trì, phối hợp với UBND các xã bố trí CCVC có trình độ công nghệ thông tin cho các xã biên giới Mường Nhé, Nậm Kè; hoàn thành 6 tháng cuối năm 2026."),
          n("Chuyển đổi số:"),
          plus("Sở Khoa học và Công nghệ chủ trì xây dựng CSDL du lịch di tích Điện Biên Phủ, đồi A1, hầm Đờ Cát; hoàn thành trước ngày 15 tháng 12 năm 2026."),
          plus("Công an tỉnh chủ trì, phối hợp với Sở Tư pháp làm sạch dữ liệu hộ tịch, dân cư; hoàn thành trong quý III/2026."),
          n("Tuyên truyền:"),
          plus("Đề nghị Ủy ban MTTQ Việt Nam tỉnh phối hợp tuyên truyền về DVCTT tại các bản vùng cao; thực hiện thường xuyên.")),
        P("KINH PHÍ",
          b("Tổng kinh phí 1.750 triệu đồng từ ngân sách tỉnh, trong đó 500 triệu đồng cho CSDL du lịch.")),
        P("TỔ CHỨC THỰC HIỆN",
          n("Các sở, ban, ngành, UBND các xã, phường báo cáo kết quả CCHC về UBND tỉnh (qua Sở Nội vụ) trước ngày 15 của tháng cuối quý; báo cáo năm trước ngày 15 tháng 11 năm 2026."),
          n("Sở Nội vụ tham mưu UBND tỉnh báo cáo Bộ Nội vụ; báo cáo năm gửi trước ngày 05 tháng 12 năm 2026."),
          n("Đề nghị HĐND tỉnh giám sát việc thực hiện Kế hoạch.")),
    ],
    recipients=["Bộ Nội vụ (b/c);", "TT Tỉnh ủy, TT HĐND tỉnh (b/c);", "Ủy ban MTTQ Việt Nam tỉnh;", "Các sở, ban, ngành tỉnh;",
                "UBND các xã, phường;", "Lưu: VT, NC."],
    sign_role=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
    signer="Lò Văn Tiến",
    province="Điện Biên",
)
