"""Batch-13 dev plans A: UBND tỉnh Cà Mau (PDF table, one combined unit column) and Sở KH&CN Bắc Ninh (DOCX blocks).

UBND tỉnh Cà Mau: a text-layer PDF whose ruled Phụ lục "STT | Nhiệm vụ | Cơ
quan thực hiện | Thời gian hoàn thành | Sản phẩm" runs over several pages
(header repeated, rows cut at the breaks); the single unit column marks the
lead inside the cell ("Sở Tư pháp (chủ trì); Sở Nội vụ, Văn phòng UBND
tỉnh"), one row writes the lead last; three sub-task rows "11.1"–"11.3"
under a parent row name only their partners and inherit its lead.
Sở Khoa học và Công nghệ tỉnh Bắc Ninh: a DOCX numbered by Word whose tasks
are numbered paragraph blocks followed by labelled lines ("Đơn vị chủ trì",
"Đơn vị phối hợp", "Thời gian hoàn thành", "Sản phẩm"), no table; one block
names two co-leads ("… và … đồng chủ trì"), one has no partner line.
"""

from __future__ import annotations

from datetime import date

from eval.varied.build import G, P, a, b, n
from eval.varied8.model8 import S8, T8, Plan8
from eval.varied13.blocks import BlockGroups, Labels, blk, block_part
from eval.varied13.unitcell import Plan13

VP_T = "Văn phòng UBND tỉnh"
TT_T = "Trung tâm Phục vụ hành chính công tỉnh"
LEAD_LAST = "Rà soát, đơn giản hóa thủ tục hành chính nội bộ giữa các cơ quan hành chính nhà nước của tỉnh"

