"""Questions about UBND tỉnh Quảng Ngãi (decision, two annexes) and Sở Tài chính Hà Tĩnh (rotated scan, prose), both dev."""

from __future__ import annotations

from typing import Any

from eval.varied7.content_c import QUANG_NGAI, STC_HA_TINH
from eval.varied7.qa_util import N, Q, cells, day, quarter, report, sent


def quang_ngai() -> list[dict[str, Any]]:
    """UBND tỉnh Quảng Ngãi, QĐ 88/QĐ-UBND (dev, decision PDF with Phụ lục I and II)."""
    p, d = QUANG_NGAI, QUANG_NGAI.file
    return [
        Q(d, "multi", "Quyết định ban hành kế hoạch CCHC 2026 của Quảng Ngãi số mấy, theo đề nghị của ai, tờ trình số mấy?",
          ["88/QĐ-UBND", "Giám đốc Sở Nội vụ", "05/TTr-SNV"],
          [sent(p, "Số: 88/QĐ-UBND", "năm 2026"), sent(p, "Theo đề nghị của Giám đốc Sở Nội vụ", "08/01/2026.")]),
        Q(d, "multi", "Theo phụ lục II của Quảng Ngãi, thủ tục cấp phiếu lý lịch tư pháp do cơ quan nào giải quyết, triển khai toàn trình khi nào?",
          ["Sở Tư pháp", quarter("I")], [report(p, "Cấp phiếu lý lịch", "Sở Tư pháp")]),
        Q(d, "list", "Những dịch vụ công nào trong danh mục phụ lục II của Quảng Ngãi phải triển khai trong quý II/2026?",
          [["lữ hành nội địa"], ["Dung Quất", "đăng ký đầu tư"]],
          [report(p, "Cấp giấy phép kinh doanh dịch vụ lữ hành", "Sở Văn hóa, Thể thao và Du lịch"),
           report(p, "Cấp Giấy chứng nhận đăng ký đầu tư", "Ban Quản lý Khu kinh tế Dung Quất và các khu công nghiệp Quảng Ngãi")]),
        Q(d, "who", "Trong nhóm cải cách tài chính công ở phụ lục I của Quảng Ngãi, việc giao tự chủ cho trường THPT công lập do ai chủ trì?",
          ["Sở Giáo dục và Đào tạo"], [cells(p, "Giao quyền tự chủ")], strip=True),
        Q(d, "multi", "Cat giam 30% thoi gian thu tuc dau tu o Khu kinh te Dung Quat: ai chu tri, han chot khi nao?",
          ["Ban Quản lý Khu kinh tế Dung Quất", day("30/9/2026")], [cells(p, "Cắt giảm 30%")], strip=True),
        Q(d, "who", "Bên nào phối hợp với Trung tâm PVHCC Quảng Ngãi tiếp nhận hồ sơ tại nhà cho người cao tuổi ở Ba Tơ, Minh Long, Sơn Hà?",
          ["Bưu điện tỉnh", "UBND các xã"], [cells(p, "Tiếp nhận hồ sơ thủ tục hành chính tại nhà")]),
        Q(d, "target", "Quảng Ngãi đặt chỉ tiêu giải quyết trực tuyến toàn trình và mức hài lòng năm 2026 là bao nhiêu?",
          ["82%", "92%"], [sent(p, "Tối thiểu 82% hồ sơ", "tối thiểu 92%.")]),
        Q(d, "lookup", "Tong kinh phi ke hoach CCHC 2026 cua Quang Ngai la bao nhieu, chi cho nhung khoan nao?",
          [["4.800 triệu", "4,8 tỷ"], ["2.000 triệu", "2 tỷ"], ["600 triệu"]],
          [sent(p, "Tổng kinh phí thực hiện Kế hoạch là 4.800", "tại nhà.")], strip=True),
        Q(d, "lookup", "Who signed the Quang Ngai decision issuing the 2026 administrative reform plan, and as what?",
          ["Huỳnh Tấn Lộc", ["PHÓ CHỦ TỊCH", "Phó Chủ tịch", "Vice Chairman"]],
          [sent(p, "CT, các PCT UBND tỉnh; - Lưu", "Huỳnh Tấn Lộc")], en=True),
        Q(d, "multi", "Văn phòng UBND tỉnh Quảng Ngãi báo cáo việc cung cấp dịch vụ công trực tuyến ở Phụ lục II bao lâu một lần, hạn ngày mấy?",
          [["hằng tháng"], ["ngày 25", "trước ngày 25"]], [sent(p, "Văn phòng UBND tỉnh theo dõi việc cung cấp", "trước ngày 25.")]),
        Q(d, "when", "Số hóa hồ sơ địa chính của các xã thuộc tỉnh Kon Tum cũ phải xong khi nào, sản phẩm là gì?",
          [["Tháng 11/2026", "tháng 11 năm 2026", "11/2026"], ["Dữ liệu địa chính số"]], [cells(p, "Số hóa hồ sơ địa chính")]),
        N(d, "Quảng Ngãi giao ai ban hành quy định phân cấp quản lý cảng biển?", ("cảng biển",)),
        N(d, "Quang Ngai giao tu chu tai chinh cho cac truong mam non cong lap khi nao?", ("mầm non",), strip=True),
        N(d, "Chủ tịch UBND tỉnh Quảng Ngãi tên là gì?", ("Chủ tịch UBND tỉnh",)),
    ]


