"""Questions about the batch-3 scans (Cần Thơ dev, Mường Ảng test) and the Phố Hiến TXT (test)."""

from __future__ import annotations

from typing import Any

from eval.varied.qa_build import Q
from eval.varied3.content_d import CAN_THO, MUONG_ANG, PHO_HIEN


def can_tho() -> list[dict[str, Any]]:
    """Sở Dân tộc và Tôn giáo thành phố Cần Thơ, 17/KH-SDTTG, scanned (dev)."""
    d = CAN_THO.file
    vp = ("Văn phòng Sở theo dõi, đôn đốc, tổng hợp; tham mưu Giám đốc Sở báo cáo UBND thành phố (qua Sở Nội vụ) "
          "trước ngày 12 của tháng cuối quý và báo cáo năm trước ngày 28/11/2026.")
    return [
        Q(d, "who", "Ai chủ trì biên dịch hướng dẫn TTHC sang tiếng Khmer theo kế hoạch CCHC của Sở Dân tộc và Tôn giáo Cần Thơ?",
          ["Phòng Quản lý tôn giáo"],
          ["Biên dịch hướng dẫn thủ tục hành chính sang tiếng Khmer và niêm yết tại các xã có đông đồng bào Khmer"]),
        Q(d, "multi", "Sở DTTG Cần Thơ: cơ sở dữ liệu người có uy tín do phòng nào làm, phối hợp với ai, hạn bao giờ?",
          ["Phòng Chính sách dân tộc", "Sở Khoa học và Công nghệ", "Công an thành phố",
           ["Tháng 9/2026", "tháng 9 năm 2026", "09/2026"]],
          ["Xây dựng cơ sở dữ liệu người có uy tín trong đồng bào dân tộc thiểu số"]),
        Q(d, "when", "so dan toc va ton giao can tho so hoa ho so co so tin nguong, ton giao han cuoi khi nao?",
          [["15/11/2026"]], ["Số hóa hồ sơ cơ sở tín ngưỡng, tôn giáo trên địa bàn thành phố"], strip=True),
        Q(d, "when", "Hạn chót rà soát, đơn giản hóa thủ tục đăng ký sinh hoạt tôn giáo tập trung ở Cần Thơ là ngày nào?",
          [["30/4/2026", "30/04/2026"]], ["Rà soát, đơn giản hóa thủ tục đăng ký sinh hoạt tôn giáo tập trung"]),
        Q(d, "target", "Sở Dân tộc và Tôn giáo Cần Thơ đặt chỉ tiêu bao nhiêu % hồ sơ TTHC nộp trực tuyến năm 2026?",
          ["70%"], ["Tối thiểu 70% hồ sơ thủ tục hành chính của Sở được nộp trực tuyến."], strip=True),
        Q(d, "multi", "Sở DTTG Cần Thơ báo cáo CCHC năm gửi ai, qua đâu, trước ngày nào?",
          ["UBND thành phố", "Sở Nội vụ", ["28/11/2026"]], [vp]),
        Q(d, "lookup", "Who signed the 2026 administrative reform plan of Can Tho's Department of Ethnic and Religious Affairs, and what is its number?",
          ["Thạch Sô Phol", "17/KH-SDTTG"],
          ["- Lưu: VT, VP. GIÁM ĐỐC Thạch Sô Phol", "Số: 17/KH-SDTTG Cần Thơ, ngày 26 tháng 01 năm 2026"], en=True),
        Q(d, "list", "Những nhiệm vụ nào do Văn phòng Sở DTTG Cần Thơ chủ trì trong kế hoạch CCHC 2026?",
          ["quy chế làm việc", "chữ ký số"],
          ["Xây dựng quy chế làm việc của Sở sau khi tiếp nhận chức năng quản lý nhà nước về tôn giáo",
           "Ứng dụng chữ ký số trong gửi, nhận văn bản với Ban Trị sự Giáo hội Phật giáo thành phố"]),
        Q(d, "none", "Sở Dân tộc và Tôn giáo Cần Thơ bố trí bao nhiêu kinh phí cho kế hoạch CCHC năm 2026?"),
        Q(d, "none", "Hạn biên dịch hướng dẫn thủ tục hành chính sang tiếng Chăm của Sở DTTG Cần Thơ là khi nào?"),
        Q(d, "none", "这个计划的截止日期是什么时候？"),
    ]


