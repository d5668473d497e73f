"""Batch-7 test plans E: UBND phường Vũng Tàu, TP. Hồ Chí Minh (Markdown) and UBND xã Ea Súp, Đắk Lắk (JPEG).

Vũng Tàu: a Markdown note with a pipe table without STT whose columns are
``Việc cần làm | Bộ phận chủ trì | Bộ phận phối hợp | Hạn chót | Kết quả``
and whose **group rows** ("A. THỦ TỤC HÀNH CHÍNH") are table rows with the
title in the first cell; KT. CHỦ TỊCH / PHÓ CHỦ TỊCH. Ea Súp: a short commune
plan photographed into one tall JPEG, a table ``TT | Nội dung | Bộ phận chủ
trì | Bộ phận phối hợp | Thời gian hoàn thành`` inside part III.
"""

from __future__ import annotations

from datetime import date

from eval.varied.build import G, P, b, n
from eval.varied7.model7 import T7, Plan7

VUNG_TAU = Plan7(
    file="tp-hcm_phuong-vung-tau_kh-cchc-2026.md",
    fmt="md",
    parent="UBND THÀNH PHỐ HỒ CHÍ MINH",
    issuer_upper="ỦY BAN NHÂN DÂN\nPHƯỜNG VŨNG TÀU",
    issuer="Ủy ban nhân dân phường Vũng Tàu",
    number="08/KH-UBND",
    place="Vũng Tàu",
    issued=date(2026, 1, 23),
    subtitle="Cải cách hành chính năm 2026 của phường Vũng Tàu",
    preamble=[
        "Thực hiện Kế hoạch cải cách hành chính nhà nước năm 2026 của UBND Thành phố Hồ Chí Minh, UBND phường Vũng Tàu xây dựng Kế hoạch như sau:",
    ],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          b("Phục vụ người dân, ngư dân, cơ sở lưu trú du lịch và du khách trên địa bàn phường thuận tiện, minh bạch."),
          b("Mỗi việc cần làm có bộ phận chủ trì, hạn chót và kết quả cụ thể.")),
        P("CHỈ TIÊU",
          b("Tối thiểu 85% hồ sơ thủ tục hành chính của phường được nộp trực tuyến."),
          b("100% phí, lệ phí tại Trung tâm Phục vụ hành chính công phường được thanh toán không dùng tiền mặt."),
          b("Tối thiểu 95% người dân hài lòng với công chức tiếp nhận hồ sơ.")),
        P("NHIỆM VỤ",
          "Các việc cần làm, bộ phận chủ trì, phối hợp và hạn chót như sau:"),
        P("KINH PHÍ",
          "Kinh phí thực hiện Kế hoạch là 120 triệu đồng từ ngân sách phường, trong đó 70 triệu đồng cho số hóa sổ hộ tịch."),
        P("TỔ CHỨC THỰC HIỆN",
          n("Văn phòng HĐND và UBND phường tổng hợp, tham mưu UBND phường báo cáo UBND Thành phố (qua Sở Nội vụ) kết quả CCHC quý trước ngày 12 của tháng cuối quý, báo cáo 6 tháng trước ngày 12/6/2026 và báo cáo năm trước ngày 12/11/2026."),
          n("Trung tâm Phục vụ hành chính công phường báo cáo số hồ sơ tiếp nhận, giải quyết về Văn phòng HĐND và UBND phường hằng tuần, vào chiều thứ Sáu."),
          n("Các phòng, bộ phận gửi báo cáo kết quả thực hiện trước ngày 20 hằng tháng.")),
    ],
    recipients=["UBND Thành phố (b/c);", "Sở Nội vụ;", "TT Đảng ủy, TT HĐND phường;", "CT, các PCT UBND phường;",
                "Các phòng, bộ phận thuộc UBND phường;", "Lưu: VT."],
    sign_role=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
    signer="Hồ Ngọc Bảo Trân",
    province="Hồ Chí Minh",
    appendix_title="Bảng phân công việc cần làm năm 2026",
    ref_text="",
    table_part=2,
    partner_sep="; ",
    columns=[("task", "Việc cần làm"), ("lead", "Bộ phận chủ trì"), ("partners", "Bộ phận phối hợp"),
             ("deadline", "Hạn chót"), ("product", "Kết quả")],
    groups=[
        G("A. THỦ TỤC HÀNH CHÍNH",
          T7("Hướng dẫn cơ sở lưu trú du lịch ven biển Bãi Sau, Bãi Trước thông báo lưu trú trực tuyến",
             "Công an phường", "Phòng Văn hóa - Xã hội", "Quý II/2026", "100% cơ sở lưu trú được hướng dẫn"),
          T7("Chứng thực bản sao điện tử từ bản chính, trả kết quả trong ngày",
             "Trung tâm Phục vụ hành chính công phường", "Văn phòng HĐND và UBND phường", "Tháng 4/2026",
             "Kết quả chứng thực trả trong ngày"),
          T7("Tiếp nhận hồ sơ đăng ký tàu cá của ngư dân tại điểm tiếp nhận ở cảng cá Bến Đá",
             "Phòng Kinh tế, Hạ tầng và Đô thị", "Chi cục Thủy sản Thành phố", "Tháng 7/2026", "Điểm tiếp nhận hồ sơ tàu cá")),
        G("B. CHUYỂN ĐỔI SỐ",
          T7("Số hóa sổ hộ tịch lưu trữ từ năm 1995 đến năm 2015",
             "Văn phòng HĐND và UBND phường", "Công an phường", "Trước ngày 31/10/2026", "Dữ liệu hộ tịch số"),
          T7("Thanh toán không dùng tiền mặt phí, lệ phí tại Trung tâm Phục vụ hành chính công phường",
             "Trung tâm Phục vụ hành chính công phường", "Các ngân hàng thương mại trên địa bàn", "Quý I/2026",
             "Thiết bị và tài khoản thanh toán"),
          T7("Hướng dẫn tiểu thương chợ Vũng Tàu bán hàng trên sàn thương mại điện tử",
             "Phòng Kinh tế, Hạ tầng và Đô thị", "Đoàn Thanh niên phường; Ban Quản lý chợ", "6 tháng cuối năm 2026",
             "Tiểu thương có gian hàng trực tuyến")),
        G("C. CÔNG VỤ",
          T7("Khảo sát sự hài lòng của người dân đối với công chức tiếp nhận hồ sơ",
             "Phòng Văn hóa - Xã hội", "Ủy ban Mặt trận Tổ quốc Việt Nam phường", "Hằng quý", "Báo cáo kết quả khảo sát")),
    ],
)

