"""Questions about Sở Y tế Lạng Sơn (DOCX, merged two-level table) and xã Tam Đường (DOCX numbering), both test."""

from __future__ import annotations

from typing import Any

from eval.varied6.content_e import SYT_LANG_SON, TAM_DUONG
from eval.varied6.qa_util import N, Q, day, in_quarter, row, sent


def syt_lang_son() -> list[dict[str, Any]]:
    """Sở Y tế tỉnh Lạng Sơn, 21/KH-SYT (test)."""
    p, d = SYT_LANG_SON, SYT_LANG_SON.file
    return [
        Q(d, "multi", "Cấp chứng chỉ hành nghề dược trực tuyến toàn trình ở Lạng Sơn: phòng nào chủ trì, ai phối hợp, hạn khi nào?",
          ["Phòng Nghiệp vụ Dược", "Văn phòng Sở", "Trung tâm Phục vụ hành chính công tỉnh",
           ["quý đầu năm 2026", "Quý I/2026", "quý 1/2026"]], [row(p, "Cấp chứng chỉ hành nghề dược")]),
        Q(d, "when", "Sắp xếp các trạm y tế xã ở Lạng Sơn hạn chót là ngày nào?",
          [["15 tháng 12 năm 2026", "15/12/2026"]], [row(p, "Sắp xếp các trạm y tế xã")], strip=True),
        Q(d, "multi", "Kết nối dữ liệu kiểm dịch y tế biên giới ở cửa khẩu Hữu Nghị, Tân Thanh: ai chủ trì, ai phối hợp, thời gian?",
          ["Trung tâm Kiểm soát bệnh tật tỉnh", "Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn",
           "Chi cục Hải quan khu vực VI", "6 tháng cuối năm 2026"], [row(p, "Kết nối dữ liệu kiểm dịch")]),
        Q(d, "list", "Phòng Tổ chức cán bộ Sở Y tế Lạng Sơn chủ trì những việc gì?",
          [["trạm y tế xã"], ["vị trí việc làm"]], [row(p, "Sắp xếp các trạm y tế xã"), row(p, "Xây dựng vị trí việc làm")]),
        Q(d, "list", "Những nhiệm vụ nào của Sở Y tế Lạng Sơn phải hoàn thành trong 6 tháng cuối năm 2026?",
          [["trợ cấp xã hội", "người cao tuổi"], ["kiểm dịch y tế biên giới", "kiểm dịch"]],
          [row(p, "Giải quyết hồ sơ trợ cấp xã hội"), row(p, "Kết nối dữ liệu kiểm dịch")], strip=True),
        Q(d, "who", "Ai lo giải quyết hồ sơ trợ cấp xã hội hằng tháng cho người cao tuổi qua DVCTT ở Lạng Sơn?",
          ["Phòng Bảo trợ xã hội"], [row(p, "Giải quyết hồ sơ trợ cấp xã hội")]),
        Q(d, "lookup", "Kinh phí thực hiện kế hoạch CCHC 2026 của Sở Y tế Lạng Sơn là bao nhiêu?",
          [["540 triệu đồng", "540 triệu"]], [sent(p, "Kinh phí thực hiện Kế hoạch là 540", "năm 2026 của Sở.")]),
        Q(d, "multi", "Sở Y tế Lạng Sơn gửi báo cáo CCHC năm cho những cơ quan nào, trước ngày nào?",
          ["UBND tỉnh", "Sở Nội vụ", "Bộ Y tế", day("18/11/2026")],
          [sent(p, "Văn phòng Sở tổng hợp, tham mưu Giám đốc Sở", "18/11/2026.")]),
        Q(d, "who", "Which unit of the Lang Son Health Department leads electronic medical records at the provincial general hospital?",
          ["Phòng Nghiệp vụ Y"], [row(p, "Triển khai bệnh án điện tử")], en=True),
        N(d, "Sở Y tế Lạng Sơn giao ai kết nối dữ liệu kiểm dịch y tế tại cửa khẩu Chi Ma?", ("Chi Ma",)),
        N(d, "Giám đốc Sở Y tế Lạng Sơn là ai?", strip=True),
        N(d, "Ai chủ trì rút ngắn thời gian cấp giấy phép hoạt động cho nhà thuốc tư nhân ở Lạng Sơn?", ("nhà thuốc",)),
    ]


