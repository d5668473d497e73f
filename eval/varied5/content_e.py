"""Batch-5 test plans E: Sở Văn hóa, Thể thao và Du lịch tỉnh Tuyên Quang (DOCX numbering) and UBND tỉnh Khánh Hòa (TXT).

Sở VHTTDL Tuyên Quang: implements the province plan 05/KH-UBND by number; no
table, tasks are Word-numbered paragraphs "… Cơ quan chủ trì: …; cơ quan
phối hợp: …; thời gian: …"; reports to UBND tỉnh (qua Sở Nội vụ) and, for the
annual report, to Bộ Văn hóa, Thể thao và Du lịch; a budget amount; KT.
GIÁM ĐỐC signs. UBND tỉnh Khánh Hòa: a prose plan copied from a PDF ("Giao Sở
… chủ trì", "… tham mưu UBND tỉnh …"), hard wraps and "- N -" page markers; a
total budget with a sub-amount; KT. CHỦ TỊCH signs.
"""

from __future__ import annotations

from datetime import date

from eval.varied.build import P, a, b, n
from eval.varied5.model5 import Plan5

VHTTDL_TQ = Plan5(
    file="tuyen-quang_so-vhttdl_kh-cchc-2026.docx",
    fmt="docx-numbering",
    parent="UBND TỈNH TUYÊN QUANG",
    issuer_upper="SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
    issuer="Sở Văn hóa, Thể thao và Du lịch tỉnh Tuyên Quang",
    number="12/KH-SVHTTDL",
    place="Tuyên Quang",
    issued=date(2026, 1, 16),
    subtitle="Cải cách hành chính năm 2026 của Sở Văn hóa, Thể thao và Du lịch",
    preamble=[
        "Thực hiện Kế hoạch số 05/KH-UBND ngày 07/01/2026 của UBND tỉnh Tuyên Quang về cải cách hành chính nhà nước tỉnh Tuyên Quang năm 2026;",
        "Sở Văn hóa, Thể thao và Du lịch (VHTTDL) ban hành Kế hoạch CCHC năm 2026 như sau:",
    ],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          n("Thực hiện đầy đủ các nhiệm vụ UBND tỉnh giao cho Sở trong lĩnh vực văn hóa, thể thao và du lịch."),
          n("Nâng cao chất lượng giải quyết TTHC cho doanh nghiệp lữ hành, cơ sở lưu trú du lịch.")),
        P("CHỈ TIÊU",
          n("100% TTHC thuộc thẩm quyền của Sở được cung cấp DVCTT toàn trình."),
          n("Tối thiểu 95% hồ sơ cấp giấy phép kinh doanh dịch vụ lữ hành được nộp trực tuyến.")),
        P("NHIỆM VỤ",
          n("Lĩnh vực du lịch"),
          a("Cấp giấy phép kinh doanh dịch vụ lữ hành nội địa và quốc tế trực tuyến toàn trình. Cơ quan chủ trì: Phòng Quản lý du lịch; cơ quan phối hợp: Văn phòng Sở, Trung tâm Phục vụ hành chính công tỉnh; thời gian: Quý III/2026."),
          a("Thẩm định, công nhận hạng cơ sở lưu trú du lịch tại Cao nguyên đá Đồng Văn theo quy trình rút gọn. Cơ quan chủ trì: Phòng Quản lý du lịch; cơ quan phối hợp: UBND các xã vùng cao; thời gian: trước 30/6/2026."),
          n("Lĩnh vực văn hóa, di sản"),
          a("Số hóa hồ sơ di tích quốc gia đặc biệt Tân Trào và các di tích cấp tỉnh. Cơ quan chủ trì: Ban Quản lý các di tích quốc gia đặc biệt; cơ quan phối hợp: Phòng Quản lý di sản văn hóa, Sở Khoa học và Công nghệ; thời gian: tháng 9/2026."),
          a("Cấp giấy phép tổ chức lễ hội Lồng Tồng và các lễ hội truyền thống trực tuyến. Cơ quan chủ trì: Phòng Quản lý di sản văn hóa; cơ quan phối hợp: UBND các xã có lễ hội; thời gian: năm 2026."),
          n("Lĩnh vực thể thao và nội bộ Sở"),
          a("Công bố danh mục TTHC nội bộ của Sở. Cơ quan chủ trì: Văn phòng Sở; cơ quan phối hợp: các phòng, đơn vị thuộc Sở; thời gian: trước 31/3/2026."),
          a("Cập nhật dữ liệu vận động viên, huấn luyện viên vào CSDL ngành thể thao. Cơ quan chủ trì: Trung tâm Huấn luyện và Thi đấu thể thao tỉnh; cơ quan phối hợp: Phòng Quản lý thể dục thể thao; thời gian: thường xuyên.")),
        P("KINH PHÍ",
          n("Kinh phí thực hiện Kế hoạch là 430 triệu đồng, từ nguồn chi thường xuyên năm 2026 của Sở.")),
        P("TỔ CHỨC THỰC HIỆN",
          n("Các phòng, đơn vị thuộc Sở báo cáo kết quả về Văn phòng Sở trước ngày 10 của tháng cuối quý."),
          n("Văn phòng Sở tổng hợp, tham mưu Giám đốc Sở báo cáo UBND tỉnh (qua Sở Nội vụ) trước ngày 15 của tháng cuối quý; báo cáo năm gửi UBND tỉnh (qua Sở Nội vụ) và Bộ Văn hóa, Thể thao và Du lịch trước ngày 15/11/2026.")),
    ],
    recipients=["UBND tỉnh (b/c);", "Sở Nội vụ;", "Giám đốc, các PGĐ Sở;", "Các phòng, đơn vị thuộc Sở;", "Lưu: VT, VP."],
    sign_role=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
    signer="Ma Thị Thúy Hạnh",
    province="Tuyên Quang",
)

