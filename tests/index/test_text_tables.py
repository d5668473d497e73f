"""Task tables in TXT exports: tab-separated or space-aligned rows become TableRows like Word tables."""

from __future__ import annotations

from pathlib import Path

from index.loaders import load_document
from index.loaders.text import text_table_rows

TABBED = (
    "PHỤ LỤC NHIỆM VỤ\r\n"
    "STT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\r\n"
    "I. CẢI CÁCH THỦ TỤC HÀNH CHÍNH\r\n"
    "1\tRà soát thủ tục hành chính\tVăn phòng Sở\tSở Tư pháp; Sở Nội vụ\tQuý II/2026\r\n"
    "\tnội bộ\t\t\t\r\n"
    "II. CHUYỂN ĐỔI SỐ\r\n"
    "2\tSố hóa hồ sơ\tPhòng Kế hoạch\t\tTháng 9/2026\r\n"
    "\r\n"
    "Nơi nhận:\r\n"
)

ALIGNED = """Bảng phân công
STT  Nhiệm vụ                      Cơ quan chủ trì     Thời gian hoàn thành
A. CẢI CÁCH THỂ CHẾ
1    Rà soát văn bản               Sở Tư pháp          Quý III/2026
2    Kiểm tra công vụ              Sở Nội vụ           Thường xuyên
Các nội dung khác thực hiện theo quy định.
"""


def test_tab_separated_rows_groups_and_continuations() -> None:
    rows = text_table_rows(TABBED)
    assert [(r.line, r.group) for r in rows] == [(4, "I. CẢI CÁCH THỦ TỤC HÀNH CHÍNH"), (7, "II. CHUYỂN ĐỔI SỐ")]
    first = rows[0].cells
    assert first["Nhiệm vụ"] == "Rà soát thủ tục hành chính nội bộ"  # continuation line joined
    assert first["Cơ quan chủ trì"] == "Văn phòng Sở" and first["Thời gian hoàn thành"] == "Quý II/2026"
    assert TABBED.splitlines()[rows[1].line - 1].startswith("2\tSố hóa hồ sơ")


def test_space_aligned_rows() -> None:
    rows = text_table_rows(ALIGNED)
    assert [(r.line, r.cells["Cơ quan chủ trì"], r.cells["Thời gian hoàn thành"]) for r in rows] == [
        (4, "Sở Tư pháp", "Quý III/2026"), (5, "Sở Nội vụ", "Thường xuyên")]
    assert rows[0].group == "A. CẢI CÁCH THỂ CHẾ"


def test_prose_text_has_no_rows() -> None:
    assert text_table_rows("I. MỤC ĐÍCH\nSở Nội vụ chủ trì, phối hợp với Sở Tư pháp.\n") == []


def test_load_document_keeps_text_verbatim(tmp_path: Path) -> None:
    p = tmp_path / "kh.txt"
    p.write_bytes(TABBED.encode("utf-8"))
    doc = load_document(p)
    assert doc.text == TABBED
    assert [r.line for r in doc.table_rows] == [4, 7]


MARKDOWN = """# KẾ HOẠCH
## Cải cách hành chính năm 2026

## I. MỤC ĐÍCH, YÊU CẦU
Phục vụ người dân tốt hơn.

## II. NHIỆM VỤ

| Nhiệm vụ | Hạn hoàn thành | **Chủ trì** | Phối hợp |
| --- | :---: | --- | --- |
| **I. CẢI CÁCH THỦ TỤC HÀNH CHÍNH** | | | |
| Niêm yết thủ tục hành chính \\| mã QR | Tháng 2/2026 | Văn phòng HĐND và UBND phường | Công an phường |
| Số hóa hồ sơ hộ tịch | Quý III/2026 | Công chức Tư pháp - Hộ tịch | |

## III. KINH PHÍ
"""


def test_markdown_pipe_table_rows_and_headings(tmp_path: Path) -> None:
    """A Markdown pipe table (rule row skipped, emphasis and "\\|" read, a group row) and "##" headings as parts."""
    from index.metadata import extract_metadata
    from index.structure import parse_outline
    from index.tasks import extract_tasks

    rows = text_table_rows(MARKDOWN)
    assert [(r.cells["Nhiệm vụ"], r.cells["Chủ trì"], r.line, r.group) for r in rows] == [
        ("Niêm yết thủ tục hành chính | mã QR", "Văn phòng HĐND và UBND phường", 12, "I. CẢI CÁCH THỦ TỤC HÀNH CHÍNH"),
        ("Số hóa hồ sơ hộ tịch", "Công chức Tư pháp - Hộ tịch", 13, "I. CẢI CÁCH THỦ TỤC HÀNH CHÍNH")]
    path = tmp_path / "plan.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    doc = load_document(path)
    outline = parse_outline(doc)
    assert [s.title for s in outline.children if s.kind == "part"] == ["MỤC ĐÍCH, YÊU CẦU", "NHIỆM VỤ",
                                                                                "KINH PHÍ"]
    tasks = extract_tasks(doc, outline, extract_metadata(doc, outline))
    assert [(t["lead"], t["deadline"], t["due"]) for t in tasks] == [
        ("Văn phòng HĐND và UBND phường", "Tháng 2/2026", "2026-02-28"),
        ("Công chức Tư pháp - Hộ tịch", "Quý III/2026", "2026-09-30")]
