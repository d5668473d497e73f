"""Questions about the ministry decisions, the scan and the legacy-encoded plans (plans 5-9)."""

from __future__ import annotations

from typing import Any

from eval.varied.content_decision import BO_NNMT, BO_TU_PHAP
from eval.varied.content_other import BINH_DUONG, QUANG_NGAI, THANH_HOA
from eval.varied.qa_build import Q


def _bo_tu_phap() -> list[dict[str, Any]]:
    d = BO_TU_PHAP.file
    return [
        Q(d, "lookup", "Quyết định ban hành Kế hoạch CCHC năm 2026 của Bộ Tư pháp số mấy, ngày nào?",
          ["3127/QĐ-BTP", ["26/12/2025", "26 tháng 12 năm 2025"]],
          ["(Kèm theo Quyết định số 3127/QĐ-BTP ngày 26/12/2025 của Bộ trưởng Bộ Tư pháp)"]),
        Q(d, "lookup", "Ai ký Quyết định ban hành kế hoạch cải cách hành chính 2026 của Bộ Tư pháp?",
          ["Đặng Hoàng Oanh"], ["Lưu: VT, VP (KSTT). KT. BỘ TRƯỞNG THỨ TRƯỞNG Đặng Hoàng Oanh"]),
        Q(d, "list", "Điều 3 Quyết định 3127/QĐ-BTP của Bộ Tư pháp giao những ai chịu trách nhiệm thi hành?",
          ["Chánh Văn phòng Bộ", "Vụ trưởng Vụ Tổ chức cán bộ", "Thủ trưởng các đơn vị thuộc Bộ", "Giám đốc Sở Tư pháp"],
          ["Điều 3. Chánh Văn phòng Bộ, Vụ trưởng Vụ Tổ chức cán bộ, Thủ trưởng các đơn vị thuộc Bộ và Giám đốc Sở Tư pháp các tỉnh, thành phố trực thuộc Trung ương chịu trách nhiệm thi hành Quyết định này."]),
        Q(d, "who", "Đơn vị nào của Bộ Tư pháp chủ trì cung cấp DVC trực tuyến toàn trình cấp Phiếu lý lịch tư pháp?",
          ["Trung tâm Lý lịch tư pháp quốc gia"],
          ["Cung cấp dịch vụ công trực tuyến toàn trình cấp Phiếu lý lịch tư pháp trên Cổng Dịch vụ công quốc gia"]),
        Q(d, "when", "Bộ Tư pháp: hạn xây dựng Nghị định sửa đổi về đăng ký và quản lý hộ tịch?",
          ["Tháng 9/2026"], ["Xây dựng Nghị định sửa đổi, bổ sung Nghị định về đăng ký và quản lý hộ tịch"], strip=True),
        Q(d, "list", "Liệt kê các nhiệm vụ do Cục Công nghệ thông tin chủ trì trong Kế hoạch CCHC năm 2026 của Bộ Tư pháp",
          ["Cơ sở dữ liệu quốc gia về pháp luật", "Cơ sở dữ liệu hộ tịch điện tử toàn quốc"],
          ["Xây dựng Cơ sở dữ liệu quốc gia về pháp luật và kết nối với Cổng Pháp luật quốc gia",
           "Mở rộng kết nối Cơ sở dữ liệu hộ tịch điện tử toàn quốc với Cơ sở dữ liệu quốc gia về dân cư"]),
        Q(d, "who", "Vụ Tổ chức cán bộ Bộ Tư pháp phối hợp với ai để tổ chức bồi dưỡng về chuyển đổi số cho công chức?",
          ["Học viện Tư pháp", "Cục Công nghệ thông tin"],
          ["Tổ chức bồi dưỡng về chuyển đổi số và kỹ năng phân tích chính sách cho công chức của Bộ"], strip=True),
        Q(d, "target", "Bộ Tư pháp đặt mục tiêu cắt giảm, đơn giản hóa bao nhiêu % quy định kinh doanh năm 2026?",
          ["30%"], ["Cắt giảm, đơn giản hóa ít nhất 30% quy định liên quan đến hoạt động kinh doanh thuộc phạm vi quản lý của Bộ."]),
        Q(d, "target", "Tỷ lệ hồ sơ cấp Phiếu lý lịch tư pháp nộp trực tuyến theo kế hoạch CCHC 2026 của Bộ Tư pháp là bao nhiêu?",
          ["70%"], ["Tối thiểu 70% hồ sơ cấp Phiếu lý lịch tư pháp được nộp trực tuyến trên toàn quốc."]),
        Q(d, "multi", "Các đơn vị thuộc Bộ Tư pháp gửi báo cáo CCHC quý về đâu, hạn nào?",
          ["Văn phòng Bộ", "ngày 10 của tháng cuối quý"],
          ["Các đơn vị thuộc Bộ gửi báo cáo kết quả thực hiện về Văn phòng Bộ: báo cáo quý trước ngày 10 của tháng cuối quý"]),
        Q(d, "lookup", "Quyết định ban hành kế hoạch CCHC 2026 của Bộ Tư pháp có hiệu lực từ khi nào?",
          ["kể từ ngày ký"], ["Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký."]),
        Q(d, "when", "By when must the Ministry of Justice cut business regulations on judicial support services (bổ trợ tư pháp)?",
          [["30/6/2026", "30/06/2026"]],
          ["Rà soát, đơn giản hóa quy định liên quan đến hoạt động kinh doanh trong lĩnh vực bổ trợ tư pháp"], en=True),
        Q(d, "who", "Ai chủ trì thanh tra công vụ tại các đơn vị thuộc Bộ Tư pháp và Sở Tư pháp các tỉnh năm 2026?",
          ["Thanh tra Bộ"], ["Thanh tra công vụ tại một số đơn vị thuộc Bộ và Sở Tư pháp các tỉnh"]),
        Q(d, "lookup", "Quyết định ban hành kế hoạch CCHC 2026 của Bộ Tư pháp căn cứ Nghị định nào về chức năng, nhiệm vụ của Bộ?",
          ["39/2025/NĐ-CP"],
          ["Căn cứ Nghị định số 39/2025/NĐ-CP ngày 26/02/2025 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Tư pháp;"],
          strip=True),
        Q(d, "none", "Bộ Tư pháp ban hành kế hoạch cải cách hành chính năm 2024 theo quyết định số bao nhiêu?"),
    ]


