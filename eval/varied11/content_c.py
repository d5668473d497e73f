"""Batch-11 test plans C: UBND phường Buôn Ma Thuột, Đắk Lắk (PDF table) and Trường Đại học Cần Thơ (DOCX).

Phường Buôn Ma Thuột: a text-layer PDF whose ruled Phụ lục "TT | Tên nhiệm
vụ/hoạt động | Đơn vị thực hiện | Đơn vị phối hợp | Sản phẩm đầu ra | Thời
hạn" (product before the deadline) runs over two pages with a row cut at the
break, followed by a reporting table "STT | Đơn vị báo cáo | Gửi đến | Kỳ
báo cáo | Hạn gửi".
Trường Đại học Cần Thơ: a Word-numbered DOCX whose task table inside part III
holds sub-task rows under parents whose lead is only on the parent row, equal
consecutive leads merged down, lettered duties per unit.
"""

from __future__ import annotations

from datetime import date

from eval.varied.build import G, P, a, b, n
from eval.varied2.model2 import Report
from eval.varied8.model8 import S8, T8, Plan8

VP = "Văn phòng HĐND và UBND phường"
KTHTDT = "Phòng Kinh tế, Hạ tầng và Đô thị"
TTPV = "Trung tâm Phục vụ hành chính công phường"

BUON_MA_THUOT = Plan8(
    file="dak-lak_phuong-buon-ma-thuot_kh-cchc-2026.pdf",
    fmt="pdf-table",
    parent="",
    issuer_upper="ỦY BAN NHÂN DÂN\nPHƯỜNG BUÔN MA THUỘT",
    issuer="Ủy ban nhân dân phường Buôn Ma Thuột",
    number="31/KH-UBND",
    place="Buôn Ma Thuột",
    issued=date(2026, 1, 20),
    subtitle="Cải cách hành chính năm 2026 trên địa bàn phường Buôn Ma Thuột",
    preamble=[
        "Thực hiện Kế hoạch cải cách hành chính nhà nước năm 2026 của UBND tỉnh Đắk Lắk, UBND phường Buôn Ma Thuột ban "
        "hành Kế hoạch như sau:",
    ],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          n("Mục đích: giải quyết thủ tục hành chính không phụ thuộc địa giới hành chính; công khai, minh bạch thu, chi "
            "ngân sách phường; đưa đô thị thông minh vào phục vụ người dân."),
          n("Yêu cầu: các phòng, đơn vị và tổ dân phố, buôn thực hiện đúng tiến độ; người đứng đầu chịu trách nhiệm về "
            "kết quả cải cách hành chính của đơn vị mình.")),
        P("CHỈ TIÊU",
          b("Tối thiểu 90% hồ sơ thủ tục hành chính được nộp trực tuyến."),
          b("Trên 98% hồ sơ được giải quyết đúng hạn và trước hạn."),
          b("Tối thiểu 95% giao dịch thu phí, lệ phí không dùng tiền mặt.")),
        P("NHIỆM VỤ",
          "UBND phường triển khai 11 nhiệm vụ cải cách hành chính năm 2026 tại Phụ lục kèm theo."),
        P("TỔ CHỨC THỰC HIỆN",
          n("Văn phòng HĐND và UBND phường giúp UBND phường theo dõi, đôn đốc thực hiện Kế hoạch và tổng hợp báo cáo theo "
            "Biểu chế độ báo cáo kèm theo."),
          n("Kinh phí thực hiện Kế hoạch là 150 triệu đồng từ ngân sách phường năm 2026; Phòng Kinh tế, Hạ tầng và Đô "
            "thị tham mưu phân bổ."),
          n("Công an phường, các phòng chuyên môn và tổ dân phố, buôn thực hiện nhiệm vụ được giao, chịu trách nhiệm "
            "trước Chủ tịch UBND phường.")),
    ],
    recipients=["UBND tỉnh Đắk Lắk (b/c);", "Sở Nội vụ;", "TT Đảng ủy, TT HĐND phường;", "Các phòng, đơn vị thuộc phường;",
                "Lưu: VT."],
    sign_role=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
    signer="Lê Thị Mỹ Hạnh",
    province="Đắk Lắk",
    appendix_title="PHỤ LỤC\nDANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026",
    columns=[("stt", "TT"), ("task", "Tên nhiệm vụ/hoạt động"), ("lead", "Đơn vị thực hiện"),
             ("partners", "Đơn vị phối hợp"), ("product", "Sản phẩm đầu ra"), ("deadline", "Thời hạn")],
    reports_title="BIỂU CHẾ ĐỘ BÁO CÁO",
    reports_heads=["STT", "Đơn vị báo cáo", "Gửi đến", "Kỳ báo cáo", "Hạn gửi"],
    reports=[
        Report("Báo cáo quý", VP, "UBND tỉnh (qua Sở Nội vụ)", "Trước ngày 10 của tháng cuối quý"),
        Report("Báo cáo năm", VP, "UBND tỉnh (qua Sở Nội vụ)", "Trước ngày 10/11/2026"),
        Report("Báo cáo tháng", TTPV, "Chủ tịch UBND phường", "Trước ngày 20 hằng tháng"),
        Report("Báo cáo quý", "Các phòng chuyên môn, Công an phường", VP, "Trước ngày 05 của tháng cuối quý"),
    ],
    groups=[
        G("I. CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
          T8("Rà soát quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực đất đai, xây dựng", KTHTDT, TTPV,
             "Quý II/2026", "Quy trình nội bộ sửa đổi"),
          T8("Tiếp nhận, trả kết quả hồ sơ thủ tục hành chính không phụ thuộc địa giới hành chính", TTPV,
             f"{VP}; Bưu điện phường", "Thường xuyên", "Hồ sơ phi địa giới được tiếp nhận"),
          T8("Niêm yết thủ tục hành chính bằng tiếng Việt và tiếng Ê Đê tại Trung tâm Phục vụ hành chính công phường",
             VP, "Phòng Văn hóa - Xã hội", "Tháng 4/2026", "Bảng niêm yết song ngữ"),
          T8("Cấp giấy phép xây dựng nhà ở riêng lẻ trực tuyến toàn trình", KTHTDT, TTPV, "Tháng 7/2026",
             "Giấy phép xây dựng điện tử")),
        G("II. CẢI CÁCH TỔ CHỨC BỘ MÁY VÀ CHẾ ĐỘ CÔNG VỤ",
          T8("Rà soát, sắp xếp các tổ dân phố, buôn có quy mô nhỏ", VP,
             "Ủy ban Mặt trận Tổ quốc Việt Nam phường; Các tổ dân phố, buôn", "Trước 30/6/2026",
             "Đề án sắp xếp trình HĐND phường"),
          T8("Đánh giá, xếp loại công chức theo kết quả thực hiện nhiệm vụ", VP, "Các phòng chuyên môn", "Hằng quý",
             "Kết quả xếp loại hằng quý")),
        G("III. CẢI CÁCH TÀI CHÍNH CÔNG",
          T8("Thu phí, lệ phí và tiền sử dụng đất không dùng tiền mặt", KTHTDT, "Thuế cơ sở; Kho bạc Nhà nước",
             "Quý III/2026", "95% giao dịch không dùng tiền mặt"),
          T8("Công khai dự toán, quyết toán ngân sách phường trên Cổng thông tin điện tử phường", KTHTDT, VP,
             "Tháng 3/2026", "Báo cáo công khai ngân sách")),
        G("IV. CHUYỂN ĐỔI SỐ",
          T8("Làm sạch dữ liệu dân cư phục vụ giải quyết thủ tục hành chính liên thông", "Công an phường",
             "Các tổ dân phố, buôn", "Tháng 9/2026", "Dữ liệu dân cư đúng, đủ, sạch, sống"),
          T8("Lắp đặt camera giám sát trật tự đô thị kết nối Trung tâm giám sát, điều hành đô thị thông minh tỉnh", KTHTDT,
             "Công an phường; Viettel Đắk Lắk", "Quý IV/2026", "60 điểm camera được kết nối"),
          T8("Số hóa sổ hộ tịch lưu trữ từ năm 1976 đến nay", "Phòng Văn hóa - Xã hội", TTPV, "Trước 31/10/2026",
             "Kho dữ liệu hộ tịch điện tử")),
    ],
)

