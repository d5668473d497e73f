"""The batch-9 plans, each with its renderer, and the test split."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from eval.varied2.render_docx2 import Levels, render_docx2
from eval.varied6.render_docx6 import render_docx6
from eval.varied6.render_pdf6 import render_pdf6
from eval.varied8.model8 import Plan8
from eval.varied9.content_a import LANG_SON, NINH_BINH
from eval.varied9.content_b import CUC_DUONG_BO, DONG_VAN
from eval.varied9.content_c import DH_TAY_NGUYEN, THU_DAU_MOT
from eval.varied9.content_d import PC06_CA_MAU, THUE_DONG_THAP
from eval.varied9.render_pdf9 import render_pdf9
from eval.varied9.render_scan9 import render_scan9

Renderer = Callable[[Plan8, Path], object]
IMAGES = ("scan",)  # formats drawn as bitmaps (skipped by ``--no-scans``)
LEVELS: Levels = [("upperRoman", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)"), ("bullet", "-")]
HEADED_ROWS = {LANG_SON.file: 16, THU_DAU_MOT.file: 14}  # table rows under the repeated header; the rest have none


def _pdf9(plan: Plan8, path: Path) -> None:
    render_pdf9(plan, path, HEADED_ROWS[plan.file])


def _numbered_docx(plan: Plan8, path: Path) -> None:
    render_docx2(plan, path, LEVELS)


PLANS: list[tuple[Plan8, Renderer]] = [
    (LANG_SON, _pdf9),
    (NINH_BINH, _numbered_docx),
    (CUC_DUONG_BO, lambda p, f: render_pdf6(p, f, table_landscape=True, repeat=True)),
    (DONG_VAN, lambda p, f: render_scan9(p, f, "ỦY BAN NHÂN DÂN XÃ ĐỒNG VĂN", seed=91)),
    (THU_DAU_MOT, _pdf9),
    (DH_TAY_NGUYEN, _numbered_docx),
    (THUE_DONG_THAP, render_docx6),
    (PC06_CA_MAU, lambda p, f: render_scan9(p, f, "CÔNG AN TỈNH CÀ MAU", seed=93)),
]
TEST_PLANS = {THU_DAU_MOT.file, DH_TAY_NGUYEN.file, THUE_DONG_THAP.file, PC06_CA_MAU.file}
