"""All batch-5 questions, in plan order, and a count summary for the README."""

from __future__ import annotations

from typing import Any

from eval.varied4.qa import summary
from eval.varied5.qa_a import gia_lai, hue
from eval.varied5.qa_b import sxd_hue, tay_ho
from eval.varied5.qa_c import quang_tri, sotc_hcm
from eval.varied5.qa_d import ca_mau, tuyen_quang
from eval.varied5.qa_e import khanh_hoa, vhttdl_tq
from eval.varied5.qa_f import can_gio, hai_quan
from eval.varied5.qa_x import cross_dev, cross_test

__all__ = ["questions", "summary"]


def questions() -> list[dict[str, Any]]:
    """Every QA item (without id and format; generate.py adds them)."""
    return (gia_lai() + hue() + sxd_hue() + tay_ho() + quang_tri() + sotc_hcm() + cross_dev()
            + ca_mau() + tuyen_quang() + vhttdl_tq() + khanh_hoa() + hai_quan() + can_gio() + cross_test())