def stc_ha_tinh() -> list[dict[str, Any]]:
    """Sở Tài chính tỉnh Hà Tĩnh, 31/KH-STC (dev, rotated 150-dpi scan, prose only)."""
    p, d = STC_HA_TINH, STC_HA_TINH.file
    return [
        Q(d, "when", "Văn phòng Sở Tài chính Hà Tĩnh phải gửi báo cáo 6 tháng và báo cáo năm cho Sở Nội vụ trước ngày nào?",
          [["15/6", "15/6/2026"], ["15/12/2026", "15/12"]], [sent(p, "Tổng hợp báo cáo cải cách hành chính quý", "15/12/2026.")]),
        Q(d, "list", "Kể ra những việc Phòng Đăng ký kinh doanh của Sở Tài chính Hà Tĩnh được giao.",
          [["Hệ thống thông tin quốc gia về đăng ký doanh nghiệp", "100% hồ sơ đăng ký doanh nghiệp"], ["2 ngày làm việc"],
           ["thành lập mới, giải thể", "doanh nghiệp thành lập mới"]],
          [sent(p, "Giải quyết 100% hồ sơ đăng ký doanh nghiệp qua", "tháng cuối quý.")]),
        Q(d, "when", "Phong Quan ly gia va cong san phai so hoa xong ho so tai san cong la nha, dat truoc ngay nao?",
          [day("30/9/2026")], [sent(p, "Số hóa hồ sơ tài sản công", "30/9/2026.")], strip=True),
        Q(d, "who", "Ở Sở Tài chính Hà Tĩnh, ai lo việc rút gọn quy trình thẩm định dự toán ngân sách, xong khi nào?",
          ["Phòng Quản lý ngân sách", ["quý II/2026", "quý 2/2026", "Quý II"]],
          [sent(p, "Phòng Quản lý ngân sách a) Rà soát", "quý II/2026.")]),
        Q(d, "multi", "Thanh tra Sở Tài chính Hà Tĩnh kiểm tra công vụ vào những đợt nào và báo cáo kết quả trong bao lâu?",
          [["quý II và quý IV", "quý II"], ["10 ngày làm việc"]], [sent(p, "Kiểm tra công vụ tại các phòng", "mỗi đợt kiểm tra.")]),
        Q(d, "when", "Phòng Quản lý giá và công sản báo cáo tình hình xử lý trụ sở dôi dư trước ngày mấy hằng tháng?",
          [["ngày 25 hằng tháng", "25 hằng tháng"]], [sent(p, "Báo cáo tình hình xử lý trụ sở dôi dư", "hằng tháng.")]),
        Q(d, "target", "Sở Tài chính Hà Tĩnh cam kết cấp Giấy chứng nhận đăng ký doanh nghiệp trong không quá bao nhiêu ngày?",
          [["2 ngày làm việc", "2 ngày"]], [sent(p, "Thời gian cấp Giấy chứng nhận đăng ký doanh nghiệp không quá", "làm việc.")]),
        Q(d, "target", "Ty le hai long muc tieu cua So Tai chinh Ha Tinh nam 2026 la bao nhieu?",
          ["95%"], [sent(p, "Tối thiểu 95% tổ chức", "của Sở.")], strip=True),
        Q(d, "when", "Các phòng thuộc Sở Tài chính Hà Tĩnh gửi báo cáo CCHC về Văn phòng Sở khi nào?",
          [["ngày 20 hằng tháng", "20 hằng tháng"]], [sent(p, "Các phòng, đơn vị thuộc Sở báo cáo kết quả", "hằng tháng.")]),
        Q(d, "lookup", "Who signed the Ha Tinh Finance Department's 2026 reform plan?",
          ["Phan Đình Khôi", ["PHÓ GIÁM ĐỐC", "Phó Giám đốc", "Deputy Director"]],
          [sent(p, "Các phòng, đơn vị thuộc Sở; - Lưu", "Phan Đình Khôi")], en=True),
        N(d, "Kinh phí thực hiện kế hoạch CCHC năm 2026 của Sở Tài chính Hà Tĩnh là bao nhiêu triệu đồng?", ("triệu đồng",)),
        N(d, "Giam doc So Tai chinh Ha Tinh la ai?", ("Giám đốc Sở Tài chính",), strip=True),
        N(d, "Phòng Quản lý giá và công sản số hóa hồ sơ tài sản công là xe ô tô khi nào?", ("ô tô",)),
    ]