def _bo_nnmt() -> list[dict[str, Any]]:
    d = BO_NNMT.file
    return [
        Q(d, "lookup", "Số quyết định ban hành Kế hoạch CCHC 2026 của Bộ Nông nghiệp và Môi trường là gì?",
          ["85/QĐ-BNNMT"], ["Số: 85/QĐ-BNNMT Hà Nội, ngày 08 tháng 01 năm 2026"]),
        Q(d, "lookup", "Thứ trưởng nào ký quyết định ban hành kế hoạch CCHC năm 2026 của Bộ NN&MT?",
          ["Lương Quốc Tuấn"], ["Lưu: VT, TCCB. KT. BỘ TRƯỞNG THỨ TRƯỞNG Lương Quốc Tuấn"]),
        Q(d, "who", "Cục nào chủ trì tích hợp thủ tục cấp giấy phép môi trường lên Cổng DVC quốc gia (Bộ Nông nghiệp và Môi trường)?",
          ["Cục Môi trường"],
          ["Tích hợp thủ tục cấp giấy phép môi trường lên Cổng Dịch vụ công quốc gia theo hướng toàn trình"]),
        Q(d, "when", "Bộ Nông nghiệp và Môi trường: hạn hoàn thành Hệ thống thông tin giải quyết TTHC tập trung của Bộ?",
          ["31/10/2026"], ["Xây dựng Hệ thống thông tin giải quyết thủ tục hành chính tập trung của Bộ"], strip=True),
        Q(d, "list", "Liệt kê các nhiệm vụ do Vụ Tổ chức cán bộ chủ trì trong Kế hoạch CCHC năm 2026 của Bộ Nông nghiệp và Môi trường",
          ["chức năng, nhiệm vụ, cơ cấu tổ chức của các cục, vụ", "Sắp xếp các đơn vị sự nghiệp công lập",
           "khung năng lực vị trí việc làm"],
          ["Hoàn thiện quy định chức năng, nhiệm vụ, cơ cấu tổ chức của các cục, vụ sau hợp nhất",
           "Sắp xếp các đơn vị sự nghiệp công lập thuộc Bộ, giảm tối thiểu 10% đầu mối",
           "Xây dựng khung năng lực vị trí việc làm chuyên ngành nông nghiệp và môi trường"]),
        Q(d, "target", "Bộ Nông nghiệp và Môi trường đặt mục tiêu cắt giảm bao nhiêu phần trăm thời gian giải quyết TTHC năm 2026?",
          ["20%"], ["Cắt giảm ít nhất 20% thời gian giải quyết và 20% chi phí tuân thủ thủ tục hành chính"]),
        Q(d, "target", "Tỷ lệ hồ sơ TTHC của Bộ NN và MT được giải quyết trực tuyến năm 2026 là bao nhiêu?",
          ["90%"], ["Tối thiểu 90% hồ sơ thủ tục hành chính của Bộ được giải quyết trực tuyến."], strip=True),
        Q(d, "multi", "Các cơ quan thuộc Bộ NN&MT gửi báo cáo năm về CCHC trước ngày nào, qua đơn vị nào?",
          ["30/11/2026", "Vụ Tổ chức cán bộ"],
          ["báo cáo kết quả thực hiện về Bộ (qua Vụ Tổ chức cán bộ) trước ngày 12 của tháng cuối quý; báo cáo năm trước ngày 30/11/2026"]),
        Q(d, "who", "Đơn vị nào là cơ quan thường trực cải cách hành chính của Bộ Nông nghiệp và Môi trường?",
          ["Vụ Tổ chức cán bộ"], ["Vụ Tổ chức cán bộ là cơ quan thường trực cải cách hành chính của Bộ"], strip=True),
        Q(d, "when", "Thời hạn cấp mã số vùng trồng trực tuyến theo kế hoạch CCHC của Bộ Nông nghiệp và Môi trường?",
          ["Tháng 6/2026"], ["Thực hiện cấp mã số vùng trồng, cơ sở đóng gói trực tuyến cho sản phẩm xuất khẩu"], strip=True),
        Q(d, "lookup", "Quyết định 85/QĐ-BNNMT ban hành kế hoạch CCHC được ký theo đề nghị của ai?",
          ["Vụ trưởng Vụ Tổ chức cán bộ"], ["Theo đề nghị của Vụ trưởng Vụ Tổ chức cán bộ."]),
        Q(d, "none", "Bộ Nông nghiệp và Môi trường trả lương bao nhiêu cho công chức làm công tác CCHC?"),
        Q(d, "none", "🙂👍🌾"),
    ]


