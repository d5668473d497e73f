"""Batch-7 test plans F: Sở Nội vụ Tây Ninh (rotated 150-dpi scan) and a joint plan of two Sở of Thái Nguyên (DOCX).

Sở Nội vụ Tây Ninh: an image-only PDF turned by about 1°; a ruled table
inside part III with **no STT column**, ``Nhiệm vụ | Đơn vị thực hiện |
Thời hạn | Sản phẩm``, the lead and partners in **one cell** ("Chủ trì: …;
phối hợp: …"); duties and reports in prose; the GIÁM ĐỐC signs. Thái
Nguyên: a plan **issued jointly** by Sở Nội vụ and Sở Khoa học và Công nghệ
(03/KH-LN, two signatures), prose only: tasks with deadlines in numbered
items, each Sở's duties and the reporting in "TỔ CHỨC THỰC HIỆN" ("trước
ngày 10/6 và 10/12/2026"); kinh phí without an amount.
"""

from __future__ import annotations

from datetime import date

from eval.varied.build import G, P, a, b, n
from eval.varied7.model7 import T7, Plan7

SNV_TAY_NINH = Plan7(
    file="tay-ninh_so-noi-vu_kh-cchc-2026_scan.pdf",
    fmt="scan",
    parent="UBND TỈNH TÂY NINH",
    issuer_upper="SỞ NỘI VỤ",
    issuer="Sở Nội vụ tỉnh Tây Ninh",
    number="26/KH-SNV",
    place="Tây Ninh",
    issued=date(2026, 1, 27),
    subtitle="Cải cách hành chính năm 2026 của Sở Nội vụ tỉnh Tây Ninh",
    preamble=[
        "Thực hiện Kế hoạch cải cách hành chính nhà nước tỉnh Tây Ninh năm 2026, Sở Nội vụ ban hành Kế hoạch như sau:",
    ],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          b("Sở Nội vụ vừa là cơ quan thường trực cải cách hành chính của tỉnh, vừa thực hiện cải cách trong nội bộ Sở."),
          b("Hoàn thành việc tiếp nhận hồ sơ, tài liệu của các cơ quan hợp nhất, trong đó có các sở của tỉnh Long An (cũ).")),
        P("CHỈ TIÊU",
          b("100% thủ tục hành chính của Sở được cung cấp dịch vụ công trực tuyến toàn trình."),
          b("Tối thiểu 92% người dân, tổ chức hài lòng với việc giải quyết thủ tục hành chính của Sở.")),
        P("NHIỆM VỤ",
          "Nhiệm vụ cụ thể như sau:"),
        P("KINH PHÍ",
          "Kinh phí thực hiện Kế hoạch là 260 triệu đồng, trong đó 120 triệu đồng cho khảo sát sự hài lòng."),
        P("TỔ CHỨC THỰC HIỆN",
          n("Phòng Cải cách hành chính: theo dõi, đôn đốc thực hiện Kế hoạch; tham mưu Giám đốc Sở báo cáo UBND tỉnh kết quả cải cách hành chính quý trước ngày 18 của tháng cuối quý; tham mưu UBND tỉnh báo cáo Bộ Nội vụ 6 tháng và năm trước ngày 20/6 và 20/12/2026."),
          n("Văn phòng Sở: bảo đảm điều kiện làm việc của Bộ phận tiếp nhận hồ sơ; báo cáo tình hình giải quyết hồ sơ hằng tháng về Phòng Cải cách hành chính trước ngày 22."),
          n("Thanh tra Sở: kiểm tra công vụ đột xuất; báo cáo Giám đốc Sở kết quả kiểm tra hằng quý."),
          n("Chi cục Văn thư - Lưu trữ: hướng dẫn các sở, ngành chỉnh lý tài liệu; báo cáo tiến độ chỉnh lý 6 tháng một lần.")),
    ],
    recipients=["UBND tỉnh (b/c);", "Bộ Nội vụ (b/c);", "Các phòng, đơn vị thuộc Sở;", "Lưu: VT, CCHC."],
    sign_role=["GIÁM ĐỐC"],
    signer="Đặng Thị Kim Loan",
    province="Tây Ninh",
    appendix_title="NHIỆM VỤ CỤ THỂ NĂM 2026",
    ref_text="",
    table_part=2,
    unit_sep=", ",
    columns=[("task", "Nhiệm vụ"), ("unit", "Đơn vị thực hiện"), ("deadline", "Thời hạn"), ("product", "Sản phẩm")],
    groups=[
        G("",
          T7("Theo dõi, đánh giá Chỉ số cải cách hành chính năm 2026 của các sở, ngành và UBND các xã, phường",
             "Phòng Cải cách hành chính", "Văn phòng Sở", "Tháng 11/2026", "Quyết định công bố Chỉ số cải cách hành chính"),
          T7("Thẩm định đề án vị trí việc làm của các cơ quan hành chính sau sắp xếp",
             "Phòng Tổ chức, biên chế", "các sở, ngành", "Quý III/2026", "Văn bản thẩm định"),
          T7("Tổ chức thi tuyển công chức cấp xã tập trung toàn tỉnh",
             "Phòng Công chức, viên chức", "UBND các xã, phường", "Quý II/2026", "Kết quả tuyển dụng"),
          T7("Số hóa hồ sơ người có công với cách mạng của tỉnh Long An (cũ)",
             "Phòng Người có công", "Chi cục Văn thư - Lưu trữ", "Trước ngày 31/10/2026", "Dữ liệu người có công số"),
          T7("Giải quyết trực tuyến toàn trình thủ tục xác nhận người lao động nước ngoài không thuộc diện cấp giấy phép lao động",
             "Phòng Lao động - Việc làm", "Công an tỉnh", "Tháng 6/2026", "Dịch vụ công trực tuyến toàn trình"),
          T7("Khảo sát sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước",
             "Phòng Cải cách hành chính", "Trường Chính trị tỉnh", "Quý IV/2026", "Báo cáo Chỉ số hài lòng"),
          T7("Chỉnh lý tài liệu lưu trữ tồn đọng của các sở hợp nhất",
             "Chi cục Văn thư - Lưu trữ", "các sở, ngành", "Năm 2026", "Tài liệu được chỉnh lý")),
    ],
)

