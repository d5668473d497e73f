"""Decision-issued plans: the decision's Điều 1–3 are sections, and the attached plan after the signature
block forms its own outline instead of being swallowed by the signature."""

from __future__ import annotations

from index.structure import iter_sections, outline_summary, parse_outline
from index.types import LoadedDocument

TEXT = """ỦY BAN NHÂN DÂN
TỈNH HÒA BÌNH
Số: 45/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hòa Bình, ngày 10 tháng 01 năm 2026

QUYẾT ĐỊNH
Ban hành Kế hoạch cải cách hành chính năm 2026
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH

Căn cứ Luật Tổ chức chính quyền địa phương;
Theo đề nghị của Giám đốc Sở Nội vụ.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm 2026.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các sở chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Trần Văn Bình

ỦY BAN NHÂN DÂN
TỈNH HÒA BÌNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

KẾ HOẠCH
Cải cách hành chính năm 2026
(Kèm theo Quyết định số 45/QĐ-UBND ngày 10/01/2026 của UBND tỉnh)

I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Nâng cao chất lượng phục vụ người dân.
II. NHIỆM VỤ
1. Cải cách thủ tục hành chính
a) Sở Tư pháp chủ trì rà soát thủ tục hành chính; hoàn thành trước ngày 30/6/2026.
III. KINH PHÍ
Kinh phí từ ngân sách tỉnh.
IV. TỔ CHỨC THỰC HIỆN
Sở Nội vụ theo dõi, đôn đốc thực hiện Kế hoạch.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Bình

PHỤ LỤC
DANH MỤC NHIỆM VỤ
(Kèm theo Kế hoạch)
1. Rà soát thủ tục hành chính
"""


def _outline():
    doc = LoadedDocument(doc_id="qd", path="qd.txt", format="txt", text=TEXT)
    return parse_outline(doc)


def _line(text: str) -> int:
    return TEXT.splitlines().index(text) + 1


def test_decision_articles_are_sections() -> None:
    top = _outline().children
    kinds = [s.kind for s in top]
    assert kinds[:2] == ["header", "preamble"]
    articles = [s for s in top if s.kind == "article"]
    assert [s.label for s in articles] == ["Điều 1.", "Điều 2.", "Điều 3."]
    assert articles[1].title.startswith("Quyết định này có hiệu lực")
    assert top[0].label == "QUYẾT ĐỊNH"
    assert top[0].title == "Ban hành Kế hoạch cải cách hành chính năm 2026"


def test_attached_plan_starts_a_new_part_after_the_signature() -> None:
    top = _outline().children
    sigs = [s for s in top if s.kind == "signature"]
    assert len(sigs) == 2
    assert sigs[0].line_end == _line("Trần Văn Bình")  # the plan's letterhead is not in the signature
    headers = [s for s in top if s.kind == "header"]
    assert len(headers) == 2
    plan = headers[1]
    assert plan.label == "KẾ HOẠCH" and plan.title == "Cải cách hành chính năm 2026"
    parts = [s for s in top if s.kind == "part"]
    assert [s.heading for s in parts] == ["I. MỤC ĐÍCH, YÊU CẦU", "II. NHIỆM VỤ", "III. KINH PHÍ",
                                          "IV. TỔ CHỨC THỰC HIỆN"]
    assert all(p.line_start > plan.line_end for p in parts)
    letters = [s for s in iter_sections(parts[1]) if s.kind == "letter"]
    assert letters and letters[0].line_start == _line(
        "a) Sở Tư pháp chủ trì rà soát thủ tục hành chính; hoàn thành trước ngày 30/6/2026.")
    appendix = [s for s in top if s.kind == "appendix"]
    assert len(appendix) == 1 and appendix[0].title == "PHỤ LỤC"
    assert outline_summary(_outline())  # cchc show renders it


def test_plan_letterhead_taken_back_from_the_signature() -> None:
    top = _outline().children
    plan = [s for s in top if s.kind == "header"][1]
    assert plan.line_start == _line("KẾ HOẠCH") - 5  # "ỦY BAN NHÂN DÂN" … "Độc lập - Tự do - Hạnh phúc"
