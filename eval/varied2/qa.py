"""All batch-2 questions, in plan order."""

from __future__ import annotations

from typing import Any

from eval.varied2.qa_a import ha_tinh, khanh_hoa
from eval.varied2.qa_b import gia_lai, tuyen_quang
from eval.varied2.qa_c import cuc_thue, vinh_long
from eval.varied2.qa_d import dat_mui, ninh_binh, tan_ninh, thanh_sen


def questions() -> list[dict[str, Any]]:
    """Every QA item (without id and format; generate.py adds them)."""
    return (ha_tinh() + khanh_hoa() + tuyen_quang() + gia_lai() + vinh_long() + cuc_thue()
            + ninh_binh() + tan_ninh() + thanh_sen() + dat_mui())
