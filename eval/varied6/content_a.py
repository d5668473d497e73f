"""Batch-6 dev plans A: UBND tỉnh Lâm Đồng (text-layer PDF) and UBND xã Trùng Khánh, Cao Bằng (TXT).

Lâm Đồng: a portrait Phụ lục whose header has two levels ("Cơ quan thực
hiện" spanning "Chủ trì" | "Phối hợp", the other header cells two rows
tall), repeated on every page, and rows cut *inside* at the page breaks;
targets, a budget with a sub-amount, reporting in prose; the plan is signed
by an acting chairman (TM. ỦY BAN NHÂN DÂN / Q. CHỦ TỊCH). Trùng Khánh: a
commune plan typed as text, with very short tasks written as "+" bullets
under numbered items ("+ Niêm yết …: Văn phòng HĐND và UBND xã; trong quý
đầu năm") and deadlines in words.
"""

from __future__ import annotations

from datetime import date

from eval.varied.build import G, P, T, b, n, plus
from eval.varied6.model6 import Plan6

LAM_DONG = Plan6(
    file="lam-dong_ubnd-tinh_kh-cchc-2026.pdf",
    fmt="pdf-table",
    parent="",
    issuer_upper="ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG",
    issuer="Ủy ban nhân dân tỉnh Lâm Đồng",
    number="19/KH-UBND",
    place="Lâm Đồng",
    issued=date(2026, 1, 14),
    subtitle="Cải cách hành chính nhà nước tỉnh Lâm Đồng năm 2026",
    preamble=[
        "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;",
        "Căn cứ Chương trình công tác năm 2026 của Ban Thường vụ Tỉnh ủy Lâm Đồng;",
        "UBND tỉnh Lâm Đồng ban hành Kế hoạch cải cách hành chính nhà nước năm 2026 như sau:",
    ],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          b("Thống nhất quy trình giải quyết thủ tục hành chính trên toàn tỉnh sau khi hợp nhất tỉnh Lâm Đồng, tỉnh Đắk Nông (cũ) và tỉnh Bình Thuận (cũ)."),
          b("Người đứng đầu cơ quan, đơn vị chịu trách nhiệm về kết quả thực hiện nhiệm vụ được phân công tại Phụ lục.")),
        P("MỤC TIÊU",
          n("Tối thiểu 84% hồ sơ thủ tục hành chính (TTHC) được giải quyết trực tuyến toàn trình."),
          n("Mức độ hài lòng của người dân, doanh nghiệp đối với sự phục vụ của cơ quan hành chính đạt tối thiểu 92%."),
          n("100% kết quả giải quyết TTHC còn hiệu lực được số hóa và tái sử dụng.")),
        P("NHIỆM VỤ",
          "Các nhiệm vụ cụ thể, cơ quan chủ trì, cơ quan phối hợp và thời hạn hoàn thành tại Phụ lục kèm theo."),
        P("KINH PHÍ",
          "Tổng kinh phí thực hiện Kế hoạch là 2.640 triệu đồng từ ngân sách tỉnh năm 2026, trong đó 980 triệu đồng dành cho các nhiệm vụ chuyển đổi số."),
        P("TỔ CHỨC THỰC HIỆN",
          n("Sở Nội vụ là cơ quan thường trực, theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch."),
          n("Các sở, ban, ngành tỉnh, UBND các xã, phường, đặc khu báo cáo kết quả CCHC hằng quý về UBND tỉnh (qua Sở Nội vụ) trước ngày 16 của tháng cuối quý; báo cáo 6 tháng trước ngày 10/6/2026; báo cáo năm trước ngày 16/11/2026."),
          n("Sở Nội vụ tổng hợp, tham mưu UBND tỉnh báo cáo Bộ Nội vụ kết quả CCHC năm 2026 trước ngày 10/12/2026.")),
    ],
    recipients=["Bộ Nội vụ (b/c);", "TT Tỉnh ủy, TT HĐND tỉnh (b/c);", "Các PCT UBND tỉnh;",
                "Các sở, ban, ngành tỉnh;", "UBND các xã, phường, đặc khu;", "Lưu: VT, NV."],
    sign_role=["TM. ỦY BAN NHÂN DÂN", "Q. CHỦ TỊCH"],
    signer="Phạm Đình Lực",
    province="Lâm Đồng",
    appendix_title="PHỤ LỤC\nNHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026 CỦA TỈNH LÂM ĐỒNG",
    partner_sep="; ",
    columns=[("stt", "STT"), ("task", "Nhiệm vụ"), ("lead", "Chủ trì"), ("partners", "Phối hợp"),
             ("deadline", "Thời hạn hoàn thành"), ("product", "Sản phẩm")],
    spans=[("Cơ quan thực hiện", ("lead", "partners"))],
    groups=[
        G("I. CẢI CÁCH THỂ CHẾ",
          T("Rà soát, hợp nhất các quyết định quy phạm pháp luật về giá đất, bồi thường, hỗ trợ, tái định cư do UBND tỉnh Lâm Đồng, tỉnh Đắk Nông (cũ) và tỉnh Bình Thuận (cũ) ban hành, đề xuất ban hành một quy định thống nhất áp dụng trên toàn tỉnh",
            "Sở Tư pháp", "Sở Nông nghiệp và Môi trường; Sở Tài chính", "Quý II/2026", "Quyết định của UBND tỉnh"),
          T("Ban hành quy chế phối hợp quản lý khu du lịch quốc gia hồ Tuyền Lâm",
            "Sở Văn hóa, Thể thao và Du lịch", "Sở Xây dựng; UBND phường Xuân Hương - Đà Lạt", "Tháng 8/2026", "Quy chế phối hợp")),
        G("II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
          T("Cấp mã số vùng trồng cà phê, sầu riêng phục vụ xuất khẩu theo hình thức trực tuyến toàn trình",
            "Sở Nông nghiệp và Môi trường", "Trung tâm Phục vụ hành chính công tỉnh; UBND các xã", "Quý III/2026", "Mã số vùng trồng được cấp trực tuyến"),
          T("Cắt giảm tối thiểu 20% thời gian giải quyết TTHC trong lĩnh vực đầu tư đối với các dự án du lịch ven biển tại phường Mũi Né, phường Phan Thiết và xã Tuy Phong",
            "Sở Tài chính", "Sở Xây dựng; Sở Nông nghiệp và Môi trường", "Trước ngày 30/9/2026", "Quy trình nội bộ được rút gọn"),
          T("Tổ chức tiếp nhận, trả kết quả TTHC qua dịch vụ bưu chính công ích cho người dân đặc khu Phú Quý",
            "Trung tâm Phục vụ hành chính công tỉnh", "Bưu điện tỉnh; UBND đặc khu Phú Quý", "Tháng 6/2026", "Điểm tiếp nhận tại đặc khu")),
        G("III. CẢI CÁCH TỔ CHỨC BỘ MÁY VÀ CÔNG VỤ",
          T("Đánh giá hoạt động của bộ máy chính quyền cấp xã sau một năm vận hành mô hình chính quyền địa phương hai cấp, đề xuất điều chỉnh chức năng, nhiệm vụ của các phòng chuyên môn thuộc UBND xã, phường, đặc khu",
            "Sở Nội vụ", "UBND các xã, phường, đặc khu", "Quý IV/2026", "Báo cáo đánh giá"),
          T("Bồi dưỡng kỹ năng số cho công chức cấp xã tại các xã thuộc tỉnh Đắk Nông (cũ)",
            "Sở Nội vụ", "Sở Khoa học và Công nghệ", "Tháng 10/2026", "Lớp bồi dưỡng")),
        G("IV. CẢI CÁCH TÀI CHÍNH CÔNG",
          T("Thực hiện cơ chế tự chủ tài chính đối với các bệnh viện đa khoa khu vực của tỉnh",
            "Sở Y tế", "Sở Tài chính", "Năm 2026", "Phương án tự chủ được phê duyệt")),
        G("V. XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ",
          T("Hợp nhất Hệ thống thông tin giải quyết TTHC của ba tỉnh trước hợp nhất thành một hệ thống dùng chung, chuyển toàn bộ dữ liệu hồ sơ đang giải quyết sang hệ thống mới và bảo đảm kết nối với Cổng Dịch vụ công quốc gia",
            "Sở Khoa học và Công nghệ", "Văn phòng UBND tỉnh; Trung tâm Phục vụ hành chính công tỉnh", "Trước ngày 31/3/2026", "Hệ thống dùng chung"),
          T("Xây dựng kho dữ liệu số về di sản kiến trúc biệt thự cổ Đà Lạt phục vụ cấp phép sửa chữa, cải tạo",
            "Sở Xây dựng", "Sở Văn hóa, Thể thao và Du lịch; Sở Khoa học và Công nghệ", "Tháng 11/2026", "Kho dữ liệu được vận hành"),
          T("Số hóa hồ sơ địa chính đang lưu trữ tại Chi nhánh Văn phòng Đăng ký đất đai các khu vực",
            "Sở Nông nghiệp và Môi trường", "Văn phòng Đăng ký đất đai tỉnh", "Thường xuyên", "Dữ liệu địa chính số")),
    ],
)

