"""Legacy Vietnamese encodings (TCVN3/ABC, VNI): detection, conversion, rejection, loaders."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import docx
import pytest

from index.loaders import load_document
from index.loaders.legacy import (
    TCVN3,
    VNI,
    LegacyEncodingError,
    convert_tcvn3,
    convert_vni,
    detect,
    looks_legacy,
)

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
CORPUS = Path(__file__).resolve().parents[2] / "corpus"

UNICODE = (
    "Kế hoạch cải cách hành chính năm 2026 của Sở Nội vụ tỉnh Lai Châu. Đẩy mạnh cải cách thủ tục hành chính, "
    "nâng cao chất lượng phục vụ người dân và doanh nghiệp; các phòng báo cáo kết quả trước ngày 15 tháng cuối quý."
)


def _encode(text: str, table: dict[str, str]) -> str:
    """Encode Unicode text with a legacy table (inverse mapping, longest output first)."""
    inverse: dict[str, str] = {}
    for legacy, uni in table.items():
        if len(uni) == 1 and unicodedata.combining(uni) == 0:
            inverse.setdefault(uni, legacy)
    return "".join(inverse.get(c, c) for c in unicodedata.normalize("NFC", text))


def _tcvn3(text: str) -> str:
    # TCVN3 has no upper-case toned vowels: .VnTimeH fonts draw lower-case codes in capitals
    out = []
    for c in text:
        low = c.lower()
        out.append(c if c.isascii() or c in TCVN3.values() else low)
    return _encode("".join(out), TCVN3)


def test_known_samples() -> None:
    assert convert_tcvn3("KÕ ho¹ch c¶i c¸ch hµnh chÝnh") == "Kế hoạch cải cách hành chính"
    assert convert_vni("Keá hoaïch caûi caùch haønh chính") == "Kế hoạch cải cách hành chính"
    assert convert_vni("SÔÛ NOÄI VUÏ") == "SỞ NỘI VỤ"
    assert convert_tcvn3("§Èy m¹nh") == "Đẩy mạnh"


def test_round_trip_of_every_letter() -> None:
    letters = "aàáảãạăằắẳẵặâầấẩẫậđeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ"
    for word in letters:
        assert convert_tcvn3(_encode(word, TCVN3)) == word
        assert convert_vni(_encode(word, VNI)) == word
        assert convert_vni(_encode(word.upper(), VNI)) == word.upper()


def test_detect_tcvn3_and_vni() -> None:
    tcvn3 = _tcvn3(UNICODE)
    vni = _encode(UNICODE, VNI)
    assert detect(tcvn3) == "tcvn3" and convert_tcvn3(tcvn3) == UNICODE
    assert detect(vni) == "vni" and convert_vni(vni) == UNICODE


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")) + sorted(CORPUS.glob("*.txt")), ids=lambda p: p.name[:8])
def test_never_fires_on_unicode_or_ocr_text(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert not looks_legacy(text)
    assert detect(text) is None


def test_ambiguous_legacy_is_rejected() -> None:
    broken = "ÆÇË ×Þß äåæ çëî ïñö ÷øû üþ ¡¢£ ¤¥¦ §¨© ª«¬ " * 5
    with pytest.raises(LegacyEncodingError, match="bảng mã tiếng Việt cũ"):
        detect(broken)


def test_text_file_is_converted(tmp_path: Path) -> None:
    f = tmp_path / "tcvn3.txt"
    f.write_text("KÕ ho¹ch\n" + _tcvn3(UNICODE) + "\n", encoding="utf-8")
    doc = load_document(f)
    assert doc.text.splitlines()[0] == "Kế hoạch"
    assert doc.text.splitlines()[1] == UNICODE


def test_unconvertible_text_file_is_reported(tmp_path: Path) -> None:
    f = tmp_path / "hong.txt"
    f.write_text("ÆÇË ×Þß äåæ çëî ïñö ÷øû üþ ¡¢£ ¤¥¦ §¨© ª«¬ " * 5, encoding="utf-8")
    with pytest.raises(LegacyEncodingError, match=r"^hong\.txt: văn bản dùng bảng mã"):
        load_document(f)


def test_docx_table_cells_are_converted(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph(_tcvn3("Kế hoạch cải cách hành chính năm 2026 của Sở Nội vụ"))
    d.add_paragraph(_tcvn3(UNICODE))
    t = d.add_table(rows=2, cols=3)
    for j, head in enumerate(["Nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"]):
        t.cell(0, j).text = _tcvn3(head)
    for j, value in enumerate(["Rà soát thủ tục hành chính", "Sở Tư pháp", "Quý III/2026"]):
        t.cell(1, j).text = _tcvn3(value)
    d.save(str(tmp_path / "vntime.docx"))
    doc = load_document(tmp_path / "vntime.docx")
    assert doc.text.splitlines()[:2] == ["Kế hoạch cải cách hành chính năm 2026 của Sở Nội vụ", UNICODE]
    (row,) = doc.table_rows
    assert row.cells == {"Nhiệm vụ": "Rà soát thủ tục hành chính", "Cơ quan chủ trì": "Sở Tư pháp",
                         "Thời gian hoàn thành": "Quý III/2026"}
    assert doc.text.splitlines()[row.line - 1].startswith("Nhiệm vụ: Rà soát thủ tục hành chính; Cơ quan")


def test_tcvn3_capitals_are_restored() -> None:
    # TCVN3 has no capital toned vowels: headings typed in capitals use the lower-case codes
    assert convert_tcvn3("UBND TØNH THANH HãA") == "UBND TỈNH THANH HÓA"
    assert convert_tcvn3("KÕ HO¹CH") == "KẾ HOẠCH"
    assert convert_tcvn3("III. NHIÖM Vô Vµ GI¶I PH¸P") == "III. NHIỆM VỤ VÀ GIẢI PHÁP"
    assert convert_tcvn3("Sè: 58/KH-SGD§T") == "Số: 58/KH-SGDĐT"
    assert convert_tcvn3("cña Së GD&§T") == "của Sở GD&ĐT"
