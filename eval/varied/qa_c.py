"""Questions about the commune prose plans (plans 10-11) and the assembled QA list."""

from __future__ import annotations

from typing import Any

from eval.varied.content_commune import CON_CUONG, MY_THO
from eval.varied.qa_a import part_a
from eval.varied.qa_b import part_b
from eval.varied.qa_build import Q


def _my_tho() -> list[dict[str, Any]]:
    d = MY_THO.file
    civil = "Công chức Tư pháp - Hộ tịch chủ trì, phối hợp với Công an xã rà soát, làm sạch dữ liệu hộ tịch, hoàn thành trước ngày 30/6/2026."
    report = ("Công chức Văn phòng - Thống kê tổng hợp, báo cáo UBND xã trước ngày 10 của tháng cuối quý; "
              "tham mưu UBND xã báo cáo UBND tỉnh (qua Sở Nội vụ) trước ngày 12 của tháng cuối quý.")
    return [
        Q(d, "who", "Ai chủ trì rà soát, làm sạch dữ liệu hộ tịch ở xã Mỹ Thọ?", ["Công chức Tư pháp - Hộ tịch"], [civil]),
        Q(d, "when", "Xã Mỹ Thọ làm sạch dữ liệu hộ tịch hạn cuối là ngày nào?", [["30/6/2026", "30/06/2026"]], [civil],
          strip=True),
        Q(d, "when", "Công chức Văn phòng - Thống kê xã Mỹ Thọ phải báo cáo UBND xã về CCHC khi nào?",
          ["ngày 10 của tháng cuối quý"], [report]),
        Q(d, "multi", "Xã Mỹ Thọ gửi báo cáo CCHC năm 2026 cho cơ quan nào, trước ngày nào?",
          ["Sở Nội vụ", ["05/12/2026", "5/12/2026"]], ["Báo cáo năm 2026 của UBND xã gửi Sở Nội vụ trước ngày 05/12/2026."]),
        Q(d, "target", "Xã Mỹ Thọ đặt chỉ tiêu bao nhiêu % hồ sơ TTHC nộp trực tuyến năm 2026?",
          ["65%"], ["Tối thiểu 65% hồ sơ thủ tục hành chính được nộp trực tuyến."]),
        Q(d, "target", "Tỷ lệ hài lòng của người dân xã Mỹ Thọ năm 2026 phải đạt bao nhiêu?",
          ["95%"], ["Tỷ lệ hài lòng của người dân đạt tối thiểu 95%."], strip=True),
        Q(d, "lookup", "Ai ký Kế hoạch CCHC năm 2026 của UBND xã Mỹ Thọ?",
          ["Nguyễn Văn Tâm"], ["TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Nguyễn Văn Tâm"]),
        Q(d, "list", "Liệt kê các việc Công chức Văn phòng - Thống kê xã Mỹ Thọ được giao trong kế hoạch CCHC 2026",
          ["kế hoạch tuyên truyền", ["giờ giấc làm việc", "văn hóa công vụ"], ["báo cáo UBND xã", "tổng hợp, báo cáo"]],
          ["Công chức Văn phòng - Thống kê chủ trì tham mưu UBND xã ban hành kế hoạch tuyên truyền cải cách hành chính",
           "Công chức Văn phòng - Thống kê theo dõi việc chấp hành giờ giấc làm việc, văn hóa công vụ của cán bộ, công chức xã.",
           report]),
        Q(d, "who", "Ở xã Mỹ Thọ ai phối hợp thành lập Tổ công nghệ số cộng đồng tại các ấp?",
          ["Đoàn Thanh niên xã"], ["Đoàn Thanh niên xã phối hợp thành lập Tổ công nghệ số cộng đồng tại các ấp."]),
        Q(d, "when", "Khi nào xã Mỹ Thọ tổ chức đối thoại giữa Chủ tịch UBND xã với người dân về TTHC?",
          ["Quý III/2026"],
          ["Tổ chức đối thoại giữa Chủ tịch UBND xã với người dân về giải quyết thủ tục hành chính ít nhất 01 lần trong năm, trong Quý III/2026."]),
        Q(d, "lookup", "How many members per hamlet should help citizens use online public services in My Tho commune?",
          [["02 thành viên", "2 thành viên", "hai thành viên"]],
          ["Mỗi ấp có ít nhất 02 thành viên hỗ trợ người dân sử dụng dịch vụ công trực tuyến."], en=True),
        Q(d, "multi", "Xã Mỹ Thọ số hóa hồ sơ đất đai xong khi nào, ai phụ trách?",
          ["Quý IV/2026", "Công chức Địa chính - Xây dựng"],
          ["Công chức Địa chính - Xây dựng phối hợp Chi nhánh Văn phòng Đăng ký đất đai số hóa hồ sơ đất đai của xã, hoàn thành trong Quý IV/2026."],
          strip=True),
        Q(d, "none", "Số điện thoại đường dây nóng của Bộ phận Một cửa xã Mỹ Thọ là gì?"),
        Q(d, "none", "Năm 2024 xã Mỹ Thọ đạt tỷ lệ hài lòng bao nhiêu phần trăm?", strip=True),
    ]


