"""All batch-2 questions, in plan order."""

from __future__ import annotations

from typing import Any

from eval.varied2.qa_a import ha_tinh, khanh_hoa
from eval.varied2.qa_b import gia_lai, tuyen_quang


def questions() -> list[dict[str, Any]]:
    """Every QA item (without id and format; generate.py adds them)."""
    return ha_tinh() + khanh_hoa() + tuyen_quang() + gia_lai()
