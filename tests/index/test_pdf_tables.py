"""Text-layer PDF task tables (pdfplumber): rows over a page break, repeated header, group rows, prose order."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from index.loaders import load_document
from index.loaders.pdf_tables import _minor
from index.loaders.table_model import TableBuilder
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


# --- a table continued on the next page without a repeated header, a row cut by the page break ---

CONT_HEADER = ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn hoàn thành"]
CONT_GROUP_A = "A. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH"
CONT_GROUP_B = "B. CẢI CÁCH THỂ CHẾ"
CONT_ROWS = [[str(i), f"Kiểm tra công tác cải cách hành chính tại đơn vị số {i}", "Sở Nội vụ", "Sở Tư pháp",
              f"Tháng {i}/2026"] for i in range(1, 12)]
CUT_TASK = " ".join(["Số hóa, cấp bản điện tử kết quả giải quyết thủ tục hành chính lĩnh vực hộ tịch"] * 8)
CUT_PARTNERS = ("Sở Văn hóa, Thể thao và Du lịch, Sở Nội vụ, Sở Tài chính, Sở Xây dựng, Công an tỉnh, "
                "Kho bạc Nhà nước khu vực, Thanh tra tỉnh, Báo và Phát thanh, Truyền hình tỉnh, UBND các xã, phường")
CUT_ROW = ["12", CUT_TASK, "Văn phòng UBND tỉnh", CUT_PARTNERS, "Quý III/2026"]
LAST_ROW = ["13", "Rà soát văn bản quy phạm pháp luật của tỉnh", "Sở Tư pháp", "Các sở, ngành", "Quý IV/2026"]


def _styles() -> tuple[Any, Any]:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONT_PATH)))
    return (ParagraphStyle("b2", fontName="DejaVuSans", fontSize=9, leading=11),
            ParagraphStyle("c2", fontName="DejaVuSans", fontSize=8, leading=10))


def _grid_table(rows: list[list[str]], spans: list[int], cell: Any, split: bool = False) -> Any:
    """A ruled reportlab table (no repeated header); ``split``: rows may break across pages."""
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table, TableStyle

    t = Table([[Paragraph(c, cell) for c in r] for r in rows], colWidths=[30, 140, 70, 80, 50],
              repeatRows=0, splitInRow=1 if split else 0)
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    t.setStyle(TableStyle(style + [("SPAN", (0, i), (-1, i)) for i in spans]))
    return t


def _make_continued_pdf(path: Path) -> Path:
    """A5 plan: the task table runs onto page 2 without its header, row 12 is cut by the page break,
    every page has a "Trang N" footer."""
    from reportlab.lib.pagesizes import A5
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    body, cell = _styles()
    rows = [CONT_HEADER, [CONT_GROUP_A, "", "", "", ""], *CONT_ROWS, CUT_ROW, [CONT_GROUP_B, "", "", "", ""], LAST_ROW]

    def footer(canvas: Any, doc: Any) -> None:
        canvas.setFont("DejaVuSans", 8)
        canvas.drawCentredString(A5[0] / 2, 20, f"Trang {doc.page}")

    story = [Paragraph("PHỤ LỤC PHÂN CÔNG NHIỆM VỤ", body), _grid_table(rows, [1, 14], cell, split=True)]
    SimpleDocTemplate(str(path), pagesize=A5).build(story, onFirstPage=footer, onLaterPages=footer)
    return path


def test_table_continues_without_header_and_joins_cut_row(tmp_path: Path) -> None:
    import pdfplumber

    pdf = _make_continued_pdf(tmp_path / "noi-tiep.pdf")
    with pdfplumber.open(pdf) as plumber:  # the fixture really cuts row 12 and does not repeat the header
        pages = [p.extract_text() for p in plumber.pages]
    assert len(pages) == 2 and "Nội dung công việc" not in pages[1]
    assert "Trang 1" in pages[0] and CUT_TASK.split()[-1] in pages[1] and "Phát thanh" in pages[1] and "Phát thanh" not in pages[0]

    doc = load_document(pdf)
    expected = [dict(zip(CONT_HEADER, r, strict=True)) for r in [*CONT_ROWS, CUT_ROW, LAST_ROW]]
    assert [r.cells for r in doc.table_rows] == expected
    assert [r.group for r in doc.table_rows] == [CONT_GROUP_A] * 12 + [CONT_GROUP_B]
    assert [r.page for r in doc.table_rows] == [1] * 12 + [2]
    assert len({r.table_index for r in doc.table_rows}) == 1
    lines = doc.text.splitlines()
    assert CONT_GROUP_B in lines and "Trang 2" in lines
    assert not any(CUT_TASK.split()[-1] == line.split(" ")[0] for line in lines)  # no loose fragment line


def test_next_page_table_with_its_own_header_is_a_new_table(tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import A5
    from reportlab.platypus import PageBreak, SimpleDocTemplate

    _, cell = _styles()
    other = ["STT", "Loại báo cáo", "Đơn vị báo cáo", "Nơi nhận báo cáo", "Thời hạn gửi"]
    report = ["1", "Báo cáo quý", "Các sở, ngành", "Sở Nội vụ", "Trước ngày 15 tháng cuối quý"]
    story = [_grid_table([CONT_HEADER, CONT_ROWS[0]], [], cell), PageBreak(), _grid_table([other, report], [], cell)]
    path = tmp_path / "hai-bang.pdf"
    SimpleDocTemplate(str(path), pagesize=A5).build(story)
    doc = load_document(path)
    assert [r.cells for r in doc.table_rows] == [dict(zip(CONT_HEADER, CONT_ROWS[0], strict=True)),
                                                 dict(zip(other, report, strict=True))]
    assert [r.table_index for r in doc.table_rows] == [0, 1]


def test_continued_row_without_number_column_joins_on_empty_lead() -> None:
    header: list[str | None] = ["Nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"]
    builder = TableBuilder(0, 3)
    assert builder.start([header])
    cut = builder.add([header, ["Công bố thủ tục hành chính", "Sở Tư pháp", "Quý"]], page=1)
    rest = builder.add([["mới ban hành", "", "II/2026"], ["Số hóa hồ sơ", "Sở Nội vụ", "Năm 2026"]], 2, continued=True)
    assert cut[0].row is not None and cut[0].row.cells == {
        "Nhiệm vụ": "Công bố thủ tục hành chính mới ban hành", "Cơ quan chủ trì": "Sở Tư pháp",
        "Thời gian hoàn thành": "Quý II/2026"}
    assert cut[0].text.startswith("Nhiệm vụ: Công bố thủ tục hành chính mới ban hành;")
    assert [e.row.cells if e.row else e.text for e in rest] == [
        {"Nhiệm vụ": "Số hóa hồ sơ", "Cơ quan chủ trì": "Sở Nội vụ", "Thời gian hoàn thành": "Năm 2026"}]
    new = builder.add([["Lập kế hoạch", "", "Quý I/2026"]], 3)  # not a continuation: a row of its own
    assert len(new) == 1 and new[0].row is not None and new[0].row.cells["Nhiệm vụ"] == "Lập kế hoạch"


def test_page_number_lines_do_not_break_a_table() -> None:
    assert all(_minor(t) for t in ("3", "- 3 -", "Trang 3", "trang 12", "3/5", "Page 4"))
    assert not any(_minor(t) for t in ("Trang thông tin điện tử", "Nơi nhận:", "3. Sở Nội vụ"))
