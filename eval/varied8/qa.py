"""All batch-8 questions, in plan order (the count summary is batch 6's)."""

from __future__ import annotations

from typing import Any

from eval.varied.model import fold
from eval.varied6.qa import TYPES, summary
from eval.varied8.qa_a import bv_lai_chau, cao_bang
from eval.varied8.qa_b import cuc_thong_ke, hac_thanh
from eval.varied8.qa_c import tthcc_son_la, van_don
from eval.varied8.qa_d import bhxh_an_giang, dong_nai
from eval.varied8.qa_e import ba_dinh, bo_dttg
from eval.varied8.qa_f import phong_nha, vpdk_khanh_hoa
from eval.varied8.qa_x import cross_dev, cross_test

__all__ = ["TYPES", "questions", "summary"]


def questions() -> list[dict[str, Any]]:
    """Every QA item (without id and format; generate.py adds them); every 5th Vietnamese one typed without diacritics."""
    items = (cao_bang() + bv_lai_chau() + cuc_thong_ke() + hac_thanh() + van_don() + tthcc_son_la() + cross_dev()
            + dong_nai() + bhxh_an_giang() + bo_dttg() + ba_dinh() + phong_nha() + vpdk_khanh_hoa() + cross_test())
    vi = [q for q in items if q["style"] == "vi"]
    for q in vi[2::5]:
        q["question"], q["style"] = fold(q["question"]), "noaccent"
    return items
