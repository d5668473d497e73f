"""Questions about the batch-4 scans (Sở Tư pháp Đồng Nai dev, Sở Công Thương Phú Thọ test)."""

from __future__ import annotations

from typing import Any

from eval.varied.qa_build import Q
from eval.varied4.content_d import DONG_NAI, PHU_THO
from eval.varied4.qa_util import N, day, month, quarter


def dong_nai() -> list[dict[str, Any]]:
    """Sở Tư pháp tỉnh Đồng Nai, 09/KH-STP, scanned at 200 dpi (dev)."""
    d = DONG_NAI.file
    lltp = "Cấp Phiếu lý lịch tư pháp trực tuyến trên ứng dụng VNeID cho công dân cư trú trên địa bàn tỉnh"
    return [
        Q(d, "who", "Ai chủ trì cấp Phiếu lý lịch tư pháp trên VNeID theo kế hoạch CCHC của Sở Tư pháp Đồng Nai?",
          ["Phòng Hành chính tư pháp"], [lltp]),
        Q(d, "multi", "Sở Tư pháp Đồng Nai: cấp Phiếu LLTP trên VNeID phối hợp với những ai, bao giờ xong?",
          ["Công an tỉnh", "Trung tâm Phục vụ hành chính công tỉnh", month(5)], [lltp]),
        Q(d, "when", "Sở Tư pháp Đồng Nai phải rút ngắn thời gian cấp Phiếu lý lịch tư pháp còn 05 ngày làm việc trước ngày nào?",
          [day("30/6/2026")], ["Rút ngắn thời gian cấp Phiếu lý lịch tư pháp xuống còn 05 ngày làm việc"]),
        Q(d, "who", "Đồng Nai chuyển đổi Phòng công chứng số 1, số 2 thành văn phòng công chứng do ai làm?",
          ["Phòng Bổ trợ tư pháp"],
          ["Chuyển đổi Phòng công chứng số 1, Phòng công chứng số 2 thành Văn phòng công chứng"], strip=True),
        Q(d, "list", "Những nhiệm vụ nào do Phòng Hành chính tư pháp Sở Tư pháp Đồng Nai chủ trì?",
          ["VNeID", ["05 ngày làm việc", "Rút ngắn thời gian"], "sổ hộ tịch"],
          [lltp, "Rút ngắn thời gian cấp Phiếu lý lịch tư pháp xuống còn 05 ngày làm việc",
           "Số hóa sổ hộ tịch lưu trữ tại Sở giai đoạn 1990 - 2015"]),
        Q(d, "multi", "Sở Tư pháp Đồng Nai báo cáo Bộ Tư pháp kết quả cải cách TTHC lĩnh vực tư pháp khi nào, phòng nào tham mưu?",
          ["Phòng Hành chính tư pháp", day("15/6/2026")],
          ["Phòng Hành chính tư pháp tham mưu Giám đốc Sở báo cáo Bộ Tư pháp kết quả cải cách thủ tục hành chính lĩnh vực tư pháp 6 tháng trước ngày 15/6/2026."]),
        Q(d, "when", "Văn phòng Sở Tư pháp Đồng Nai gửi báo cáo CCHC năm lên UBND tỉnh trước ngày nào?",
          [day("25/11/2026")],
          ["Văn phòng Sở tổng hợp, tham mưu Giám đốc Sở báo cáo UBND tỉnh (qua Sở Nội vụ) trước ngày 12 của tháng cuối quý; báo cáo năm trước ngày 25/11/2026."]),
        Q(d, "lookup", "Kinh phí kế hoạch CCHC 2026 của Sở Tư pháp Đồng Nai là bao nhiêu?",
          [["380 triệu đồng", "380 triệu"]],
          ["Kinh phí thực hiện Kế hoạch là 380 triệu đồng từ dự toán ngân sách năm 2026 được giao cho Sở."], strip=True),
        Q(d, "lookup", "Who signed the 2026 administrative reform plan of Dong Nai's Department of Justice, and in what capacity?",
          ["Lê Hoàng Phúc", ["Phó Giám đốc", "Deputy Director"]],
          ["- Lưu: VT, VP. KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Lê Hoàng Phúc"], en=True),
        Q(d, "target", "Sở Tư pháp Đồng Nai phấn đấu bao nhiêu % hồ sơ cấp Phiếu lý lịch tư pháp nộp trực tuyến?",
          ["90%"], ["Tối thiểu 90% hồ sơ cấp Phiếu lý lịch tư pháp được nộp trực tuyến."]),
        N(d, "Sở Tư pháp Đồng Nai giao ai cấp Phiếu lý lịch tư pháp trên VNeID cho người nước ngoài?", ("người nước ngoài",)),
        N(d, "Ai là Giám đốc Sở Tư pháp tỉnh Đồng Nai?"),
        N(d, "Kế hoạch CCHC 2026 của Sở Tư pháp Đồng Nai thực hiện kế hoạch số mấy của UBND tỉnh?", ("/KH-UBND",)),
        N(d, "Sở Tư pháp Đồng Nai giao ai số hóa hồ sơ công chứng giai đoạn 2000 - 2020?", ("hồ sơ công chứng",)),
    ]


