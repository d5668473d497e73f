"""OCR-tolerant folding: repairs the confusions of plan 001 and leaves clean text as fold() does."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.normalize import fold
from index.ocrtext import looks_ocr_damaged, ocr_fold, ocr_words

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def text_of(prefix: str) -> str:
    return next(CORPUS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


@pytest.mark.parametrize(("prefix", "damaged"), [("000", False), ("001", True), ("002", False),
                                                   ("003", False), ("004", False)])
def test_looks_ocr_damaged(prefix: str, damaged: bool) -> None:
    assert looks_ocr_damaged(text_of(prefix)) is damaged


def test_short_or_foreign_text_is_not_flagged() -> None:
    assert not looks_ocr_damaged("Sở Nội vụ")
    assert not looks_ocr_damaged("The quick brown fox jumps over the lazy dog. " * 20)


@pytest.mark.parametrize("prefix", ["000", "002", "003", "004"])
def test_clean_plans_fold_identically(prefix: str) -> None:
    for line in text_of(prefix).splitlines():
        assert ocr_fold(line) == fold(line), line


@pytest.mark.parametrize(("ocr", "clean"), [
    ("S& Noi vu", "Sở Nội vụ"),
    ("Ké hoach sé6 06/KH-UBND", "Kế hoạch số 06/KH-UBND"),
    ("S6: 1 /KH-VPUBND", "Số: 1 /KH-VPUBND"),
    ("Pay manh cai cach", "Đẩy mạnh cải cách"),
    ("Pinh ky béo cdo", "Định kỳ báo cáo"),
    ("II1I. KINH PHi", "III. KINH PHÍ"),
    ("ctia Vin phong", "của Văn phòng"),
    ("ciia UBND tinh", "của UBND tỉnh"),
    ("6 thang cudi nim 2025", "6 tháng cuối năm 2025"),
    ("Trung tim Phuc vu hanh chinh cong", "Trung tâm Phục vụ hành chính công"),
    ("t6 chirc bd may", "tổ chức bộ máy"),
    ("cong ngh¢ thong tin", "công nghệ thông tin"),
    ("quan 1y", "quản lý"),
    ("doanh nghi¢p", "doanh nghiệp"),
    ("thue hién", "thực hiện"),
])
def test_ocr_confusions_are_repaired(ocr: str, clean: str) -> None:
    assert ocr_fold(ocr) == fold(clean)


def test_plan_001_phrases_are_found_by_clean_queries() -> None:
    folded = " ".join(ocr_words(text_of("001")))
    for phrase in ["bao cao ket qua tien do thuc hien ve ubnd tinh qua so noi vu",
                   "trung tam phuc vu hanh chinh cong", "cai cach thu tuc hanh chinh",
                   "van phong ubnd tinh"]:
        assert phrase in folded, phrase
