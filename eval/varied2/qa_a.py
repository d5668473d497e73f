"""Questions about the batch-2 text-layer PDF plans (Hà Tĩnh dev, Khánh Hòa test)."""

from __future__ import annotations

from typing import Any

from eval.varied.qa_build import Q
from eval.varied2.content_a import HA_TINH, KHANH_HOA


def ha_tinh() -> list[dict[str, Any]]:
    """UBND tỉnh Hà Tĩnh, 26/KH-UBND (dev)."""
    d = HA_TINH.file
    kc = "Kiểm tra công tác thi hành pháp luật về xử lý vi phạm hành chính tại các cơ quan, địa phương"
    report = ("báo cáo quý trước ngày 12 của tháng cuối quý; báo cáo 6 tháng trước ngày 12/6/2026; "
              "báo cáo năm trước ngày 08/12/2026")
    return [
        Q(d, "who", "Ai chủ trì tổ chức Cuộc thi tìm hiểu về cải cách hành chính cho đoàn viên thanh niên ở tỉnh Hà Tĩnh năm 2026?",
          ["Tỉnh đoàn Hà Tĩnh"],
          ["Tổ chức Cuộc thi tìm hiểu về cải cách hành chính dành cho đoàn viên thanh niên trên nền tảng trực tuyến"]),
        Q(d, "who", "Đơn vị nào đảm nhận việc thu phí, lệ phí không dùng tiền mặt tại Trung tâm Phục vụ hành chính công theo kế hoạch CCHC 2026 của UBND tỉnh Hà Tĩnh?",
          ["Trung tâm Phục vụ hành chính công tỉnh"],
          ["Triển khai thu phí, lệ phí không dùng tiền mặt đối với 100% thủ tục hành chính có thu phí tại Trung tâm Phục vụ hành chính công tỉnh"]),
        Q(d, "who", "Hà Tĩnh: Sở Tư pháp cùng làm với những đơn vị nào để số hóa kết quả giải quyết TTHC hộ tịch, chứng thực ở cấp xã?",
          ["UBND các xã, phường", "Sở Khoa học và Công nghệ"],
          ["Số hóa, cấp bản điện tử kết quả giải quyết thủ tục hành chính lĩnh vực hộ tịch, chứng thực tại UBND cấp xã"]),
        Q(d, "when", "Hạn chót rà soát văn bản QPPL của HĐND, UBND cấp huyện trước ngày 01/7/2025 ở tỉnh Hà Tĩnh là khi nào?",
          [["30/4/2026", "30/04/2026"]],
          ["Rà soát văn bản quy phạm pháp luật của HĐND, UBND cấp huyện trước ngày 01/7/2025 để bãi bỏ hoặc kiến nghị xử lý"],
          strip=True),
        Q(d, "when", "Bao giờ xong việc sắp xếp các đơn vị sự nghiệp công lập giáo dục nghề nghiệp của tỉnh Hà Tĩnh?",
          [["Tháng 10 năm 2026", "tháng 10/2026"]],
          ["Sắp xếp, tổ chức lại các đơn vị sự nghiệp công lập lĩnh vực giáo dục nghề nghiệp trên địa bàn tỉnh"]),
        Q(d, "multi", "Trong kế hoạch CCHC năm 2026 của tỉnh Hà Tĩnh, việc kiểm tra thi hành pháp luật về xử lý vi phạm hành chính do ai phối hợp và hạn khi nào?",
          ["Công an tỉnh", "Thanh tra tỉnh", "Quý III/2026"], [kc]),
        Q(d, "target", "Chỉ số SIPAS của tỉnh Hà Tĩnh năm 2026 phải đạt bao nhiêu phần trăm?",
          ["88%"], ["Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) đạt trên 88%"]),
        Q(d, "target", "Tỉnh Hà Tĩnh đặt chỉ tiêu bao nhiêu % hồ sơ TTHC giải quyết trực tuyến toàn trình năm 2026?",
          ["80%"], ["Tối thiểu 80% hồ sơ thủ tục hành chính được giải quyết theo hình thức trực tuyến toàn trình"], strip=True),
        Q(d, "target", "Theo kế hoạch CCHC 2026 của UBND tỉnh Hà Tĩnh, chỉ số PAR INDEX phải tăng bao nhiêu bậc?",
          [["3 bậc", "ba bậc"]], ["Phấn đấu Chỉ số cải cách hành chính (PAR INDEX) năm 2026 của tỉnh tăng ít nhất 3 bậc so với năm 2025"]),
        Q(d, "lookup", "Kinh phí thực hiện Kế hoạch cải cách hành chính năm 2026 của tỉnh Hà Tĩnh dự kiến là bao nhiêu?",
          [["4.850 triệu đồng", "4850 triệu"]],
          ["Tổng kinh phí thực hiện Kế hoạch dự kiến 4.850 triệu đồng, bố trí từ nguồn ngân sách tỉnh năm 2026"]),
        Q(d, "lookup", "Ai ký Kế hoạch 26/KH-UBND về cải cách hành chính năm 2026 của UBND tỉnh Hà Tĩnh?",
          ["Trần Quốc Việt"], ["TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Trần Quốc Việt"]),
        Q(d, "multi", "Các sở, ngành và UBND xã, phường ở Hà Tĩnh gửi báo cáo CCHC năm 2026 qua cơ quan nào và trước ngày nào?",
          ["Sở Nội vụ", ["08/12/2026", "8/12/2026"]], [report]),
        Q(d, "when", "ha tinh: bao cao 6 thang ve cai cach hanh chinh nam 2026 gui truoc ngay nao?",
          [["12/6/2026", "12/06/2026"]], [report]),
        Q(d, "list", "Liệt kê các nhiệm vụ do Sở Khoa học và Công nghệ chủ trì trong kế hoạch CCHC năm 2026 của UBND tỉnh Hà Tĩnh",
          ["Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh", "trợ lý ảo", "an toàn thông tin mạng"],
          ["Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh đáp ứng yêu cầu tái sử dụng dữ liệu đã số hóa",
           "Triển khai nền tảng trợ lý ảo hỗ trợ cán bộ, công chức tra cứu văn bản, thủ tục hành chính",
           "Bảo đảm an toàn thông tin mạng cho các hệ thống thông tin dùng chung của tỉnh theo mô hình 4 lớp"]),
        Q(d, "who", "Which department leads connecting Ha Tinh's land data to the national population database in the 2026 reform plan?",
          ["Sở Nông nghiệp và Môi trường"],
          ["Kết nối, chia sẻ dữ liệu đất đai của tỉnh với Cơ sở dữ liệu quốc gia về dân cư phục vụ giải quyết thủ tục hành chính"],
          en=True),
        Q(d, "none", "Kế hoạch CCHC năm 2026 của UBND tỉnh Hà Tĩnh giao Sở Y tế chủ trì những nhiệm vụ nào?"),
        Q(d, "none", "Tỉnh Hà Tĩnh bố trí bao nhiêu tiền cho Cuộc thi tìm hiểu về cải cách hành chính năm 2026?"),
    ]


