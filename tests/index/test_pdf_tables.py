"""Text-layer PDF task tables (pdfplumber): rows over a page break, repeated header, group rows, prose order."""

from __future__ import annotations

import time
from pathlib import Path

from index.loaders import load_document
from tests.fixtures_gen import FONT_PATH, make_text_pdf

HEADER = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]
GROUP_1 = "I. CẢI CÁCH THỂ CHẾ"
GROUP_2 = "II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH"
TASKS = [
    ("1", "Rà soát, đánh giá văn bản quy phạm pháp luật thuộc lĩnh vực quản lý", "Sở Tư pháp",
     "Các sở, ban, ngành", "Quý II/2026"),
    ("2", "Kiểm tra việc thi hành pháp luật về xử lý vi phạm hành chính", "Sở Tư pháp", "UBND các xã",
     "Tháng 9/2026"),
    ("3", "Theo dõi tình hình thi hành pháp luật năm 2026", "Sở Nội vụ", "", "Thường xuyên"),
    ("4", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công",
     "Văn phòng UBND tỉnh", "Sở Khoa học và Công nghệ", "Trước ngày 30/6/2026"),
    ("5", "Thí điểm tiếp nhận hồ sơ không phụ thuộc địa giới hành chính", "Trung tâm Phục vụ hành chính công",
     "Các sở, ngành", "Tháng 11/2026"),
]
SPLIT_TASK = ("6", "Công khai đầy đủ thủ tục hành chính trên Cổng Dịch vụ công quốc gia và",
              "Sở Khoa học và Công nghệ", "", "Quý IV/2026")
SPLIT_REST = "cập nhật cơ sở dữ liệu quốc gia"


def _make_pdf(path: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONT_PATH)))
    body = ParagraphStyle("b", fontName="DejaVuSans", fontSize=9, leading=11)
    cell = ParagraphStyle("c", fontName="DejaVuSans", fontSize=8, leading=10)
    widths = [30, 190, 100, 100, 80]

    def table(rows: list[list[str]], spans: list[int]) -> Table:
        t = Table([[Paragraph(c, cell) for c in r] for r in rows], colWidths=widths)
        style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
        style += [("SPAN", (0, i), (-1, i)) for i in spans]
        t.setStyle(TableStyle(style))
        return t

    page1 = [HEADER, [GROUP_1, "", "", "", ""], *[list(r) for r in TASKS[:3]], [GROUP_2, "", "", "", ""],
             *[list(r) for r in TASKS[3:]], list(SPLIT_TASK)]
    page2 = [HEADER, ["", SPLIT_REST, "", "", ""],
             ["7", "Khảo sát mức độ hài lòng của người dân", "Sở Nội vụ", "Các xã", "Tháng 10/2026"]]
    story = [
        Paragraph("KẾ HOẠCH Cải cách hành chính năm 2026", body),
        Paragraph("I. MỤC ĐÍCH, YÊU CẦU", body),
        Paragraph("Các sở báo cáo kết quả về Sở Nội vụ trước ngày 15 tháng cuối quý.", body),
        Spacer(1, 6),
        Paragraph("PHỤ LỤC: DANH MỤC NHIỆM VỤ", body),
        table(page1, [1, 5]),
        PageBreak(),
        table(page2, []),
        Paragraph("Nơi nhận: Sở Nội vụ; Lưu: VT.", body),
    ]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def test_table_rows_across_pages(tmp_path: Path) -> None:
    doc = load_document(_make_pdf(tmp_path / "bang.pdf"))
    lines = doc.text.splitlines()
    keys = HEADER
    expected = [dict(zip(keys, r, strict=True)) for r in TASKS]
    expected.append(dict(zip(keys, SPLIT_TASK, strict=True)))
    expected[-1]["Nhiệm vụ"] += " " + SPLIT_REST
    expected.append(dict(zip(keys, ["7", "Khảo sát mức độ hài lòng của người dân", "Sở Nội vụ", "Các xã",
                                    "Tháng 10/2026"], strict=True)))
    assert [r.cells for r in doc.table_rows] == expected
    assert [r.group for r in doc.table_rows] == [GROUP_1] * 3 + [GROUP_2] * 4
    assert [r.page for r in doc.table_rows] == [1] * 6 + [2]
    assert len({r.table_index for r in doc.table_rows}) == 1
    for row in doc.table_rows:
        assert lines[row.line - 1].startswith(f"STT: {row.cells['STT']}; Nhiệm vụ: {row.cells['Nhiệm vụ']}")
        assert doc.page_of_line(row.line) == row.page
    # group rows are lines of their own, the header appears nowhere (repeated or not), prose keeps its order
    assert GROUP_1 in lines and GROUP_2 in lines
    assert lines.index(GROUP_1) < doc.table_rows[0].line - 1 < lines.index(GROUP_2)
    assert not any(line.startswith("STT Nhiệm vụ") for line in lines)
    assert lines.index("PHỤ LỤC: DANH MỤC NHIỆM VỤ") < lines.index(GROUP_1)
    assert lines[-1] == "Nơi nhận: Sở Nội vụ; Lưu: VT."
    assert "Sở Nội vụ; Thời gian hoàn thành: Thường xuyên" in lines[doc.table_rows[2].line - 1]


def test_table_free_pdf_keeps_pdfium_text(tmp_path: Path) -> None:
    pdf = make_text_pdf(tmp_path / "van-ban.pdf", "I. MỤC ĐÍCH\nSở Nội vụ chủ trì triển khai kế hoạch.\n" * 30)
    start = time.perf_counter()
    doc = load_document(pdf)
    assert time.perf_counter() - start < 2
    assert doc.table_rows == []
    assert doc.text.splitlines()[:2] == ["I. MỤC ĐÍCH", "Sở Nội vụ chủ trì triển khai kế hoạch."]
