"""Borderless task tables in text-layer PDFs: columns from word positions, rows from row numbers."""

from __future__ import annotations

from pathlib import Path

from index.loaders import load_document
from index.metadata import extract_metadata
from index.structure import parse_outline
from index.tasks import extract_tasks
from tests.fixtures_gen import FONT_PATH

HEADER = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Kinh phí"]
ROWS = [
    ["I. CẢI CÁCH THỂ CHẾ", "", "", "", "", ""],
    ["1", "Rà soát văn bản quy phạm pháp luật của tỉnh sau sắp xếp đơn vị hành chính", "Sở Tư pháp", "", "", ""],
    ["1.1", "Rà soát nghị quyết của HĐND tỉnh về phí, lệ phí", "", "Sở Tài chính", "Tháng 3 - tháng 6/2026", "60"],
    ["1.2", "Rà soát quyết định về phân cấp quản lý chợ biên giới", "", "Sở Công Thương",
     "Từ 01/4 đến 30/6/2026", "45"],
    ["2", "Xây dựng quy định quản lý hoạt động du lịch tại khu du lịch thác Bản Giốc",
     "Sở Văn hóa, Thể thao và Du lịch", "UBND xã Đàm Thủy", "Quý II - Quý III/2026", "120"],
    ["II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "", "", "", "", ""],
    ["II.1. Kiểm soát thủ tục hành chính", "", "", "", "", ""],  # a sub-group, in mixed case
    *[[str(n), f"Đơn giản hóa thủ tục hành chính lĩnh vực số {n} theo hướng cắt giảm giấy tờ",
       "Sở Nông nghiệp và Môi trường", "UBND các xã, phường", "Định kỳ hằng quý", "80"] for n in range(3, 16)],
]


def _make_pdf(path: Path) -> Path:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONT_PATH)))
    body = ParagraphStyle("b", fontName="DejaVuSans", fontSize=10, leading=13)
    cell = ParagraphStyle("c", fontName="DejaVuSans", fontSize=9, leading=11)
    groups = [i + 1 for i, r in enumerate(ROWS) if r[0].startswith(("I.", "II"))]
    data = [[Paragraph(c, cell) for c in HEADER]] + [
        [Paragraph(r[0], cell), "", "", "", "", ""] if i + 1 in groups else [Paragraph(c, cell) for c in r]
        for i, r in enumerate(ROWS)]
    table = Table(data, colWidths=[36, 250, 130, 130, 110, 60], repeatRows=1)  # no GRID: no ruling line at all
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), *[("SPAN", (0, g), (-1, g)) for g in groups]]))
    story = [Paragraph("KẾ HOẠCH Cải cách hành chính nhà nước tỉnh Cao Bằng năm 2026", body),
             Paragraph("PHỤ LỤC NHIỆM VỤ", body), table,
             Paragraph("Nơi nhận: Bộ Nội vụ; các sở, ban, ngành tỉnh; lưu VT, NC và các đơn vị có liên quan khác.", body)]
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build(story)
    return path


def test_borderless_table_rows_over_two_pages_with_inherited_leads(tmp_path: Path) -> None:
    import pdfplumber

    pdf = _make_pdf(tmp_path / "khong-ke.pdf")
    with pdfplumber.open(pdf) as doc:
        assert len(doc.pages) >= 2 and not any(p.lines or p.rects for p in doc.pages)  # really borderless
    loaded = load_document(pdf)
    cells = [r.cells for r in loaded.table_rows]
    data = [r for r in ROWS if not r[0].startswith(("I.", "II"))]
    assert [list(c.values()) for c in cells] == data  # every row, wrapped cells joined, over the page break
    assert {r.group for r in loaded.table_rows} == {"I. CẢI CÁCH THỂ CHẾ", "II.1. Kiểm soát thủ tục hành chính"}
    assert len({r.page for r in loaded.table_rows}) >= 2 and len({r.table_index for r in loaded.table_rows}) == 1
    assert loaded.text.splitlines()[-1].startswith("Nơi nhận: Bộ Nội vụ")  # prose after the table stays prose
    outline = parse_outline(loaded)
    tasks = extract_tasks(loaded, outline, extract_metadata(loaded, outline))
    subs = [t for t in tasks if t["task"].startswith(("Rà soát nghị quyết", "Rà soát quyết định"))]
    assert [t["lead"] for t in subs] == ["Sở Tư pháp", "Sở Tư pháp"]  # written once, on the parent row
    assert {t["parent"] for t in subs} == {ROWS[1][1]}
    assert tasks[3]["lead"] == "Sở Văn hóa, Thể thao và Du lịch" and "parent" not in tasks[3]


def test_justified_prose_naming_header_words_is_no_table(tmp_path: Path) -> None:
    """A justified paragraph stretches its spaces; naming "nhiệm vụ, cơ quan chủ trì …" does not make it a table."""
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONT_PATH)))
    style = ParagraphStyle("j", fontName="DejaVuSans", fontSize=11, leading=15, alignment=TA_JUSTIFY)
    text = ("Nhiệm vụ, cơ quan chủ trì, cơ quan phối hợp, thời gian thực hiện, sản phẩm và kinh phí của từng "
            "nhiệm vụ được giao cụ thể tại Phụ lục kèm theo; các cơ quan, đơn vị chủ động phối hợp thực hiện. ") * 4
    pdf = tmp_path / "van-xuoi.pdf"
    # a narrow column: few words a line, so justification stretches the spaces wider than a cell gap
    SimpleDocTemplate(str(pdf), pagesize=A4, leftMargin=200, rightMargin=200).build([Paragraph(text, style)])
    loaded = load_document(pdf)
    assert loaded.table_rows == []
    assert loaded.text.startswith("Nhiệm vụ, cơ quan chủ trì, cơ")


def test_cell_gaps_tell_a_header_from_stretched_words() -> None:
    from index.loaders.pdf_borderless import Line, Segment, _cell_gaps

    def line(words: list[tuple[str, float, float]]) -> Line:
        segs: list[Segment] = []
        for text, x0, x1 in words:
            if segs and x0 - segs[-1].x1 <= 6.0:
                segs[-1].x1, segs[-1].text = x1, f"{segs[-1].text} {text}"
            else:
                segs.append(Segment(x0, x1, text))
        return Line(0.0, segs, words)

    header = line([("STT", 50, 65), ("Nội", 155, 170), ("dung", 173, 195), ("Chủ", 346, 360), ("trì", 363, 375),
                   ("Thời", 596, 615), ("hạn", 618, 635)])
    stretched = line([(w, 50 + 40 * i, 75 + 40 * i) for i, w in enumerate("Nhiệm vụ cơ quan chủ trì phối".split())])
    assert _cell_gaps(header) and not _cell_gaps(stretched)