def _binh_duong() -> list[dict[str, Any]]:
    d = BINH_DUONG.file
    return [
        Q(d, "who", "Sở Công Thương Bình Dương: phòng nào chủ trì rà soát thủ tục cấp Giấy phép bán lẻ rượu?",
          ["Phòng Quản lý thương mại"], ["Rà soát, đề xuất đơn giản hóa thủ tục cấp Giấy phép bán lẻ rượu"]),
        Q(d, "when", "Hạn cung cấp trực tuyến toàn trình thủ tục đăng ký khuyến mại của Sở Công Thương tỉnh Bình Dương?",
          ["Tháng 5/2026"], ["Cung cấp trực tuyến toàn trình thủ tục đăng ký thực hiện khuyến mại"], strip=True),
        Q(d, "who", "Sở Công Thương Bình Dương, ai chủ trì xây dựng cơ sở dữ liệu cụm công nghiệp?",
          ["Phòng Quản lý công nghiệp"], ["Xây dựng cơ sở dữ liệu về cụm công nghiệp trên địa bàn tỉnh"], strip=True),
        Q(d, "list", "Liệt kê nhiệm vụ do Văn phòng Sở chủ trì trong kế hoạch CCHC 2026 của Sở Công Thương Bình Dương",
          ["quy chế làm việc", ["xếp loại công chức theo quý", "Đánh giá công chức theo quý"], "chữ ký số"],
          ["Xây dựng quy chế làm việc của Sở sau khi sắp xếp tổ chức bộ máy",
           "Đánh giá, xếp loại công chức theo quý bằng phần mềm của tỉnh",
           "Triển khai chữ ký số cho 100% công chức, viên chức của Sở"]),
        Q(d, "target", "Tỷ lệ hài lòng của doanh nghiệp mà Sở Công Thương Bình Dương đặt ra cho năm 2026 là bao nhiêu?",
          ["93%"], ["Tỷ lệ hài lòng của doanh nghiệp đạt từ 93% trở lên."]),
        Q(d, "target", "Sở Công Thương tỉnh Bình Dương: chỉ tiêu giải quyết hồ sơ TTHC đúng hạn?",
          ["98%"], ["Tối thiểu 98% hồ sơ thủ tục hành chính được giải quyết đúng hạn."], strip=True),
        Q(d, "multi", "Sở Công Thương Bình Dương gửi báo cáo CCHC quý cho Sở Nội vụ trước ngày nào, các phòng nộp về Văn phòng Sở hạn nào?",
          ["ngày 12 của tháng cuối quý", ["ngày 08 của tháng cuối quý", "ngày 8 của tháng cuối quý"]],
          ["Các phòng, đơn vị báo cáo kết quả về Văn phòng Sở trước ngày 08 của tháng cuối quý; Văn phòng Sở tổng hợp, trình Giám đốc Sở ký báo cáo gửi Sở Nội vụ trước ngày 12 của tháng cuối quý."]),
        Q(d, "lookup", "Ai ký kế hoạch CCHC năm 2026 của Sở Công Thương tỉnh Bình Dương?",
          ["Trịnh Ngọc Sơn"], ["Lưu: VT, VP. KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Trịnh Ngọc Sơn"]),
        Q(d, "lookup", "Kế hoạch CCHC 2026 của Sở Công Thương Bình Dương có số hiệu là gì?",
          ["214/KH-SCT"], ["Số: 214/KH-SCT Bình Dương, ngày 16 tháng 01 năm 2026"]),
        Q(d, "when", "When should Binh Duong's Department of Industry and Trade finish rolling out digital signatures to all staff?",
          [["30/6/2026", "30/06/2026"]], ["Triển khai chữ ký số cho 100% công chức, viên chức của Sở"], en=True),
        Q(d, "none", "Kế hoạch CCHC năm 2027 của Sở Công Thương Bình Dương có chỉ tiêu gì?"),
    ]


