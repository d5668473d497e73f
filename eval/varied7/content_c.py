"""Batch-7 dev plans C: UBND tỉnh Quảng Ngãi (QUYẾT ĐỊNH + plan, PDF, two annexes) and Sở Tài chính Hà Tĩnh (scan).

Quảng Ngãi: a decision (88/QĐ-UBND, TM. UBND / KT. CHỦ TỊCH / PHÓ CHỦ
TỊCH, on the proposal of the Sở Nội vụ's Tờ trình) whose plan has **two
annexes**: "PHỤ LỤC I" the task table with group rows spanning all columns,
"PHỤ LỤC II" a list of online public services (Tên thủ tục hành chính |
Lĩnh vực | Cơ quan giải quyết | Thời hạn triển khai). Sở Tài chính Hà Tĩnh:
an image-only PDF scanned at 150 dpi and turned by about 1°, **prose only**:
"TỔ CHỨC THỰC HIỆN" gives several units several duties each, with monthly,
quarterly, 6-month and annual reports ("trước ngày 15/6 và 15/12/2026");
KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC; kinh phí without an amount.
"""

from __future__ import annotations

from datetime import date

from eval.varied.build import G, P, a, b, n
from eval.varied.model import Decision
from eval.varied2.model2 import Report
from eval.varied7.model7 import T7, Plan7


def _svc(name: str, field: str, office: str, when: str) -> Report:
    """One row of the Phụ lục II service list, held in the batch-6 report-table slots."""
    return Report(kind=office, reporter=name, recipient=field, deadline=when)


