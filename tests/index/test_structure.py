"""Outline parser on the five real plans: parts, numbered items, letters, footnotes, closing blocks."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from index.structure import iter_sections, outline_summary, parse_outline
from index.types import LoadedDocument, Section, TableRow

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def load_plan(prefix: str) -> LoadedDocument:
    p = next(CORPUS.glob(f"{prefix}_*.txt"))
    return LoadedDocument(doc_id=f"plan{prefix}", path=str(p), format="txt",
                          text=p.read_text(encoding="utf-8"), sha256=hashlib.sha256(p.read_bytes()).hexdigest())


def _doc(text: str, rows: list[TableRow] | None = None) -> LoadedDocument:
    return LoadedDocument(doc_id="t", path="t.txt", format="txt", text=text, table_rows=rows or [])


# Parts as written in each plan (read by hand), with the numbered items of each part in order.
EXPECTED: dict[str, list[tuple[str, str, list[str]]]] = {
    "000": [
        ("I.", "MỤC ĐÍCH, YÊU CẦU", ["1.", "2."]),
        ("II.", "MỤC TIÊU, NHIỆM VỤ CỤ THỂ", ["1.", "2.", "2.1.", "2.2.", "2.3.", "2.4.", "2.5.", "2.6."]),
        ("IV.", "TỔ CHỨC THỰC HIỆN", ["1.", "2.", "3."]),
    ],
    "001": [
        ("I.", "MUC PiCH, YEU CAU", ["1.", "2."]),
        ("II.", "MUC TIEU, NHIEM VU CU THE", ["1.", "2.", "2.1.", "2.2.", "2.3.", "2.4.", "2.5.", "2.6."]),
        ("III.", "KINH PHi THU'C HIEN", []),
        ("IV.", "TO CHUC THUC HIEN", ["1.", "2.", "3.", "4."]),
    ],
    "002": [
        ("I.", "MỤC ĐÍCH, YÊU CẦU", ["1.", "2."]),
        ("II.", "MỘT SỐ CHỈ TIÊU CHỦ YẾU TRONG NĂM 2026", []),
        ("III.", "NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM NĂM 2026", ["1.", "2.", "3.", "4.", "5.", "6.", "7.", "8."]),
        ("III.", "TỔ CHỨC THỰC HIỆN", ["1.", "2."]),  # the plan numbers this part III a second time
    ],
    "003": [
        ("I.", "MỤC ĐÍCH, YÊU CẦU", ["1.", "2."]),
        ("II.", "MỘT SỐ CHỈ TIÊU CHỦ YẾU TRONG 6 THÁNG NĂM 2025", ["1.", "2.", "3.", "4.", "5.", "6.", "7."]),
        ("III.", "NHIỆM VỤ VÀ GIẢI PHÁP", ["1.", "2.", "3.", "4.", "5.", "6.", "7.", "8.", "9."]),
        ("IV.", "TỔ CHỨC THỰC HIỆN", ["1.", "2.", "3."]),
    ],
    "004": [
        ("I.", "MỤC ĐÍCH, YÊU CẦU", ["1.", "2."]),
        ("II.", "MỤC TIÊU, NHIỆM VỤ CỤ THỂ",
         ["1.", "1.1.", "1.2.", "2.", "2.1.", "2.2.", "3.", "3.1.", "3.2.", "4.", "4.1.", "4.2.",
          "5.", "5.1.", "5.2.", "6.", "6.1.", "6.2.", "7.", "7.1.", "7.2."]),
        ("III.", "NHIỆM VỤ CỤ THỂ (có phụ lục chi tiết kèm theo)", []),
        ("IV.", "KINH PHÍ THỰC HIỆN", []),
        ("V.", "TỔ CHỨC THỰC HIỆN", ["1.", "2.", "3.", "4."]),
    ],
}


def _items(sec: Section) -> list[str]:
    return [s.label for s in iter_sections(sec) if s.kind == "item"]


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_parts_and_items_match_the_documents(prefix: str) -> None:
    root = parse_outline(load_plan(prefix))
    parts = [s for s in root.children if s.kind == "part"]
    assert [(p.label, p.title) for p in parts] == [(lab, title) for lab, title, _ in EXPECTED[prefix]]
    for part, (_, _, items) in zip(parts, EXPECTED[prefix], strict=True):
        assert _items(part) == items, part.heading


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_ranges_are_nested_and_ordered(prefix: str) -> None:
    doc = load_plan(prefix)
    root = parse_outline(doc)
    n = len(doc.text.splitlines())

    def check(sec: Section) -> None:
        assert 1 <= sec.line_start <= sec.line_end <= n
        starts = [c.line_start for c in sec.children]
        assert starts == sorted(starts)
        for c in sec.children:
            assert sec.line_start <= c.line_start and c.line_end <= sec.line_end
            check(c)

    for top in root.children:
        check(top)
    kinds = [s.kind for s in root.children]
    assert kinds[-2:] == ["recipients", "signature"]
    assert "closing" in kinds


def test_items_nest_and_letters_follow_ocr_damage() -> None:
    root = parse_outline(load_plan("001"))
    part4 = [s for s in root.children if s.kind == "part"][3]
    item1 = part4.children[0]
    assert item1.heading == "1. Phong Hanh chinh - Quan tri"
    assert [c.label for c in item1.children] == ["a)", "b)", "c)", "d)", "đ)"]  # "¢)" and second "d)"
    item2 = part4.children[1]
    assert item2.title == "Trung tam Phuc vu Hanh chinh cong"
    assert [c.label for c in item2.children] == ["a)", "b)"]
    assert part4.children[2].title == "Cong Thong tin dién tir tinh"  # up to the colon
    part2 = [s for s in root.children if s.kind == "part"][1]
    two = part2.children[1]
    assert two.label == "2." and [c.label for c in two.children] == [f"2.{i}." for i in range(1, 7)]


def test_footnotes_are_separate_sections() -> None:
    notes = [s for s in iter_sections(parse_outline(load_plan("001"))) if s.kind == "footnote"]
    assert [(n.label, n.line_start) for n in notes] == [("1", 165), ("2", 166)]
    notes4 = [s for s in iter_sections(parse_outline(load_plan("004"))) if s.kind == "footnote"]
    assert [(n.label, n.line_start, n.line_end) for n in notes4] == [("1", 543, 545), ("2", 546, 548),
                                                                      ("3", 549, 549)]


def test_wrapped_numbers_are_not_items() -> None:
    sections = iter_sections(parse_outline(load_plan("003")))
    starts = {s.line_start for s in sections}
    # "2030; Công văn …", "2025, đảm bảo …", "15/9/2022 của …" continue sentences.
    assert not {20, 87, 178} & starts
    letters4 = [s.label for s in iter_sections(parse_outline(load_plan("004")))
                if s.kind == "letter" and 643 <= s.line_start <= 675]
    assert letters4 == ["a)", "b)", "c)", "d)", "g)"]


def test_ocr_part_heading_is_part_three() -> None:
    text = "I. MUC PiCH\n1. Muc dich\nII. MUC TIEU\n1. Muc tiéu\nII1I. KINH PHi THU'C HIEN: Ngéan sach\n" \
           "IV. TO CHUC THUC HIEN\n"
    parts = [s for s in parse_outline(_doc(text)).children if s.kind == "part"]
    assert [(p.label, p.title) for p in parts] == [
        ("I.", "MUC PiCH"), ("II.", "MUC TIEU"), ("III.", "KINH PHi THU'C HIEN"), ("IV.", "TO CHUC THUC HIEN")]


def test_part_without_dot_and_markdown_bold() -> None:
    text = "**KẾ HOẠCH**\nI. MỤC ĐÍCH\n1. Mục đích\nIII  NHIỆM VỤ VÀ GIẢI PHÁP\n1. Một việc\n" \
           "Nơi nhận:\n- Sở Nội vụ;\n**KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC**\nNguyễn Văn A\n"
    root = parse_outline(_doc(text))
    parts = [s for s in root.children if s.kind == "part"]
    assert [p.label for p in parts] == ["I.", "III."]
    sig = root.children[-1]
    assert sig.kind == "signature" and sig.title == "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC" and sig.line_end == 10


def test_signature_and_recipients_of_003() -> None:
    root = parse_outline(load_plan("003"))
    rec, sig = root.children[-2], root.children[-1]
    assert rec.line_start == 479 and len(rec.children) == 8
    assert sig.title == "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH" and sig.line_end == 512
    header = root.children[0]
    assert header.kind == "header"
    assert header.title == "Cải cách hành chính nhà nước 6 tháng cuối năm 2025 trên địa bàn xã Phong Thổ"


def test_table_rows_go_under_the_appendix() -> None:
    text = "I. MỤC ĐÍCH\n1. Mục đích\nPhụ lục\nNhiệm vụ | Cơ quan chủ trì\nRà soát TTHC | Văn phòng\n"
    rows = [TableRow(cells={"Nhiệm vụ": "Rà soát TTHC", "Cơ quan chủ trì": "Văn phòng"}, line=5)]
    root = parse_outline(_doc(text, rows))
    appendix = root.children[-1]
    assert appendix.kind == "appendix"
    assert [(c.kind, c.title, c.line_start) for c in appendix.children] == [("table_row", "Rà soát TTHC", 5)]


def test_outline_summary_lines() -> None:
    lines = outline_summary(parse_outline(load_plan("002")))
    assert "I. MỤC ĐÍCH, YÊU CẦU (dòng 13–29)" in lines
    assert "  1. Mục đích (dòng 15–19)" in lines
    assert lines[-1].startswith("KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC (dòng 128–")