def _thanh_hoa() -> list[dict[str, Any]]:
    d = THANH_HOA.file
    return [
        Q(d, "who", "Phòng nào chủ trì tuyển sinh trực tuyến vào lớp 10 theo kế hoạch CCHC của Sở GD&ĐT Thanh Hóa?",
          ["Phòng Quản lý chất lượng"], ["Tổ chức tuyển sinh trực tuyến vào lớp 10 năm học 2026 - 2027"]),
        Q(d, "when", "Sở Giáo dục Thanh Hóa triển khai học bạ số hạn khi nào?",
          ["Quý III/2026"], ["Triển khai học bạ số tại các cơ sở giáo dục phổ thông"], strip=True),
        Q(d, "target", "Sở Giáo dục và Đào tạo Thanh Hóa đặt chỉ tiêu bao nhiêu % cơ sở giáo dục thực hiện học bạ số?",
          ["85%"], ["Tối thiểu 85% cơ sở giáo dục thực hiện học bạ số."]),
        Q(d, "target", "Tỷ lệ hài lòng về TTHC ngành giáo dục Thanh Hóa năm 2026 phải đạt bao nhiêu?",
          ["90%"], ["Tỷ lệ hài lòng của người dân đối với thủ tục hành chính ngành giáo dục đạt tối thiểu 90%."], strip=True),
        Q(d, "multi", "Sở GD&ĐT Thanh Hóa gửi báo cáo CCHC quý cho ai, qua đâu, trước ngày nào?",
          [["UBND tỉnh", "Ủy ban nhân dân tỉnh"], "Sở Nội vụ", "ngày 15 của tháng cuối quý"],
          ["tổng hợp báo cáo kết quả cải cách hành chính của Sở gửi UBND tỉnh (qua Sở Nội vụ) trước ngày 15 của tháng cuối quý"]),
        Q(d, "list", "Liệt kê các nhiệm vụ do Văn phòng Sở chủ trì trong kế hoạch CCHC 2026 của Sở Giáo dục và Đào tạo tỉnh Thanh Hóa",
          ["công bố lại thủ tục hành chính", "Kết nối cơ sở dữ liệu ngành giáo dục"],
          ["Rà soát, công bố lại thủ tục hành chính lĩnh vực giáo dục và đào tạo",
           "Kết nối cơ sở dữ liệu ngành giáo dục với Cơ sở dữ liệu quốc gia về dân cư"]),
        Q(d, "lookup", "Ai ký kế hoạch CCHC năm 2026 của Sở GD&ĐT Thanh Hóa?",
          ["Lê Văn Quý"], ["Các phòng, đơn vị; - Lưu: VT, VP. GIÁM ĐỐC Lê Văn Quý"]),
        Q(d, "who", "Sở Giáo dục Thanh Hóa bồi dưỡng kỹ năng số cho cán bộ quản lý trường THPT phối hợp với trường nào?",
          ["Trường Đại học Hồng Đức"], ["Bồi dưỡng kỹ năng số cho cán bộ quản lý các trường trung học phổ thông"]),
        Q(d, "when", "Khi nào phải cập nhật xong dữ liệu văn bằng, chứng chỉ lên hệ thống văn bằng số (Sở GD&ĐT Thanh Hóa)?",
          [["31/8/2026", "31/08/2026"]], ["Cập nhật dữ liệu văn bằng, chứng chỉ lên hệ thống văn bằng số"]),
        Q(d, "lookup", "Kế hoạch CCHC 2026 của Sở Giáo dục và Đào tạo Thanh Hóa căn cứ kế hoạch số mấy của UBND tỉnh?",
          ["14/KH-UBND"], ["Căn cứ Kế hoạch số 14/KH-UBND ngày 12/01/2026 của UBND tỉnh Thanh Hóa"], strip=True),
        Q(d, "who", "Ai kiểm tra công tác CCHC tại các đơn vị trực thuộc Sở GD&ĐT Thanh Hóa?",
          ["Thanh tra Sở"], ["Kiểm tra công tác cải cách hành chính tại các đơn vị trực thuộc"]),
        Q(d, "when", "Sở GD&ĐT Thanh Hóa phải rà soát vị trí việc làm, biên chế các đơn vị sự nghiệp xong trước ngày nào?",
          [["30/6/2026", "30/06/2026"]], ["Rà soát vị trí việc làm, biên chế của các đơn vị sự nghiệp trực thuộc Sở"]),
        Q(d, "none", "Học phí năm học 2026 - 2027 ở Thanh Hóa là bao nhiêu theo kế hoạch CCHC của Sở GD&ĐT?"),
        Q(d, "none", "Sở GD&ĐT Thanh Hóa giao Sở Du lịch nhiệm vụ gì trong kế hoạch CCHC 2026?", strip=True),
    ]