def _con_cuong() -> list[dict[str, Any]]:
    d = CON_CUONG.file
    land = ("Phòng Kinh tế chủ trì, phối hợp với Trung tâm Phục vụ hành chính công xã số hóa hồ sơ đăng ký đất đai lần đầu, "
            "hoàn thành trước ngày 30/9/2026.")
    market = "Phòng Kinh tế chủ trì kiểm tra việc niêm yết giá và thủ tục tại chợ trung tâm xã trong Tháng 8/2026."
    return [
        Q(d, "who", "Xã Con Cuông giao ai chủ trì tuyên truyền CCHC bằng tiếng Thái?",
          ["Phòng Văn hóa - Xã hội"],
          ["Phòng Văn hóa - Xã hội chủ trì tuyên truyền cải cách hành chính bằng tiếng Thái trên hệ thống loa truyền thanh các bản"], strip=True),
        Q(d, "when", "Thu phí, lệ phí không dùng tiền mặt ở xã Con Cuông phải hoàn thành khi nào?",
          ["Tháng 6/2026"],
          ["Trung tâm Phục vụ hành chính công xã chủ trì triển khai thu phí, lệ phí không dùng tiền mặt tại Bộ phận tiếp nhận, hoàn thành trong Tháng 6/2026."]),
        Q(d, "who", "Xã Con Cuông, ai chủ trì số hóa hồ sơ đăng ký đất đai lần đầu?", ["Phòng Kinh tế"], [land], strip=True),
        Q(d, "list", "Liệt kê các nhiệm vụ do Phòng Kinh tế xã Con Cuông chủ trì trong kế hoạch CCHC 2026",
          ["số hóa hồ sơ đăng ký đất đai", ["niêm yết giá", "chợ trung tâm"]], [land, market]),
        Q(d, "target", "Chỉ tiêu nộp hồ sơ trực tuyến của các thôn, bản vùng cao xã Con Cuông là bao nhiêu?",
          ["30%"],
          ["Tối thiểu 50% hồ sơ thủ tục hành chính được nộp trực tuyến; riêng các thôn, bản vùng cao đạt tối thiểu 30%."]),
        Q(d, "lookup", "Tổng kinh phí dự kiến cho kế hoạch CCHC 2026 của xã Con Cuông là bao nhiêu?",
          ["45 triệu đồng"], ["Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách xã năm 2026; tổng kinh phí dự kiến 45 triệu đồng."]),
        Q(d, "multi", "Xã Con Cuông báo cáo định kỳ CCHC gửi ai và trước ngày nào?",
          [["UBND tỉnh", "Ủy ban nhân dân tỉnh"], "Sở Nội vụ", "ngày 14 của tháng cuối quý"],
          ["tổng hợp báo cáo định kỳ gửi UBND tỉnh (qua Sở Nội vụ) trước ngày 14 của tháng cuối quý."]),
        Q(d, "when", "Các phòng chuyên môn xã Con Cuông nộp báo cáo năm trước ngày nào?",
          ["25/11/2026"],
          ["gửi báo cáo về Văn phòng HĐND và UBND xã trước ngày 10 của tháng cuối quý; báo cáo năm trước ngày 25/11/2026."],
          strip=True),
        Q(d, "lookup", "Ai ký kế hoạch CCHC năm 2026 của UBND xã Con Cuông?",
          ["Lô Thị Hương"], ["TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lô Thị Hương"]),
        Q(d, "lookup", "Kế hoạch CCHC năm 2026 của xã Con Cuông số mấy, ký ngày nào?",
          ["147/KH-UBND", ["29/12/2025", "29 tháng 12 năm 2025"]], ["Số: 147/KH-UBND Con Cuông, ngày 29 tháng 12 năm 2025"]),
        Q(d, "when", "Đợt cao điểm kích hoạt định danh điện tử mức độ 2 ở các bản vùng sâu xã Con Cuông diễn ra khi nào?",
          ["Quý II/2026"], ["Tổ chức các đợt cao điểm tại các bản vùng sâu, vùng xa trong Quý II/2026;"]),
        Q(d, "none", "Xã Con Cuông đã có bao nhiêu người dân kích hoạt VNeID mức độ 2?"),
        Q(d, "none", "Can you recommend a good pho restaurant near Con Cuong commune?", en=True),
    ]


def questions(fmt: dict[str, str]) -> list[dict[str, Any]]:
    """All QA items (ids are assigned per split by the generator), each tagged with its plan's format."""
    items = part_a() + part_b() + _my_tho() + _con_cuong()
    for q in items:
        q["format"] = fmt[q["doc"]]
    return items