def phu_tho() -> list[dict[str, Any]]:
    """Sở Công Thương tỉnh Phú Thọ, 11/KH-SCT, scanned at 300 dpi (test)."""
    d = PHU_THO.file
    ruou = "Cung cấp dịch vụ công trực tuyến toàn trình cấp giấy phép bán lẻ rượu"
    ocop = "Hỗ trợ hợp tác xã, hộ sản xuất đưa sản phẩm OCOP lên sàn thương mại điện tử"
    return [
        Q(d, "who", "Ai chủ trì cung cấp DVC trực tuyến toàn trình cấp giấy phép bán lẻ rượu ở Sở Công Thương Phú Thọ?",
          ["Phòng Quản lý thương mại"], [ruou]),
        Q(d, "when", "Khi nào Sở Công Thương Phú Thọ phải cung cấp xong dịch vụ công trực tuyến cấp giấy phép bán lẻ rượu?",
          [quarter("II")], [ruou]),
        Q(d, "when", "Sở Công Thương Phú Thọ đơn giản hóa thủ tục cửa hàng bán lẻ khí dầu mỏ hóa lỏng hạn chót ngày nào?",
          [day("15/5/2026")],
          ["Đơn giản hóa thủ tục cấp giấy chứng nhận đủ điều kiện cửa hàng bán lẻ khí dầu mỏ hóa lỏng"], strip=True),
        Q(d, "who", "Đơn vị nào hỗ trợ hợp tác xã đưa sản phẩm OCOP lên sàn TMĐT ở Phú Thọ, phối hợp với ai?",
          ["Trung tâm Khuyến công và Xúc tiến thương mại", "Sở Nông nghiệp và Môi trường", "UBND các xã"], [ocop]),
        Q(d, "list", "Những nhiệm vụ nào do Văn phòng Sở Công Thương Phú Thọ chủ trì?",
          ["Kiện toàn Trung tâm Khuyến công", "ISO 9001"],
          ["Kiện toàn Trung tâm Khuyến công và Xúc tiến thương mại sau khi hợp nhất ba tỉnh",
           "Áp dụng hệ thống quản lý chất lượng theo tiêu chuẩn quốc gia TCVN ISO 9001:2015 trên môi trường điện tử"]),
        Q(d, "multi", "Sở Công Thương Phú Thọ báo cáo Bộ Công Thương nội dung gì, hạn ngày nào?",
          ["cải cách thủ tục hành chính", day("15/6/2026")],
          ["Định kỳ 6 tháng, Sở báo cáo Bộ Công Thương kết quả cải cách thủ tục hành chính trong lĩnh vực công thương trước ngày 15/6/2026."]),
        Q(d, "multi", "Sở Công Thương Phú Thọ gửi báo cáo CCHC năm cho ai, qua đâu, trước ngày nào?",
          ["UBND tỉnh", "Sở Nội vụ", day("26/11/2026")],
          ["Văn phòng Sở tham mưu Giám đốc Sở báo cáo UBND tỉnh (qua Sở Nội vụ) trước ngày 12 của tháng cuối quý; báo cáo năm trước ngày 26/11/2026."]),
        Q(d, "target", "Sở Công Thương Phú Thọ đặt chỉ tiêu đưa bao nhiêu sản phẩm OCOP lên sàn thương mại điện tử?",
          ["300"], ["Tối thiểu 300 sản phẩm OCOP của tỉnh được đưa lên sàn thương mại điện tử."]),
        Q(d, "lookup", "Kế hoạch CCHC 2026 của Sở Công Thương Phú Thọ thực hiện kế hoạch số mấy của UBND tỉnh?",
          ["14/KH-UBND"],
          ["Thực hiện Kế hoạch số 14/KH-UBND ngày 10/01/2026 của UBND tỉnh Phú Thọ về cải cách hành chính nhà nước năm 2026"]),
        Q(d, "lookup", "Who signed the Phu Tho Department of Industry and Trade's 2026 reform plan?",
          ["Đào Xuân Trường"], ["- Lưu: VT, VP. GIÁM ĐỐC Đào Xuân Trường"], en=True),
        N(d, "Ai chủ trì cung cấp dịch vụ công trực tuyến cấp giấy phép bán lẻ thuốc lá ở Sở Công Thương Phú Thọ?", ("thuốc lá",)),
        N(d, "Kinh phí thực hiện kế hoạch CCHC năm 2026 của Sở Công Thương Phú Thọ là bao nhiêu triệu đồng?", ("triệu đồng",)),
        N(d, "Sở Công Thương Phú Thọ giao Chi cục Quản lý thị trường nhiệm vụ CCHC nào?", ("Quản lý thị trường",)),
        N(d, "Email của Văn phòng Sở Công Thương Phú Thọ là gì?", ("email", "@"), strip=True),
    ]