def muong_ang() -> list[dict[str, Any]]:
    """UBND xã Mường Ảng (Điện Biên), 03/KH-UBND, scanned prose plan (test)."""
    d = MUONG_ANG.file
    return [
        Q(d, "who", "Xã Mường Ảng giao ai niêm yết TTHC bằng tiếng Việt và tiếng Thái?",
          ["Văn phòng HĐND và UBND xã"],
          ["Giao Văn phòng HĐND và UBND xã chủ trì, phối hợp với Trung tâm Phục vụ hành chính công xã niêm yết thủ tục hành chính bằng tiếng Việt và tiếng Thái"]),
        Q(d, "when", "Niêm yết thủ tục hành chính song ngữ Việt - Thái ở xã Mường Ảng phải xong trước ngày nào?",
          [["31/3/2026", "31/03/2026"]],
          ["niêm yết thủ tục hành chính bằng tiếng Việt và tiếng Thái, hoàn thành trước ngày 31/3/2026."]),
        Q(d, "multi", "xa muong ang lam sach du lieu ho tich, dat dai do ai chu tri, phoi hop voi ai, han khi nao?",
          ["Phòng Kinh tế", "Công an xã", ["31/8/2026", "31/08/2026"]],
          ["Giao Phòng Kinh tế chủ trì, phối hợp với Công an xã làm sạch dữ liệu hộ tịch, đất đai, hoàn thành trước ngày 31/8/2026."],
          strip=True),
        Q(d, "who", "Xã Mường Ảng đề nghị tổ chức nào thành lập tổ thanh niên tình nguyện hỗ trợ DVC trực tuyến ở các bản?",
          ["Đoàn Thanh niên Cộng sản Hồ Chí Minh xã"],
          ["Đề nghị Đoàn Thanh niên Cộng sản Hồ Chí Minh xã phối hợp thành lập tổ thanh niên tình nguyện hỗ trợ dịch vụ công trực tuyến tại các bản."]),
        Q(d, "target", "Muong Ang commune: what percentage of administrative procedure files should be received online in 2026?",
          ["60%"], ["Tối thiểu 60% hồ sơ thủ tục hành chính được tiếp nhận trực tuyến."], en=True),
        Q(d, "when", "Các phòng chuyên môn xã Mường Ảng nộp báo cáo quý về Văn phòng HĐND và UBND xã hạn chót ngày mấy?",
          [["ngày 07 của tháng cuối quý", "07 của tháng cuối quý"]],
          ["Các phòng chuyên môn báo cáo kết quả về Văn phòng HĐND và UBND xã trước ngày 07 của tháng cuối quý."]),
        Q(d, "multi", "UBND xã Mường Ảng gửi báo cáo CCHC năm cho ai, qua cơ quan nào, trước ngày nào?",
          ["UBND tỉnh", "Sở Nội vụ", ["30/11/2026"]],
          ["UBND xã báo cáo UBND tỉnh (qua Sở Nội vụ) trước ngày 12 của tháng cuối quý; báo cáo năm trước ngày 30/11/2026."]),
        Q(d, "lookup", "Kế hoạch CCHC 2026 của xã Mường Ảng do ai ký và kinh phí bao nhiêu?",
          ["Lò Văn Piềng", ["90 triệu đồng", "90 triệu"]],
          ["- Lưu: VT. TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lò Văn Piềng",
           "Kinh phí thực hiện Kế hoạch là 90 triệu đồng từ ngân sách xã năm 2026."], strip=True),
        Q(d, "none", "Ai là Chủ tịch UBND xã Mường Ảng?"),
        Q(d, "none", "Kế hoạch CCHC năm 2026 của xã Mường Nhé đặt chỉ tiêu bao nhiêu % hồ sơ trực tuyến?"),
        Q(d, "none", "Năm 2025 xã Mường Ảng đạt tỷ lệ hồ sơ trực tuyến bao nhiêu phần trăm?"),
    ]