def khanh_hoa() -> list[dict[str, Any]]:
    """Sở Y tế tỉnh Khánh Hòa, 318/KH-SYT (test)."""
    d = KHANH_HOA.file
    rep = ("Các phòng chức năng, đơn vị trực thuộc gửi báo cáo kết quả thực hiện về Sở Y tế (qua Văn phòng Sở) "
           "trước ngày 05 của tháng cuối quý")
    up = "tham mưu Giám đốc Sở báo cáo UBND tỉnh (qua Sở Nội vụ) trước ngày 10 của tháng cuối quý và báo cáo năm trước ngày 01/12/2026"
    return [
        Q(d, "who", "Ai chủ trì liên thông cấp giấy chứng sinh, đăng ký khai sinh, thẻ BHYT cho trẻ dưới 6 tuổi trong kế hoạch CCHC 2026 của Sở Y tế Khánh Hòa?",
          ["Phòng Nghiệp vụ Y"],
          ["Liên thông điện tử thủ tục cấp giấy chứng sinh, đăng ký khai sinh, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi"]),
        Q(d, "who", "Sở Y tế Khánh Hòa: những đơn vị nào phối hợp triển khai bệnh án điện tử?",
          ["Các bệnh viện tuyến tỉnh", "Sở Khoa học và Công nghệ"],
          ["Triển khai bệnh án điện tử tại các bệnh viện công lập tuyến tỉnh"]),
        Q(d, "who", "Ai lo việc kết nối đơn thuốc điện tử với Hệ thống đơn thuốc quốc gia ở Khánh Hòa?",
          ["Phòng Nghiệp vụ Dược"],
          ["Kết nối liên thông đơn thuốc điện tử với Hệ thống đơn thuốc quốc gia tại 100% cơ sở khám bệnh, chữa bệnh"]),
        Q(d, "when", "Hạn thành lập Trạm Y tế các xã, phường trong kế hoạch CCHC của Sở Y tế Khánh Hòa là ngày nào?",
          [["31/3/2026", "31/03/2026"]],
          ["Thành lập Trạm Y tế các xã, phường theo mô hình chính quyền địa phương hai cấp"]),
        Q(d, "when", "So Y te Khanh Hoa cap giay kham suc khoe lai xe dien tu ket noi VNeID xong khi nao?",
          [["Tháng 8/2026", "tháng 8 năm 2026"]],
          ["Cấp phiếu lý lịch sức khỏe điện tử, giấy khám sức khỏe lái xe điện tử kết nối với VNeID"], strip=True),
        Q(d, "when", "When must the Khanh Hoa Department of Health finish simplifying the medical practice licence procedure?",
          [["30/6/2026", "30/06/2026"]],
          ["Rà soát, đơn giản hóa thủ tục cấp giấy phép hành nghề khám bệnh, chữa bệnh"], en=True),
        Q(d, "target", "Tỷ lệ bệnh viện công lập tuyến tỉnh ở Khánh Hòa triển khai bệnh án điện tử năm 2026 là bao nhiêu?",
          ["100%"], ["100% bệnh viện công lập tuyến tỉnh triển khai bệnh án điện tử trong năm 2026"]),
        Q(d, "target", "ty le nguoi benh hai long voi dich vu y te o Khanh Hoa nam 2026 phai dat bao nhieu?",
          ["90%"], ["Tỷ lệ người bệnh hài lòng với dịch vụ y tế tại các cơ sở khám bệnh, chữa bệnh công lập đạt trên 90%"],
          strip=True),
        Q(d, "lookup", "Ai ký kế hoạch cải cách hành chính năm 2026 của Sở Y tế tỉnh Khánh Hòa?",
          ["Lê Văn Khiêm"], ["- Các phòng, đơn vị trực thuộc; - Lưu: VT, VP. GIÁM ĐỐC Lê Văn Khiêm"]),
        Q(d, "lookup", "Kế hoạch CCHC năm 2026 của Sở Y tế Khánh Hòa số mấy, ban hành ngày nào?",
          ["318/KH-SYT", ["03/02/2026", "3/2/2026", "03 tháng 02 năm 2026"]],
          ["Số: 318/KH-SYT Khánh Hòa, ngày 03 tháng 02 năm 2026"]),
        Q(d, "multi", "Các phòng chức năng, đơn vị trực thuộc Sở Y tế Khánh Hòa gửi báo cáo CCHC hằng quý về đâu, hạn khi nào?",
          ["Văn phòng Sở", "ngày 05 của tháng cuối quý"], [rep]),
        Q(d, "when", "Sở Y tế Khánh Hòa phải gửi báo cáo năm về CCHC cho UBND tỉnh trước ngày nào?",
          [["01/12/2026", "1/12/2026"]], [up]),
        Q(d, "list", "Liệt kê các nhiệm vụ do Phòng Tổ chức cán bộ chủ trì trong kế hoạch CCHC 2026 của Sở Y tế Khánh Hòa",
          ["phân cấp quản lý nhà nước về y tế", "Trung tâm Y tế khu vực", "đề án vị trí việc làm", "Thành lập Trạm Y tế",
           "Tuyển dụng viên chức y tế"],
          ["Tham mưu UBND tỉnh ban hành quy định phân cấp quản lý nhà nước về y tế sau sắp xếp đơn vị hành chính",
           "Sắp xếp, kiện toàn các Trung tâm Y tế khu vực sau khi kết thúc hoạt động chính quyền cấp huyện",
           "Xây dựng đề án vị trí việc làm của Sở Y tế và các đơn vị sự nghiệp trực thuộc",
           "Thành lập Trạm Y tế các xã, phường theo mô hình chính quyền địa phương hai cấp",
           "Tuyển dụng viên chức y tế cho các Trạm Y tế xã, phường còn thiếu bác sĩ"]),
        Q(d, "lookup", "Trong kế hoạch CCHC của Sở Y tế Khánh Hòa, Thanh tra Sở được giao chủ trì việc gì?",
          ["quy tắc ứng xử"], ["Thanh tra, kiểm tra việc thực hiện quy tắc ứng xử của viên chức y tế"]),
        Q(d, "none", "Sở Y tế Khánh Hòa dành bao nhiêu triệu đồng cho kế hoạch cải cách hành chính năm 2026?"),
        Q(d, "none", "Kế hoạch CCHC năm 2025 của Sở Y tế Khánh Hòa đặt chỉ tiêu bệnh án điện tử bao nhiêu?"),
        Q(d, "none", "Khánh Hòa: Sở Y tế giao Trung tâm Giám định y khoa chủ trì nhiệm vụ cải cách hành chính nào?"),
    ]