QUANG_NGAI = Plan7(
    file="quang-ngai_ubnd-tinh_qd-kh-cchc-2026.pdf",
    fmt="decision",
    parent="",
    issuer_upper="ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI",
    issuer="Ủy ban nhân dân tỉnh Quảng Ngãi",
    number=None,
    place="Quảng Ngãi",
    issued=date(2026, 1, 13),
    subtitle="Cải cách hành chính nhà nước tỉnh Quảng Ngãi năm 2026",
    ref_text="(Ban hành kèm theo Quyết định số 88/QĐ-UBND ngày 13/01/2026 của UBND tỉnh Quảng Ngãi)",
    decision=Decision(
        number="88/QĐ-UBND",
        authority="ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI",
        title="Ban hành Kế hoạch cải cách hành chính nhà nước tỉnh Quảng Ngãi năm 2026",
        bases=[
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
            "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;",
        ],
        proposal="Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 05/TTr-SNV ngày 08/01/2026.",
        articles=[
            "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính nhà nước tỉnh Quảng Ngãi năm 2026, gồm Phụ lục I (nhiệm vụ) và Phụ lục II (danh mục dịch vụ công trực tuyến toàn trình ưu tiên triển khai).",
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
            "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các sở, Thủ trưởng các ban, ngành, Chủ tịch UBND các xã, phường, đặc khu chịu trách nhiệm thi hành Quyết định này.",
        ],
        recipients=["Như Điều 3;", "Bộ Nội vụ (b/c);", "TT Tỉnh ủy, TT HĐND tỉnh;", "CT, các PCT UBND tỉnh;", "Lưu: VT, NC."],
        sign_role=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
        signer="Huỳnh Tấn Lộc",
    ),
    preamble=[],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          b("Hoàn thiện thể chế, thủ tục hành chính của tỉnh sau khi hợp nhất tỉnh Quảng Ngãi và tỉnh Kon Tum (cũ)."),
          b("Ưu tiên cung cấp dịch vụ công trực tuyến toàn trình theo danh mục tại Phụ lục II.")),
        P("MỤC TIÊU",
          n("Chỉ tiêu"),
          a("Tối thiểu 82% hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình."),
          a("Mức độ hài lòng của người dân, doanh nghiệp đạt tối thiểu 92%."),
          a("100% dịch vụ công trực tuyến tại Phụ lục II được cung cấp toàn trình trong năm 2026.")),
        P("NHIỆM VỤ",
          "Nhiệm vụ cụ thể tại Phụ lục I; danh mục dịch vụ công trực tuyến toàn trình ưu tiên triển khai tại Phụ lục II."),
        P("KINH PHÍ",
          "Tổng kinh phí thực hiện Kế hoạch là 4.800 triệu đồng từ ngân sách tỉnh, trong đó 2.000 triệu đồng cho kho dữ liệu dùng chung và 600 triệu đồng cho mô hình tiếp nhận hồ sơ tại nhà."),
        P("TỔ CHỨC THỰC HIỆN",
          n("Sở Nội vụ theo dõi, kiểm tra việc thực hiện Kế hoạch, tổng hợp báo cáo UBND tỉnh và Bộ Nội vụ."),
          n("Văn phòng UBND tỉnh theo dõi việc cung cấp dịch vụ công trực tuyến tại Phụ lục II, báo cáo UBND tỉnh hằng tháng trước ngày 25."),
          n("Các sở, ban, ngành, UBND các xã, phường, đặc khu báo cáo kết quả CCHC hằng quý về UBND tỉnh (qua Sở Nội vụ) trước ngày 16 của tháng cuối quý; báo cáo năm trước ngày 16/11/2026.")),
    ],
    recipients=[],
    sign_role=["PHÓ CHỦ TỊCH"],
    signer="Huỳnh Tấn Lộc",
    province="Quảng Ngãi",
    appendix_title="PHỤ LỤC I\nNHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026",
    partner_sep="; ",
    columns=[("stt", "STT"), ("task", "Nhiệm vụ"), ("lead", "Cơ quan chủ trì"), ("partners", "Cơ quan phối hợp"),
             ("deadline", "Thời gian hoàn thành"), ("product", "Sản phẩm")],
    merge_down=(),
    reports_title="PHỤ LỤC II\nDANH MỤC DỊCH VỤ CÔNG TRỰC TUYẾN TOÀN TRÌNH ƯU TIÊN TRIỂN KHAI NĂM 2026",
    reports_heads=["STT", "Tên thủ tục hành chính", "Lĩnh vực", "Cơ quan giải quyết", "Thời hạn triển khai"],
    reports=[
        _svc("Cấp giấy phép khai thác thủy sản", "Thủy sản", "Sở Nông nghiệp và Môi trường", "Quý I/2026"),
        _svc("Cấp giấy phép kinh doanh dịch vụ lữ hành nội địa", "Du lịch", "Sở Văn hóa, Thể thao và Du lịch", "Quý II/2026"),
        _svc("Cấp Giấy chứng nhận đăng ký đầu tư cho dự án trong Khu kinh tế Dung Quất", "Đầu tư",
             "Ban Quản lý Khu kinh tế Dung Quất và các khu công nghiệp Quảng Ngãi", "Quý II/2026"),
        _svc("Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất", "Đất đai",
             "Văn phòng Đăng ký đất đai tỉnh", "Quý III/2026"),
        _svc("Cấp phiếu lý lịch tư pháp cho công dân Việt Nam", "Lý lịch tư pháp", "Sở Tư pháp", "Quý I/2026"),
        _svc("Công bố hoạt động bến thủy nội địa", "Đường thủy nội địa", "Sở Xây dựng", "Quý IV/2026"),
    ],
    groups=[
        G("I. CẢI CÁCH THỂ CHẾ",
          T7("Ban hành quy định phân cấp quản lý cảng cá, bến cá trên địa bàn tỉnh",
             "Sở Nông nghiệp và Môi trường", "Sở Tư pháp; UBND các xã ven biển", "Quý II/2026", "Quyết định của UBND tỉnh"),
          T7("Ban hành quy chế phối hợp quản lý đặc khu Lý Sơn giữa các sở, ngành và UBND đặc khu",
             "Sở Nội vụ", "UBND đặc khu Lý Sơn; Sở Tư pháp", "Tháng 5/2026", "Quy chế phối hợp")),
        G("II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
          T7("Triển khai dịch vụ công trực tuyến toàn trình theo danh mục tại Phụ lục II",
             "Văn phòng UBND tỉnh", "Các sở, ngành có thủ tục trong danh mục", "Quý IV/2026", "Dịch vụ công trực tuyến được cung cấp"),
          T7("Cắt giảm 30% thời gian giải quyết thủ tục đầu tư đối với dự án tại Khu kinh tế Dung Quất",
             "Ban Quản lý Khu kinh tế Dung Quất và các khu công nghiệp Quảng Ngãi", "Sở Tài chính", "Trước ngày 30/9/2026",
             "Quy trình nội bộ được rút gọn"),
          T7("Tiếp nhận hồ sơ thủ tục hành chính tại nhà cho người cao tuổi, người khuyết tật ở các xã miền núi Ba Tơ, Minh Long, Sơn Hà",
             "Trung tâm Phục vụ hành chính công tỉnh", "Bưu điện tỉnh; UBND các xã", "Tháng 7/2026", "Mô hình tiếp nhận hồ sơ tại nhà")),
        G("III. CẢI CÁCH TÀI CHÍNH CÔNG",
          T7("Giao quyền tự chủ tài chính cho các trường trung học phổ thông công lập",
             "Sở Giáo dục và Đào tạo", "Sở Tài chính", "Năm 2026", "Quyết định giao tự chủ")),
        G("IV. XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ",
          T7("Xây dựng kho dữ liệu dùng chung của tỉnh, kết nối với Trung tâm dữ liệu quốc gia",
             "Sở Khoa học và Công nghệ", "Văn phòng UBND tỉnh; Công an tỉnh", "Quý III/2026", "Kho dữ liệu dùng chung"),
          T7("Số hóa hồ sơ địa chính của các xã thuộc tỉnh Kon Tum (cũ)",
             "Sở Nông nghiệp và Môi trường", "Văn phòng Đăng ký đất đai tỉnh", "Tháng 11/2026", "Dữ liệu địa chính số")),
    ],
)