def pho_hien() -> list[dict[str, Any]]:
    """UBND phường Phố Hiến (Hưng Yên), 21/KH-UBND, TXT copied from a PDF (test)."""
    d = PHO_HIEN.file
    return [
        Q(d, "who", "Phường Phố Hiến giao ai chủ trì triển khai ki-ốt tra cứu TTHC tự động?",
          ["Văn phòng HĐND và UBND phường"],
          ["Giao Văn phòng HĐND và UBND phường chủ trì, phối hợp với Trung tâm Phục vụ hành chính công phường triển khai ki-ốt tra cứu thủ tục hành chính tự động"]),
        Q(d, "when", "Bao giờ phường Phố Hiến phải rút ngắn xong thời gian cấp giấy phép xây dựng nhà ở riêng lẻ còn 10 ngày?",
          [["quý III/2026", "quý 3/2026", "quý III năm 2026"]],
          ["Giao Phòng Kinh tế, Hạ tầng và Đô thị chủ trì rút ngắn thời gian cấp giấy phép xây dựng nhà ở riêng lẻ còn 10 ngày, hoàn thành trong quý III/2026."]),
        Q(d, "who", "pho hien: ben nao phoi hop huong dan nguoi dan kich hoat tai khoan dinh danh dien tu muc do 2?",
          ["Công an phường", "Trung tâm Phục vụ hành chính công phường"],
          ["Đề nghị Công an phường phối hợp với Trung tâm Phục vụ hành chính công phường hướng dẫn người dân kích hoạt tài khoản định danh điện tử mức độ 2."],
          strip=True),
        Q(d, "when", "Phường Phố Hiến gửi báo cáo CCHC quý III năm 2026 lên UBND tỉnh hạn chót ngày nào?",
          [["12/9/2026", "12/09/2026"]],
          ["Báo cáo quý III | UBND phường Phố Hiến | UBND tỉnh (qua Sở Nội vụ) | Trước ngày 12/9/2026"]),
        Q(d, "multi", "Báo cáo năm về CCHC của phường Phố Hiến gửi ai, qua đâu, trước ngày nào?",
          ["UBND tỉnh", "Sở Nội vụ", ["04/12/2026", "4/12/2026"]],
          ["Báo cáo năm | UBND phường Phố Hiến | UBND tỉnh (qua Sở Nội vụ) | Trước ngày 04/12/2026"]),
        Q(d, "when", "Các phòng chuyên môn phường Phố Hiến nộp báo cáo quý cho Văn phòng HĐND và UBND phường trước ngày mấy?",
          [["ngày 07 của tháng cuối quý", "07 của tháng cuối quý"]],
          ["Các phòng chuyên môn gửi báo cáo quý về Văn phòng HĐND và UBND phường trước ngày 07 của tháng cuối quý."]),
        Q(d, "target", "Phố Hiến ward: how quickly must household business registrations be processed in 2026?",
          [["01 ngày làm việc", "1 ngày làm việc", "one working day"]],
          ["100% hồ sơ đăng ký hộ kinh doanh được giải quyết trong 01 ngày làm việc."], en=True),
        Q(d, "target", "Phường Phố Hiến đặt chỉ tiêu tỷ lệ hài lòng của người dân, doanh nghiệp năm 2026 là bao nhiêu?",
          ["95%"], ["Tỷ lệ hài lòng của người dân, doanh nghiệp đạt trên 95%."], strip=True),
        Q(d, "lookup", "Kế hoạch CCHC 2026 của phường Phố Hiến thực hiện kế hoạch số mấy của UBND tỉnh Hưng Yên?",
          ["27/KH-UBND"], ["Kế hoạch số 27/KH-UBND ngày 15/01/2026 của UBND tỉnh Hưng Yên."]),
        Q(d, "list", "Phường Phố Hiến đề nghị những tổ chức nào phối hợp thực hiện kế hoạch CCHC 2026?",
          ["Công an phường", "Ủy ban Mặt trận Tổ quốc Việt Nam phường"],
          ["Đề nghị Công an phường phối hợp với Trung tâm Phục vụ hành chính công phường hướng dẫn người dân kích hoạt tài khoản định danh điện tử mức độ 2.",
           "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường phối hợp giám sát việc giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công phường."]),
        Q(d, "none", "Kinh phí thực hiện kế hoạch CCHC năm 2026 của phường Phố Hiến là bao nhiêu triệu đồng?"),
        Q(d, "none", "Phường Phố Hiến gửi báo cáo CCHC hằng tháng cho UBND tỉnh trước ngày nào?"),
        Q(d, "none", "Giờ làm việc của Trung tâm Phục vụ hành chính công phường Phố Hiến vào thứ Bảy là mấy giờ?"),
        Q(d, "none", "Phường Phố Hiến giao Phòng Tư pháp chủ trì nhiệm vụ cải cách hành chính nào năm 2026?"),
    ]