TRUNG_KHANH = Plan6(
    file="cao-bang_xa-trung-khanh_kh-cchc-2026.txt",
    fmt="txt",
    parent="UBND TỈNH CAO BẰNG",
    issuer_upper="ỦY BAN NHÂN DÂN\nXÃ TRÙNG KHÁNH",
    issuer="Ủy ban nhân dân xã Trùng Khánh",
    number="07/KH-UBND",
    place="Trùng Khánh",
    issued=date(2026, 1, 20),
    subtitle="Cải cách hành chính năm 2026 của xã Trùng Khánh",
    preamble=[
        "Thực hiện Kế hoạch cải cách hành chính năm 2026 của UBND tỉnh Cao Bằng, UBND xã Trùng Khánh xây dựng Kế hoạch như sau:",
    ],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          b("Phục vụ người dân, khách du lịch và thương nhân qua cửa khẩu nhanh, đúng hạn."),
          b("Giao việc cụ thể, ngắn gọn; mỗi việc có người làm, có thời hạn.")),
        P("CHỈ TIÊU",
          b("Tối thiểu 70% hồ sơ TTHC của xã được nộp trực tuyến."),
          b("100% hồ sơ được trả kết quả đúng hạn."),
          b("Tối thiểu 60% người dân trong độ tuổi lao động có tài khoản định danh điện tử mức độ 2 được hướng dẫn sử dụng dịch vụ công trực tuyến.")),
        P("NHIỆM VỤ",
          n("Cải cách thủ tục hành chính"),
          plus("Niêm yết đủ TTHC tại Bộ phận Một cửa: Văn phòng HĐND và UBND xã; trong quý đầu năm."),
          plus("Hướng dẫn thương nhân khai thủ tục xuất nhập cảnh tại cửa khẩu Pò Peo: Công an xã; thường xuyên."),
          plus("Cấp phép tổ chức sự kiện du lịch tại thác Bản Giốc: Phòng Văn hóa - Xã hội; trước mùa lễ hội, chậm nhất ngày 31 tháng 3 năm 2026."),
          n("Cải cách tổ chức bộ máy"),
          plus("Sắp xếp lại vị trí việc làm của công chức xã: Văn phòng HĐND và UBND xã; 6 tháng đầu năm 2026."),
          plus("Đánh giá công chức theo tháng bằng phần mềm: Văn phòng HĐND và UBND xã; từ tháng 4 năm 2026."),
          n("Chuyển đổi số"),
          plus("Số hóa sổ hộ tịch từ năm 2000: công chức Tư pháp - Hộ tịch; 6 tháng cuối năm 2026."),
          plus("Lập tổ công nghệ số cộng đồng ở 100% xóm: Đoàn Thanh niên xã; trong quý đầu năm."),
          plus("Bán hạt dẻ Trùng Khánh trên sàn thương mại điện tử: Phòng Kinh tế; trước ngày 15 tháng 12 năm 2026.")),
        P("KINH PHÍ",
          b("Kinh phí thực hiện Kế hoạch là 60 triệu đồng từ ngân sách xã năm 2026.")),
        P("TỔ CHỨC THỰC HIỆN",
          n("Các bộ phận báo cáo kết quả hằng tháng về Văn phòng HĐND và UBND xã trước ngày 20 hằng tháng."),
          n("Văn phòng HĐND và UBND xã tham mưu UBND xã báo cáo UBND tỉnh (qua Sở Nội vụ) trước ngày 12 của tháng cuối quý; báo cáo năm trước ngày 14 tháng 11 năm 2026.")),
    ],
    recipients=["UBND tỉnh (b/c);", "Sở Nội vụ;", "TT Đảng ủy, TT HĐND xã;", "Các bộ phận thuộc UBND xã;", "Các xóm;",
                "Lưu: VT."],
    sign_role=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
    signer="Nông Văn Thịnh",
    province="Cao Bằng",
)