def tam_duong() -> list[dict[str, Any]]:
    """UBND xã Tam Đường (Lai Châu), 11/KH-UBND (test, Word numbering)."""
    p, d = TAM_DUONG, TAM_DUONG.file
    return [
        Q(d, "who", "Ở xã Tam Đường, bộ phận nào niêm yết TTHC bằng tiếng Mông, tiếng Dao?",
          ["Văn phòng HĐND và UBND xã"], [sent(p, "Niêm yết TTHC bằng tiếng Mông", "năm 2026.")]),
        Q(d, "when", "Cấp phép homestay ở bản Sì Thâu Chải của xã Tam Đường phải xong khi nào?",
          [["6 tháng đầu năm 2026", "đầu năm 2026"]], [sent(p, "Cấp phép homestay", "đầu năm 2026.")]),
        Q(d, "who", "Ai hướng dẫn người dân cài VNeID mức độ 2 ở xã Tam Đường?",
          ["Công an xã"], [sent(p, "Hướng dẫn người dân cài VNeID", "năm 2026.")], strip=True),
        Q(d, "list", "Phòng Kinh tế xã Tam Đường được giao những việc gì?",
          [["homestay"], ["hồ sơ đất đai", "hộ trồng chè"], ["sàn thương mại điện tử", "bán chè"]],
          [sent(p, "Cấp phép homestay", "đầu năm 2026."), sent(p, "Số hóa hồ sơ đất đai", "cuối năm 2026."),
           sent(p, "Bán chè Tam Đường", "năm 2026.")]),
        Q(d, "list", "Những việc nào của xã Tam Đường phải xong trong quý đầu năm 2026?",
          [["Niêm yết TTHC", "niêm yết"], ["VNeID"]],
          [sent(p, "Niêm yết TTHC bằng tiếng Mông", "năm 2026."), sent(p, "Hướng dẫn người dân cài VNeID", "năm 2026.")],
          strip=True),
        Q(d, "multi", "Bán chè Tam Đường trên sàn thương mại điện tử: ai làm, bên nào giúp, hạn chót ngày nào?",
          ["Phòng Kinh tế", "Hội Nông dân xã", ["15 tháng 12 năm 2026", "15/12/2026"]],
          [sent(p, "Bán chè Tam Đường", "năm 2026.")]),
        Q(d, "lookup", "Kinh phí kế hoạch CCHC 2026 của xã Tam Đường là bao nhiêu?",
          [["45 triệu đồng", "45 triệu"]], [sent(p, "Kinh phí thực hiện là 45", "năm 2026.")]),
        Q(d, "lookup", "Ai ký kế hoạch CCHC năm 2026 của xã Tam Đường, với chức danh gì?",
          ["Tẩn Láo Lở", ["Q. CHỦ TỊCH", "Quyền Chủ tịch"]], [sent(p, "Các bản; - Lưu", "Tẩn Láo Lở")]),
        Q(d, "multi", "UBND xã Tam Đường báo cáo UBND tỉnh qua cơ quan nào, hạn báo cáo quý là ngày mấy?",
          ["Sở Nội vụ", in_quarter("10")],
          [sent(p, "Văn phòng HĐND và UBND xã tham mưu UBND xã báo cáo", "tháng cuối quý")], strip=True),
        Q(d, "lookup", "Which Lai Chau provincial plan does Tam Duong commune's 2026 reform plan implement?",
          ["04/KH-UBND"], [sent(p, "Thực hiện Kế hoạch số 04/KH-UBND", "năm 2026;")], en=True),
        N(d, "Xã Tam Đường giao ai cấp phép homestay ở bản Lao Chải?", ("Lao Chải",)),
        N(d, "Xã Tam Đường giao ai số hóa hồ sơ đất đai của các hộ trồng cà phê?", ("cà phê",), strip=True),
    ]