LN_THAI_NGUYEN = Plan7(
    file="thai-nguyen_lien-nganh-snv-skhcn_kh-cchc-2026.docx",
    fmt="docx",
    parent="UBND TỈNH THÁI NGUYÊN",
    issuer_upper="SỞ NỘI VỤ - SỞ KHOA HỌC VÀ CÔNG NGHỆ",
    issuer="Sở Nội vụ và Sở Khoa học và Công nghệ tỉnh Thái Nguyên (liên ngành)",
    number="03/KH-LN",
    place="Thái Nguyên",
    issued=date(2026, 1, 28),
    subtitle="Phối hợp thực hiện cải cách hành chính gắn với chuyển đổi số năm 2026",
    preamble=[
        "Thực hiện Kế hoạch cải cách hành chính nhà nước tỉnh Thái Nguyên năm 2026, Sở Nội vụ và Sở Khoa học và Công nghệ thống nhất ban hành Kế hoạch liên ngành như sau:",
    ],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          b("Phối hợp chặt chẽ giữa cơ quan thường trực cải cách hành chính và cơ quan thường trực chuyển đổi số của tỉnh."),
          b("Tránh chồng chéo trong kiểm tra, báo cáo đối với các sở, ngành và UBND các xã, phường.")),
        P("MỤC TIÊU",
          n("Tối thiểu 80% hồ sơ thủ tục hành chính của tỉnh được giải quyết trực tuyến toàn trình."),
          n("100% các xã, phường sử dụng hệ thống quản lý văn bản và điều hành thống nhất của tỉnh."),
          n("Tối thiểu 70% kết quả giải quyết thủ tục hành chính được tái sử dụng.")),
        P("NHIỆM VỤ PHỐI HỢP",
          n("Tổ chức một đợt kiểm tra liên ngành về cải cách hành chính và chuyển đổi số tại 20 xã, phường; hoàn thành trong quý III/2026."),
          n("Xây dựng bộ tiêu chí đánh giá mức độ chuyển đổi số trong giải quyết thủ tục hành chính cấp xã, trình UBND tỉnh trước ngày 31/5/2026."),
          n("Tập huấn kỹ năng số cho công chức Bộ phận Một cửa cấp xã của các xã vùng cao Định Hóa, Võ Nhai, hoàn thành trong tháng 8/2026."),
          n("Chuẩn hóa dữ liệu cán bộ, công chức, viên chức trên cơ sở dữ liệu dùng chung của tỉnh, hoàn thành trước ngày 30/9/2026.")),
        P("KINH PHÍ",
          "Mỗi Sở bố trí kinh phí thực hiện các nhiệm vụ được giao trong dự toán năm 2026 của đơn vị mình."),
        P("TỔ CHỨC THỰC HIỆN",
          n("Sở Nội vụ"),
          a("Chủ trì kiểm tra liên ngành và chuẩn hóa dữ liệu cán bộ, công chức, viên chức."),
          a("Tổng hợp kết quả thực hiện Kế hoạch vào báo cáo cải cách hành chính 6 tháng và năm của tỉnh."),
          n("Sở Khoa học và Công nghệ"),
          a("Chủ trì xây dựng bộ tiêu chí đánh giá mức độ chuyển đổi số và tập huấn kỹ năng số."),
          a("Bảo đảm hạ tầng kỹ thuật của hệ thống quản lý văn bản và điều hành cho các xã, phường."),
          n("Chế độ báo cáo"),
          a("Mỗi Sở báo cáo UBND tỉnh kết quả thực hiện phần việc của mình 6 tháng và năm, trước ngày 10/6 và 10/12/2026."),
          a("Sở Khoa học và Công nghệ gửi Sở Nội vụ số liệu chuyển đổi số của các xã, phường hằng quý, trước ngày 5 của tháng cuối quý.")),
    ],
    recipients=["UBND tỉnh (b/c);", "Các sở, ban, ngành;", "UBND các xã, phường;", "Lưu: VT SNV, VT SKHCN."],
    sign_role=["GIÁM ĐỐC SỞ NỘI VỤ", "Ma Thị Thu Trang", "GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ"],
    signer="Lương Thế Hiển",
    co_signer="Ma Thị Thu Trang",
    province="Thái Nguyên",
)