STC_HA_TINH = Plan7(
    file="ha-tinh_so-tai-chinh_kh-cchc-2026_scan.pdf",
    fmt="scan",
    parent="UBND TỈNH HÀ TĨNH",
    issuer_upper="SỞ TÀI CHÍNH",
    issuer="Sở Tài chính tỉnh Hà Tĩnh",
    number="31/KH-STC",
    place="Hà Tĩnh",
    issued=date(2026, 1, 22),
    subtitle="Cải cách hành chính năm 2026 của Sở Tài chính",
    preamble=[
        "Thực hiện Kế hoạch cải cách hành chính nhà nước tỉnh Hà Tĩnh năm 2026, Sở Tài chính ban hành Kế hoạch như sau:",
    ],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          b("Gắn cải cách hành chính với nhiệm vụ quản lý tài chính, ngân sách, đầu tư và đăng ký doanh nghiệp của Sở."),
          b("Mỗi phòng, đơn vị thực hiện đầy đủ nhiệm vụ và chế độ báo cáo được giao tại Kế hoạch này.")),
        P("CHỈ TIÊU",
          b("100% hồ sơ đăng ký doanh nghiệp được tiếp nhận và giải quyết trực tuyến."),
          b("Tối thiểu 95% tổ chức, cá nhân hài lòng với việc giải quyết thủ tục hành chính của Sở."),
          b("Thời gian cấp Giấy chứng nhận đăng ký doanh nghiệp không quá 2 ngày làm việc.")),
        P("KINH PHÍ",
          "Kinh phí thực hiện Kế hoạch được bảo đảm từ dự toán chi thường xuyên năm 2026 của Sở."),
        P("TỔ CHỨC THỰC HIỆN",
          n("Văn phòng Sở"),
          a("Tham mưu Giám đốc Sở chỉ đạo, theo dõi, đôn đốc việc thực hiện Kế hoạch."),
          a("Tổng hợp báo cáo cải cách hành chính quý gửi Sở Nội vụ trước ngày 15 của tháng cuối quý; báo cáo 6 tháng và báo cáo năm gửi Sở Nội vụ trước ngày 15/6 và 15/12/2026."),
          a("Cập nhật kết quả các tiêu chí Chỉ số cải cách hành chính của Sở trước ngày 30/11/2026."),
          n("Phòng Quản lý ngân sách"),
          a("Rà soát, rút gọn quy trình thẩm định dự toán ngân sách của các cơ quan cấp tỉnh, hoàn thành trong quý II/2026."),
          a("Công khai dự toán và quyết toán ngân sách tỉnh trên Cổng thông tin điện tử của Sở đúng thời hạn luật định."),
          n("Phòng Quản lý giá và công sản"),
          a("Số hóa hồ sơ tài sản công là nhà, đất của các cơ quan, đơn vị cấp tỉnh, hoàn thành trước ngày 30/9/2026."),
          a("Báo cáo tình hình xử lý trụ sở dôi dư sau sắp xếp về Văn phòng Sở trước ngày 25 hằng tháng."),
          n("Phòng Đăng ký kinh doanh"),
          a("Giải quyết 100% hồ sơ đăng ký doanh nghiệp qua Hệ thống thông tin quốc gia về đăng ký doanh nghiệp."),
          a("Từ tháng 4/2026, cấp Giấy chứng nhận đăng ký doanh nghiệp trong không quá 2 ngày làm việc."),
          a("Báo cáo số doanh nghiệp thành lập mới, giải thể hằng quý về Văn phòng Sở trước ngày 10 của tháng cuối quý."),
          n("Thanh tra Sở"),
          a("Kiểm tra công vụ tại các phòng, đơn vị thuộc Sở hai đợt trong quý II và quý IV năm 2026."),
          a("Báo cáo kết quả kiểm tra công vụ trong 10 ngày làm việc sau khi kết thúc mỗi đợt kiểm tra."),
          n("Các phòng, đơn vị thuộc Sở báo cáo kết quả cải cách hành chính về Văn phòng Sở trước ngày 20 hằng tháng.")),
    ],
    recipients=["Sở Nội vụ (b/c);", "Giám đốc, các Phó Giám đốc Sở;", "Các phòng, đơn vị thuộc Sở;", "Lưu: VT, VP."],
    sign_role=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
    signer="Phan Đình Khôi",
    province="Hà Tĩnh",
)