CA_MAU = Plan13(
    file="ca-mau_ubnd-tinh_kh-cchc-2026.pdf",
    fmt="pdf-table",
    parent="",
    issuer_upper="ỦY BAN NHÂN DÂN\nTỈNH CÀ MAU",
    issuer="Ủy ban nhân dân tỉnh Cà Mau",
    number="45/KH-UBND",
    place="Cà Mau",
    issued=date(2026, 1, 15),
    subtitle="Cải cách hành chính năm 2026 trên địa bàn tỉnh Cà Mau",
    preamble=[
        "Thực hiện Chương trình tổng thể cải cách hành chính nhà nước và Kế hoạch cải cách hành chính năm 2026 của "
        "Bộ Nội vụ, UBND tỉnh Cà Mau ban hành Kế hoạch cải cách hành chính năm 2026 như sau:",
    ],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          n("Mục đích"),
          a("Thống nhất thể chế, thủ tục hành chính của tỉnh Bạc Liêu (cũ) và tỉnh Cà Mau (cũ) sau khi hợp nhất;"),
          a("Nâng cao chất lượng phục vụ người dân, ngư dân và doanh nghiệp."),
          n("Yêu cầu"),
          a("Mỗi nhiệm vụ xác định rõ cơ quan chủ trì, cơ quan phối hợp, thời gian hoàn thành và sản phẩm;"),
          a("Nhiệm vụ thành phần do cơ quan chủ trì nhiệm vụ chính thực hiện.")),
        P("MỤC TIÊU",
          b("Tối thiểu 85% hồ sơ thủ tục hành chính được nộp trực tuyến."),
          b("100% thủ tục hành chính đủ điều kiện được tiếp nhận không phụ thuộc địa giới hành chính trong tỉnh."),
          b("Thời gian cấp giấy phép khai thác thủy sản không quá 05 ngày làm việc."),
          b("Mức độ hài lòng của người dân, doanh nghiệp đạt tối thiểu 92%.")),
        P("NHIỆM VỤ",
          "UBND tỉnh triển khai 15 nhiệm vụ, kể cả 03 nhiệm vụ thành phần, tại Phụ lục kèm theo Kế hoạch này."),
        P("KINH PHÍ",
          "Tổng kinh phí thực hiện Kế hoạch là 1.250 triệu đồng từ nguồn ngân sách tỉnh năm 2026, trong đó 600 triệu "
          "đồng cho nhiệm vụ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính."),
        P("TỔ CHỨC THỰC HIỆN",
          n("Sở Nội vụ là cơ quan thường trực, giúp UBND tỉnh theo dõi, đôn đốc; tham mưu UBND tỉnh báo cáo Bộ Nội vụ "
            "kết quả cải cách hành chính định kỳ hằng quý trước ngày 14 của tháng cuối quý, báo cáo 6 tháng trước ngày "
            "14/6/2026 và báo cáo năm trước ngày 14/11/2026."),
          n("Các sở, ban, ngành và UBND các xã, phường gửi báo cáo kết quả thực hiện về UBND tỉnh (qua Sở Nội vụ) "
            "trước ngày 10 của tháng cuối quý."),
          n(f"{TT_T} báo cáo Chủ tịch UBND tỉnh tình hình tiếp nhận hồ sơ không phụ thuộc địa giới hành chính trước "
            "ngày 05 hằng tháng."),
          n("Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch.")),
    ],
    recipients=["Bộ Nội vụ (b/c);", "TT Tỉnh ủy, TT HĐND tỉnh;", "Các sở, ban, ngành tỉnh;",
                "UBND các xã, phường;", "Lưu: VT, NC."],
    sign_role=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
    signer="Tạ Minh Khôi",
    province="Cà Mau",
    appendix_title="PHỤ LỤC\nNHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026 CỦA TỈNH CÀ MAU",
    columns=[("stt", "STT"), ("task", "Nhiệm vụ"), ("unit", "Cơ quan thực hiện"),
             ("deadline", "Thời gian hoàn thành"), ("product", "Sản phẩm")],
    unit_style="mark",
    unit_cells={LEAD_LAST: f"Các sở, ban, ngành tỉnh; Sở Tư pháp; {VP_T} (chủ trì)"},
    groups=[
        G("I. CẢI CÁCH THỂ CHẾ",
          T8("Rà soát, đề xuất bãi bỏ văn bản quy phạm pháp luật của tỉnh Bạc Liêu (cũ) và tỉnh Cà Mau (cũ) không còn "
             "phù hợp sau khi hợp nhất", "Sở Tư pháp", f"Sở Nội vụ; {VP_T}", "Quý II/2026",
             "Quyết định công bố danh mục văn bản hết hiệu lực, bãi bỏ toàn bộ hoặc một phần"),
          T8("Xây dựng Quy định phân cấp giải quyết thủ tục hành chính cho UBND các xã, phường", "Sở Nội vụ",
             f"Sở Tư pháp; {VP_T}", "Trước 30/6/2026",
             "Quyết định của UBND tỉnh ban hành Quy định phân cấp kèm danh mục thủ tục được phân cấp")),
        G("II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
          T8(LEAD_LAST, VP_T, "Các sở, ban, ngành tỉnh; Sở Tư pháp", "Tháng 8/2026",
             "Phương án đơn giản hóa trình Chủ tịch UBND tỉnh phê duyệt"),
          T8("Tiếp nhận hồ sơ thủ tục hành chính không phụ thuộc địa giới hành chính trong phạm vi tỉnh", TT_T,
             "Sở Nội vụ; Bưu điện tỉnh Cà Mau", "Quý III/2026",
             "Danh mục thủ tục tiếp nhận không phụ thuộc địa giới được công bố, áp dụng tại các điểm tiếp nhận"),
          T8("Cắt giảm thời gian cấp giấy phép khai thác thủy sản xuống còn 05 ngày làm việc",
             "Sở Nông nghiệp và Môi trường", TT_T, "Tháng 5/2026",
             "Quy trình nội bộ sửa đổi được Chủ tịch UBND tỉnh phê duyệt, công khai tại cảng cá")),
        G("III. CẢI CÁCH TỔ CHỨC BỘ MÁY VÀ CHẾ ĐỘ CÔNG VỤ",
          T8("Kiện toàn tổ chức bộ máy các cơ quan chuyên môn thuộc UBND tỉnh sau hợp nhất", "Sở Nội vụ",
             f"{VP_T}; Sở Tài chính", "6 tháng đầu năm 2026",
             "Quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của từng cơ quan"),
          T8(f"Kiểm tra công vụ đột xuất tại {TT_T} và các điểm tiếp nhận cấp xã", "Sở Nội vụ", "Thanh tra tỉnh",
             "Hằng quý", "Thông báo kết quả kiểm tra, kiến nghị xử lý cán bộ vi phạm kỷ luật, kỷ cương"),
          T8("Đánh giá, xếp loại công chức theo kết quả thực hiện nhiệm vụ trên phần mềm của tỉnh", "Sở Nội vụ",
             "Sở Khoa học và Công nghệ", "Thường xuyên",
             "Kết quả đánh giá hằng tháng làm căn cứ xếp loại, khen thưởng cuối năm")),
        G("IV. CẢI CÁCH TÀI CHÍNH CÔNG",
          T8("Giao quyền tự chủ tài chính cho các đơn vị sự nghiệp công lập thuộc tỉnh giai đoạn 2026 - 2030",
             "Sở Tài chính", "Sở Nội vụ", "Năm 2026", "Quyết định giao quyền tự chủ cho từng đơn vị"),
          T8("Thu phí, lệ phí thủ tục hành chính không dùng tiền mặt tại các điểm tiếp nhận", "Sở Tài chính",
             f"{TT_T}; Kho bạc Nhà nước khu vực XX", "Tháng 9/2026",
             "100% phí, lệ phí thu qua tài khoản, ví điện tử hoặc mã QR")),
        G("V. CHUYỂN ĐỔI SỐ",
          T8("Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đang lưu trữ tại các cơ quan của tỉnh", VP_T,
             "Sở Khoa học và Công nghệ", "Năm 2026", "Kho dữ liệu điện tử của tổ chức, cá nhân trên Hệ thống của tỉnh",
             subs=(S8("Số hóa sổ hộ tịch lưu trữ tại UBND các xã, phường", "Sở Tư pháp", "Tháng 10/2026",
                      "Dữ liệu hộ tịch điện tử được cập nhật vào Cơ sở dữ liệu hộ tịch điện tử toàn quốc"),
                   S8("Số hóa hồ sơ đăng ký đất đai của hộ gia đình, cá nhân", "Sở Nông nghiệp và Môi trường",
                      "Quý III/2026", "Hồ sơ địa chính điện tử tra cứu được khi giải quyết thủ tục"),
                   S8("Số hóa hồ sơ đăng ký hộ kinh doanh", "", "Tháng 7/2026",
                      "Dữ liệu hộ kinh doanh được tái sử dụng khi giải quyết thủ tục"))),
          T8("Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh, kết nối Cổng Dịch vụ công quốc gia",
             "Sở Khoa học và Công nghệ", f"{VP_T}; VNPT Cà Mau", "Quý II/2026",
             "Hệ thống vận hành thống nhất cho toàn tỉnh sau hợp nhất")),
    ],
)

