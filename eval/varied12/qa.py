"""All batch-12 questions, in plan order; every fifth Vietnamese one is typed without diacritics."""

from __future__ import annotations

from typing import Any

from eval.varied.model import fold
from eval.varied12.qa_a import cdc_ninh_binh, dang_kiem, hai_chau, sxd_tay_ninh
from eval.varied12.qa_b import hang_hai, kkt_quang_tri, phu_quoc, sin_ho
from eval.varied12.qa_x import cross_dev, cross_test


def questions() -> list[dict[str, Any]]:
    """Every QA item (without id and format; generate.py adds them)."""
    items = (sxd_tay_ninh() + dang_kiem() + hai_chau() + cdc_ninh_binh() + cross_dev()
             + phu_quoc() + kkt_quang_tri() + hang_hai() + sin_ho() + cross_test())
    vi = [q for q in items if q["style"] == "vi"]
    for q in vi[3::5]:
        q["question"], q["style"] = fold(q["question"]), "noaccent"
    return items
