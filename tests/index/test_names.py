"""OCR-misread surnames of signers (index.names)."""

from __future__ import annotations

from index.names import restore_surname


def test_ocr_surnames_are_restored() -> None:
    """A scan's signer whose first word folds to exactly one surname takes that surname; real surnames stay."""
    assert restore_surname("Định Quang Vinh") == "Đinh Quang Vinh"
    assert restore_surname("Nguyên Văn An") == "Nguyễn Văn An"
    for name in ("Đinh Quang Vinh", "Vàng Seo Chúng", "Phan Văn Hùng", None):
        assert restore_surname(name) == name
