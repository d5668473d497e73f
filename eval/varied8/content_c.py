"""Batch-8 dev plans C: UBND đặc khu Vân Đồn, Quảng Ninh (TXT from an e-mail) and TT PVHCC tỉnh Sơn La (JPEG photo).

Vân Đồn: a plan pasted from an e-mail, **hard-wrapped at 70 columns**
mid-phrase, with a running footer "Trang N/M"; tasks in prose ("Phòng Kinh
tế chủ trì, phối hợp với …"), deadlines as ranges and periods, **lettered
duties per unit** with their own deadlines and reports; KT. CHỦ TỊCH / PHÓ
CHỦ TỊCH. Trung tâm Phục vụ hành chính công tỉnh Sơn La: one page
**photographed** (keystone, a turn of 1.5°, uneven light) as a JPEG, a ruled
table inside part III with a parent row and sub-tasks; GIÁM ĐỐC signs.
"""

from __future__ import annotations

from datetime import date

from eval.varied.build import P, a, b, n
from eval.varied.model import Group
from eval.varied8.model8 import S8, T8, Plan8

VAN_DON = Plan8(
    file="quang-ninh_dac-khu-van-don_kh-cchc-2026.txt",
    fmt="txt",
    parent="TỈNH QUẢNG NINH",
    issuer_upper="ỦY BAN NHÂN DÂN\nĐẶC KHU VÂN ĐỒN",
    issuer="Ủy ban nhân dân đặc khu Vân Đồn",
    number="05/KH-UBND",
    place="Vân Đồn",
    issued=date(2026, 1, 20),
    subtitle="Cải cách hành chính năm 2026 của đặc khu Vân Đồn",
    preamble=[
        "Thực hiện Kế hoạch cải cách hành chính nhà nước năm 2026 của UBND tỉnh Quảng Ninh, UBND đặc khu Vân Đồn ban hành Kế hoạch cải cách hành chính năm 2026 như sau:",
    ],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          b("Tạo thuận lợi cho người dân các đảo Quan Lạn, Minh Châu, Bản Sen khi giải quyết thủ tục hành chính mà không phải vào trung tâm đặc khu."),
          b("Mỗi nhiệm vụ có cơ quan chủ trì, cơ quan phối hợp và thời hạn cụ thể.")),
        P("CHỈ TIÊU",
          b("Tối thiểu 80% hồ sơ thủ tục hành chính của đặc khu được giải quyết trực tuyến toàn trình."),
          b("Tối thiểu 92% người dân hài lòng với việc giải quyết thủ tục hành chính."),
          b("100% hồ sơ của người dân các đảo được trả kết quả qua dịch vụ bưu chính công ích nếu có yêu cầu.")),
        P("NHIỆM VỤ",
          n("Phòng Kinh tế chủ trì, phối hợp với Trung tâm Phục vụ hành chính công đặc khu rút ngắn thời gian cấp giấy phép kinh doanh dịch vụ lưu trú du lịch tại đảo Quan Lạn, thực hiện từ tháng 3 đến tháng 6/2026."),
          n("Văn phòng HĐND và UBND đặc khu chủ trì, phối hợp với Bưu điện đặc khu tổ chức tiếp nhận hồ sơ lưu động tại các đảo Minh Châu, Bản Sen, thời gian thực hiện Quý II - Quý III/2026."),
          n("Phòng Văn hóa - Xã hội chủ trì số hóa hồ sơ hộ tịch của các xã đảo cũ, hoàn thành chậm nhất ngày 15/10/2026."),
          n("Trung tâm Phục vụ hành chính công đặc khu chủ trì, phối hợp với Công an đặc khu thu thập ý kiến người dân về chất lượng phục vụ, định kỳ hằng quý."),
          n("Phòng Kinh tế và Phòng Văn hóa - Xã hội cùng chủ trì việc công khai giá dịch vụ tàu khách ra đảo tại bến Cái Rồng, năm 2026 và các năm tiếp theo.")),
        P("KINH PHÍ",
          "Tổng kinh phí thực hiện Kế hoạch là 210 triệu đồng, trong đó 90 triệu đồng cho tiếp nhận hồ sơ lưu động tại các đảo."),
        P("TỔ CHỨC THỰC HIỆN",
          n("Văn phòng HĐND và UBND đặc khu:"),
          a("Theo dõi, đôn đốc các phòng, đơn vị thực hiện Kế hoạch;"),
          a("Định kỳ 6 tháng báo cáo UBND tỉnh (qua Sở Nội vụ) kết quả cải cách hành chính trước ngày 18/6/2026;"),
          a("Báo cáo năm gửi UBND tỉnh (qua Sở Nội vụ) trước ngày 18/11/2026."),
          n("Phòng Kinh tế:"),
          a("Ban hành quy trình nội bộ cấp giấy phép kinh doanh dịch vụ lưu trú du lịch từ ngày 01/4 đến ngày 30/4/2026;"),
          a("Hằng tháng báo cáo Chủ tịch UBND đặc khu số hồ sơ đăng ký kinh doanh trước ngày 22."),
          n("Trung tâm Phục vụ hành chính công đặc khu:"),
          a("Bố trí công chức tiếp nhận hồ sơ lưu động tại các đảo;"),
          a("Hằng quý báo cáo Văn phòng HĐND và UBND đặc khu kết quả lấy ý kiến người dân trước ngày 12 của tháng cuối quý.")),
    ],
    recipients=["UBND tỉnh (b/c);", "Sở Nội vụ;", "TT Đảng ủy, TT HĐND đặc khu;", "CT, các PCT UBND đặc khu;", "Lưu: VT."],
    sign_role=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
    signer="Phạm Thị Duyên",
    province="Quảng Ninh",
)