KHANH_HOA = Plan5(
    file="khanh-hoa_ubnd-tinh_kh-cchc-2026.txt",
    fmt="txt",
    parent="",
    issuer_upper="ỦY BAN NHÂN DÂN\nTỈNH KHÁNH HÒA",
    issuer="Ủy ban nhân dân tỉnh Khánh Hòa",
    number="20/KH-UBND",
    place="Khánh Hòa",
    issued=date(2026, 1, 14),
    subtitle="Cải cách hành chính nhà nước tỉnh Khánh Hòa năm 2026",
    preamble=[
        "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;",
        "UBND tỉnh Khánh Hòa ban hành Kế hoạch cải cách hành chính nhà nước năm 2026 như sau:",
    ],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          b("Cải cách hành chính phục vụ phát triển kinh tế biển, du lịch và Khu kinh tế Vân Phong; bảo đảm sự liên thông giữa khu vực tỉnh Khánh Hòa và tỉnh Ninh Thuận (cũ)."),
          b("Cơ quan được giao chủ trì phải tham mưu UBND tỉnh đúng thời hạn, chịu trách nhiệm về chất lượng sản phẩm.")),
        P("MỤC TIÊU",
          b("Tối thiểu 88% hồ sơ TTHC được tiếp nhận, giải quyết trực tuyến toàn trình."),
          b("100% hồ sơ TTHC được số hóa khi tiếp nhận."),
          b("Tối thiểu 70% doanh nghiệp trong Khu kinh tế Vân Phong thực hiện TTHC về đầu tư trên môi trường điện tử.")),
        P("NHIỆM VỤ",
          n("Giao Sở Tư pháp chủ trì, phối hợp với Văn phòng UBND tỉnh rà soát các văn bản quy phạm pháp luật do UBND tỉnh Ninh Thuận (cũ) ban hành, tham mưu UBND tỉnh bãi bỏ, thay thế; hoàn thành trong Quý II/2026."),
          n("Giao Ban Quản lý Khu kinh tế Vân Phong chủ trì, phối hợp với Sở Tài chính và Trung tâm Phục vụ hành chính công tỉnh thực hiện cấp giấy chứng nhận đăng ký đầu tư trực tuyến toàn trình; hoàn thành trước ngày 30/9/2026."),
          n("Giao Sở Nông nghiệp và Môi trường chủ trì cấp giấy phép khai thác thủy sản trực tuyến cho tàu cá hoạt động vùng khơi, phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh; hoàn thành trong tháng 8/2026."),
          n("Giao Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Sở Công Thương xây dựng quy trình cấp phép tàu du lịch lưu trú trên vịnh Nha Trang, tham mưu UBND tỉnh ban hành trong Quý III/2026."),
          n("Giao Sở Nội vụ chủ trì tổ chức thi tuyển chức danh lãnh đạo cấp phòng thuộc các sở, ngành; thời gian thực hiện năm 2026."),
          n("Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Công an tỉnh bảo đảm an toàn thông tin cho Hệ thống thông tin giải quyết TTHC của tỉnh; thực hiện thường xuyên."),
          n("Giao Sở Y tế chủ trì liên thông dữ liệu khám sức khỏe lái xe với Sở Xây dựng để cấp, đổi giấy phép lái xe trực tuyến; hoàn thành trong tháng 6/2026.")),
        P("KINH PHÍ",
          "Tổng kinh phí thực hiện Kế hoạch năm 2026 là 2.650 triệu đồng từ ngân sách tỉnh, trong đó 800 triệu đồng cho bảo đảm an toàn thông tin."),
        P("TỔ CHỨC THỰC HIỆN",
          n("Sở Nội vụ là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch."),
          n("Các sở, ban, ngành tỉnh và UBND các xã, phường, đặc khu Trường Sa gửi báo cáo CCHC hằng quý về UBND tỉnh (qua Sở Nội vụ) trước ngày 12 của tháng cuối quý; báo cáo 6 tháng trước ngày 12/6/2026; báo cáo năm trước ngày 16/11/2026."),
          n("Sở Nội vụ tổng hợp, tham mưu UBND tỉnh báo cáo Bộ Nội vụ trước ngày 15/12/2026.")),
    ],
    recipients=["Bộ Nội vụ (b/c);", "TT Tỉnh ủy, TT HĐND tỉnh (b/c);", "Các sở, ban, ngành tỉnh;",
                "UBND các xã, phường, đặc khu;", "Lưu: VT, NC."],
    sign_role=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
    signer="Lê Hữu Thịnh",
    province="Khánh Hòa",
)
