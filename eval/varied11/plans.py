"""The batch-11 plans, each with its renderer, and the test split."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from eval.varied2.render_docx2 import Levels, render_docx2
from eval.varied6.render_docx6 import render_docx6
from eval.varied6.render_pdf6 import render_pdf6
from eval.varied8.model8 import Plan8
from eval.varied9.render_scan9 import render_scan9
from eval.varied11.content_a import GDDT_LAM_DONG, SCT_VINH_LONG
from eval.varied11.content_b import CUC_VIEC_LAM, MU_CANG_CHAI
from eval.varied11.content_c import BUON_MA_THUOT, DH_CAN_THO
from eval.varied11.content_d import BHXH_THAI_NGUYEN, BV_YDCT_QUANG_TRI
from eval.varied11.render_pdf11 import render_pdf11

Renderer = Callable[[Plan8, Path], object]
IMAGES = ("scan",)  # formats drawn as bitmaps (skipped by ``--no-scans``)
LEVELS: Levels = [("upperRoman", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)"), ("bullet", "-")]


def _numbered_docx(plan: Plan8, path: Path) -> None:
    render_docx2(plan, path, LEVELS)


PLANS: list[tuple[Plan8, Renderer]] = [
    (SCT_VINH_LONG, render_pdf11),
    (GDDT_LAM_DONG, _numbered_docx),
    (CUC_VIEC_LAM, lambda p, f: render_pdf6(p, f, table_landscape=False, repeat=True)),
    (MU_CANG_CHAI, lambda p, f: render_scan9(p, f, "ỦY BAN NHÂN DÂN XÃ MÙ CANG CHẢI", seed=111)),
    (BUON_MA_THUOT, render_pdf11),
    (DH_CAN_THO, _numbered_docx),
    (BHXH_THAI_NGUYEN, render_docx6),
    (BV_YDCT_QUANG_TRI, lambda p, f: render_scan9(p, f, "SỞ Y TẾ QUẢNG TRỊ * BỆNH VIỆN Y DƯỢC CỔ TRUYỀN", seed=113)),
]
TEST_PLANS = {BUON_MA_THUOT.file, DH_CAN_THO.file, BHXH_THAI_NGUYEN.file, BV_YDCT_QUANG_TRI.file}
