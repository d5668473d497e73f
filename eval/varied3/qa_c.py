"""Questions about the batch-3 decisions (Bộ Xây dựng PDF dev, Bộ Khoa học và Công nghệ DOCX test)."""

from __future__ import annotations

from typing import Any

from eval.varied.qa_build import Q
from eval.varied3.content_c import BO_KHCN, BO_XAY_DUNG


def bo_xay_dung() -> list[dict[str, Any]]:
    """Bộ Xây dựng, QĐ 112/QĐ-BXD (dev), plus off-domain messages filed under it."""
    d = BO_XAY_DUNG.file
    rep = ("Các cơ quan, đơn vị thuộc Bộ gửi báo cáo cải cách hành chính về Bộ (qua Vụ Tổ chức cán bộ) "
           "trước ngày 10 của tháng cuối quý; báo cáo năm trước ngày 20/11/2026.")
    return [
        Q(d, "who", "Đơn vị nào của Bộ Xây dựng chủ trì cắt giảm TTHC lĩnh vực đăng kiểm phương tiện cơ giới đường bộ?",
          ["Cục Đăng kiểm Việt Nam"],
          ["Cắt giảm thủ tục hành chính trong lĩnh vực đăng kiểm phương tiện giao thông cơ giới đường bộ"]),
        Q(d, "multi", "Bộ Xây dựng: DVC trực tuyến toàn trình cấp giấy phép lái xe quốc tế do ai làm, ai phối hợp, bao giờ xong?",
          ["Cục Đường bộ Việt Nam", "Trung tâm Công nghệ thông tin", ["Quý III/2026", "quý 3/2026"]],
          ["Cung cấp dịch vụ công trực tuyến toàn trình cấp giấy phép lái xe quốc tế"]),
        Q(d, "when", "Hạn hợp nhất cổng thông tin điện tử của Bộ GTVT và Bộ Xây dựng là khi nào?",
          [["31/3/2026", "31/03/2026"]],
          ["Hợp nhất các cổng thông tin điện tử của Bộ Giao thông vận tải và Bộ Xây dựng"], strip=True),
        Q(d, "when", "bo xay dung sap xep don vi su nghiep cong lap sau hop nhat, giam 15% dau moi, han khi nao?",
          [["Quý IV/2026", "quý 4/2026", "quý IV năm 2026"]],
          ["Sắp xếp các đơn vị sự nghiệp công lập thuộc Bộ sau hợp nhất, giảm tối thiểu 15% đầu mối"], strip=True),
        Q(d, "who", "Bộ Xây dựng giao ai phối hợp với Vụ Kế hoạch - Tài chính giao tự chủ tài chính cho các Cảng vụ hàng hải?",
          ["Cục Hàng hải và Đường thủy Việt Nam"],
          ["Giao quyền tự chủ tài chính cho các Cảng vụ hàng hải giai đoạn 2026 - 2030"]),
        Q(d, "target", "Bộ Xây dựng đặt mục tiêu cắt giảm bao nhiêu phần trăm chi phí tuân thủ TTHC đăng kiểm năm 2026?",
          ["30%"], ["Cắt giảm tối thiểu 30% chi phí tuân thủ thủ tục hành chính trong lĩnh vực đăng kiểm phương tiện."]),
        Q(d, "lookup", "Kinh phí thực hiện kế hoạch CCHC năm 2026 của Bộ Xây dựng là bao nhiêu, lấy từ nguồn nào?",
          [["3.200 triệu đồng", "3200 triệu"], "chi thường xuyên"],
          ["Kinh phí thực hiện Kế hoạch năm 2026 là 3.200 triệu đồng từ nguồn chi thường xuyên của Bộ"]),
        Q(d, "lookup", "Quyết định ban hành kế hoạch CCHC 2026 của Bộ Xây dựng số mấy, ai ký?",
          ["112/QĐ-BXD", "Vương Đình Hậu"],
          ["Số: 112/QĐ-BXD Hà Nội, ngày 23 tháng 01 năm 2026",
           "- Lưu: VT, TCCB. KT. BỘ TRƯỞNG THỨ TRƯỞNG Vương Đình Hậu"]),
        Q(d, "multi", "Các Cục, Vụ thuộc Bộ Xây dựng báo cáo CCHC năm gửi qua đơn vị nào và hạn ngày nào?",
          ["Vụ Tổ chức cán bộ", ["20/11/2026"]], [rep]),
        Q(d, "when", "By when must the Ministry of Construction report its annual 2026 reform results to the Ministry of Home Affairs?",
          [["05/12/2026", "5/12/2026"]],
          ["Vụ Tổ chức cán bộ tổng hợp, trình Bộ trưởng báo cáo Bộ Nội vụ trước ngày 15 của tháng cuối quý và trước ngày 05/12/2026 đối với báo cáo năm."],
          en=True),
        Q(d, "list", "Liệt kê các nhiệm vụ CCHC 2026 mà Cục Đường bộ Việt Nam chủ trì",
          ["giấy phép lái xe", "lái xe quốc tế", "thu phí"],
          ["Xây dựng Nghị định sửa đổi quy định về đào tạo, sát hạch, cấp giấy phép lái xe sau khi chuyển giao cho Bộ Công an",
           "Cung cấp dịch vụ công trực tuyến toàn trình cấp giấy phép lái xe quốc tế",
           "Thu phí sử dụng đường bộ cao tốc không dừng trên các tuyến cao tốc do Nhà nước đầu tư"]),
        Q(d, "none", "Ai là Bộ trưởng Bộ Xây dựng ký ban hành kế hoạch CCHC năm 2026?"),
        Q(d, "none", "Bộ Xây dựng giao Cục Hàng không Việt Nam chủ trì nhiệm vụ CCHC nào năm 2026?"),
        Q(d, "none", "Phí đăng kiểm xe ô tô dưới 9 chỗ năm 2026 là bao nhiêu tiền?"),
        Q(d, "none", "Hạn cung cấp dịch vụ công trực tuyến cấp đổi giấy phép lái xe trong nước của Bộ Xây dựng là khi nào?"),
        Q(d, "none", "Tối nay đội tuyển Việt Nam đá với ai, mấy giờ?"),
    ]


