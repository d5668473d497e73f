"""The batch-7 plans, each with its renderer, and the test split."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from eval.varied6.render_docx6 import render_docx6
from eval.varied6.render_pdf6 import render_pdf6
from eval.varied7.content_a import BQL_BAC_NINH, PHU_THO
from eval.varied7.content_b import BAT_XAT, HOA_LU
from eval.varied7.content_c import QUANG_NGAI, STC_HA_TINH
from eval.varied7.content_d import DH_HUE, SCT_GIA_LAI
from eval.varied7.content_e import EA_SUP, VUNG_TAU
from eval.varied7.content_f import LN_THAI_NGUYEN, SNV_TAY_NINH
from eval.varied7.model7 import Plan7
from eval.varied7.render7 import md_document, render_image, render_rotated

Renderer = Callable[[Plan7, Path], object]
IMAGES = ("image", "scan")  # formats drawn as bitmaps (skipped by ``--no-scans``)


def _md(plan: Plan7, path: Path) -> None:
    path.write_bytes(md_document(plan).encode("utf-8"))


PLANS: list[tuple[Plan7, Renderer]] = [
    (PHU_THO, lambda p, f: render_pdf6(p, f, table_landscape=True)),
    (BQL_BAC_NINH, render_docx6),
    (HOA_LU, _md),
    (BAT_XAT, lambda p, f: render_image(p, f, seed=71)),
    (QUANG_NGAI, lambda p, f: render_pdf6(p, f, table_landscape=True, repeat=True)),
    (STC_HA_TINH, lambda p, f: render_rotated(p, f, seed=72, angle=1.0)),
    (DH_HUE, render_docx6),
    (SCT_GIA_LAI, lambda p, f: render_pdf6(p, f, table_landscape=True)),
    (VUNG_TAU, _md),
    (EA_SUP, lambda p, f: render_image(p, f, seed=73)),
    (SNV_TAY_NINH, lambda p, f: render_rotated(p, f, seed=74, angle=-1.1)),
    (LN_THAI_NGUYEN, render_docx6),
]
TEST_PLANS = {DH_HUE.file, SCT_GIA_LAI.file, VUNG_TAU.file, EA_SUP.file, SNV_TAY_NINH.file, LN_THAI_NGUYEN.file}
