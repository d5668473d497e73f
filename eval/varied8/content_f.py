"""Batch-8 test plans F: UBND xã Phong Nha, Quảng Trị (Markdown from an e-mail) and VP Đăng ký đất đai Khánh Hòa (PNG photo).

Phong Nha: a Markdown note **hard-wrapped at 70 columns** with a running
footer "Trang N/M"; a pipe table (``STT | Việc cần làm | Bộ phận chủ trì |
Bộ phận phối hợp | Thời hạn``) with **sub-task rows** whose lead cell is
empty, range deadlines, **lettered duties**, a prose task with two leads;
TM. UBND / CHỦ TỊCH. Văn phòng Đăng ký đất đai tỉnh Khánh Hòa: one page
**photographed** (keystone, a turn of −1.8°, uneven light) as a PNG, a ruled
table inside part III; GIÁM ĐỐC signs.
"""

from __future__ import annotations

from datetime import date

from eval.varied.build import P, a, b, n
from eval.varied.model import Group
from eval.varied8.model8 import S8, T8, Plan8

PHONG_NHA = Plan8(
    file="quang-tri_xa-phong-nha_kh-cchc-2026.md",
    fmt="md",
    parent="UBND TỈNH QUẢNG TRỊ",
    issuer_upper="ỦY BAN NHÂN DÂN\nXÃ PHONG NHA",
    issuer="Ủy ban nhân dân xã Phong Nha",
    number="03/KH-UBND",
    place="Phong Nha",
    issued=date(2026, 1, 24),
    subtitle="Cải cách hành chính năm 2026 của xã Phong Nha",
    preamble=["Thực hiện Kế hoạch cải cách hành chính nhà nước năm 2026 của UBND tỉnh Quảng Trị, UBND xã Phong Nha xây dựng Kế hoạch cải cách hành chính năm 2026 như sau:"],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          b("Phục vụ người dân, hộ kinh doanh du lịch quanh Vườn quốc gia Phong Nha - Kẻ Bàng thuận tiện, nhanh chóng."),
          b("Mỗi việc có bộ phận chủ trì, bộ phận phối hợp và thời hạn cụ thể.")),
        P("CHỈ TIÊU",
          b("Tối thiểu 72% hồ sơ thủ tục hành chính của xã được nộp trực tuyến."),
          b("Tối thiểu 90% người dân hài lòng với việc giải quyết thủ tục hành chính."),
          b("100% hộ kinh doanh homestay được hướng dẫn đăng ký kinh doanh trực tuyến.")),
        P("NHIỆM VỤ",
          "Phòng Kinh tế và Văn phòng HĐND và UBND xã cùng chủ trì, phối hợp với Công an xã rà soát thủ tục đăng ký lưu trú cho khách du lịch tại các homestay, thực hiện từ tháng 3 đến tháng 5/2026.",
          "Các việc khác như sau:"),
        P("KINH PHÍ", "Tổng kinh phí là 75 triệu đồng từ ngân sách xã, trong đó 30 triệu đồng cho số hóa hồ sơ hộ tịch."),
        P("TỔ CHỨC THỰC HIỆN",
          n("Văn phòng HĐND và UBND xã:"),
          a("Theo dõi, đôn đốc các bộ phận thực hiện Kế hoạch;"),
          a("Định kỳ 6 tháng báo cáo UBND tỉnh (qua Sở Nội vụ) trước ngày 21/6/2026;"),
          a("Báo cáo năm gửi Sở Nội vụ trước ngày 21/11/2026."),
          n("Phòng Kinh tế:"),
          a("Hướng dẫn hộ kinh doanh homestay đăng ký kinh doanh trực tuyến trước mùa du lịch hè, chậm nhất ngày 30/4/2026;"),
          a("Hằng quý báo cáo Chủ tịch UBND xã số hộ kinh doanh đăng ký mới trước ngày 13 của tháng cuối quý.")),
    ],
    recipients=["UBND tỉnh (b/c);", "Sở Nội vụ;", "TT Đảng ủy, TT HĐND xã;", "Lưu: VT."],
    sign_role=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
    signer="Đinh Xuân Thoại",
    province="Quảng Trị",
    appendix_title="BẢNG CÁC VIỆC CẦN LÀM",
    ref_text="",
    table_part=2,
    partner_sep="; ",
    columns=[("stt", "STT"), ("task", "Việc cần làm"), ("lead", "Bộ phận chủ trì"), ("partners", "Bộ phận phối hợp"),
             ("deadline", "Thời hạn")],
    groups=[
        Group("", [
            T8("Số hóa hồ sơ hộ tịch của các xã cũ", "Phòng Văn hóa - Xã hội",
               subs=(S8("Số hóa sổ đăng ký khai sinh", "Văn phòng HĐND và UBND xã", "Tháng 2 - tháng 6/2026"),
                     S8("Số hóa sổ đăng ký kết hôn", "Văn phòng HĐND và UBND xã", "Từ 01/7 đến 30/9/2026"),
                     S8("Nhập dữ liệu vào phần mềm hộ tịch", "Công an xã", "Quý III - Quý IV/2026"))),
            T8("Niêm yết thủ tục hành chính bằng mã QR tại bến thuyền Phong Nha", "Phòng Kinh tế", "Ban quản lý bến thuyền",
               "Chậm nhất ngày 31/3/2026"),
            T8("Lấy ý kiến hộ kinh doanh du lịch về thủ tục hành chính", "Phòng Kinh tế", "", "Định kỳ hằng quý"),
            T8("Sắp xếp lại bộ phận tiếp nhận hồ sơ sau hợp nhất", "Văn phòng HĐND và UBND xã", "Phòng Văn hóa - Xã hội",
               "Năm 2026 và các năm tiếp theo"),
        ]),
    ],
)