PCDS = "Phòng Chuyển đổi số"
TTCNTT = "Trung tâm Công nghệ thông tin và Truyền thông"
VP_S = "Văn phòng Sở"

KHCN_LABELS: Labels = {"lead": "Đơn vị chủ trì", "partners": "Đơn vị phối hợp", "deadline": "Thời gian hoàn thành",
                       "product": "Sản phẩm"}
KHCN_BLOCKS: BlockGroups = [("", [
    blk("Tham mưu UBND tỉnh ban hành Quy chế quản lý, vận hành Trung tâm dữ liệu tỉnh", TTCNTT,
        f"{VP_S}; Sở Tư pháp", "Quý II/2026", "Quyết định của UBND tỉnh ban hành Quy chế"),
    blk("Rà soát, đề xuất phương án đơn giản hóa thủ tục hành chính lĩnh vực bưu chính, viễn thông",
        "Phòng Bưu chính - Viễn thông", VP_S, "Trước 30/6/2026", "Báo cáo rà soát kèm phương án đơn giản hóa"),
    blk("Cung cấp dịch vụ công trực tuyến toàn trình thủ tục cấp giấy chứng nhận đăng ký hoạt động khoa học và "
        "công nghệ", "Phòng Quản lý khoa học", "Trung tâm Phục vụ hành chính công tỉnh", "Tháng 8/2026",
        "Dịch vụ công toàn trình trên Cổng Dịch vụ công quốc gia"),
    blk("Xây dựng cơ sở dữ liệu dùng chung về nhiệm vụ khoa học và công nghệ các cấp của tỉnh",
        f"Phòng Quản lý khoa học; {PCDS}", TTCNTT, "Quý III/2026",
        "Cơ sở dữ liệu kết nối với Cơ sở dữ liệu quốc gia về khoa học và công nghệ",
        lead_text=f"Phòng Quản lý khoa học và {PCDS} đồng chủ trì"),
    blk("Kiện toàn tổ chức các phòng chuyên môn và đơn vị sự nghiệp thuộc Sở sau hợp nhất", VP_S, "Sở Nội vụ",
        "6 tháng đầu năm 2026", "Quyết định quy định chức năng, nhiệm vụ của từng phòng, đơn vị"),
    blk("Xây dựng Đề án vị trí việc làm của Sở", VP_S, "", "Tháng 9/2026",
        "Đề án trình Sở Nội vụ thẩm định"),
    blk("Đánh giá công chức, viên chức theo bộ chỉ số KPI", VP_S, "Các phòng, đơn vị thuộc Sở", "Hằng quý",
        "Kết quả đánh giá hằng quý công khai trong Sở"),
    blk("Giao quyền tự chủ tài chính cho Trung tâm Ứng dụng tiến bộ khoa học và công nghệ", "Phòng Kế hoạch - Tài chính",
        "Sở Tài chính", "Năm 2026", "Quyết định giao quyền tự chủ tài chính giai đoạn 2026 - 2030"),
    blk("Hướng dẫn UBND các xã, phường sử dụng nền tảng số dùng chung của tỉnh", PCDS,
        "UBND các xã, phường; Viettel Bắc Ninh", "Thường xuyên", "Tài liệu hướng dẫn, 02 hội nghị tập huấn mỗi năm"),
    blk("Triển khai Trung tâm giám sát an toàn thông tin mạng (SOC) cho các cơ quan nhà nước của tỉnh", TTCNTT,
        "Công an tỉnh; VNPT Bắc Ninh", "Tháng 10/2026", "SOC giám sát 100% hệ thống thông tin cấp độ 3"),
    blk("Ký số văn bản đi trên Hệ thống quản lý văn bản và điều hành", VP_S, "Các phòng, đơn vị thuộc Sở",
        "Quý I/2026", "100% văn bản đi được ký số, trừ văn bản mật"),
    blk("Xây dựng bản đồ số hạ tầng viễn thông thụ động trên địa bàn tỉnh", "Phòng Bưu chính - Viễn thông",
        "Các doanh nghiệp viễn thông; Sở Xây dựng", "Tháng 7/2026", "Bản đồ số tra cứu trực tuyến"),
])]

