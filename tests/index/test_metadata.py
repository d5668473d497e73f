"""Plan metadata extracted from the five real plans, and sidecar overrides."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from index.metadata import extract_metadata, load_sidecar
from index.structure import parse_outline
from index.types import LoadedDocument, PlanMetadata

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def load_plan(prefix: str, path: Path | None = None) -> LoadedDocument:
    p = path or next(CORPUS.glob(f"{prefix}_*.txt"))
    return LoadedDocument(doc_id=f"plan{prefix}", path=str(p), format="txt",
                          text=p.read_text(encoding="utf-8"), sha256=hashlib.sha256(p.read_bytes()).hexdigest())


def meta_of(prefix: str) -> PlanMetadata:
    doc = load_plan(prefix)
    return extract_metadata(doc, parse_outline(doc))


def test_plan_001_ocr() -> None:
    m = meta_of("001")
    assert (m.number, m.date) == ("1/KH-VPUBND", "2025-07-25")
    assert m.issuer == "Văn phòng UBND tỉnh Lào Cai"
    assert (m.province, m.level, m.period, m.year) == ("Lào Cai", "tỉnh", "6 tháng cuối năm 2025", 2025)
    assert m.implements_number == "06/KH-UBND"
    assert m.signer_title == "CHÁNH VĂN PHÒNG" and m.signer == "Lê Tri Ha"  # OCR "Lé": the surname restored
    assert m.recipients[0] == "Sở Nội vụ"


def test_plan_003() -> None:
    m = meta_of("003")
    assert (m.number, m.date) == ("23/KH-UBND", "2025-07-28")
    assert (m.issuer, m.province, m.level) == ("Ủy ban nhân dân xã Phong Thổ", "Lai Châu", "xã")  # the letterhead, spelled out
    assert m.implements is None and m.implements_number is None  # only "Căn cứ …", no "Thực hiện …"
    assert m.title == "Cải cách hành chính nhà nước 6 tháng cuối năm 2025 trên địa bàn xã Phong Thổ"
    assert (m.signer, m.signer_title) == ("Trịnh Khắc Tấn", "PHÓ CHỦ TỊCH")
    assert "Sở Nội vụ Lai Châu" in m.recipients and not any(r.startswith("Lưu") for r in m.recipients)


def test_plan_004_and_000_implement_provincial_plans() -> None:
    m4 = meta_of("004")
    assert m4.implements_number == "2216/KH-UBND"
    assert (m4.issuer, m4.province, m4.level) == ("Sở Văn hóa, Thể thao và Du lịch", "Cao Bằng", "sở")
    assert (m4.period, m4.number, m4.date) == ("năm 2025", None, None)
    m0 = meta_of("000")
    assert m0.implements_number == "06/KH-UBND"
    assert m0.implements == "Kế hoạch số 06/KH-UBND ngày 14/7/2025 của Ủy ban nhân dân tỉnh Lào Cai"
    assert (m0.issuer, m0.province) == ("Sở Dân tộc và Tôn giáo tỉnh Lào Cai", "Lào Cai")


def test_plan_002_blank_number_and_date() -> None:
    m = meta_of("002")
    assert m.number is None and m.date is None
    assert (m.issuer, m.province, m.period, m.year) == ("Sở Dân tộc và Tôn giáo", "Lai Châu", "năm 2026", 2026)
    assert m.implements_number is None
    assert (m.signer, m.signer_title) == ("Nguyễn Đức Thuận", "PHÓ GIÁM ĐỐC")
    assert m.source == Path(load_plan("002").path).name and m.format == "txt" and m.sha256


def test_unknown_fields_are_none() -> None:
    doc = LoadedDocument(doc_id="x", path="", format="txt", text="Một văn bản không có cấu trúc.\n")
    m = extract_metadata(doc, parse_outline(doc))
    assert (m.title, m.number, m.date, m.issuer, m.province, m.level, m.period, m.year) == (None,) * 8
    assert (m.implements, m.signer, m.signer_title, m.recipients) == (None, None, None, [])


@pytest.mark.parametrize("name", ["{name}.meta.json", "{stem}.meta.json"])
def test_sidecar_overrides(tmp_path: Path, name: str) -> None:
    src = next(CORPUS.glob("002_*.txt"))
    dst = tmp_path / src.name
    shutil.copy(src, dst)
    side = tmp_path / name.format(name=dst.name, stem=dst.stem)
    side.write_text(json.dumps({"number": "45/KH-SDTTG", "date": "2025-12-20", "unknown": 1}), encoding="utf-8")
    assert load_sidecar(str(side))["number"] == "45/KH-SDTTG"
    doc = load_plan("002", dst)
    m = extract_metadata(doc, parse_outline(doc))
    assert (m.number, m.date, m.issuer) == ("45/KH-SDTTG", "2025-12-20", "Sở Dân tộc và Tôn giáo")


def test_sidecar_must_be_an_object(tmp_path: Path) -> None:
    p = tmp_path / "a.meta.json"
    p.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(ValueError):
        load_sidecar(str(p))


def test_signer_names_with_a_one_letter_middle_word() -> None:
    """"Vàng A Sáng", "Giàng A Dính" (Hmông names) are names; an upper-case title or a bare "A Sáng" is not."""
    from index.names import is_name as _is_name

    assert _is_name("Vàng A Sáng") and _is_name("Giàng A Dính") and _is_name("Nông Văn Thắng")
    assert not _is_name("BẢNG PHÂN CÔNG") and not _is_name("A Sáng") and not _is_name("Lê A")