CTSV = "Phòng Công tác sinh viên"
TCHC = "Phòng Tổ chức - Hành chính"
CDS = "Trung tâm Chuyển đổi số"

DH_CAN_THO = Plan8(
    file="can-tho_truong-dh-can-tho_kh-cchc-2026.docx",
    fmt="docx",
    parent="BỘ GIÁO DỤC VÀ ĐÀO TẠO",
    issuer_upper="TRƯỜNG ĐẠI HỌC CẦN THƠ",
    issuer="Trường Đại học Cần Thơ",
    number="52/KH-ĐHCT",
    place="Cần Thơ",
    issued=date(2026, 1, 26),
    subtitle="Cải cách hành chính năm 2026 của Trường Đại học Cần Thơ",
    preamble=[
        "Thực hiện Kế hoạch cải cách hành chính năm 2026 của Bộ Giáo dục và Đào tạo, Trường Đại học Cần Thơ ban hành Kế "
        "hoạch như sau:",
    ],
    parts=[
        P("MỤC ĐÍCH, YÊU CẦU",
          n("Mục đích"),
          a("Người học thực hiện các thủ tục với Trường trên môi trường điện tử, không phải đến trực tiếp;"),
          a("Tinh gọn các khoa, viện, phòng theo mô hình đại học đa ngành."),
          n("Yêu cầu"),
          a("Nhiệm vụ lớn được chia thành nhiệm vụ thành phần, có đơn vị chủ trì và thời hạn riêng;"),
          a("Các đơn vị báo cáo đúng hạn về Phòng Tổ chức - Hành chính.")),
        P("CHỈ TIÊU",
          b("Tối thiểu 95% thủ tục, dịch vụ dành cho người học được thực hiện trực tuyến."),
          b("100% học phí được thu không dùng tiền mặt."),
          b("Tỷ lệ người học hài lòng đạt tối thiểu 85%.")),
        P("NHIỆM VỤ",
          "Phân công thực hiện các nhiệm vụ như sau:"),
        P("TỔ CHỨC THỰC HIỆN",
          n("Phòng Tổ chức - Hành chính"),
          a("Là đầu mối theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch;"),
          a("Tổng hợp, báo cáo Bộ Giáo dục và Đào tạo kết quả cải cách hành chính 6 tháng trước ngày 18/6/2026 và năm "
            "trước ngày 18/11/2026."),
          n("Phòng Tài chính"),
          a("Bố trí 300 triệu đồng từ nguồn thu sự nghiệp của Trường để thực hiện Kế hoạch."),
          n("Trung tâm Chuyển đổi số"),
          a("Báo cáo Hiệu trưởng tiến độ các nhiệm vụ chuyển đổi số trước ngày 28 hằng tháng."),
          n("Các khoa, viện và đơn vị thuộc Trường"),
          a("Gửi báo cáo quý về Phòng Tổ chức - Hành chính trước ngày 08 của tháng cuối quý.")),
    ],
    recipients=["Bộ Giáo dục và Đào tạo (b/c);", "Hội đồng trường;", "Ban Giám hiệu;", "Các đơn vị thuộc Trường;",
                "Lưu: VT, TCHC."],
    sign_role=["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG"],
    signer="Trần Thanh Bình",
    province="Cần Thơ",
    appendix_title="BẢNG PHÂN CÔNG NHIỆM VỤ",
    ref_text="",
    table_part=2,
    spans=[("Đơn vị thực hiện", ("lead", "partners"))],
    partner_sep="; ",
    columns=[("stt", "STT"), ("task", "Nhiệm vụ"), ("lead", "Đơn vị chủ trì"), ("partners", "Đơn vị phối hợp"),
             ("deadline", "Thời hạn"), ("product", "Kết quả dự kiến")],
    groups=[
        G("I. CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
          T8("Cung cấp dịch vụ trực tuyến cho người học", CTSV, CDS, "Năm 2026", "Cổng dịch vụ người học", subs=(
              S8("Cấp giấy xác nhận sinh viên trực tuyến", CDS, "Quý II/2026", "Giấy xác nhận có chữ ký số"),
              S8("Cấp bảng điểm, bản sao văn bằng trực tuyến", "Phòng Đào tạo", "Quý IV/2026", "Bảng điểm điện tử"))),
          T8("Rút ngắn thời gian giải quyết miễn, giảm học phí xuống 05 ngày làm việc", CTSV, "Phòng Tài chính",
             "6 tháng đầu năm 2026", "Quy trình sửa đổi")),
        G("II. CẢI CÁCH TỔ CHỨC BỘ MÁY VÀ CHẾ ĐỘ CÔNG VỤ",
          T8("Sắp xếp các khoa, viện thành trường thành viên", TCHC, "Các khoa, viện", "Quý III/2026",
             "Đề án sắp xếp trình Hội đồng trường"),
          T8("Xây dựng bản mô tả vị trí việc làm của viên chức", TCHC, "Các đơn vị thuộc Trường", "Trước 15/7/2026",
             "Bản mô tả vị trí việc làm")),
        G("III. CẢI CÁCH TÀI CHÍNH CÔNG",
          T8("Xây dựng Quy chế chi tiêu nội bộ năm 2026", "Phòng Tài chính", f"{TCHC}; Công đoàn Trường", "Quý I/2026",
             "Quy chế chi tiêu nội bộ"),
          T8("Thu học phí qua cổng thanh toán trực tuyến", "Phòng Tài chính", f"{CDS}; Ngân hàng BIDV chi nhánh Cần Thơ",
             "Thường xuyên", "Biên lai điện tử")),
        G("IV. CHUYỂN ĐỔI SỐ",
          T8("Triển khai hệ thống quản lý đào tạo trên nền tảng số", CDS, "Phòng Đào tạo", "Năm 2026",
             "Hệ thống quản lý đào tạo", subs=(
                 S8("Số hóa hồ sơ người học từ khóa 2020 đến khóa 2025", "Phòng Đào tạo; Trung tâm Học liệu",
                    "Quý III/2026", "Hồ sơ người học điện tử"),
                 S8("Kết nối dữ liệu văn bằng với Hệ thống thông tin văn bằng của Bộ Giáo dục và Đào tạo",
                    "Phòng Đào tạo", "Quý IV/2026", "Dữ liệu văn bằng được kết nối"))),
          T8("Triển khai thư viện số dùng chung", "Trung tâm Học liệu", CDS, "Tháng 10/2026", "Thư viện số"),
          T8("Triển khai ký số văn bản đi của Trường", TCHC, CDS, "Quý II/2026", "100% văn bản đi được ký số")),
    ],
)
