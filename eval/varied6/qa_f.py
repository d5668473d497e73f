"""Questions about the Bộ GD&ĐT decision (DOCX) and Sở KH&CN Hưng Yên (scan, two-level header), both test."""

from __future__ import annotations

from typing import Any

from eval.varied6.content_f import BO_GDDT, SKHCN_HUNG_YEN
from eval.varied6.qa_util import N, Q, day, in_quarter, month, quarter, report, row, sent


def bo_gddt() -> list[dict[str, Any]]:
    """Bộ Giáo dục và Đào tạo, QĐ 245/QĐ-BGDĐT (test)."""
    p, d = BO_GDDT, BO_GDDT.file
    return [
        Q(d, "lookup", "Kế hoạch CCHC 2026 của Bộ GD&ĐT được ban hành kèm quyết định số mấy, ngày nào?",
          ["245/QĐ-BGDĐT", day("12/01/2026")], [sent(p, "(Kèm theo Quyết định số 245", "Đào tạo)")]),
        Q(d, "lookup", "Quyết định 245/QĐ-BGDĐT được ban hành theo đề nghị của ai?",
          ["Vụ trưởng Vụ Tổ chức cán bộ"], [sent(p, "Theo đề nghị của Vụ trưởng", "Tổ chức cán bộ.")]),
        Q(d, "lookup", "Ai ký quyết định ban hành kế hoạch CCHC năm 2026 của Bộ Giáo dục và Đào tạo, chức vụ gì?",
          ["Trịnh Quốc Bảo", "Thứ trưởng"], [sent(p, "Bộ Nội vụ; - Lưu: VT, TCCB.", "Trịnh Quốc Bảo")], strip=True),
        Q(d, "who", "Cục nào của Bộ GD&ĐT chủ trì tổ chức đăng ký dự thi tốt nghiệp THPT trực tuyến trên VNeID?",
          ["Cục Quản lý chất lượng"], [row(p, "Tổ chức đăng ký dự thi")]),
        Q(d, "multi", "Công nhận văn bằng do cơ sở giáo dục nước ngoài cấp qua dịch vụ công toàn trình: đơn vị chủ trì, phối hợp và thời hạn?",
          ["Cục Quản lý chất lượng", "Văn phòng Bộ", "Cục Khoa học, Công nghệ và Thông tin", month(6)],
          [row(p, "Cung cấp dịch vụ công trực tuyến toàn trình thủ tục công nhận")]),
        Q(d, "list", "Cục Quản lý chất lượng được giao chủ trì những nhiệm vụ nào trong phụ lục kế hoạch CCHC của Bộ GD&ĐT?",
          [["văn bằng do cơ sở giáo dục nước ngoài cấp", "công nhận văn bằng"], ["đăng ký dự thi"], ["văn bằng tốt nghiệp trung học phổ thông số", "văn bằng số"]],
          [row(p, "Cung cấp dịch vụ công trực tuyến toàn trình thủ tục công nhận"), row(p, "Tổ chức đăng ký dự thi"),
           row(p, "Cấp văn bằng tốt nghiệp")]),
        Q(d, "when", "Rà soát văn bản QPPL về giáo dục nghề nghiệp chuyển giao về Bộ GD&ĐT hạn khi nào?",
          [quarter("I")], [row(p, "Rà soát văn bản quy phạm pháp luật")], strip=True),
        Q(d, "target", "Bộ GD&ĐT đặt mục tiêu bao nhiêu phần trăm thí sinh đăng ký dự thi tốt nghiệp THPT trực tuyến?",
          ["95%"], [sent(p, "Tối thiểu 95% thí sinh", "trực tuyến.")]),
        Q(d, "multi", "Các Vụ, Cục của Bộ GD&ĐT gửi báo cáo CCHC quý cho đơn vị nào, hạn ngày nào?",
          ["Vụ Tổ chức cán bộ", in_quarter("10")], [report(p, "Các Vụ, Cục, Văn phòng Bộ", "Hằng quý")]),
        Q(d, "when", "When must the Ministry of Education and Training send its annual reform report to the Ministry of Home Affairs?",
          [day("01/12/2026")], [report(p, "Bộ Giáo dục và Đào tạo", "Năm")], en=True),
        N(d, "Bộ trưởng Bộ Giáo dục và Đào tạo là ai?"),
        N(d, "Cục nào chủ trì cấp phép thành lập trường đại học tư thục trực tuyến?", ("đại học",)),
        N(d, "Bộ GD&ĐT giao đơn vị nào cấp văn bằng tốt nghiệp trung học cơ sở số?", ("trung học cơ sở",), strip=True),
    ]