VPDK_KHANH_HOA = Plan8(
    file="khanh-hoa_van-phong-dang-ky-dat-dai_kh-cchc-2026.png",
    fmt="image",
    parent="SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
    issuer_upper="VĂN PHÒNG ĐĂNG KÝ\nĐẤT ĐAI",
    issuer="Văn phòng Đăng ký đất đai tỉnh Khánh Hòa",
    number="11/KH-VPĐK",
    place="Khánh Hòa",
    issued=date(2026, 1, 28),
    subtitle="Cải cách hành chính năm 2026 của Văn phòng Đăng ký đất đai tỉnh Khánh Hòa",
    preamble=["Thực hiện Kế hoạch cải cách hành chính năm 2026 của Sở Nông nghiệp và Môi trường, Văn phòng xây dựng Kế hoạch như sau:"],
    parts=[
        P("CHỈ TIÊU",
          b("Tối thiểu 65% hồ sơ đăng ký biến động đất đai được nộp trực tuyến."),
          b("Thời gian cấp giấy chứng nhận lần đầu không quá 15 ngày làm việc.")),
        P("KINH PHÍ", "Kinh phí thực hiện là 140 triệu đồng từ nguồn thu sự nghiệp của Văn phòng."),
        P("NHIỆM VỤ", "Các nhiệm vụ cụ thể như sau:"),
        P("TỔ CHỨC THỰC HIỆN",
          n("Phòng Hành chính - Tổng hợp báo cáo Sở Nông nghiệp và Môi trường kết quả thực hiện hằng quý trước ngày 16 của tháng cuối quý.")),
    ],
    recipients=["Sở Nông nghiệp và Môi trường (b/c);", "Lưu: VT."],
    sign_role=["GIÁM ĐỐC"],
    signer="Mai Văn Tường",
    province="Khánh Hòa",
    appendix_title="BẢNG NHIỆM VỤ",
    ref_text="",
    table_part=2,
    columns=[("stt", "STT"), ("task", "Nhiệm vụ"), ("lead", "Chủ trì"), ("deadline", "Thời hạn")],
    groups=[
        Group("", [
            T8("Số hóa hồ sơ địa chính", "Phòng Đo đạc - Bản đồ",
               subs=(S8("Quét hồ sơ cấp giấy tại Cam Ranh", deadline="Tháng 3 - tháng 7/2026"),
                     S8("Kiểm tra dữ liệu sau số hóa", deadline="Quý III - Quý IV/2026"))),
            T8("Trả kết quả đăng ký đất đai qua bưu chính", "Phòng Đăng ký và Cấp giấy", deadline="Chậm nhất ngày 31/5/2026"),
            T8("Đối soát hồ sơ trễ hạn", "Phòng Hành chính - Tổng hợp", deadline="Định kỳ hằng quý"),
        ]),
    ],
)
