"""Fact extraction on the five real plans (clean and OCR) and on a DOCX-like task table."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from index.facts import Fact, extract_facts, facts_table, restore_unit_name
from index.metadata import extract_metadata
from index.normalize import fold
from index.structure import parse_outline
from index.types import LoadedDocument, Section, TableRow

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
PLANS = sorted(p.name for p in CORPUS.glob("*.txt"))


def _load(name: str) -> LoadedDocument:
    p = CORPUS / name
    return LoadedDocument(doc_id=p.stem, path=str(p), format="txt", text=p.read_text(encoding="utf-8"),
                          sha256=hashlib.sha256(p.read_bytes()).hexdigest())


_CACHE: dict[str, tuple[LoadedDocument, list[Fact]]] = {}


def _facts(prefix: str) -> tuple[LoadedDocument, list[Fact]]:
    name = next(n for n in PLANS if n.startswith(prefix))
    if name not in _CACHE:
        doc = _load(name)
        outline = parse_outline(doc)
        _CACHE[name] = (doc, extract_facts(doc, outline, extract_metadata(doc, outline)))
    return _CACHE[name]


def _kind(facts: list[Fact], kind: str) -> list[Fact]:
    return [f for f in facts if f.kind == kind]


def test_restore_unit_name_on_ocr_spellings() -> None:
    assert restore_unit_name("S& Noi vu") == "Sở Nội vụ"
    assert restore_unit_name("Vian phong UBND tinh") == "Văn phòng UBND tỉnh"
    assert restore_unit_name("qua phong Hanh chinh - Quan tri") == "Phòng Hành chính - Quản trị"
    assert restore_unit_name("Trung tam Phuc vu Hanh chinh cong") == "Trung tâm Phục vụ Hành chính công"
    assert restore_unit_name("Sở Nội vụ Lai Châu") == "Sở Nội vụ Lai Châu"
    assert restore_unit_name("UBND xã, Sở Nội vụ") == "UBND xã, Sở Nội vụ"
    assert restore_unit_name("Hợp tác xã nông nghiệp") is None


def test_ocr_plan_reporting_to_ubnd_via_so_noi_vu() -> None:
    doc, facts = _facts("001")
    rep = [f for f in _kind(facts, "reporting") if f.fields.get("via_norm") == "qua Sở Nội vụ"]
    assert len(rep) == 1
    f = rep[0]
    assert f.fields["reporter_norm"] == "Phòng Hành chính - Quản trị"
    assert f.fields["to_norm"] == "UBND tỉnh" and f.fields["to"] == "UBND tinh"
    assert f.fields["via"] == "qua S& Noi vu"
    assert f.fields["frequency"] == "Pinh ky" and f.fields["frequency_norm"] == "định kỳ"
    assert f.section.startswith("IV. TO CHUC THUC HIEN > 1. Phong Hanh chinh - Quan tri > ")
    assert f.quote.startswith("d) Pinh ky béo cdo két qua") and "(qua S& Noi vu)\ntheo quy dinh." in f.quote
    assert (f.line_start, f.line_end) == (295, 296)


def test_ocr_plan_quarterly_deadline_of_service_centre() -> None:
    doc, facts = _facts("001")
    rep = [f for f in _kind(facts, "reporting") if f.fields.get("deadline")]
    assert len(rep) == 1
    f = rep[0]
    assert f.fields["deadline"] == "Trudc ngay 14 thang cudi quy"
    assert f.fields["deadline_norm"] == "Trước ngày 14 tháng cuối quý"
    assert f.fields["reporter_norm"] == "Trung tâm Phục vụ Hành chính công"
    assert f.fields["to_norm"] == "Văn phòng UBND tỉnh"
    assert f.fields["via_norm"] == "qua Phòng Hành chính - Quản trị"
    assert f.section.endswith("2. Trung tam Phuc vu Hanh chinh cong > b)")
    dl = [d for d in _kind(facts, "deadline") if d.line_start == f.line_start]
    assert dl and dl[0].fields["unit_norm"] == "Trung tâm Phục vụ Hành chính công"
    assert dl[0].fields["task"].startswith("báo cáo")


def test_clean_plans_report_to_so_noi_vu() -> None:
    _, f002 = _facts("002")
    rep = [f for f in _kind(f002, "reporting") if f.fields.get("via_norm") == "qua Sở Nội vụ"]
    assert len(rep) == 1
    assert rep[0].fields["reporter"] == "Văn phòng" and rep[0].fields["to"] == "UBND tỉnh"
    assert rep[0].fields["frequency"] == "định kỳ (quý, 6 tháng, năm)"
    assert rep[0].quote.startswith("Thực hiện chế độ thông tin báo cáo định kỳ")
    _, f003 = _facts("003")
    rep = [f for f in _kind(f003, "reporting") if "Sở Nội vụ" in str(f.fields.get("to_norm", ""))]
    assert len(rep) == 1
    assert rep[0].fields["reporter_norm"] == "Phòng Văn hóa - Xã hội"
    assert rep[0].fields["to"] == "UBND xã, Sở Nội vụ" and rep[0].fields["frequency"] == "định kỳ"
    via = [f for f in _kind(f003, "reporting") if f.fields.get("via") == "qua Phòng Văn hóa - Xã hội"]
    assert via and via[0].fields["to"] == "UBND xã"
    assert via[0].fields["frequency"] == "định kỳ (quý I, 6 tháng, quý III, năm)"


def test_targets() -> None:
    _, f001 = _facts("001")
    online = [f for f in _kind(f001, "target") if f.fields["value"] == "80%"
              and fold(f.fields["indicator"]).endswith("hoan toan truc tuyen")]
    assert len(online) == 1 and online[0].fields["qualifier_norm"] == "tối thiểu"
    assert online[0].quote.startswith("t6i thiéu 80% hd so TTHC")
    _, f003 = _facts("003")
    sat = [f for f in _kind(f003, "target") if f.fields["value"] == "95%"]
    assert len(sat) == 1
    assert sat[0].fields["indicator"] == "Mức độ hài lòng của người dân, doanh nghiệp về giải quyết TTHC"
    assert sat[0].fields["qualifier"] == "đạt tối thiểu"
    # one fact per value: the same bullet goes on with a second indicator at 100%
    second = [f for f in _kind(f003, "target") if f.fields["indicator"].startswith("tỷ lệ hồ sơ TTHC do các cơ quan")]
    assert len(second) == 1 and second[0].fields["value"] == "100%" and second[0].fields["qualifier"] == "đạt"
    assert sat[0].line_start <= second[0].line_start <= sat[0].line_end + 4


def test_references() -> None:
    _, f000 = _facts("000")
    nq = [f for f in _kind(f000, "reference") if f.fields["number"] == "76/NQ-CP"]
    assert nq and all(f.fields["date_iso"] == "2021-07-15" and f.fields["doc_type"] == "Nghị quyết" for f in nq)
    assert any(f.fields.get("issuer") == "của Chính phủ" for f in nq)
    impl = [f for f in _kind(f000, "reference") if f.fields["number"] == "06/KH-UBND"]
    assert impl[0].fields["relation"] == "thực hiện" and impl[0].fields["issuer_norm"] == "của UBND tỉnh Lào Cai"
    _, f004 = _facts("004")
    nd = [f for f in _kind(f004, "reference") if f.fields["number"] == "118/2025/NĐ-CP"]
    assert nd and nd[0].fields["date_iso"] == "2025-06-09" and nd[0].fields["issuer"] == "của Chính phủ"
    assert nd[0].fields["subject"].startswith("thực hiện TTHC theo cơ chế một cửa")
    wrapped = [f for f in _kind(f004, "reference") if f.fields["number"] == "50-KL/TW"]
    assert wrapped and "50-\n" in wrapped[0].quote  # the number is split over two source lines
    _, f002 = _facts("002")
    assert any(f.fields["number"] == "08-NQ/TU" and f.fields["relation"] == "căn cứ" for f in f002)


def test_responsibilities_from_implementation_section() -> None:
    _, f004 = _facts("004")
    resp = _kind(f004, "responsibility")
    assert {f.fields["unit"] for f in resp} >= {"Văn phòng Sở", "Phòng Tổ chức - Pháp chế",
                                                 "Phòng Quản lý Thông tin, Báo chí, Xuất bản"}
    lead = [f for f in resp if f.fields["unit"] == "Phòng Tổ chức - Pháp chế"]
    assert all(f.fields["role"] == "chủ trì" for f in lead)
    _, f001 = _facts("001")
    portal = [f for f in _kind(f001, "responsibility") if f.fields.get("unit_norm") == "Cổng Thông tin điện tử tỉnh"]
    assert portal and portal[0].fields["role"] == "phối hợp"


@pytest.mark.parametrize("name", PLANS)
def test_every_quote_is_verbatim_on_its_lines(name: str) -> None:
    doc, facts = _facts(name[:3])
    assert facts
    lines = doc.text.splitlines()
    for f in facts:
        assert f.quote and f.quote in doc.text
        span = "\n".join(lines[f.line_start - 1: f.line_end])
        assert f.quote in span, (f.kind, f.line_start, f.quote)
        assert f.quote_clean and "\n" not in f.quote_clean
        assert f.kind in ("reporting", "responsibility", "target", "deadline", "reference")
        assert Fact.from_dict(f.to_dict()) == f
        assert f.context.startswith("Kế hoạch CCHC")


def test_table_rows_give_responsibility_and_deadline() -> None:
    rows = [
        {"Nhiệm vụ": "Số hóa hồ sơ lưu trữ tại Trung tâm Phục vụ hành chính công", "Cơ quan chủ trì": "Văn phòng Sở",
         "Cơ quan phối hợp": "Sở Khoa học và Công nghệ", "Thời gian hoàn thành": "Tháng 10/2025",
         "Sản phẩm": "Báo cáo kết quả"},
        {"Nhiệm vụ": "Khảo sát mức độ hài lòng của người dân", "Cơ quan chủ trì": "Thanh tra Sở",
         "Cơ quan phối hợp": "", "Thời gian hoàn thành": "Quý IV/2025", "Sản phẩm": "Báo cáo khảo sát"},
    ]
    head = ["KẾ HOẠCH", "Cải cách hành chính năm 2026", "PHỤ LỤC", "DANH MỤC NHIỆM VỤ"]
    rendered = ["; ".join(f"{k}: {v}" for k, v in r.items() if v) for r in rows]
    text = "\n".join(head + rendered) + "\n"
    table_rows = [TableRow(cells=r, line=len(head) + i + 1) for i, r in enumerate(rows)]
    doc = LoadedDocument(doc_id="docx-case", path="docx-case.docx", format="docx", text=text, table_rows=table_rows)
    outline = Section(kind="root", label="", title="docx-case", line_start=1, line_end=len(text.splitlines()),
                      children=[Section(kind="appendix", label="", title="PHỤ LỤC", line_start=3,
                                        line_end=len(text.splitlines()))])
    facts = extract_facts(doc, outline, extract_metadata(doc, outline))
    resp = _kind(facts, "responsibility")
    assert [(f.fields["unit"], f.fields["role"]) for f in resp] == [
        ("Văn phòng Sở", "chủ trì"), ("Sở Khoa học và Công nghệ", "phối hợp"), ("Thanh tra Sở", "chủ trì")]
    assert resp[0].fields["partners"] == "Sở Khoa học và Công nghệ"
    assert resp[0].fields["product"] == "Báo cáo kết quả" and resp[0].fields["deadline"] == "Tháng 10/2025"
    dls = _kind(facts, "deadline")
    assert [(f.fields["unit"], f.fields["deadline"]) for f in dls] == [
        ("Văn phòng Sở", "Tháng 10/2025"), ("Thanh tra Sở", "Quý IV/2025")]
    for f in facts:
        assert f.quote == rendered[f.line_start - len(head) - 1] and f.line_start == f.line_end
        assert f.section == "PHỤ LỤC"


def test_facts_table_rows() -> None:
    _, f001 = _facts("001")
    rows = facts_table(f001, kind="reporting")
    assert rows and all(r["kind"] == "reporting" for r in rows)
    assert set(rows[0]) == {"kind", "unit", "details", "deadline", "section", "lines"}
    quarterly = [r for r in rows if r["deadline"] == "Trước ngày 14 tháng cuối quý"]
    assert quarterly and quarterly[0]["unit"] == "Trung tâm Phục vụ Hành chính công"
    assert "Văn phòng UBND tỉnh" in quarterly[0]["details"] and quarterly[0]["lines"] == "305-307"
    assert len(facts_table(f001)) == len(f001)


def test_real_docx_with_appendix(tmp_path: Path) -> None:
    from index.loaders import load_document
    from tests.fixtures_gen import make_docx_with_appendix

    doc = load_document(make_docx_with_appendix(tmp_path / "plan.docx"))
    outline = parse_outline(doc)
    facts = extract_facts(doc, outline, extract_metadata(doc, outline))
    rep = _kind(facts, "reporting")
    assert len(rep) == 1 and rep[0].fields["reporter_norm"] == "Các phòng chuyên môn"
    assert rep[0].fields["to_norm"] == "Văn phòng Sở"
    assert rep[0].fields["deadline_norm"] == "Trước ngày 15 tháng cuối quý"
    table_deadlines = {f.fields["deadline"] for f in _kind(facts, "deadline") if f.section == "PHỤ LỤC"}
    assert table_deadlines >= {"Tháng 10/2025", "Quý III/2025", "Tháng 11/2025"}
    leads = [f for f in _kind(facts, "responsibility") if f.fields["role"] == "chủ trì"]
    assert [f.fields["unit"] for f in leads] == ["Văn phòng Sở", "Phòng Chính sách dân tộc", "Thanh tra Sở"]
    for f in facts:
        assert f.quote in "\n".join(doc.text.splitlines()[f.line_start - 1: f.line_end])