def skhcn_hung_yen() -> list[dict[str, Any]]:
    """Sở Khoa học và Công nghệ tỉnh Hưng Yên, 16/KH-SKHCN (test, scan)."""
    p, d = SKHCN_HUNG_YEN, SKHCN_HUNG_YEN.file
    return [
        Q(d, "who", "Ai chủ trì cấp mã số vùng trồng và tem truy xuất nguồn gốc nhãn lồng Hưng Yên?",
          ["Phòng Tiêu chuẩn, Đo lường, Chất lượng"], [row(p, "Cấp mã số vùng trồng")]),
        Q(d, "multi", "Hướng dẫn doanh nghiệp ở KCN Phố Nối đăng ký nhãn hiệu trực tuyến: ai chủ trì, ai phối hợp, hạn khi nào?",
          ["Phòng Quản lý công nghệ và đổi mới sáng tạo", "Ban Quản lý các khu công nghiệp tỉnh", month(9)],
          [row(p, "Hướng dẫn doanh nghiệp")]),
        Q(d, "when", "Chuyển dữ liệu Cổng Dịch vụ công của Thái Bình cũ sang hệ thống của tỉnh phải xong trước ngày nào?",
          [day("31/3/2026")], [row(p, "Chuyển dữ liệu Cổng Dịch vụ công")]),
        Q(d, "list", "Trung tâm Công nghệ thông tin thuộc Sở KH&CN Hưng Yên chủ trì những việc gì?",
          [["Trung tâm điều hành thông minh"], ["Cổng Dịch vụ công", "chuyển dữ liệu"]],
          [row(p, "Vận hành Trung tâm điều hành"), row(p, "Chuyển dữ liệu Cổng Dịch vụ công")], strip=True),
        Q(d, "target", "Sở KH&CN Hưng Yên đặt chỉ tiêu bao nhiêu phần trăm doanh nghiệp ở khu công nghiệp được hướng dẫn đăng ký sở hữu công nghiệp trực tuyến?",
          ["50%"], [sent(p, "Tối thiểu 50% doanh nghiệp", "trực tuyến.")]),
        Q(d, "lookup", "Kinh phí thực hiện kế hoạch CCHC của Sở KH&CN Hưng Yên là bao nhiêu, từ nguồn nào?",
          [["380 triệu đồng", "380 triệu"], "sự nghiệp khoa học và công nghệ"], [sent(p, "Kinh phí thực hiện là 380", "năm 2026.")]),
        Q(d, "multi", "Sở KH&CN Hưng Yên báo cáo Bộ Khoa học và Công nghệ về nội dung gì, phòng nào tham mưu, hạn ngày nào?",
          ["Phòng Bưu chính, Viễn thông và Chuyển đổi số", "chuyển đổi số", day("10/12/2026")],
          [sent(p, "Phòng Bưu chính, Viễn thông và Chuyển đổi số tham mưu", "10/12/2026.")]),
        Q(d, "multi", "Sở KH&CN Hưng Yên báo cáo UBND tỉnh qua cơ quan nào, hạn báo cáo quý và báo cáo năm?",
          ["Sở Nội vụ", in_quarter("12"), day("20/11/2026")], [sent(p, "Văn phòng Sở tham mưu Giám đốc Sở", "20/11/2026.")],
          strip=True),
        Q(d, "lookup", "Ai ký kế hoạch CCHC 2026 của Sở Khoa học và Công nghệ Hưng Yên?",
          ["Đoàn Văn Thái", "Giám đốc"], [sent(p, "Các phòng, đơn vị thuộc Sở; - Lưu", "Đoàn Văn Thái")]),
        Q(d, "lookup", "Sở KH&CN Hưng Yên xây dựng kế hoạch CCHC để thực hiện kế hoạch số mấy của UBND tỉnh?",
          ["13/KH-UBND"], [sent(p, "Thực hiện Kế hoạch số 13/KH-UBND", "năm 2026")]),
        N(d, "Phó Giám đốc Sở KH&CN Hưng Yên phụ trách chuyển đổi số là ai?", ("Phó Giám đốc",)),
        N(d, "Ai chủ trì cấp tem truy xuất nguồn gốc vải thiều ở Hưng Yên?", ("vải",)),
        N(d, "Sở KH&CN Hưng Yên giao ai cấp giấy phép sử dụng tần số vô tuyến điện?", ("tần số",), strip=True),
    ]