TTHCC_SON_LA = Plan8(
    file="son-la_trung-tam-pvhcc_kh-cchc-2026.jpg",
    fmt="image",
    parent="UBND TỈNH SƠN LA",
    issuer_upper="TRUNG TÂM PHỤC VỤ\nHÀNH CHÍNH CÔNG",
    issuer="Trung tâm Phục vụ hành chính công tỉnh Sơn La",
    number="07/KH-TTPVHCC",
    place="Sơn La",
    issued=date(2026, 1, 27),
    subtitle="Cải cách hành chính năm 2026 của Trung tâm Phục vụ hành chính công tỉnh",
    preamble=["Thực hiện Kế hoạch cải cách hành chính năm 2026 của UBND tỉnh Sơn La, Trung tâm xây dựng Kế hoạch như sau:"],
    parts=[
        P("CHỈ TIÊU",
          b("Tối thiểu 75% hồ sơ tiếp nhận tại Trung tâm được số hóa ngay khi tiếp nhận."),
          b("Không quá 2% hồ sơ giải quyết quá hạn.")),
        P("KINH PHÍ", "Kinh phí thực hiện là 65 triệu đồng từ dự toán năm 2026 của Trung tâm."),
        P("NHIỆM VỤ", "Các nhiệm vụ cụ thể như sau:"),
        P("TỔ CHỨC THỰC HIỆN",
          n("Phòng Hành chính - Tổng hợp báo cáo Văn phòng UBND tỉnh kết quả thực hiện hằng quý trước ngày 14 của tháng cuối quý.")),
    ],
    recipients=["Văn phòng UBND tỉnh (b/c);", "Lưu: VT."],
    sign_role=["GIÁM ĐỐC"],
    signer="Cầm Văn Pọm",
    province="Sơn La",
    appendix_title="BẢNG NHIỆM VỤ",
    ref_text="",
    table_part=2,
    columns=[("stt", "STT"), ("task", "Nhiệm vụ"), ("lead", "Chủ trì"), ("deadline", "Thời hạn")],
    groups=[
        Group("", [
            T8("Nâng cao chất lượng tiếp nhận hồ sơ", "Phòng Tiếp nhận và trả kết quả",
               subs=(S8("Lắp đặt ki-ốt tra cứu hồ sơ tại sảnh", deadline="Tháng 2 - tháng 3/2026"),
                     S8("Tiếp nhận hồ sơ bằng tiếng Thái cho người dân", deadline="Quý II - Quý III/2026"))),
            T8("Đánh giá mức độ hài lòng qua thiết bị điện tử", "Phòng Hành chính - Tổng hợp", deadline="Định kỳ hằng quý"),
            T8("Kết nối camera giám sát quầy tiếp nhận", "Phòng Công nghệ thông tin", deadline="Chậm nhất ngày 30/6/2026"),
        ]),
    ],
)
