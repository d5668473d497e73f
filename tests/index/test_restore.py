"""The restored reading of OCR text (index.restore): diacritics put back by a syllable-bigram model."""

from __future__ import annotations

from index.normalize import fold
from index.restore import CORPUS_DIR as CORPUS
from index.restore import SyllableModel, default_model, looks_damaged, restore, restored_reading


def test_restores_folded_and_garbled_words_from_context() -> None:
    assert restored_reading("Pay manh cai cach thu tuc hanh chinh") == "Đẩy mạnh cải cách thủ tục hành chính"
    # "S&" is "Sở", "ctia" is "của", case and punctuation are kept
    assert restored_reading("Bao cao ket qua ctia S& Noi vu; hoan thanh", ocr=True) == \
        "Báo cáo kết quả của Sở Nội vụ; hoàn thành"
    # the same folded key reads differently in context: "so" is "số" before a number word, "Sở" before "Nội vụ"
    out = restore("Ke hoach so 06/KH-UBND gui So Noi vu")
    assert out.startswith("Kế hoạch số 06/KH-UBND") and out.endswith("Sở Nội vụ")


def test_clean_text_has_no_reading_and_unknown_words_stay() -> None:
    assert restored_reading("Sở Nội vụ báo cáo kết quả thực hiện kế hoạch") is None
    assert restored_reading("") is None and restored_reading("abc xyz") is None
    assert restore("Zxqv Noi vu") == "Zxqv Nội vụ"  # a word clean plans never spell is left as it is
    assert restore("số 06/KH-UBND (CCHC), 2025") == "số 06/KH-UBND (CCHC), 2025"


def test_scan_marks_are_trusted_unless_context_overrules() -> None:
    # a Tesseract line: most marks right, "THỤC" wrong
    assert restored_reading("IV. TỔ CHỨC THỤC HIỆN", ocr=True) == "IV. TỔ CHỨC THỰC HIỆN"
    assert restored_reading("Sở Công Thương tỉnh Bình Dương", ocr=True) is None  # rare but right: kept


def test_damage_detection_on_short_texts() -> None:
    assert looks_damaged("Van phong UBND tinh bao cao S& Noi vu truoc ngay 15")
    assert not looks_damaged("Văn phòng UBND tỉnh báo cáo Sở Nội vụ trước ngày 15")
    assert not looks_damaged("the quick brown fox jumps over the lazy dog")


def test_model_is_learned_from_clean_plans_only() -> None:
    model = default_model()
    assert model.knows("noi") and "nội" in model.forms["noi"]
    ocr_export = (CORPUS / "001_lao-cai_van-phong-ubnd_2025-h2.txt").read_text(encoding="utf-8")
    assert "hién" not in model.forms.get("hien", [])  # plan 001's garbled spellings are not learned
    reading = restore(ocr_export)
    assert fold(reading) != fold(ocr_export) or reading != ocr_export
    assert "Đẩy mạnh" in reading and "cải cách hành chính" in reading
    small = SyllableModel.from_texts(["Sở Nội vụ", "số liệu"])
    assert len(small) == 5 and sorted(small.forms["so"]) == ["số", "sở"]
