"""Batch-5 dev plans A: UBND tỉnh Gia Lai (text-layer PDF) and UBND thành phố Huế (TXT prose).

Gia Lai: the Phụ lục puts the deadline *before* the unit, and the unit is one
combined "Cơ quan chủ trì/phối hợp" cell (lead first, partners after
"Phối hợp:"); group rows in Roman numerals; a portrait table over several
pages whose rows may break across a page; a total budget with a sub-amount;
KT. CHỦ TỊCH signs. Huế: a prose-only plan copied out of a PDF ("Giao Sở X
chủ trì …", "… tham mưu UBND thành phố …"), reporting duties in sentences, an
annual report to two ministries, kinh phí without an amount.
"""

from __future__ import annotations

from datetime import date

from eval.varied.build import G, P, T, a, b, n
from eval.varied5.model5 import Plan5

GIA_LAI = Plan5(
    file="gia-lai_ubnd-tinh_kh-cchc-2026.pdf",
    fmt="pdf-table",
    parent="",
    issuer_upper="ỦY BAN NHÂN DÂN\nTỈNH GIA LAI",
    issuer="Ủy ban nhân dân tỉnh Gia Lai",
    number="08/KH-UBND",
    place="Gia Lai",
    issued=date(2026, 1, 12),
    subtitle="Cải cách hành chính nhà nước tỉnh Gia Lai năm 2026",
    preamble=[
        "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;",
        "Căn cứ Kết luận số 14-KL/TU ngày 05/12/2025 của Ban Thường vụ Tỉnh ủy về nhiệm vụ trọng tâm năm 2026;",
        "UBND tỉnh ban hành Kế hoạch cải cách hành chính (CCHC) nhà nước năm 2026 như sau:",
    ],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          b("Bảo đảm bộ máy hành chính của tỉnh Gia Lai sau hợp nhất với tỉnh Bình Định (cũ) vận hành thông suốt, liên tục phục vụ người dân, doanh nghiệp."),
          b("Mỗi nhiệm vụ có cơ quan chủ trì, cơ quan phối hợp, thời hạn và sản phẩm cụ thể; kết quả thực hiện là tiêu chí đánh giá, xếp loại người đứng đầu.")),
        P("MỤC TIÊU NĂM 2026",
          n("Chỉ số cải cách hành chính của tỉnh năm 2026 tăng tối thiểu 2 bậc so với năm 2025."),
          n("Chỉ tiêu cụ thể"),
          a("Tối thiểu 82% hồ sơ thủ tục hành chính (TTHC) được tiếp nhận, giải quyết trực tuyến toàn trình."),
          a("100% TTHC được công khai đầy đủ, đúng hạn trên Cơ sở dữ liệu (CSDL) quốc gia về TTHC."),
          a("Mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết TTHC đạt tối thiểu 86%.")),
        P("NHIỆM VỤ",
          "Nhiệm vụ, thời hạn, cơ quan chủ trì, cơ quan phối hợp và sản phẩm được phân công tại Phụ lục kèm theo Kế hoạch này."),
        P("KINH PHÍ",
          "Tổng kinh phí thực hiện Kế hoạch năm 2026 là 3.120 triệu đồng từ nguồn ngân sách tỉnh, trong đó 1.450 triệu đồng dành cho số hóa hồ sơ, kết quả giải quyết TTHC."),
        P("TỔ CHỨC THỰC HIỆN",
          n("Sở Nội vụ là cơ quan thường trực, giúp UBND tỉnh theo dõi, đôn đốc, kiểm tra việc triển khai Kế hoạch."),
          n("Các sở, ban, ngành tỉnh; UBND các xã, phường gửi báo cáo CCHC định kỳ hằng quý về UBND tỉnh (qua Sở Nội vụ) trước ngày 15 của tháng cuối quý; báo cáo 6 tháng trước ngày 15/6/2026; báo cáo năm trước ngày 20/11/2026."),
          n("Sở Nội vụ tổng hợp, tham mưu UBND tỉnh báo cáo Bộ Nội vụ kết quả CCHC năm 2026 của tỉnh trước ngày 05/12/2026.")),
    ],
    recipients=["Bộ Nội vụ (b/c);", "TT Tỉnh ủy, TT HĐND tỉnh (b/c);", "Chủ tịch, các PCT UBND tỉnh;",
                "Các sở, ban, ngành tỉnh;", "UBND các xã, phường;", "Lưu: VT, NC."],
    sign_role=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
    signer="Đỗ Minh Khải",
    province="Gia Lai",
    appendix_title="PHỤ LỤC\nPHÂN CÔNG NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026",
    lead_first=True,
    unit_sep="; ",
    columns=[("stt", "STT"), ("task", "Nhiệm vụ"), ("deadline", "Thời hạn hoàn thành"),
             ("unit", "Cơ quan chủ trì/phối hợp"), ("product", "Sản phẩm")],
    groups=[
        G("I. CẢI CÁCH THỂ CHẾ",
          T("Rà soát, hợp nhất các quyết định quy phạm pháp luật về quản lý đất đai của UBND tỉnh Gia Lai và UBND tỉnh Bình Định (cũ) ban hành trước ngày 01/7/2025",
            "Sở Tư pháp", "Sở Nông nghiệp và Môi trường; Văn phòng UBND tỉnh", "Quý II/2026", "Danh mục văn bản được hợp nhất, bãi bỏ"),
          T("Ban hành quy định phân cấp thẩm quyền cấp giấy phép xây dựng nhà ở riêng lẻ cho UBND các xã, phường",
            "Sở Xây dựng", "Sở Tư pháp; UBND các xã, phường", "Trước ngày 30/6/2026", "Quyết định của UBND tỉnh")),
        G("II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
          T("Cắt giảm tối thiểu 30% thời gian giải quyết TTHC về đầu tư đối với dự án tại Khu kinh tế Nhơn Hội",
            "Ban Quản lý Khu kinh tế tỉnh", "Sở Tài chính; Trung tâm Phục vụ hành chính công tỉnh", "Quý III/2026", "Quy trình nội bộ rút gọn"),
          T("Tiếp nhận yêu cầu cấp Phiếu lý lịch tư pháp qua ứng dụng VNeID cho công dân cư trú tại các xã biên giới",
            "Sở Tư pháp", "Công an tỉnh; Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Tháng 9/2026", "Hồ sơ được tiếp nhận qua VNeID"),
          T("Niêm yết hướng dẫn TTHC bằng tiếng Jrai, tiếng Bahnar tại bộ phận một cửa của các xã vùng đồng bào dân tộc thiểu số",
            "Sở Dân tộc và Tôn giáo", "UBND các xã có đồng bào dân tộc thiểu số", "Thường xuyên", "Bản hướng dẫn song ngữ"),
          T("Thực hiện trực tuyến toàn trình thủ tục cấp giấy phép kinh doanh dịch vụ lữ hành nội địa",
            "Sở Văn hóa, Thể thao và Du lịch", "Sở Khoa học và Công nghệ; Trung tâm Phục vụ hành chính công tỉnh", "Tháng 10/2026",
            "Thủ tục được cung cấp trực tuyến toàn trình")),
        G("III. CẢI CÁCH TỔ CHỨC BỘ MÁY",
          T("Sắp xếp các đơn vị sự nghiệp công lập trong lĩnh vực nông nghiệp, thủy lợi sau hợp nhất tỉnh",
            "Sở Nội vụ", "Sở Nông nghiệp và Môi trường; Sở Tài chính", "Năm 2026", "Đề án sắp xếp được phê duyệt"),
          T("Tuyển dụng công chức cấp xã có chuyên môn công nghệ thông tin cho các xã vùng sâu, vùng xa",
            "Sở Nội vụ", "UBND các xã, phường", "Tháng 8/2026", "Kết quả tuyển dụng")),
        G("IV. CẢI CÁCH TÀI CHÍNH CÔNG",
          T("Hướng dẫn thu phí, lệ phí giải quyết TTHC không dùng tiền mặt tại Trung tâm Phục vụ hành chính công tỉnh và các xã, phường",
            "Sở Tài chính", "Ngân hàng Nhà nước chi nhánh Khu vực 10; Trung tâm Phục vụ hành chính công tỉnh", "Trước ngày 31/3/2026",
            "Văn bản hướng dẫn")),
        G("V. XÂY DỰNG CHÍNH QUYỀN SỐ",
          T("Số hóa hồ sơ, kết quả giải quyết TTHC còn hiệu lực của tỉnh Bình Định (cũ) đang lưu trữ tại các phường ven biển",
            "Văn phòng UBND tỉnh", "Trung tâm Phục vụ hành chính công tỉnh; UBND các phường ven biển", "Quý III/2026", "Dữ liệu được số hóa"),
          T("Xây dựng CSDL cán bộ, công chức, viên chức tỉnh Gia Lai, kết nối với CSDL quốc gia về cán bộ, công chức, viên chức",
            "Sở Nội vụ", "Sở Khoa học và Công nghệ", "Tháng 11/2026", "CSDL được vận hành"),
          T("Nâng cấp Hệ thống thông tin giải quyết TTHC của tỉnh, bảo đảm kết nối, đồng bộ với Cổng Dịch vụ công quốc gia",
            "Sở Khoa học và Công nghệ", "Văn phòng UBND tỉnh; Viễn thông Gia Lai", "Thường xuyên", "Hệ thống được nâng cấp")),
    ],
)

