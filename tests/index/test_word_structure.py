"""Word structure on real DOCX files: automatic numbering (numbering.xml), merged cells, group rows."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from index.loaders import load_document
from index.loaders.word_numbering import format_number, letters, roman

W = nsdecls("w")


def _abstract(abstract_id: int, levels: list[tuple[str, str, int]]) -> str:
    lvls = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/><w:suff w:val="space"/></w:lvl>'
        for i, (fmt, text, start) in enumerate(levels)
    )
    return f'<w:abstractNum {W} w:abstractNumId="{abstract_id}">{lvls}</w:abstractNum>'


def _add_numbering(d: docx.document.Document) -> None:
    """Abstract 90: I. / 1. / a) / 1.1. style outline; 91: bullets; num 901 → 90, 902 → 91, 903 restarts 90."""
    root = d.part.numbering_part.element
    first_num = root.find(qn("w:num"))
    outline = _abstract(90, [("upperRoman", "%1.", 1), ("decimal", "%2.", 1), ("lowerLetter", "%3)", 1),
                             ("decimal", "%2.%4.", 1)])
    bullets = _abstract(91, [("bullet", "-", 1), ("bullet", "\uf0b7", 1)])
    for xml in (outline, bullets):
        el = parse_xml(xml)
        if first_num is not None:
            first_num.addprevious(el)
        else:
            root.append(el)
    root.append(parse_xml(f'<w:num {W} w:numId="901"><w:abstractNumId w:val="90"/></w:num>'))
    root.append(parse_xml(f'<w:num {W} w:numId="902"><w:abstractNumId w:val="91"/></w:num>'))
    root.append(parse_xml(
        f'<w:num {W} w:numId="903"><w:abstractNumId w:val="90"/>'
        f'<w:lvlOverride w:ilvl="1"><w:startOverride w:val="5"/></w:lvlOverride></w:num>'
    ))


def _numbered(d: docx.document.Document, text: str, num_id: int, ilvl: int) -> None:
    p = d.add_paragraph(text)
    p._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {W}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>')
    )


def _style_numbered(d: docx.document.Document) -> str:
    """A paragraph style "CapMuc" that numbers through numId 901 at level 0 (numbering via the style)."""
    style = d.styles.add_style("CapMuc", docx.enum.style.WD_STYLE_TYPE.PARAGRAPH)
    style.element.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {W}><w:ilvl w:val="0"/><w:numId w:val="901"/></w:numPr>')
    )
    return "CapMuc"


def test_format_numbers() -> None:
    assert [roman(n).upper() for n in (1, 4, 9, 14, 40)] == ["I", "IV", "IX", "XIV", "XL"]
    assert [letters(n) for n in (1, 5, 26, 27)] == ["a", "e", "z", "aa"]
    assert format_number(3, "upperRoman") == "III" and format_number(7, "decimalZero") == "07"


def test_auto_numbered_headings_are_rendered(tmp_path: Path) -> None:
    d = docx.Document()
    _add_numbering(d)
    style = _style_numbered(d)
    d.add_paragraph("KẾ HOẠCH Cải cách hành chính năm 2026")
    d.add_paragraph("MỤC ĐÍCH, YÊU CẦU", style=style)  # I. through the paragraph style
    _numbered(d, "Mục đích", 901, 1)
    _numbered(d, "Nâng cao chất lượng phục vụ", 901, 2)
    _numbered(d, "Đẩy mạnh chuyển đổi số", 901, 2)
    _numbered(d, "Các phòng báo cáo định kỳ", 902, 0)
    _numbered(d, "Yêu cầu", 901, 1)
    _numbered(d, "Chi tiết yêu cầu", 901, 3)
    _numbered(d, "Bám sát kế hoạch", 901, 2)  # a) again: restarted under "2."
    _numbered(d, "NHIỆM VỤ TRỌNG TÂM", 901, 0)
    _numbered(d, "Cải cách thể chế", 901, 1)  # restarts at 1 under II.
    _numbered(d, "Nhiệm vụ khác", 903, 1)  # another list instance starting at 5
    d.add_paragraph("Nơi nhận: Sở Nội vụ.")
    d.save(str(tmp_path / "numbered.docx"))

    lines = load_document(tmp_path / "numbered.docx").text.splitlines()
    assert lines == [
        "KẾ HOẠCH Cải cách hành chính năm 2026",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Mục đích",
        "a) Nâng cao chất lượng phục vụ",
        "b) Đẩy mạnh chuyển đổi số",
        "- Các phòng báo cáo định kỳ",
        "2. Yêu cầu",
        "2.1. Chi tiết yêu cầu",
        "a) Bám sát kế hoạch",
        "II. NHIỆM VỤ TRỌNG TÂM",
        "1. Cải cách thể chế",
        "5. Nhiệm vụ khác",
        "Nơi nhận: Sở Nội vụ.",
    ]


def _vmerge(cell_a, cell_b, text: str) -> None:  # type: ignore[no-untyped-def]
    merged = cell_a.merge(cell_b)
    merged.text = text


def test_two_row_header_vmerge_and_groups(tmp_path: Path) -> None:
    d = docx.Document()
    _add_numbering(d)
    d.add_paragraph("PHỤ LỤC")
    t = d.add_table(rows=7, cols=6)
    # two header rows: STT / Nhiệm vụ / Chủ trì / Phối hợp merged down, "Thời gian thực hiện" across two columns
    for j, head in enumerate(["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp"]):
        _vmerge(t.cell(0, j), t.cell(1, j), head)
    _vmerge(t.cell(0, 4), t.cell(0, 5), "Thời gian thực hiện")
    t.cell(1, 4).text = "Bắt đầu"
    t.cell(1, 5).text = "Hoàn thành"
    _vmerge(t.cell(2, 0), t.cell(2, 5), "II. CẢI CÁCH THỂ CHẾ")  # group row across the width
    rows = [
        ("1", "Rà soát văn bản quy phạm pháp luật", "Tháng 1/2026", "Tháng 6/2026"),
        ("2", "Kiểm tra việc thi hành pháp luật", "Tháng 3/2026", "Quý III/2026"),
        ("3", "Theo dõi thi hành pháp luật", "Tháng 1/2026", "Thường xuyên"),
    ]
    for i, (stt, task, start, end) in enumerate(rows, start=3):
        t.cell(i, 0).text = stt
        t.cell(i, 1).text = task
        t.cell(i, 4).text = start
        t.cell(i, 5).text = end
    _vmerge(t.cell(3, 2), t.cell(5, 2), "Sở Tư pháp")  # one lead merged down over three rows
    _vmerge(t.cell(3, 3), t.cell(4, 3), "Các sở, ngành")
    t.cell(5, 3).text = "UBND các xã"
    _vmerge(t.cell(6, 0), t.cell(6, 1), "III. CẢI CÁCH TTHC")  # label and title merged; rest empty
    d.save(str(tmp_path / "merged.docx"))

    doc = load_document(tmp_path / "merged.docx")
    lines = doc.text.splitlines()
    assert lines[1] == "II. CẢI CÁCH THỂ CHẾ" and lines[-1] == "III. CẢI CÁCH TTHC"
    assert len(doc.table_rows) == 3
    keys = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp",
            "Thời gian thực hiện - Bắt đầu", "Thời gian thực hiện - Hoàn thành"]
    partners = ["Các sở, ngành", "Các sở, ngành", "UBND các xã"]
    for row, (stt, task, start, end), partner in zip(doc.table_rows, rows, partners, strict=True):
        assert list(row.cells) == keys
        assert row.cells == dict(zip(keys, [stt, task, "Sở Tư pháp", partner, start, end], strict=True))
        assert row.group == "II. CẢI CÁCH THỂ CHẾ"
        assert row.page is None
        assert lines[row.line - 1].startswith(f"STT: {stt}; Nhiệm vụ: {task}; Cơ quan chủ trì: Sở Tư pháp")
    assert "Thời gian thực hiện - Hoàn thành: Quý III/2026" in lines[doc.table_rows[1].line - 1]


def test_auto_numbered_stt_column(tmp_path: Path) -> None:
    d = docx.Document()
    _add_numbering(d)
    t = d.add_table(rows=3, cols=3)
    for j, head in enumerate(["STT", "Nội dung", "Đơn vị chủ trì"]):
        t.cell(0, j).text = head
    for i, (task, lead) in enumerate([("Số hóa hồ sơ", "Văn phòng"), ("Khảo sát hài lòng", "Thanh tra")], 1):
        p = t.cell(i, 0).paragraphs[0]
        p._p.get_or_add_pPr().append(
            parse_xml(f'<w:numPr {W}><w:ilvl w:val="1"/><w:numId w:val="901"/></w:numPr>')
        )
        t.cell(i, 1).text = task
        t.cell(i, 2).text = lead
    d.save(str(tmp_path / "stt.docx"))
    rows = load_document(tmp_path / "stt.docx").table_rows
    assert [r.cells for r in rows] == [
        {"STT": "1.", "Nội dung": "Số hóa hồ sơ", "Đơn vị chủ trì": "Văn phòng"},
        {"STT": "2.", "Nội dung": "Khảo sát hài lòng", "Đơn vị chủ trì": "Thanh tra"},
    ]


def _paragraphs(cell, texts: list[str]) -> None:  # type: ignore[no-untyped-def]
    cell.text = texts[0]
    for text in texts[1:]:
        cell.add_paragraph(text)


def test_units_one_per_paragraph_stay_separate(tmp_path: Path) -> None:
    """Units written one per paragraph in a unit cell are joined with "; ", other cells with spaces."""
    from index.metadata import extract_metadata
    from index.structure import parse_outline
    from index.tasks import extract_tasks

    d = docx.Document()
    d.add_paragraph("KẾ HOẠCH")
    d.add_paragraph("Cải cách hành chính năm 2026")
    t = d.add_table(rows=3, cols=5)
    for j, head in enumerate(["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan", "Thời gian"]):
        t.cell(0, j).text = head
    t.cell(0, 3).add_paragraph("phối hợp")  # a header written over two paragraphs stays one key
    for j, text in enumerate(["1", "Rà soát thủ tục hành chính", "Phòng Đăng ký kinh doanh"]):
        t.cell(1, j).text = text
    t.cell(1, 1).add_paragraph("lĩnh vực đầu tư")  # a task over two paragraphs reads as one sentence
    _paragraphs(t.cell(1, 3), ["Sở Tư pháp", "Thuế tỉnh Tuyên Quang", "UBND", "các xã, phường"])
    t.cell(1, 4).text = "Quý II/2026"
    for j, text in enumerate(["2", "Kiện toàn bộ máy", "Văn phòng Sở", "Hiệp hội Doanh nghiệp tỉnh", "Năm 2026"]):
        t.cell(2, j).text = text
    d.save(str(tmp_path / "units.docx"))

    doc = load_document(tmp_path / "units.docx")
    first = doc.table_rows[0].cells
    assert first["Cơ quan phối hợp"] == "Sở Tư pháp; Thuế tỉnh Tuyên Quang; UBND các xã, phường"
    assert first["Nhiệm vụ"] == "Rà soát thủ tục hành chính lĩnh vực đầu tư"
    outline = parse_outline(doc)
    tasks = [x for x in extract_tasks(doc, outline, extract_metadata(doc, outline)) if x["source"] == "table"]
    assert [x["partners"] for x in tasks] == [
        ["Sở Tư pháp", "Thuế tỉnh Tuyên Quang", "UBND các xã, phường"], ["Hiệp hội Doanh nghiệp tỉnh"]]