def _quang_ngai() -> list[dict[str, Any]]:
    d = QUANG_NGAI.file
    design = "Phòng Quản lý hoạt động xây dựng chủ trì rà soát quy trình thẩm định thiết kế xây dựng, hoàn thành trước ngày 30/4/2025."
    return [
        Q(d, "who", "Phòng nào của Sở Xây dựng Quảng Ngãi chủ trì rà soát quy trình thẩm định thiết kế xây dựng?",
          ["Phòng Quản lý hoạt động xây dựng"], [design]),
        Q(d, "when", "Hạn rà soát quy trình thẩm định thiết kế xây dựng của Sở Xây dựng Quảng Ngãi là ngày nào?",
          [["30/4/2025", "30/04/2025"]], [design]),
        Q(d, "who", "Sở Xây dựng Quảng Ngãi, ai phối hợp công khai đồ án quy hoạch trên cổng thông tin?",
          ["Trung tâm Công nghệ thông tin tỉnh"],
          ["Phòng Quy hoạch - Kiến trúc chủ trì, phối hợp Trung tâm Công nghệ thông tin tỉnh công khai đồ án quy hoạch"],
          strip=True),
        Q(d, "target", "Sở Xây dựng Quảng Ngãi phấn đấu giảm bao nhiêu % thời gian thẩm định thiết kế xây dựng?",
          ["25%"], ["Giảm ít nhất 25% thời gian thẩm định thiết kế xây dựng so với quy định."]),
        Q(d, "target", "Tỷ lệ hồ sơ cấp giấy phép xây dựng nộp trực tuyến ở Quảng Ngãi năm 2025 là bao nhiêu?",
          ["70%"], ["Tối thiểu 70% hồ sơ cấp giấy phép xây dựng được nộp trực tuyến."], strip=True),
        Q(d, "multi", "Sở Xây dựng Quảng Ngãi gửi báo cáo năm về CCHC 2025 cho ai và hạn nào?",
          [["UBND tỉnh", "Ủy ban nhân dân tỉnh"], "Sở Nội vụ", "30/11/2025"],
          ["tham mưu Giám đốc Sở báo cáo UBND tỉnh (qua Sở Nội vụ) trước ngày 15 của tháng cuối quý; báo cáo năm trước ngày 30/11/2025"]),
        Q(d, "lookup", "Ai ký kế hoạch cải cách hành chính năm 2025 của Sở Xây dựng tỉnh Quảng Ngãi?",
          ["Huỳnh Văn Khải"], ["Các phòng, đơn vị; - Lưu: VT. GIÁM ĐỐC Huỳnh Văn Khải"]),
        Q(d, "multi", "Cơ sở dữ liệu nhà ở và thị trường bất động sản của Sở Xây dựng Quảng Ngãi do ai chủ trì, khi nào xong?",
          ["Văn phòng Sở", "Tháng 10/2025"],
          ["Văn phòng Sở chủ trì xây dựng cơ sở dữ liệu về nhà ở và thị trường bất động sản, thời gian hoàn thành Tháng 10/2025."]),
        Q(d, "lookup", "Kế hoạch số 19/KH-SXD của Sở Xây dựng Quảng Ngãi ban hành ngày nào?",
          [["14/02/2025", "14 tháng 02 năm 2025", "14/2/2025"]], ["Số: 19/KH-SXD Quảng Ngãi, ngày 14 tháng 02 năm 2025"],
          strip=True),
        Q(d, "who", "Who inspects construction permitting in the Quang Ngai Department of Construction's 2025 reform plan?",
          ["Thanh tra Sở"],
          ["Thanh tra Sở chủ trì kiểm tra việc cấp phép xây dựng tại các huyện, thị xã, thành phố; thực hiện thường xuyên."],
          en=True),
        Q(d, "target", "Bao nhiêu phần trăm đồ án quy hoạch được công khai theo kế hoạch CCHC 2025 của Sở Xây dựng Quảng Ngãi?",
          ["100%"], ["100% đồ án quy hoạch được phê duyệt được công khai trên Cổng thông tin quy hoạch của tỉnh."]),
        Q(d, "none", "Kế hoạch CCHC năm 2026 của Sở Xây dựng Quảng Ngãi đặt những mục tiêu gì?"),
    ]


def part_b() -> list[dict[str, Any]]:
    """Questions for plans 5-9."""
    return _bo_tu_phap() + _bo_nnmt() + _binh_duong() + _thanh_hoa() + _quang_ngai()
