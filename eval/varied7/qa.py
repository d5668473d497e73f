"""All batch-7 questions, in plan order (the count summary is batch 6's)."""

from __future__ import annotations

from typing import Any

from eval.varied6.qa import TYPES, summary
from eval.varied7.qa_a import bql_bac_ninh, phu_tho
from eval.varied7.qa_b import bat_xat, hoa_lu
from eval.varied7.qa_c import quang_ngai, stc_ha_tinh
from eval.varied7.qa_d import dh_hue, sct_gia_lai
from eval.varied7.qa_e import ea_sup, vung_tau
from eval.varied7.qa_f import ln_thai_nguyen, snv_tay_ninh
from eval.varied7.qa_x import cross_dev, cross_test

__all__ = ["TYPES", "questions", "summary"]


def questions() -> list[dict[str, Any]]:
    """Every QA item (without id and format; generate.py adds them)."""
    return (phu_tho() + bql_bac_ninh() + hoa_lu() + bat_xat() + quang_ngai() + stc_ha_tinh() + cross_dev()
            + dh_hue() + sct_gia_lai() + vung_tau() + ea_sup() + snv_tay_ninh() + ln_thai_nguyen() + cross_test())
