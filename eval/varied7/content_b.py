"""Batch-7 dev plans B: UBND phường Hoa Lư, Ninh Bình (Markdown note) and UBND xã Bát Xát, Lào Cai (PNG image).

Hoa Lư: a plan kept in a note tool and exported as Markdown: "#"/"##"
headings, list items, and a pipe table with **no STT column** and the
columns ``Nhiệm vụ | Hạn hoàn thành | Chủ trì | Phối hợp | Sản phẩm`` (no
group rows); reporting in prose. Bát Xát: a short commune plan photographed
into one tall PNG: a small table inside part III with only ``STT | Công việc
| Bộ phận thực hiện | Thời gian`` (no partners), monthly and quarterly
reports in prose.
"""

from __future__ import annotations

from datetime import date

from eval.varied.build import G, P, b, n
from eval.varied7.model7 import T7, Plan7

HOA_LU = Plan7(
    file="ninh-binh_phuong-hoa-lu_kh-cchc-2026.md",
    fmt="md",
    parent="UBND TỈNH NINH BÌNH",
    issuer_upper="ỦY BAN NHÂN DÂN\nPHƯỜNG HOA LƯ",
    issuer="Ủy ban nhân dân phường Hoa Lư",
    number="12/KH-UBND",
    place="Hoa Lư",
    issued=date(2026, 1, 19),
    subtitle="Cải cách hành chính năm 2026 trên địa bàn phường Hoa Lư",
    preamble=[
        "Thực hiện Kế hoạch cải cách hành chính nhà nước năm 2026 của UBND tỉnh Ninh Bình, UBND phường Hoa Lư ban hành Kế hoạch cải cách hành chính năm 2026 như sau:",
    ],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          b("Phục vụ người dân, hộ kinh doanh và du khách tại phường nhanh, đúng hẹn, không phải đi lại nhiều lần."),
          b("Mỗi việc có bộ phận chủ trì, có hạn hoàn thành và sản phẩm cụ thể.")),
        P("CHỈ TIÊU",
          b("Tối thiểu 80% hồ sơ thủ tục hành chính của phường được nộp trực tuyến."),
          b("Tối thiểu 98% hồ sơ được trả kết quả đúng hoặc trước hạn."),
          b("100% công chức Bộ phận Một cửa được bồi dưỡng kỹ năng giao tiếp, ứng xử.")),
        P("NHIỆM VỤ",
          "Các nhiệm vụ cụ thể được phân công theo bảng dưới đây."),
        P("KINH PHÍ",
          "Kinh phí thực hiện Kế hoạch là 85 triệu đồng từ ngân sách phường năm 2026, trong đó 40 triệu đồng cho số hóa hồ sơ cấp giấy phép xây dựng."),
        P("TỔ CHỨC THỰC HIỆN",
          n("Văn phòng HĐND và UBND phường là đầu mối theo dõi, đôn đốc; tham mưu UBND phường báo cáo UBND tỉnh (qua Sở Nội vụ) kết quả CCHC quý trước ngày 14 của tháng cuối quý, báo cáo 6 tháng trước ngày 14/6/2026 và báo cáo năm trước ngày 14/11/2026."),
          n("Các phòng, bộ phận thuộc UBND phường báo cáo kết quả thực hiện về Văn phòng HĐND và UBND phường trước ngày 18 hằng tháng."),
          n("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường giám sát việc giải quyết thủ tục hành chính tại Bộ phận Một cửa.")),
    ],
    recipients=["UBND tỉnh (b/c);", "Sở Nội vụ;", "TT Đảng ủy, TT HĐND phường;", "Các phòng, bộ phận thuộc UBND phường;",
                "Lưu: VT."],
    sign_role=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
    signer="Phạm Thị Hồng Nhung",
    province="Ninh Bình",
    appendix_title="Bảng phân công nhiệm vụ",
    ref_text="",
    table_part=2,
    partner_sep="; ",
    columns=[("task", "Nhiệm vụ"), ("deadline", "Hạn hoàn thành"), ("lead", "Chủ trì"), ("partners", "Phối hợp"),
             ("product", "Sản phẩm")],
    groups=[
        G("",
          T7("Niêm yết công khai thủ tục hành chính và mã QR tra cứu hồ sơ tại Bộ phận Một cửa phường",
             "Văn phòng HĐND và UBND phường", "Phòng Văn hóa - Xã hội", "Tháng 2/2026", "Bảng niêm yết và mã QR"),
          T7("Hướng dẫn hộ kinh doanh dịch vụ du lịch tại khu Tràng An, Tam Cốc đăng ký hộ kinh doanh trực tuyến",
             "Phòng Kinh tế, Hạ tầng và Đô thị", "Công an phường", "Quý II/2026", "100% hộ kinh doanh mới đăng ký trực tuyến"),
          T7("Số hóa hồ sơ cấp giấy phép xây dựng nhà ở riêng lẻ từ năm 2020 đến năm 2025",
             "Phòng Kinh tế, Hạ tầng và Đô thị", "Văn phòng HĐND và UBND phường", "Quý III/2026", "Dữ liệu giấy phép xây dựng số"),
          T7("Rà soát, chuẩn hóa dữ liệu trên Cơ sở dữ liệu hộ tịch điện tử",
             "Văn phòng HĐND và UBND phường", "Công an phường", "Trước ngày 30/9/2026", "Dữ liệu hộ tịch đúng, đủ, sạch"),
          T7("Khảo sát mức độ hài lòng của người dân bằng phiếu khảo sát điện tử",
             "Phòng Văn hóa - Xã hội", "Đoàn Thanh niên phường", "Hằng quý", "Báo cáo kết quả khảo sát"),
          T7("Tổ chức \"Ngày thứ Bảy cùng dân\" từ tháng 3/2026, hướng dẫn người cao tuổi nộp hồ sơ trực tuyến",
             "Đoàn Thanh niên phường", "Hội Người cao tuổi phường", "Thường xuyên", "Người cao tuổi được hướng dẫn"),
          T7("Bồi dưỡng kỹ năng giao tiếp, ứng xử cho công chức Bộ phận Một cửa",
             "Văn phòng HĐND và UBND phường", "Trung tâm Chính trị tỉnh", "Tháng 5/2026", "Lớp bồi dưỡng")),
    ],
)