EA_SUP = Plan7(
    file="dak-lak_xa-ea-sup_kh-cchc-2026.jpg",
    fmt="image",
    parent="UBND TỈNH ĐẮK LẮK",
    issuer_upper="ỦY BAN NHÂN DÂN\nXÃ EA SÚP",
    issuer="Ủy ban nhân dân xã Ea Súp",
    number="04/KH-UBND",
    place="Ea Súp",
    issued=date(2026, 1, 26),
    subtitle="Cải cách hành chính năm 2026 của xã Ea Súp",
    preamble=[
        "Thực hiện Kế hoạch cải cách hành chính năm 2026 của UBND tỉnh Đắk Lắk, UBND xã Ea Súp xây dựng Kế hoạch như sau:",
    ],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          b("Giúp đồng bào các buôn làm thủ tục hành chính gần dân, nhanh, đúng hẹn.")),
        P("CHỈ TIÊU",
          b("Tối thiểu 60% hồ sơ thủ tục hành chính của xã được nộp trực tuyến."),
          b("100% thôn, buôn có tổ công nghệ số cộng đồng.")),
        P("NHIỆM VỤ",
          "Phân công thực hiện như sau:"),
        P("KINH PHÍ",
          b("Kinh phí thực hiện là 40 triệu đồng từ ngân sách xã năm 2026.")),
        P("TỔ CHỨC THỰC HIỆN",
          n("Các bộ phận báo cáo kết quả về Văn phòng HĐND và UBND xã trước ngày 20 hằng tháng."),
          n("Văn phòng HĐND và UBND xã tham mưu UBND xã báo cáo UBND tỉnh (qua Sở Nội vụ) trước ngày 14 của tháng cuối quý; báo cáo năm trước ngày 14/11/2026.")),
    ],
    recipients=["UBND tỉnh (b/c);", "Sở Nội vụ;", "TT Đảng ủy, TT HĐND xã;", "Các thôn, buôn;", "Lưu: VT."],
    sign_role=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
    signer="Y Blin Mlô",
    province="Đắk Lắk",
    appendix_title="BẢNG PHÂN CÔNG",
    ref_text="",
    table_part=2,
    partner_sep="; ",
    columns=[("stt", "TT"), ("task", "Nội dung"), ("lead", "Bộ phận chủ trì"), ("partners", "Bộ phận phối hợp"),
             ("deadline", "Thời gian hoàn thành")],
    groups=[
        G("",
          T7("Niêm yết thủ tục hành chính bằng tiếng Việt và tiếng Ê Đê tại Bộ phận Một cửa", "Văn phòng HĐND và UBND xã",
             "Phòng Văn hóa - Xã hội", "Tháng 3/2026"),
          T7("Hướng dẫn người dân các buôn đăng ký khai sinh, cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi trực tuyến",
             "Công chức Tư pháp - Hộ tịch", "Trạm Y tế xã", "Quý II/2026"),
          T7("Rà soát hồ sơ cấp giấy chứng nhận quyền sử dụng đất cho hộ đồng bào dân tộc thiểu số tại chỗ", "Phòng Kinh tế",
             "Văn phòng HĐND và UBND xã", "Quý IV/2026"),
          T7("Thành lập tổ công nghệ số cộng đồng tại 100% thôn, buôn", "Đoàn Thanh niên xã", "Các thôn, buôn", "Tháng 4/2026"),
          T7("Hỗ trợ hợp tác xã đưa sản phẩm gạo Ea Súp lên sàn thương mại điện tử", "Phòng Kinh tế", "Hội Nông dân xã",
             "Trước ngày 30/11/2026"),
          T7("Sắp xếp vị trí việc làm của công chức xã", "Văn phòng HĐND và UBND xã", "Các phòng chuyên môn",
             "6 tháng đầu năm 2026")),
    ],
)
