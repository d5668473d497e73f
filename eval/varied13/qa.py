"""All batch-13 questions, in plan order; every fifth Vietnamese one is typed without diacritics."""

from __future__ import annotations

from typing import Any

from eval.varied.model import fold
from eval.varied13.qa_a import bac_ha, ca_mau, khcn_bac_ninh, long_bien
from eval.varied13.qa_b import con_dao, cuc_shtt, pvhcc_gia_lai, sct_hai_phong
from eval.varied13.qa_x import cross_dev, cross_test


def questions() -> list[dict[str, Any]]:
    """Every QA item (without id and format; generate.py adds them)."""
    items = (ca_mau() + khcn_bac_ninh() + long_bien() + bac_ha() + cross_dev()
             + sct_hai_phong() + cuc_shtt() + con_dao() + pvhcc_gia_lai() + cross_test())
    vi = [q for q in items if q["style"] == "vi"]
    for q in vi[3::5]:
        q["question"], q["style"] = fold(q["question"]), "noaccent"
    return items
