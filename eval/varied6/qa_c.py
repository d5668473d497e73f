"""Questions about UBND thành phố Hải Phòng (QĐ + plan, PDF) and Sở Tư pháp Thanh Hóa (scan), both dev."""

from __future__ import annotations

from typing import Any

from eval.varied6.content_c import HAI_PHONG, STP_THANH_HOA
from eval.varied6.qa_util import N, Q, day, in_quarter, quarter, report, row, sent


def hai_phong() -> list[dict[str, Any]]:
    """UBND thành phố Hải Phòng, QĐ 215/QĐ-UBND (dev)."""
    p, d = HAI_PHONG, HAI_PHONG.file
    return [
        Q(d, "lookup", "Kế hoạch CCHC 2026 của TP Hải Phòng được ban hành kèm quyết định số mấy, ngày nào?",
          ["215/QĐ-UBND", day("16/01/2026")], [sent(p, "(Ban hành kèm theo Quyết định số 215", "Hải Phòng)")]),
        Q(d, "lookup", "QĐ 215/QĐ-UBND của Hải Phòng được ban hành theo đề nghị của ai, tại tờ trình số mấy?",
          ["Giám đốc Sở Nội vụ", "09/TTr-SNV"], [sent(p, "Theo đề nghị của Giám đốc Sở Nội vụ", "12/01/2026.")]),
        Q(d, "lookup", "Ai ký quyết định ban hành kế hoạch CCHC năm 2026 của thành phố Hải Phòng, chức vụ gì?",
          ["Lê Khắc Nam", "Phó Chủ tịch"], [sent(p, "CT, các PCT UBND thành phố; - Lưu", "Lê Khắc Nam")], strip=True),
        Q(d, "when", "Hải Phòng phải đưa điểm hỗ trợ DVCTT ra đặc khu Bạch Long Vỹ xong khi nào?",
          [["quý đầu năm 2026", "Quý I/2026", "quý 1/2026"]], [row(p, "Đưa điểm hỗ trợ DVCTT")]),
        Q(d, "multi", "Cấp giấy phép lao động cho người nước ngoài ở các KCN Hải Phòng qua DVCTT toàn trình: ai chủ trì, ai phối hợp, hạn khi nào?",
          ["Ban Quản lý các khu công nghiệp thành phố", "Sở Nội vụ", "Công an thành phố", ["30 tháng 6 năm 2026", "30/6/2026"]],
          [row(p, "Cung cấp DVCTT toàn trình")]),
        Q(d, "when", "Thi tuyển lãnh đạo cấp phòng ở các sở của Hải Phòng hạn chót là ngày nào?",
          [["15 tháng 12 năm 2026", "15/12/2026"]], [row(p, "Thi tuyển chức danh lãnh đạo")], strip=True),
        Q(d, "list", "Sở Tư pháp Hải Phòng chủ trì những nhiệm vụ nào trong phụ lục kèm QĐ 215?",
          [["tài sản công", "văn bản QPPL"], ["dữ liệu hộ tịch", "hộ tịch"]],
          [row(p, "Rà soát, thay thế"), row(p, "Làm sạch dữ liệu hộ tịch")]),
        Q(d, "target", "Hải Phòng đặt mục tiêu bao nhiêu % hồ sơ TTHC được giải quyết qua DVCTT toàn trình năm 2026?",
          ["88%"], [sent(p, "Tối thiểu 88% hồ sơ TTHC", "toàn trình.")]),
        Q(d, "lookup", "Kế hoạch CCHC 2026 của Hải Phòng có bao nhiêu kinh phí, trong đó nâng cấp hệ thống DVCTT được bao nhiêu?",
          [["4.300 triệu đồng", "4.300 triệu", "4,3 tỷ"], ["1.600 triệu đồng", "1.600 triệu", "1,6 tỷ"]],
          [sent(p, "Kinh phí thực hiện Kế hoạch năm 2026 là 4.300", "hệ thống DVCTT.")]),
        Q(d, "who", "Which department leads the faster cargo clearance at Lach Huyen port in Hai Phong's 2026 plan?",
          ["Sở Xây dựng"], [row(p, "Rút ngắn thời gian thông quan")], en=True),
        N(d, "Hải Phòng giao cơ quan nào đưa điểm hỗ trợ DVCTT ra đặc khu Cát Hải?", ("Cát Hải",)),
        N(d, "Ai chủ trì rút ngắn thời gian thông quan hàng hóa tại cảng Chùa Vẽ?", ("Chùa Vẽ",), strip=True),
        N(d, "Mức phụ cấp cho CCVC làm việc tại bộ phận một cửa của Hải Phòng là bao nhiêu?", ("phụ cấp",)),
    ]