BAT_XAT = Plan7(
    file="lao-cai_xa-bat-xat_kh-cchc-2026.png",
    fmt="image",
    parent="UBND TỈNH LÀO CAI",
    issuer_upper="ỦY BAN NHÂN DÂN\nXÃ BÁT XÁT",
    issuer="Ủy ban nhân dân xã Bát Xát",
    number="06/KH-UBND",
    place="Bát Xát",
    issued=date(2026, 1, 21),
    subtitle="Cải cách hành chính năm 2026 của xã Bát Xát",
    preamble=[
        "Thực hiện Kế hoạch cải cách hành chính năm 2026 của UBND tỉnh Lào Cai, UBND xã Bát Xát xây dựng Kế hoạch như sau:",
    ],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          b("Giúp người dân vùng cao làm thủ tục hành chính thuận tiện, không phải đi lại nhiều lần.")),
        P("CHỈ TIÊU",
          b("Tối thiểu 65% hồ sơ thủ tục hành chính của xã được nộp trực tuyến."),
          b("100% thôn có tổ công nghệ số cộng đồng hoạt động.")),
        P("NHIỆM VỤ",
          "Phân công thực hiện như sau:"),
        P("KINH PHÍ",
          b("Kinh phí thực hiện là 50 triệu đồng từ ngân sách xã năm 2026.")),
        P("TỔ CHỨC THỰC HIỆN",
          n("Các bộ phận báo cáo kết quả về Văn phòng HĐND và UBND xã trước ngày 22 hằng tháng."),
          n("Văn phòng HĐND và UBND xã tham mưu UBND xã báo cáo UBND tỉnh (qua Sở Nội vụ) trước ngày 12 của tháng cuối quý; báo cáo năm trước ngày 12/11/2026.")),
    ],
    recipients=["UBND tỉnh (b/c);", "Sở Nội vụ;", "TT Đảng ủy, TT HĐND xã;", "Các thôn;", "Lưu: VT."],
    sign_role=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
    signer="Vàng A Sáng",
    province="Lào Cai",
    appendix_title="BẢNG PHÂN CÔNG",
    ref_text="",
    table_part=2,
    columns=[("stt", "STT"), ("task", "Công việc"), ("lead", "Bộ phận thực hiện"), ("deadline", "Thời gian")],
    groups=[
        G("",
          T7("Niêm yết thủ tục hành chính bằng tiếng Việt và tiếng Hà Nhì tại Bộ phận Một cửa", "Văn phòng HĐND và UBND xã", "",
             "Quý I/2026"),
          T7("Hướng dẫn người dân các thôn vùng cao đăng ký khai sinh, khai tử trực tuyến", "Công chức Tư pháp - Hộ tịch", "",
             "Quý II/2026"),
          T7("Rà soát hồ sơ đất đai của các hộ trồng thảo quả dưới tán rừng", "Phòng Kinh tế", "", "Tháng 8/2026"),
          T7("Thành lập tổ công nghệ số cộng đồng tại 100% thôn", "Đoàn Thanh niên xã", "", "Tháng 4/2026"),
          T7("Phối hợp Đồn Biên phòng hướng dẫn cư dân biên giới làm giấy thông hành", "Công an xã", "", "Thường xuyên"),
          T7("Đánh giá, xếp loại công chức xã trên phần mềm", "Văn phòng HĐND và UBND xã", "", "Hằng tháng")),
    ],
)