def bo_khcn() -> list[dict[str, Any]]:
    """Bộ Khoa học và Công nghệ, QĐ 58/QĐ-BKHCN (test), plus off-domain messages filed under it."""
    d = BO_KHCN.file
    rep = ("Văn phòng Bộ tổng hợp, trình Bộ trưởng báo cáo Bộ Nội vụ trước ngày 15 của tháng cuối quý; "
           "báo cáo năm trước ngày 01/12/2026.")
    return [
        Q(d, "who", "Ai chủ trì cắt giảm thời gian thẩm định đơn đăng ký nhãn hiệu theo kế hoạch CCHC 2026 của Bộ KH&CN?",
          ["Cục Sở hữu trí tuệ"], ["Cắt giảm thời gian thẩm định đơn đăng ký nhãn hiệu xuống còn 9 tháng"]),
        Q(d, "multi", "Bộ KHCN: DVC trực tuyến toàn trình cấp chứng thư chữ ký số công cộng do đơn vị nào chủ trì, phối hợp với ai, hạn khi nào?",
          ["Trung tâm Chứng thực điện tử quốc gia", "Cục Chuyển đổi số quốc gia", ["Quý III/2026", "quý 3/2026"]],
          ["Cung cấp dịch vụ công trực tuyến toàn trình cấp chứng thư chữ ký số công cộng"]),
        Q(d, "when", "bo khoa hoc va cong nghe ra soat van ban qppl linh vuc buu chinh, vien thong han cuoi ngay nao?",
          [["31/7/2026", "31/07/2026"]],
          ["Rà soát văn bản quy phạm pháp luật lĩnh vực bưu chính, viễn thông sau hợp nhất"], strip=True),
        Q(d, "when", "Bao giờ Bộ Khoa học và Công nghệ phải đơn giản hóa xong thủ tục công bố hợp chuẩn, hợp quy hàng hóa nhóm 2?",
          [["30/6/2026", "30/06/2026"]],
          ["Đơn giản hóa thủ tục công bố hợp chuẩn, hợp quy đối với sản phẩm, hàng hóa nhóm 2"]),
        Q(d, "who", "Bộ KH&CN: thí điểm thuê chuyên gia công nghệ ở Cục Chuyển đổi số quốc gia cùng làm với những ai?",
          ["Cục Chuyển đổi số quốc gia", "Vụ Kế hoạch - Tài chính"],
          ["Thí điểm thuê chuyên gia công nghệ làm việc tại Cục Chuyển đổi số quốc gia theo hợp đồng"]),
        Q(d, "target", "Bộ KH&CN đặt chỉ tiêu bao nhiêu % đơn đăng ký sở hữu công nghiệp nộp trực tuyến năm 2026?",
          ["60%"], ["Tối thiểu 60% đơn đăng ký sở hữu công nghiệp được nộp trực tuyến."], strip=True),
        Q(d, "target", "What share of adults should have a personal digital or electronic signature under the Ministry of Science and Technology's 2026 plan?",
          ["50%"], ["Tỷ lệ dân số trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân đạt trên 50%."], en=True),
        Q(d, "multi", "Văn phòng Bộ KH&CN báo cáo CCHC năm 2026 gửi ai, hạn chót ngày nào?",
          ["Bộ Nội vụ", ["01/12/2026", "1/12/2026"]], [rep]),
        Q(d, "when", "Các đơn vị thuộc Bộ KH&CN nộp báo cáo CCHC năm về Văn phòng Bộ trước ngày nào?",
          [["15/11/2026"]],
          ["Các cơ quan, đơn vị thuộc Bộ gửi báo cáo quý về Văn phòng Bộ trước ngày 08 của tháng cuối quý và báo cáo năm trước ngày 15/11/2026."]),
        Q(d, "lookup", "Kế hoạch CCHC năm 2026 của Bộ KH&CN ban hành kèm quyết định số mấy, ngày nào, ai ký?",
          ["58/QĐ-BKHCN", ["14/01/2026", "14/1/2026", "ngày 14 tháng 01 năm 2026"], "Trịnh Minh Đạo"],
          ["(Kèm theo Quyết định số 58/QĐ-BKHCN ngày 14/01/2026 của Bộ trưởng Bộ Khoa học và Công nghệ)",
           "- Lưu: VT, VP. KT. BỘ TRƯỞNG THỨ TRƯỞNG Trịnh Minh Đạo"]),
        Q(d, "list", "Liệt kê các nhiệm vụ Vụ Pháp chế Bộ KH&CN chủ trì trong kế hoạch CCHC 2026",
          ["thử nghiệm có kiểm soát", "bưu chính, viễn thông"],
          ["Xây dựng Thông tư hướng dẫn cơ chế thử nghiệm có kiểm soát đối với công nghệ mới",
           "Rà soát văn bản quy phạm pháp luật lĩnh vực bưu chính, viễn thông sau hợp nhất"]),
        Q(d, "none", "Bộ Khoa học và Công nghệ bố trí bao nhiêu tỷ đồng cho kế hoạch CCHC năm 2026?"),
        Q(d, "none", "Ai là Bộ trưởng Bộ KH&CN theo quyết định ban hành kế hoạch CCHC 2026?", strip=True),
        Q(d, "none", "Bộ KH&CN giao Cục Đăng kiểm Việt Nam nhiệm vụ cải cách hành chính nào?"),
        Q(d, "none", "Hạn rút ngắn thời gian thẩm định đơn đăng ký sáng chế của Cục Sở hữu trí tuệ là khi nào?"),
        Q(d, "none", "asdf qwerty zxcv 123"),
    ]