def stp_thanh_hoa() -> list[dict[str, Any]]:
    """Sở Tư pháp tỉnh Thanh Hóa, 14/KH-STP (dev, scan)."""
    p, d = STP_THANH_HOA, STP_THANH_HOA.file
    return [
        Q(d, "who", "Phòng nào của Sở Tư pháp Thanh Hóa chủ trì triển khai công chứng điện tử?",
          ["Phòng Bổ trợ tư pháp"], [row(p, "Triển khai công chứng điện tử")]),
        Q(d, "multi", "Trợ giúp pháp lý lưu động ở các xã biên giới Mường Lát: ai chủ trì, ai phối hợp, thời hạn ra sao?",
          ["Trung tâm Trợ giúp pháp lý nhà nước", "UBND các xã biên giới", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Thường xuyên"],
          [row(p, "Trợ giúp pháp lý lưu động")]),
        Q(d, "when", "Sở Tư pháp Thanh Hóa phải số hóa xong sổ hộ tịch của các huyện trước sắp xếp khi nào?",
          [quarter("IV")], [row(p, "Số hóa sổ hộ tịch")]),
        Q(d, "multi", "Phòng Hành chính tư pháp Sở Tư pháp Thanh Hóa báo cáo Bộ Tư pháp theo kỳ nào, hạn ngày nào?",
          ["6 tháng", day("20/6/2026")], [report(p, "Phòng Hành chính tư pháp", "6 tháng")], strip=True),
        Q(d, "when", "Các phòng thuộc Sở Tư pháp Thanh Hóa nộp báo cáo quý cho Văn phòng Sở trước ngày mấy?",
          [in_quarter("10")], [report(p, "Các phòng, đơn vị thuộc Sở", "Hằng quý")], strip=True),
        Q(d, "list", "Phòng Hành chính tư pháp Sở Tư pháp Thanh Hóa chủ trì những việc nào?",
          [["Phiếu lý lịch tư pháp", "lý lịch tư pháp"], ["sổ hộ tịch"]],
          [row(p, "Cấp Phiếu lý lịch tư pháp"), row(p, "Số hóa sổ hộ tịch")], strip=True),
        Q(d, "target", "Sở Tư pháp Thanh Hóa đặt chỉ tiêu bao nhiêu phần trăm hồ sơ cấp Phiếu LLTP nộp trực tuyến?",
          ["90%"], [sent(p, "Tối thiểu 90% hồ sơ cấp Phiếu", "nộp trực tuyến.")]),
        Q(d, "lookup", "Kế hoạch CCHC của Sở Tư pháp Thanh Hóa thực hiện kế hoạch số mấy của UBND tỉnh?",
          ["11/KH-UBND"], [sent(p, "Thực hiện Kế hoạch số 11/KH-UBND", "năm 2026")]),
        Q(d, "lookup", "Who signed the Thanh Hoa Department of Justice's 2026 reform plan, and what is her title?",
          ["Lê Thị Thu Hường", ["Phó Giám đốc", "Deputy Director"]],
          [sent(p, "Các phòng, đơn vị thuộc Sở; - Lưu", "Lê Thị Thu Hường")], en=True),
        N(d, "Ai chủ trì trợ giúp pháp lý lưu động cho trẻ em tại các xã biên giới của Thanh Hóa?", ("trẻ em",)),
        N(d, "Giám đốc Sở Tư pháp Thanh Hóa tên là gì?", strip=True),
        N(d, "Sở Tư pháp Thanh Hóa giao phòng nào tổ chức đấu giá tài sản trực tuyến?", ("đấu giá",)),
    ]
