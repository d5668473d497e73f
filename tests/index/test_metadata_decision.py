"""Metadata of a plan issued by a decision (QĐ + KH) from a ministry."""

from __future__ import annotations

from pathlib import Path

from index.metadata import extract_metadata
from index.metadata_decision import find_decision, org_case
from index.structure import parse_outline
from index.types import LoadedDocument

DATA = Path(__file__).parent / "data"


def _doc(text: str, name: str = "qd.txt") -> LoadedDocument:
    return LoadedDocument(doc_id="qd", path=name, format="txt", text=text)


def test_ministry_decision_plan() -> None:
    doc = _doc((DATA / "qd_ke_hoach_bo_tu_phap.txt").read_text(encoding="utf-8"), "Quyet-dinh-123.txt")
    meta = extract_metadata(doc, parse_outline(doc))
    assert meta.doc_type == "quyet_dinh"
    assert meta.decision_number == "123/QĐ-BTP"
    assert meta.decision_date == "2026-01-15"
    assert meta.number is None  # the plan has no number of its own
    assert meta.date == "2026-01-15"
    assert meta.issuer == "Bộ Tư pháp"
    assert meta.province is None  # "Hà Nội" is where it was signed, not a province of the issuer
    assert meta.level == "bộ"
    assert meta.title == "Cải cách hành chính năm 2026 của Bộ Tư pháp"
    assert (meta.period, meta.year) == ("năm 2026", 2026)
    assert (meta.signer, meta.signer_title) == ("Nguyễn Văn An", "THỨ TRƯỞNG")


PROVINCE_QD = """ỦY BAN NHÂN DÂN
TỈNH LÀO CAI
Số: 45/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Lào Cai, ngày 10 tháng 01 năm 2026

QUYẾT ĐỊNH
Về việc ban hành Kế hoạch cải cách hành chính năm 2026
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÀO CAI
Căn cứ Luật Tổ chức chính quyền địa phương;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm 2026 của tỉnh Lào Cai.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các sở chịu trách nhiệm thi hành./.
Nơi nhận:
- Như Điều 3;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Trần Thị Bình

ỦY BAN NHÂN DÂN
TỈNH LÀO CAI
Số: 12/KH-UBND

KẾ HOẠCH
Cải cách hành chính năm 2026
(Ban hành kèm theo Quyết định số 45/QĐ-UBND ngày 10/01/2026 của Chủ tịch UBND tỉnh Lào Cai)

I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiệu quả.
II. NHIỆM VỤ
1. Sở Nội vụ chủ trì theo dõi; hoàn thành trong tháng 6/2026.
"""


def test_province_decision_plan_keeps_its_own_number() -> None:
    doc = _doc(PROVINCE_QD)
    meta = extract_metadata(doc, parse_outline(doc))
    assert meta.doc_type == "quyet_dinh"
    assert meta.decision_number == "45/QĐ-UBND"
    assert meta.number == "12/KH-UBND"
    assert meta.issuer == "Ủy ban nhân dân tỉnh Lào Cai"  # the plan's letterhead "ỦY BAN NHÂN DÂN / TỈNH LÀO CAI"
    assert meta.province == "Lào Cai"
    assert meta.level == "tỉnh"
    assert meta.title == "Cải cách hành chính năm 2026"
    assert (meta.signer, meta.signer_title) == ("Trần Thị Bình", "PHÓ CHỦ TỊCH")


def test_plain_plan_is_no_decision() -> None:
    text = "UBND TỈNH LAI CHÂU\nSỞ NỘI VỤ\nSố: 5/KH-SNV\nKẾ HOẠCH\nCải cách hành chính năm 2026\nI. MỤC ĐÍCH\n"
    assert find_decision(text) is None
    meta = extract_metadata(_doc(text), parse_outline(_doc(text)))
    assert meta.doc_type == "ke_hoach" and meta.decision_number is None


def test_org_case() -> None:
    assert org_case("BỘ TƯ PHÁP") == "Bộ Tư pháp"
    assert org_case("BỘ KẾ HOẠCH VÀ ĐẦU TƯ") == "Bộ Kế hoạch và Đầu tư"
    assert org_case("UBND TỈNH LÀO CAI") == "UBND tỉnh Lào Cai"
    assert org_case("SỞ NỘI VỤ") == "Sở Nội vụ"


MINISTRY_QD_SPLIT_HEADER = """BỘ TƯ PHÁP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 3127/QĐ-BTP
Hà Nội, ngày 26 tháng 12 năm 2025
QUYẾT ĐỊNH
Ban hành Kế hoạch cải cách hành chính năm 2026 của Bộ Tư pháp
BỘ TRƯỞNG BỘ TƯ PHÁP
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm 2026 của Bộ Tư pháp.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.
Điều 3. Chánh Văn phòng Bộ chịu trách nhiệm thi hành Quyết định này.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Đặng Hoàng Oanh

BỘ TƯ PHÁP
KẾ HOẠCH
Cải cách hành chính năm 2026 của Bộ Tư pháp
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
"""


def test_decision_number_from_a_header_split_over_lines() -> None:
    doc = _doc(MINISTRY_QD_SPLIT_HEADER)
    meta = extract_metadata(doc, parse_outline(doc))
    assert meta.doc_type == "quyet_dinh"
    assert (meta.decision_number, meta.decision_date) == ("3127/QĐ-BTP", "2025-12-26")
    assert meta.number is None



def test_the_province_the_issuer_names_wins_over_one_counted_in_the_text() -> None:
    """A city's decision whose plan mentions a merged province ("tỉnh Hải Dương") several times is Hải Phòng's."""
    from index.loaders import load_document

    path = Path(__file__).resolve().parents[2] / "eval" / "varied6" / "plans" / "hai-phong_ubnd-thanh-pho_qd-kh-cchc-2026.pdf"
    doc = load_document(path)
    assert doc.text.count("Hải Dương") >= 2
    meta = extract_metadata(doc, parse_outline(doc))
    assert meta.decision_number == "215/QĐ-UBND" and meta.province == "Hải Phòng", (meta.issuer, meta.province)