HUE = Plan5(
    file="hue_ubnd-thanh-pho_kh-cchc-2026.txt",
    fmt="txt",
    parent="",
    issuer_upper="ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HUẾ",
    issuer="Ủy ban nhân dân thành phố Huế",
    number="11/KH-UBND",
    place="Huế",
    issued=date(2026, 1, 8),
    subtitle="Cải cách hành chính nhà nước thành phố Huế năm 2026",
    preamble=[
        "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;",
        "UBND thành phố Huế ban hành Kế hoạch cải cách hành chính nhà nước năm 2026 với các nội dung sau:",
    ],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          b("Xây dựng nền hành chính phục vụ, gắn cải cách hành chính với bảo tồn, phát huy giá trị di sản Cố đô Huế và phát triển du lịch."),
          b("Phân công rõ cơ quan chủ trì, thời hạn hoàn thành; cơ quan được giao chủ trì chịu trách nhiệm trước UBND thành phố về kết quả.")),
        P("MỤC TIÊU",
          b("Tỷ lệ hồ sơ TTHC được giải quyết trực tuyến toàn trình đạt tối thiểu 85%."),
          b("Tối thiểu 90% người dân, doanh nghiệp hài lòng với việc giải quyết TTHC."),
          b("100% cơ quan hành chính của thành phố sử dụng hệ thống quản lý văn bản có chữ ký số.")),
        P("NHIỆM VỤ CỤ THỂ",
          n("Giao Sở Tư pháp chủ trì, phối hợp với Văn phòng UBND thành phố rà soát, đề xuất bãi bỏ các văn bản quy phạm pháp luật của thành phố không còn phù hợp sau sắp xếp chính quyền hai cấp; hoàn thành trong Quý II/2026."),
          n("Giao Sở Xây dựng chủ trì, phối hợp với Sở Văn hóa, Thể thao và Du lịch và Trung tâm Bảo tồn di tích Cố đô Huế rút ngắn thời gian cấp giấy phép xây dựng, sửa chữa nhà ở trong khu vực bảo vệ di tích; hoàn thành trước ngày 30/6/2026."),
          n("Giao Sở Văn hóa, Thể thao và Du lịch chủ trì số hóa hồ sơ cấp phép tổ chức lễ hội, biểu diễn nghệ thuật phục vụ Festival Huế 2026, hoàn thành trong tháng 4/2026."),
          n("Giao Trung tâm Phục vụ hành chính công thành phố thường xuyên hướng dẫn du khách nước ngoài thực hiện thủ tục cấp thị thực điện tử và khai báo tạm trú trực tuyến, phối hợp với Công an thành phố."),
          n("Giao Sở Nội vụ chủ trì, phối hợp với các sở, ban, ngành tổ chức đánh giá, xếp loại công chức theo kết quả thực hiện nhiệm vụ bằng phần mềm, tham mưu UBND thành phố ban hành quy chế trong Quý III/2026."),
          n("Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Viễn thông Huế triển khai nền tảng Hue-S tích hợp phản ánh, kiến nghị về TTHC; hoàn thành trong tháng 9/2026."),
          n("Giao Sở Tài chính tham mưu UBND thành phố bố trí kinh phí thực hiện Kế hoạch từ nguồn chi thường xuyên năm 2026 của các cơ quan, đơn vị.")),
        P("CHẾ ĐỘ BÁO CÁO",
          n("Các sở, ban, ngành và UBND các xã, phường báo cáo kết quả CCHC hằng quý gửi UBND thành phố (qua Sở Nội vụ) trước ngày 12 của tháng cuối quý; báo cáo năm trước ngày 25/11/2026."),
          n("Sở Nội vụ tham mưu UBND thành phố báo cáo Bộ Nội vụ trước ngày 15 của tháng cuối quý; báo cáo năm đồng thời gửi Bộ Nội vụ và Văn phòng Chính phủ trước ngày 10/12/2026.")),
    ],
    recipients=["Bộ Nội vụ (b/c);", "Thường trực Thành ủy, HĐND thành phố (b/c);", "Các sở, ban, ngành thành phố;",
                "UBND các xã, phường;", "Lưu: VT, NV."],
    sign_role=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
    signer="Tôn Thất Khiêm",
    province="Huế",
)