KHCN_BAC_NINH = Plan8(
    file="bac-ninh_so-khcn_kh-cchc-2026.docx",
    fmt="docx",
    parent="UBND TỈNH BẮC NINH",
    issuer_upper="SỞ KHOA HỌC VÀ CÔNG NGHỆ",
    issuer="Sở Khoa học và Công nghệ tỉnh Bắc Ninh",
    number="31/KH-SKHCN",
    place="Bắc Ninh",
    issued=date(2026, 1, 19),
    subtitle="Cải cách hành chính năm 2026 của Sở Khoa học và Công nghệ tỉnh Bắc Ninh",
    preamble=[
        "Căn cứ Kế hoạch cải cách hành chính năm 2026 của UBND tỉnh Bắc Ninh, Sở Khoa học và Công nghệ ban hành Kế "
        "hoạch như sau:",
    ],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          n("Mục đích"),
          a("Thống nhất quy trình, hệ thống của Sở Khoa học và Công nghệ tỉnh Bắc Giang (cũ) và tỉnh Bắc Ninh (cũ);"),
          a("Dẫn dắt chuyển đổi số trong các cơ quan nhà nước của tỉnh."),
          n("Yêu cầu"),
          a("Mỗi nhiệm vụ ghi rõ đơn vị chủ trì, đơn vị phối hợp, thời gian hoàn thành và sản phẩm;"),
          a("Nhiệm vụ có hai đơn vị đồng chủ trì thì hai đơn vị cùng chịu trách nhiệm về kết quả.")),
        P("MỤC TIÊU",
          b("100% văn bản đi của Sở được ký số, trừ văn bản mật."),
          b("Tối thiểu 90% hồ sơ thủ tục hành chính của Sở được giải quyết trực tuyến toàn trình."),
          b("Thời gian cấp giấy phép bưu chính không quá 07 ngày làm việc."),
          b("Mức độ hài lòng của tổ chức, cá nhân đạt tối thiểu 95%.")),
        block_part("NHIỆM VỤ CỤ THỂ",
                   "Sở Khoa học và Công nghệ giao 12 nhiệm vụ cải cách hành chính năm 2026 như sau:",
                   KHCN_BLOCKS, KHCN_LABELS),
        P("KINH PHÍ",
          "Kinh phí thực hiện Kế hoạch là 380 triệu đồng từ nguồn kinh phí sự nghiệp khoa học và công nghệ năm 2026."),
        P("TỔ CHỨC THỰC HIỆN",
          n(VP_S),
          a("Là đầu mối theo dõi, đôn đốc các phòng, đơn vị thực hiện Kế hoạch;"),
          a("Tổng hợp, báo cáo UBND tỉnh (qua Sở Nội vụ) kết quả cải cách hành chính định kỳ hằng quý trước ngày 15 "
            "của tháng cuối quý và báo cáo năm trước ngày 15/11/2026."),
          n(PCDS),
          a("Báo cáo Giám đốc Sở tỷ lệ hồ sơ giải quyết trực tuyến toàn trình trước ngày 03 hằng tháng."),
          n("Các phòng, đơn vị thuộc Sở"),
          a(f"Gửi báo cáo kết quả thực hiện về {VP_S} trước ngày 10 của tháng cuối quý.")),
    ],
    recipients=["UBND tỉnh (b/c);", "Sở Nội vụ;", "Giám đốc, các Phó Giám đốc Sở;", "Các phòng, đơn vị thuộc Sở;",
                "Lưu: VT, VP."],
    sign_role=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
    signer="Nguyễn Đình Khải",
    province="Bắc Ninh",
    groups=[],
)
